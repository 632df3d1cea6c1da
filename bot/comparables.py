"""The compared texts of every submitted or approved entry, kept between submissions.

Finding similar scenarios at each submission used to load and reformat every entry's answers,
the bulk of a submission's time once a province has a few hundred rows. The texts are now
redrawn only for entries whose revision (moved by SQLite on every change of the answers, and
by a coordinator's status change) moved.

Each entry is kept with its submission (the province's, or its central enterprise group's), as
/stats merges similar rows only within one: rows of two submissions are counted apart, so they
are neither similar nor duplicates of each other.
"""

from flows.draft import Status
from flows.province import submission
from flows.similarity import COMPARED_KEYS, Texts, texts_of
from storage.reviews import ReviewStore

COMPARED_STATUSES = (Status.SUBMITTED, Status.APPROVED)
READ_KEYS = (*COMPARED_KEYS, "submitting_unit")


class Comparables:
    def __init__(self, store: ReviewStore):
        self.store = store
        self._kept: dict[int, tuple[int, str, Texts]] = {}  # id -> (revision, submission, texts)

    def current(self, of_submission: str) -> list[tuple[int, Texts]]:
        """(id, texts) of the entries a new row of this submission (`submission`) is compared
        with, as the database has them now."""
        rows = self.store.revisions(COMPARED_STATUSES)
        moved = [draft_id for draft_id, revision in rows
                 if self._kept.get(draft_id, (None,))[0] != revision]
        fresh = self.store.drafts.answers_of(moved, READ_KEYS)
        revision_of = dict(rows)
        self._kept = {
            draft_id: _drawn(revision_of[draft_id], fresh[draft_id]) if draft_id in fresh
            else self._kept[draft_id]
            for draft_id, _ in rows
        }
        return [(draft_id, texts) for draft_id, (_, whose, texts) in self._kept.items()
                if whose == of_submission]


def _drawn(revision: int, answers: dict) -> tuple[int, str, Texts]:
    return revision, submission(answers), texts_of(answers)
