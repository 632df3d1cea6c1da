"""Pairs of entries the similarity rule (flows/similarity.py) finds alike that a coordinator
judged different scenarios (不是同类场景): they are then counted, exported and warned of apart.
"""

from sqlite_utils import Database

from storage.drafts import DraftStore


class DistinctPairs:
    db: Database
    drafts: DraftStore

    def set_distinct(self, draft_id: int, other: int, actor_id: int, distinct: bool) -> None:
        """Count the two entries as different scenarios though alike (填写说明 5), or (False)
        let the similarity rule judge them again. Logged on both, so each one's history tells."""
        pair = sorted((draft_id, other))
        with self.db.atomic():
            if distinct:
                self.db.execute("insert or ignore into distinct_pairs (draft_id, other_id) "
                                "values (?, ?)", pair)
            else:
                self.db.execute("delete from distinct_pairs where draft_id = ? and other_id = ?",
                                pair)
            for one, two in ((draft_id, other), (other, draft_id)):
                old, new = (None, two) if distinct else (two, None)
                self.drafts.record(one, actor_id, "distinct", None, old, new)

    def distinct_from(self, draft_id: int) -> set[int]:
        """The entries judged different scenarios from this one."""
        return self._distinct(draft_id).get(draft_id, set())

    def _distinct(self, draft_id: int | None = None) -> dict[int, set[int]]:
        """Entry -> the entries judged different scenarios from it: of one entry, or all."""
        rows = self.db.execute(
            "select draft_id, other_id from distinct_pairs where ? is null or ? in "
            "(draft_id, other_id)", [draft_id, draft_id]).fetchall()
        distinct: dict[int, set[int]] = {}
        for one, two in rows:
            distinct.setdefault(one, set()).add(two)
            distinct.setdefault(two, set()).add(one)
        return distinct
