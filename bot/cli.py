"""The `scenario-intake` command: each command a thin wrapper over functions the bot uses too."""

import shlex
import sqlite3
import sys
from pathlib import Path

import click
from telegram.error import InvalidToken, NetworkError

from bot import logs
from bot.cli_common import (
    Failure,
    FilePath,
    UserIdCommand,
    db_option,
    existing_db_option,
    new_database_note,
    program,
    refuse_repeated_options,
    scope_or_fail,
    settings_or_fail,
    user_id_or_fail,
)
from bot.cli_data import export, import_rows, lint
from bot.cli_words import name_in_chinese, speak_chinese
from bot.services import build_services
from bot.settings import Settings
from bot.terminal import TerminalChat, answer_reader
from flows.deployment_words import words_of
from storage.maintenance import BackupRefused, as_stored, backup, check
from storage.people import Coordinator, People
from storage.schema import SchemaTooNew, refuse_newer

NO_TOKEN = """\
尚未配置 Telegram 机器人令牌（INTAKE_TELEGRAM_TOKEN），因此暂不连接 Telegram。
如需上线机器人：
  1. 在 Telegram 中找 @BotFather 发送 /newbot，得到令牌；
  2. 设置环境变量 INTAKE_TELEGRAM_TOKEN=<令牌>（或写入当前目录的 .env 文件）；
  3. 运行 {run}。
现在可以先在终端里试用同一套填报流程（数据保存在 {db}）。"""
NOT_A_DATABASE = ("无法读取数据库文件：它不是 SQLite 数据库，或已损坏。"
                  "请用 --db 指定正确的文件，或用 {program} backup 生成的备份恢复。")
BUSY = ("数据库正被另一个程序长时间占用（如正在写入的机器人或另一条命令），请稍后重试。"
        "数据库本身没有损坏，不需要从备份恢复。")
REFUSED_TOKEN = "Telegram 不接受该令牌（INTAKE_TELEGRAM_TOKEN），请向 @BotFather 核对。"
OFFER_CHAT = "按回车开始终端试用，输入 n 退出："
# `--db` before a command's name is the bare command's; the command itself takes its own after.
DB_BEFORE_COMMAND = ("写在命令名之前的 --db 只用于不带命令的 {program}；{command} 的 --db 请写在"
                     "命令名之后（运行 {program} {command} --help 查看）。")
LINT_WITHOUT_DB = "lint 不读写数据库，无需 --db。"
SUPERSEDED = ("另一个进程正在用同一令牌运行这个机器人（Telegram 答复 409 Conflict），本进程已退出。"
              "同一机器人同时只能运行一个；要换用本进程，请先停止原来的进程。")


speak_chinese()


class Commands(click.Group):
    """Any command's database trouble as one Chinese line: a file that is not this program's
    database (or is damaged), or one written by a newer version; and no option given twice."""

    group_class = type  # `coordinators` is one too, so `coordinators add` is checked the same

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if ctx.parent is None:  # the bare command's own `--db`, before any command's name
            refuse_repeated_options(ctx.parent, ctx.info_name, self, args)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and not isinstance(command, click.Group):
            refuse_repeated_options(ctx, name, command, rest)
        return name, command, rest

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except SchemaTooNew as error:
            raise Failure(str(error)) from None
        except sqlite3.OperationalError as error:
            if "locked" in str(error) or "busy" in str(error):
                raise Failure(BUSY) from None
            raise Failure(NOT_A_DATABASE.format(program=program())) from None
        except sqlite3.DatabaseError:
            raise Failure(NOT_A_DATABASE.format(program=program())) from None


@click.group(cls=Commands, invoke_without_command=True)
@click.option("--db", type=FilePath(), default=None, metavar="文件",
              help="不带命令时所用的 SQLite 数据库文件（默认取 INTAKE_DB，或 ./data/intake.db）；"
                   "各命令的 --db 写在命令名之后")
@click.pass_context
def main(ctx: click.Context, db: Path | None) -> None:
    """场景填报助手：人形机器人与具身智能实景实训工作计划表的填报、审核与导出。

    不带命令时：已配置令牌则启动机器人（同 run），否则说明如何配置并进入终端试用（同 chat）。
    """
    if ctx.invoked_subcommand is not None:
        if db is not None:  # taken silently, the command would open the default database
            command = ctx.invoked_subcommand
            raise Failure(LINT_WITHOUT_DB if command == "lint" else
                          DB_BEFORE_COMMAND.format(program=program(), command=command))
        return
    settings = settings_or_fail(db=db)
    if settings.telegram_token is not None:
        ctx.invoke(run, db=db)
        return
    click.echo(NO_TOKEN.format(db=settings.db, run=_again("run", settings)))
    if sys.stdin.isatty() and _declined(click.prompt(OFFER_CHAT, default="", show_default=False,
                                                          prompt_suffix="")):
        return
    ctx.invoke(chat, db=db)


def _declined(answer: str) -> bool:
    return answer.strip().lower() == "n"


@main.command()
@db_option
def chat(settings: Settings) -> None:
    """在终端中填写场景（无需 Telegram 令牌）。"""
    logs.beside(settings.db, settings.log_level)
    intake = build_services(settings).intake
    read = answer_reader(sys.stdin, sys.stdout)
    export = f"{_again('export', settings)} --status submitted --out 场景.xlsx"
    TerminalChat(intake, read=read, write=click.echo, again=_again("chat", settings),
                 export=export).run()


