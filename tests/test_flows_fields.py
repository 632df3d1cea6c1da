"""Every question's answers, valid and invalid, through the pure step engine."""

import pytest

from flows import actions, engine
from flows.configuration import configure
from flows.draft import SUMMARY, Draft
from flows.field import Kind
from flows.misfiled import FILED_AT
from flows.navigation import Questionnaire
from flows.questionnaire import JIANGSU_CITIES
from flows.scenario_types import TYPE_EXAMPLES
from flows.units import NOT_A_UNIT, NOT_FULL_NAME
from flows.validation import row_problems

SURVEY = Questionnaire(configure("江苏省工业和信息化厅", JIANGSU_CITIES))
TOO_LONG = "内容过长：最多 {n} 字，您输入了 {m} 字，请精简后重新发送。"


COMPLETE = {
    "submitting_unit": "江苏省工业和信息化厅",
    "city": "苏州市",
    "enterprise": "苏州恒远电池有限公司",
    "scenario_name": "恒远工厂电池测试—柔性插接",
    "industry": "电子信息制造业",
    "pain_point": "人工插拔高压插头，存在打火风险。",
    "indicators": "识别准确率不低于98%",
    "expected_results": "效率提升30%",
    "scenario_type": "工业",
    "product_types": {"人形机器人": "轮式"},
    "makers": ["恒远机器人有限公司"],
    "deployment_goals": ["完成本单位内同类场景复制部署"],
    "deployment_count": 10,
    "key_components": "恒远灵巧手",
}


def at(key: str, answers: dict | None = None) -> Draft:
    """A draft at question `key` whose other questions are answered, unless `answers` is given."""
    if answers is None:
        answers = {k: v for k, v in COMPLETE.items() if k != key}
    return Draft(id=1, cursor=key, answers=answers)


VALID = [
    ("submitting_unit", actions.Pick(0), "江苏省工业和信息化厅"),
    ("submitting_unit", actions.Text(" 中国恒远集团有限公司 "), "中国恒远集团有限公司"),
    ("submitting_unit", actions.Text("江苏省工业和信息化厅。"), "江苏省工业和信息化厅"),
    ("city", actions.Pick(4), "苏州市"),
    ("city", actions.Text("江苏省 苏州市"), "苏州市"),
    ("enterprise", actions.Text("苏州恒远电池有限公司"), "苏州恒远电池有限公司"),
    ("scenario_name", actions.Text("恒远工厂电池测试—柔性插接"), "恒远工厂电池测试—柔性插接"),
    ("industry", actions.Pick(0), "电子信息制造业"),
    ("industry", actions.Text("纺织服装"), "纺织服装"),
    ("sub_direction", actions.Text("动力电池"), "动力电池"),
    ("pain_point", actions.Text("人工插拔高压插头，存在打火风险。"), "人工插拔高压插头，存在打火风险。"),
    ("indicators", actions.Text("识别准确率不低于98%"), "识别准确率不低于98%"),
    ("expected_results", actions.Text("效率提升30%"), "效率提升30%"),
    ("scenario_type", actions.Pick(2), "特种"),
    ("scenario_type", actions.Text("服务"), "服务"),
    ("makers", actions.Text("恒远机器人有限公司、启明科技有限公司"), ["恒远机器人有限公司", "启明科技有限公司"]),
    ("makers", actions.Text("恒远机器人有限公司,启明科技有限公司；恒远机器人有限公司"), ["恒远机器人有限公司", "启明科技有限公司"]),
    ("partners", actions.Text("东南大学"), ["东南大学"]),
    ("sub_direction", actions.Text("医护👨‍⚕️辅助"), "医护👨‍⚕️辅助"),
    ("enterprise", actions.Text("苏州恒远电池有限公司。"), "苏州恒远电池有限公司"),
    ("partners", actions.Text("东南大学。"), ["东南大学"]),
    ("model_algorithm", actions.Text("YY语音交互大模型"), "YY语音交互大模型"),
    ("partners", actions.Text("UBTECH Robotics Corp., Ltd."), ["UBTECH Robotics Corp., Ltd."]),
    ("partners", actions.Text("恒远机器人（苏州，昆山）有限公司"), ["恒远机器人（苏州，昆山）有限公司"]),
    ("deployment_count", actions.Text("10"), 10),
    ("deployment_count", actions.Text("10台"), 10),
    ("deployment_count", actions.Text("十台"), 10),
    ("deployment_count", actions.Text("１０ 台"), 10),
    ("deployment_count", actions.Text("共部署人形机器人10台"), 10),
    ("deployment_count", actions.Text("俩台"), 2),
    ("deployment_count", actions.Text("6+4=10台"), 10),
    ("model_algorithm", actions.Text("恒远具身大模型"), "恒远具身大模型"),
]


