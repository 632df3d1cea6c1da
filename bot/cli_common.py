"""What every `scenario-intake` command shares: one-line Chinese failures, `--db`, and the name
the operator runs the program by."""

import json
import os
import re
import shutil
import sqlite3
import sys
from contextlib import suppress
from functools import wraps
from pathlib import Path

import click

from bot.settings import Settings, SettingsError, city_scope, load_settings
from storage.maintenance import as_stored, folder_problem, is_ours, unwritable
from storage.people import PROVINCE, user_id_problem

PROGRAM = "scenario-intake"
NEW_DATABASE = ("注意：数据库 {db} 原先不存在，已新建并写入。如果机器人使用的是另一个数据库，"
                "请用 --db 指定该文件（或设置 INTAKE_DB），否则机器人看不到{unseen}。")

# A database in a place this command cannot write, or read: the file is sound.
UNWRITABLE = ("无法写入数据库文件 {db}：{where}不可写（只读的位置，或没有写入权限）。"
              "数据库本身没有损坏，不需要从备份恢复；请在可写的位置使用它，或开放写入权限"
              "（check、export 和 coordinators list 只读取，可以直接使用）。")
UNREADABLE = ("无法读取数据库文件 {db}：没有读取权限。数据库本身未必损坏，不需要从备份恢复；"
              "请用有权限的账户运行，或开放读取权限。")


class Failure(click.ClickException):
    """An operator error: printed as one Chinese line, exit status 1."""

    def show(self, file=None) -> None:
        click.echo(self.format_message(), err=True)


class FilePath(click.Path):
    """A file's path, never an empty one: click reads "" as the current folder, and the command
    would then complain about that folder (已存在, 不是数据库) instead of the missing name."""

    def __init__(self) -> None:
        super().__init__(dir_okay=False, path_type=Path)

    def convert(self, value, param, ctx):
        if isinstance(value, str) and not value.strip():
            self.fail("文件名不能为空。", param, ctx)
        return super().convert(value, param, ctx)


class JsonFailure(click.ClickException):
    """An error said as the JSON a `--json` command prints, for the script reading it."""

    def __init__(self, error: click.ClickException):
        super().__init__(error.format_message())
        self.exit_code = error.exit_code

    def show(self, file=None) -> None:
        click.echo(json.dumps({"error": self.message}, ensure_ascii=False))


class JsonErrorsCommand(click.Command):
    """A command with `--json`: given it, every error, a usage error too, is one JSON line
    ({"error": "…"}) on standard output, where the script reads the answer."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["json"] = "--json" in args
        try:
            return super().parse_args(ctx, args)
        except click.ClickException as error:
            raise _as_json(ctx, error) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as error:
            raise _as_json(ctx, error) from None


def _as_json(ctx: click.Context, error: click.ClickException) -> click.ClickException:
    return JsonFailure(error) if ctx.meta.get("json") else error


class UserIdCommand(click.Command):
    """A command taking a 用户ID: click reads `-5` as an option it does not know, so a negative
    ID is refused as a wrong ID rather than with 没有 '-5' 这个选项."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as error:
            if re.fullmatch(r"-\d+", error.option_name):
                user_id_or_fail(int(error.option_name))
            raise


def refuse_repeated_options(ctx: click.Context, name: str, command: click.Command,
                            args: list[str]) -> None:
    """An option that takes one value, given twice: click would keep the last one silently, so
    `--city 苏州市 --city 无锡市` would export 无锡市 alone and `--db` twice open one database."""
    probe = click.Context(command, info_name=name, parent=ctx, resilient_parsing=True)
    try:
        _, _, order = command.make_parser(probe).parse_args(args=list(args))
    except click.UsageError:
        return  # the real parse says what is wrong
    for param in dict.fromkeys(order):
        single = isinstance(param, click.Option) and not (param.multiple or param.count
                                                          or param.is_flag)
        if single and order.count(param) > 1:
            raise Failure(f"{param.opts[0]} 只能指定一次（收到 {order.count(param)} 次），"
                          "多个请分别执行。")


