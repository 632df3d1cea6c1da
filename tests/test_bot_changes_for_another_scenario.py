"""A change meant for another scenario (场景1部署总数改成20台, #1 部署总数改为20台, 上一个场景的部署总数
是20台, 恒远那个改成20台), typed while the engineer fills a second one, is saved into neither: the
bot names the scenario it reads as meant for, offers ✏️ 去修改 for one returned, and asks the
current question again. The count under its name alone (部署总数20台) is refused at 场景名称 and
现状与痛点 as at 预期成效; answers holding such words as their content are still saved."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk

# The second scenario: another unit and name, the rest as the first's.
SECOND = (*JOURNEY[1:2], ("press", "无锡市"), ("send", "无锡星河机械有限公司"),
          ("send", "星河车间焊接—机器人上下料"), *JOURNEY[5:])
AT = {"name": 3, "pain": 6, "results": 8, "model": 18}  # moves of SECOND up to each question
FIRST = "#1（恒远工厂电池测试—柔性插接）"
SECOND_AT = {"name": "#2（无锡星河机械有限公司）", "pain": "#2（星河车间焊接—机器人上下料）",
             "results": "#2（星河车间焊接—机器人上下料）", "model": "#2（星河车间焊接—机器人上下料）"}
PROMPTS = {"name": "场景名称：", "pain": "场景现状与痛点", "results": "预期成效",
           "model": "可规模推广的其他标志性技术产品"}
TO_FIX = "要修改场景 #1，请点下面的“✏️ 去修改 #1”打开它再改。请继续填写当前场景："


async def returned_first(engineer, suzhou) -> None:
    """#1 handed in and returned, 部署总数 flagged (it says 10台)."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("部署总数偏少，请核实。")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")


async def second_at(engineer, moves: int) -> None:
    await engineer.send("/new")
    for kind, value in SECOND[:moves]:
        await (engineer.send(value) if kind == "send" else engineer.press(value))


def said_for_first(spot: str) -> str:
    return (f"这条消息读来是对场景 {FIRST}的修改，没有保存，也没有填入正在填写的场景 "
            f"{SECOND_AT[spot]}。" + TO_FIX)


CHANGES = [
    *[("name", typed) for typed in (
        "#1 部署总数10台", "场景1的部署总数是10台", "场景1部署总数改成20台", "恒远的部署总数改成12台",
        "上一个场景的部署总数是20台", "#1 部署总数改为20台", "第一个场景的部署总数改为20台",
        "上个场景部署总数20台", "恒远那个改成20台", "把场景 #1 的部署总数改为20台")],
    *[("pain", typed) for typed in ("场景1 部署总数 10台", "#1 部署总数改为20台", "上一个场景的部署总数是20台")],
    *[(spot, typed) for spot in ("results", "model")
      for typed in ("场景1部署总数改成20台", "恒远那个改成20台", "上一个场景的部署总数是20台")],
]


@pytest.mark.parametrize(("spot", "typed"), CHANGES)
async def test_a_change_for_the_returned_scenario_is_saved_in_neither(
        services, engineer, suzhou, spot, typed):
    await returned_first(engineer, suzhou)
    await second_at(engineer, AT[spot])
    store = services.intake.store
    before = store.load(2)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == said_for_first(spot)
    assert texts(calls)[-1].startswith(f"📝 场景 {SECOND_AT[spot]}")
    assert PROMPTS[spot] in texts(calls)[-1]
    assert "✏️ 去修改 #1" in engineer.last_buttons()
    assert (store.load(2).answers, store.load(2).cursor) == (before.answers, before.cursor)
    assert store.load(1).answers["deployment_count"] == 10


async def test_the_offered_button_opens_the_returned_scenario_to_change(services, engineer,
                                                                        suzhou):
    await returned_first(engineer, suzhou)
    await second_at(engineer, AT["name"])
    await engineer.send("场景1部署总数改成20台")
    await engineer.press("✏️ 去修改 #1")
    await engineer.send("20台")
    assert services.intake.store.load(1).answers["deployment_count"] == 20
    assert "scenario_name" not in services.intake.store.load(2).answers


