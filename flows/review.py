"""What coordinators see: returns, duplicate marks by number and the decisions' words (the queue
is in flows/review_queue.py, an entry's card in flows/review_card.py, what changed in an entry
in flows/review_history.py)."""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flows import actions
from flows.beijing import day
from flows.cards import short_title
from flows.draft import STATUS_LABELS, Status
from flows.navigation import Questionnaire
from flows.province import submission
from flows.review_card import ids_text, unit_text
from flows.screens import BLANK, CHECK, REVIEW, Button, Screen, reply_button

OUT_OF_SCOPE = "该场景不在您的审核范围内。"
ASK_COMMENT = "请输入退回意见（将原文发给填报人）："
ASK_FLAGS = ("退回意见：{comment}\n请勾选需要修改的项目（可不选；也可直接发送序号，如 5、10），"
             "然后点“发送退回”。"
             "如需改写意见，直接发送新的意见，将替换上面这条。")
COORDINATOR_EDITED = ("修改已发送的消息不会生效：已发出的退回意见不会随之更改，"
                      "填报人看到的仍是原来的意见。如需更正，请另行联系填报人；"
                      "该场景重新提交后，可在退回时写入新的意见。"
                      "（退回尚未发出时，修改刚输入的意见即可替换原意见。）")
OUTDATED = ("这张卡片发出后，该场景有了变化（内容修改，或退回后重新提交等），"
            "请查看下面的最新内容后再审核。")
CHANGED_SINCE_CARD = "这张卡片发出后，以下项目有修改：{items}。请查看下面的最新内容后再审核。"
MARK_TARGET_CHANGED = ("这张卡片发出后，#{of} 有了变化，已不再与本场景高度相似，"
                       "请查看下面的最新卡片。")
ALREADY_HANDLED = "该场景已被其他协调员处理，当前状态：{status}。"
HANDLED_BY_YOU = "该场景您已处理过，当前状态：{status}。"
NOT_SUBMITTED = "该场景尚未提交（当前状态：草稿），不能审核。"
# After a return's screen outlived its entry's decision: the step its fresh card offers.
REOPEN_TO_RETURN = "如需退回，请先点“🔓 重新打开”，再点“↩️ 退回修改”。"
RETURNED_ALREADY = "该场景已退回填报人修改，无需再次退回；填报人重新提交后会回到待审核。"
# A return sent after a mark changed would undo the mark unseen: the return ends instead.
MARKED_MEANWHILE = "退回开始后，该场景{now}，退回没有发出；请看下面的最新卡片再决定。"
OWN_ENTRY_REFUSED = "不能审核自己填报的场景，请由其他协调员审核。"
APPROVED = "✅ 已审核通过场景 {title}。"
RETURNED = "↩️ 已退回场景 {title}，已通知填报人。"
RETURNED_UNNOTIFIED = (
    "↩️ 已退回场景 {title}。该场景由表格导入，没有可在 Telegram 通知的填报人："
    "请将意见转告报送单位，改好的表格请交系统管理员重新导入，导入后场景回到待审核。"
)
RETURNED_TO_TERMINAL = (
    "↩️ 已退回场景 {title}。该场景是在终端（scenario-intake chat）中录入的，没有可在 Telegram "
    "通知的填报人：请转告录入人，下次运行 scenario-intake chat 时会看到退回意见，"
    "可在终端修改后重新提交。"
)
MARKS_LIFTED = ("{ids} 的重复标记已随之取消，统计和导出时单独计算；"
                "本场景重新提交后请重新判断。")
# Here and below: 省级 in a province's words, 市级 in a municipality's (`deployment_words`).
MARKS_LIFTED_OUTSIDE = ("{ids} 不在您的审核范围内，其重复标记已随之取消，统计和导出时单独计算，"
                        "由{level}协调员重新判断。")
OWN_MARK_LIFTED = "本场景作为 #{of} 的重复的标记已随之取消。"
OWN_MARK_LIFTED_OUTSIDE = ("本场景作为 #{of} 的重复的标记已随之取消；#{of} 不在您的审核范围内，"
                           "由{level}协调员重新判断。")
