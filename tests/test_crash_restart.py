"""SIGKILL the real `scenario-intake run` mid-intake and start it again on the same database:
every answer the bot acknowledged is kept, and the engineer carries on at the right question.

Telegram forgets an update once getUpdates asks for a higher offset. python-telegram-bot asks
as soon as it has fetched an update, so a crash usually comes after that confirmation
(`confirmed`); when the confirming call is lost, the restarted bot is handed the update it
already answered once more (`redelivered`), and answering it again must change nothing.
"""

import asyncio
import json
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.fake_bot_api import texts
from tests.http_bot_api import HttpBotApi, HttpUser
from tests.journey import INDICATORS, PAIN, RESULTS

REPO = Path(__file__).resolve().parents[1]
TOKEN = "123456:TEST"
ENGINEER = 1001
GOAL = "完成本单位内同类场景复制部署"


@dataclass(frozen=True)
class Step:
    """One thing the engineer does, the screen the reply ends on, and the answers it saves."""

    kind: str  # "type" or "press"
    input: str
    shows: str
    saves: dict[str, Any] = field(default_factory=dict)


INTAKE = (
    Step("type", "/start", "第 1/11 步 · 报送单位"),
    Step("press", "江苏省工业和信息化厅", "第 2/11 步（1/2） · 用户单位",
         {"submitting_unit": "江苏省工业和信息化厅"}),
    Step("press", "苏州市", "第 2/11 步（2/2） · 用户单位", {"city": "苏州市"}),
    Step("type", "苏州恒远动力电池有限公司", "第 3/11 步 · 场景名称",
         {"enterprise": "苏州恒远动力电池有限公司"}),
    Step("type", "恒远工厂电池测试—柔性插接", "第 4/11 步（1/2） · 行业/方向",
         {"scenario_name": "恒远工厂电池测试—柔性插接"}),
    Step("press", "电子信息制造业", "第 4/11 步（2/2） · 行业/方向", {"industry": "电子信息制造业"}),
    Step("type", "动力电池", "第 5/11 步（1/3）", {"sub_direction": "动力电池"}),
    Step("type", PAIN, "第 5/11 步（2/3）", {"pain_point": PAIN}),
    Step("type", INDICATORS, "第 5/11 步（3/3）", {"indicators": INDICATORS}),
    Step("type", RESULTS, "第 6/11 步 · 场景类型", {"expected_results": RESULTS}),
    Step("press", "工业", "第 7/11 步 · 应用部署产品类型", {"scenario_type": "工业"}),
    Step("press", "☐ 人形机器人", "第 7/11 步 · 应用部署产品类型\n请选择“人形机器人”的形态"),
    Step("press", "轮式", "第 7/11 步 · 应用部署产品类型", {"product_types": {"人形机器人": "轮式"}}),
    Step("press", "完成", "第 8/11 步（1/2） · 创新应用联合体成员"),
    Step("type", "恒远机器人有限公司、启明智能科技有限公司", "第 8/11 步（2/2）",
         {"makers": ["恒远机器人有限公司", "启明智能科技有限公司"]}),
    Step("type", "东南大学", "第 9/11 步 · 整机应用目标", {"partners": ["东南大学"]}),
    Step("press", f"☐ {GOAL}", "第 9/11 步 · 整机应用目标", {"deployment_goals": [GOAL]}),
    Step("press", "完成", "第 10/11 步 · 部署总数"),
    Step("type", "十台", "第 11/11 步（1/4）", {"deployment_count": 10}),
    Step("type", "恒远具身智能操作大模型", "第 11/11 步（2/4）", {"model_algorithm": "恒远具身智能操作大模型"}),
    Step("press", "⏭ 跳过", "第 11/11 步（3/4）"),
    Step("press", "⏭ 跳过", "第 11/11 步（4/4）"),
    Step("type", "恒远灵巧手", "📋 请核对场景 #1 恒远工厂电池测试—柔性插接", {"key_components": "恒远灵巧手"}),
    Step("press", "✏️ 10 部署总数", "第 10/11 步 · 部署总数"),
)
# Where the bot is killed: right after the reply to this step of INTAKE reached the API.
TYPED, PRESSED, TICKED, SUMMARY = 3, 5, 16, 22
assert INTAKE[TICKED].input == f"☐ {GOAL}" and INTAKE[SUMMARY].shows.startswith("📋")

