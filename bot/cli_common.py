"""What every `scenario-intake` command shares: one-line Chinese failures and `--db`."""

from functools import wraps
from pathlib import Path

import click

from bot.settings import Settings, SettingsError, city_scope, load_settings
from storage.people import PROVINCE


class Failure(click.ClickException):
    """An operator error: printed as one Chinese line, exit status 1."""

    def show(self, file=None) -> None:
        click.echo(self.format_message(), err=True)


def db_option(command):
    """`--db`, overriding INTAKE_DB, on every command that opens the database."""

    @click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
                  help="SQLite 数据库文件（默认取 INTAKE_DB，或 ./data/intake.db）")
    @wraps(command)
    def wrapper(*args, db, **kwargs):
        return command(*args, settings=settings_or_fail(db=db), **kwargs)

    return wrapper


def scope_or_fail(settings: Settings, city: str | None) -> str:
    """The city scope an operator typed (苏州 → 苏州市), or the province when none was."""
    try:
        return PROVINCE if city is None else city_scope(city, settings.cities)
    except ValueError as error:
        raise Failure(f"--city 无效：{error}") from None


def settings_or_fail(**overrides) -> Settings:
    try:
        return load_settings(**overrides)
    except SettingsError as error:
        raise Failure(str(error)) from None
