"""Drafts left untouched: the coordinators' /stale list and the engineers' reminders."""

from dataclasses import dataclass
from datetime import timedelta

from bot.refusals import not_a_coordinator
from bot.replies import Notice, Reply
from flows import actions
from flows.cards import short_title
from flows.navigation import Questionnaire
from flows.review import StaleDraft, stale_text
from flows.screens import MENU, Button, Screen
from storage.people import People
from storage.reviews import Entry, ReviewStore

REMINDER = "您好！以下场景草稿已超过 {days} 天没有更新，发送 /drafts 或点击下方按钮继续填写："
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
        """One friendly reminder per engineer for drafts untouched for `days`, once a period:
        until `reminded` is told it was delivered, the next call offers it again."""
        due = self.store.due_reminders(self._days_ago(days))
        by_owner: dict[int, list[Entry]] = {}
        for entry in (e for e in due if not self._blank(e)):
            by_owner.setdefault(entry.info.owner_id, []).append(entry)
        return tuple(
            Reminder(owner, Reply(screen=Screen(
                at=MENU,
                text=REMINDER.format(days=days) + "\n" + "\n".join(
                    short_title(e.id, e.answers) for e in entries),
                choices=tuple((Button(f"打开 #{e.id}", actions.Open(e.id)),) for e in entries),
            )), tuple(e.id for e in entries))
            for owner, entries in by_owner.items()
        )

    def reminded(self, reminder: Reminder) -> None:
        self.store.mark_reminded(reminder.draft_ids)

    def _blank(self, entry: Entry) -> bool:
        return self.survey.untouched(entry.answers)

    def _days_ago(self, days: int) -> str:
        return (self.store.drafts.clock() - timedelta(days=days)).isoformat(timespec="seconds")
