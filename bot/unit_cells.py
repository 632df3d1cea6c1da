"""The 用户单位 cell of a spreadsheet row, read as the chat reads a unit typed with its place."""

from dataclasses import replace

from exports.reader import HEADERS, CellProblem, ImportedRow
from flows.navigation import Questionnaire
from flows.place_replies import two_cities
from flows.place_spellings import cities_named
from flows.province_said import bare
from flows.row import user_unit_cell
from flows.rules import first_error
from flows.zones import zone_elsewhere, zones_left_out

# The chat's question which of two cities, as the cell is mended: there are no buttons.
WHICH = "请选择一个。"
WRITE_ONE = "请写成“所在{kind}/企业全称”。"


def placed_unit(survey: Questionnaire, row: ImportedRow) -> ImportedRow:
    """用户单位 written as a unit's full name alone (昆山沪光…有限公司, 苏州市苏州XX有限公司) is
    placed in the city the name begins with, as the chat places a name typed at its city
    question; a name beginning with no city is still missing its city, and one naming two
    cities (苏州恒远…（南京分公司）, 苏州恒远… 无锡高新区) is refused as the chat asks which. After
    its city, the name is read as the chat reads 城市/单位 typed at the unit's question: a
    district glued before a name saying the city again (深圳市/南山区深圳XX…) is no part of it.
    A zone or town the cell names that neither the city nor the name keeps (苏州市/苏州工业园区
    苏州XX…, 苏州市/苏州XX… 无锡高新区) is told in the row's notes, as the chat's echo shows an
    engineer where each part went: the city the cell writes is kept."""
    answers = row.answers
    split = survey.field("enterprise" if answers.get("city") else "city").splits
    if not answers.get("enterprise") or not split:
        return row
    parts = split(cell := user_unit_cell(answers)) or _zone_apart(survey, answers)
    placed = {**answers, **parts} if "city" in parts else answers
    if "city" not in placed and (which := _which_city(survey, cell)):
        return replace(row, problems=[*row.problems, CellProblem(HEADERS["user_unit"], which)])
    city = first_error(survey.field("city").rule, placed.get("city"))[0]
    note = city and zones_left_out(cell, city, placed["enterprise"])
    return replace(row, answers=placed, notes=(*row.notes, note) if note else row.notes)


def _zone_apart(survey: Questionnaire, answers: dict) -> dict[str, str]:
    """A written city and a unit with a zone of another city after it (苏州市/苏州XX… 无锡高新区):
    the city written is kept and the zone told, as a zone of its own city is; the chat, whose
    city was pressed a question before, asks which."""
    if not answers.get("city"):
        return {}
    apart = zone_elsewhere(answers["enterprise"], survey.field("city").choices)
    return {"city": answers["city"], "enterprise": bare(apart[0])} if apart else {}


def _which_city(survey: Questionnaire, cell: str) -> str | None:
    """Why a cell with no city of its own that names two (苏州恒远…（南京分公司）) is refused:
    the chat's city question asks which, and the cell is to say it before the name."""
    named = cities_named(bare(cell), survey.field("city").choices)
    if len(named) < 2:
        return None
    kind = survey.words().city
    asked = two_cities(cell.strip(), named, in_municipality=kind == "区")
    return asked.removesuffix(WHICH) + WRITE_ONE.format(kind=kind)