# To the coordinators covering an entry a return's lifted mark involves, outside the returner's
# scope: they are the ones to judge the mark again.
LIFTED_BY_RETURN = ("ℹ️ 场景 #{id} 被{by}协调员退回修改，{marks}的标记随之取消，"
                    "统计和导出时单独计算；{judge}")
REJUDGE = "#{id} 重新提交后请重新判断。"
REJUDGED_BY_PROVINCE = "是否仍按重复计算由{level}协调员判断。"
REOPENED = "🔓 已重新打开场景 {title}，状态改为待审核。"
MARKED = "已将场景 #{id} 标记为 #{of} 的重复场景，统计时按 1 项计算。"
UNMARKED = "已取消场景 #{id} 的重复标记，统计和导出时单独计算。"
DISTINCT_SET = ("已判定场景 #{id} 与 #{other} 不是同类场景：两者不再按相似场景合并，"
                "统计和导出时分别计算。")
DISTINCT_UNSET = "已撤销：场景 #{id} 与 #{other} 重新按相似规则判断是否按 1 项计算。"
DISTINCT_CHANGED = "这张卡片发出后，#{other} 的相似判断有了变化，请查看下面的最新卡片。"
# 不是同类场景 from a card drawn before the pair was marked: the mark already decided them.
# A number typed after 🔗 naming an entry judged a different scenario from this one.
MARK_JUDGED_APART = ("已判定 #{id} 与 #{of} 不是同类场景（分别计数），不能标记为重复；如需标记，"
                     "请先在卡片上点“撤销：与 #{of} 不是同类”。")
DISTINCT_MARKED = ("#{id} 已标记为 #{of} 的重复（按 1 项计算），不能再判定两者不是同类场景；"
                   "如需分别计算，请先取消重复标记。")
NOT_MARKABLE = ("只能把待审核的场景标记为另一个已提交或已通过的场景的重复，"
                "且后者本身没有被标记为重复。")
# A card's mark onto an entry returned since: it is the engineer's to fix, not to be counted.
ONTO_RETURNED = ("这张卡片发出后，#{of} 已被退回修改，当前状态：{status}，"
                 "不能再标记为它的重复。")
MARK_CHAINED = ("{ids} 已标记为 #{id} 的重复，#{id} 不能再标记为其他场景的重复"
                "（重复标记不能层层相套）。")
MARKED_NOT_APPROVED = ("场景 #{id} 已标记为 #{of} 的重复：按 1 项计、不单独导出，因此不单独通过。"
                       "如需单独审核，请先取消重复标记。")
ASK_ORIGINAL = ("请发送场景 #{id} 所重复的场景编号（如 12），即可标记为该场景的重复："
                "统计时按 1 项计算，不单独导出，并通知填报人。发送其他文字或命令则不标记。")
NO_SUCH_ENTRY = "未找到场景 #{of}，请核对编号后重新发送。"
# The province's rows and each central enterprise group's are counted and exported apart: a
# row marked onto another submission's would be in neither (flows/province.py).
MARK_APART = ("#{id} 计入{mine}的报送，#{of} 计入{theirs}的报送：两者分别统计、分别导出，"
              "不能标记为重复（否则 #{id} 不计入任何一份报送）。")
NOT_ITSELF = "不能把场景标记为它自己的重复，请发送另一个场景的编号。"
# Neither reads like lifting a mark (UNMARKED): no mark was set.
ASK_CANCELLED = "好的，不标记了。"
ASK_DROPPED = "没有收到场景编号，场景 #{id} 未标记为重复。"
# The ask ended by a coordinator no longer allowed to mark: what they typed may be a number.
MARK_CANCELLED = "已取消对场景 #{id} 的重复标记，场景 #{id} 未标记为重复。"
NOT_TEXT_NUMBER = ("图片、文件和语音（包括附带的文字）不会读取，"
                   "请用文字发送场景编号（如 12），或点“取消”。")
