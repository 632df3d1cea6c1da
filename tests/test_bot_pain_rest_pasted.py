"""A paste with labels sent after a 现状与痛点 held for its rest: the text before its first
label is read as a plain message there would be, and the part held is never lost or left
ending with a comma."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, PAIN, walk
from tests.test_export import KEYS
from tests.test_export_bot import exported_rows

AT_PAIN = JOURNEY.index(("send", PAIN))
FIRST = "汽车总装车间需人工搬运轮胎，单个重约20kg，"
ENDED = "汽车总装车间需人工搬运轮胎，单个重约20kg。"
REST = "工人每班搬运400次以上，劳动强度大。"
SPEC = "定位精度≤±1mm，节拍≤20秒，连续运行≥8小时"
RESULTS = "替代3名工人。"
INSTEAD = "这条读来是技术指标：现状与痛点按原样保留，这条填作技术指标。"


def answers(services, engineer) -> dict:
    return services.intake.store.current(engineer.id).answers


async def held_then(engineer, text: str) -> list:
    await walk(engineer, AT_PAIN)
    await engineer.send(FIRST)
    return await engineer.send(text)


@pytest.mark.parametrize("paste", [
    f"{REST}\n技术指标：{SPEC}\n预期成效：{RESULTS}",
    f"{REST.rstrip('。')}，技术指标：{SPEC}，预期成效：{RESULTS}",
])
async def test_a_rest_pasted_before_labels_is_added_to_the_part_held(services, engineer, paste):
    await held_then(engineer, paste)
    saved = answers(services, engineer)
    assert saved["pain_point"] == FIRST + REST.rstrip("。") + ("。" if "\n" in paste else "")
    assert saved["indicators"] == SPEC
    assert saved["expected_results"] == RESULTS


async def test_a_rest_pasted_with_another_columns_line_is_added_to_the_part_held(
        services, engineer):
    calls = await held_then(engineer, f"{REST}\n部署总数：10台")
    assert answers(services, engineer)["pain_point"] == FIRST + REST
    assert any("部署总数：10台" in text for text in texts(calls))


@pytest.mark.parametrize("indicators", [SPEC, "无需人工干预，节拍≤15秒"])
async def test_indicators_pasted_before_labels_answer_the_indicators_with_the_part_kept(
        services, engineer, indicators):
    calls = await held_then(engineer, f"{indicators}\n预期成效：{RESULTS}")
    saved = answers(services, engineer)
    assert saved["pain_point"] == ENDED
    assert saved["indicators"] == indicators
    assert saved["expected_results"] == RESULTS
    assert any(INSTEAD in text for text in texts(calls))


async def test_a_labelled_paste_after_the_part_held_keeps_it_with_its_sentence_ended(
        services, engineer, province):
    await held_then(engineer, f"技术指标：{SPEC}\n预期成效：{RESULTS}")
    saved = answers(services, engineer)
    assert (saved["pain_point"], saved["indicators"]) == (ENDED, SPEC)
    await walk(engineer, start=AT_PAIN + 3)
    assert f"5. 场景描述与关键技术要求：\n{ENDED}\n技术指标：{SPEC}" in engineer.last_text()
    await engineer.press("✅ 提交")
    await province.send("/export")
    await province.press("全部")
    [row] = exported_rows(await province.press("全省"))
    assert row[KEYS.index("description")].startswith(f"{ENDED}\n技术指标：{SPEC}")


async def test_a_pain_point_pasted_with_its_label_after_the_part_held_replaces_it(
        services, engineer):
    await held_then(engineer, f"现状与痛点：{REST}\n技术指标：{SPEC}")
    assert answers(services, engineer)["pain_point"] == REST


@pytest.mark.parametrize("rest", [
    "漏检率超过3%，客户投诉多。",
    "必须人工搬运，每班搬运不少于400次",
    "目前需两人配合，装配节拍超过120秒",
    "产品合格率低于95%，返工多",
    "多品种混线，换型时间超过30分钟",
    "夜班缺人，设备故障率高于5%",
])
async def test_a_rest_comparing_the_state_today_pasted_before_labels_is_added(
        services, engineer, rest):
    calls = await held_then(engineer, f"{rest}\n技术指标：{SPEC}")
    assert not any(INSTEAD in text for text in texts(calls))
    assert answers(services, engineer)["pain_point"] == FIRST + rest
    assert answers(services, engineer)["indicators"] == SPEC
