"""The questionnaire in a terminal: numbered choices instead of buttons, same database.

Lets anyone try the product with no Telegram token, and coordinators fill a row at a desk.
"""

import os
import re
import select
from collections.abc import Callable
from dataclasses import replace
from typing import TextIO

import click
from prompt_toolkit import PromptSession
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
from prompt_toolkit.keys import Keys
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.after_submission import returned_elsewhere
from bot.callbacks import Press
from bot.discard_words import typed_at_discard
from bot.intake import Intake
from bot.replies import Reply
from bot.terminal_lines import as_meant
from bot.terminal_trial import in_trial
from flows import actions, menu_words
from flows.draft import SUMMARY
from flows.reply_actions import REPLY_ACTIONS
from flows.review import typed_number
from flows.screens import Button
from storage.people import TERMINAL_USER

TERMINAL_NAME = "终端用户"
# The command for each navigation button, and the button's word: a command is read as its word
# typed, so one the current question lacks is explained as a typed word is (必填项不能跳过 …).
NAV_WORDS = {actions.Back: ("/back", "上一步"), actions.Keep: ("/keep", "保持不变"),
             actions.Skip: ("/skip", "跳过"), actions.Clear: ("/clear", "清空此项"),
             actions.Pause: ("/pause", "暂停")}
# The chat's words for buttons, and what to do in a terminal instead (first match first).
# Pressing as the means before a verb (点击下方按钮选择所属行业, 点击确认) becomes typing a number,
# leaving the verb; pressing a named thing (点击“提交”, 点击要修改的项目) becomes choosing it,
# and pressing one named before as the means (点击它选择形态) typing its number.
# The buttons that write to a coordinator are Telegram's (`_numbered`): here, contact them.
TERMINAL_WORDS = ((r"请点“💬 联系协调员”说明，由协调员退回后再改", "请联系协调员退回后再改"),
                  (r"请点“💬 联系协调员”|请点下面的按钮告诉协调员", "请联系协调员"),
                  (r"点击(?:下方)?按钮(?=选|确认|继续|重新)|点击(?=选|确认|继续)", "输入序号"),
                  (r"点击它(?=选)", "输入它的序号"),
                  (r"点击(?:下方)?按钮", "选择下方选项"), (r"点击", "选择"), (r"点“", "选“"),
                  (r"按钮", "选项"))
COMMANDS = ("/back 上一步  /keep 保持不变  /skip 跳过  /clear 清空此项  /pause 暂停  "
            "/drafts 我的草稿  /new 新建  /fix 编号 修改被退回的场景  /help 帮助  /quit 退出")
# Every command the terminal runs: those it lists, and /start, which Telegram users know.
KNOWN = ("/start", *re.findall(r"/\w+", COMMANDS))
USAGE = f"输入文字作答；输入序号选择选项。命令：{COMMANDS}"
# What Telegram marks as a command (a bot_command entity at the start): a slash and latin
# letters, digits or underscores. "/ 无" or "/无" is text there, and so here.
COMMAND = re.compile(r"/\w+(?=\s|$)", re.ASCII)
UNKNOWN_COMMAND = "无法识别的命令 {command}。{guess}可用命令：{commands}"
GUESS = "是否想输入 {command}？"
FIX_RETURNED = "修改：输入 /fix {id}"
SUMMARY_LAST = {actions.Submit: 1, actions.Fix: 2}  # numbered after the card's columns
FIX_USAGE = "用法：/fix 场景编号，例如 /fix 12"
# Exports what the trial submitted: no coordinator approves it (README, `export`).
EXPORT = "scenario-intake export --status submitted --out 场景.xlsx"
BYE = "再见！草稿已保存，下次运行 {again} 可继续。"
# Lines of one paste reach the program microseconds apart; no one types a line that fast.
PASTE_GAP = 0.1
Reader = Callable[[str], str]  # the prompt shown, to the answer typed


