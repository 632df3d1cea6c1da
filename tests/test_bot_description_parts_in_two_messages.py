"""技术指标 and 预期成效 sent in two messages, the first stopping after a comma, and a first
part too short to answer alone: the rest is added to it, as for 现状与痛点
(tests/test_bot_pain_in_two_messages.py), not read as the next question's answer."""

import pytest

from tests.fake_bot_api import FakeUser, texts
from tests.journey import JOURNEY, PAIN, RESULTS, walk
from tests.test_export import KEYS
from tests.test_export_bot import exported_rows

AT_PAIN = JOURNEY.index(("send", PAIN))
AT_INDICATORS, AT_RESULTS = AT_PAIN + 1, AT_PAIN + 2
FIRST = "定位精度±0.5mm，节拍≤15秒，成功率≥99%，"
REST = "连续运行720小时无故障"
RESULTS_FIRST = "替代2名测试工人，"
RESULTS_REST = "年节约人工成本60万元"
SCENARIO_TYPE = "第 6/11 步 · 场景类型"
AT_RESULTS_SCREEN = "第 5/11 步（3/3） · 场景描述与关键技术要求\n预期成效"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def test_indicators_stopping_after_a_comma_wait_for_the_rest(services, engineer):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(FIRST)
    assert texts(calls)[0] == ("技术指标以“，”结尾，像是还没写完：请接着发送后半段，将接在上面的内容之后；"
                               "已写完请点“保持不变”。")
    assert f"当前答案：{FIRST}（接着发送的内容将接在后面）" in texts(calls)[-1]


async def test_the_rest_of_the_indicators_is_added_and_the_results_are_answered_after(
        services, engineer, province):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(FIRST)
    calls = await engineer.send(REST)
    assert texts(calls)[-1].startswith(AT_RESULTS_SCREEN)
    calls = await engineer.send("替代2名测试工人")
    assert texts(calls)[-1].startswith(SCENARIO_TYPE)
    assert answers(services, engineer)["indicators"] == FIRST + REST
    assert answers(services, engineer)["expected_results"] == "替代2名测试工人"
    await walk(engineer, start=AT_RESULTS + 1)
    await engineer.press("✅ 提交")
    await province.send("/export")
    await province.press("全部")
    [row] = exported_rows(await province.press("全省"))
    assert f"技术指标：{FIRST}{REST}\n预期成效：替代2名测试工人" in row[KEYS.index("description")]


