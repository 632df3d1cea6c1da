"""Under 其他 (its label, or typed at the 其他成员 question) a member stays under 其他 whatever
kind is said with its name: a company there is a supply-chain one (模型算法、零部件), which the
notice tells apart from the 整机企业; the kind is only dropped from the name."""

import pytest

from bot.file_checks import file_row_problems
from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members
from tests.test_import import SURVEY

MAKER = "优必选科技股份有限公司"
SUPPLIER = "深圳市汇川技术股份有限公司"
ROBOTICS = "南京埃斯顿自动化股份有限公司"


def consortium(cell: str) -> tuple[dict, dict]:
    row = import_row(5, {"index": "1", "consortium": cell})
    return row.answers, dict(file_row_problems(SURVEY, row))


@pytest.mark.parametrize("typed", [f"{SUPPLIER}（企业）", f"{SUPPLIER}【整机企业】"])
async def test_a_company_kind_typed_at_partners_stays_a_partner_without_it(engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, [SUPPLIER])
    assert not any("整机企业" in text for text in texts(calls)[:-1])
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


def test_a_company_kind_after_其他_in_a_cell_stays_under_其他_without_it():
    answers, problems = consortium(
        f"整机企业（或应用服务商）：{MAKER} 其他：{SUPPLIER}（企业）、东南大学（高校）")
    assert answers == {"makers": [MAKER], "partners": [SUPPLIER, "东南大学"]}
    assert "创新应用联合体成员" not in problems


def test_a_cell_of_其他_only_is_refused_for_want_of_a_maker_whatever_kind_it_says():
    answers, problems = consortium("其他：中兴通讯股份有限公司（企业）")
    assert answers == {"partners": ["中兴通讯股份有限公司"]}
    assert problems["创新应用联合体成员"] == "缺少整机企业。"


@pytest.mark.parametrize("kind", ["运营商", "用户单位", "用户方"])
@pytest.mark.parametrize("between", ["、", " ", ""])
async def test_a_kind_the_plan_has_not_typed_at_partners_is_dropped_from_the_name(
        engineer, app, kind, between):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(f"{SUPPLIER}（{kind}）{between}东南大学")
    assert members(app, engineer) == (JOURNEY_MAKERS, [SUPPLIER, "东南大学"])
    assert not any("不是表格中的成员类别" in text for text in texts(calls))


def test_a_kind_the_plan_has_not_after_其他_in_a_cell_is_dropped_from_the_name():
    answers, problems = consortium(f"整机企业（或应用服务商）：{MAKER} 其他：{SUPPLIER}（运营商）、"
                                   "南京鼓楼医院（用户单位）、南京钢铁股份有限公司（用户方）")
    assert answers == {"makers": [MAKER],
                       "partners": [SUPPLIER, "南京鼓楼医院", "南京钢铁股份有限公司"]}
    assert "创新应用联合体成员" not in problems


@pytest.mark.parametrize("cell", [
    f"整机企业（或应用服务商）：{MAKER} 其他：企业：{SUPPLIER}、大学：东南大学",
    f"整机企业（或应用服务商）：{MAKER} 其他：企业:{SUPPLIER}；高校：东南大学",
])
def test_kinds_with_a_colon_right_after_其他_in_a_cell_are_no_part_of_the_names(cell):
    answers, problems = consortium(cell)
    assert answers == {"makers": [MAKER], "partners": [SUPPLIER, "东南大学"]}
    assert "创新应用联合体成员" not in problems


async def test_kinds_with_a_colon_right_after_其他_typed_are_no_part_of_the_names(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"{MAKER} 其他：企业：{SUPPLIER}、大学：东南大学")
    assert members(app, engineer) == ([MAKER], [SUPPLIER, "东南大学"])


@pytest.mark.parametrize("cell", [f"{MAKER}（企业）其他：{SUPPLIER}（企业）",
                                  f"整机企业：{MAKER}（企业）其他：{SUPPLIER}（运营商）"])
def test_a_label_straight_after_a_kind_in_brackets_is_still_a_label(cell):
    answers, problems = consortium(cell)
    assert answers == {"makers": [MAKER], "partners": [SUPPLIER]}
    assert "创新应用联合体成员" not in problems


async def test_a_label_typed_straight_after_a_kind_in_brackets_is_still_a_label(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"{MAKER}（企业）其他：{SUPPLIER}（企业）")
    assert members(app, engineer) == ([MAKER], [SUPPLIER])


def test_a_kinds_plain_word_after_a_bracket_goes_on_with_the_name():
    answers, _ = consortium("哈尔滨工业大学（深圳）研究院：机器人所")
    assert answers == {"makers": ["哈尔滨工业大学（深圳）研究院：机器人所"]}


