"""A whole description pasted at 现状与痛点 without labels, paragraph by paragraph as copied
from a document: each later paragraph filed under its part when it clearly reads as it, the
paste kept as the pain point otherwise, with a word on paragraphs that read as a later part."""

import pytest

from exports.cells import parse_description_cell
from flows.pastes import parse_pasted_description
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, INDICATORS, PAIN, RESULTS, walk

CONVERTER = "转炉区域高温粉尘，人工点检每班2次，存在烫伤风险。"
PATROL = "巡检时间由每次3小时缩短到1小时，测温精度±2℃，连续运行24小时无故障。"
SAVINGS = "年节约人工成本约120万元，减少夜班人员4名。"


def saved(app, engineer) -> tuple[str | None, ...]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


async def test_unlabelled_paragraphs_of_indicators_and_results_fill_their_parts(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{CONVERTER}\n{PATROL}\n{SAVINGS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == (CONVERTER, PATROL, SAVINGS)


async def test_unlabelled_pain_point_and_indicators_ask_for_the_results(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{PAIN}\n\n{INDICATORS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标。")
    assert saved(app, engineer) == (PAIN, INDICATORS, None)
    assert "预期成效" in texts(calls)[-1]


@pytest.mark.parametrize("text", [
    "汽车总装车间需人工搬运轮胎，单个重约20kg。\n工人每班搬运400次以上，劳动强度大，招工难。",
    "外观检测依赖人工目检。\n漏检率超过3%，客户投诉多。",
    "外观检测依赖人工目检。\n目前单件检测节拍约45秒，定位精度±5mm。",
    f"{PAIN}\n替代2名测试工人，测试效率提升30%。\n{INDICATORS}",  # results before indicators
    f"{PAIN}\n{INDICATORS}\n希望由人形机器人完成插接。",
    f"{PAIN}\n{RESULTS}",
])
def test_pastes_whose_paragraphs_are_not_clearly_later_parts_stay_the_pain_point(text):
    assert parse_pasted_description(text) == {}


async def test_a_pain_point_kept_whole_is_told_of_paragraphs_reading_as_indicators(
        engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    unclear = "语音交互识别率95%以上，响应延迟小于1秒。"
    calls = await engineer.send(f"{PAIN}\n{unclear}")
    assert saved(app, engineer)[0] == f"{PAIN}\n{unclear}"
    told = "\n".join(texts(calls))
    assert f"现状与痛点中以下内容读来是技术指标：“{unclear}”" in told


async def test_a_pain_point_with_figures_of_today_is_told_nothing_more(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send("外观检测依赖人工目检。\n漏检率超过3%，客户投诉多。")
    assert "读来是" not in "\n".join(texts(calls))


@pytest.mark.parametrize("reply", ["上面已经写了", "前面写过了。", "已经写了啊", "我刚才发过了"])
async def test_written_above_at_the_indicators_says_where_the_paste_went(engineer, app, reply):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{PAIN}\n语音交互识别率95%以上，响应延迟小于1秒。")
    calls = await engineer.send(reply)
    told = texts(calls)[0]
    assert told.startswith("技术指标还没有填写：前面发送的内容已填作现状与痛点，")
    assert "没有数字" not in told
    assert saved(app, engineer)[1] is None


def test_an_imported_description_cell_without_labels_stays_the_pain_point():
    cell = f"{CONVERTER}\n{PATROL}\n{SAVINGS}"
    assert parse_description_cell(cell)["pain_point"] == cell
