"""A remark to the bot after a value (…，对吗, … 麻烦看下, …，谢谢), typed at the summary or at
the question: the value is read as its question reads it, and the remark is kept out of it."""

import pytest

from flows.scenario_types import TYPE_EXAMPLES
from tests.fake_bot_api import FakeUser, texts
from tests.journey import JOURNEY, fill_to_summary, walk


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def changed_by(services, engineer, typed: str) -> tuple[list[str], dict]:
    """What the engineer is told when typing `typed`, and the answers it changed."""
    before = dict(answers(services, engineer))
    calls = await engineer.send(typed)
    after = answers(services, engineer)
    return texts(calls), {key: after[key] for key in after if after[key] != before.get(key)}


@pytest.mark.parametrize(("typed", "echo", "changed"), [
    ("用户单位：苏州恒远电池有限公司 麻烦看下", "已修改“用户单位（企业全称）”：苏州恒远电池有限公司",
     {"enterprise": "苏州恒远电池有限公司"}),
    ("企业全称：苏州恒远电池有限公司，这样写可以吗", "已修改“用户单位（企业全称）”：苏州恒远电池有限公司",
     {"enterprise": "苏州恒远电池有限公司"}),
    ("场景名称：恒远工厂电池包测试—柔性插接，麻烦帮忙看一下，谢谢",
     "已修改“场景名称”：恒远工厂电池包测试—柔性插接", {"scenario_name": "恒远工厂电池包测试—柔性插接"}),
    ("场景类型：服务 这个没问题吧", "已修改“场景类型”：服务", {"scenario_type": "服务"}),
    ("所属行业：汽车制造 对吗", "已修改“行业/方向（所属行业）”：汽车制造", {"industry": "汽车制造"}),
    ("细分方向：储能电池，谢谢", "已修改“行业/方向（细分方向）”：储能电池", {"sub_direction": "储能电池"}),
    ("整机企业：优必选科技股份有限公司 麻烦看下",
     "已修改“创新应用联合体成员（整机企业）”：优必选科技股份有限公司",
     {"makers": ["优必选科技股份有限公司"]}),
    ("整机应用目标：跨行业部署 对吗", "已修改“整机应用目标”：☐完成本单位内同类场景复制部署 "
     "☐完成行业内同场景复制部署 ☑完成跨行业/跨领域场景应用",
     {"deployment_goals": ["完成跨行业/跨领域场景应用"]}),
    ("技术指标：识别准确率不低于98%，节拍≤15秒，平均无故障时间500小时，谢谢",
     "已识别指标：识别准确率 ≥ 98%；节拍 ≤ 15 秒；平均无故障时间 500 小时",
     {"indicators": "识别准确率不低于98%，节拍≤15秒，平均无故障时间500小时"}),
])
async def test_a_remark_to_the_bot_after_a_value_at_the_summary_is_left_out_of_it(
        services, engineer, typed, echo, changed):
    await fill_to_summary(engineer)
    told, saved = await changed_by(services, engineer, typed)
    assert told[0] == echo
    assert told[-1].startswith("📋 请核对场景")
    assert saved == changed


@pytest.mark.parametrize(("typed", "reason", "opened"), [
    ("场景类型：智能制造 这个没问题吧", "这条消息没有保存：“智能制造”不是“场景类型”的选项。\n"
     "请点击下方按钮选择：工业 / 服务 / 特种。" + TYPE_EXAMPLES, "第 6/11 步 · 场景类型"),
    ("用户单位：苏州XX有限公司 麻烦看下", "“XX”是填写示例里的占位符，请换成真实的单位、场景或产品名称。",
     "第 2/11 步（2/2） · 用户单位"),
    ("部署总数：8台（首批），对吗", "“8台（首批）”只是其中一批的台数。请填写到 2026 年 11 月的部署总数（各批合计），"
     "例如：20台。", "第 10/11 步 · 部署总数"),
])
async def test_a_value_its_question_cannot_read_before_a_remark_opens_the_question_unsaved(
        services, engineer, typed, reason, opened):
    await fill_to_summary(engineer)
    told, saved = await changed_by(services, engineer, typed)
    assert told[0] == reason
    assert told[-1].startswith(opened)
    assert saved == {}


@pytest.mark.parametrize(("typed", "changed"), [
    ("细分方向：餐饮 酒吧", {"sub_direction": "餐饮酒吧"}),
    ("痛点：高压插头须由人工插拔，插接是否到位要靠人工反复确认一下，存在打火风险",
     {"pain_point": "高压插头须由人工插拔，插接是否到位要靠人工反复确认一下，存在打火风险"}),
    ("关键零部件：恒远灵巧手 可检测抓取是否到位", {"key_components": "恒远灵巧手 可检测抓取是否到位"}),
])
async def test_words_of_a_value_that_only_resemble_a_remark_are_kept(
        services, engineer, typed, changed):
    await fill_to_summary(engineer)
    assert (await changed_by(services, engineer, typed))[1] == changed


async def test_a_remark_after_the_unit_typed_at_its_question_is_left_out_of_it(
        services, engineer):
    await walk(engineer, JOURNEY.index(("send", "苏州恒远动力电池有限公司")))
    await engineer.send("苏州恒远电池有限公司 麻烦看下")
    assert answers(services, engineer)["enterprise"] == "苏州恒远电池有限公司"


@pytest.mark.parametrize("count", [
    "15台 服务", "15台 备注：首批", "15台 2027年", "15台 人形：10台", "15台（首批）", "15台，对吗",
    "15台 其中人形10台", "15台 已部署", "15台 每年", "15台 今年5台 明年10台",
])
async def test_a_count_with_a_remark_at_the_summary_is_read_as_at_its_question(
        services, engineer, app, telegram, count):
    """The same count, typed at its question and after 部署总数： at the summary, is saved or
    refused alike, with the same words."""
    await walk(engineer, JOURNEY.index(("send", "十台")))
    at_question = texts(await engineer.send(count))[0]
    colleague = FakeUser(app, telegram, user_id=1002, name="李工")
    await fill_to_summary(colleague)
    at_summary = texts(await colleague.send(f"部署总数：{count}"))[0]
    assert at_summary == at_question
    assert answers(services, colleague)["deployment_count"] == (
        answers(services, engineer).get("deployment_count") or 10)


async def test_a_button_typed_with_thanks_at_the_summary_is_pressed(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("提交 谢谢")
    assert texts(calls)[0].startswith("✅ 场景 #1 已提交")


@pytest.mark.parametrize("typed", ["提交，对吗", "提交？", "可以提交吗", "提交吗", "提交，可以吗",
                                   "现在能提交了吗？", "怎么提交"])
async def test_a_question_about_submitting_is_answered_and_does_not_submit(
        services, engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("点击“✅ 提交”即把场景交给协调员审核，审核后会通知您。"
                               "各项均已填写，可以提交。")
    assert services.intake.store.current(engineer.id).status == "draft"


async def test_a_question_about_submitting_says_what_is_still_missing(services, engineer):
    await fill_to_summary(engineer)
    store = services.intake.store  # unticked to nothing, the question is not left
    draft = store.current(engineer.id)
    store.save(draft, draft, {"product_types": None}, engineer.id)
    calls = await engineer.send("可以提交了吗")
    assert texts(calls)[0] == ("点击“✅ 提交”即把场景交给协调员审核，审核后会通知您。"
                               "还不能提交，请先修改：\n• 应用部署产品类型：未填写。")


@pytest.mark.parametrize("typed", ["提交", "提交吧", "确认提交", "提交。"])
async def test_submit_said_as_a_command_submits(engineer, typed):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("✅ 场景 #1 已提交")