@pytest.mark.parametrize(("typed", "partners"), [
    (f"其他：企业：{SUPPLIER}", [SUPPLIER]),
    ("其他：企业：甲科技有限公司、企业：乙科技有限公司", ["甲科技有限公司", "乙科技有限公司"]),
    (f"东南大学、企业：{SUPPLIER}", ["东南大学", SUPPLIER]),
    (f"企业：{SUPPLIER}、高校：东南大学、企业：{ROBOTICS}", [SUPPLIER, "东南大学", ROBOTICS]),
    (f"企业——{SUPPLIER}", [SUPPLIER]),
    (f"其他：企业——{SUPPLIER}、高校——东南大学", [SUPPLIER, "东南大学"]),
])
async def test_a_company_kind_with_a_colon_or_a_dash_typed_at_partners_stays_a_partner(
        engineer, app, typed, partners):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert not any("整机企业" in text for text in texts(calls)[:-1])
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


@pytest.mark.parametrize(("typed", "partners"), [
    ("其他：企业：甲科技有限公司、企业：乙科技有限公司", ["甲科技有限公司", "乙科技有限公司"]),
    (f"其他成员：企业：{SUPPLIER}、高校：东南大学、企业：{ROBOTICS}",
     [SUPPLIER, "东南大学", ROBOTICS]),
    (f"其他成员：企业——{SUPPLIER}", [SUPPLIER]),
])
async def test_companies_each_said_a_company_after_其他_at_the_summary_stay_partners(
        engineer, app, typed, partners):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert not any("整机企业" in text for text in texts(calls)[:-1])


USER_UNIT = "苏州恒远动力电池有限公司"  # the journey's


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    (f"其他成员：\n高校：东南大学\n企业：{SUPPLIER}", JOURNEY_MAKERS, ["东南大学", SUPPLIER]),
    (f"其他：高校：东南大学；企业：{SUPPLIER}；企业：{ROBOTICS}", JOURNEY_MAKERS,
     ["东南大学", SUPPLIER, ROBOTICS]),
    (f"其他成员：东南大学 企业：{SUPPLIER}", JOURNEY_MAKERS, ["东南大学", SUPPLIER]),
    ("其他成员：企业：甲科技有限公司，企业：乙科技有限公司", JOURNEY_MAKERS,
     ["甲科技有限公司", "乙科技有限公司"]),
    (f"整机企业：{MAKER}\n其他：\n高校：东南大学\n企业：{SUPPLIER}", [MAKER], ["东南大学", SUPPLIER]),
    (f"整机企业：{MAKER} 其他：企业：{SUPPLIER}", [MAKER], [SUPPLIER]),
    ("整机企业：优必选 其他：企业：汇川", ["优必选"], ["汇川"]),
])
async def test_a_company_said_a_company_in_a_list_under_其他_at_the_summary_is_no_user_unit(
        app, engineer, typed, makers, partners):
    await fill_to_summary(engineer)
    calls = await engineer.send(typed)
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    assert members(app, engineer) == (makers, partners)
    assert answers["enterprise"] == USER_UNIT
    assert not any("用户单位" in text or "没有保存" in text for text in texts(calls)[:-1])


@pytest.mark.parametrize(("other", "partners"), [
    ("企业：甲科技有限公司、企业：乙科技有限公司", ["甲科技有限公司", "乙科技有限公司"]),
    (f"企业：{SUPPLIER}、高校：东南大学、企业：{ROBOTICS}", [SUPPLIER, "东南大学", ROBOTICS]),
    (f"高校：东南大学、企业：{SUPPLIER}", ["东南大学", SUPPLIER]),
    (f"\n高校：东南大学\n企业：{SUPPLIER}", ["东南大学", SUPPLIER]),
    (f"企业——{SUPPLIER}", [SUPPLIER]),
    ("高校——东南大学", ["东南大学"]),
])
def test_companies_each_said_a_company_after_其他_in_a_cell_stay_under_其他(other, partners):
    answers, problems = consortium(f"整机企业（或应用服务商）：{MAKER} 其他：{other}")
    assert answers == {"makers": [MAKER], "partners": partners}
    assert "创新应用联合体成员" not in problems


async def test_a_company_kind_with_a_dash_after_其他_typed_at_makers_stays_a_partner(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"{MAKER} 其他：企业——{SUPPLIER}")
    assert members(app, engineer) == ([MAKER], [SUPPLIER])


OPERATOR = "中国移动通信集团江苏有限公司"


