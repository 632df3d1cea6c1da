"""An imported row is stored as its cells say, parts the chat would ask again included: the
file check judges the description as one text, and nothing it accepted may be lost."""

from openpyxl import load_workbook

from tests import test_cli_data
from tests.test_import import SHORT_PAIN_CELL
from tests.test_import_layout import filled

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services


def test_a_short_pain_point_imported_is_stored_and_exported_whole(cli, db, services, tmp_path):
    workbook = filled(tmp_path / "plan.xlsx")
    workbook.active["F4"] = SHORT_PAIN_CELL
    workbook.save(tmp_path / "plan.xlsx")
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).exit_code == 0
    first = services.reviews.store.entries()[0]
    assert first.answers["pain_point"] == "夜班护理人员不足。"
    cli("export", "--out", tmp_path / "out.xlsx", "--status", "all", "--db", db)
    assert load_workbook(tmp_path / "out.xlsx").active["F4"].value == SHORT_PAIN_CELL
