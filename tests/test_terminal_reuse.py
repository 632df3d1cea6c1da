"""沿用 in the terminal: the offer is one more numbered choice (bot/terminal.py)."""

import pytest

from bot.services import build_services
from bot.settings import Settings
from bot.terminal import TerminalChat
from storage.people import TERMINAL_USER

UNIT = "苏州恒远动力电池有限公司"


def test_the_terminal_offers_the_first_scenarios_unit_by_number(tmp_path):
    said = []
    typed = iter(["1", "5", UNIT, "恒远工厂电池测试—柔性插接", "/new", "1", "5", "1"])
    intake = build_services(Settings(db=tmp_path / "t.db", _env_file=None)).intake
    chat = TerminalChat(intake, read=lambda prompt: next(typed), write=said.append, again="")
    with pytest.raises(StopIteration):
        chat.run()
    assert f"  [1] 沿用：{UNIT}" in said
    assert intake.store.current(TERMINAL_USER).answers["enterprise"] == UNIT
    assert "第 3/11 步 · 场景名称" in said[-2]
