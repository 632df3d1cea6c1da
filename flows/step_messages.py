"""What the engineer is told at a step besides the question: refusals, notices and hints.

Kept apart from the step logic (`engine.py`) so the wording can be changed in one place by
someone who does not read the code.
"""

from typing import Any

from flows import actions
from flows.cards import answer_text
from flows.draft import Draft, Status
from flows.field import Field
from flows.menus import LENGTH
from flows.screens import MENU, Screen, contact_button
from flows.typed_buttons import NAVIGATION
from flows.typed_replies import about_intake, lone_mark

PAUSED = "⏸ 已暂停，草稿已保存。随时发送 /drafts 选择草稿继续填写。"
NOT_TEXT = "请用文字回答。"
PRESS_BUTTON = "请点击下方按钮选择。"
PRESS_OR_TYPE = "请点击下方按钮选择，或直接用文字输入。"
CAPTION_NOT_SAVED = ("图片或文件附带的文字没有保存。如果这段文字是回答，"
                     "请把它作为一条文字消息单独发送。")
GREETED = "您好！草稿已保存，我们从当前问题继续："
CARRY_ON = "好的，草稿已保存，我们从当前问题继续："
# At the summary there is no question to carry on from: the card follows, to be checked.
GREETED_AT_SUMMARY = "您好！草稿已保存："
CARRY_ON_AT_SUMMARY = "好的，草稿已保存："
ASKED_HELP = ("{help}这里请直接填写回答本身，可参考下面的问题和示例；拿不准时可以先点“⏸ 暂停”，"
              "问清楚后再继续（草稿已保存）。")
ASKED = ASKED_HELP + "如果这句话就是您的回答，{escape}"
# A question mark is the sign to drop; a question spoken without one needs other words.
UNMARK = "请去掉末尾的问号再发送。"
REPHRASE = "请换一种说法（写成陈述句）再发送。"
# How long the intake takes and what to have ready, asked at a question: /help lists both.
ABOUT_INTAKE = (f"填写前要准备的材料和所需时间（{LENGTH}），请发送 /help 查看。"
                "如果这句话就是您的回答，{escape}")


def kept_over_none(field: Field, current: Any) -> str:
    """无, 暂无, 没有了 where an answer is shown may say none besides it as well as none at all: the
    answer stays, a wrong clear losing it, and the reply says so and how to clear it instead."""
    return KEPT_OVER_NONE.format(part=field.part, answer=answer_text(field.key, current))


def asked(help_text: str, typed: str) -> str:
    """The help for a question typed back, and how to send such words as the answer after all."""
    if lone_mark(typed):  # no words of an answer to send after all
        return ASKED_HELP.format(help=help_text)
    marked = typed.rstrip().endswith(("?", "？"))
    said = ABOUT_INTAKE if about_intake(typed) else ASKED
    return said.format(help=help_text, escape=UNMARK if marked else REPHRASE)


def not_text(field: Field, captioned: bool) -> str:
    """A photo, voice note or file: words asked for, or a press where only buttons answer (an
    offer taking typed words, 是否补充指标, takes both); words sent with it as its caption,
    likely the answer, are not read, which the engineer must know to send them again."""
    if captioned:
        return CAPTION_NOT_SAVED
    if field.typed_answers:
        return PRESS_OR_TYPE
    return NOT_TEXT if field.takes_text else PRESS_BUTTON


PRESS_OR_NAME = "请点击下方按钮选择，或直接输入名称（不是序号）。"
ONLY_ONE = "{column}只能选一项，请点击下方按钮选择：{choices}。"
PRESS_AND_DONE = "请点击下方按钮选择，选好后点“完成”。"
FIRST_STEP = "已经是第一步了。"
NOTHING_TICKED = ("还没有勾选任何一项：{column}必填，请至少勾选一项后再返回汇总；"
                  "要稍后再填，请点“⏸ 暂停”。")
REQUIRED = "此项必填，不能跳过。"
REQUIRED_KEPT = "此项必填，不能清空；要改请直接输入新的内容。"
LAST_KEPT = "“{part}”是本步唯一填写的一项，没有清空；要改填其他项，请先填好那一项，再清空此项。"
NOTHING_TO_KEEP = "此项还没有答案，请直接输入。"
COLUMN_TITLE = "“{title}”是表格的列名，不是本题的回答。要修改该项，请回到汇总页后点选。"
NAMED_ELSEWHERE = ("这条消息以“{name}”开头，写的是第 {step} 步“{item}”，不是本题“{here}”的回答，"
                   "没有保存。{other_draft}{this_draft}请继续回答本题：")
IN_ANOTHER_DRAFT = ("要修改另一份草稿（如被退回的场景）的{item}，请发送 /drafts 切换到该草稿，"
                    "在它的汇总页输入{typed}")
