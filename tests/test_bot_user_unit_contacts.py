"""Contact details typed after the 用户单位 (a phone in its common forms, full-width digits, an
e-mail with ＠) or a contact person (王经理, 张工, 李明经理) are refused with the name to send, while
real names holding digits, and a part of the unit after its legal form (工会, 分公司), are saved."""

import pytest

from flows.typed_forms import half_width
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk

NAME = "苏州恒远智能装备有限公司"


@pytest.mark.parametrize("contact", [
    " +8613912345678", "（0512）66668888", "(0512)6666 8888", " １３９１２３４５６７８",
    " ０５１２－６６６６８８８８", " wang＠example.com", " +86-512-66668888", " 400-888-8888",
    " 0512—66668888", " 139—1234—5678",
])
async def test_a_phone_or_e_mail_in_any_common_form_after_the_user_unit_is_refused(
        engineer, app, contact):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(NAME + contact)
    assert texts(calls)[0] == ("用户单位只填单位全称（与营业执照一致），联系人和电话不填入计划表。"
                               f"请只发送“{NAME}”。")
    assert texts(calls)[-1].startswith("第 2/11 步（2/2） · 用户单位")
    assert "enterprise" not in app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_a_long_contact_after_the_unit_is_told_only_what_to_send(engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(f"{NAME}，联系人：李工，手机139-1234-5678，邮箱li@example.com")
    assert texts(calls)[0] == ("用户单位只填单位全称（与营业执照一致），联系人和电话不填入计划表。"
                               f"请只发送“{NAME}”。")


@pytest.mark.parametrize("typed,unit", [
    ("苏州恒远动力电池有限公司 王经理", "苏州恒远动力电池有限公司"),
    ("苏州恒远动力电池有限公司 张工", "苏州恒远动力电池有限公司"),
    ("苏州恒远动力电池有限公司张工程师", "苏州恒远动力电池有限公司"),
    ("苏州恒远动力电池有限公司 李明经理", "苏州恒远动力电池有限公司"),
    ("苏州恒远动力电池有限公司（王经理）", "苏州恒远动力电池有限公司"),
    ("苏州恒远动力电池有限公司【王经理】", "苏州恒远动力电池有限公司"),
    ("东南大学 王教授", "东南大学"),
    ("江苏恒远集团 陈总", "江苏恒远集团"),
])
async def test_a_contact_person_after_the_user_unit_is_refused_with_the_unit_to_send(
        engineer, app, typed, unit):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("用户单位只填单位全称（与营业执照一致），联系人和电话不填入计划表。"
                               f"请只发送“{unit}”。")
    assert "enterprise" not in app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("name", [
    "苏州恒远动力电池有限公司 工会", "苏州恒远动力电池有限公司 苏州分公司", "苏州恒远动力电池有限公司党委",
    "中国石油化工股份有限公司金陵分公司", "苏州大学附属第一医院", "国网江苏省电力有限公司苏州供电分公司",
    "徐工集团工程机械股份有限公司",
    "东南大学 丁家桥", "苏州恒远动力电池有限公司 张浦", "苏州恒远动力电池有限公司 金工",
    "苏州恒远动力电池有限公司 严选", "江苏恒远集团 马钢",
])
async def test_a_part_of_the_unit_after_its_legal_form_is_no_contact_person(engineer, app, name):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(name)
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    saved = app.bot_data["services"].intake.store.current(engineer.id).answers["enterprise"]
    assert saved == name.replace(" ", "")


async def test_the_name_suggested_before_full_width_digits_keeps_its_own_brackets(engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("苏州恒远（中国）智能装备有限公司　１３９１２３４５６７８")
    assert "请只发送“苏州恒远（中国）智能装备有限公司”。" in texts(calls)[0]


REAL_NAMES_WITH_DIGITS = [
    "中国电子科技集团公司第二十一研究所", "中车株洲电力机车研究所有限公司", "5G应用创新中心", "一汽解放",
    "中国电子科技集团公司第14研究所", "中国航天科技集团有限公司第八研究院第805研究所",
    "中国船舶集团有限公司第七〇二研究所", "中国兵器工业第208研究所", "中国航天科工集团8511研究所",
    "国营第5719工厂", "360数字安全科技集团有限公司", "3M中国有限公司", "中建八局第三建设有限公司",
    "中铁十四局集团有限公司", "5G+工业互联网创新中心", "江苏省12345政务服务热线中心",
    "苏州１２３４５便民服务中心", "中国电子科技集团公司第５５研究所",
]


@pytest.mark.parametrize("name", REAL_NAMES_WITH_DIGITS)
async def test_a_real_user_unit_whose_name_holds_digits_is_saved(engineer, app, name):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(name)
    assert not any("联系人和电话" in text for text in texts(calls))
    assert texts(calls)[-1].startswith("第 3/11 步 · 场景名称")
    saved = app.bot_data["services"].intake.store.current(engineer.id).answers["enterprise"]
    assert saved == half_width(name)  # 苏州１２３４５… as 苏州12345…
