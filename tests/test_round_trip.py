"""What the chat accepts comes back from export, import and export as the same cells.

Each scenario is typed in the chat (the real Application on the fake Bot API) and submitted,
exported, imported into another database through the real CLI, and exported again; the two
files must show identical cells.
"""

import pytest
from openpyxl import load_workbook

from exports.writer import export_rows
from tests import test_cli_data
from tests.journey import JOURNEY, PAIN
from tests.test_export import answers
from tests.test_import import sheet_cells

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services

# Near the chat's limits of 800 and 400 characters: 1,194 in the cell. The indicators leave out
# reliability, so the chat offers the supplement.
LONG_INDICATORS = ("识别准确率≥98%；" + "定位精度≤0.5mm，" * 80)[:789] + "节拍≤15秒"
LONG_SUPPLEMENT = ("连续运行≥8小时，" * 50)[:392] + "故障率≤1%"


async def chat_and_submit(engineer, **moves):
    """The shared journey with some moves replaced (move index -> moves), then 提交."""
    for index, move in enumerate(JOURNEY):
        for kind, value in moves.get(f"at_{index}", [move]):
            await (engineer.send(value) if kind == "send" else engineer.press(value))
    await engineer.press("✅ 提交")


def round_trip(cli, db, tmp_path):
    """The submitted scenarios exported, imported into another database and exported again:
    the first file, the import's result and the second file."""
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert cli("export", "--out", first, "--status", "submitted", "--db", db).exit_code == 0
    other = tmp_path / "other.db"
    imported = cli("import", first, "--db", other)
    assert cli("export", "--out", second, "--status", "submitted", "--db", other).exit_code == 0
    return first, imported, second


async def test_indicators_with_a_supplement_longer_than_one_answer_import_and_export_unchanged(
    engineer, app, cli, tmp_path
):
    assert (len(LONG_INDICATORS), len(LONG_SUPPLEMENT)) == (795, 398)
    await chat_and_submit(engineer, at_8=[("send", LONG_INDICATORS), ("press", "补充"),
                                          ("send", LONG_SUPPLEMENT)])
    stored = app.bot_data["services"].reviews.store.entry(1)
    assert stored.info.status == "submitted"
    assert (stored.answers["indicators"], stored.answers["indicators_more"]) == (
        LONG_INDICATORS, LONG_SUPPLEMENT)
    first, imported, second = round_trip(cli, tmp_path / "intake.db", tmp_path)
    assert imported.exit_code == 0, imported.output
    assert sheet_cells(second) == sheet_cells(first)
    linted = cli("lint", first)
    assert linted.exit_code == 0 and "有问题 0 行" in linted.output, linted.output


async def test_long_indicators_and_supplement_typed_with_full_width_digits_still_import(
    engineer, cli, tmp_path
):
    await chat_and_submit(engineer, at_8=[("send", LONG_INDICATORS), ("press", "补充"),
                                          ("send", LONG_SUPPLEMENT)])
    first = tmp_path / "first.xlsx"
    cli("export", "--out", first, "--status", "submitted", "--db", tmp_path / "intake.db")
    book = load_workbook(first)
    cell = next(c for row in book.active.iter_rows() for c in row
                if isinstance(c.value, str) and "故障率≤1%" in c.value)
    cell.value = cell.value.replace("故障率≤1%", "故障率≤１％")
    book.save(first)
    imported = cli("import", first, "--db", tmp_path / "other.db")
    assert imported.output.splitlines()[0] == "第 4 行：已导入为场景 #1", imported.output


@pytest.mark.parametrize("moves", [
    {"at_20": [("send", "ROS2 仿真平台:Isaac Sim")]},
    {"at_9": [("send", "替代2名测试工人 差异化创新点:双臂协同抓取")]},
    {"at_5": [("send", "汽车/ 零部件")]},
], ids=["half-width label in 操作系统", "half-width label in 预期成效", "spaced slash in 行业"])
async def test_an_answer_holding_a_half_width_colon_or_a_slash_exports_the_same_cell_again(
    engineer, app, cli, tmp_path, moves
):
    await chat_and_submit(engineer, **moves)
    assert app.bot_data["services"].reviews.store.entry(1).info.status == "submitted"
    first, imported, second = round_trip(cli, tmp_path / "intake.db", tmp_path)
    assert imported.exit_code == 0, imported.output
    assert sheet_cells(second) == sheet_cells(first)


def test_a_hand_typed_half_width_label_still_starts_its_item(cli, services, db, tmp_path):
    """Typed by hand, `仿真平台:` names an item: the cell is not laid out as the export writes."""
    export_rows([answers(1)], tmp_path / "typed.xlsx")
    workbook = load_workbook(tmp_path / "typed.xlsx")
    workbook.active["L4"] = "模型算法：具身大模型 v2\n操作系统：ROS 2 仿真平台:Isaac Sim"
    workbook.save(tmp_path / "typed.xlsx")
    assert cli("import", tmp_path / "typed.xlsx", "--db", db).exit_code == 0
    stored = services.reviews.store.entry(1).answers
    assert (stored["operating_system"], stored["simulation_platform"]) == ("ROS 2", "Isaac Sim")


async def test_an_answer_holding_unseen_characters_re_imports_unchanged(engineer, cli, tmp_path):
    pain = PAIN.replace("，", "，\xa0", 1) + " 👨\u200d🔧"
    await chat_and_submit(engineer, at_7=[("send", pain)])
    first, db = tmp_path / "first.xlsx", tmp_path / "intake.db"
    assert cli("export", "--out", first, "--status", "submitted", "--db", db).exit_code == 0
    result = cli("import", first, "--db", db)
    assert "未变化 1 行" in result.output, result.output
