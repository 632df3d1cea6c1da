"""Terminal mode as a person at a keyboard meets it: a real pseudo-terminal, pastes included."""

import ast
import io
import os
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from bot.replies import Reply
from bot.services import build_services
from bot.settings import Settings
from bot.terminal import TerminalChat, _for_terminal, answer_reader
from flows import actions
from flows.draft import SUMMARY, Status
from flows.menus import PRESS_TO_DISCARD
from flows.screens import Button, Screen
from flows.step_messages import LOCKED
from storage.people import PROVINCE, TERMINAL_USER

TO_PAIN = ["1", "5", "苏州恒远动力电池有限公司", "恒远工厂电池测试—柔性插接", "1", "/skip"]
PASTED_PAIN = ("电池包下线前需人工插拔数百伏高压测试插头，存在打火风险。\n"
               "目前每条线配置3名测试工人，多品种小批量难以自动化。\n")
PASTED = (PASTED_PAIN + "技术指标：插接位置精度≤±0.5mm，单次插拔节拍≤15秒，成功率不低于99%。\n"
          "预期成效：替代2名测试工人。\n")

BRACKETED_PASTE = ("\x1b[200~", "\x1b[201~")  # what a terminal puts around pasted text
BRACKETED_PASTE_ON = "\x1b[?2004h"  # asks the terminal to mark what is pasted

ROOT = Path(__file__).resolve().parents[1]
# What rewording a button sentence word by word leaves behind: a verb twice, a choice verb
# swallowed into 序号 (序号所属行业), an option that is "chosen" and then chosen again.
BROKEN = ("选项选", "选项重新选", "选项确认", "选项继续", "序号所", "选择选择", "选择输入",
          "输入输入", "选选", "序号的序号", "选择它选择")


def chinese_strings() -> list[str]:
    """Every Chinese string literal in flows/ and bot/: prompts, replies, help, f-string parts."""
    found = []
    for path in sorted([*ROOT.glob("flows/*.py"), *ROOT.glob("bot/*.py")]):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and re.search(r"[\u4e00-\u9fff]", node.value)):
                found.append(node.value)
    return found


def test_every_button_sentence_reworded_for_the_terminal_reads_naturally():
    reworded = [_for_terminal(text) for text in chinese_strings()]
    assert [text for text in reworded if "点击" in text or "按钮" in text] == []
    assert [text for text in reworded if any(phrase in text for phrase in BROKEN)] == []


def test_a_product_without_its_form_is_told_to_be_chosen_by_its_number_in_the_terminal():
    refusal = "“人形机器人”还没有选择形态，不能勾选：请点击它选择形态（足式 / 轮式 / 其他）"
    assert _for_terminal(refusal) == ("“人形机器人”还没有选择形态，不能勾选："
                                      "请输入它的序号选择形态（足式 / 轮式 / 其他）")


def test_the_terminal_asks_for_an_industry_by_number_or_name(tmp_path):
    said = []
    answers = iter(["1", "5", "苏州恒远动力电池有限公司", "恒远工厂电池测试—柔性插接", "10台", "/help"])
    chat = TerminalChat(build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake,
                        read=lambda prompt: next(answers), write=said.append, again="")
    with pytest.raises(StopIteration):
        chat.run()
    assert "这里请输入序号选择所属行业，或输入行业名称，" in "\n".join(said)
    assert "作答时：直接发送文字回答，或输入序号选择；" in "\n".join(said)


class AtKeyboard(io.StringIO):
    """A stream that is a terminal, as sys.stdin and sys.stdout are in a terminal window."""

    def isatty(self) -> bool:
        return True


def asking(output: str, marked: bool = True) -> bool:
    """Whether the program shows its prompt, with bracketed paste turned on (a paste marked)
    where the terminal can mark one."""
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|[\r\x08]", "", output)
    return (BRACKETED_PASTE_ON in output or not marked) and shown.rstrip().endswith(">")


