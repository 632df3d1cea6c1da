"""At the 整机企业 question, members of another kind (高校, 科研院所) go to 其他成员 however
their kind is told: by a name ending as a university's or an institute's, a kind in brackets
after the name, or a sentence's lead-in (合作高校为…)."""

import pytest

from flows.member_tables import MAKERS
from flows.pasted_members import parse_pasted_consortium
from flows.rules import first_error, names, rule
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members


@pytest.mark.parametrize("typed", [
    "优必选科技股份有限公司（整机），东南大学（高校）",
    "整机企业为优必选科技股份有限公司，合作高校为东南大学",
    "整机企业是优必选科技股份有限公司；高校是东南大学",
    "整机企业优必选科技股份有限公司 高校东南大学",
    "整机企业 优必选科技股份有限公司 高校 东南大学",
    "整机企业优必选科技股份有限公司、合作高校东南大学",
    "整机制造商优必选科技股份有限公司 高校东南大学",
])
async def test_a_university_typed_at_makers_is_saved_under_partners(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学"])
    assert "其他成员" in texts(calls)[0]
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("整机企业有优必选科技股份有限公司和达闼科技（北京）有限公司",
     ["优必选科技股份有限公司", "达闼科技（北京）有限公司"], None),
    ("整机企业就是优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业和应用服务商：优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业：优必选科技股份有限公司 其他成员单位：东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("优必选科技股份有限公司，高校的话东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("整机企业的话是优必选科技股份有限公司，合作单位有东南大学、南京大学", ["优必选科技股份有限公司"],
     ["东南大学", "南京大学"]),
    ("整机企业是优必选科技股份有限公司，科研院所是有研科技集团有限公司", ["优必选科技股份有限公司"],
     ["有研科技集团有限公司"]),
    ("整机企业为为升科技有限公司", ["为升科技有限公司"], None),
    ("应用服务商是是德科技（中国）有限公司", ["是德科技（中国）有限公司"], None),
    ("整机企业有有鹿机器人科技有限公司", ["有鹿机器人科技有限公司"], None),
    ("整机企业（负责整机）优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业 优必选科技股份有限公司 高校 东南大学 零部件企业 有研科技集团有限公司",
     ["优必选科技股份有限公司"], ["东南大学", "有研科技集团有限公司"]),
    ("整机企业创新奇智（北京）科技有限公司 高校东南大学", ["创新奇智（北京）科技有限公司"], ["东南大学"]),
])
async def test_a_kind_told_with_its_linking_words_is_not_saved_in_the_name(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)


@pytest.mark.parametrize(("typed", "told", "makers", "partners"), [
    ("整机企业有研科技集团有限公司", "整机企业", ["有研科技集团有限公司"], None),
    ("整机企业是德科技（中国）有限公司", "整机企业（是德科技（中国）有限公司）",
     ["是德科技（中国）有限公司"], None),
    ("整机企业为升科技有限公司", "整机企业（为升科技有限公司）", ["为升科技有限公司"], None),
    ("整机企业有鹿机器人科技有限公司", "整机企业", ["有鹿机器人科技有限公司"], None),
    ("整机企业有孚网络股份有限公司", "整机企业", ["有孚网络股份有限公司"], None),
    ("整机企业有棵树科技股份有限公司", "整机企业", ["有棵树科技股份有限公司"], None),
    ("整机企业有优必选科技股份有限公司", "整机企业",
     ["有优必选科技股份有限公司"], None),
    ("整机企业的话有研科技集团有限公司", "整机企业", ["有研科技集团有限公司"], None),
    ("整机企业有：优必选科技股份有限公司", "整机企业（优必选科技股份有限公司）", ["优必选科技股份有限公司"], None),
    ("整机企业有达闼、优必选", "整机企业", ["达闼", "优必选"], None),
    ("优必选科技股份有限公司，高校为东南大学", "整机企业（优必选科技股份有限公司）、其他成员（东南大学）",
     ["优必选科技股份有限公司"], ["东南大学"]),
])
async def test_a_name_beginning_with_a_linking_word_glued_to_its_kind_keeps_it(
        engineer, app, typed, told, makers, partners):
    """是/为 right after a kind links it to the name only when the rest is a whole name:
    德科技 leaves a one-character trade name, which no registered name has. 有 glued to a
    kind begins too many names (有研, 有孚, 有棵树) to be cut from one: a name is kept whole,
    a stray 有 asked about in the echo (有优必选…) rather than a real name's first character
    lost unseen; 有 links only before a list or a count."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"已把这条消息{'分别' if partners else ''}填入：{told}。")
    assert members(app, engineer) == (makers, partners)


@pytest.mark.parametrize(("typed", "parts"), [
    ("其他成员单位：东南大学", {"partners": "东南大学"}),
    ("其他单位东南大学", {"partners": "东南大学"}),
    ("整机企业/应用服务商：优必选", {"makers": "优必选"}),
])
def test_a_kind_phrase_is_read_whole_as_the_kind(typed, parts):
    assert parse_pasted_consortium("makers")(typed) == parts


@pytest.mark.parametrize(("typed", "told"), [
    ("整机企业暂定优必选科技股份有限公司", "已把这条消息填入：整机企业（暂定优必选科技股份有限公司）。"),
    ("整机企业优必选科技股份有限公司 高校东南大学",
     "已把这条消息分别填入：整机企业（优必选科技股份有限公司）、其他成员（东南大学）。"),
])
async def test_names_filed_by_their_kind_are_echoed_as_saved(engineer, app, typed, told):
    """A kind spoken straight before the name: a word between them read as part of the name
    is seen, not saved unseen."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(told)


