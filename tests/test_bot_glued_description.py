"""A description pasted as a list whose items are glued without line breaks
(①电池包…②技术指标：…③预期成效：…) fills each part, in the chat and in the import alike."""

import pytest

from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

# Each part ends without a full stop, so only the marks glued before the labels part them.
PAIN = "电池包下线前需人工插拔高压插头，存在打火风险"
INDICATORS = "识别准确率≥98%，节拍≤15秒"
RESULTS = "替代2名工人"

GLUED = [
    f"①{PAIN}②技术指标：{INDICATORS}③预期成效：{RESULTS}",
    f"(1){PAIN}(2)技术指标：{INDICATORS}(3)预期成效：{RESULTS}",
    f"（1）{PAIN}（2）技术指标：{INDICATORS}（3）预期成效：{RESULTS}",
    f"①现状与痛点：{PAIN}②技术指标：{INDICATORS}③预期成效：{RESULTS}",
    f"●{PAIN}●技术指标：{INDICATORS}●预期成效：{RESULTS}",
    f"1、{PAIN}②技术指标：{INDICATORS}③预期成效：{RESULTS}",
]


def saved(app, engineer) -> tuple[str, ...]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


@pytest.mark.parametrize("paste", GLUED)
async def test_a_description_listed_with_glued_items_fills_each_part_without_its_marks(
        engineer, app, paste):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send(paste)
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


@pytest.mark.parametrize("cell", GLUED)
def test_a_description_cell_listed_with_glued_items_is_imported_part_by_part(cell):
    assert import_row(5, {"index": "1", "description": cell}).answers == {
        "pain_point": PAIN, "indicators": INDICATORS, "expected_results": RESULTS}


async def test_a_mark_glued_before_other_words_in_a_listed_paste_stays_words(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"①{PAIN}②号线同样需要改造③预期成效：{RESULTS}")
    assert saved(app, engineer) == (f"{PAIN}②号线同样需要改造", None, RESULTS)