def _database_option(existing: bool):
    """`--db`, overriding INTAKE_DB. Opening a database creates it, so a command that only reads
    one (`existing`) first refuses a missing file: a mistyped path would otherwise give an empty
    database and an answer about it (尚未设置协调员, 没有可导出的场景) that looks true. Every
    command refuses a file that holds no database of this program, rather than write its tables
    into it."""

    def decorate(command):
        @click.option("--db", type=FilePath(), default=None, metavar="文件",
                      help="SQLite 数据库文件（默认取 INTAKE_DB，或 ./data/intake.db）")
        @wraps(command)
        def wrapper(*args, db, **kwargs):
            settings = settings_or_fail(db=db)
            if settings.db.is_dir():  # `--db` is refused by click; INTAKE_DB would reach SQLite
                raise Failure(
                    f"数据库文件 {settings.db} 是目录，不是文件（请检查 --db 或 INTAKE_DB）")
            try:
                if existing or settings.db.exists():
                    _refuse_all_but_ours(settings.db)
                else:
                    _make_room(settings.db)
                return command(*args, settings=settings, **kwargs)
            except sqlite3.OperationalError as error:
                _refuse_unwritable(settings.db, error)
                raise

        return wrapper

    return decorate


def _refuse_unwritable(db: Path, error: sqlite3.OperationalError) -> None:
    """SQLite's "unable to open" or "readonly database" where the file or its folder cannot be
    written, or the file read: said so, never as damage to be restored from a backup."""
    if error.sqlite_errorname.startswith(("SQLITE_CANTOPEN", "SQLITE_READONLY", "SQLITE_PERM")):
        if db.exists() and not os.access(db, os.R_OK):
            raise Failure(UNREADABLE.format(db=db)) from None
        if where := unwritable(db):
            raise Failure(UNWRITABLE.format(db=db, where=where)) from None


def _refuse_all_but_ours(db: Path) -> None:
    """A missing file, an empty one (`touch`) or another program's database: opening it would
    make it, or write this program's tables into it."""
    if not db.exists():
        raise Failure(f"数据库文件不存在：{db}（请检查 --db 或 INTAKE_DB）")
    with as_stored(db) as stored:
        if not is_ours(stored):
            raise Failure(f"数据库文件 {db} 不是本程序的数据库（其中没有场景数据），未作任何改动"
                          "（请检查 --db 或 INTAKE_DB）")


def _make_room(db: Path) -> None:
    """A new database goes into a folder that is there: a missing one is most often a mistyped
    path (as for `backup`), and a database made where the bot does not look is lost work. Only
    the default ./data/ is made, on the product's first start."""
    if db == Settings.model_fields["db"].default:
        with suppress(OSError):  # a file named data in its way is told below, not raised
            db.parent.mkdir(parents=True, exist_ok=True)
    if why := folder_problem(db.parent):
        raise Failure(f"无法新建数据库文件 {db}：{why}（{db.parent}），请检查 --db 或 INTAKE_DB，"
                      "或先创建该目录。")


def new_database_note(db: Path, created: bool, unseen: str) -> None:
    """Tell a command run from another folder than the bot's that it wrote a database of its
    own: the bot would never see what it wrote (`unseen`)."""
    if created:
        click.echo(NEW_DATABASE.format(db=db.resolve(), unseen=unseen))


db_option = _database_option(existing=False)
existing_db_option = _database_option(existing=True)


def scope_or_fail(settings: Settings, city: str | None) -> str:
    """The city scope an operator typed (苏州 → 苏州市), or the province when none was."""
    try:
        if city is None:
            return PROVINCE
        return city_scope(city, settings.cities, settings.submitting_unit)
    except ValueError as error:
        raise Failure(f"--city 无效：{error}") from None


def user_id_or_fail(user_id: int) -> int:
    if problem := user_id_problem(user_id):
        raise Failure(f"用户ID {problem}。")
    return user_id


def settings_or_fail(**overrides) -> Settings:
    try:
        return load_settings(**overrides)
    except SettingsError as error:
        raise Failure(str(error)) from None


def program() -> str:
    """The command that runs this program again from the operator's shell, for messages that
    tell them to. The README installs into .venv without activating it, so the bare name is
    given only when the shell finds this very program under it."""
    installed = Path(sys.executable).parent / PROGRAM
    found = shutil.which(PROGRAM)
    if not installed.exists() or (found and Path(found).resolve() == installed.resolve()):
        return PROGRAM
    try:
        return str(installed.relative_to(Path.cwd()))
    except ValueError:
        return str(installed)
