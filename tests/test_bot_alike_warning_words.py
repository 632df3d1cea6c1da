"""Words typed while the warning of alike submissions is shown: the 差异化创新点 it asks for is
kept where its ✏️ button's question keeps it, a yes is not, and its buttons' words act as they do."""

import pytest

from tests.fake_bot_api import FakeUser, texts
from tests.journey import fill_to_summary

ALIKE = "⚠️ 场景 #2 与以下已提交的场景高度相似"
APART = "本场景用于模组段，节拍更短，需在高湿环境下完成"
SAVED = ("已把这条消息保存为“场景描述与关键技术要求”中的“差异化创新点”：" + APART
         + "（如需修改，请点“✏️ 5 场景描述与关键技术要求”）。")


async def warned(app, telegram) -> FakeUser:
    """A second engineer's alike scenario, its 提交 pressed: the warning on screen."""
    first, second = FakeUser(app, telegram, 4001), FakeUser(app, telegram, 4002)
    for user in (first, second):
        await fill_to_summary(user)
        said = texts(await user.press("✅ 提交"))
    assert said[-1].startswith(ALIKE)
    return second


async def test_a_labelled_innovation_typed_at_the_warning_is_kept_and_said(app, telegram):
    second = await warned(app, telegram)
    said = texts(await second.send(f"差异化创新点：{APART}"))
    assert said[0] == SAVED
    assert said[-1].startswith("📋 请核对场景 #2") and f"差异化创新点：{APART}" in said[-1]
    assert second.last_buttons()[0] == "✅ 提交"
    said = texts(await second.press("✅ 提交"))  # set apart: not warned again
    assert "✅ 场景 #2 已提交" in said[-1]


async def test_an_unlabelled_innovation_typed_at_the_warning_is_kept_and_said(app, telegram):
    second = await warned(app, telegram)
    said = texts(await second.send(APART))
    assert said[0] == SAVED
    assert f"差异化创新点：{APART}" in said[-1]


async def test_indicators_or_remarks_typed_at_the_warning_are_not_kept_as_an_innovation(app, telegram):
    second = await warned(app, telegram)
    for typed in ("定位精度±1mm，重复定位精度±0.1mm。", "恒远工厂电池测试—柔性插接",
                  "年节约人工成本约120万元，减少夜班人员4名。", "删除这个场景",
                  "这个场景我们已经在两个工厂试点过了", "我们是同一个集团的兄弟公司",
                  "联系电话13912345678", "这个是重复提交的，请忽略"):
        said = texts(await second.send(typed))
        assert said[0].startswith("这条消息没有保存。")
        assert said[0].endswith("如是本场景与相似场景的差异化创新点，请输入“差异化创新点：…”。")
        assert not any("差异化创新点：" + typed in text for text in said)


async def test_a_yes_at_the_warning_is_not_kept_as_an_innovation(app, telegram):
    second = await warned(app, telegram)
    said = texts(await second.send("好的"))
    assert not any("差异化创新点：" in text for text in said)
    said = texts(await second.press("✅ 提交"))
    assert said[-1].startswith(ALIKE)


async def test_typed_anyway_submits_while_another_scenario_of_the_engineer_is_in(engineer):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await fill_to_summary(engineer)
    assert texts(await engineer.press("✅ 提交"))[-1].startswith(ALIKE)
    said = texts(await engineer.send("仍然提交"))
    assert not any("为免提交错场景" in text for text in said)
    assert "✅ 场景 #2 已提交，协调员审核后会通知您。发送 /new 可填写下一个场景。" in said


async def test_typed_submit_with_another_scenario_quotes_the_words_typed(engineer):
    await fill_to_summary(engineer)
    await engineer.send("/new")
    await fill_to_summary(engineer)
    said = texts(await engineer.send("确认提交"))
    assert said[0] == ("您还有其他场景，为免提交错场景，输入的“确认提交”不会直接提交。"
                       "请核对下面场景 #2（恒远工厂电池测试—柔性插接）的汇总，确认是这一份后点“✅ 提交”。")


async def test_asked_how_to_submit_with_another_scenario_it_says_to_press(engineer):
    await fill_to_summary(engineer)
    await engineer.send("/new")
    await fill_to_summary(engineer)
    said = texts(await engineer.send("提交？"))
    assert said[0].startswith("点击“✅ 提交”即把场景交给协调员审核")
    assert not any("输入“提交”" in text for text in said)


@pytest.mark.parametrize("typed", ["好的，仍然提交吧", "那就仍然提交", "仍然提交吧", "还是提交吧",
                                   "好的，仍然提交吧。"])
async def test_anyway_said_politely_at_the_warning_submits(app, telegram, typed):
    second = await warned(app, telegram)
    said = texts(await second.send(typed))
    assert "✅ 场景 #2 已提交，协调员审核后会通知您。发送 /new 可填写下一个场景。" in said


@pytest.mark.parametrize("typed", ["不要仍然提交", "先不提交"])
async def test_a_no_at_the_warning_does_not_submit(app, telegram, typed):
    second = await warned(app, telegram)
    said = texts(await second.send(typed))
    assert not any("已提交，协调员审核后" in text for text in said)
