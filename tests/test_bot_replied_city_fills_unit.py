"""A company name sent in reply to the 所在城市 question fills the unit's full name: the reply
says what was filled, not that the city question was left as it was."""

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_replied_questions import answers, reply, sent

AT_PAIN = 7
CITY_QUESTION = "第 2/11 步（1/2）"


async def test_a_unit_of_the_same_city_replied_to_the_city_question_says_what_was_filled(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    said = texts(await reply(engineer, "苏州恒远智能装备有限公司",
                             sent(telegram, engineer, CITY_QUESTION)))
    assert said[0] == "已把这条消息分别填入：所在城市（苏州市）、企业全称（苏州恒远智能装备有限公司）。"
    assert said[-1].startswith("第 5/11 步（1/3）")
    assert answers(services, engineer)["enterprise"] == "苏州恒远智能装备有限公司"


async def test_a_unit_of_another_city_replied_to_the_city_question_names_both_changes(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    said = texts(await reply(engineer, "无锡恒远智能装备有限公司",
                             sent(telegram, engineer, CITY_QUESTION)))
    assert said[0] == ("已按您回复的问题修改“用户单位（所在城市）”：无锡市\n"
                       "已把这条消息分别填入：所在城市（无锡市）、企业全称（无锡恒远智能装备有限公司）。")
    assert answers(services, engineer)["city"] == "无锡市"


async def test_the_same_city_replied_to_the_city_question_is_said_unchanged(
        engineer, services, telegram):
    await walk(engineer, AT_PAIN)
    said = texts(await reply(engineer, "苏州市", sent(telegram, engineer, CITY_QUESTION)))
    assert said[0] == "您回复的问题“用户单位（所在城市）”与原来相同，没有改动：苏州市"