class TerminalChat:
    def __init__(self, intake: Intake, read: Reader, write: Callable[[str], None],
                 again: str, export: str = EXPORT):
        """`again` is the command that opens this same database again, told when leaving;
        `export` the one that exports its submitted rows."""
        self.intake = intake
        self.read = read
        self.write = write
        self.again = again
        self.export = export
        # The last reply with a screen, kept whole: a choice pressed from it carries its draft and
        # revision, and asking again for a number shows that same screen.
        self.shown: Reply | None = None

    def run(self) -> None:
        """Talk until /quit or end of input."""
        self.write(USAGE)
        self.intake.store.seen(TERMINAL_USER, TERMINAL_NAME)
        # Said before the draft in progress, whose question is then the one answered next.
        intake = self.intake
        notices = returned_elsewhere(intake.survey, intake.store, intake.reviews.store,
                                     TERMINAL_USER)
        for draft_id, notice in notices:
            self.write(f"{notice}\n{FIX_RETURNED.format(id=draft_id)}")
        intake.store.drop_discard_ask(TERMINAL_USER)  # a delete question left last time is over
        self.show(self.intake.start(TERMINAL_USER))
        while True:
            try:
                line = as_meant(self.read("> ").strip(), KNOWN)
            except (EOFError, KeyboardInterrupt):
                break
            if _command(line) == "/quit":
                break
            self.show(self.handle(line))
        self.write(BYE.format(again=self.again))

    def handle(self, line: str) -> Reply:
        """Words typed answer the delete question, when it is the last asked, as in Telegram
        (bot/discard_words.py); a command ends it, as a choice does (`press`)."""
        if _command(line) is not None:
            self.intake.store.drop_discard_ask(TERMINAL_USER)
        elif not (line.isdigit() and self._numbered()):
            if reply := typed_at_discard(self.intake, TERMINAL_USER, line):
                return reply
        return self._handled(line)

    def _handled(self, line: str) -> Reply:
        commands = {
            "/start": lambda: self.intake.start(TERMINAL_USER),
            "/new": lambda: self.intake.new(TERMINAL_USER),
            "/drafts": lambda: self.intake.drafts(TERMINAL_USER),
            "/help": self._help,
            "/fix": lambda: self.fix(line),
        }
        # A menu word without its slash (flows/menu_words.py) runs its command, as in Telegram.
        named = menu_words.command_named(line)
        command = f"/{named}" if named else _command(line)
        if command in commands:
            return commands[command]()
        typed = dict(NAV_WORDS.values())
        if command in typed:
            return self.intake.act(TERMINAL_USER, actions.Text(typed[command]))
        if command is not None:  # never an answer: Telegram refuses it too (handlers.py)
            return self._again(_unknown(command))
        buttons = self._numbered()
        if line.isdigit() and buttons:
            number = int(line)
            if not 1 <= number <= len(buttons):
                wanted = "1" if len(buttons) == 1 else f"1-{len(buttons)} 之间的序号"
                return replace(self.shown, messages=(f"请输入 {wanted}。",))
            return self.press(buttons[number - 1])
        return self.intake.act(TERMINAL_USER, actions.Text(line))

    def fix(self, line: str) -> Reply:
        """/fix N: what a return notice's 去修改 does in Telegram, the returned scenario opened
        at the first column the coordinator flagged; without a number, how to use it."""
        number = typed_number(line[len("/fix"):])
        if number is None:
            return self._again(FIX_USAGE)
        reply = self.intake.fix(TERMINAL_USER, number)
        return self._again(*reply.messages) if reply.refused else reply

    def _help(self) -> Reply:
        """/help with the terminal's own commands first, as /help says Telegram's."""
        reply = self.intake.help(TERMINAL_USER)
        return replace(reply, messages=(USAGE, *reply.messages))

    def _again(self, *messages: str) -> Reply:
        """`messages`, then the current question again, as a refused command is answered."""
        reply = self.intake.act(TERMINAL_USER, actions.Show())
        return replace(reply, messages=(*messages, *reply.messages))

    def press(self, button: Button) -> Reply:
        self.intake.store.drop_discard_ask(TERMINAL_USER)  # as any press in Telegram
        if isinstance(button.action, actions.MENU_ACTIONS):
            return self.intake.menu(TERMINAL_USER, button.action)
        shown = self.shown
        shown_on = Press(button.action, shown.draft_id, shown.screen.at, shown.revision)
        return self.intake.act(TERMINAL_USER, button.action, shown_on)

    def show(self, reply: Reply) -> None:
        said = self._said()
        for message in reply.messages:
            self.write(said(message))
        if reply.screen is None:
            return
        self.shown = reply
        self.write("")
        self.write(said(reply.screen.text))
        for number, button in enumerate(self._numbered(), start=1):
            self.write(f"  [{number}] {button.label}")
        words = [f"{NAV_WORDS[type(b.action)][0]} {b.label}" for b in reply.screen.nav
                 if type(b.action) in NAV_WORDS]
        if words:
            self.write("  " + "   ".join(words))

    def _said(self) -> Callable[[str], str]:
        """How the chat's words are said here: buttons as numbers, and, with no coordinator set
        up at all (the trial), no review promised (bot/terminal_trial.py)."""
        if self.intake.reviews.people.coordinators():
            return _for_terminal
        return lambda text: _for_terminal(in_trial(text, self.export))

    def _numbered(self) -> list[Button]:
        """The choices in the order they are numbered. On the summary, 提交 comes after the
        columns, so that [5] is ✏️ 5, the line numbered 5 on the card, and keeps its number
        when a warning adds ✏️ 去修改 another entry after it."""
        screen = self.shown.screen if self.shown else None
        # Replies to a coordinator travel by Telegram, which the terminal does not send.
        buttons = [b for row in screen.choices for b in row
                   if not isinstance(b.action, REPLY_ACTIONS)] if screen else []
        if screen and screen.at == SUMMARY:
            buttons.sort(key=lambda b: SUMMARY_LAST.get(type(b.action), 0))
        return buttons


