"""Similar scenarios (填写说明 5) are found and grouped; distinct ones are not."""

from flows import similarity
from flows.similarity import Match, matches, similar_groups, texts_of
from tests.scenarios import alike_chain, scenario_answers


def test_same_scenario_from_another_enterprise_is_similar():
    mine = scenario_answers(1)
    copy = scenario_answers(1, city="无锡市", enterprise="无锡启明新能源有限公司",
                            scenario_name="启明工厂动力电池包下线测试—高压插头柔性插接")
    found = matches(texts_of(mine), [(7, texts_of(copy))])
    assert [m.other_id for m in found] == [7] and found[0].score >= 75


def test_distinct_scenarios_are_not_similar():
    others = [(index, scenario_answers(index)) for index in range(2, 20)]
    assert matches(texts_of(scenario_answers(1)), [(i, texts_of(a)) for i, a in others]) == []


def test_groups_gather_similar_rows():
    rows = [(1, scenario_answers(1)), (2, scenario_answers(5)),
            (3, scenario_answers(1, enterprise="常州ZZ电池有限公司")), (4, scenario_answers(5))]
    assert similar_groups(rows) == [(1, 3), (2, 4)]


def test_a_chain_of_similar_rows_is_not_one_group():
    """#1≈#2 and #2≈#3, #1 and #3 apart: #3 is a scenario of its own (填写说明 5)."""
    rows = list(enumerate(alike_chain(), start=1))
    assert similar_groups(rows) == [(1, 2)]
    assert similar_groups(rows[::-1]) == [(1, 2)]


def test_a_shared_name_and_industry_with_another_description_is_not_similar():
    mine = scenario_answers(1)
    other = scenario_answers(1, pain_point="冲压件转运至焊装线需人工装夹，工件种类多达60种，换型频繁，装夹错误率高。",
                             indicators="装夹位置精度≤±0.5mm，换型时间≤5分钟，装夹成功率≥99.5%。",
                             expected_results="减少装夹错误90%，年节约成本200万元。")
    assert matches(texts_of(mine), [(7, texts_of(other))]) == []


PLANT = ("公司动力电池包产线年产能20万套，下线测试环节工序多、多品种小批量换型频繁，目前依靠人工作业，"
         "夜班招工困难，人员流动率高，作业质量受人为因素影响大，亟需引入人形机器人实现柔性化作业。")


def test_two_stations_of_one_plant_sharing_its_pain_point_are_not_similar():
    """The plant's paragraph lifts the whole description; the indicators tell the work apart."""
    plug = scenario_answers(1, scenario_name="恒远动力电池包下线测试—高压插头柔性插接",
                            pain_point=PLANT, expected_results="替代2名测试工人。",
                            indicators="插接位置精度≤±0.5mm，单次插拔节拍≤15秒，插拔成功率不低于99%。")
    look = scenario_answers(1, scenario_name="恒远动力电池包下线测试—外观缺陷检测",
                            pain_point=PLANT, expected_results="替代3名目检工人。",
                            indicators="划痕、凹坑缺陷检出率≥99.5%，误报率≤1%，单包检测时间≤40秒。")
    assert matches(texts_of(plug), [(7, texts_of(look))]) == []
    assert similar_groups([(1, plug), (2, look)]) == []


def test_a_row_left_out_never_leaves_its_alike_rows_in_more_groups(monkeypatch):
    """Rows 1–5 alike but for 1–3, 2–4, 3–5 and 4–5: in 序号 order, 1 2 5 and 3 4 are two
    scenarios; without 1 (marked as a duplicate), joining in order alone makes three of 2 3,
    4 and 5, where 2 5 and 3 4 are two."""
    apart = {frozenset(pair) for pair in ((1, 3), (2, 4), (3, 5), (4, 5))}

    def alike(mine, others):
        return [Match(other, 100.0) for other, texts in others
                if frozenset((int(mine["name"]), other)) not in apart]

    monkeypatch.setattr(similarity, "matches", alike)
    rows = [(i, {"scenario_name": str(i)}) for i in range(1, 6)]
    assert similar_groups(rows) == [(1, 2, 5), (3, 4)]
    assert similar_groups(rows[1:]) == [(2, 5), (3, 4)]