GO_BACK = "要修改本草稿的{item}，请点“⬅️ 上一步”退回到该题（也可以在最后的汇总页修改）。"
ASKED_LATER = "本草稿的{item}请在第 {step} 步填写（也可以在最后的汇总页修改）。"
FROM_SUMMARY = "本草稿的{item}请点“⬅️ 返回汇总”，在汇总页输入这条消息即可修改。"
NO_SUCH_BUTTON = "当前问题没有“{word}”按钮，请按问题作答。"
# Asked whether an optional question may be left empty (跳过？ 可以清空吗), by its way out.
MAY_SKIP = "此项选填，可以跳过：点“跳过”即可，本题留空。"
MAY_CLEAR = "此项选填，可以清空：点“清空此项”即可；要保留当前答案请点“保持不变”。"
MAY_DECLINE = "此项选填，可以跳过：点“{choice}”即可。"
KEPT_OVER_NONE = "已保留“{part}”的当前答案：{answer}。要清空此项，请回到这一问点“🗑 清空此项”。"
STALE = "该按钮已过期，请按当前问题作答。"
STALE_AT_SUMMARY = "该按钮已过期，请按最新的汇总内容操作。"  # the summary shown, not a question
OUTDATED_SUMMARY = ("这张汇总卡片发出后，场景已有修改或已被退回，卡片上的内容不是最新的，没有提交。"
                    "请核对下面的最新汇总，确认无误后再点“提交”。")
NEXT_SCENARIO = "发送 /new 可填写下一个场景。"
LOCKED_HINT = "如需修改，请点“💬 联系协调员”说明，由协调员退回后再改；" + NEXT_SCENARIO
LOCKED = "场景 #{id} 已{status}，不能再修改。" + LOCKED_HINT
LOCKED_STATUS = {Status.SUBMITTED: "提交", Status.APPROVED: "审核通过"}
SUBMITTED = "✅ 场景 #{id} 已提交，协调员审核后会通知您。" + NEXT_SCENARIO
SUBMITTING = "点击“✅ 提交”即把场景交给协调员审核，审核后会通知您。"
READY = "各项均已填写，可以提交。"
SUMMARY_HINT = "请点击“提交”，或点击要修改的项目。"
NO_BUTTON_AT_SUMMARY = "汇总页没有“{word}”按钮：" + SUMMARY_HINT
SEND_CORRECTED = ("请直接发送改正后的单位名称（多家用“、”分隔），将替换上面的记录；"
                  "无误请点“保持不变”。")
# A lone ? at the summary: what it is for, as a question's own help answers one there.
SUMMARY_HELP = ("这里是汇总页：请核对各项。要修改某一项，请点击该项（或发送它的编号），"
                "或输入“项目名：新内容”（如“部署总数：12台”）；确认无误请点击“✅ 提交”，"
                "提交后由协调员审核，审核后会通知您。")
NOT_SAVED_AT_SUMMARY = ("这条消息没有保存。要修改某一项，请点击该项，或输入“项目名：新内容”"
                        "（如“部署总数：12台”）；确认无误请点击“提交”。")
NEXT_FLAGGED = "接着修改协调员标注的下一项：{step} {title}"
BACK_TO_FIRST = "已回到本步第一项“{part}”：请填写适用的项，其余点“跳过”。"
# The only typed follower is the indicators' supplement, dropped once they miss no dimension,
# or with the description a whole paste replaces.
FOLLOWER_DROPPED = ("新的技术指标已涵盖精度、效率、可靠性，原来补充的指标不再单独保留：“{text}”。"
                    "如仍需要，请把它写进技术指标。")
OLD_FOLLOWER_DROPPED = ("这条消息是整段新的场景描述，原来补充的指标不再保留：“{text}”。"
                        "如仍需要，请把它写进技术指标。")
PASTED = "已把这条消息分别填入：{parts}。"
PASTED_ONE = "已把这条消息填入：{parts}。"
FILED = "{names}是高校或科研院所，已填入“其他成员”。"
PARTNERS_STILL_ASKED = ("没有别的成员请点“保持不变”；还有别的成员，请连同已填入的单位一起发送，"
                        "发送的内容会替换当前答案。")
REPLACED = "{part}原来的答案“{old}”已替换为这次填入的内容。"
ADDED_TO = "{part}原来的答案“{old}”仍保留，这次填入的接在其后。"
PASTED_PARTLY = "这条消息中，以下部分已保存：{parts}。"
SET_ASIDE = ("以下内容属于表格的其他项目，没有填入场景描述；这些项目有各自的问题"
             "（已填写的可在汇总页修改），请在那里填写：\n{lines}")
# Said after them while another draft is in progress: most likely they were meant for it.
SET_ASIDE_ELSEWHERE = "以上内容没有保存。" + IN_ANOTHER_DRAFT + "。"
PASTE_AT_PAIN_POINT = ("这条消息没有保存。整段场景描述可以在第 5 步“现状与痛点”一问中粘贴，"
                       "机器人会按“技术指标：”等标签分别填入。")
