"""Typed words while the engineer has other entries: they always go to the current draft, so
where they could have been meant for another, the bot says which draft they went to. A typed
提交 cannot be withdrawn, so with other entries it only shows the summary to be pressed; a typed
change to a column a returned entry is asked to change says it went to the current draft, with
the old value and the way to the returned one. Words typed while the current entry is handed in
are refused, naming the returned entries they were likely meant for when they could answer one."""

import re
from collections.abc import Callable
from dataclasses import replace

from bot.replies import Reply
from bot.return_words import RETURN_WORDS, review_word
from bot.which_draft import in_progress
from flows import actions, menu_words
from flows.cards import answer_text, short_title
from flows.draft import EDITABLE, Draft, Status
from flows.industries import ACKNOWLEDGED
from flows.menus import fix_button
from flows.navigation import Questionnaire
from flows.outcome import Outcome
from flows.review import typed_number
from flows.screens import MENU, Screen
from flows.step_messages import LOCKED_STATUS, NEXT_SCENARIO
from flows.typed_buttons import TO_ONLY_CHOICE, navigation_word
from flows.typed_replies import greets, said_to_echo, says_none, without_aside
from storage.drafts import DraftStore

SUBMISSIONS = (actions.Submit, actions.SubmitAnyway)
SUBMIT_PRESSED_ONLY = ("您还有其他场景，为免提交错场景，输入的“{typed}”不会直接提交。"
                       "请核对下面场景 {draft}的汇总，确认是这一份后点“✅ 提交”。")
TYPED_GOES_TO = "发送的文字都填入该场景，修改被退回的场景请点“✏️ 去修改”。"
SAVED_BESIDE_RETURN = ("⚠️ 以上内容填入的是场景 {draft}的“{title}”（{before}），"
                       "不是被退回的场景 #{returned}。"
                       "#{returned} 也被要求修改第 {step} 项“{column}”："
                       "如果本意是改 #{returned}，请{undo}点“✏️ 去修改 #{returned}”。")
BEFORE = "原为：{old}"
BEFORE_BLANK = "原来未填写"
UNDO = "把场景 #{id} 的这一项改回“{old}”，再"
LOCKED_BESIDE_RETURN = ("场景 {locked}已{status}，不能再修改，这条消息没有保存；" + NEXT_SCENARIO
                        + "被退回的场景 {returned}正待修改：如果这条消息是给{which}的，"
                        "请点下面的“✏️ 去修改”，再发送一次：{typed}")
# Buttons' words typed in short, no other predicate knows: ✏️ 去修改, and a coordinator's 待审核场景
# (with the return's and the review card's own words, `return_words`).
BUTTON_WORDS = frozenset(("修改", "去修改", "退回", "待审核", "审核"))


def submits_typed(store: DraftStore, user_id: int, draft: Draft, typed: actions.Action,
                  action: actions.Action, alike: Callable[[], bool]) -> str | None:
    """Why `typed`, read at the summary as its 提交 button (`action`), only shows the summary:
    the engineer has another entry, which the words could have been meant for. Not 仍然提交
    while the draft has `alike` submissions: those words answer the warning drawn for it."""
    submits = isinstance(typed, actions.Text) and isinstance(action, SUBMISSIONS)
    if not submits or len(store.owned_by(user_id)) < 2:
        return None
    if isinstance(action, actions.SubmitAnyway) and alike():
        return None
    return SUBMIT_PRESSED_ONLY.format(typed=typed.text.strip(),
                                      draft=short_title(draft.id, draft.answers, apart=True))


