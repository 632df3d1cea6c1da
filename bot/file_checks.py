"""A spreadsheet row checked by the bot's own rules, its problems worded for a file.

The questionnaire's rules judge a cell exactly as they judge a chat answer, but their messages
speak to an engineer in the chat (请点击下方按钮, 点“跳过”, 重新发送). `import` and `lint` are read
by an operator with a spreadsheet open, where there are no buttons: the verdict is kept and only
the advice is reworded. Choice columns are reworded from the question table (what the cell may
say); the few chat phrases of the text rules are swapped for what to do in the cell.
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from openpyxl.utils.datetime import from_excel, to_excel

from bot.asked_notes import asked_notes
from bot.file_refusals import refused_by_answers
from bot.file_wording import for_the_file
from bot.unit_cells import placed_unit
from exports.reader import HEADERS, ImportedRow
from flows.configuration import example_city
from flows.field import Field, Kind
from flows.navigation import Questionnaire, is_blank
from flows.not_makers import no_maker, not_a_maker_note
from flows.org_names import joined_note, said_before_note
from flows.place_spellings import cities_named, short
from flows.row import row_cells, scenario_identity, supplement_splits, user_unit_cell
from flows.rules import TOO_LONG, first_error
from flows.typed_forms import half_width
from flows.units import counted_as
from flows.user_units import PLACE_AS_UNIT
from flows.validation import PART_MISSING, UNQUANTIFIED, row_problems

Problem = tuple[str, str]  # (column, Chinese reason)

NOT_A_CHOICE = "“{value}”不是模板中的选项，须为：{choices} 之一。"
TICK_SOME = "请在所选项前打☑（可多选）：{choices}。"
NO_FORM = "“{product}”后没有写形态，请补上 {forms} 之一，如“☑{product}：{form}”。"
WRONG_FORM = "“{product}：{written}”的形态须为 {forms} 之一，如“☑{product}：{form}”。"
ALL_FORMS = ("“{product}”后的形态仍是模板原样的“{written}”，"
             "请只保留实际的一种，如“☑{product}：{form}”。")
NOT_A_PRODUCT = "“{product}”不是模板中的产品类型，须为：{products}。"
TICK_A_PRODUCT = "请勾选至少一种产品类型并写明形态，如“☑{product}：{form}”。"
# The days of 2020–2035 as Excel numbers them: a count among them (46152 台) is most likely a
# date whose cell lost its date format, as “5-10” typed in becomes 2026/5/10, shown as 常规.
DATE_SERIALS = range(int(to_excel(date(2020, 1, 1))), int(to_excel(date(2036, 1, 1))))
COUNT_A_DATE = ("部署总数 {count} 台恰是日期 {day} 在 Excel 中的编号：如果单元格原是日期"
                "（如输入的“5-10”被 Excel 变成了日期），请改填确定的台数")
COLUMN_ORDER = {title: at for at, title in enumerate(HEADERS.values())}
# A place written as the unit's name: the chat's refusal, and how the cell holds both parts.
PLACE_IN_CELL = (PLACE_AS_UNIT.removesuffix("。")
                 + "，请在城市之后写单位全称，如“{city}/{short}XX有限公司”")
# The chat's reason for 技术指标 that are only a chip's or a part's spec (275TOPS, 8核).
CHIP_SPEC = re.compile(r"“[^”]*”是芯片或零部件的规格[^。]*。")
# A part of only figures and symbols (-20℃), as the chat tells it without naming the part.
ONLY_FIGURES = "这里需要文字说明"
SAME_SCENARIO = "与第 {first} 行是同一场景（用户单位和场景名称相同），"
OTHER_CONTENT = (SAME_SCENARIO + "{columns}不同；请合并为一行，或改正其中一行的用户单位或场景名称")



# A part missing from a two-part cell: how the cell holds both, with a configured city.
PART_ADVICE = {
    PART_MISSING.format(part=part): f"缺少{part}，请写成“{{city}}/企业全称”。"
    for part in ("所在城市", "企业全称")
}


def checked_row(survey: Questionnaire, row: ImportedRow) -> tuple[ImportedRow, list[Problem]]:
    """The row as the chat would hold it, and its problems.

    The cell joins the technical indicators and their supplement (each up to its own length in
    the chat) into one text, which may be longer than one answer may be: such a description is
    read as the two answers when a split of it passes both questions' rules and writes the same
    cell (but for full-width digits made half-width), so whatever the chat accepted imports again.
    """
    row = placed_unit(survey, row)
    problems = file_row_problems(survey, row)
    if not any(column == HEADERS["description"] for column, _ in problems):
        return row, problems
    for split in supplement_splits(row.answers.get("indicators") or ""):
        if all(first_error(survey.field(key).rule, value) == (half_width(value), None)
               for key, value in split.items()):
            row = replace(row, answers={**row.answers, **split})
            return row, file_row_problems(survey, row)
    return row, problems


def cleaned(survey: Questionnaire, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers as the chat would have stored them (trimmed lines, names without repeats).
    A part the chat would ask again (a one-sentence pain point) passed the file check,
    which judges the description as one text: it is kept as the cell has it."""
    return {key: kept if error is None else value
            for key, value in answers.items()
            for kept, error in [first_error(survey.field(key).rule, value)]}


