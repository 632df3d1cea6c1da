"""The notice's rules for a province: at least 20 scenarios over at least two types."""

from dataclasses import replace

from flows.draft import Status
from flows.province import Row, standing
from flows.stats_text import CityShare, standing_text
from tests.scenarios import alike_chain, scenario_answers


def rows(count: int, status: Status = Status.SUBMITTED) -> list[Row]:
    return [Row(index + 1, status, scenario_answers(index)) for index in range(count)]


def test_drafts_and_returned_entries_do_not_count():
    seeded = rows(20)
    seeded[0] = Row(1, Status.DRAFT, seeded[0].answers)
    seeded[1] = Row(2, Status.RETURNED, seeded[1].answers)
    assert standing(seeded).counted == 18
    assert standing(seeded).missing == 2


def test_similar_rows_and_marked_duplicates_count_once():
    seeded = rows(20)
    seeded.append(Row(21, Status.APPROVED, scenario_answers(0, enterprise="南通恒远机械有限公司")))
    seeded.append(Row(22, Status.SUBMITTED, scenario_answers(3), duplicate_of=4))
    result = standing(seeded)
    assert result.counted == 20
    assert result.groups == [(1, 21)]


def test_a_chain_of_similar_rows_counts_as_its_groups_of_rows_alike_to_each_other():
    seeded = [row for row in rows(20) if row.id not in (8, 20)]  # 18 apart from the chain
    seeded += [Row(21 + i, Status.SUBMITTED, answers) for i, answers in enumerate(alike_chain())]
    text = standing_text(standing(seeded), "全省")
    assert "✅ 不少于 20 个：已达到（含待审核 20 个，已通过 0 个）\n" in text
    assert text.endswith("相似场景组：#21 ≈ #22")


def test_a_similar_group_whose_rows_differ_in_type_is_said_with_the_type_it_counts_under():
    seeded = rows(20)
    seeded.append(Row(21, Status.SUBMITTED, dict(seeded[6].answers, scenario_type="服务")))
    result = standing(seeded)
    assert result.groups == [(7, 21)]
    assert result.by_type["服务"] == sum(1 for r in seeded[:20]
                                         if r.answers["scenario_type"] == "服务")
    assert standing_text(result, "全省").endswith(
        f"⚠️ 相似场景的场景类型不同：#7 {seeded[6].answers['scenario_type']} ≈ #21 服务。"
        "每组按编号在前的场景计 1 项，计入其场景类型；"
        "如实为不同场景，请在审核卡片上判定“不是同类场景”。")


def test_a_central_enterprises_row_is_counted_apart_and_alike_only_to_its_own():
    seeded = rows(20)
    group = "中国电信集团有限公司"
    seeded += [Row(21, Status.APPROVED, scenario_answers(0, submitting_unit=group)),
               Row(22, Status.APPROVED, scenario_answers(1, submitting_unit=group)),
               Row(23, Status.APPROVED, scenario_answers(1, submitting_unit=group,
                                                         enterprise="南通恒远机械有限公司"))]
    result = standing(seeded)
    assert (result.counted, result.enterprises) == (20, {group: 2})
    assert result.groups == [(22, 23)]

def test_one_type_only_fails_the_coverage_rule():
    industrial = [Row(i + 1, Status.SUBMITTED, scenario_answers(i)) for i in range(15)]
    text = standing_text(standing(industrial), "苏州市")
    assert "❌ 至少覆盖 2 类场景类型：已覆盖 1 类（工业 15 · 服务 0 · 特种 0）" in text
    assert "⚠️ 工业类占 100%，注意避免场景类型扎堆。" in text


def test_twenty_over_three_types_meets_the_notice():
    text = standing_text(standing(rows(20)), "全省")
    assert "✅ 不少于 20 个：已达到（含待审核 20 个，已通过 0 个）\n" in text
    assert "✅ 至少覆盖 2 类场景类型：已覆盖 3 类（工业 15 · 服务 3 · 特种 2）" in text


def test_a_share_is_rounded_to_one_decimal_not_down():
    industrial_and_service = rows(5) + [
        Row(6 + i, Status.SUBMITTED, scenario_answers(15 + i)) for i in range(3)]
    text = standing_text(standing(industrial_and_service), "苏州市", CityShare([], [], 8))
    assert "⚠️ 工业类占 62.5%，注意避免场景类型扎堆。" in text