class Terminal:
    """`scenario-intake chat` on a pseudo-terminal, as a terminal window runs it."""

    def __init__(self, db: Path, term: str = "xterm"):
        self.marked = term != "dumb"
        self.master, slave = os.openpty()
        clean = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "chat", "--db", str(db)],
            stdin=slave, stdout=slave, stderr=slave, cwd=db.parent, start_new_session=True,
            # No reply to prompt_toolkit's cursor position request comes from this "terminal".
            env={**clean, "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
                 "TERM": term, "PROMPT_TOOLKIT_NO_CPR": "1"},
        )
        os.close(slave)
        self.output = ""
        self.wait_for_prompt()

    def wait_for_prompt(self, timeout: float = 20) -> None:
        """Read until the program asks for the next answer."""
        end, start = time.monotonic() + timeout, len(self.output)
        while not asking(self.output[start:], self.marked) and time.monotonic() < end:
            if select.select([self.master], [], [], 0.1)[0]:
                self.output += os.read(self.master, 65536).decode(errors="replace")

    def type(self, text: str) -> None:
        """`text` reaches the program at once, then Enter."""
        os.write(self.master, f"{text}\r".encode())
        self.wait_for_prompt()

    def paste(self, text: str) -> None:
        """`text` pasted, marked as a paste the way terminals mark it where they can, then
        Enter; its line breaks are the Enter key's, as a terminal sends them."""
        if self.marked:
            self.type(f"{BRACKETED_PASTE[0]}{text}{BRACKETED_PASTE[1]}")
        else:
            self.type(text.replace("\n", "\r"))

    def close(self) -> None:
        os.write(self.master, b"/quit\r")
        self.process.wait(timeout=20)
        os.close(self.master)




@pytest.mark.parametrize("term", ["xterm", "dumb"])
def test_lines_pasted_together_in_a_terminal_are_one_answer(tmp_path, term):
    terminal = Terminal(tmp_path / "t.db", term)
    for answer in TO_PAIN:
        terminal.type(answer)
    terminal.paste(PASTED)
    terminal.close()
    answers = build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake.store.current(
        TERMINAL_USER).answers
    assert answers["pain_point"] == PASTED_PAIN.strip()
    assert answers["indicators"] == "插接位置精度≤±0.5mm，单次插拔节拍≤15秒，成功率不低于99%。"
    assert answers["expected_results"] == "替代2名测试工人。"
    assert "没有识别到可量化的指标" not in terminal.output


def test_a_paste_without_a_final_newline_is_one_answer_sent_by_enter(tmp_path):
    """As text copied from Word or a browser is pasted: its last line is not the next answer."""
    terminal = Terminal(tmp_path / "t.db")
    for answer in TO_PAIN:
        terminal.type(answer)
    terminal.paste(PASTED_PAIN.strip())
    terminal.close()
    answers = build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake.store.current(
        TERMINAL_USER).answers
    assert answers["pain_point"] == PASTED_PAIN.strip()
    assert "indicators" not in answers


def test_a_bracketed_paste_of_three_lines_then_enter_is_one_answer():
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        read = answer_reader(AtKeyboard(), AtKeyboard())
        keys.send_text(f"{BRACKETED_PASTE[0]}第一段。\n第二段。\n第三段{BRACKETED_PASTE[1]}\r")
        assert read("> ") == "第一段。\n第二段。\n第三段"
        keys.send_text("1\r")
        assert read("> ") == "1"


def test_a_paste_the_terminal_does_not_mark_is_one_answer_its_lines_arriving_together():
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        read = answer_reader(AtKeyboard(), AtKeyboard())
        keys.send_text("恒远机器人有限公司\r启明智能科技有限公司\r")
        assert read("> ") == "恒远机器人有限公司\n启明智能科技有限公司"
        keys.send_text("1\r")
        assert read("> ") == "1"


@pytest.mark.parametrize(("key", "raised"), [("\x04", EOFError), ("草稿\x03", KeyboardInterrupt)])
def test_ctrl_d_and_ctrl_c_at_a_keyboard_end_the_chat_as_before(key, raised):
    with create_pipe_input() as keys, create_app_session(input=keys, output=DummyOutput()):
        keys.send_text(key)
        with pytest.raises(raised):
            answer_reader(AtKeyboard(), AtKeyboard())("> ")


def test_piped_input_is_one_line_per_answer(capsys):
    read = answer_reader(io.StringIO("第一段。\n第二段。\n"), AtKeyboard())
    assert [read("> "), read("> ")] == ["第一段。", "第二段。"]
    with pytest.raises(EOFError):
        read("> ")


def chat_in_terminal(services, lines: list[str]) -> str:
    """What the terminal shows for `lines` typed one by one, then the end of input."""
    said, typed = [], iter(lines)

    def read(prompt: str) -> str:
        if (line := next(typed, None)) is None:
            raise EOFError
        return line

    TerminalChat(services.intake, read=read, write=said.append, again="").run()
    return "\n".join(said)


def test_a_mistyped_command_in_the_terminal_is_refused_not_saved_as_the_answer(tmp_path):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    shown = chat_in_terminal(services, ["1", "5", "/qiut", "/stop", "/skp", "/history 1"])
    assert "无法识别的命令 /qiut。是否想输入 /quit？可用命令：/back 上一步" in shown
    assert "无法识别的命令 /skp。是否想输入 /skip？" in shown
    assert "无法识别的命令 /stop。可用命令：" in shown
    assert "无法识别的命令 /history。可用命令：" in shown
    assert shown.count("用户单位全称（与营业执照一致）") == 5  # asked again after each
    assert services.intake.store.current(TERMINAL_USER).answers == {
        "submitting_unit": "江苏省工业和信息化厅", "city": "苏州市"}