@pytest.mark.parametrize(("key", "action", "stored"), VALID)
def test_valid_answer_is_saved_and_the_next_question_asked(key, action, stored):
    outcome = engine.apply(SURVEY, at(key), action)
    notice = NOTICES.get(key)
    assert outcome.message == (notice and notice.format(count=stored))
    assert outcome.saved == {key: stored}
    following = SURVEY.after(key, outcome.draft.answers)
    if following and following.key == FILED_AT.get(key):  # answered, as if filed: passed over
        following = SURVEY.after(following.key, outcome.draft.answers)
    assert outcome.draft.cursor == (following.key if following else SUMMARY)


NOTICES = {
    "indicators": "已识别指标：识别准确率 ≥ 98%\n"
    "尚无效率指标，例如：单次节拍≤15秒、巡检时间由3小时缩短到1小时\n"
    "尚无可靠性指标，例如：作业成功率不低于99%、连续无故障运行≥8小时",
    "deployment_count": "已记录部署总数：{count} 台。",
    "makers": "已记录 2 家单位：恒远机器人有限公司；启明科技有限公司。",
}


INVALID = [
    ("submitting_unit", actions.Text(""), "回答不能为空，请重新输入。"),
    ("submitting_unit", actions.Text("厅"), "内容过短：至少 2 个字。"),
    ("submitting_unit", actions.Text("有限公司"), NOT_A_UNIT.format(name="有限公司")),
    ("submitting_unit", actions.Text("股份有限公司"), NOT_A_UNIT.format(name="股份有限公司")),
    ("submitting_unit", actions.Text("张三"), NOT_A_UNIT.format(name="张三")),
    ("submitting_unit", actions.Text("JS2026"), NOT_A_UNIT.format(name="JS2026")),
    ("submitting_unit", actions.Text("省工信厅"), NOT_FULL_NAME.format(name="省工信厅", level="省级", department="江苏省工业和信息化厅")),
    ("submitting_unit", actions.Text("工业和信息化厅"), NOT_FULL_NAME.format(name="工业和信息化厅", level="省级", department="江苏省工业和信息化厅")),
    ("city", actions.Text("\u200b\x00  "), "回答不能为空，请重新输入。"),
    ("enterprise", actions.Text("XX"), "“XX”是填写示例里的占位符，请换成真实的单位、场景或产品名称。"),
    ("enterprise", actions.Text("甲乙"), "“甲乙”像是单位的简称。用户单位请填写与营业执照一致的全称，"
                                       "如“XX股份有限公司”“XX大学附属医院”（以营业执照或法人证书上的名称为准）。"),
    ("partners", actions.Text("后续补充"), "“后续补充”不能作为回答。此项选填，不填请点“跳过”。"),
    ("enterprise", actions.Text("先跳过"), "此项必填，不能跳过。"),
    ("enterprise", actions.Text("企" * 61), TOO_LONG.format(n=60, m=61)),
    ("enterprise", actions.Text("2026"), "这里需要文字说明，不能只填数字或符号。"),
    ("scenario_name", actions.Text("？！？！"), "这里需要文字说明，不能只填数字或符号。"),
    ("pain_point", actions.Text("风险大"), "内容过短：至少 10 个字。"),
    ("pain_point", actions.Text("痛" * 801), TOO_LONG.format(n=800, m=801)),
    ("scenario_type", actions.Text("农业"), "请点击下方按钮选择：工业 / 服务 / 特种。" + TYPE_EXAMPLES),
    ("scenario_type", actions.NotText(), "请点击下方按钮选择。"),
    ("enterprise", actions.NotText(), "请用文字回答。"),
    ("product_types", actions.Text("各一台"), "请点击下方按钮选择，选好后点“完成”。\n“一台”没有保存："
     "这一问只选产品类型和形态，部署的台数在第 10 步“部署总数”填写。"),
    ("product_types", actions.Done(), "请至少选择一种产品类型及其形态，再点“完成”。"),
    ("deployment_goals", actions.Done(), "请至少选择一项，再点“完成”。"),
    ("makers", actions.Text("、，"), "请至少填写一个单位名称。"),
    ("deployment_count", actions.Text("很多"), "请填写台数，例如：10 或 10台 或 十台。"),
    ("deployment_count", actions.Text("0"), "部署总数必须大于 0 台。"),
    ("deployment_count", actions.Text("-5台"), "部署总数必须大于 0 台。"),
    ("deployment_count", actions.Text("3.5"), "台数须为整数，例如：10台。"),
    ("deployment_count", actions.Text("1000000"), "部署总数不能超过 100000 台，请核对。"),
    ("deployment_count", actions.Text("2台/年"), "“2台/年”是每年的台数。请填写到 2026 年 11 月的部署总数，例如：10台。"),
    ("deployment_count", actions.Text("每月3台"), "“每月3台”是每月的台数。请填写到 2026 年 11 月的部署总数，例如：10台。"),
    ("enterprise", actions.Skip(), "此项必填，不能跳过。"),
    ("scenario_type", actions.Pick(7), "该按钮已过期，请按当前问题作答。"),
    ("scenario_type", actions.Toggle(0), "该按钮已过期，请按当前问题作答。"),
    ("enterprise", actions.Keep(), "该按钮已过期，请按当前问题作答。"),
    ("makers", actions.Text("待定"), "“待定”不能作为回答。此项必填，请填写具体内容。"),
    ("makers", actions.Text("暂无"), "此项必填，不能跳过。"),
    ("key_components", actions.Text("同上。"), "“同上。”不能作为回答。此项选填，不填请点“跳过”。"),
    ("sub_direction", actions.Text("待补充"), "“待补充”不能作为回答。此项选填，不填请点“跳过”。"),
    ("pain_point", actions.Text("不涉及、无"), "“不涉及、无”不能作为回答。此项必填，请填写具体内容。"),
    ("submitting_unit", actions.Back(), "已经是第一步了。"),
]


