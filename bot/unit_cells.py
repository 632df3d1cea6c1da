"""The 用户单位 cell of a spreadsheet row, read as the chat reads a unit typed with its place."""

from dataclasses import replace

from exports.reader import ImportedRow
from flows.navigation import Questionnaire
from flows.row import user_unit_cell
from flows.rules import first_error
from flows.zones import zones_left_out


def placed_unit(survey: Questionnaire, row: ImportedRow) -> ImportedRow:
    """用户单位 written as a unit's full name alone (昆山沪光…有限公司, 苏州市苏州XX有限公司) is
    placed in the city the name begins with, as the chat places a name typed at its city
    question; a name beginning with no city is still missing its city. After its city, the
    name is read as the chat reads 城市/单位 typed at the unit's question: a district glued
    before a name saying the city again (深圳市/南山区深圳XX…) is no part of it. A zone or town
    the cell names that neither the city nor the name keeps (苏州市/苏州工业园区 苏州XX…) is
    told in the row's notes, as the chat's echo shows an engineer where each part went."""
    answers = row.answers
    split = survey.field("enterprise" if answers.get("city") else "city").splits
    if not answers.get("enterprise") or not split:
        return row
    parts = split(cell := user_unit_cell(answers))
    placed = {**answers, **parts} if "city" in parts else answers
    city = first_error(survey.field("city").rule, placed.get("city"))[0]
    note = city and zones_left_out(cell, city, placed["enterprise"])
    return replace(row, answers=placed, notes=(*row.notes, note) if note else row.notes)