def test_a_command_typed_on_an_approved_scenario_in_the_terminal_is_unknown_not_a_change(
        tmp_path):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    chat_in_terminal(services, ["1", "5"])
    draft = services.intake.store.current(TERMINAL_USER)
    services.reviews.people.add_coordinator(1, PROVINCE)  # who approves it
    for status in (Status.SUBMITTED, Status.APPROVED):
        services.reviews.store.transition(draft.id, [Status.DRAFT, Status.SUBMITTED], status, 1)
    shown = chat_in_terminal(services, ["/stats"]).splitlines()
    refused = shown.index(next(line for line in shown if line.startswith("无法识别的命令")))
    assert shown[refused].startswith("无法识别的命令 /stats。可用命令：")
    assert shown[refused + 1:refused + 3] == [  # as Telegram: where things stand, but the
        # button that writes to the coordinators is Telegram's: here they are to be contacted
        "", LOCKED.format(id=draft.id, status="审核通过").replace(
            "请点“💬 联系协调员”说明，由协调员退回后再改", "请联系协调员退回后再改")]
    assert "💬" not in "\n".join(shown)


def test_a_menu_word_typed_without_its_slash_in_the_terminal_runs_its_command(tmp_path):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    shown = chat_in_terminal(services, ["1", "5", "我的草稿", "帮助。", "新建草稿"])
    assert "🗂 我的场景：\n#1 （未命名场景）" in shown
    assert "📖 使用说明" in shown
    assert "已新建场景 #2。" in shown
    assert services.intake.store.answers(1) == {
        "submitting_unit": "江苏省工业和信息化厅", "city": "苏州市"}


def test_submit_keeps_its_number_on_a_summary_with_a_button_to_a_returned_entry(tmp_path):
    said = []
    chat = TerminalChat(build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake,
                        read=None, write=said.append, again="")
    edits = tuple(Button(f"✏️ {step} 第{step}项", actions.Edit(step)) for step in range(1, 12))
    summary = Screen(SUMMARY, "📋 请核对", ((Button("✅ 提交", actions.Submit()),), edits,
                                        (Button("✏️ 去修改 #1", actions.Fix(1)),)))
    chat.show(Reply((), summary, 2))
    assert said[-2:] == ["  [12] ✅ 提交", "  [13] ✏️ 去修改 #1"]


def test_a_yes_typed_at_the_delete_question_in_the_terminal_asks_for_its_choice(tmp_path):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    store = services.intake.store
    shown = chat_in_terminal(services, ["/drafts", "2", "确认"])  # [2] 🗑 删除 #1, at 报送单位
    assert shown.endswith(f"{_for_terminal(PRESS_TO_DISCARD)}\n\n确定删除场景草稿 #1 （未命名场景）？"
                          "删除后无法恢复。\n  [1] 🗑 确认删除\n  [2] 取消\n再见！草稿已保存，下次运行  可继续。")
    assert store.answers(1) == {}  # 确认 did not confirm 报送单位
    chat_in_terminal(services, ["/drafts", "2", "1"])
    assert store.info(1) is None
    assert store.discard_asked(TERMINAL_USER) is None


@pytest.mark.parametrize("then", ["取消", "/drafts", "2", "江苏省工业和信息化厅"])
def test_anything_done_after_the_delete_question_in_the_terminal_ends_it(tmp_path, then):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    chat_in_terminal(services, ["/drafts", "2", then])
    assert services.intake.store.info(1) is not None
    assert services.intake.store.discard_asked(TERMINAL_USER) is None


def test_a_number_out_of_range_at_the_delete_question_in_the_terminal_leaves_it_asked(tmp_path):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    shown = chat_in_terminal(services, ["/drafts", "2", "3", "确认"])
    assert "请输入 1-2 之间的序号。" in shown
    assert _for_terminal(PRESS_TO_DISCARD) in shown
    assert services.intake.store.answers(1) == {}


def test_the_terminal_opened_again_after_the_delete_question_asks_its_own_question(tmp_path):
    services = build_services(Settings(db=tmp_path / "t.db", _env_file=None))
    chat_in_terminal(services, ["/drafts", "2"])
    chat_in_terminal(services, ["确认"])  # confirms 报送单位, the question shown on opening
    assert services.intake.store.answers(1) == {"submitting_unit": "江苏省工业和信息化厅"}
    assert services.intake.store.discard_asked(TERMINAL_USER) is None