@pytest.mark.parametrize(("key", "action", "message"), INVALID)
def test_invalid_answer_is_explained_and_the_same_question_asked_again(key, action, message):
    outcome = engine.apply(SURVEY, at(key), action)
    assert outcome.message == message
    assert outcome.saved == {}
    assert outcome.draft.cursor == key
    assert outcome.screen.at == key


def test_every_question_shows_step_hint_and_ways_out():
    for field in SURVEY.fields:
        screen = engine.apply(SURVEY, at(field.key), actions.Show()).screen
        assert screen.text.startswith(f"第 {field.step}/11 步")
        assert f"💡 {field.hint}" in screen.text
        labels = [button.label for button in screen.nav]
        assert labels[-1] == "⏸ 暂停"
        assert (labels[0] == "⬅️ 上一步") == (field != SURVEY.first())
        if field.kind == Kind.CHOICE:
            assert "⏭ 跳过" not in labels  # its own buttons (补充 / 不需要) are the way out
        else:
            assert ("⏭ 跳过" in labels) == (not field.required)


def test_answering_the_last_part_of_a_column_returns_to_a_missing_earlier_part():
    outcome = engine.apply(SURVEY, at("enterprise", {}), actions.Text("苏州恒远电池有限公司"))
    assert outcome.saved == {"enterprise": "苏州恒远电池有限公司"}
    assert outcome.draft.cursor == "city"


def test_product_toggle_keeps_the_type_awaiting_its_form_and_asks_it():
    outcome = engine.apply(SURVEY, at("product_types"), actions.Toggle(2))
    assert outcome.saved == {"product_types": {"其他类型产品": None}}
    assert [b.label for b in outcome.screen.choices[0]] == ["仿人形机器人", "仿四足机器人"]
    outcome = engine.apply(SURVEY, outcome.draft, actions.PickForm(2, 1))
    assert outcome.saved == {"product_types": {"其他类型产品": "仿四足机器人"}}


def test_multi_select_keeps_the_template_order():
    draft = at("deployment_goals", {"deployment_goals": ["完成跨行业/跨领域场景应用"]})
    outcome = engine.apply(SURVEY, draft, actions.Toggle(0))
    assert outcome.saved == {
        "deployment_goals": ["完成本单位内同类场景复制部署", "完成跨行业/跨领域场景应用"]
    }


def test_clearing_an_optional_question_empties_its_answer():
    draft = at("partners", {"partners": ["东南大学"]})
    outcome = engine.apply(SURVEY, draft, actions.Clear())
    assert outcome.saved == {"partners": None}
    assert "partners" not in outcome.draft.answers