def _command(line: str) -> str | None:
    """The command a line starts with, lower-cased as Telegram's are; any words after it are
    ignored, as Telegram ignores them after /help."""
    found = COMMAND.match(line)
    return found.group().lower() if found else None


def _unknown(command: str) -> str:
    """The refusal, with the command meant when one slip of the finger away (/qiut, /skp)."""
    near = process.extractOne(command, KNOWN, scorer=OSA.distance, score_cutoff=1)
    guess = GUESS.format(command=near[0]) if near else ""
    return UNKNOWN_COMMAND.format(command=command, guess=guess, commands=COMMANDS)


def _for_terminal(text: str) -> str:
    for chat, terminal in TERMINAL_WORDS:
        text = re.sub(chat, terminal, text)
    return text


def answer_reader(stdin: TextIO, stdout: TextIO) -> Reader:
    """How answers are read, so that several lines pasted are one answer, as they are one
    message in Telegram. In a terminal, prompt_toolkit's line editor: a paste the terminal marks
    (bracketed paste) is one answer sent by Enter, and so is one it does not mark, whose lines
    arrive together (`_enter`); it raises EOFError on Ctrl-D and KeyboardInterrupt on Ctrl-C, as
    `input` does. Where it cannot draw (output piped to a file, TERM=dumb), the lines that came
    with the first are joined. Piped input stays one line per answer."""
    if stdin.isatty() and stdout.isatty() and os.environ.get("TERM") != "dumb":
        os.environ.setdefault("PROMPT_TOOLKIT_NO_CPR", "1")  # its English warning, where unanswered
        return PromptSession(key_bindings=_enter()).prompt
    return lambda prompt: _read_lines(prompt, stdin)


def _enter() -> KeyBindings:
    """Enter sends the answer, but not inside a paste the terminal did not mark: keys behind it
    read at once came with it, and no one types a line that fast."""
    bindings = KeyBindings()

    @bindings.add("enter")
    def _(event: KeyPressEvent) -> None:
        if any(k.key != Keys.CPRResponse for k in event.key_processor.input_queue):
            event.current_buffer.insert_text("\n")
        else:
            event.current_buffer.validate_and_handle()

    return bindings


def _read_lines(prompt: str, stdin: TextIO) -> str:
    click.echo(prompt, nl=False)
    line = stdin.readline()
    if not line:
        raise EOFError
    lines = [line.removesuffix("\n")]
    while stdin.isatty() and _more_waiting(stdin) and (line := stdin.readline()):
        lines.append(line.removesuffix("\n"))
    return "\n".join(lines)


def _more_waiting(stdin: TextIO) -> bool:
    try:
        return bool(select.select([stdin], [], [], PASTE_GAP)[0])
    except OSError:  # on Windows select watches sockets only, not a console
        return False
