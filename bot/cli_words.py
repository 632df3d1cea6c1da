"""click's own words (usage lines, section titles, its error messages) in Chinese.

click marks these for translation with gettext: each of its modules calls `_` and `ngettext`,
bound when imported. Pointing those names at this catalog does what installing a Chinese
translation would, without a compiled catalog or depending on the operator's locale. A
message missing here (a newer click's, say) is shown as click wrote it.
"""

import re
import unicodedata
from collections.abc import Callable

import click
import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.termui
import click.types
import click.utils

WORDS = {
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看帮助。",
    "Error: {message}": "错误：{message}",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing {param_type}": "缺少{param_type}",
    "Missing command.": "缺少命令。",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "No such command {name!r}.": "没有 {name!r} 这个命令。",
    "No such option {name!r}.": "没有 {name!r} 这个选项。",
    "Option {name!r} does not take a value.": "选项 {name!r} 不接受值。",
    "Aborted!": "已中止。",
    "file": "文件",
    "directory": "目录",
    "path": "路径",
    # {name} is click's English "File", fixed when a path option is made, before this catalog
    # is in place; the Chinese says what the path is instead.
    "{name} {filename!r} does not exist.": "{filename!r} 不存在。",
    "{name} {filename!r} is a directory.": "{filename!r} 是目录，不是文件。",
    "{name} {filename!r} is a file.": "{filename!r} 是文件，不是目录。",
    "{name} {filename!r} is not readable.": "{filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{filename!r} 不可写。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的整数。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
}
# (singular, plural) -> the same two in Chinese, with the same placeholders
PLURALS = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        ("多余的参数：{args}", "多余的参数：{args}"),
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        ("是否想用 {possibility}？", "（是否想用其中之一：{possibilities}？）"),
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        ("选项 {name!r} 需要一个值。", "选项 {name!r} 需要 {nargs} 个值。"),
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        ("{value!r} 不是可选的值 {choice}。", "{value!r} 不是可选的值之一：{choices}。"),
}
# click ends a missing parameter's message with an English full stop of its own, after the
# quoted name, which may hold one too ('文件.xlsx').
STOP_AFTER_NAME = re.compile(r"^((?:[^'.]|'[^']*')*)\.")
MODULES = (
    click.core, click.decorators, click.exceptions, click.formatting, click.parser,
    click.termui, click.types, click.utils,
)


def words(message: str) -> str:
    return WORDS.get(message, message)


def plural_words(singular: str, plural: str, count: int) -> str:
    forms = PLURALS.get((singular, plural), (singular, plural))
    return forms[0] if count == 1 else forms[1]


def display_width(text: str) -> int:
    """Columns a terminal gives the text: two for each Chinese character, so help lines up."""
    plain = click.unstyle(text)
    return len(plain) + sum(unicodedata.east_asian_width(c) in "WF" for c in plain)


def speak_chinese() -> None:
    """Make click say its own words in Chinese from now on, in this process."""
    names: dict[str, Callable] = {"_": words, "ngettext": plural_words}
    for module in MODULES:
        for name, replacement in names.items():
            if hasattr(module, name):
                setattr(module, name, replacement)
    click.formatting.term_len = display_width
    english_missing = click.MissingParameter.format_message
    click.MissingParameter.format_message = (
        lambda error: STOP_AFTER_NAME.sub(r"\1。", english_missing(error), count=1))


def name_in_chinese(command: click.Command) -> None:
    """The usage line's placeholders ([OPTIONS], COMMAND [ARGS]...), fixed when each command is
    made, out of the catalog's reach."""
    if command.options_metavar:
        command.options_metavar = command.options_metavar.replace("OPTIONS", "选项")
    if isinstance(command, click.Group):
        command.subcommand_metavar = (
            command.subcommand_metavar.replace("COMMAND", "命令").replace("ARGS", "参数"))
        for subcommand in command.commands.values():
            name_in_chinese(subcommand)
