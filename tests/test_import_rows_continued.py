"""A scenario written over several sheet rows, every filled column merged over them but the
members, whose lines go on in the next row: read as one scenario and said so, by `import` and
`lint` alike. Any other merged layout keeps its rows apart."""

from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from bot.services import build_services
from bot.settings import Settings
from exports.writer import export_rows
from tests.test_export import answers

MAKER = "整机企业（或应用服务商）：优必选科技股份有限公司"
JOINED = "第 5 行并入第 4 行：除“创新应用联合体成员”外，各列都与第 4 行合并为同一单元格"


def _plan(tmp_path, members: list[str], unmerged: str = "I") -> str:
    """One scenario's row 4 over len(members) rows, each row's 创新应用联合体成员 its own, the
    other columns but `unmerged` merged over them."""
    path = tmp_path / "plan.xlsx"
    export_rows([answers(n) for n in range(1, len(members) + 1)], path)
    workbook = load_workbook(path)
    sheet = workbook.active
    last = 3 + len(members)
    for row, text in enumerate(members, 4):
        for column in "ABCDEFGHIJKL":
            sheet[f"{column}{row}"] = text if column == "I" else sheet[f"{column}4"].value
    for column in "ABCDEFGHJKL":
        if column not in unmerged:
            sheet.merge_cells(f"{column}4:{column}{last}")
    workbook.save(path)
    return str(path)


def _import(tmp_path, plan: str) -> tuple[str, list]:
    db = tmp_path / "intake.db"
    output = CliRunner().invoke(main, ["import", plan, "--db", str(db)]).output
    return output, build_services(Settings(db=db, _env_file=None)).reviews.store.entries()


def test_members_going_on_in_the_next_merged_row_are_imported_with_the_scenario(tmp_path):
    output, entries = _import(tmp_path, _plan(tmp_path, [MAKER, "其他：东南大学"]))
    assert "第 4 行：已导入为场景 #1" in output
    assert JOINED in output
    assert "第 5 行：拒绝" not in output
    assert "导入 1 行，更新 0 行，未变化 0 行，跳过 0 行，拒绝 0 行。" in output
    [entry] = entries
    assert entry.answers["makers"] == ["优必选科技股份有限公司"]
    assert entry.answers["partners"] == ["东南大学"]


def test_lint_reads_the_next_merged_row_as_the_scenarios_members_and_says_so(tmp_path):
    output = CliRunner().invoke(
        main, ["lint", _plan(tmp_path, [MAKER, "其他：东南大学"])]).output
    assert "共 1 行数据" in output
    assert f"⚠️ {JOINED}" in output
    assert "缺少整机企业" not in output


def test_members_over_three_merged_rows_are_joined_in_the_first(tmp_path):
    plan = _plan(tmp_path, [MAKER, "其他：东南大学", "南京理工大学"])
    output, [entry] = _import(tmp_path, plan)
    assert "第 5、6 行并入第 4 行" in output
    assert entry.answers["partners"] == ["东南大学", "南京理工大学"]


def test_a_next_row_with_its_own_scenario_name_is_its_own_row(tmp_path):
    plan = _plan(tmp_path, [MAKER, "其他：东南大学"], unmerged="ID")
    workbook = load_workbook(plan)
    workbook.active["D5"] = "汽车总装线车门搬运"
    workbook.save(plan)
    output, entries = _import(tmp_path, plan)
    assert "并入" not in output
    assert "第 5 行：拒绝" in output  # its members without a 整机企业, as before
    assert [entry.answers["scenario_name"] for entry in entries] == ["汽车总装线轮胎搬运1"]


def test_a_unit_merged_over_several_scenarios_keeps_their_rows_apart(tmp_path):
    path = tmp_path / "plan.xlsx"
    export_rows([answers(n) for n in (1, 2, 3)], path)
    workbook = load_workbook(path)
    for row in (5, 6):
        workbook.active[f"B{row}"] = None
    workbook.active.merge_cells("B4:B6")
    workbook.save(path)
    output, entries = _import(tmp_path, str(path))
    assert "并入" not in output
    assert "导入 3 行" in output
    assert len(entries) == 3
