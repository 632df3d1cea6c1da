"""用户单位 typed in Latin letters only, or as the 工信 department: a place's pinyin (Suzhou) is
refused, any other Latin name (Siemens) kept and asked about once; the 工信 department, the
报送 side, is no deploying unit, typed at the unit's question or at the city's. Names mixing
Chinese and Latin letters are saved as before."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk

AT_CITY = AT_ENTERPRISE - 1
ASK_NAME = "请填写用户单位全称（与营业执照一致）"


@pytest.mark.parametrize("typed", ["Suzhou", "Nanjing", "suzhou shi"])
async def test_a_place_in_pinyin_is_refused(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{typed}”像是地名的拼音，不是用户单位的名称，没有保存。")
    assert ASK_NAME in said[0]
    assert said[-1].startswith("第 2/11 步（2/2）")
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["Siemens", "Hengyuan Robotics Co., Ltd."])
async def test_another_latin_name_is_asked_about_once(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"已记录用户单位“{typed}”。在国内登记的单位，营业执照上的名称是中文的")
    assert "请发送营业执照上的中文全称，将替换上面的记录；确是营业执照上的名称，请点“保持不变”" in said[0]
    assert said[-1].startswith("第 2/11 步（2/2）")  # the question stays open
    await engineer.send("西门子（中国）有限公司")
    assert saved(app, engineer)["enterprise"] == "西门子（中国）有限公司"
    assert engineer.last_text().startswith("第 3/11 步")


async def test_a_latin_name_kept_with_the_button_goes_on(engineer, app):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send("Siemens")
    await engineer.press("✔️ 保持不变")
    assert saved(app, engineer)["enterprise"] == "Siemens"
    assert engineer.last_text().startswith("第 3/11 步")


@pytest.mark.parametrize("typed", ["ABB（中国）有限公司", "SMC（中国）有限公司", "TCL科技集团股份有限公司",
                                   "LG化学（南京）信息电子材料有限公司"])
async def test_a_name_mixing_chinese_and_latin_is_saved_without_a_word(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert saved(app, engineer)["enterprise"] == typed
    assert said[0].startswith("第 3/11 步")


@pytest.mark.parametrize("typed", ["苏州市工业和信息化局", "苏州市工信局", "江苏省工信厅",
                                   "无锡市经济和信息化委员会"])
async def test_the_coordinating_department_at_the_unit_is_refused(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{typed}”是工业和信息化主管部门，负责组织报送，"
                              "不是部署机器人的用户单位，没有保存。")
    assert "部署人形机器人与具身智能产品的单位" in said[0] and ASK_NAME in said[0]
    assert "enterprise" not in saved(app, engineer)


async def test_the_coordinating_department_at_the_city_keeps_only_the_city(engineer, app):
    await walk(engineer, AT_CITY)
    said = texts(await engineer.send("苏州市工信局"))
    assert "“苏州市工信局”是工业和信息化主管部门" in said[0]
    assert said[-1].startswith("第 2/11 步（2/2）")
    assert saved(app, engineer)["city"] == "苏州市"
    assert "enterprise" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["苏州市公安局", "工业和信息化部电子第五研究所", "苏州工业园区管理委员会"])
async def test_other_departments_and_institutes_are_saved(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == typed


@pytest.mark.parametrize("typed", ["苏州工信局", "苏州市 苏州市工业和信息化局"])
async def test_the_coordinating_department_at_the_city_is_told_without_the_questions_name(
        engineer, app, typed):
    await walk(engineer, AT_CITY)
    said = texts(await engineer.send(typed))
    name = typed.split()[-1]
    assert said[0].startswith(f"“{name}”是工业和信息化主管部门，负责组织报送，"
                              "不是部署机器人的用户单位，没有保存。")
    assert said[0].endswith("这条消息中，以下部分已保存：所在城市。")
    assert "enterprise" not in saved(app, engineer)
