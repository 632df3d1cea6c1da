"""Similar scenarios (填写说明 5) are found and grouped; distinct ones are not."""

from flows.similarity import matches, similar_groups, texts_of
from tests.scenarios import scenario_answers


def test_same_scenario_from_another_enterprise_is_similar():
    mine = scenario_answers(1)
    copy = scenario_answers(1, city="无锡市", enterprise="无锡启明新能源有限公司",
                            scenario_name="启明工厂动力电池包下线测试—高压插头柔性插接")
    found = matches(texts_of(mine), [(7, texts_of(copy))])
    assert [m.other_id for m in found] == [7] and found[0].score >= 75


def test_distinct_scenarios_are_not_similar():
    others = [(index, scenario_answers(index)) for index in range(2, 20)]
    assert matches(texts_of(scenario_answers(1)), [(i, texts_of(a)) for i, a in others]) == []


def test_groups_join_chains_of_similar_rows():
    rows = [(1, scenario_answers(1)), (2, scenario_answers(5)),
            (3, scenario_answers(1, enterprise="常州ZZ电池有限公司")), (4, scenario_answers(5))]
    assert similar_groups(rows) == [(1, 3), (2, 4)]


def test_a_shared_name_and_industry_with_another_description_is_not_similar():
    mine = scenario_answers(1)
    other = scenario_answers(1, pain_point="冲压件转运至焊装线需人工装夹，工件种类多达60种，换型频繁，装夹错误率高。",
                             indicators="装夹位置精度≤±0.5mm，换型时间≤5分钟，装夹成功率≥99.5%。",
                             expected_results="减少装夹错误90%，年节约成本200万元。")
    assert matches(texts_of(mine), [(7, texts_of(other))]) == []
