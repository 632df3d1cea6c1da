"""The 创新应用联合体成员 step: what is saved as a unit's name, and what is not (member kinds,
quantities, 等单位), and how a list typed with spaces is read."""

import pytest

from flows.member_tables import MAKERS
from flows.org_names import split_names
from flows.rules import first_error, name, names, rule
from tests.fake_bot_api import texts
from tests.journey import walk

AT_MAKERS, AT_PARTNERS = 14, 15


def members(app, engineer) -> tuple[list[str] | None, list[str] | None]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return answers.get("makers"), answers.get("partners")


JOURNEY_MAKERS = ["恒远机器人有限公司", "启明智能科技有限公司"]


@pytest.mark.parametrize(("typed", "partners"), [
    ("科研院所：东南大学", ["东南大学"]),
    ("高校：东南大学、南京大学；科研院所：中科院自动化所", ["东南大学", "南京大学", "中科院自动化所"]),
    ("【高校】东南大学", ["东南大学"]),
])
async def test_member_kinds_typed_at_partners_stay_out_of_the_names(engineer, app, typed, partners):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert not any(kind in "\n".join(texts(calls)) for kind in ("高校", "科研院所"))
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_a_slash_before_a_chinese_name_is_an_answer_not_a_command(engineer, app):
    """Telegram marks only /latin_words as commands, so "/东南大学" arrives as text."""
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send("/东南大学")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["东南大学"])
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_a_maker_typed_at_partners_joins_the_makers_and_partners_is_asked_again(engineer, app):
    await walk(engineer, AT_PARTNERS)
    makers = members(app, engineer)[0]
    calls = await engineer.send("整机企业：宇树科技股份有限公司")
    assert texts(calls)[0].startswith("已把这条消息填入：整机企业。")
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert members(app, engineer) == ([*makers, "宇树科技股份有限公司"], None)


async def test_a_whole_consortium_typed_at_partners_fills_both_questions(engineer, app):
    await walk(engineer, AT_PARTNERS)
    makers = members(app, engineer)[0]
    calls = await engineer.send("整机企业：宇树科技股份有限公司 科研院所：东南大学")
    assert texts(calls)[0].startswith("已把这条消息分别填入：整机企业、其他成员（东南大学）。")
    assert members(app, engineer) == ([*makers, "宇树科技股份有限公司"], ["东南大学"])


