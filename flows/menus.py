"""Screens outside the questionnaire: the welcome, the help and the engineer's list of drafts."""

from collections.abc import Mapping, Sequence
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.deployment_words import Words
from flows.draft import STATUS_LABELS, Status
from flows.navigation import Questionnaire
from flows.paging import paging_row
from flows.screens import MENU, Button, Screen, coordinator_button


def fix_button(draft_id: int) -> Button:
    """The way into a returned scenario from any message about it, named by its number."""
    return Button(f"✏️ 去修改 #{draft_id}", actions.Fix(draft_id))

# 19 questions on the shortest way (tests/journey.py), up to 22 with the follow-ups on
# indicators and on similar scenarios; under a minute each, a few minutes each for the three
# to write out on a phone (痛点, 指标, 成效).
LENGTH = "共 11 步、约 20 个问题，备好材料约需 15–20 分钟"
WELCOME = (
    "您好！我是场景填报助手，帮助您填写《人形机器人与具身智能实景实训工作计划表》的一行场景。\n"
    f"{LENGTH}；每个回答都会立即保存为草稿，可随时暂停、稍后继续。"
)
# What a first-time engineer needs at hand, from the template's 填写说明 (3, 5, 8, 10, 11), short
# enough for a phone; PREPARE in /help is the long version.
READY = (
    "请先备好：\n"
    "• 具体的场景名称（不要用“工业产线实训”这类笼统名称）\n"
    "• 精度、效率、可靠性指标，带数字和单位（如 插接位置精度≤±0.5mm）\n"
    "• 联合体成员：至少一家整机企业（或应用服务商），及科研院所等其他成员\n"
    "• 到2026年11月计划部署的整机台数\n"
    "• 可规模推广的其他标志性技术产品（模型算法、操作系统、仿真平台或关键零部件）\n"
    "详细说明请发送 /help。"
)
HELP = (
    "📖 使用说明\n"
    "/start 开始或继续填写\n"
    "/new 新建场景\n"
    "/drafts 我的场景（草稿与已提交的）及完成情况，点击继续填写\n"
    "/help 查看本说明\n\n"
    "作答时：直接发送文字回答，或点击按钮选择；“上一步”返回修改，“跳过”用于选填项，"
    "“暂停”保留草稿。填完后会显示汇总，可逐项修改再提交。"
)
# The template's 12 填写说明, item by item as the questions follow them, in a phone's words,
# as the deployment names itself (`prepare`).
PREPARE = (
    "📝 填写前请准备（依据计划表的 12 条填写说明）：\n"
    "1. 报送单位：{own}场景确认默认的{level}工业和信息化主管部门，"
    "中央企业集团直接报送的填集团全称；\n"
    "2. 用户单位：提供实景实训空间并部署人形机器人与具身智能产品的单位，"
    "填全称（与营业执照一致）及所在{city}；\n"
    "3. 场景名称：具体、明确，避免“工业产线实训”这类笼统表述；\n"
    "4. 所属行业及细分方向；\n"
    "5. 场景描述：现状与痛点；技术指标，精度、效率、可靠性各一两项，写清数字和单位，"
    "例如：识别准确率不低于98%、单次节拍≤15秒、插拔成功率不低于99%；预期成效，用数字说明；"
    "与其他用户单位的场景相似的，写明差异化创新点（高度相似的按 1 项计算）；\n"
    "6. 场景类型：工业、服务或特种；\n"
    "7. 应用部署的产品类型（人形机器人、四足机器人等，可多选）及形态（足式、轮式等）；\n"
    "8. 创新应用联合体成员：至少一家整机企业（或应用服务商），"
    "以及科研院所、零部件或模型算法企业等；\n"
    "9. 2026年11月整机应用目标（本单位内、同行业同场景、跨行业/跨领域，可多选）；\n"
    "10. 计划部署的整机总数（台）；\n"
    "11. 可规模推广的其他标志性技术产品：模型算法、操作系统、仿真平台、关键零部件，至少一项；\n"
    "12. {own}企业在{outside}布局建设的场景也可填报，城市一问输入该城市名称。\n"
    "{length}；每个回答立即保存，可随时暂停、稍后继续。"
)


def prepare(words: Words) -> str:
    """PREPARE in the deployment's words: a municipality's scenarios are its districts'."""
    return PREPARE.format(length=LENGTH, **words._asdict())


