"""Contact persons and phone numbers typed with a consortium member are refused, as at the
用户单位 question, with the units to send without them: the plan has no column for them, and
nothing of a phone is stored or exported."""

import pytest

from bot.file_checks import file_row_problems
from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_import import SURVEY

AT_MAKERS, AT_PARTNERS = 14, 15
UBTECH = "优必选科技股份有限公司"
LEADER_HARMONIC = "苏州绿的谐波传动科技股份有限公司"
REFUSAL = "联合体成员只填单位名称，联系人和电话不填入计划表。请去掉后重新发送，如：{}"


def members(app, engineer) -> tuple[list[str] | None, list[str] | None]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return answers.get("makers"), answers.get("partners")


@pytest.mark.parametrize("typed", [
    f"{UBTECH}（联系人：王经理 13800000000）",
    f"{UBTECH}（张三，13800000000）",
    f"{UBTECH}（联系人王经理13800000000）",
    f"{UBTECH} 王经理",
    f"{UBTECH}（张工）",
    f"{UBTECH} 张三 13800000000",
    f"{UBTECH}，联系人：王经理，13800000000",
    f"{UBTECH} 电话：0512-66668888",
])
async def test_a_maker_with_its_contact_is_refused_naming_the_unit_alone(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == REFUSAL.format(UBTECH)
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert members(app, engineer) == (None, None)


@pytest.mark.parametrize(("typed", "units"), [
    (f"东南大学（王教授 13912345678）、{LEADER_HARMONIC}", f"东南大学、{LEADER_HARMONIC}"),
    ("东南大学 联系人：王教授", "东南大学"),
    (f"东南大学 王教授、{LEADER_HARMONIC}", f"东南大学、{LEADER_HARMONIC}"),
])
async def test_a_partner_with_its_contact_is_refused_naming_every_unit(engineer, app, typed, units):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == REFUSAL.format(units)
    assert members(app, engineer)[1] is None


async def test_a_contact_alone_is_refused_asking_for_the_units(engineer, app):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("负责人：张三")
    assert texts(calls)[0] == "联合体成员只填单位名称，联系人和电话不填入计划表。请填写联合体成员单位的全称。"
    assert members(app, engineer)[1] is None


async def test_a_members_phone_typed_at_the_summary_is_neither_stored_nor_exported(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send(f"联合体：{UBTECH}（联系人王经理13800000000）、东南大学")
    assert REFUSAL.format(UBTECH) in texts(calls)[0]
    assert not any("13800000000" in str(names) for names in members(app, engineer))


@pytest.mark.parametrize(("typed", "stored"), [
    ("东南大学负责人工智能算法", None),  # a task, refused as one
    ("苏州联系人力资源有限公司", ["苏州联系人力资源有限公司"]),
    ("东南大学（苏州）", ["东南大学（苏州）"]),
    (f"{UBTECH} 常州", None),
])
async def test_words_like_a_contact_in_a_name_or_a_task_are_not_read_as_one(
        engineer, app, typed, stored):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert "联系人和电话" not in texts(calls)[0]
    if stored:
        assert members(app, engineer)[1] == stored


def test_an_imported_consortium_cell_with_a_phone_is_refused():
    row = import_row(5, {"index": "1", "consortium": f"{UBTECH}（王经理 13800000000） 其他：东南大学"})
    assert ("创新应用联合体成员", "联合体成员只填单位名称，联系人和电话不填入计划表。"
            f"请去掉后重新填写，如：{UBTECH}") in file_row_problems(SURVEY, row)

