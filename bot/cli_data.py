"""`export`, `import` and `lint`: the spreadsheet commands, thin wrappers over the functions
the bot calls (`bot.exporting`, `bot.importing`, `bot.linting`).

Added to the `scenario-intake` group in `bot/cli.py`.
"""

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from bot.cli_common import (
    Failure,
    FilePath,
    JsonErrorsCommand,
    db_option,
    existing_db_option,
    new_database_note,
    scope_or_fail,
)
from bot.exporting import export_entries, export_text, other_statuses
from bot.importing import import_file, import_text
from bot.linting import lint_file, lint_json, lint_text
from bot.services import build_services
from bot.settings import Settings, SettingsError, load_settings
from exports.locate import TemplateError
from exports.reader import read_file
from flows.configuration import configure
from flows.deployment_words import words_of
from flows.draft import STATUS_LABELS, Status
from flows.export_menu import STATUS_FILTERS, StatusFilter
from flows.navigation import Questionnaire
from storage.drafts import DraftStore
from storage.maintenance import as_stored, folder_problem, unwritable
from storage.people import TERMINAL_USER, Coordinator
from storage.reviews import ReviewStore
from storage.schema import SCHEMA_VERSION, refuse_newer, schema_version

XLSX = FilePath()
CENTRAL_HINT = "加 --central 可单独导出。"
IMPORT_STATUSES = (Status.SUBMITTED, Status.APPROVED)
OTHER_STATUS = "另有 {count} 个{label}的场景：可用 --status {name} 导出。"
OLDER_UNWRITABLE = ("数据库 {db} 是旧版本，须先升级才能导出，而它所在的位置不可写。"
                    "请把它复制到可写的目录再导出。")
IMPORT_FAILED = ("导入失败：这是程序自身的错误，不是文件的问题，本次没有保存任何内容。"
                 "请把上面的错误信息和这个文件发给维护人员。")


@contextmanager
def _as_failure() -> Iterator[None]:
    """What the operator can fix (a wrong file, a missing one, a bad setting) as one line."""
    try:
        yield
    except (TemplateError, SettingsError) as error:
        raise Failure(str(error)) from None
    except FileNotFoundError as error:
        raise Failure(f"找不到文件或目录：{error.filename}") from None
    except OSError as error:
        raise Failure(f"无法读写文件：{error.filename or error}") from None


@contextmanager
def _bug_told(message: str) -> Iterator[None]:
    """An error of the program's own, logged with its traceback, told as such: never as a
    problem of the operator's file."""
    try:
        yield
    except click.ClickException:
        raise
    except Exception:
        logging.getLogger(__name__).exception("unexpected error")
        raise Failure(message) from None


@click.command("export")
@click.option("--out", required=True, type=XLSX, metavar="文件.xlsx", help="导出到该 xlsx 文件")
@click.option("--template", type=XLSX, default=None, metavar="模板.xlsx",
              help="自己的模板副本（默认用内置的官方模板）")
@click.option("--status", type=click.Choice([f.name for f in STATUS_FILTERS]), default="approved",
              show_default=True, help="approved 已通过；submitted 已提交待审核；all 两者都导出")
@click.option("--city", default=None, metavar="城市",
              help="只导出该城市（直辖市为该区）的场景，如 苏州市、浦东新区")
@click.option("--central", is_flag=True,
              help="只导出由中央企业报送的场景（其他导出不含这些场景，央企单独报送）")