async def test_partners_is_still_asked_after_a_university_is_filed_there(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("恒远机器人有限公司、东南大学")
    assert members(app, engineer) == (["恒远机器人有限公司"], ["东南大学"])
    assert texts(calls)[0].endswith(
        "东南大学是高校或科研院所，已填入“其他成员”。没有别的成员请点“保持不变”；"
        "还有别的成员，请连同已填入的单位一起发送，发送的内容会替换当前答案。")
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    assert "东南大学" in texts(calls)[-1]
    calls = await engineer.send("东南大学、南京理工大学")
    assert members(app, engineer) == (["恒远机器人有限公司"], ["东南大学", "南京理工大学"])
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_keeping_the_filed_partners_goes_on_to_the_goals(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("优必选，东南大学")
    await engineer.press("✔️ 保持不变")  # 优必选 echoed as perhaps several units: kept
    calls = await engineer.press("✔️ 保持不变")
    assert members(app, engineer) == (["优必选"], ["东南大学"])
    assert texts(calls)[-1].startswith("第 9/11 步 · 整机应用目标")


async def test_the_filed_note_names_the_unit_as_saved_without_voice_pauses(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司、中国科学院 沈阳 自动化 研究所")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["中国科学院沈阳自动化研究所"])
    assert "中国科学院沈阳自动化研究所是高校或科研院所" in texts(calls)[0]


async def test_the_bot_says_which_unlabelled_names_it_put_under_partners(engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司、江南大学、中国科学院自动化研究所")
    assert members(app, engineer) == (["优必选科技股份有限公司"],
                                      ["江南大学", "中国科学院自动化研究所"])
    assert "江南大学、中国科学院自动化研究所是高校或科研院所，已填入“其他成员”" in texts(calls)[0]


async def test_universities_typed_at_makers_add_to_the_partners_given_before(engineer, app):
    await walk(engineer, AT_MAKERS + 2)  # partners: 东南大学
    await engineer.press("⬅️ 上一步")
    await engineer.press("⬅️ 上一步")
    await engineer.send("优必选科技股份有限公司、南京大学")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学", "南京大学"])


async def test_only_universities_at_makers_go_to_partners_and_makers_is_asked_again(
        engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("东南大学")
    assert members(app, engineer) == (None, ["东南大学"])
    assert texts(calls)[-1].startswith("第 8/11 步（1/2）")


@pytest.mark.parametrize("typed", ["整机企业：哈工大机器人研究院", "哈工大机器人研究院（整机）"])
async def test_an_institute_labelled_as_maker_stays_a_maker(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (["哈工大机器人研究院"], None)


@pytest.mark.parametrize(("typed", "units"), [
    ("中国科学院 沈阳 自动化 研究所", ["中国科学院沈阳自动化研究所"]),
    ("中科院 自动化所", ["中科院自动化所"]),
    ("中国科学院 南京大学", ["中国科学院", "南京大学"]),
    ("中国科学院、沈阳自动化研究所", ["中国科学院", "沈阳自动化研究所"]),
    ("东南大学 姑苏实验室", ["东南大学", "姑苏实验室"]),
])
def test_an_academy_followed_by_its_institute_spoken_with_pauses_is_one_unit(typed, units):
    assert first_error(rule(names(60, MAKERS)), typed) == (units, None)


async def test_partners_asked_after_filing_while_editing_goes_back_to_the_summary(engineer, app):
    await fill_to_summary(engineer)
    await engineer.press("✏️ 8 创新应用联合体成员")
    calls = await engineer.send("优必选科技股份有限公司、苏州大学")
    assert texts(calls)[-1].startswith("第 8/11 步（2/2）")
    calls = await engineer.press("✔️ 保持不变")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学", "苏州大学"])
    assert "8. 创新应用联合体成员" in texts(calls)[-1]


@pytest.mark.parametrize(("typed", "role", "units", "partners"), [
    ("优必选科技股份有限公司，东南大学负责算法", "负责算法", "优必选科技股份有限公司、东南大学", None),
    ("优必选科技股份有限公司提供整机、东南大学", "提供整机", "优必选科技股份有限公司", ["东南大学"]),
    ("优必选科技股份有限公司、东南大学 负责算法", "负责算法", "优必选科技股份有限公司", ["东南大学"]),
])
async def test_a_members_task_typed_after_its_name_is_refused_with_the_names_to_send(
        engineer, app, typed, role, units, partners):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert (f"“{role}”是成员的分工，不是单位名称；这里只填单位名称。"
            f"请去掉分工后重新发送，如：{units}\n") in texts(calls)[0] + "\n"
    assert texts(calls)[-1].startswith("第 8/11 步（1/2）")
    assert members(app, engineer) == (None, partners)


@pytest.mark.parametrize(("typed", "role", "units"), [
    ("南京埃斯顿自动化股份有限公司负责本体 东南大学负责大模型", "负责本体",
     "南京埃斯顿自动化股份有限公司、东南大学"),
    ("优必选科技股份有限公司牵头、东南大学参与", "牵头", "优必选科技股份有限公司、东南大学"),
    ("优必选科技股份有限公司 东南大学参与", "参与", "优必选科技股份有限公司、东南大学"),
])
async def test_each_member_of_a_list_loses_its_own_task_in_the_names_to_send(
        engineer, app, typed, role, units):
    """A voice pause after a member's task separates it from the next member, whose own task
    (参与, 协助 … as much as 负责) is no part of its name either."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert (f"“{role}”是成员的分工，不是单位名称；这里只填单位名称。"
            f"请去掉分工后重新发送，如：{units}\n") in texts(calls)[0] + "\n"
    await engineer.send(units)
    assert members(app, engineer) == (["南京埃斯顿自动化股份有限公司" if "埃斯顿" in units
                                       else "优必选科技股份有限公司"], ["东南大学"])


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("优必选科技股份有限公司（负责整机）", ["优必选科技股份有限公司"], None),
    ("优必选科技股份有限公司（提供整机），东南大学（负责算法）", ["优必选科技股份有限公司"], ["东南大学"]),
    ("优必选科技股份有限公司、汇川技术（提供零部件）", ["优必选科技股份有限公司"], ["汇川技术"]),
])
async def test_a_members_kind_in_brackets_with_its_task_word_is_read_as_the_kind(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)
    assert "负责" not in texts(calls)[0] and "提供" not in texts(calls)[0]


@pytest.mark.parametrize(("typed", "role", "units"), [
    ("优必选科技股份有限公司（负责场景验证）", "负责场景验证", "优必选科技股份有限公司"),
    ("优必选科技股份有限公司、恒远机器人有限公司(牵头)", "牵头", "优必选科技股份有限公司、恒远机器人有限公司"),
])
async def test_a_members_task_in_brackets_is_refused_as_one_typed_after_the_name(
        engineer, app, typed, role, units):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{role}”是成员的分工，不是单位名称；这里只填单位名称。"
                                      f"请去掉分工后重新发送，如：{units}")
    assert members(app, engineer) == (None, None)


@pytest.mark.parametrize("typed", ["苏州智造方案提供商有限公司", "负责任智能科技有限公司"])
def test_a_name_holding_a_task_word_is_kept(typed):
    assert first_error(rule(names(60, MAKERS)), typed) == ([typed], None)


@pytest.mark.parametrize("typed", [
    "整机企业有两家，分别是优必选科技股份有限公司和达闼科技（北京）有限公司",
    "有两家，分别是优必选科技股份有限公司和达闼科技（北京）有限公司",
    "共2家：优必选科技股份有限公司、达闼科技（北京）有限公司",
    "两家整机企业，即优必选科技股份有限公司、达闼科技（北京）有限公司",
    "整机企业分别是优必选科技股份有限公司和达闼科技（北京）有限公司",
])
async def test_a_count_followed_by_the_names_it_counts_saves_the_names(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer)[0] == ["优必选科技股份有限公司", "达闼科技（北京）有限公司"]


@pytest.mark.parametrize("typed", ["整机企业有两家", "两家，具体待定"])
async def test_a_count_without_the_names_is_still_refused(engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert "“两家”是数量，不是单位名称" in texts(calls)[0]
    assert members(app, engineer)[0] is None


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("高校有东南大学", None, ["东南大学"]),
    ("科研院所有中国科学院自动化研究所", None, ["中国科学院自动化研究所"]),
    ("整机企业有深圳市优必选科技股份有限公司，高校有东南大学",
     ["深圳市优必选科技股份有限公司"], ["东南大学"]),
])
async def test_a_有_before_a_name_no_name_can_begin_with_is_not_saved(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)
    assert "有东南" not in "".join(texts(calls)) and "有深圳" not in "".join(texts(calls))


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("我们的整机企业是深圳市优必选科技股份有限公司", ["深圳市优必选科技股份有限公司"], None),
    ("本项目的整机企业为优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业这块是优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业选的是优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业主要有优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("联合体成员有优必选科技股份有限公司、东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("整机企业包括优必选科技股份有限公司、达闼科技有限公司两家",
     ["优必选科技股份有限公司", "达闼科技有限公司"], None),
    ("整机企业就一家，优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("优必选科技股份有限公司，另外还有东南大学和南京大学",
     ["优必选科技股份有限公司"], ["东南大学", "南京大学"]),
])
async def test_words_leading_or_closing_a_spoken_list_are_not_saved_as_names(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)


async def test_还有_before_another_member_is_not_saved_in_its_name(engineer, app):
    await walk(engineer, AT_MAKERS)
    await engineer.send("优必选科技股份有限公司")
    await engineer.send("还有东南大学")
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学"])


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("牵头单位：优必选科技股份有限公司", ["优必选科技股份有限公司"], None),
    ("整机企业：优必选科技股份有限公司 牵头单位：达闼科技（北京）有限公司",
     ["优必选科技股份有限公司", "达闼科技（北京）有限公司"], None),
    ("牵头单位：优必选科技股份有限公司 其他：东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("联合体成员：优必选科技股份有限公司、达闼科技（北京）有限公司",
     ["优必选科技股份有限公司", "达闼科技（北京）有限公司"], None),
])
async def test_a_members_standing_said_as_a_label_is_not_saved_in_its_name(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)


UBTECH, CLOUDMINDS = "深圳市优必选科技股份有限公司", "达闼机器人股份有限公司"


@pytest.mark.parametrize(("typed", "makers"), [
    (f"选的是{UBTECH}", [UBTECH]), (f"主要是{UBTECH}", [UBTECH]), (f"就是{UBTECH}", [UBTECH]),
    (f"我们选的是{UBTECH}", [UBTECH]), (f"主要有{UBTECH}、{CLOUDMINDS}", [UBTECH, CLOUDMINDS]),
    (f"整机企业：选的是{UBTECH}", [UBTECH]),
    (f"整机企业：主要有{UBTECH}、{CLOUDMINDS}", [UBTECH, CLOUDMINDS]),
    (f"整机企业：还有就是{UBTECH}", [UBTECH]),
    ("是德科技（中国）有限公司", ["是德科技（中国）有限公司"]),
    ("主线科技（北京）有限公司", ["主线科技（北京）有限公司"]),
    ("就是科技有限公司", ["就是科技有限公司"]),
])
async def test_words_leading_a_spoken_list_at_the_question_are_not_saved_as_names(
        engineer, app, typed, makers):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer)[0] == makers


@pytest.mark.parametrize("typed", ["主要有东南大学", "选的是东南大学", "还有就是东南大学"])
async def test_words_leading_other_members_are_not_saved_as_names(engineer, app, typed):
    await walk(engineer, AT_MAKERS + 1)
    await engineer.send(typed)
    assert members(app, engineer)[1] == ["东南大学"]


@pytest.mark.parametrize("typed", [
    "整机企业：优必选科技股份有限公司 合作企业：华为技术有限公司",
    "优必选科技股份有限公司、用户方：南京钢铁股份有限公司",
    "优必选科技股份有限公司，零部件：汇川技术股份有限公司",
])
async def test_a_kind_the_plan_has_not_before_a_name_is_asked_again_not_saved_in_it(
        engineer, app, typed):
    """合作企业：华为… kept as a name would go to the ministry as an 整机企业."""
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (None, None)
    refusal = texts(calls)[0]
    assert "不是表格中的成员类别" in refusal and "请在“其他成员”一问填写" in refusal


INSTITUTE = "江苏集萃智能制造技术研究所有限公司"


@pytest.mark.parametrize("typed", [
    f"优必选科技股份有限公司（企业）；东南大学(高校)，{INSTITUTE}【科研院所】",
    f"优必选科技股份有限公司[企业]、东南大学[高校]、{INSTITUTE}(院所)",
    f"优必选科技股份有限公司(企业) 东南大学(高校) {INSTITUTE}(科研院所)",
    f"优必选科技股份有限公司（整机企业）/东南大学（高校）/{INSTITUTE}（科研院所）",
    f"优必选科技股份有限公司（应用服务商）、东南大学（大学）、{INSTITUTE}（研究所）",
])
async def test_a_kind_in_any_brackets_after_a_name_files_it_and_is_not_saved_in_it(
        engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (["优必选科技股份有限公司"], ["东南大学", INSTITUTE])


async def test_a_kind_in_brackets_the_plan_has_not_is_asked_again_not_saved_in_the_name(
        engineer, app):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司（运营商）、东南大学（高校）")
    assert members(app, engineer)[0] is None
    refusal = texts(calls)[0]
    assert "“优必选科技股份有限公司（运营商）”中的“运营商”不是表格中的成员类别" in refusal
    assert "请在“其他成员”一问填写" in refusal


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("整机企业：上海傅利叶智能科技有限公司，高校：江苏大学，企业：徐州工程机械集团有限公司",
     ["上海傅利叶智能科技有限公司", "徐州工程机械集团有限公司"], ["江苏大学"]),
    ("优必选科技股份有限公司，院所：中科院自动化所", ["优必选科技股份有限公司"], ["中科院自动化所"]),
    ("整机企业——优必选科技股份有限公司；高校——东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
    ("整机企业—优必选科技股份有限公司 大学：东南大学", ["优必选科技股份有限公司"], ["东南大学"]),
])
async def test_a_kind_before_a_colon_or_a_dash_mid_message_files_its_names_without_it(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)


@pytest.mark.parametrize(("at", "typed", "saved"), [
    (AT_MAKERS, "整机厂商联盟有限公司", (["整机厂商联盟有限公司"], None)),
    (AT_MAKERS, "整机单位联合体有限公司", (["整机单位联合体有限公司"], None)),
    (AT_MAKERS, "整机集成商深圳有限公司", (["整机集成商深圳有限公司"], None)),
    (AT_MAKERS, "人形机器人整机企业创新中心有限公司、优必选科技股份有限公司",
     (["人形机器人整机企业创新中心有限公司", "优必选科技股份有限公司"], None)),
    (AT_PARTNERS, "整机应用研究院", (JOURNEY_MAKERS, ["整机应用研究院"])),
    (AT_PARTNERS, "整机企业创新中心有限公司", (JOURNEY_MAKERS, ["整机企业创新中心有限公司"])),
    (AT_PARTNERS, "整机企业技术研究院有限公司", (JOURNEY_MAKERS, ["整机企业技术研究院有限公司"])),
    (AT_MAKERS, "整机企业创新中心（深圳）有限公司", (["整机企业创新中心（深圳）有限公司"], None)),
])
async def test_a_name_beginning_with_a_makers_word_keeps_it_where_it_was_typed(
        engineer, app, at, typed, saved):
    """Glued to a name, only a short kind is spoken (整机企业优必选…); a longer one, or one
    leaving only a unit's ending (联盟有限公司), perhaps after words any unit's name may hold
    (创新中心有限公司), begins the unit's own name."""
    await walk(engineer, at)
    await engineer.send(typed)
    assert members(app, engineer) == saved
