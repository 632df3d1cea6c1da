"""A whole description pasted at 现状与痛点 without labels, paragraph by paragraph as copied
from a document: kept as the pain point, never filed under a later part by guess, with a word on
the paragraphs that read as a later part so that the engineer can send them labelled."""

import json
import re
from pathlib import Path

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


async def test_unlabelled_paragraphs_reading_as_later_parts_stay_the_pain_point_and_are_named(
        engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"{CONVERTER}\n{PATROL}\n{SAVINGS}")
    assert saved(app, engineer) == (f"{CONVERTER}\n{PATROL}\n{SAVINGS}", None, None)
    told = "\n".join(texts(calls))
    assert f"现状与痛点中以下内容读来是技术指标、预期成效：“{PATROL}”“{SAVINGS}”" in told
    assert "技术指标" in texts(calls)[-1]


async def test_a_corrected_pain_point_sent_back_keeps_the_indicators_saved(engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    corrected = "危化品仓库盘点由人工完成，存在中毒风险。\n仓库内温度保持在25℃以内，湿度不高于60%。"
    await engineer.send(corrected)
    assert saved(app, engineer) == (corrected, INDICATORS, None)


@pytest.mark.parametrize("text", [
    "汽车总装车间需人工搬运轮胎，单个重约20kg。\n工人每班搬运400次以上，劳动强度大，招工难。",
    "外观检测依赖人工目检。\n漏检率超过3%，客户投诉多。",
    "外观检测依赖人工目检。\n目前单件检测节拍约45秒，定位精度±5mm。",
    f"{PAIN}\n替代2名测试工人，测试效率提升30%。\n{INDICATORS}",  # results before indicators
    f"{PAIN}\n{INDICATORS}\n希望由人形机器人完成插接。",
    f"{PAIN}\n{RESULTS}",
    f"{PAIN}\n\n{INDICATORS}",
    "医院手术器械清点依赖人工。\n单台手术器械数量达到200件以上，清点时间不少于15分钟。",
    "电子元器件贴片后需人工目检。\n客户要求出厂不良率控制在500ppm以内。",
])
def test_unlabelled_pastes_are_no_paste_of_parts(text):
    assert parse_pasted_description(text) == {}


@pytest.mark.parametrize("today", ["漏检率超过3%，客户投诉多。", "工人每天搬运800次以上。",
                                   "语音交互识别率95%以上，响应延迟小于1秒。"])
async def test_a_pain_point_with_figures_of_today_or_unclear_is_told_nothing_more(
        engineer, app, today):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(f"外观检测依赖人工目检。\n{today}")
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


async def test_written_above_at_an_answered_part_says_its_answer_is_kept(engineer, app):
    await walk(engineer, AT_INDICATORS + 1)
    await engineer.press("⬅️ 上一步")
    calls = await engineer.send("上面已经写了")
    assert texts(calls)[0].startswith("技术指标已有答案（见“当前答案”），没有改动；")
    assert saved(app, engineer) == (PAIN, INDICATORS, None)


def test_an_imported_description_cell_without_labels_stays_the_pain_point():
    cell = f"{CONVERTER}\n{PATROL}\n{SAVINGS}"
    assert parse_description_cell(cell)["pain_point"] == cell


SPOKEN = "电池包下线测试需要人工插拔高压插头 有打火风险 识别准确率不低于百分之九十八 插拔节拍十五秒以内 替代两名测试工人"


async def test_a_description_spoken_whole_stays_the_pain_point_and_names_what_reads_later(
        engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(SPOKEN)
    assert saved(app, engineer) == (
        "电池包下线测试需要人工插拔高压插头有打火风险识别准确率不低于百分之九十八，"
        "插拔节拍十五秒以内，替代两名测试工人", None, None)
    told = "\n".join(texts(calls))
    assert "现状与痛点中以下内容读来是技术指标、预期成效：“插拔节拍十五秒以内”“替代两名测试工人”" in told
    assert "技术指标" in texts(calls)[-1]


def spoken(text: str) -> str:
    """`text` as voice input writes it: a pause, not a mark, between its clauses."""
    return " ".join(part for part in re.split(r"[，、；。]", text) if part)


CORPUS = json.loads((Path(__file__).parent / "data" / "descriptions.json").read_text("utf-8"))
CORPUS_PAIN_POINTS = [case["text"] for case in CORPUS["cases"]
                      if not case["q"] and not case["text"].isascii()]


@pytest.mark.parametrize("text", [
    "每班需2名工人轮流操作 夜班招工难", "现场温度45℃ 人工作业2小时需轮换", "漏检率约5% 每年损失200万元",
    "外观检测 依赖人工目检 3小时 夜间风险大", spoken(CONVERTER),
    "外观检测依赖人工目检 目前单件检测节拍约45秒 定位精度正负5毫米",
    "人工检测准确率仅85% 每班需4人", "减速器装配需人工压装 节拍60秒 不良率2%",
    "仓库温度常年35℃以上 人工拣选每小时200件 效率低",
    "巡检人员每天步行15公里 巡检一次需要4小时 漏检率约3%",
    "夜间巡检 依赖人工 每次3小时 年人工成本约80万元",
    *map(spoken, CORPUS_PAIN_POINTS),
])
async def test_a_pain_point_spoken_with_its_figures_is_told_nothing_more(engineer, app, text):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(text)
    assert saved(app, engineer)[0] is not None
    assert "读来是" not in "\n".join(texts(calls))


async def test_sentences_typed_in_one_line_are_not_read_apart(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send("危化品仓库盘点由人工完成，仓库内温度保持在25℃以内，湿度不高于60%。")
    assert "读来是" not in "\n".join(texts(calls))