EDIT_NOT_A_NUMBER = "修改过的消息不会当作场景编号，请重新发送编号（如 12），或点“取消”。"
MARK_CHANGED = "这张卡片发出后，该场景的重复标记有了变化，请查看下面的最新卡片。"
# 取消重复标记 on an entry with no mark: lifted by another since the card, or a forged button.
NOT_MARKED = "场景 #{id} 目前没有重复标记，无需取消，请查看下面的最新卡片。"
MARK_OUT_OF_SCOPE = "#{of} 不在您的审核范围内，与它有关的重复标记请由{level}协调员处理。"
OWN_MARK_REFUSED = ("#{own} 是您本人填报的场景，与它有关的重复标记（标记或取消）"
                    "请由其他协调员处理。")
OWN_MARKS_RETURN_REFUSED = ("您本人填报的 {ids} 已标记为本场景的重复，退回本场景会取消该标记，"
                            "请由其他协调员处理。")
UNREVIEWED_OWN = ("ℹ️ 注意：本场景需由其他协调员审核，但目前没有其他协调员负责{city}，暂时无人审核。"
                  "请联系系统管理员添加一位负责{city}的协调员，"
                  "添加后对方发送 /review {id} 即可审核。")
UNREVIEWED = ("ℹ️ 注意：目前还没有负责{city}的协调员，本场景暂时无人审核，设置协调员后即可审核。"
              "如有疑问，请联系组织填报的工信部门。")
ENGINEER_MARKED = ("ℹ️ 您的场景 {title} 被协调员标记为 #{of} 的重复场景：按填写说明 5，"
                   "高度相似的场景只按 1 项计算，不单独报送。如有差异化创新点，请联系协调员。")
ENGINEER_REOPENED = ("🔓 您的场景 {title} 已被协调员重新打开审核，状态改为待审核，"
                     "审核结果会再通知您。")
ENGINEER_UNMARKED = "ℹ️ 您的场景 {title} 已取消重复标记，统计和报送时单独计算。"
ENGINEER_UNMARKED_BY_RETURN = ("ℹ️ 您的场景 {title} 所重复的 #{of} 被退回修改，重复标记随之取消，"
                               "目前单独计算；#{of} 重新提交后协调员会重新判断。")
ENGINEER_APPROVED = "✅ 您的场景 {title} 已审核通过。"
ENGINEER_RETURNED = "↩️ 您的场景 {title} 被协调员（{by}）退回修改。\n协调员意见：{comment}"
FLAGGED = "需要修改：{columns}"


def marked_meanwhile(of: int | None) -> str:
    return MARKED_MEANWHILE.format(
        now=f"已被标记为 #{of} 的重复" if of else "的重复标记已被取消")


def return_way_on(status: Status) -> tuple[str, ...]:
    """What a coordinator whose return the entry's decision overtook may do next, on the card
    shown below: reopen an approved entry first; nothing for one already returned. A
    resubmitted entry's card offers ↩️ 退回修改 itself."""
    if status == Status.APPROVED:
        return (REOPEN_TO_RETURN,)
    return (RETURNED_ALREADY,) if status == Status.RETURNED else ()


def ask_comment_screen(draft_id: int) -> Screen:
    """Right after 退回修改: the comment is typed next."""
    cancel = Button("取消", actions.CancelReturn(draft_id))
    return Screen(at=REVIEW, text=ASK_COMMENT, choices=((cancel,),))


def flags_screen(
    survey: Questionnaire, draft_id: int, comment: str, steps: Sequence[int]
) -> Screen:
    """After the comment: which columns it concerns, ticked one by one."""
    toggles = [
        Button(f"{CHECK if step in steps else BLANK} {step} {survey.step_title(step)}",
               actions.Flag(draft_id, step))
        for step in range(1, survey.steps + 1)
    ]
    rows = [tuple(toggles[i : i + 2]) for i in range(0, len(toggles), 2)]
    rows.append((Button("📨 发送退回", actions.SendReturn(draft_id)),
                 Button("取消", actions.CancelReturn(draft_id))))
    return Screen(at=REVIEW, text=ASK_FLAGS.format(comment=comment), choices=tuple(rows))


def ask_original_screen(draft_id: int) -> Screen:
    """After 🔗: the number of the entry this one repeats is typed next; 取消 ends the ask, said
    to be cancelled, and shows the card."""
    cancel = Button("取消", actions.CancelAsk(draft_id))
    return Screen(at=REVIEW, text=ASK_ORIGINAL.format(id=draft_id), choices=((cancel,),))