# Sentences typed once the description is answered: more of it, or a part sent one question late.
DESCRIPTION_ANSWERED = ("这条消息没有保存。第 5 步场景描述已经填写；要修改其中一部分，"
                        "请在汇总页输入“预期成效：新内容”（或“技术指标：…”“现状与痛点：…”），"
                        "也可以点“上一步”回到该问题。")
# The same, at a question opened from the summary: its back button leads there.
DESCRIPTION_ANSWERED_EDITING = ("这条消息没有保存。第 5 步场景描述已经填写；要修改其中一部分，"
                                "请点“返回汇总”，在汇总页输入“预期成效：新内容”"
                                "（或“技术指标：…”“现状与痛点：…”）。")
# An earlier part of the description typed at a later one (more 现状与痛点 at 技术指标).
EARLIER_PART = "这句话读来是{part}，不是本题的回答；要修改{part}，"
WRITTEN_ABOVE = ("{part}还没有填写：前面发送的内容已填作{filled}，其中写到的{part}不会自动填入。"
                "请在这里单独发送{part}；也可以把整段加上标签重新发送（现状与痛点：…↵技术指标：…↵"
                "预期成效：…），机器人会分别填入。")
WRITTEN_ABOVE_KEPT = ("{part}已有答案（见“当前答案”），没有改动；无需修改请点“保持不变”，"
                      "要修改请发送新的{part}。")
EARLIER_PART_BACK = "请点“上一步”回到该问题。"
EARLIER_PART_EDITING = "请点“返回汇总”，在汇总页输入“{part}：新内容”。"


def named_elsewhere(draft: Draft, other: Field, name: str, here: Field) -> str:
    """Why another column's label typed at a question (部署总数：8台) saved nothing there, and
    where it is changed: in another draft, named only when there is one, or in this one by
    the way this screen offers (back to an earlier question, or to the summary it came from)."""
    item = other.part or other.column
    earlier = other.step < here.step
    this_draft = FROM_SUMMARY if draft.editing else GO_BACK if earlier else ASKED_LATER
    other_draft = IN_ANOTHER_DRAFT.format(item=item, typed="这条消息") + "；"
    return NAMED_ELSEWHERE.format(
        name=name, step=other.step, item=item, here=here.part or here.column,
        other_draft=other_draft if draft.others else "",
        this_draft=this_draft.format(item=item, step=other.step))


def set_aside(draft: Draft, lines: str, items: list[str]) -> str:
    """Lines of other columns in a description (部署总数：12台), not saved there: where this
    draft asks them, and, while another draft is in progress (one returned meanwhile asking
    for those very items), how to change them in that one, as at any other question."""
    told = SET_ASIDE.format(lines=lines)
    if not draft.others:
        return told
    named = "、".join(dict.fromkeys(items)) or "这些项目"
    return told + "\n" + SET_ASIDE_ELSEWHERE.format(item=named, typed="以上内容")


def without_next_flagged(notices: list[str]) -> list[str]:
    """A paste held at a question it answered or passed over is not done with its column yet:
    the way on to the next flagged column, which its last part says, waits until it is."""
    start = NEXT_FLAGGED.split("{")[0]
    lines = (line for notice in notices for line in notice.split("\n"))
    return [line for line in lines if not line.startswith(start)]


def locked(draft_id: int, status: Status) -> Screen:
    """Named by its number: the engineer may have several, and think of another."""
    said = LOCKED.format(id=draft_id, status=LOCKED_STATUS.get(status, "锁定"))
    return locked_hint(draft_id, said)


def locked_hint(draft_id: int, text: str = LOCKED_HINT) -> Screen:
    """How to have an entry handed in changed, with the button that reaches the coordinators
    responsible for it, who alone can return it."""
    return Screen(at=MENU, text=text, choices=(contact_button(draft_id),))


def about_button(word: str, field: Field, screen: Screen) -> str:
    """A question about 跳过 or 清空 answered with whether this question may be left empty and
    by which button on `screen`; a required question cannot, and 提交 is the summary's."""
    if field.required or isinstance(NAVIGATION[word], actions.Submit):
        return no_button(word)
    ways_out = {type(button.action) for button in screen.nav}
    if actions.Clear in ways_out:
        return MAY_CLEAR
    return MAY_SKIP if actions.Skip in ways_out else MAY_DECLINE.format(choice=field.choices[-1])


def no_button(word: str) -> str:
    """Why a navigation word typed where its button is missing does nothing."""
    match NAVIGATION[word]:
        case actions.Skip():
            return REQUIRED
        case actions.Clear():
            return REQUIRED_KEPT
        case actions.Keep():
            return NOTHING_TO_KEEP
        case actions.Back():
            return FIRST_STEP
    return NO_SUCH_BUTTON.format(word=word)
