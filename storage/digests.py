"""Which coordinator was told of which waiting entry, and when: an event on each entry a digest
names, its actor the coordinator, kept out of /history as the engineers' reminders are."""

from collections.abc import Iterable

from flows.draft import Status
from storage.drafts import DraftStore

DIGEST = "digest"  # the kind of event logging a digest naming the entry sent to `actor_id`
# When a submitted entry began to wait: its submission, or a coordinator's reopening of it
# (which leaves submitted_at as the engineer's), whichever is later.
WAITING_SINCE = (
    "max(coalesce(d.submitted_at, ''), coalesce((select max(r.at) from events r where "
    "r.draft_id = d.id and r.kind = 'status' and r.new = '\"submitted\"'), ''))")


class DigestLog:
    def __init__(self, drafts: DraftStore):
        self.drafts = drafts
        self.db = drafts.db

    def waiting_since(self) -> dict[int, str]:
        """Submitted entry -> when it began to wait (`WAITING_SINCE`)."""
        return dict(self.db.execute(
            f"select d.id, {WAITING_SINCE} from drafts d where d.status = ?",
            [str(Status.SUBMITTED)]).fetchall())

    def told(self) -> dict[int, dict[int, int]]:
        """Coordinator -> submitted entry -> digests naming it since it began to wait: a
        resubmitted or reopened entry is news again."""
        rows = self.db.execute(
            "select e.actor_id, e.draft_id, count(*) from events e join drafts d "
            f"on d.id = e.draft_id where e.kind = ? and d.status = ? and e.at > {WAITING_SINCE} "
            "group by e.actor_id, e.draft_id",
            [DIGEST, str(Status.SUBMITTED)],
        ).fetchall()
        told: dict[int, dict[int, int]] = {}
        for user_id, draft_id, count in rows:
            told.setdefault(user_id, {})[draft_id] = count
        return told

    def told_since(self, since: str) -> set[int]:
        """The coordinators sent a digest at `since` or later."""
        rows = self.db.execute(
            "select distinct actor_id from events where kind = ? and at >= ?", [DIGEST, since]
        ).fetchall()
        return {row[0] for row in rows}

    def record(self, user_id: int, draft_ids: Iterable[int]) -> None:
        with self.db.atomic():
            for draft_id in draft_ids:
                self.drafts.record(draft_id, user_id, DIGEST)