class Bots:
    """`scenario-intake run` processes on one database, all killed at teardown."""

    def __init__(self, api_url: str, workdir: Path):
        self.db = workdir / "intake.db"
        self.workdir = workdir
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}
        self.env.update(
            PYTHONPATH=str(REPO), INTAKE_DB=str(self.db), INTAKE_TELEGRAM_TOKEN=TOKEN,
            INTAKE_TELEGRAM_API_URL=api_url, NO_PROXY="127.0.0.1", no_proxy="127.0.0.1",
        )
        self.started: list[subprocess.Popen] = []

    def start(self) -> subprocess.Popen:
        log = self.workdir / f"bot-{len(self.started) + 1}.log"
        with log.open("wb") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "bot.cli", "run"],
                cwd=self.workdir, env=self.env, stdout=output, stderr=subprocess.STDOUT,
            )
        self.started.append(process)
        return process

    def kill(self, process: subprocess.Popen) -> None:
        assert process.poll() is None, f"the bot exited by itself:\n{self.logs()}"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=5)

    def stop_all(self) -> None:
        for process in self.started:
            if process.poll() is None:
                process.kill()
                process.wait(timeout=5)

    def logs(self) -> str:
        return "\n".join(
            f"--- {log.name}\n{log.read_text(errors='replace')}"
            for log in sorted(self.workdir.glob("bot-*.log"))
        )


@pytest.fixture
def api():
    try:
        server = HttpBotApi(TOKEN)
    except OSError as error:
        pytest.skip(f"cannot bind a port on 127.0.0.1 for the fake Bot API: {error}")
    with server:
        yield server


@pytest.fixture
def bots(api, tmp_path):
    runner = Bots(api.url, tmp_path)
    try:
        yield runner
    finally:
        runner.stop_all()
        print(runner.logs())  # shown by pytest only when the test failed


async def take(engineer: HttpUser, step: Step) -> None:
    act = engineer.send if step.kind == "type" else engineer.press
    shown = texts(await act(step.input))
    assert shown[-1].startswith(step.shows), f"after {step.input!r}: {shown!r}"


def saved_until(last: int) -> dict[tuple[int, str], Any]:
    """(draft, key) -> answer, once the steps of INTAKE up to `last` are acknowledged."""
    return {(1, key): value for step in INTAKE[: last + 1] for key, value in step.saves.items()}


def stored(db: Path) -> dict[tuple[int, str], Any]:
    """(draft, key) -> answer, as the database file holds them."""
    with closing(sqlite3.connect(db)) as connection:
        rows = connection.execute("select draft_id, key, value from answers").fetchall()
    return {(draft_id, key): json.loads(value) for draft_id, key, value in rows}


def kill_point(name: str, step: int, redelivered: bool):
    delivery = "redelivered" if redelivered else "confirmed"
    return pytest.param(step, redelivered, id=f"{name}-{delivery}")


@pytest.mark.parametrize(
    ("last", "redelivered"),
    [
        kill_point("typed-answer", TYPED, False),
        kill_point("typed-answer", TYPED, True),
        kill_point("button-press", PRESSED, False),
        kill_point("button-press", PRESSED, True),
        kill_point("multi-select-tick", TICKED, False),
        kill_point("multi-select-tick", TICKED, True),
        kill_point("summary", SUMMARY, False),
        kill_point("summary", SUMMARY, True),
    ],
)
async def test_killed_bot_keeps_acknowledged_answers_and_resumes_at_the_next_question(
    api, bots, last, redelivered
):
    engineer = HttpUser(api, ENGINEER)
    first = bots.start()
    for step in INTAKE[:last]:
        await take(engineer, step)
    await asyncio.to_thread(api.wait_confirmed, engineer.last_update_id)
    api.hold_confirmations(redelivered)  # only the update about to be sent may come again
    await take(engineer, INTAKE[last])
    if not redelivered:
        await asyncio.to_thread(api.wait_confirmed, engineer.last_update_id)
    bots.kill(first)
    api.hold_confirmations(False)

    second = bots.start()
    if redelivered:
        await asyncio.to_thread(api.wait_reply, engineer.last_update_id, ENGINEER, 1)
    assert stored(bots.db) == saved_until(last)
    await take(engineer, INTAKE[last + 1])
    assert stored(bots.db) == saved_until(last + 1)
    assert second.poll() is None, bots.logs()


async def test_a_second_bot_polling_the_same_token_exits_and_the_first_keeps_answering(api, bots):
    # Telegram holds a poll 10 s: the first bot, told 409 Conflict, polls again before the
    # second bot's first poll has been answered. The fake's short cap would answer it first.
    api.long_poll_cap = 5.0
    engineer = HttpUser(api, ENGINEER)
    first = bots.start()
    await take(engineer, INTAKE[0])
    second = bots.start()
    assert await asyncio.to_thread(second.wait, 30) == 1, bots.logs()
    second_log = (bots.workdir / "bot-2.log").read_text()
    assert second_log.splitlines()[-1] == (
        "另一个进程正在用同一令牌运行这个机器人（Telegram 答复 409 Conflict），本进程已退出。"
        "同一机器人同时只能运行一个；要换用本进程，请先停止原来的进程。")
    await take(engineer, INTAKE[1])
    assert first.poll() is None, bots.logs()
    assert "Traceback" not in bots.logs()