@click.option("--keep-sample", is_flag=True, help="保留模板中的样例行，场景写在其后")
@click.option("--force", is_flag=True, help="覆盖已有的同名文件")
@existing_db_option
def export(settings: Settings, out: Path, template: Path | None, status: str, city: str | None,
           central: bool, keep_sample: bool, force: bool) -> None:
    """把场景导出为工作计划表 xlsx（按场景编号排序；标记为重复的场景不导出）。"""
    if out.suffix.lower() != ".xlsx":  # Excel refuses an xlsx under another name as damaged
        raise Failure(f"导出文件名须以 .xlsx 结尾：{out}")
    chosen = next(f for f in STATUS_FILTERS if f.name == status)
    scope = Coordinator(TERMINAL_USER, scope_or_fail(settings, city))
    if why := folder_problem(out.parent):  # as `backup`: a mistyped folder is not made
        raise Failure(f"无法写入导出文件 {out}：{why}（{out.parent}），请检查路径或先创建该目录。")
    if out.exists() and not force:  # a sheet edited by hand, or already sent, is not redone
        raise Failure(f"文件已存在：{out}。加 --force 覆盖，或换一个文件名。")
    words = words_of(settings.submitting_unit)
    with _entries(settings) as store:
        with _as_failure():
            result = export_entries(store, out, chosen.statuses, scope, template, keep_sample,
                                    central, words)
        text = export_text(result, chosen, scope, central, CENTRAL_HINT, words)
        if not result.written:
            raise Failure("\n".join([text, *_other_statuses(store, chosen, scope, central)]))
    click.echo(f"{text}\n文件：{out}")


@contextmanager
def _entries(settings: Settings) -> Iterator[ReviewStore]:
    """The entries to export. Exporting only reads them: a database in a place that cannot be
    written (a read-only folder or mount) is read as it is, where opening it as the bot does
    would write; only an older one, which must be upgraded first, is refused."""
    if not unwritable(settings.db):
        yield build_services(settings).reviews.store
        return
    with as_stored(settings.db) as db:
        refuse_newer(db)
        if schema_version(db) < SCHEMA_VERSION:
            raise Failure(OLDER_UNWRITABLE.format(db=settings.db))
        yield ReviewStore(DraftStore(db))


def _other_statuses(store: ReviewStore, chosen: StatusFilter, scope: Coordinator,
                    central: bool) -> list[str]:
    """With nothing to export, the rows another --status would export: with no Telegram (the
    terminal mode) no coordinator can approve, so submitted rows are all there is to export."""
    return [OTHER_STATUS.format(count=count, label=STATUS_LABELS[other.statuses[0]],
                                name=other.name)
            for other, count in other_statuses(store, chosen, scope, central)]


@click.command("import")
@click.argument("source", type=XLSX, metavar="文件.xlsx")
@click.option("--status", type=click.Choice([str(s) for s in IMPORT_STATUSES]), default="submitted",
              show_default=True, help="导入后场景的状态")
@click.option("--update", is_flag=True,
              help="用户单位和场景名称与已有场景相同时，用本行内容更新该场景")
@db_option
def import_rows(settings: Settings, source: Path, status: str, update: bool) -> None:
    """导入填好的工作计划表：逐行按填报规则检查，合格的行存为场景；有行被拒绝时退出码为 1。"""
    with _bug_told(IMPORT_FAILED), _as_failure():
        read = read_file(source)  # before the database: an import that cannot start makes none
    created = not settings.db.exists()
    reviews = build_services(settings).reviews
    with _bug_told(IMPORT_FAILED):
        report = import_file(reviews.survey, reviews.store, reviews.people, read, source.name,
                             Status(status), update)
    click.echo(import_text(report))
    new_database_note(settings.db, created, "导入的场景")
    if report.rejected or report.read.unread:
        click.get_current_context().exit(1)


@click.command("lint", cls=JsonErrorsCommand)
@click.argument("source", type=XLSX, metavar="文件.xlsx")
@click.option("--json", "as_json", is_flag=True, help="每行一个 JSON 对象，最后一个为合计")
def lint(source: Path, as_json: bool) -> None:
    """检查填好的工作计划表（不写数据库）：缺项、无效值、量化指标、相似场景和通知的数量要求；
    有行存在问题时退出码为 1。"""
    with _as_failure():
        settings = load_settings()
        survey = Questionnaire(configure(settings.submitting_unit, settings.cities))
        report = lint_file(survey, source)
    click.echo(lint_json(report) if as_json else lint_text(report, source.name))
    if not report.clean or report.read.unread:
        click.get_current_context().exit(1)
