"""Screens outside the questionnaire: the welcome, the help and the engineer's list of drafts."""

from collections.abc import Mapping, Sequence
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.draft import STATUS_LABELS, Status
from flows.navigation import Questionnaire
from flows.screens import MENU, Button, Screen

WELCOME = (
    "您好！我是场景填报助手，帮助您填写《人形机器人与具身智能实景实训工作计划表》的一行场景。\n"
    "共 11 步，每步一个简短问题；每个回答都会立即保存为草稿，可随时暂停、稍后继续。"
)
HELP = (
    "📖 使用说明\n"
    "/start 开始或继续填写\n"
    "/new 新建一个场景草稿\n"
    "/drafts 查看我的草稿及完成情况，点击继续填写\n"
    "/help 查看本说明\n\n"
    "作答时：直接发送文字回答，或点击按钮选择；“上一步”返回修改，“跳过”用于选填项，"
    "“暂停”保留草稿。填完后会显示汇总，可逐项修改再提交。\n"
    "技术指标请写清数字和单位，例如：识别准确率不低于98%、单次节拍≤15秒。"
)
# Operators add coordinators by this number, which Telegram itself shows nowhere.
YOUR_ID = "您的 Telegram 用户 ID：{id}（管理员添加协调员时需要这个数字）"
COORDINATOR_HELP = (
    "🔎 协调员命令\n"
    "/review 待审核场景；/review 12 查看 12 号场景\n"
    "/stats 填报进度与通知要求的达标情况\n"
    "/stale 长期未更新的草稿\n"
    "/history 12 查看 12 号场景的历史记录\n"
    "/export 导出工作计划表 xlsx"
)
COORDINATOR_HOME = Screen(
    at=MENU,
    text="您好！您是协调员，可以审核本范围内提交的场景。\n\n" + COORDINATOR_HELP
         + "\n\n如需自己填写场景，请点击下方按钮。",
    choices=((Button("➕ 新建场景草稿", actions.New()),),),
)
NO_DRAFTS = "您还没有草稿。发送 /new 开始填写第一个场景。"
DISCARDED = "已删除场景草稿 {title}。"
DISCARD_CHANGED = "这份草稿在上次询问是否删除之后又有修改，没有删除。\n"
NOT_DISCARDABLE = "只能删除从未提交过的草稿；已提交的场景如需撤回，请联系协调员。"
MARKED_STATUS = "已标记为 #{of} 的重复"
NO_CURRENT = "当前没有正在填写的草稿。发送 /new 新建，或发送 /drafts 选择草稿继续。"


def status_label(status: Status, duplicate_of: int | None) -> str:
    """An entry's status as its engineer reads it: one marked as a duplicate awaits no decision
    of its own (it is decided through its mark), so it does not read as awaiting review."""
    if duplicate_of and status == Status.SUBMITTED:
        return MARKED_STATUS.format(of=duplicate_of)
    return STATUS_LABELS[status]


def drafts_screen(
    survey: Questionnaire, drafts: Sequence[tuple[int, Status, Mapping[str, Any]]],
    marks: Mapping[int, int],
) -> Screen:
    """The engineer's drafts, newest first, with status and how many of the 11 steps are done;
    `marks` holds the duplicate marks of those marked, by entry."""
    if not drafts:
        return Screen(at=MENU, text=NO_DRAFTS, choices=((Button("➕ 新建草稿", actions.New()),),))
    lines = ["🗂 我的场景草稿："]
    buttons = []
    for draft_id, status, answers in drafts:
        done = survey.steps_done(answers)
        lines.append(
            f"{short_title(draft_id, answers)} · {status_label(status, marks.get(draft_id))} · "
            f"已完成 {done}/{survey.steps} 步"
        )
        opened = Button(f"打开 #{draft_id}", actions.Open(draft_id))
        if status == Status.DRAFT:  # never handed in: nobody else has seen it
            buttons.append((opened, Button(f"🗑 删除 #{draft_id}", actions.Discard(draft_id))))
        else:
            buttons.append((opened,))
    buttons.append((Button("➕ 新建草稿", actions.New()),))
    return Screen(at=MENU, text="\n".join(lines), choices=tuple(buttons))


def discard_screen(draft_id: int, answers: Mapping[str, Any], revision: int,
                   changed: bool = False) -> Screen:
    """Asked before deleting; asked again when the draft was filled in since the question, as
    what was confirmed is not what would be deleted."""
    asked = f"确定删除场景草稿 {short_title(draft_id, answers)}？删除后无法恢复。"
    return Screen(
        at=MENU,
        text=(DISCARD_CHANGED if changed else "") + asked,
        choices=((Button("🗑 确认删除", actions.ConfirmDiscard(draft_id, revision)),
                  Button("取消", actions.ListDrafts())),),
    )
