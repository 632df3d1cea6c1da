"""The coordinators' side: review queue, approve or return, duplicates, history, statistics.

Every call checks the coordinator's scope against the entry it touches, whatever button or
command it came from, and every status change is a compare-and-set: of two coordinators
acting at once, one wins and the other is told.
"""

import logging
from dataclasses import replace

from bot.replies import Notice, Reply
from bot.review_cards import Cards, Similar
from flows import actions
from flows.cards import short_title
from flows.draft import STATUS_LABELS, SUMMARY, Status
from flows.navigation import Questionnaire
from flows.province import Row, standing, standing_text
from flows.review import (
    ALREADY_HANDLED,
    APPROVED,
    ASK_COMMENT,
    ENGINEER_APPROVED,
    ENGINEER_MARKED,
    ENGINEER_REOPENED,
    ENGINEER_UNMARKED,
    HANDLED_BY_YOU,
    MARKED,
    MARKS_LIFTED,
    NOT_MARKABLE,
    OUTDATED,
    OWN_ENTRY_REFUSED,
    OWN_MARK_LIFTED,
    REOPENED,
    RETURNED,
    RETURNED_UNNOTIFIED,
    UNMARKED,
    flags_screen,
    history_text,
    queue_screen,
    return_notice,
    step_titles,
    untouched,
)
from flows.review_card import ids_text
from flows.screens import REVIEW, Button, Screen
from storage.people import PROVINCE, TERMINAL_USER, Coordinator, People
from storage.reviews import Entry, Pending, ReviewStore

log = logging.getLogger(__name__)

COORDINATORS_ONLY = "仅协调员可使用此功能。"
OUT_OF_SCOPE = "该场景不在您的审核范围内。"
NOT_FOUND = "未找到该场景。"
NEW_SUBMISSION = "📥 新提交的场景，请审核："
RESUBMISSION = "📥 退回修改后重新提交的场景，请审核："
CANCELLED = "已取消退回。"
MAX_COMMENT = 1000
COMMENT_TOO_LONG = "退回意见最多 {limit} 字，您输入了 {length} 字，请精简后重新发送："
STILL_FLAGGED = "↩️ 协调员标注需要修改、尚未改动的项目：{columns}。请点击对应项目修改后再提交。"
RETURN_DROPPED = "已取消对场景 #{id} 的退回（尚未输入退回意见）。"
RETURN_EXPIRED = "该操作已过期，请重新点击“退回修改”。"
# What decides on an entry: never taken by the coordinator who filled the entry in.
DECISIONS = (actions.Approve, actions.Return, actions.Flag, actions.SendReturn, actions.Reopen,
             actions.MarkDuplicate, actions.UnmarkDuplicate)