@pytest.mark.parametrize(("typed", "saved"), [
    ("优必选 达闼 宇树", "优必选达闼宇树"), ("南京 埃斯顿", "南京埃斯顿"), ("海康 威视", "海康威视"),
])
async def test_short_words_with_spaces_are_one_unit_echoed_with_how_to_send_several(
        engineer, app, typed, saved):
    """优必选 达闼 宇树 (three units) and 南京 埃斯顿 (one, spoken with a pause) look alike: kept
    as one, and shown back, so three units are sent again with 、."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"已记录 1 家单位：{saved}。如是多家单位，请用“、”分隔后重新发送，"
                               "将替换上面的记录；无误请点“保持不变”。")
    assert members(app, engineer)[0] == [saved]


async def test_a_full_name_is_not_echoed(engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司")
    assert texts(calls)[0].startswith("第 8/11 步（2/2）")


@pytest.mark.parametrize(("typed", "split"), [
    ("东南大学和南京大学", ["东南大学", "南京大学"]),
    ("南京理工大学与东南大学", ["南京理工大学", "东南大学"]),
    ("宇树和小米", ["宇树和小米"]),
    ("东南大学 等 高校", ["东南大学"]),
    ("宇树、优必选等多家单位", ["宇树", "优必选"]),
])
def test_and_after_a_full_name_separates_and_a_closing_etc_names_nobody(typed, split):
    assert split_names(typed) == split


@pytest.mark.parametrize(("typed", "one_name"), [
    ("苏州 博众 精工 科技 股份 有限公司", "苏州博众精工科技股份有限公司"),
    ("苏州 博众精工 科技", "苏州博众精工科技"),
    ("宇树 科技", "宇树科技"),
    ("江苏 汇博 机器人 技术", "江苏汇博机器人技术"),
    ("南京市 埃斯顿 自动化", "南京市埃斯顿自动化"),
    ("优 必选", "优必选"),
    ("Boston Dynamics 波士顿动力", "Boston Dynamics 波士顿动力"),
    ("KUKA Robotics 库卡机器人（上海）有限公司", "KUKA Robotics 库卡机器人（上海）有限公司"),
])
def test_voice_pauses_inside_one_name_keep_it_one_unit(typed, one_name):
    assert first_error(rule(names(60, MAKERS)), typed) == ([one_name], None)


@pytest.mark.parametrize("typed", ["20台", "十台", "3家", "约20台", "5套"])
async def test_a_quantity_at_makers_is_refused_as_no_name(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == f"“{typed}”是数量，不是单位名称。请填写联合体成员单位的全称。"
    assert members(app, engineer) == (None, None)


@pytest.mark.parametrize("typed", [
    "优必选科技股份有限公司 等单位", "优必选科技股份有限公司 等", "优必选科技股份有限公司等",
    "优必选科技股份有限公司等企业",
])
async def test_a_closing_etc_is_refused_asking_for_every_member(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert "计划表要逐一写出每家成员单位" in texts(calls)[0]
    assert texts(calls)[0].endswith("如：优必选科技股份有限公司、……")
    assert engineer.last_text().startswith("第 8/11 步（1/2）")
    assert members(app, engineer) == (None, None)


def test_etc_after_the_last_of_several_names_is_dropped():
    assert split_names("东南大学、南京大学等高校") == ["东南大学", "南京大学"]
    assert split_names("东南大学 南京大学等") == ["东南大学", "南京大学"]


@pytest.mark.parametrize(("typed", "stored"), [
    ("西门子 (中国) 有限公司", "西门子(中国)有限公司"),
    ("西门子（中国） 有限公司", "西门子（中国）有限公司"),
    ("库卡机器人 (上海) 有限公司。", "库卡机器人(上海)有限公司"),
    ("ABB Robotics (China) Co., Ltd.", "ABB Robotics (China) Co., Ltd."),
    ("ABB (中国)有限公司", "ABB (中国)有限公司"),
])
def test_voice_spaces_around_half_width_brackets_go_in_chinese_names_only(typed, stored):
    assert name(60)(typed) == stored


def test_a_slash_between_spaces_separates_names_but_not_inside_one():
    assert split_names("优必选科技股份有限公司 / 达闼机器人股份有限公司") == [
        "优必选科技股份有限公司", "达闼机器人股份有限公司"]
    assert split_names("Universal Robots A/S") == ["Universal Robots A/S"]


@pytest.mark.parametrize(("typed", "split"), [
    ("东南大学/南京大学", ["东南大学", "南京大学"]),
    ("优必选科技股份有限公司／哈尔滨工业大学（深圳）/东南大学", [
        "优必选科技股份有限公司", "哈尔滨工业大学（深圳）", "东南大学"]),
    ("哈尔滨工业大学（深圳） 东南大学", ["哈尔滨工业大学（深圳）", "东南大学"]),
    ("优必选/达闼/宇树", ["优必选/达闼/宇树"]),
])
def test_a_slash_or_space_after_a_whole_name_starts_the_next(typed, split):
    assert split_names(typed) == split


@pytest.mark.parametrize(("typed", "read"), [
    ("优必选 20台", (None, "“20台”是数量，不是单位名称。请填写联合体成员单位的全称。")),
    ("优必选20台", (None, "“20台”是数量，不是单位名称。请填写联合体成员单位的全称。")),
    ("智元等3家单位", (["智元"], None)),
    ("五台山文旅集团", (["五台山文旅集团"], None)),
])
def test_a_count_after_a_name_is_refused_and_等n家_names_nobody(typed, read):
    assert first_error(rule(names(60, MAKERS)), typed) == read


@pytest.mark.parametrize("typed", ["整机：优必选科技股份有限公司", "整机厂商：优必选科技股份有限公司"])
async def test_a_shortened_makers_label_stays_out_of_the_name(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer)[0] == ["优必选科技股份有限公司"]


@pytest.mark.parametrize(("typed", "partners"), [
    ("一、东南大学 二、南京理工大学", ["东南大学", "南京理工大学"]),
    ("一、东南大学\n二、南京理工大学", ["东南大学", "南京理工大学"]),
    ("一、东南大学", ["东南大学"]),
    ("一．中国一重集团有限公司\n二．二重集团", ["中国一重集团有限公司", "二重集团"]),
    ("十一、七一八研究所", ["七一八研究所"]),
    ("一、三一重工股份有限公司", ["三一重工股份有限公司"]),
    ("一、东南大学二、南京理工大学", ["东南大学", "南京理工大学"]),
    ("东南大学二、南京理工大学三、江苏省产业技术研究院",
     ["东南大学", "南京理工大学", "江苏省产业技术研究院"]),
    ("中国电子科技集团公司第二十八研究所、东南大学", ["中国电子科技集团公司第二十八研究所", "东南大学"]),
    ("三一重工股份有限公司、一汽解放集团股份有限公司", ["三一重工股份有限公司", "一汽解放集团股份有限公司"]),
])
async def test_chinese_numeral_list_marks_before_members_are_dropped(engineer, app, typed, partners):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_chinese_numeral_list_marks_before_makers_are_dropped(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("一、宇树科技股份有限公司\n二、三一重工股份有限公司")
    assert members(app, engineer)[0] == ["宇树科技股份有限公司", "三一重工股份有限公司"]


@pytest.mark.parametrize("at, typed, word", [
    (AT_MAKERS, "本单位内部署和同行业复制", "本单位内部署和同行业复制"),
    (AT_PARTNERS, "全部", "全部"),
    (AT_PARTNERS, "只在本单位内部署，暂不跨行业", "只在本单位内部署"),
])
async def test_a_deployment_goal_at_a_member_question_is_refused_as_no_name(
        engineer, app, at, typed, word):
    await walk(engineer, at)
    before = members(app, engineer)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"“{word}”读来是整机应用目标（第 9 步勾选），不是单位名称，没有保存。"
                               "这里请填写联合体成员单位的全称。")
    assert members(app, engineer) == before


@pytest.mark.parametrize("typed", ["中国跨行业协同创新联合会", "无锡市跨行业数字化转型服务平台"])
async def test_a_body_whose_name_holds_a_goals_words_is_a_member(engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(typed)
    assert members(app, engineer)[1] == [typed]
