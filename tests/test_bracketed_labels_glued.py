"""In a description labelled in brackets (【现状与痛点】… or 。【技术指标】…), a later part's label in
brackets starts its part glued to the words before it too (…存在打火风险【技术指标】…), in a paste
and in an imported cell; bracketed words that are no part's label (【注】, 【XX项目】) stay words
of the answer, and so does a label's word bracketed mid-sentence for emphasis."""

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from flows.pastes import parse_pasted_description, parse_pasted_indicators
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk
from tests.one_cell_import import imported

PAIN, INDICATORS, RESULTS = "电池包下线测试需人工插拔高压插头，存在打火风险", "识别准确率≥98%，节拍≤15秒", "替代3名工人，效率提升30%"
PARTS = {"pain_point": PAIN, "indicators": INDICATORS, "expected_results": RESULTS}
GLUED = [
    f"【现状与痛点】{PAIN}【技术指标】{INDICATORS}【预期成效】{RESULTS}",
    f"【现状与痛点】{PAIN}。【技术指标】{INDICATORS}【预期成效】{RESULTS}",
    f"【场景痛点】{PAIN}【主要技术指标】{INDICATORS}【预期效益】{RESULTS}",
]


def _stripped(parts: dict[str, str]) -> dict[str, str]:
    return {key: value.rstrip("。") for key, value in parts.items()}


@pytest.mark.parametrize("text", GLUED)
def test_a_bracketed_part_label_glued_to_the_words_before_parts_a_pasted_description(text):
    assert _stripped(parse_pasted_description(text)) == PARTS


def test_a_bracketed_results_label_glued_to_the_indicators_parts_them_at_the_indicators():
    parse = parse_pasted_indicators("indicators")
    assert parse(f"【技术指标】{INDICATORS}【预期成效】{RESULTS}") == {
        "indicators": INDICATORS, "expected_results": RESULTS}


@pytest.mark.parametrize("text", [
    f"{PAIN}【注】见附件",
    f"{PAIN}【备注】仅限夜班",
    f"{PAIN}，属【XX项目】一期",
    f"{PAIN}技术指标：{INDICATORS}",  # unbracketed and glued: words, as before
    # Bracketed labels all glued to words: emphasis as likely (这是本场景的【痛点】所在).
    f"{PAIN}【技术指标】{INDICATORS}",
    f"{PAIN}【技术指标】：{INDICATORS}【预期成效】：{RESULTS}",
    f"在满足【技术要求】的前提下，{PAIN}【预期成效】{RESULTS}",
])
def test_bracketed_words_that_name_no_part_and_unbracketed_glued_labels_stay_words(text):
    assert parse_pasted_description(text) == {}


def test_emphasis_on_the_part_a_bracketed_description_stands_in_stays_its_words():
    text = f"【现状与痛点】人工插拔高压插头，这是本场景的【痛点】所在【技术指标】{INDICATORS}"
    assert parse_pasted_description(text) == {
        "pain_point": "人工插拔高压插头，这是本场景的【痛点】所在", "indicators": INDICATORS}


@pytest.mark.parametrize(("text", "parts"), [
    (f"【现状与痛点】{PAIN}，现有设备难以满足【技术指标】要求。\n【技术指标】{INDICATORS}\n"
     f"【预期成效】{RESULTS}",
     {"pain_point": f"{PAIN}，现有设备难以满足【技术指标】要求。", "indicators": INDICATORS,
      "expected_results": RESULTS}),
    (f"【现状与痛点】{PAIN}。\n【技术指标】{INDICATORS}，以确保实现【预期成效】。\n"
     f"【预期成效】{RESULTS}",
     {"pain_point": f"{PAIN}。", "indicators": f"{INDICATORS}，以确保实现【预期成效】。",
      "expected_results": RESULTS}),
    (f"【现状与痛点】{PAIN}，详见【技术指标】和【预期成效】两部分说明。\n【技术指标】{INDICATORS}\n"
     f"【预期成效】{RESULTS}",
     {"pain_point": f"{PAIN}，详见【技术指标】和【预期成效】两部分说明。",
      "indicators": INDICATORS, "expected_results": RESULTS}),
])
def test_a_part_named_in_a_sentence_of_a_bracketed_description_stays_its_words(text, parts):
    assert parse_pasted_description(text) == parts


def test_a_later_part_named_in_a_sentence_at_the_indicators_stays_their_words():
    text = f"【技术指标】{INDICATORS}，关键在于【预期成效】的实现"
    assert parse_pasted_indicators("indicators")(text) == {
        "indicators": f"{INDICATORS}，关键在于【预期成效】的实现"}


@pytest.mark.parametrize("text", [
    "【现状】人工节拍45秒【目标】≤15秒",
    "技术指标：【现状】人工节拍45秒【目标】≤15秒",
])
def test_a_bracketed_baseline_glued_inside_the_indicators_stays_their_words(text):
    """A bare 现状 is an indicator's baseline as often as the pain point: only at the start of
    a line or after a sentence's end is 【现状】 a label, as before."""
    assert parse_pasted_indicators("indicators")(text) == {"indicators": "【现状】人工节拍45秒【目标】≤15秒"}


async def test_a_description_on_one_line_with_glued_bracketed_labels_fills_each_part(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(GLUED[0])
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert {key: answers.get(key) for key in PARTS} == PARTS


async def test_a_pain_point_quoting_a_bracket_that_names_no_part_is_saved_as_typed(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"{PAIN}【注】见附件【恒远二期项目】产线")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["pain_point"] == f"{PAIN}【注】见附件【恒远二期项目】产线"


@pytest.mark.parametrize("cell", GLUED[:1] + GLUED[2:])
def test_an_imported_cell_with_glued_bracketed_labels_stores_each_part(tmp_path, cell):
    output, stored = imported(tmp_path, cell, "F4")
    assert output.splitlines()[0] == "第 4 行：已导入为场景 #1"
    assert {key: stored.get(key) for key in PARTS} == PARTS


def test_an_imported_cell_with_a_glued_indicators_label_exports_without_brackets(tmp_path):
    cell = f"【现状与痛点】{PAIN}【技术指标】{INDICATORS}"
    _, stored = imported(tmp_path, cell, "F4")
    assert (stored["pain_point"], stored["indicators"]) == (PAIN, INDICATORS)
    result = CliRunner().invoke(main, ["export", "--db", str(tmp_path / "intake.db"), "--out",
                                       str(tmp_path / "out.xlsx"), "--status", "submitted"])
    assert result.exit_code == 0, result.output
    assert load_workbook(tmp_path / "out.xlsx").active["F4"].value == f"{PAIN}\n技术指标：{INDICATORS}"


@pytest.mark.parametrize("text", [
    f"【现状与痛点】{PAIN}【技术指标】{INDICATORS}【预期成效】{RESULTS}【差异化创新点】首次应用",
    f"现状与痛点：{PAIN}\n技术指标：{INDICATORS}\n预期成效：{RESULTS}\n差异化创新点：首次应用",
])
async def test_a_description_pasted_with_its_innovation_point_fills_all_four_parts(
        engineer, app, text):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(text)
    assert texts(calls)[0].startswith(
        "已把这条消息分别填入：现状与痛点、技术指标、预期成效、差异化创新点。")
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert answers["innovation"] == "首次应用"