def locked_beside_return(store: DraftStore, user_id: int, current: Draft,
                         action: actions.Action) -> Reply | None:
    """Words typed while the current entry is handed in, and others are returned: meant, most
    likely, for one of those, so the refusal names them with their 去修改 and quotes the words
    to send again. The engineer is never moved onto one: with two returns, a second one's
    answers would go into the first."""
    if current.status in EDITABLE or not isinstance(action, actions.Text) \
            or said_to_the_bot(action.text):
        return None
    returned = sorted(info.id for info in store.owned_by(user_id)
                      if info.status == Status.RETURNED)
    if not returned:
        return None
    answers = store.answers_of(returned)
    text = LOCKED_BESIDE_RETURN.format(
        locked=short_title(current.id, current.answers, apart=True),
        status=LOCKED_STATUS.get(current.status, "锁定"),
        returned="、".join(short_title(i, answers[i], apart=True) for i in returned),
        which=f"场景 #{returned[0]} " if len(returned) == 1 else "其中一个", typed=action.text)
    buttons = tuple((fix_button(i),) for i in returned)
    return Reply(screen=Screen(at=MENU, text=text, choices=buttons))


def said_to_the_bot(text: str) -> bool:
    """Words no returned column takes, to be refused as at any handed-in entry rather than
    quoted to be sent again: a yes or an acknowledgement (thanks after it aside), a greeting, a
    navigation, button or menu word, or a bare number (an entry's, a column's or a choice's).
    无 or 没有, which may say a returned column has none, are not among them."""
    said = without_aside(text).strip()
    return bool(said_to_echo(said) and not says_none(said) or ACKNOWLEDGED.fullmatch(said)
                or greets(said) or navigation_word(said) or said.casefold() in TO_ONLY_CHOICE
                or menu_words.command_named(said, coordinators=True)
                or re.sub(r"\W", "", said) in BUTTON_WORDS | RETURN_WORDS or review_word(said)
                or typed_number(said) is not None)


def typed_goes_to(store: DraftStore, owner_id: int, returned_id: int, notice: Screen) -> Screen:
    """A return notice to an engineer with another draft in progress: typed words still go to
    that draft, and only ✏️ 去修改 opens the returned one."""
    current = store.current(owner_id)
    if current is None or current.id == returned_id or not (said := in_progress(store, owner_id)):
        return notice
    return replace(notice, text="\n".join((notice.text, *said)) + TYPED_GOES_TO)


def saved_beside_return(
    survey: Questionnaire, store: DraftStore, flags: Callable[[int], tuple[tuple[int, ...], ...]],
    owner_id: int, before: Draft, outcome: Outcome, screen: Screen | None,
) -> tuple[tuple[str, ...], Screen | None]:
    """Warnings for typed answers saved to a column that another of the owner's entries' return
    still asks to change (`flags`: those flagged, then those not changed since), unless saved
    as that entry has it (a warned change put back), and the screen with a 去修改 button for
    each such entry."""
    steps: dict[int, list[str]] = {}  # each step's keys saved, typed first, then cleared
    for key in (key for key in outcome.saved if key in survey.position):
        steps.setdefault(survey.field(key).step, []).append(key)
    returned = [info.id for info in store.owned_by(owner_id)
                if info.status == Status.RETURNED and info.id != before.id] if steps else []
    said, buttons = [], {}
    for draft_id, theirs in store.answers_of(returned).items():
        for step in sorted(set(flags(draft_id)[1]) & set(steps)):
            now = outcome.draft.answers
            if changed := [key for key in steps[step] if now.get(key) != theirs.get(key)]:
                said.append(_warning(survey, before, changed[0], draft_id))
                buttons[draft_id] = fix_button(draft_id)
    if screen is not None and buttons:
        screen = replace(screen, choices=(*screen.choices, tuple(buttons.values())))
    return tuple(said), screen


def _warning(survey: Questionnaire, before: Draft, key: str, returned: int) -> str:
    field, old = survey.field(key), before.answers.get(key)
    blank = old in (None, "", [], {})
    return SAVED_BESIDE_RETURN.format(
        draft=short_title(before.id, before.answers, apart=True), title=field.title,
        before=BEFORE_BLANK if blank else BEFORE.format(old=answer_text(key, old)),
        returned=returned, step=field.step, column=survey.step_title(field.step),
        undo="" if blank else UNDO.format(id=before.id, old=answer_text(key, old)))