def file_repeats(rows: Iterable[ImportedRow]) -> dict[int, tuple[int, str]]:
    """Each of the accepted `rows` (cleaned) naming the scenario of an earlier one: that row's
    number, and the columns the two write differently (none: the same row twice). Which of two
    different rows is right only the file's author knows, so `import` refuses the later one
    and `lint` says so, naming the columns: two rows alike to the eye differ somewhere."""
    first: dict[tuple[str, ...], ImportedRow] = {}
    repeats = {}
    for row in rows:
        earlier = first.setdefault(scenario_identity(row.answers), row)
        if earlier is not row:
            repeats[row.row] = (earlier.row, _columns_apart(row.answers, earlier.answers))
    return repeats


def _columns_apart(answers: Mapping[str, Any], other: Mapping[str, Any]) -> str:
    """`部署总数、整机应用目标`: the cells written otherwise, full- and half-width alike, as
    (上海) and （上海） are to whoever reads the file."""
    cells, others = row_cells(answers), row_cells(other)
    return "、".join(HEADERS[key] for key, text in cells.items()
                    if unicodedata.normalize("NFKC", text)
                    != unicodedata.normalize("NFKC", others[key]))


def row_notes(answers: Mapping[str, Any]) -> tuple[str, ...]:
    """What an accepted row may not hold as meant, said to the operator by `import` and
    `lint` as the chat asks it of an engineer: a group's other name counted as the group, a
    member's name beginning with a word said before it (整机企业有优必选…), names kept as one
    unit though written with a pause or a slash inside (优必选 达闼), a hospital or a school
    as a maker (`not_a_maker_note`), what the chat asks about once saved (`asked_notes`), a
    count that is a date's number. `answers` are as the
    cells have them: cleaned, the pause is gone."""
    members = [*(answers.get("makers") or []), *(answers.get("partners") or [])]
    makers = answers.get("makers") or []  # none but hospitals: refused (`file_refusals`)
    maker_note = not no_maker(makers) and not_a_maker_note(makers)
    return tuple(filter(None, [counted_as(answers), said_before_note(members),
                               joined_note(members), maker_note, *asked_notes(answers),
                               _count_a_date(answers)]))


def _count_a_date(answers: Mapping[str, Any]) -> str | None:
    """Under the chat's largest count, yet no scenario deploys tens of thousands of machines:
    the count is kept and the operator asked to look, since the file no longer tells."""
    count = answers.get("deployment_count")
    if isinstance(count, int) and count in DATE_SERIALS:
        day = from_excel(count)
        return COUNT_A_DATE.format(count=count, day=f"{day.year}/{day.month}/{day.day}")
    return None


def file_row_problems(survey: Questionnaire, row: ImportedRow) -> list[Problem]:
    """The cells the reader could not parse, and the questionnaire's rules on the rest.

    A column whose cell could not be read is reported once, with the reader's reason, and not
    again as 未填写.
    """
    unreadable = [(problem.header, problem.reason) for problem in row.problems]
    columns = {column for column, _ in unreadable}
    checked = [p for p in file_problems(survey, row.answers) if p[0] not in columns]
    return sorted(unreadable + checked, key=_in_column_order)


def _in_column_order(problem: Problem) -> int:
    """Problems are listed column by column, as whoever mends the row reads it."""
    return COLUMN_ORDER.get(problem[0], len(COLUMN_ORDER))


