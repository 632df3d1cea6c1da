"""A description, or members, taller than the plan's row can show (Excel stops a row at
409 pt) are reminded of on the summary, by the cell too tall, where the engineer can still
shorten it, and on the review card: not only told to the coordinator when the file is made."""

from flows.cell_fit import cells_cut_off
from flows.row import consortium_cell
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
    (reminder,) = cells_cut_off(answers)
    assert reminder.startswith("场景描述共") and reminder.endswith("字左右（仅提醒）")
    assert f"\nℹ️ {reminder}" in summary


async def test_a_description_of_usual_length_has_no_such_reminder(engineer):
    summary = texts(await through(engineer, JOURNEY))[-1]
    assert "显示不全" not in summary


def test_the_reminder_names_the_length_and_about_what_fits():
    answers = {"pain_point": "人" * 1000}
    assert cells_cut_off(answers) == (
        "场景描述共 1000 字，超出计划表单元格能显示的高度，导出后 Excel 中显示不全，"
        "建议精简到 710 字左右（仅提醒）",)
    assert cells_cut_off({"pain_point": "人" * 690}) == ()



MAKERS, PARTNERS = "恒远机器人有限公司、启明智能科技有限公司", "东南大学"
# Twenty makers and twenty partners, as many as each list takes: the 创新应用联合体成员 cell,
# 24 units wide, then wraps past Excel's tallest row.
MANY = {MAKERS: "、".join(f"{city}{word}智能装备有限公司" for city in ("南京", "无锡", "常州", "苏州")
                          for word in ("恒远", "启明", "华创", "天工", "精工")),
        PARTNERS: "、".join(f"{city}{word}机器人研究院" for city in ("南京", "无锡", "常州", "苏州")
                            for word in ("恒远", "启明", "华创", "天工", "精工"))}
MEMBERS_CUT_OFF = "创新应用联合体成员共 {length} 字，超出计划表单元格能显示的高度"


async def test_members_too_tall_for_their_row_are_reminded_of_by_their_cell(engineer, services):
    journey = [(kind, MANY.get(value, value)) for kind, value in JOURNEY]
    summary = texts(await through(engineer, journey))[-1]
    answers = services.intake.store.current(engineer.id).answers
    assert (len(answers["makers"]), len(answers["partners"])) == (20, 20)
    length = len(consortium_cell(answers))
    assert f"\nℹ️ {MEMBERS_CUT_OFF.format(length=length)}" in summary
    assert "场景描述共" not in summary