def mark_apart(draft_id: int, answers: Mapping[str, Any], of: int,
               other: Mapping[str, Any]) -> str | None:
    """Why the entry may not be marked onto `of`: they are of two submissions (the province's
    and a central enterprise group's, or two groups'), as /stats groups them."""
    mine, theirs = submission(answers), submission(other)
    if mine == theirs:
        return None
    return MARK_APART.format(id=draft_id, mine=mine, of=of, theirs=theirs)


def typed_number(text: str) -> int | None:
    """An entry's number as typed on a phone: `12`, `#12`, `＃12`, `12号`, `场景12`."""
    match = re.fullmatch(r"(?:场景)?\s*#?\s*(\d{1,12})\s*号?",
                         unicodedata.normalize("NFKC", text).strip())
    return int(match[1]) if match else None


def return_notice(
    survey: Questionnaire, draft_id: int, answers: Mapping[str, Any], comment: str,
    steps: Sequence[int], by: str,
) -> Screen:
    """What the engineer receives: who returned it, the comment, the flagged columns, and
    buttons to fix them or to answer the coordinator."""
    text = ENGINEER_RETURNED.format(title=short_title(draft_id, answers), by=by, comment=comment)
    if steps:
        columns = "、".join(f"{s} {survey.step_title(s)}" for s in sorted(steps))
        text += "\n" + FLAGGED.format(columns=columns)
    return Screen(at=REVIEW, text=text, choices=((Button("✏️ 去修改", actions.Fix(draft_id)),),
                                                 reply_button(draft_id)))


def lifted_by_return_text(
    draft_id: int, by: str, marks: Sequence[tuple[int, int]], can_judge: bool, level: str
) -> str:
    """The marks (duplicate, original) a return of `draft_id` lifted, told to a coordinator
    who did not return it; only one who covers both entries of a mark can set it again."""
    originals = dict.fromkeys(original for _, original in marks)
    listed = "、".join(
        f"{ids_text([d for d, o in marks if o == original])} 作为 #{original} 的重复"
        for original in originals)
    judge = REJUDGE.format(id=draft_id) if can_judge else REJUDGED_BY_PROVINCE.format(level=level)
    return LIFTED_BY_RETURN.format(id=draft_id, by=by, marks=listed, judge=judge)


@dataclass(frozen=True)
class StaleDraft:
    draft_id: int
    answers: Mapping[str, Any]
    status: Status
    updated_at: str
    owner: str
    steps_done: int
    steps: int


def stale_text(days: int, drafts: Sequence[StaleDraft]) -> str:
    """Drafts untouched for `days`, with the unit and the engineer to follow up with."""
    lines = [f"⏰ 超过 {days} 天未更新的草稿（{len(drafts)} 个）："]
    lines += [f"{short_title(d.draft_id, d.answers)} · {unit_text(d.answers)} · "
              f"{STATUS_LABELS[d.status]}（已完成 {d.steps_done}/{d.steps} 步） · {d.owner} · "
              f"最后更新 {day(d.updated_at)}"
              for d in drafts]
    return "\n".join(lines)


# Buttons a card carries its revision on: decisions, and marks (both counted by the card seen).
DECIDED_ON_CARD = (actions.Approve, actions.Return, actions.Reopen)
MARKED_ON_CARD = (actions.MarkDuplicate, actions.AskDuplicate, actions.SetDistinct)


def outdated_card(action: object, status: Status, revision: int) -> int | None:
    """The revision of the card `action` was pressed on, when the entry has changed since: a
    decision's always; a mark's while the entry is submitted again (returned and handed in, or
    reopened), as an approval alone changes nothing a mark counts by, and one settled meanwhile
    is said so where it is marked; None for a mark's button of an earlier release."""
    shown = getattr(action, "revision", None)
    on_card = isinstance(action, DECIDED_ON_CARD + MARKED_ON_CARD)
    if not on_card or shown is None or shown == revision:
        return None
    return shown if isinstance(action, DECIDED_ON_CARD) or status == Status.SUBMITTED else None