def file_problems(survey: Questionnaire, answers: Mapping[str, Any]) -> list[Problem]:
    """`row_problems`, each rule's chat advice replaced by advice for the cell.

    Only the fields of failing columns are validated again, to learn which field (and so which
    kind of question) a message came from: most rows have no problem and cost nothing more.
    The same reason for several parts of one cell (XX left in 模型算法 and 操作系统) is said
    once, naming the parts.
    """
    problems = _place_as_unit(survey, answers, row_problems(survey, answers))
    problems += refused_by_answers(survey, answers, {column for column, _ in problems})
    failing = {column for column, _ in problems}
    advice: dict[Problem, str] = {}
    parts: dict[Problem, list[str]] = {}
    for field in survey.fields:
        value = answers.get(field.key)
        if field.column not in failing or is_blank(value):
            continue
        _, error = first_error(field.rule, value)
        if error:
            advice.setdefault((field.column, error),
                              cell_advice(field, value, error, survey.words().level))
            parts.setdefault((field.column, error), []).append(field.part or field.column)
    told = []
    for column, reason in dict.fromkeys(problems):
        text = advice.get((column, reason), _part_advice(survey, reason, answers))
        text = _spec_named(survey, answers, text)
        named = parts.get((column, reason), [])
        text = for_the_file(text, survey.words().level)
        told.append((column, f"{'、'.join(named)}：{text}" if _unsaid(named, column, reason)
                     else text))
    return told


def _place_as_unit(survey: Questionnaire, answers: Mapping[str, Any],
                   problems: list[Problem]) -> list[Problem]:
    """`problems`, where the unit's name is only a place (无锡市/无锡市, 苏州市/昆山市), with
    the chat's verdict at the unit's question in place of the name's own rule (3 字 is too
    short, 连云港市 is not): the place is no unit's full name, which goes after the city."""
    field = survey.field("enterprise")
    name = answers.get("enterprise")
    if not isinstance(name, str) or not field.refused(answers, name):
        return problems
    city = first_error(survey.field("city").rule, name)[0] or answers.get("city") or name
    _, error = first_error(field.rule, name)
    place = PLACE_IN_CELL.format(name=name.strip(), city=city, short=short(city))
    return [p for p in problems if p != (field.column, error)] + [(field.column, place)]


def _part_advice(survey: Questionnaire, reason: str, answers: Mapping[str, Any]) -> str:
    """`reason` as advice for the cell, naming a city the deployment has: the one the cell
    names, if one (星辰有限公司（南京分公司）: 南京市), not another as if it were meant."""
    if reason not in PART_ADVICE:
        return reason
    cities = survey.field("city").choices
    named = cities_named(user_unit_cell(answers), cities)
    return PART_ADVICE[reason].format(city=named[0] if len(named) == 1 else example_city(cities))


def _spec_named(survey: Questionnaire, answers: Mapping[str, Any], reason: str) -> str:
    """`reason`, where it is a description without figures whose 技术指标 are a part's spec
    (275TOPS), saying so as the chat does: the operator would look for a missing number."""
    indicators = answers.get("indicators")
    if reason != UNQUANTIFIED or is_blank(indicators):
        return reason
    _, error = first_error(survey.field("indicators").rule, indicators)
    spec = CHIP_SPEC.search(error or "")
    return f"未识别到量化指标：技术指标{spec.group()}" if spec else reason


def _unsaid(parts: list[str], column: str, reason: str) -> bool:
    """Whether the parts of a cell a reason is about go unnamed: one reason of several parts
    is said once, and a length is one part's (技术指标 up to 800 字), not the cell's, as is
    a part of only figures (技术指标：-20℃)."""
    too_long = reason.startswith((TOO_LONG.split("：")[0], ONLY_FIGURES))
    return len(parts) > 1 or too_long and bool(parts) and parts[0] != column


def cell_advice(field: Field, value: Any, chat_message: str, level: str) -> str:
    """What to write in `field`'s cell instead of `value`, which its rule refused; `level`
    (省级, 市级) names the deployment's department."""
    match field.kind:
        case Kind.CHOICE:
            return NOT_A_CHOICE.format(value=value, choices=_either(field.choices))
        case Kind.MULTI:
            return TICK_SOME.format(choices=_either(field.choices))
        case Kind.PRODUCTS:
            return _product_advice(field.forms or {}, value)
    return for_the_file(chat_message, level)


def _product_advice(forms: Mapping[str, tuple[str, ...]], chosen: Any) -> str:
    """The first ticked product whose form is missing or not the template's, quoted as written:
    the reader keeps `☑四足机器人：` as 四足机器人 with an empty form."""
    first, first_forms = next(iter(forms.items()))
    for product, written in (chosen.items() if isinstance(chosen, dict) else ()):
        if product not in forms:
            return NOT_A_PRODUCT.format(product=product, products=_either(tuple(forms)))
        allowed = forms[product]
        if written not in allowed:
            template = WRONG_FORM if written else NO_FORM
            if set(re.split(r"\s*/\s*", written)) == set(allowed):  # the sample's way
                template = ALL_FORMS
            return template.format(product=product, written=written, forms=_either(allowed),
                                   form=allowed[0])
    return TICK_A_PRODUCT.format(product=first, form=first_forms[0])


def _either(choices: tuple[str, ...]) -> str:
    return " / ".join(choices)
