"""Which draft the engineer's next answer goes to, said where it could be taken for another:
with two drafts in progress at the same question, a greeting answered with "the current
question", or an old button of one pressed while the other is current, looks alike for both,
and an answer meant for one lands in the other."""

from dataclasses import replace

from bot.replies import Reply
from flows import step_messages as say
from flows.cards import short_title
from flows.draft import EDITABLE, SUMMARY, Draft, Status
from flows.menus import fix_button
from flows.screens import MENU, Screen
from storage.drafts import DraftStore

STILL_IN_PROGRESS = "正在填写的场景 {title} 不受影响，直接回答其问题或发送 /start 继续。"
GOING_ON = "我们从当前问题继续："  # how GREETED and CARRY_ON end
CONTINUING = ("{said}当前正在填写场景 {draft}，要填写其他草稿请发送 /drafts 切换。"
              "我们从场景 #{id} 的当前问题继续：")
HEADER = "📝 场景 {draft}（有多份草稿在填写，发送 /drafts 切换）\n{text}"
PRESSED_ELSEWHERE = ("这是场景 {pressed}的按钮；当前正在填写场景 {current}。"
                     "如需改填场景 #{id}，请发送 /drafts 切换。")
PRESSED_RETURNED = ("这是场景 {pressed}的旧按钮，该场景已被协调员退回、正待修改；当前正在填写场景 "
                    "{current}。要修改场景 #{id}，请点“✏️ 去修改 #{id}”。")
OTHERS_WAITING = "您还有 {count} 个场景在填写或待修改，发送 /drafts 打开继续。"
RESUMING = (say.GREETED, say.CARRY_ON)


def headed(store: DraftStore, draft: Draft, screen: Screen | None,
           others: bool | None = None) -> Screen | None:
    """A question names its draft above it while its owner has another in progress; with one,
    the only draft there is, it is left as it is. `others`: whether another is, when the step
    already looked it up (`Draft.others`), so it is not asked again."""
    if screen is None or screen.at != draft.cursor or draft.cursor == SUMMARY:
        return screen
    if not (store.in_progress_beside(draft.id) if others is None else others):
        return screen
    named = short_title(draft.id, draft.answers, apart=True)
    return replace(screen, text=HEADER.format(draft=named, text=screen.text))


def in_progress(store: DraftStore, user_id: int) -> tuple[str, ...]:
    """Where the engineer's next answer goes, said after showing another entry."""
    current = store.current(user_id)
    if current is None or current.status not in EDITABLE:
        return ()
    return (STILL_IN_PROGRESS.format(title=short_title(current.id, current.answers)),)


def resumed(store: DraftStore, draft: Draft, message: str | None) -> tuple[str, ...]:
    """The step's message; "we go on with the current question", said to a greeting or a
    继续 after a pause, names the draft when the engineer has another in progress too."""
    if message not in RESUMING:
        return (message,) if message else ()
    if not store.in_progress_beside(draft.id):
        return (message,)
    said = message.removesuffix(GOING_ON)
    return (CONTINUING.format(said=said, draft=short_title(draft.id, draft.answers, apart=True),
                               id=draft.id),)


def others_waiting(store: DraftStore, draft: Draft) -> tuple[str, ...]:
    """Said when the draft answered is handed in or locked while others are still in progress:
    the next message would find no question, and /new would begin yet another."""
    if draft.status in EDITABLE or not (count := store.in_progress_beside(draft.id)):
        return ()
    return (OTHERS_WAITING.format(count=count),)


def pressed_elsewhere(pressed: Draft, current: Draft) -> Reply:
    """A button of another draft in progress, not the current one: switching is the engineer's
    choice, made with /drafts or, for a returned one, its 去修改, never a press of an old
    message's button (one from before the return would not show what the coordinator asks)."""
    said = dict(pressed=short_title(pressed.id, pressed.answers, apart=True),
                current=short_title(current.id, current.answers, apart=True), id=pressed.id)
    if pressed.status != Status.RETURNED:
        return Reply((PRESSED_ELSEWHERE.format(**said),), refused=True)
    screen = Screen(at=MENU, text=PRESSED_RETURNED.format(**said),
                    choices=((fix_button(pressed.id),),))
    return Reply(screen=screen, refused=True)
