"""/help on a question: short for a phone, the question's own 填写说明 items first and the whole
checklist on request (/help 全部), with no rule of the checklist lost."""

import pytest

from flows.help_of_step import step_help
from flows.menus import HELP, prepare
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_flows_fields import SURVEY

PREPARE = prepare(SURVEY.words())
ITEMS = [line for line in PREPARE.splitlines() if line[:1].isdigit()]
YOUR_ID = "您的 Telegram 用户 ID：{}（担任协调员时，请把这个数字发给设置本机器人的负责人）"


async def test_help_on_a_question_is_its_items_then_the_question(engineer):
    await walk(engineer, 2)  # the city of the 用户单位
    asked = engineer.last_text()
    calls = await engineer.send("/help")
    said, again = texts(calls)
    assert again == asked
    assert said.startswith("📖 本步填写说明（第 2 步 · 用户单位）：\n2. 用户单位：")
    assert "\n12. 本省企业在省外布局建设的场景也可填报" in said  # answered at this question
    assert "发送 /help 全部 查看全部 12 条填写说明" in said
    assert said.endswith("\n" + YOUR_ID.format(engineer.id))
    assert len(said) < 300 and "📝 填写前请准备" not in said


async def test_help_in_full_on_a_question_gives_the_whole_checklist(engineer):
    await walk(engineer, 2)
    calls = await engineer.send("/help 全部")
    assert texts(calls)[0] == HELP
    assert texts(calls)[1] == PREPARE + "\n" + YOUR_ID.format(engineer.id)


@pytest.mark.parametrize("field", SURVEY.fields, ids=lambda field: field.key)
def test_each_question_s_help_quotes_its_items_word_for_word(field):
    said = step_help(PREPARE, field)
    assert f"\n{field.step}. " in said
    assert all(line in ITEMS for line in said.splitlines() if line[:1].isdigit())


def test_every_item_of_the_checklist_is_some_question_s():
    said = {line for field in SURVEY.fields for line in step_help(PREPARE, field).splitlines()}
    assert len(ITEMS) == 12 and set(ITEMS) <= said


async def test_help_at_the_summary_gives_the_whole_checklist_to_check_the_row_by(engineer):
    await fill_to_summary(engineer)
    said = texts(await engineer.send("/help"))
    assert said[:2] == [HELP, PREPARE + "\n" + YOUR_ID.format(engineer.id)]
