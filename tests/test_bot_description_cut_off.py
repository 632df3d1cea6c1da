"""A description taller than the plan's row can show (Excel stops a row at 409 pt) is
reminded of on the summary, where the engineer can still shorten it, and on the review card:
not only told to the coordinator when the file is made."""

from flows.cell_fit import description_cut_off
from tests.fake_bot_api import texts
from tests.journey import INDICATORS, JOURNEY, PAIN, RESULTS

LONG = {PAIN: PAIN * 10, INDICATORS: INDICATORS * 8, RESULTS: RESULTS * 12}


async def through(engineer, journey) -> list:
    calls = []
    for kind, value in journey:
        calls = await (engineer.send(value) if kind == "send" else engineer.press(value))
    return calls


async def test_a_description_too_tall_for_its_row_is_reminded_of_at_the_summary(
        engineer, services):
    journey = [(kind, LONG.get(value, value)) for kind, value in JOURNEY]
    summary = texts(await through(engineer, journey))[-1]
    answers = services.intake.store.current(engineer.id).answers
    reminder = description_cut_off(answers)
    assert reminder and reminder.endswith("字左右（仅提醒）")
    assert f"\nℹ️ {reminder}" in summary


async def test_a_description_of_usual_length_has_no_such_reminder(engineer):
    summary = texts(await through(engineer, JOURNEY))[-1]
    assert "显示不全" not in summary


def test_the_reminder_names_the_length_and_about_what_fits():
    answers = {"pain_point": "人" * 1000}
    assert description_cut_off(answers) == (
        "场景描述共 1000 字，超出计划表单元格能显示的高度，导出后 Excel 中显示不全，"
        "建议精简到 710 字左右（仅提醒）")
    assert description_cut_off({"pain_point": "人" * 690}) is None

