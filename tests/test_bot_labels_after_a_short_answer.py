"""A short answer followed by other questions' labels (场景名称：…，所属行业：…，细分方向：…) is
split as the summary splits changes, each part checked and filed at its question and echoed; a
label of the answer's own words splits nothing, and a part past a question still to be asked
is said unsaved, never glued into the answer before it."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk

NAME = "电池包下线测试高压插头柔性插拔"


def current(services, engineer):
    return services.intake.store.current(engineer.id)


@pytest.mark.parametrize("typed", [
    f"场景名称：{NAME}，所属行业：电子信息制造业，细分方向：动力电池",
    f"{NAME}\n所属行业：电子信息制造业\n细分方向：动力电池",
])
async def test_a_scenario_name_followed_by_the_industrys_labels_is_split(
        services, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("已把这条消息分别填入：场景名称（电池包下线测试高压插头柔性插拔）、"
                               "所属行业（电子信息制造业）、细分方向（动力电池）。")
    draft = current(services, engineer)
    assert {key: draft.answers[key] for key in ("scenario_name", "industry", "sub_direction")} == {
        "scenario_name": NAME, "industry": "电子信息制造业", "sub_direction": "动力电池"}
    assert draft.cursor == "pain_point"


async def test_a_unit_followed_by_the_scenario_names_label_is_split(services, engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(f"用户单位：苏州恒远动力电池有限公司，场景名称：{NAME}")
    assert texts(calls)[0] == ("已把这条消息分别填入：企业全称（苏州恒远动力电池有限公司）、"
                               f"场景名称（{NAME}）。")
    draft = current(services, engineer)
    assert (draft.answers["enterprise"], draft.answers["scenario_name"]) == (
        "苏州恒远动力电池有限公司", NAME)
    assert draft.cursor == "industry"


@pytest.mark.parametrize("typed", ["电池包下线测试：高压插头柔性插拔", "电池包下线测试，行业内首创"])
async def test_a_scenario_name_with_a_colon_or_a_clause_of_its_own_is_kept_whole(
        services, engineer, typed):
    await walk(engineer, AT_SCENARIO_NAME)
    await engineer.send(typed)
    draft = current(services, engineer)
    assert draft.answers["scenario_name"] == typed
    assert draft.cursor == "industry"


@pytest.mark.parametrize(("at", "typed", "key", "kept"), [
    (AT_ENTERPRISE, "苏州恒远动力电池有限公司，场景名称：需要准备什么", "scenario_name",
     {"enterprise": "苏州恒远动力电池有限公司"}),
    (AT_SCENARIO_NAME, "恒远工厂电池测试，所属行业：汽车制造吗", "industry",
     {"scenario_name": "恒远工厂电池测试"}),
    (AT_SCENARIO_NAME, "恒远工厂电池测试，所属行业：汽车制造业，细分方向：哪些", "sub_direction",
     {"scenario_name": "恒远工厂电池测试", "industry": "汽车制造业"}),
])
async def test_a_part_asking_the_bot_is_not_saved_and_the_others_are(
        services, engineer, at, typed, key, kept):
    await walk(engineer, at)
    calls = await engineer.send(typed)
    draft = current(services, engineer)
    assert key not in draft.answers
    assert {name: draft.answers.get(name) for name in kept} == kept
    assert draft.cursor == key
    asked = typed.rsplit("：", 1)[1]
    assert f"“{asked}”读来是在提问，没有保存。" in texts(calls)[0]


@pytest.mark.parametrize(("typed", "filed", "unsaved"), [
    ("场景名称：半导体晶圆搬运，所属行业：电子信息制造业，细分方向：集成电路，场景类型：工业",
     {"scenario_name": "半导体晶圆搬运", "industry": "电子信息制造业", "sub_direction": "集成电路"},
     "场景类型：工业"),
    ("地铁隧道火灾应急搜救\n细分方向：应急救援", {"scenario_name": "地铁隧道火灾应急搜救"},
     "细分方向：应急救援"),
    ("危化品仓库四足机器人夜间盘点巡检，场景类型：工业",
     {"scenario_name": "危化品仓库四足机器人夜间盘点巡检"}, "场景类型：工业"),
])
async def test_a_label_past_a_question_still_to_be_asked_is_said_unsaved_not_glued(
        services, engineer, typed, filed, unsaved):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    draft = current(services, engineer)
    assert {key: draft.answers.get(key) for key in filed} == filed
    assert "scenario_type" not in draft.answers
    assert (f"这条消息中以下内容没有保存：{unsaved}。前面还有问题没有回答，请到该问时再填写。"
            in texts(calls)[0])


async def test_a_unit_followed_by_a_later_questions_label_saves_the_unit_only(
        services, engineer):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send("苏州恒远动力电池有限公司，所属行业：电子信息制造业")
    draft = current(services, engineer)
    assert (draft.answers["enterprise"], draft.cursor) == ("苏州恒远动力电池有限公司", "scenario_name")
    assert "industry" not in draft.answers
    assert texts(calls)[0] == ("已把这条消息填入：企业全称（苏州恒远动力电池有限公司）。\n"
                               "这条消息中以下内容没有保存：所属行业：电子信息制造业。"
                               "前面还有问题没有回答，请到该问时再填写。")


async def test_a_refused_part_names_the_scenario_name_as_saved(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send("恒远工厂电池测试，所属行业：汽车制造？，细分方向：动力电池")
    assert texts(calls)[0].endswith("这条消息中，以下部分已保存：场景名称、细分方向。")


async def test_a_refused_scenario_name_is_not_labelled_twice(engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send("场景名称：纺织验布，所属行业：纺织业，细分方向：印染")
    assert texts(calls)[0].startswith("场景名称“纺织验布”过于笼统")


AT_INDUSTRY = AT_SCENARIO_NAME + 1
PAIN = "电池包下线前需人工插拔数百伏高压测试插头，存在打火风险。"


@pytest.mark.parametrize(("typed", "unsaved"), [
    (f"{NAME}\n所属行业：电子信息制造业\n细分方向：动力电池\n联合体成员：东南大学", "联合体成员：东南大学"),
    (f"{NAME}\n\n所属行业：电子信息制造业\n\n细分方向：动力电池\n\n联合体成员：东南大学",
     "联合体成员：东南大学"),
    (f"{NAME}，所属行业：电子信息制造业，细分方向：动力电池，应用目标：跨行业", "应用目标：跨行业"),
    (f"{NAME}，所属行业：电子信息制造业，细分方向：动力电池，产品类型：人形机器人",
     "产品类型：人形机器人"),
])
async def test_a_column_title_after_the_direction_is_split_off_and_said_unsaved(
        services, engineer, typed, unsaved):
    await walk(engineer, AT_SCENARIO_NAME)
    calls = await engineer.send(typed)
    draft = current(services, engineer)
    assert (draft.answers["scenario_name"], draft.answers["sub_direction"]) == (NAME, "动力电池")
    assert not {"makers", "partners", "deployment_goals", "product_types"} & set(draft.answers)
    assert (f"这条消息中以下内容没有保存：{unsaved}。前面还有问题没有回答，请到该问时再填写。"
            in texts(calls)[0])
    assert draft.cursor == "pain_point"


@pytest.mark.parametrize("typed", [
    "电子信息制造业，细分方向：动力电池，场景类型：工业",
    "电子信息制造业\n细分方向：动力电池\n\n场景类型：工业",
    "所属行业：电子信息制造业，细分方向：动力电池，场景类型：工业",
])
async def test_a_label_after_the_direction_typed_at_the_industry_is_split_off(
        services, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(typed)
    draft = current(services, engineer)
    assert (draft.answers["industry"], draft.answers["sub_direction"]) == ("电子信息制造业", "动力电池")
    assert "scenario_type" not in draft.answers
    assert ("这条消息中以下内容没有保存：场景类型：工业。前面还有问题没有回答，请到该问时再填写。"
            in texts(calls)[0])


async def test_the_pain_point_after_the_direction_typed_at_the_industry_fills_it(
        services, engineer):
    await walk(engineer, AT_INDUSTRY)
    calls = await engineer.send(f"电子信息制造业\n细分方向：动力电池\n现状与痛点：{PAIN}")
    draft = current(services, engineer)
    assert {key: draft.answers[key] for key in ("industry", "sub_direction", "pain_point")} == {
        "industry": "电子信息制造业", "sub_direction": "动力电池", "pain_point": PAIN}
    assert texts(calls)[0].startswith("已把这条消息分别填入：所属行业（电子信息制造业）、细分方向（动力电池）、"
                                      "现状与痛点。")
    assert draft.cursor == "indicators"


@pytest.mark.parametrize(("typed", "direction"), [
    ("电子信息制造业\n细分方向：动力电池、储能电池", "动力电池、储能电池"),
    ("装备制造/工程机械，起重机", "工程机械，起重机"),
])
async def test_a_direction_with_no_label_after_it_is_kept_whole_at_the_industry(
        services, engineer, typed, direction):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert current(services, engineer).answers.get("sub_direction") == direction


@pytest.mark.parametrize(("at", "typed"), [
    (AT_SCENARIO_NAME + 1, "电子信息制造业，细分方向：动力电池\n技术指标：识别准确率不低于98%，节拍≤15秒"),
    (AT_SCENARIO_NAME + 1, "电子信息制造业，细分方向：动力电池，技术指标：精度≤0.5mm"),
    (AT_SCENARIO_NAME + 2, "动力电池\n预期成效：替代2名测试工人"),
])
async def test_a_description_part_labelled_in_the_direction_is_refused_not_glued_into_it(
        services, engineer, at, typed):
    await walk(engineer, at)
    calls = await engineer.send(typed)
    assert "中写了场景描述的内容" in texts(calls)[0]
    assert "sub_direction" not in current(services, engineer).answers


@pytest.mark.parametrize(("typed", "quoted"), [
    ("总装\n场景描述：工人手工拧紧螺栓，效率低", "“总装\n场景描述：工人手工拧紧螺栓，效率低”"),
    ("总装\n场景描述：" + "工人手工拧紧螺栓，" * 10, "“" + ("总装\n场景描述：" + "工人手工拧紧螺栓，" * 7)[:60] + "…”"),
])
async def test_a_refused_direction_is_quoted_with_its_lines_apart(services, engineer, typed, quoted):
    await walk(engineer, AT_SCENARIO_NAME + 2)
    calls = await engineer.send(typed)
    assert f"{quoted}中写了场景描述的内容（“场景描述：”）" in texts(calls)[0]
    assert "sub_direction" not in current(services, engineer).answers
