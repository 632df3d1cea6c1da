"""What a new engineer's first /start and /help say before the first question: what to have
ready (from the template's 填写说明), that answers are kept, and roughly how long it takes."""

import re

from flows.deployment_words import PROVINCE
from flows.menus import HELP, prepare
from tests.fake_bot_api import texts
from tests.journey import JOURNEY

READY_PARTS = ("具体的场景名称", "精度、效率、可靠性指标，带数字和单位", "至少一家整机企业",
               "到2026年11月计划部署的整机台数", "可规模推广的其他标志性技术产品")


async def test_the_first_start_says_what_to_have_ready_that_answers_are_kept_and_how_long(
    engineer
):
    welcome = texts(await engineer.send("/start"))[0]
    assert all(part in welcome for part in READY_PARTS), welcome
    assert "每个回答都会立即保存为草稿" in welcome
    assert "约 20 个问题，备好材料约需 15–20 分钟" in welcome
    assert welcome.endswith("详细说明请发送 /help。")


async def test_a_draft_taken_up_again_is_not_told_again_what_to_have_ready(engineer):
    await engineer.send("/start")
    await engineer.press("江苏省工业和信息化厅")
    shown = texts(await engineer.send("/start"))
    assert "场景填报助手" in shown[0] and "请先备好" not in "".join(shown)


async def test_help_says_in_full_what_to_prepare(engineer):
    shown = texts(await engineer.send("/help"))
    assert shown[0] == HELP  # no draft yet: the checklist in full, the user ID after it
    assert shown[1].startswith(prepare(PROVINCE) + "\n您的 Telegram 用户 ID：")
    for part in ("避免“工业产线实训”这类笼统表述", "写清数字和单位",
                 "至少一家整机企业（或应用服务商）", "计划部署的整机总数（台）",
                 "模型算法、操作系统、仿真平台、关键零部件，至少一项", "约需 15–20 分钟"):
        assert part in prepare(PROVINCE), part


async def test_help_follows_each_of_the_templates_twelve_instructions(engineer):
    shown = texts(await engineer.send("/help"))[1]
    items = re.findall(r"^(\d+)\. (\S{2,4})", shown, re.M)
    assert [int(number) for number, _ in items] == list(range(1, 13))
    for said in ("报送单位", "用户单位", "差异化创新点", "工业、服务或特种", "整机应用目标", "省外"):
        assert said in shown, said


async def test_the_number_of_questions_told_is_what_the_journey_asks(engineer):
    """The welcome's 约 20 个问题: the shortest way through, each question counted once (a
    multiple choice is shown again at each tick)."""
    asked = set()
    for kind, value in JOURNEY:
        calls = await (engineer.send(value) if kind == "send" else engineer.press(value))
        asked |= {text.splitlines()[0] for text in texts(calls) if re.match(r"第 \d+/11 步", text)}
    told = int(re.search(r"约 (\d+) 个问题", prepare(PROVINCE)).group(1))
    assert told - 2 <= len(asked) <= told, sorted(asked)  # 19 asked; up to 22 with follow-ups