# Operators add coordinators by this number, which Telegram itself shows nowhere. In /help,
# read by engineers too, whoever is to review sends it to the one setting up the bot, a person
# they may know, not a role (管理员) the chat never shows an engineer.
YOUR_ID = "您的 Telegram 用户 ID：{id}（管理员添加协调员时需要这个数字）"
HELP_YOUR_ID = "您的 Telegram 用户 ID：{id}（担任协调员时，请把这个数字发给设置本机器人的负责人）"
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
    choices=((Button("➕ 新建场景", actions.New()),),),
)
# Drafts a page of /drafts: two buttons each, far below the 100 a message Telegram shows.
PAGE_SIZE = 10
PAGE_LINE = "第 {page}/{pages} 页，共 {count} 个场景"
NO_DRAFTS = "您还没有场景。发送 /new 开始填写第一个场景。"
DISCARDED = "已删除场景草稿 {title}。"
# Typed words never delete: a yes typed at the question asks it again with this.
PRESS_TO_DISCARD = "为防误删，删除草稿请点击下方“🗑 确认删除”按钮；不删除请点击“取消”。"
# The 🗑 确认删除 of a question answered no by typing: still in the chat, it deletes nothing.
DISCARD_DECLINED = ("您已回复不删除场景草稿 {title}，这个“🗑 确认删除”按钮已失效。"
                    "如需删除，请发送 /drafts，在草稿列表中重新点击删除。")
DISCARD_CHANGED = "这份草稿在上次询问是否删除之后又有修改，没有删除。\n"
NOT_DISCARDABLE = "只能删除从未提交过的草稿；已提交的场景如需撤回，请点下面的按钮告诉协调员。"
MARKED_STATUS = "已标记为 #{of} 的重复"
NO_CURRENT = "当前没有正在填写的草稿。发送 /new 新建，或发送 /drafts 选择草稿继续。"
# A coordinator's words with no draft open (审核, 统计, 导出) most likely meant their commands.
NO_CURRENT_COORDINATOR = (
    NO_CURRENT + "\n审核场景请发送 /review，查看填报进度与达标情况发送 /stats，"
    "导出工作计划表发送 /export。")
# A photo's or file's caption where no question is open to take it from a text message.
CAPTION_NOT_READ = "图片或文件附带的文字机器人不会读取；如需操作，请把文字作为一条消息单独发送。"


def status_label(status: Status, duplicate_of: int | None) -> str:
    """An entry's status as its engineer reads it: one marked as a duplicate awaits no decision
    of its own (it is decided through its mark), so it does not read as awaiting review."""
    if duplicate_of and status == Status.SUBMITTED:
        return MARKED_STATUS.format(of=duplicate_of)
    return STATUS_LABELS[status]


def drafts_screen(
    survey: Questionnaire, drafts: Sequence[tuple[int, Status, Mapping[str, Any]]],
    marks: Mapping[int, int], at: int = 0,
) -> Screen:
    """The engineer's drafts, newest first, with status and how many of the 11 steps are done;
    `marks` holds the duplicate marks of those marked, by entry. `PAGE_SIZE` a page: the page
    holding draft `at` (the first, if it is gone), each page named by a draft on it so a 取消
    on deleting one comes back to its page."""
    new = (Button("➕ 新建场景", actions.New()),)
    if not drafts:
        return Screen(at=MENU, text=NO_DRAFTS, choices=(new,))
    ids = [draft_id for draft_id, _, _ in drafts]
    start = ids.index(at) // PAGE_SIZE * PAGE_SIZE if at in ids else 0
    lines = ["🗂 我的场景："]
    if len(drafts) > PAGE_SIZE:
        pages = -(-len(drafts) // PAGE_SIZE)
        lines.append(PAGE_LINE.format(page=start // PAGE_SIZE + 1, pages=pages, count=len(drafts)))
    buttons = []
    for draft_id, status, answers in drafts[start : start + PAGE_SIZE]:
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
    paging = paging_row(
        actions.ListDrafts(ids[start - PAGE_SIZE]) if start else None,
        actions.ListDrafts(ids[start + PAGE_SIZE]) if start + PAGE_SIZE < len(ids) else None,
    )
    return Screen(at=MENU, text="\n".join(lines), choices=(*buttons, paging, new))


def discard_screen(draft_id: int, answers: Mapping[str, Any], revision: int,
                   changed: bool = False) -> Screen:
    """Asked before deleting; asked again when the draft was filled in since the question, as
    what was confirmed is not what would be deleted."""
    asked = f"确定删除场景草稿 {short_title(draft_id, answers)}？删除后无法恢复。"
    return Screen(
        at=MENU,
        text=(DISCARD_CHANGED if changed else "") + asked,
        choices=((Button("🗑 确认删除", actions.ConfirmDiscard(draft_id, revision)),
                  Button("取消", actions.ListDrafts(draft_id))),),
    )


def not_discardable(draft_id: int, status: Status) -> Screen:
    """Handed in once, the entry is the coordinators' to withdraw: the way to reach them."""
    return Screen(at=MENU, text=NOT_DISCARDABLE, choices=(coordinator_button(draft_id, status),))
