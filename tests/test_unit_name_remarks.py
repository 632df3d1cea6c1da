"""What is written or said after a unit's name but is never part of one: a seal's note
(（盖章）, as a clerk copies it from the sheet's cell) wherever it follows the name, and a
particle said after an ending no name goes on from (…有限公司吧). Dropped at every question
whose answer is a unit's name, in the chat and in a file's cells."""

import pytest

from bot.file_checks import checked_row, cleaned
from exports.reader import import_row
from flows.row import row_cells
from flows.spoken_endings import without_particle
from tests.deployments import filed
from tests.journey import AT_ENTERPRISE, fill_to_summary, walk
from tests.test_bot_field_answers import saved
from tests.test_export import answers
from tests.test_import import SURVEY

AT_CITY, AT_MAKERS, AT_PARTNERS = 2, 14, 15
UNIT = "恒远动力电池有限公司"
SEALED = [f"{UNIT}（盖章）", f"{UNIT}(盖章)", f"{UNIT}（盖章）。", f"{UNIT} （盖章）", f"{UNIT}【盖章】",
          f"{UNIT}（公章）"]
SAID = ["苏州恒远动力电池有限公司的", "苏州恒远动力电池有限公司吧", "苏州恒远动力电池有限公司呀。",
        "苏州恒远动力电池有限公司啊"]


@pytest.mark.parametrize("typed", SEALED)
async def test_a_seal_note_after_the_user_unit_is_not_kept_in_its_name(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == UNIT


async def test_a_seal_note_before_the_units_place_in_brackets_is_dropped_and_the_place_read(
        engineer, app):
    assert await filed(app, engineer, f"{UNIT}（盖章）（无锡）", AT_ENTERPRISE) == ("无锡市", UNIT)


@pytest.mark.parametrize("moves", [AT_CITY, AT_ENTERPRISE])
@pytest.mark.parametrize("typed", [f"苏州{UNIT}（盖章）", f"苏州市/{UNIT}（盖章）", f"苏州{UNIT}吧"])
async def test_a_unit_with_a_seal_note_or_a_particle_typed_at_the_city_question_is_split(
        engineer, app, moves, typed):
    assert await filed(app, engineer, typed, moves) == ("苏州市", f"苏州{UNIT}"
                                                       if not typed.startswith("苏州市/") else UNIT)


async def test_a_seal_note_typed_with_the_user_unit_at_the_summary_is_not_kept(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send(f"用户单位：{UNIT}（盖章）")
    assert saved(app, engineer)["enterprise"] == UNIT


@pytest.mark.parametrize("typed", SAID)
async def test_a_particle_after_a_companys_ending_is_not_kept_in_the_user_unit(
        engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == "苏州恒远动力电池有限公司"


@pytest.mark.parametrize(("moves", "key"), [(AT_MAKERS, "makers"), (AT_PARTNERS, "partners")])
async def test_seal_notes_and_particles_are_not_kept_in_member_names(engineer, app, moves, key):
    await walk(engineer, moves)
    await engineer.send(f"{UNIT}（盖章）、东南大学吧、恒远集团的")
    assert saved(app, engineer)[key] == [UNIT, "东南大学", "恒远集团"]


@pytest.mark.parametrize(("name", "kept"), [
    ("苏州恒远动力电池有限公司吧", "苏州恒远动力电池有限公司"),
    ("江苏省产业技术研究院呀。", "江苏省产业技术研究院"),
    ("苏州市检测中心的", "苏州市检测中心的"),  # a shorter ending may go on: kept as typed
    ("恒远研究所吧", "恒远研究所吧"),
    ("恒远有限公司吧台制造厂", "恒远有限公司吧台制造厂"),
    ("东南大学。", "东南大学。"),
])
def test_only_a_particle_after_an_unmistakable_ending_is_dropped(name, kept):
    assert without_particle(name) == kept


def imported(**cells: str):
    row, problems = checked_row(SURVEY, import_row(4, {**row_cells(answers(1), 1), **cells}))
    return cleaned(SURVEY, row.answers), problems


def test_seal_notes_in_a_files_unit_cells_are_not_kept_in_the_names():
    answers_, problems = imported(
        user_unit=f"苏州市/{UNIT}（盖章）",
        consortium=f"整机企业（或应用服务商）：{UNIT}（盖章） 其他：东南大学（盖章）")
    assert (answers_["city"], answers_["enterprise"]) == ("苏州市", UNIT)
    assert (answers_["makers"], answers_["partners"]) == ([UNIT], ["东南大学"])
    assert problems == []


async def test_a_seal_note_after_the_submitting_unit_is_not_kept(engineer, app):
    await engineer.send("/start")
    await engineer.send("江苏省工业和信息化厅（盖章）")
    assert saved(app, engineer)["submitting_unit"] == "江苏省工业和信息化厅"