def test_a_skip_pressed_on_an_old_message_keeps_an_answer_given_since():
    draft = at("partners", {"partners": ["东南大学"]})
    outcome = engine.apply(SURVEY, draft, actions.Skip())
    assert outcome.saved == {"partners": ["东南大学"]}
    assert outcome.draft.answers["partners"] == ["东南大学"]


def test_submit_with_missing_answers_lists_them():
    draft = Draft(id=3, cursor=SUMMARY, answers={"scenario_name": "发动机缸盖螺栓拧紧工位"})
    outcome = engine.apply(SURVEY, draft, actions.Submit())
    assert outcome.message.startswith("还不能提交，请先修改：\n• 报送单位：未填写。")
    assert "• 可规模推广的其他标志性技术产品：模型算法、操作系统、仿真平台、关键零部件至少填写一项。" in outcome.message
    assert outcome.draft.status == "draft"


def test_pause_keeps_everything_and_shows_no_question():
    draft = at("city", {"submitting_unit": "江苏省工业和信息化厅"})
    outcome = engine.apply(SURVEY, draft, actions.Pause())
    assert outcome.draft == draft and outcome.screen is None
    assert outcome.message.startswith("⏸ 已暂停")


def test_configured_cities_replace_the_default_buttons():
    survey = Questionnaire(configure("安徽省工业和信息化厅", ("合肥市", "芜湖市")))
    screen = engine.apply(survey, at("city"), actions.Show()).screen
    assert [b.label for row in screen.choices for b in row] == ["合肥市", "芜湖市"]


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("杭州恒远科技股份有限公司 南京理工大学", ["杭州恒远科技股份有限公司", "南京理工大学"]),
        ("① 南京恒远自动化股份有限公司\n• 南通大学", ["南京恒远自动化股份有限公司", "南通大学"]),
        ("1. 东南大学\n2. 恒远研究院", ["东南大学", "恒远研究院"]),
        ("Boston Dynamics Inc, 恒远智能科技有限公司", ["Boston Dynamics Inc", "恒远智能科技有限公司"]),
        ("UBTECH Robotics Corp., Ltd. 苏州大学", ["UBTECH Robotics Corp., Ltd.", "苏州大学"]),
        ("1、恒远机器人有限公司\n2、东南大学", ["恒远机器人有限公司", "东南大学"]),
        ("(1)恒远机器人有限公司 (2)东南大学", ["恒远机器人有限公司", "东南大学"]),
        ("①恒远机器人有限公司②东南大学", ["恒远机器人有限公司", "东南大学"]),
        ("1.5T智能科技有限公司、东南大学", ["1.5T智能科技有限公司", "东南大学"]),
        ("1.优必选科技股份有限公司 2.智元机器人有限公司", ["优必选科技股份有限公司", "智元机器人有限公司"]),
        ("东南大学 2、恒远机器人有限公司", ["东南大学", "恒远机器人有限公司"]),
        ("北京人形机器人创新中心 有限公司 东南大学", ["北京人形机器人创新中心有限公司", "东南大学"]),
        ("恒远研究院 股份有限公司、恒远 集团", ["恒远研究院股份有限公司", "恒远集团"]),
    ],
)
def test_members_typed_with_spaces_lines_or_bullets_are_split_as_meant(typed, names):
    outcome = engine.apply(SURVEY, at("partners"), actions.Text(typed))
    assert outcome.saved == {"partners": names}
    assert outcome.message.startswith(f"已记录 2 家单位：{'；'.join(names)}。")


def test_a_row_without_the_city_part_of_用户单位_has_a_problem_naming_it():
    answers = {k: v for k, v in COMPLETE.items() if k != "city"}
    assert row_problems(SURVEY, answers) == [("用户单位", "缺少所在城市。")]
    assert row_problems(SURVEY, COMPLETE) == []


@pytest.mark.parametrize("indicators", ["精度高、效率高", "需要10台机器人"])
def test_a_row_whose_indicators_state_none_has_one_short_problem(indicators):
    assert row_problems(SURVEY, {**COMPLETE, "indicators": indicators}) == [
        ("场景描述与关键技术要求", "场景描述未识别到量化指标（精度、效率、可靠性须有数字和单位）。")]


def test_a_count_of_zero_is_one_problem_not_also_a_missing_answer():
    assert row_problems(SURVEY, {**COMPLETE, "deployment_count": 0}) == [
        ("部署总数", "部署总数必须大于 0 台。")]