async def test_the_results_typed_after_held_indicators_keep_them_and_answer_the_results(
        services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(FIRST)
    calls = await engineer.send(RESULTS)
    assert texts(calls)[0].startswith("这条读来是预期成效：技术指标按原样保留，这条填作预期成效。")
    assert texts(calls)[-1].startswith(SCENARIO_TYPE)
    assert answers(services, engineer)["indicators"] == FIRST.rstrip("，") + "。"
    assert answers(services, engineer)["expected_results"] == RESULTS


async def test_the_rest_of_the_results_is_added_to_them(services, engineer):
    await walk(engineer, AT_RESULTS)
    calls = await engineer.send(RESULTS_FIRST)
    assert texts(calls)[0].startswith("预期成效以“，”结尾，像是还没写完")
    calls = await engineer.send(RESULTS_REST)
    assert texts(calls)[-1].startswith(SCENARIO_TYPE)
    assert answers(services, engineer)["expected_results"] == RESULTS_FIRST + RESULTS_REST


@pytest.mark.parametrize("typed", ["工业", "工业类"])
async def test_a_scenario_type_typed_after_held_results_keeps_them_and_is_chosen(
        services, engineer, typed):
    await walk(engineer, AT_RESULTS)
    await engineer.send(RESULTS_FIRST)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 7/11 步")
    assert answers(services, engineer)["expected_results"] == "替代2名测试工人。"
    assert answers(services, engineer)["scenario_type"] == "工业"


@pytest.mark.parametrize(("moves", "first", "ended"), [
    (AT_INDICATORS, FIRST, FIRST.rstrip("，") + "。"),
    (AT_RESULTS, RESULTS_FIRST, "替代2名测试工人。"),
])
async def test_a_held_part_kept_ends_its_sentence_and_goes_on(
        services, engineer, moves, first, ended):
    await walk(engineer, moves)
    await engineer.send(first)
    await engineer.press("✔️ 保持不变")
    key = "indicators" if moves == AT_INDICATORS else "expected_results"
    assert answers(services, engineer)[key] == ended
    assert not services.intake.store.current(engineer.id).held


async def test_going_back_from_held_indicators_ends_the_hold(services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(FIRST)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.press("✔️ 保持不变")
    assert f"当前答案：{FIRST}（发送新内容即可修改）" in texts(calls)[-1]
    await engineer.send("成功率≥99.5%")
    assert answers(services, engineer)["indicators"] == "成功率≥99.5%"


async def test_another_columns_labelled_answer_at_held_indicators_is_refused_and_the_hold_stays(
        services, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(FIRST)
    calls = await engineer.send("场景名称：恒远电池测试")
    assert "场景名称" in texts(calls)[0]
    assert answers(services, engineer)["scenario_name"] == "恒远工厂电池测试—柔性插接"
    await engineer.send(REST)
    assert answers(services, engineer)["indicators"] == FIRST + REST


async def test_held_indicators_wait_for_the_rest_after_a_restart(make_app, telegram):
    first = await make_app()
    user = FakeUser(first, telegram, 1001)
    await walk(user, AT_INDICATORS)
    await user.send(FIRST)
    await first.shutdown()
    second = await make_app()
    user.app = second
    calls = await user.send(REST)
    assert texts(calls)[-1].startswith(AT_RESULTS_SCREEN)
    calls = await user.press("⬅️ 上一步")
    assert f"当前答案：{FIRST}{REST}（发送新内容即可修改）" in texts(calls)[-1]
    await second.shutdown()


SHORT = "隧道应急救援场景，"
SHORT_REST = ("机器人需在烟雾中行进搜救，", "目前只能靠消防员冒险进入。")


async def test_a_pain_point_too_short_but_stopping_after_a_comma_is_held_as_its_start(
        services, engineer):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(SHORT)
    assert not any("内容过短" in text for text in texts(calls))
    assert f"当前答案：{SHORT}（接着发送的内容将接在后面）" in texts(calls)[-1]
    for part in SHORT_REST:
        calls = await engineer.send(part)
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")
    assert answers(services, engineer)["pain_point"] == SHORT + "".join(SHORT_REST)


async def test_a_held_start_too_short_is_checked_whole_with_its_rest(services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send("隧道救援，")
    calls = await engineer.press("✔️ 保持不变")
    assert texts(calls)[1] == "内容过短：至少 10 个字。"
    calls = await engineer.send("很危险")
    assert texts(calls)[0] == "内容过短：至少 10 个字。"
    await engineer.send("需要机器人代替人进入。")
    assert answers(services, engineer)["pain_point"] == "隧道救援，需要机器人代替人进入。"


async def test_a_pain_point_too_short_without_a_clause_mark_is_still_refused(services, engineer):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send("隧道应急救援场景")
    assert texts(calls)[0] == "内容过短：至少 10 个字。"
    assert "pain_point" not in answers(services, engineer)


async def test_a_pain_point_too_short_typed_while_editing_is_still_refused(services, engineer):
    await walk(engineer)
    await engineer.press("✏️ 5")
    calls = await engineer.send(SHORT)
    assert texts(calls)[0] == "内容过短：至少 10 个字。"
    assert answers(services, engineer)["pain_point"] == PAIN


async def test_a_pasted_part_too_short_is_still_refused(services, engineer):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(f"现状与痛点：{SHORT}\n技术指标：识别准确率不低于98%，节拍≤15秒")
    assert "内容过短" in texts(calls)[0]
    assert not services.intake.store.current(engineer.id).held
