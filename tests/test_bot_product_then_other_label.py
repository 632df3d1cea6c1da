"""A product typed at its question, then at a new line another question's label (恒远大模型↵
部署总数：12台): the line is that question's change, as after a short answer, not part of the
product's name; a label within the product's line stays in it, as products are free text."""

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_replied_questions import reply, sent

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))


async def test_a_count_at_a_new_line_after_the_model_algorithm_changes_the_count(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("恒远大模型\n部署总数：12台")
    assert texts(calls)[0].startswith("已把这条消息分别填入：部署总数、模型算法（恒远大模型）。")
    assert texts(calls)[-1].startswith("第 11/11 步（2/4）")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型" and answers["deployment_count"] == 12


async def test_a_count_refused_at_a_new_line_is_said_unsaved_and_the_product_kept(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("恒远大模型\n部署总数：很多")
    assert texts(calls)[0] == ("已把这条消息填入：模型算法（恒远大模型）。\n"
                               "部署总数“很多”没有保存：请填写台数，例如：10 或 10台 或 十台。")
    assert texts(calls)[-1].startswith("第 11/11 步（2/4）")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型" and answers["deployment_count"] == 10


async def test_a_label_within_the_products_line_stays_in_it(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send("恒远大模型，部署总数：12台")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型，部署总数：12台"
    assert answers["deployment_count"] == 10


async def test_in_reply_to_the_model_algorithm_the_count_is_changed_too(
        engineer, app, telegram):
    await walk(engineer, AT_MODEL_ALGORITHM + 2)
    asked = sent(telegram, engineer, "第 11/11 步（1/4）")
    said = texts(await reply(engineer, "恒远大模型\n部署总数：12台", asked))
    assert said[0] == ("已按您回复的问题修改“可规模推广的其他标志性技术产品（模型算法）”：恒远大模型\n"
                       "已把这条消息分别填入：部署总数、模型算法（恒远大模型）。\n"
                       "已记录部署总数：12 台。")
    assert said[-1].startswith("第 11/11 步（3/4）")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型" and answers["deployment_count"] == 12


async def test_a_product_over_two_lines_in_reply_is_said_once(engineer, app, telegram):
    await walk(engineer, AT_MODEL_ALGORITHM + 2)
    asked = sent(telegram, engineer, "第 11/11 步（1/4）")
    said = texts(await reply(engineer, "恒远大模型\n恒远视觉算法", asked))
    assert said[0] == ("已按您回复的问题修改“可规模推广的其他标志性技术产品（模型算法）”："
                       "恒远大模型\n恒远视觉算法")
