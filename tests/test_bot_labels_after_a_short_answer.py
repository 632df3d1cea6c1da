"""A short answer followed by other questions' labels (场景名称：…，所属行业：…，细分方向：…) is
split as the summary splits changes, each part filed at its question and echoed; a label of
the answer's own words, or one past a question still to be asked, splits nothing."""

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
