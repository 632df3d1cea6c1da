"""Work left waiting: the coordinators' /stale list, the engineers' reminders, and the
coordinators' daily digest of submissions waiting for review."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.addressees import Addressees
from bot.refusals import not_a_coordinator
from bot.replies import Notice, Reply
from flows.beijing import BEIJING, beijing
from flows.draft import SUMMARY, Status
from flows.navigation import Questionnaire
from flows.reminders import Waiting, reminder_screen
from flows.review import StaleDraft, stale_text
from flows.review_digest import Unreviewed, digests
from storage.digests import DigestLog
from storage.people import People
from storage.reviews import Entry, ReviewStore

REMINDER_CAP = 3  # reminders about a draft until it changes again
# A draft falling due within this many days comes along in a reminder its owner gets now (one
# untouched for under a day never does).
LEAD_DAYS = 1
REMINDER_HOURS = range(9, 20)  # sent from 09:00 to 20:00 Beijing time; one due at night waits
NO_STALE = "没有超过 {days} 天未更新的草稿。"
NO_STALE_WORK = "没有超过 {days} 天未更新、已填写内容的草稿。"
BLANK_LEFT_OUT = "另有 {count} 份空白草稿（除报送单位外未填写任何内容）未列出。"


@dataclass(frozen=True)
class Reminder(Notice):
    """A reminder with the drafts it names, which count as reminded only once it is delivered."""

    draft_ids: tuple[int, ...] = ()


class Followups:
    def __init__(self, survey: Questionnaire, store: ReviewStore, people: People):
        self.survey = survey
        self.store = store
        self.people = people
        self.digest_log = DigestLog(store.drafts)
        self.addressees = Addressees(store, people)

    def stale(self, user_id: int, days: int) -> Reply:
        """/stale: drafts in the coordinator's scope untouched for `days`."""
        scope = self.people.coordinator(user_id)
        if scope is None:
            return not_a_coordinator(user_id, "/stale")
        in_scope = [e for e in self.store.stale(self._days_ago(days)) if scope.covers(e.city)]
        stale = [e for e in in_scope if not self._blank(e)]
        blanks = len(in_scope) - len(stale)
        if not in_scope:
            return Reply((NO_STALE.format(days=days),))
        listed = [
            StaleDraft(e.id, e.answers, e.info.status, e.info.updated_at,
                       self.store.drafts.user_name(e.info.owner_id) or str(e.info.owner_id),
                       self.survey.steps_done(e.answers), self.survey.steps)
            for e in stale
        ]
        lines = [stale_text(days, listed) if listed else NO_STALE_WORK.format(days=days)]
        if blanks:
            lines.append(BLANK_LEFT_OUT.format(count=blanks))
        return Reply(("\n".join(lines),))

    def reminders(self, days: int) -> tuple[Reminder, ...]:
        """One friendly reminder per engineer for drafts untouched for `days`, once a period and
        at most REMINDER_CAP times until the draft changes (a returned scenario given up on
        cannot be deleted to stop them), in the daytime only: until `reminded` is told it was
        delivered, the next check offers it again. Their drafts falling due within LEAD_DAYS
        come along, so drafts left hours apart share one period instead of a reminder each."""
        if self.store.drafts.clock().astimezone(BEIJING).hour not in REMINDER_HOURS:
            return ()
        found = [(entry, sent, due) for entry, sent, due in self.store.due_reminders(
                     self._days_ago(days), self._days_ago(max(days - LEAD_DAYS, 1)), REMINDER_CAP)
                 if not self._blank(entry)]
        owners = {entry.info.owner_id for entry, _, due in found if due}
        by_owner: dict[int, list[tuple[Entry, int]]] = {}
        for entry, sent, _ in found:
            if entry.info.owner_id in owners:
                by_owner.setdefault(entry.info.owner_id, []).append((entry, sent))
        return tuple(self._reminder(owner, days, entries) for owner, entries in by_owner.items())

    def _reminder(self, owner: int, days: int, entries: list[tuple[Entry, int]]) -> Reminder:
        """The message says how long the drafts have been untouched: `days`, or fewer when a
        draft that came along early is fresher."""
        now = self.store.drafts.clock()
        untouched = min((now - datetime.fromisoformat(entry.info.updated_at)) // timedelta(days=1)
                        for entry, _ in entries)
        drafts = [self._waiting(entry, last=sent + 1 == REMINDER_CAP) for entry, sent in entries]
        return Reminder(owner, Reply(screen=reminder_screen(self.survey, min(days, untouched),
                                                            drafts)),
                        tuple(d.draft_id for d in drafts))

    def _waiting(self, entry: Entry, last: bool) -> Waiting:
        """What the draft waits for: the engineer's fixes to a return, 提交, or more answers."""
        if entry.info.status != Status.RETURNED:
            return Waiting(entry.id, entry.answers, complete=entry.info.cursor == SUMMARY,
                           last=last)
        returned = self.store.last_return(entry.id)
        return Waiting(entry.id, entry.answers, returned=True, last=last,
                       comment=returned.comment if returned else None,
                       flagged=returned.steps if returned else ())

    def reminded(self, reminder: Reminder) -> None:
        self.store.mark_reminded(reminder.draft_ids)

    def digests(self, hours: int) -> tuple[Reminder, ...]:
        """Each coordinator's digest of entries waiting for review over `hours`, and of
        engineers' words waiting as long for an answer, once a day in Beijing and by the
        reminders' rules (the daytime, REMINDER_CAP, sent once delivered)."""
        now = self.store.drafts.clock().astimezone(BEIJING)
        if now.hour not in REMINDER_HOURS:
            return ()
        since = self.digest_log.waiting_since()
        unreviewed = [Unreviewed(e.id, e.answers, e.info.owner_id, beijing(since[e.id]))
                      for e in self.store.entries([Status.SUBMITTED], keys=("scenario_name",))
                      if not e.duplicate_of and since.get(e.id)]
        midnight = now.replace(hour=0, minute=0, second=0, microsecond=0).astimezone(UTC)
        told_today = self.digest_log.told_since(midnight.isoformat(timespec="seconds"))
        return tuple(
            Reminder(d.user_id, Reply((d.text,)), d.draft_ids)
            for d in digests(self.people.coordinators(), unreviewed, self.digest_log.told(),
                             told_today, now, timedelta(hours=hours), REMINDER_CAP,
                             self.addressees.unanswered(), self.addressees.messages.told())
        )

    def digested(self, digest: Reminder) -> None:
        self.digest_log.record(digest.chat_id, digest.draft_ids)

    def _blank(self, entry: Entry) -> bool:
        return self.survey.untouched(entry.answers)

    def _days_ago(self, days: int) -> str:
        return (self.store.drafts.clock() - timedelta(days=days)).isoformat(timespec="seconds")