class Reviews:
    def __init__(self, survey: Questionnaire, store: ReviewStore, people: People):
        self.survey = survey
        self.store = store
        self.people = people
        self.cards = Cards(survey, store)

    # --- entry points -----------------------------------------------------------------------

    def queue(self, user_id: int, page: int = 0) -> Reply:
        scope = self.people.coordinator(user_id)
        if scope is None:
            return Reply((COORDINATORS_ONLY,), refused=True)
        waiting = self.store.entries([Status.SUBMITTED], scope)
        return Reply(screen=queue_screen([(e.id, e.answers) for e in waiting], page))

    def act(self, user_id: int, action: actions.ReviewAction) -> Reply:
        """A coordinator's button: checked against the scope before anything changes."""
        scope = self.people.coordinator(user_id)
        if scope is None:
            log.warning("refused: user %s is not a coordinator (%s)", user_id, action)
            return Reply((COORDINATORS_ONLY,), refused=True)
        if isinstance(action, actions.ReviewPage):
            return self.queue(user_id, action.page)
        entry = self.store.entry(action.draft_id)
        if entry is None:
            return Reply((NOT_FOUND,), refused=True)
        if not scope.covers(entry.answers.get("city")):
            log.warning("refused: coordinator %s outside scope on #%s", user_id, entry.id)
            return Reply((OUT_OF_SCOPE,), refused=True)
        if isinstance(action, DECISIONS) and entry.info.owner_id == user_id:
            log.warning("refused: coordinator %s deciding on own #%s", user_id, entry.id)
            return Reply((OWN_ENTRY_REFUSED,), refused=True)
        match action:
            case actions.Approve(revision=shown) | actions.Return(revision=shown) if (
                shown != entry.revision
            ):
                return Reply((OUTDATED,), self.entry_screen(entry, scope), refused=True)
            case actions.Review():
                return Reply(screen=self.entry_screen(entry, scope))
            case actions.Approve():
                return self._approve(user_id, entry)
            case actions.Return():
                if entry.info.status != Status.SUBMITTED:
                    return self._already(entry.id, user_id)
                self.store.set_pending(user_id, Pending(entry.id, None, (), entry.revision))
                cancel = Button("取消", actions.CancelReturn(entry.id))
                return Reply(screen=Screen(at=REVIEW, text=ASK_COMMENT, choices=((cancel,),)))
            case actions.Flag(step=step):
                return self._flag(user_id, entry, step)
            case actions.SendReturn():
                return self._send_return(user_id, scope, entry)
            case actions.CancelReturn():
                self.store.clear_pending(user_id)
                return Reply((CANCELLED,), self.entry_screen(entry, scope))
            case actions.Reopen():
                return self._reopen(user_id, entry)
            case actions.MarkDuplicate(of=of):
                return self._mark_duplicate(user_id, scope, entry, of)
            case actions.UnmarkDuplicate():
                if not entry.duplicate_of:
                    return Reply(screen=self.entry_screen(entry, scope))
                self.store.mark_duplicate(entry.id, None, user_id)
                return Reply((UNMARKED.format(id=entry.id),),
                             notices=(self._tell_engineer(entry, ENGINEER_UNMARKED),))
            case actions.History():
                return Reply((history_text(self.survey, entry.id, self.store.history(entry.id)),))
        return Reply((NOT_FOUND,), refused=True)

    def comment(self, user_id: int, text: str, edited: bool = False) -> Reply | None:
        """The coordinator's typed return comment, if one is awaited, or the comment edited in
        Telegram while the return is not yet sent; None otherwise."""
        pending = self.store.pending(user_id)
        if pending is None or (pending.comment is not None and not edited):
            return None
        comment = text.strip()
        if not comment:
            return Reply(("退回意见不能为空，请重新输入：",))
        if len(comment) > MAX_COMMENT:
            return Reply((COMMENT_TOO_LONG.format(limit=MAX_COMMENT, length=len(comment)),))
        self.store.set_pending(user_id, replace(pending, comment=comment))
        return Reply(screen=flags_screen(self.survey, pending.draft_id, comment, pending.steps))

    def drop_awaited_comment(self, user_id: int) -> Reply | None:
        """A return whose comment is still awaited ends when the coordinator turns to anything
        else: the next words typed belong to what they turned to, not to the return."""
        pending = self.store.pending(user_id)
        if pending is None or pending.comment is not None:
            return None
        self.store.clear_pending(user_id)
        return Reply((RETURN_DROPPED.format(id=pending.draft_id),))

    def history(self, user_id: int, draft_id: int) -> Reply:
        return self.act(user_id, actions.History(draft_id))

    def stats(self, user_id: int) -> Reply:
        scope = self.people.coordinator(user_id)
        if scope is None:
            return Reply((COORDINATORS_ONLY,), refused=True)
        rows = [Row(e.id, e.info.status, e.answers, e.duplicate_of)
                for e in self.store.entries(scope=scope)]
        province_wide = scope.city == PROVINCE
        return Reply((standing_text(standing(rows), scope.scope_label, province_wide),))

    # --- called from the engineer's side ----------------------------------------------------

    def similar(self, draft_id: int, answers) -> Similar:
        """Submitted or approved entries alike enough to count as the same scenario."""
        return self.cards.similar(draft_id, answers)

    def submitted(self, draft_id: int, similar: Similar | None = None) -> tuple[Notice, ...]:
        """Tell every coordinator in scope about a (re)submitted entry, with its review card,
        but the one who filled it in: they may not review it. `similar`, when already found at
        submission, is not looked for again."""
        entry = self.store.entry(draft_id)
        heading = RESUBMISSION if self.store.last_return(draft_id) else NEW_SUBMISSION
        coordinators = [c for c in self.people.covering(entry.answers.get("city"))
                        if c.user_id != entry.info.owner_id]
        if not coordinators:
            return ()
        if similar is None:
            similar = self.similar(draft_id, entry.answers)
        screens = self.cards.screens(entry, coordinators, similar)
        return tuple(
            Notice(c.user_id, Reply((heading,), screen))
            for c, screen in zip(coordinators, screens, strict=True)
        )

    def unchanged_flags(self, draft_id: int) -> list[int]:
        """The columns flagged at the last return that the engineer has not changed since."""
        returned = self.store.last_return(draft_id)
        if not returned or not returned.steps:
            return []
        changes = self.store.changes_since(draft_id, returned.event_id)
        return untouched(self.survey, changes, returned.steps)

    def still_flagged(self, draft_id: int) -> tuple[str, ...]:
        """Back at the summary of a returned draft: the flagged columns not yet changed, so the
        engineer who fixed the first one is not left to resubmit without the others."""
        left = self.unchanged_flags(draft_id)
        return (STILL_FLAGGED.format(columns=step_titles(self.survey, left)),) if left else ()

    # --- helpers -----------------------------------------------------------------------------

    def entry_screen(self, entry: Entry, scope: Coordinator) -> Screen:
        return self.cards.screen(entry, scope)

    def _approve(self, user_id: int, entry: Entry) -> Reply:
        if not self.store.transition(entry.id, [Status.SUBMITTED], Status.APPROVED, user_id):
            return self._already(entry.id, user_id)
        title = short_title(entry.id, entry.answers)
        notice = self._tell_engineer(entry, ENGINEER_APPROVED)
        return Reply((APPROVED.format(title=title),), notices=(notice,))

    def _commented(self, user_id: int, entry: Entry) -> Pending | None:
        """The coordinator's return of this entry, once its comment is typed."""
        pending = self.store.pending(user_id)
        if pending is None or pending.draft_id != entry.id or pending.comment is None:
            return None
        return pending

    def _flag(self, user_id: int, entry: Entry, step: int) -> Reply:
        pending = self._commented(user_id, entry)
        if pending is None:
            return Reply((RETURN_EXPIRED,), refused=True)
        steps = set(pending.steps)
        if 1 <= step <= self.survey.steps:
            steps ^= {step}
        updated = replace(pending, steps=tuple(sorted(steps)))
        self.store.set_pending(user_id, updated)
        return Reply(screen=flags_screen(self.survey, entry.id, updated.comment, updated.steps))

    def _send_return(self, user_id: int, scope: Coordinator, entry: Entry) -> Reply:
        pending = self._commented(user_id, entry)
        if pending is None:
            return Reply((RETURN_EXPIRED,), refused=True)
        self.store.clear_pending(user_id)
        if pending.revision != entry.revision:  # resubmitted since the return was started
            return Reply((OUTDATED,), self.entry_screen(entry, scope), refused=True)
        lifted = [self.store.entry(i) for i in self.store.duplicates_of(entry.id)]
        won = self.store.transition(entry.id, [Status.SUBMITTED], Status.RETURNED, user_id,
                                    pending.comment, pending.steps, cursor=SUMMARY)
        if not won:
            return self._already(entry.id, user_id)
        unmarked = tuple(self._tell_engineer(e, ENGINEER_UNMARKED) for e in lifted)
        title = short_title(entry.id, entry.answers)
        told = RETURNED_UNNOTIFIED if entry.info.owner_id == TERMINAL_USER else RETURNED
        text = "\n".join((told.format(title=title), *_lifted_marks(entry, lifted)))
        if entry.info.owner_id == TERMINAL_USER:
            return Reply((text,), notices=unmarked)
        notice = Notice(entry.info.owner_id, Reply(screen=return_notice(
            self.survey, entry.id, entry.answers, pending.comment, pending.steps)))
        return Reply((text,), notices=(notice, *unmarked))

    def _tell_engineer(self, entry: Entry, template: str, **fields: object) -> Notice:
        """One line to the entry's engineer, naming the entry as `{title}`."""
        text = template.format(title=short_title(entry.id, entry.answers), **fields)
        return Notice(entry.info.owner_id, Reply((text,)))

    def _reopen(self, user_id: int, entry: Entry) -> Reply:
        if not self.store.transition(entry.id, [Status.APPROVED], Status.SUBMITTED, user_id):
            return self._already(entry.id, user_id)
        title = short_title(entry.id, entry.answers)
        notice = self._tell_engineer(entry, ENGINEER_REOPENED)
        return Reply((REOPENED.format(title=title),), notices=(notice,))

    def _mark_duplicate(self, user_id: int, scope: Coordinator, entry: Entry, of: int) -> Reply:
        """Only a submitted entry, not yet a duplicate, onto a counted one that is not a
        duplicate itself: so marks never form a cycle that would leave both uncounted."""
        other = self.store.entry(of)
        if other is None or of == entry.id or not scope.covers(other.answers.get("city")):
            return Reply((OUT_OF_SCOPE,), refused=True)
        if (entry.info.status != Status.SUBMITTED or entry.duplicate_of
                or other.info.status not in (Status.SUBMITTED, Status.APPROVED)
                or other.duplicate_of):
            return Reply((NOT_MARKABLE,), refused=True)
        self.store.mark_duplicate(entry.id, of, user_id)
        notice = self._tell_engineer(entry, ENGINEER_MARKED, of=of)
        return Reply((MARKED.format(id=entry.id, of=of),), notices=(notice,))

    def _already(self, draft_id: int, user_id: int) -> Reply:
        """The entry is no longer where the button expected: by whose hand, as far as it
        matters to the one pressing (an old card of their own, or someone else's decision)."""
        status = self.store.drafts.info(draft_id).status
        mine = self.store.last_status_actor(draft_id) == user_id
        text = (HANDLED_BY_YOU if mine else ALREADY_HANDLED).format(status=STATUS_LABELS[status])
        return Reply((text,), refused=True)


def _lifted_marks(entry: Entry, lifted: list[Entry]) -> list[str]:
    """The duplicate marks a return lifts, told to the coordinator returning: the export and
    the count grow by them until someone marks them again."""
    lines = [MARKS_LIFTED.format(ids=ids_text([e.id for e in lifted]))] if lifted else []
    if entry.duplicate_of:
        lines.append(OWN_MARK_LIFTED.format(of=entry.duplicate_of))
    return lines
