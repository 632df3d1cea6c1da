"""One cell of an exported row typed over and imported through the CLI, as a coordinator
fixes a cell by hand in the file before importing it."""

from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from bot.services import build_services
from bot.settings import Settings
from exports.writer import export_rows
from tests.test_export import answers


def imported(tmp_path, cell: str, at: str) -> tuple[str, dict]:
    """The import's output for a row whose cell `at` (F4, L4…) holds `cell`, and the answers
    stored."""
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active[at] = cell
    workbook.save(tmp_path / "plan.xlsx")
    db = tmp_path / "intake.db"
    result = CliRunner().invoke(main, ["import", str(tmp_path / "plan.xlsx"), "--db", str(db)])
    entries = build_services(Settings(db=db, _env_file=None)).reviews.store.entries()
    return result.output, entries[0].answers if entries else {}