@pytest.mark.parametrize(("typed", "partners"), [
    (f"运营商：{OPERATOR}", [OPERATOR]),
    (f"其他：运营商：{OPERATOR}", [OPERATOR]),
    (f"东南大学、合作企业：{SUPPLIER}", ["东南大学", SUPPLIER]),
    (f"用户方：南京钢铁股份有限公司 运营商：{OPERATOR}", ["南京钢铁股份有限公司", OPERATOR]),
    (f"运营商：{OPERATOR}（运营商）", [OPERATOR]),
    (f"其他：企业：{SUPPLIER}、高校：东南大学、运营商：{OPERATOR}", [SUPPLIER, "东南大学", OPERATOR]),
])
async def test_a_kind_the_plan_has_not_before_a_name_typed_at_partners_is_dropped_from_it(
        engineer, app, typed, partners):
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert not any("不是表格中的成员类别" in text for text in texts(calls))
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_a_kind_the_plan_has_not_right_after_其他_at_the_summary_is_dropped(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send(f"其他：运营商：{OPERATOR}")
    assert members(app, engineer) == (JOURNEY_MAKERS, [OPERATOR])


@pytest.mark.parametrize("other", [f"运营商：{OPERATOR}", f"运营商：{OPERATOR}（运营商）"])
def test_a_kind_the_plan_has_not_right_after_其他_in_a_cell_is_dropped_from_the_name(other):
    answers, problems = consortium(f"整机企业（或应用服务商）：{MAKER} 其他：{other}")
    assert answers == {"makers": [MAKER], "partners": [OPERATOR]}
    assert "创新应用联合体成员" not in problems


@pytest.mark.parametrize("typed", ["项目经理：张三", "技术支撑：东南大学"])
async def test_a_word_before_a_name_at_partners_is_refused_without_sending_back_to_partners(
        engineer, app, typed):
    await walk(engineer, AT_PARTNERS)
    refusal = texts(await engineer.send(typed))[0]
    word = typed.split("：")[0]
    assert f"“{typed}”中的“{word}”不是表格中的成员类别" in refusal
    assert "这一问只填单位，人员、职务和分工不填入计划表。" in refusal and "请只发送单位名称。" in refusal
    assert "“其他成员”一问" not in refusal
    assert members(app, engineer) == (JOURNEY_MAKERS, None)


@pytest.mark.parametrize(("other", "partner"), [
    (f"企业：{SUPPLIER}", SUPPLIER), (f"企业——{SUPPLIER}", SUPPLIER), ("高校：东南大学", "东南大学"),
])
def test_a_kind_right_after_其他_on_its_own_line_under_the_templates_label_is_dropped(
        other, partner):
    answers, problems = consortium(f"整机企业（或应用服务商）：{MAKER}\n其他：{other}")
    assert answers == {"makers": [MAKER], "partners": [partner]}
    assert "创新应用联合体成员" not in problems


@pytest.mark.parametrize("kind", ["企业-", "企业：", "高校："])
async def test_a_kind_said_with_a_later_name_after_其他_keeps_it_under_其他(engineer, app, kind):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"整机企业：{MAKER} 其他：东南大学、{kind}{SUPPLIER}")
    assert members(app, engineer) == ([MAKER], ["东南大学", SUPPLIER])


def test_a_kind_said_with_a_later_name_after_其他_in_a_cell_keeps_it_under_其他():
    answers, problems = consortium(f"整机企业（或应用服务商）：{MAKER} 其他：东南大学、企业-{SUPPLIER}")
    assert answers == {"makers": [MAKER], "partners": ["东南大学", SUPPLIER]}
    assert "创新应用联合体成员" not in problems


@pytest.mark.parametrize(("typed", "partners"), [
    ("其它：东南大学", ["东南大学"]), ("其它成员：东南大学、南京大学", ["东南大学", "南京大学"]),
    ("其它：无", None)])
async def test_其它_written_for_其他_at_partners_is_its_label(engineer, app, typed, partners):
    """其它 is a common spelling of 其他; read as a kind, it was refused as none of the column's."""
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, partners)
    assert not any("不是表格中的成员类别" in text for text in texts(calls))


def test_其它_written_for_其他_in_a_cell_is_its_label():
    answers, problems = consortium(f"整机企业：{MAKER} 其它：东南大学")
    assert answers == {"makers": [MAKER], "partners": ["东南大学"]}


@pytest.mark.parametrize("typed", ["暂无其他，东南大学", "无其他、东南大学"])
async def test_none_besides_before_a_name_at_partners_is_no_member(engineer, app, typed):
    """暂无其他 says there are none; saved, it would stand in the plan's cell as a unit."""
    await walk(engineer, AT_PARTNERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (JOURNEY_MAKERS, None)
    assert texts(calls)[0].endswith("不能作为回答。此项选填，不填请点“跳过”。")