def test_more_than_twenty_says_how_many_over_and_how_many_approved():
    seeded = rows(20)
    seeded.append(Row(21, Status.SUBMITTED, scenario_answers(
        0, industry="港口物流", scenario_name="集装箱码头绑扎杆拆装",
        pain_point="绑扎杆重且在高处拆装，人工坠落风险高。", indicators="单箱拆装≤90秒")))
    seeded[0] = Row(1, Status.APPROVED, seeded[0].answers)
    # Approved under another row of its similar group: the scenario counts as approved.
    seeded.append(Row(22, Status.APPROVED, scenario_answers(1, enterprise="南通恒远机械有限公司")))
    text = standing_text(standing(seeded), "全省")
    assert ("：21 个，其中已通过 2 个\n"
            "✅ 不少于 20 个：已达到，超出 1 个（含待审核 19 个，已通过 2 个）\n") in text


def test_entries_missing_a_dimension_are_listed_by_dimension_as_lint_words_it():
    seeded = [Row(1, Status.SUBMITTED, scenario_answers(0)),  # 可靠性 missing
              Row(2, Status.SUBMITTED, scenario_answers(1)),  # 效率 missing
              Row(3, Status.SUBMITTED, scenario_answers(2)),  # 精度、可靠性 missing
              Row(4, Status.SUBMITTED, scenario_answers(
                  3, indicators="巡检覆盖全部装置", expected_results="提升巡检质量。"))]
    text = standing_text(standing(seeded), "全省")
    assert "缺少量化指标：#4\n" in text
    assert ("指标未涉及的维度（仅提醒）：尚无精度指标 #3；尚无效率指标 #2；"
            "尚无可靠性指标 #1、#3\n") in text


def test_entries_to_follow_up_are_listed_by_number_whatever_order_they_come_in():
    """Rows come most recently changed last: a resubmitted entry is no later in the lists."""
    vague = {"indicators": "巡检覆盖全部装置", "expected_results": "提升巡检质量。"}
    seeded = [Row(row_id, Status.SUBMITTED, scenario_answers(0, **vague if row_id > 20 else {}))
              for row_id in (22, 3, 21, 11, 1)]
    text = standing_text(standing(seeded), "全省")
    assert "缺少量化指标：#21、#22\n" in text
    assert "尚无可靠性指标 #1、#3、#11\n" in text


def test_marked_rows_are_counted_apart_from_their_status_as_from_the_count():
    seeded = rows(3)
    seeded.append(Row(4, Status.SUBMITTED, scenario_answers(3), duplicate_of=1))
    seeded.append(Row(5, Status.APPROVED, scenario_answers(4), duplicate_of=2))  # approved before
    text = standing_text(standing(seeded), "全省")
    assert "状态：草稿 0 · 已提交待审核 3 · 已退回待修改 0 · 已通过 0 · 已标记为重复 2\n" in text
    assert "：3 个，其中已通过 0 个\n" in text


def test_rows_marked_as_duplicates_leave_the_rest_grouped_as_the_file_holds_them():
    """Of the chain #1≈#2≈#3, the file holds the two rows not marked: alike, they count once,
    as `lint` counts them; a mark never counts more than before it."""
    chain = [Row(i, Status.SUBMITTED, answers) for i, answers in enumerate(alike_chain(), 1)]
    assert standing(chain).counted == 2
    for marked, onto, grouped in ((1, 2, (2, 3)), (3, 2, (1, 2)), (2, 1, None)):
        rows = [replace(r, duplicate_of=onto) if r.id == marked else r for r in chain]
        result = standing(rows)
        assert result.groups == ([grouped] if grouped else [])
        assert result.counted == (1 if grouped else 2)


def test_a_shortfall_says_how_many_rows_counted_with_alike_ones_and_which_types_to_add():
    seeded = rows(15)  # all 工业
    seeded += [Row(16 + i, Status.SUBMITTED, scenario_answers(i, enterprise=f"无锡{i}号有限公司"))
               for i in range(4)]
    text = standing_text(standing(seeded), "全省")
    assert "❌ 不少于 20 个：还差 5 个（19 个场景中 4 个与其他场景高度相似，按 1 项计）\n" in text
    assert ("❌ 至少覆盖 2 类场景类型：已覆盖 1 类（工业 15 · 服务 0 · 特种 0），"
            "还差 1 类，可增加服务或特种场景\n") in text