def _again(command: str, settings: Settings) -> str:
    """The command to type to run `command` on this database again: with `--db` when it is not
    the default (from --db or INTAKE_DB), as a later shell may lack INTAKE_DB."""
    again = f"{program()} {command}"
    if settings.db != Settings.model_fields["db"].default:
        again += f" --db {shlex.quote(str(settings.db))}"
    return again


@main.command()
@db_option
def run(settings: Settings) -> None:
    """启动 Telegram 机器人（长轮询）。"""
    from bot.app import build_application, settle, superseded

    if settings.telegram_token is None:
        raise Failure("配置错误：未设置 INTAKE_TELEGRAM_TOKEN，无法启动机器人。")
    token = settings.telegram_token.get_secret_value()
    logs.configure(settings.log_level, token)
    application = build_application(build_services(settings))
    settle()
    click.echo(f"正在连接 Telegram 启动机器人，数据库：{settings.db}。按 Ctrl+C 停止。")
    try:
        application.run_polling()
    except InvalidToken:
        raise Failure(REFUSED_TOKEN) from None
    except NetworkError:  # only before polling starts: later ones are retried
        raise Failure(f"无法连接 Telegram（{settings.telegram_api_url}），"
                      "请检查网络或 INTAKE_TELEGRAM_API_URL。") from None
    if superseded(application):
        raise Failure(SUPERSEDED)


@main.group()
def coordinators() -> None:
    """管理协调员（市、省工信部门审核人员）。"""


@coordinators.command("add", cls=UserIdCommand)
@click.argument("user_id", type=int, metavar="用户ID")
@click.option("--city", default=None, metavar="城市",
              help="只审核该城市（直辖市为该区）的场景；不填则审核全部")
@db_option
def add_coordinator(settings: Settings, user_id: int, city: str | None) -> None:
    """添加协调员（用户ID 为其 Telegram 用户 ID）；已有的协调员则修改其审核范围。"""
    scope = Coordinator(user_id_or_fail(user_id), scope_or_fail(settings, city))
    created = not settings.db.exists()
    people = build_services(settings).reviews.people
    _refuse_configured(people, user_id, "修改")
    before = people.coordinator(user_id)
    people.add_coordinator(user_id, scope.city)
    whole = words_of(settings.submitting_unit).whole  # 全省, a municipality's 全市
    label = scope.scope_in(whole)
    if before is None:
        click.echo(f"已添加协调员 {user_id}，审核范围：{label}。")
    elif before.city == scope.city:
        click.echo(f"协调员 {user_id} 已在名单中，审核范围仍为：{label}。")
    else:
        click.echo(f"已将 {user_id} 的审核范围由 {before.scope_in(whole)} 改为 {label}。")
    new_database_note(settings.db, created, "这位协调员")


@coordinators.command("remove", cls=UserIdCommand)
@click.argument("user_id", type=int, metavar="用户ID")
@existing_db_option
def remove_coordinator(settings: Settings, user_id: int) -> None:
    """移除协调员。"""
    people = build_services(settings).reviews.people
    _refuse_configured(people, user_id_or_fail(user_id), "删除")
    if not people.remove_coordinator(user_id):
        raise Failure(f"协调员 {user_id} 不存在。")
    click.echo(f"已移除协调员 {user_id}。")


def _refuse_configured(people: People, user_id: int, change: str) -> None:
    """A coordinator from INTAKE_COORDINATORS is read from it by every start: a change made
    here would be undone, or (removal) reported done and not be."""
    if people.is_configured(user_id):
        raise Failure(f"协调员 {user_id} 来自 INTAKE_COORDINATORS 配置，"
                      f"请在该配置（环境变量或 .env 文件）中{change}。")


@coordinators.command("list")
@existing_db_option
def list_coordinators(settings: Settings) -> None:
    """列出协调员及其审核范围（来自 INTAKE_COORDINATORS 配置的另行注明）。"""
    with as_stored(settings.db) as db:  # a listing leaves an older database to the bot
        refuse_newer(db)
        people = People(db, now=None)
        people.configure(settings.coordinators)
        listed = people.coordinators()
    if not listed:
        click.echo("尚未设置协调员。")
    whole = words_of(settings.submitting_unit).whole
    for c in listed:
        origin = "\t（INTAKE_COORDINATORS 配置）" if people.is_configured(c.user_id) else ""
        click.echo(f"{c.user_id}\t{c.scope_in(whole)}{origin}")


@main.command("backup")
@click.argument("out", type=FilePath(), metavar="备份.db")
@existing_db_option
def backup_command(settings: Settings, out: Path) -> None:
    """在线备份数据库到一个新文件（不覆盖已有文件；机器人运行时也可安全执行）。"""
    try:
        pages = backup(settings.db, out)
    except BackupRefused as refused:
        raise Failure(str(refused)) from None
    click.echo(f"已备份到 {out}（{pages} 页）。")


@main.command("check")
@existing_db_option
def check_command(settings: Settings) -> None:
    """检查数据库完整性和表结构版本。"""
    health = check(settings.db)
    click.echo(f"完整性：{'正常' if health.integrity == 'ok' else health.integrity}")
    older = "，较旧，下次启动时自动升级" if health.version < health.expected else ""
    click.echo(f"表结构版本：{health.version}（本程序：{health.expected}{older}）")
    click.echo(f"场景数：{health.drafts}")
    if not health.ok:
        raise Failure("数据库检查未通过。")


for data_command in (export, import_rows, lint):
    main.add_command(data_command)
name_in_chinese(main)


if __name__ == "__main__":
    main()
