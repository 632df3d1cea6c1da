"""现状与痛点 sent in two messages, the first stopping after a comma: the rest is added to it,
not read as the indicators."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import INDICATORS, JOURNEY, PAIN, walk
from tests.test_export import KEYS
from tests.test_export_bot import exported_rows

AT_PAIN = JOURNEY.index(("send", PAIN))
FIRST = "汽车总装车间需人工搬运轮胎，单个重约20kg，"
ENDED = "汽车总装车间需人工搬运轮胎，单个重约20kg。"  # FIRST kept as it is: its sentence ended
REST = "工人每班搬运400次以上，劳动强度大，招工难。"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def test_a_pain_point_stopping_after_a_comma_waits_for_the_rest(services, engineer):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(FIRST)
    assert texts(calls)[0] == ("现状与痛点以“，”结尾，像是还没写完：请接着发送后半段，将接在上面的内容之后；"
                               "已写完请点“保持不变”。")
    assert texts(calls)[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")
    assert f"当前答案：{FIRST}（接着发送的内容将接在后面）" in texts(calls)[-1]


async def test_the_rest_of_a_pain_point_is_added_to_it_and_the_indicators_are_asked(
        services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    calls = await engineer.send(REST)
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")
    assert answers(services, engineer)["pain_point"] == FIRST + REST
    assert "indicators" not in answers(services, engineer)


@pytest.mark.parametrize("typed", ["✔️ 保持不变", "写完了", "下一步", "无误"])
async def test_a_pain_point_kept_after_a_comma_ends_its_sentence_and_goes_on_to_the_indicators(
        services, engineer, typed):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")
    assert answers(services, engineer)["pain_point"] == ENDED


async def test_a_pain_point_ending_its_sentence_goes_on_to_the_indicators(services, engineer):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(FIRST.rstrip("，") + "。")
    assert texts(calls)[0].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")


FIXED = "汽车总装车间需人工搬运轮胎，单个重约20kg，工人劳动强度大。"


async def kept_to_summary(engineer) -> None:
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    await engineer.press("✔️ 保持不变")
    await walk(engineer, start=AT_PAIN + 1)


async def test_a_kept_pain_point_changed_at_the_summary_is_replaced(services, engineer):
    await kept_to_summary(engineer)
    await engineer.send("现状与痛点：" + FIXED)
    assert answers(services, engineer)["pain_point"] == FIXED


async def test_a_kept_pain_point_opened_from_the_summary_is_replaced(services, engineer):
    await kept_to_summary(engineer)
    calls = await engineer.press("✏️ 5")
    assert f"当前答案：{ENDED}（发送新内容即可修改）" in texts(calls)[-1]
    await engineer.send(FIXED)
    assert answers(services, engineer)["pain_point"] == FIXED


async def test_a_pain_point_typed_after_a_comma_while_editing_is_not_held_and_ends_its_sentence(
        services, engineer):
    await walk(engineer)
    await engineer.press("✏️ 5")
    calls = await engineer.send(FIRST)
    assert not any("像是还没写完" in text for text in texts(calls))
    assert answers(services, engineer)["pain_point"] == ENDED


async def test_a_pain_point_changed_at_the_summary_after_a_comma_ends_its_sentence(
        services, engineer):
    await walk(engineer)
    calls = await engineer.send("现状与痛点：" + FIRST)
    assert not any("像是还没写完" in text or "接着发送" in text for text in texts(calls))
    assert f"\n{ENDED}\n技术指标：" in texts(calls)[-1]
    assert answers(services, engineer)["pain_point"] == ENDED


async def test_a_held_pain_point_kept_is_shown_and_exported_with_its_sentence_ended(
        services, engineer, province):
    await kept_to_summary(engineer)
    assert f"5. 场景描述与关键技术要求：\n{ENDED}\n技术指标：" in engineer.last_text()
    await engineer.press("✅ 提交")
    await province.send("/export")
    await province.press("全部")
    calls = await province.press("全省")
    [row] = exported_rows(calls)
    assert row[KEYS.index("description")].startswith(ENDED + "\n技术指标：")


async def test_the_whole_pain_point_sent_again_replaces_the_part_held(services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    calls = await engineer.send(FIXED)
    assert answers(services, engineer)["pain_point"] == FIXED
    assert texts(calls)[-1].startswith("第 5/11 步（2/3） · 场景描述与关键技术要求\n关键技术指标")


async def test_a_pain_point_answered_again_after_going_back_is_replaced(services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send("动力电池")
    assert f"当前答案：{FIRST}（发送新内容即可修改）" in texts(calls)[-1]
    await engineer.send(PAIN)
    assert answers(services, engineer)["pain_point"] == PAIN


async def test_indicators_sent_after_a_held_pain_point_answer_the_indicators(services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    calls = await engineer.send(INDICATORS)
    assert answers(services, engineer)["pain_point"] == ENDED
    assert "识别准确率" in answers(services, engineer)["indicators"]
    assert texts(calls)[0].startswith("这条读来是技术指标：现状与痛点按原样保留，这条填作技术指标。")


async def test_the_pain_point_sent_again_corrected_after_its_first_clause_replaces_the_part(
        services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    await engineer.send("汽车总装车间需人工搬运轮胎，单个重约25kg，工人劳动强度大。")
    assert answers(services, engineer)["pain_point"] == "汽车总装车间需人工搬运轮胎，单个重约25kg，工人劳动强度大。"


@pytest.mark.parametrize("between", [("press", "⏸ 暂停"), ("send", "这个怎么填？"), ("send", "/start")])
async def test_a_pause_or_a_question_between_the_two_halves_keeps_the_first(
        services, engineer, between):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    kind, value = between
    await (engineer.press(value) if kind == "press" else engineer.send(value))
    calls = await engineer.send("/start")
    assert f"当前答案：{FIRST}（接着发送的内容将接在后面）" in texts(calls)[-1]
    await engineer.send(REST)
    assert answers(services, engineer)["pain_point"] == FIRST + REST


@pytest.mark.parametrize(("first", "rest"), [
    ("目前，汽车总装车间需人工搬运轮胎，", "目前每班需搬运400次以上，劳动强度大，招工难。"),
    ("仓库拆垛、码垛环节劳动强度大，", "仓库拆垛每班需工人4名，招工困难。"),
])
async def test_a_rest_opening_with_the_parts_first_words_is_still_added(
        services, engineer, first, rest):
    await walk(engineer, AT_PAIN)
    await engineer.send(first)
    await engineer.send(rest)
    assert answers(services, engineer)["pain_point"] == first + rest


async def test_indicators_after_a_requirement_in_words_sent_after_a_held_pain_point_answer_them(
        services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    calls = await engineer.send("无需人工干预，节拍≤15秒")
    assert texts(calls)[0].startswith("这条读来是技术指标：现状与痛点按原样保留，这条填作技术指标。")
    assert answers(services, engineer)["pain_point"] == ENDED
    assert answers(services, engineer)["indicators"] == "无需人工干预，节拍≤15秒"


@pytest.mark.parametrize("rest", [
    "工人每班搬运400次以上，劳动强度大",
    "平均每次耗时30秒以上，效率低。",
    "每班搬运400次以上，单个重约20kg。",
    "无需夜班，目前人工节拍约45秒。",
])
async def test_a_rest_with_a_figure_of_the_pain_point_is_still_added(services, engineer, rest):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    await engineer.send(rest)
    assert answers(services, engineer)["pain_point"] == FIRST + rest
    assert "indicators" not in answers(services, engineer)


LABELLED = f"现状与痛点：{FIRST}\n技术指标：识别准确率不低于98%，节拍≤15秒"


@pytest.mark.parametrize("moves", [AT_PAIN, AT_PAIN + 1, len(JOURNEY)])
async def test_a_labelled_paste_whose_pain_point_ends_with_a_comma_is_not_held(
        services, engineer, moves):
    await walk(engineer, moves)
    calls = await engineer.send(LABELLED)
    assert not any("像是还没写完" in text or "接着发送" in text for text in texts(calls))
    assert not services.intake.store.current(engineer.id).held
    await engineer.send(REST)
    assert answers(services, engineer)["pain_point"] == FIRST.rstrip("，")


@pytest.mark.parametrize(("first", "rest"), [
    ("质检环节目前主要靠老师傅目视检查，", "漏检率超过3%，客户投诉多。"),
    (FIRST, "必须人工搬运，每班搬运不少于400次"),
    (FIRST, "还要人工搬运，每班搬运不少于400次"),
    (FIRST, "目前需两人配合，装配节拍超过120秒"),
    (FIRST, "产品合格率低于95%，返工多"),
    (FIRST, "多品种混线，换型时间超过30分钟"),
    (FIRST, "夜班缺人，设备故障率高于5%"),
    (FIRST, "漏检率超过3%"),
])
async def test_a_rest_comparing_the_state_today_is_added_not_read_as_indicators(
        services, engineer, first, rest):
    await walk(engineer, AT_PAIN)
    await engineer.send(first)
    calls = await engineer.send(rest)
    assert not any("这条读来是技术指标" in text for text in texts(calls))
    assert answers(services, engineer)["pain_point"] == first + rest
    assert "indicators" not in answers(services, engineer)


@pytest.mark.parametrize("indicators", [
    "无需人工干预，节拍≤15秒",
    "支持多品种混线，换型时间不超过30分钟",
    "漏检率不高于0.5%，无需人工复检",
    "识别准确率不低于98%，插接位置精度≤±0.5mm",
    "识别准确率不低于98%，插接位置精度≤±0.5mm，单次插拔节拍≤15秒，成功率不低于99%，希望尽快实现",
])
async def test_a_requirement_sent_after_a_held_pain_point_answers_the_indicators(
        services, engineer, indicators):
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    calls = await engineer.send(indicators)
    assert texts(calls)[0].startswith("这条读来是技术指标：现状与痛点按原样保留，这条填作技术指标。")
    assert answers(services, engineer)["pain_point"] == ENDED
    assert answers(services, engineer)["indicators"] == indicators