async def test_a_change_for_a_scenario_in_progress_says_how_to_switch(services, engineer):
    await walk(engineer, 18)  # #1 at 部署总数, not handed in
    await second_at(engineer, AT["name"])
    calls = await engineer.send("#1 部署总数改为20台")
    assert texts(calls)[0] == (
        "这条消息读来是对场景 #1（恒远工厂电池测试—柔性插接）的修改，没有保存，也没有填入正在填写的场景 "
        "#2（无锡星河机械有限公司）。要修改场景 #1，请发送 /drafts 切换到它再改。请继续填写当前场景：")
    assert not any(label.startswith("✏️ 去修改") for label in engineer.last_buttons())
    assert "scenario_name" not in services.intake.store.load(2).answers


@pytest.mark.parametrize("typed", ["#9 部署总数改为20台", "场景9部署总数改成20台"])
async def test_a_change_for_a_scenario_not_the_engineers_is_refused(services, engineer, suzhou,
                                                                    typed):
    await returned_first(engineer, suzhou)
    await second_at(engineer, AT["name"])
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("这条消息读来是对某个场景的修改（")
    assert "请发送 /drafts 打开它再改" in texts(calls)[0]
    assert "scenario_name" not in services.intake.store.load(2).answers


async def test_a_word_of_both_scenarios_names_neither_and_saves_nothing(services, engineer,
                                                                        suzhou):
    await returned_first(engineer, suzhou)
    await engineer.send("/new")
    await walk(engineer, 4, start=1)  # #2 for 恒远 too, at 场景名称
    calls = await engineer.send("恒远那个改成20台")
    assert texts(calls)[0].startswith("这条消息读来是对某个场景的修改（恒远那个），看不出是您的哪一个场景")
    assert "scenario_name" not in services.intake.store.load(2).answers


@pytest.mark.parametrize("others", [False, True])
@pytest.mark.parametrize("typed", ["#2 部署总数改为20台", "场景2的部署总数改成20台"])
async def test_a_change_naming_the_current_scenario_is_read_without_its_name(
        services, engineer, suzhou, others, typed):
    """Named by its own number, the change is the current scenario's, as typed without it:
    never a name `#2`."""
    if others:
        await returned_first(engineer, suzhou)
        await second_at(engineer, AT["name"])
    else:
        await engineer.send("/new")  # #1, to be deleted: the current scenario is #2 alone
        await engineer.send("/drafts")
        await engineer.press("🗑 删除 #1")
        await engineer.press("🗑 确认删除")
        await engineer.send("/new")
        await walk(engineer, 4, start=1)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("这条消息以“部署总数”开头，写的是第 10 步“部署总数”，"
                                      "不是本题“场景名称”的回答，没有保存。")
    assert "scenario_name" not in services.intake.store.load(2).answers


@pytest.mark.parametrize("others", [False, True])
@pytest.mark.parametrize(("spot", "here"), [("name", "场景名称"), ("pain", "现状与痛点")])
async def test_the_count_under_its_name_is_refused_at_a_text_question(
        services, engineer, suzhou, others, spot, here):
    if others:
        await returned_first(engineer, suzhou)
        await second_at(engineer, AT[spot])
    else:
        await walk(engineer, AT[spot] + 1)
    current = services.intake.store.current(engineer.id)
    calls = await engineer.send("部署总数20台")
    assert texts(calls)[0] == (f"“部署总数20台”是部署的台数（在第 10 步“部署总数”填写），不是{here}，"
                               "没有保存：要改为 20 台，请在汇总页输入“部署总数：20台”（还没填到第 10 步的，到时填写即可）。")
    assert services.intake.store.load(current.id).answers == current.answers


@pytest.mark.parametrize("others", [False, True])
@pytest.mark.parametrize("typed", ["#2厂房AGV转运", "部署10台巡检机器人的变电站巡检", "恒远的变电站巡检"])
async def test_a_name_holding_such_words_is_saved(services, engineer, suzhou, others, typed):
    if others:
        await returned_first(engineer, suzhou)
        await second_at(engineer, AT["name"])
    else:
        await walk(engineer, AT["name"] + 1)
    await engineer.send(typed)
    assert services.intake.store.current(engineer.id).answers["scenario_name"] == typed


async def test_a_change_for_the_returned_scenario_at_the_summary_changes_nothing(
        services, engineer, suzhou):
    await returned_first(engineer, suzhou)
    await second_at(engineer, len(SECOND))
    calls = await engineer.send("#1 部署总数改为20台")
    assert texts(calls)[0].startswith(f"这条消息读来是对场景 {FIRST}的修改，没有保存")
    assert "✏️ 去修改 #1" in engineer.last_buttons()
    assert services.intake.store.load(2).answers["deployment_count"] == 10
    assert services.intake.store.load(1).answers["deployment_count"] == 10
