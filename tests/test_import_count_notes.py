"""What `import` and `lint` note of a 部署总数 cell as the chat tells it: a later plan is not
counted (部署总数 runs to 2026-11), machines added by then are a total asked for, and a kind
unlike the row's 应用部署产品类型 ticks is named. Through the real CLI."""

import pytest

from tests import test_cli_data
from tests.test_import_layout import filled

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
LATER = "（部署总数只算到 2026 年 11 月，之后增加的台数不计入）"


def noted(cli, db, tmp_path, cell: str) -> tuple[list[str], list[str]]:
    """The lines `lint` and `import` print for the first row with `cell` as its 部署总数."""
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["K4"] = cell
    workbook.save(tmp_path / "plan.xlsx")
    return (cli("lint", tmp_path / "plan.xlsx").output.splitlines(),
            cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines())


@pytest.mark.parametrize(("cell", "plan"), [
    ("10台，2027年扩展至50台", "“2027年扩展至50台”"),
    ("10台（2027年扩展至50台）", "“（2027年扩展至50台）”"),
    ("10台，2026年12月再增加5台", "“2026年12月再增加5台”"),
    ("10台（后续扩展至50台）", "“（后续扩展至50台）”"), ("10台，后续推广至100台", "“后续推广至100台”")])
def test_a_later_plan_beside_the_count_is_noted_as_not_counted_by_the_deadline(
        cli, db, tmp_path, cell, plan):
    linted, imported = noted(cli, db, tmp_path, cell)
    note = f"部署总数按 10 台记录，{plan}没有保存{LATER}"
    assert f"  ⚠️ {note}" in linted
    assert imported[imported.index("第 4 行：已导入为场景 #1") + 1] == f"  · {note}"


def test_a_breakdown_and_a_later_plan_are_each_given_their_reason(cli, db, tmp_path):
    linted, _ = noted(cli, db, tmp_path, "10台（人形8台、四足2台），2027年扩展至50台")
    assert ("  ⚠️ 部署总数按 10 台记录，“（人形8台、四足2台）”、“2027年扩展至50台”没有保存"
            "（本列只记一个合计台数；部署总数只算到 2026 年 11 月，之后增加的台数不计入）") in linted


def test_machines_added_by_the_deadline_refuse_the_cell_with_the_total_offered(cli, db, tmp_path):
    linted, _ = noted(cli, db, tmp_path, "10台，2026年10月再增加5台")
    assert any("“10台，2026年10月再增加5台”中 2026 年 11 月前还要增加台数" in line
               and "例如：15台" in line and "❌" in line for line in linted)


@pytest.mark.parametrize(("cell", "typed"), [("10只机器狗", "机器狗"), ("10台，全部是四足", "四足")])
def test_a_kind_unlike_the_rows_product_ticks_is_noted(cli, db, tmp_path, cell, typed):
    linted, imported = noted(cli, db, tmp_path, cell)
    note = (f"部署总数中的“{typed}”与本行“应用部署产品类型”的勾选（人形机器人：轮式）不一致，"
            "导入以该列的勾选为准，请核对")
    assert f"  ⚠️ {note}" in linted
    assert imported[imported.index("第 4 行：已导入为场景 #1") + 1] == f"  · {note}"


@pytest.mark.parametrize("cell", ["10台人形机器人", "10台，全部是轮式人形", "10台"])
def test_a_kind_like_the_rows_ticks_has_no_note(cli, db, tmp_path, cell):
    linted, _ = noted(cli, db, tmp_path, cell)
    assert not any("不一致" in line or "没有保存" in line for line in linted)


def test_a_sum_of_money_beside_the_count_is_not_read_as_machines(cli, db, tmp_path):
    linted, imported = noted(cli, db, tmp_path, "10台，单价50万元，合计500万")
    assert not any("5000000" in line or "100000" in line for line in linted + imported)
    assert "第 4 行：已导入为场景 #1" in imported


def test_a_corrected_count_is_imported_with_the_count_taken_back_noted(cli, db, tmp_path):
    linted, _ = noted(cli, db, tmp_path, "10台，不对，是12台")
    assert "  ⚠️ 部署总数按 12 台记录，“10台”没有保存（本列只记一个合计台数）" in linted


def test_a_count_taken_back_with_none_after_it_refuses_the_cell(cli, db, tmp_path):
    linted, imported = noted(cli, db, tmp_path, "10台，不对")
    assert any("您说“10台”不对，请重新填写" in line and "❌" in line for line in linted)
    assert "第 4 行：已导入为场景 #1" not in imported
