"""/back, /skip and the terminal trial's other navigation commands sent in Telegram: each acts
as its button where that is on screen, and is told why not where it is missing, never answered
with 无法识别的命令."""

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, AT_SCENARIO_NAME, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_tech_products import AT_MODEL_ALGORITHM


async def test_back_goes_to_the_question_before(engineer):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send("/back"))
    assert said[-1].startswith("第 5/11 步（1/3） · 场景描述与关键技术要求")
    assert not any("无法识别的命令" in text for text in said)


async def test_back_at_the_summary_goes_to_the_last_question(engineer):
    await walk(engineer)
    said = texts(await engineer.send("/back"))
    assert said[-1].startswith("第 11/11 步（4/4）")


async def test_skip_skips_an_optional_question(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    said = texts(await engineer.send("/skip"))
    assert said[-1].startswith("第 11/11 步（2/4）")
    assert not saved(app, engineer).get("model_algorithm")


async def test_skip_at_a_required_question_is_told_it_is_required(engineer, app):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send("/skip"))
    assert said[0] == "此项必填，不能跳过。"
    assert said[-1].startswith("第 3/11 步 · 场景名称")
    assert "scenario_name" not in saved(app, engineer)


async def test_back_with_no_draft_says_there_is_none(engineer):
    said = texts(await engineer.send("/back"))
    assert said == ["当前没有正在填写的草稿。发送 /new 新建，或发送 /drafts 选择草稿继续。"]
