"""The notice's rules for a province: at least 20 scenarios over at least two types."""

from flows.draft import Status
from flows.province import Row, standing, standing_text
from tests.scenarios import scenario_answers


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


def test_one_type_only_fails_the_coverage_rule():
    industrial = [Row(i + 1, Status.SUBMITTED, scenario_answers(i)) for i in range(15)]
    text = standing_text(standing(industrial), "苏州市")
    assert "❌ 至少覆盖 2 类场景类型：已覆盖 1 类（工业 15 · 服务 0 · 特种 0）" in text
    assert "⚠️ 工业类占 100%，注意避免场景类型扎堆。" in text


def test_twenty_over_three_types_meets_the_notice():
    text = standing_text(standing(rows(20)), "全省")
    assert "✅ 不少于 20 个：已超出 0 个" in text
    assert "✅ 至少覆盖 2 类场景类型：已覆盖 3 类（工业 15 · 服务 3 · 特种 2）" in text
