"""详见附件 at a required question is refused without the 跳过 it has not; a lone question mark
is a question about the question, answered with its help."""

import pytest

from flows.questionnaire import FIELDS
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, AT_SCENARIO_NAME, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_indicators import AT_RESULTS
from tests.test_bot_tech_products import AT_MODEL_ALGORITHM

HELP = {field.key: field.help for field in FIELDS}


async def test_a_placeholder_at_a_required_question_names_no_skip(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("详见附件")
    assert texts(calls)[0] == "“详见附件”不能作为回答。此项必填，请填写具体内容。"
    assert "跳过" not in texts(calls)[0]
    assert "indicators" not in saved(app, engineer)


async def test_a_placeholder_at_an_optional_question_points_to_skip_only(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("详见附件")
    assert texts(calls)[0] == "“详见附件”不能作为回答。此项选填，不填请点“跳过”。"


@pytest.mark.parametrize("mark", ["?", "？", " ？ ", "??", "？？？ "])
@pytest.mark.parametrize(("moves", "key"), [
    (AT_INDICATORS, "indicators"), (AT_RESULTS, "expected_results"),
    (AT_SCENARIO_NAME, "scenario_name")])
async def test_a_lone_question_mark_gets_the_questions_help(engineer, app, mark, moves, key):
    await walk(engineer, moves)
    calls = await engineer.send(mark)
    assert texts(calls)[0].startswith(HELP[key])
    assert "不能只填数字或符号" not in texts(calls)[0]
    assert "问号" not in texts(calls)[0]  # no words to send as the answer after all
    assert key not in saved(app, engineer)


@pytest.mark.parametrize("mark", ["？", "?", "??"])
async def test_a_lone_question_mark_at_the_summary_gets_its_help(engineer, app, mark):
    await walk(engineer)
    said = texts(await engineer.send(mark))
    assert said[0] == ("这里是汇总页：请核对各项。要修改某一项，请点击该项（或发送它的编号），"
                       "或输入“项目名：新内容”（如“部署总数：12台”）；确认无误请点击“✅ 提交”，"
                       "提交后由协调员审核，审核后会通知您。")
    assert said[-1].startswith("📋 请核对场景 #1")
    assert engineer.last_buttons()[0] == "✅ 提交"
