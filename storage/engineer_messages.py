"""Which of the engineers' words to the coordinators still wait for an answer, and how often a
coordinator's digest has named them: read from the entries' history, where the words are kept
(`storage.coordinator_replies`)."""

from flows.beijing import beijing
from flows.coordinator_replies import ANSWER
from flows.draft import Status
from flows.engineer_messages import Said
from storage.coordinator_replies import MESSAGE, REPLY
from storage.digests import DIGEST
from storage.drafts import DraftStore

# Words answered: by a coordinator's answer (↩️ 回复填报人), words added to a return, a
# duplicate mark, or a coordinator's move of the entry (return, approval, reopening) after them.
UNANSWERED = (
    "select e.id, e.draft_id, d.owner_id, coalesce(u.name, e.actor_id), e.at, e.kind, e.comment "
    "from events e join drafts d on d.id = e.draft_id left join users u on u.id = e.actor_id "
    f"where e.kind in ('{REPLY}', '{MESSAGE}') and e.actor_id = d.owner_id "
    f"and d.status != '{Status.DRAFT}' and not exists (select 1 from events a "
    "where a.draft_id = e.draft_id and a.id > e.id "
    f"and (a.kind in ('{ANSWER}', 'addition', 'duplicate') "
    "or (a.kind = 'status' and a.actor_id != d.owner_id)))")


class EngineerMessages:
    def __init__(self, drafts: DraftStore):
        self.drafts = drafts
        self.db = drafts.db

    def unanswered(self, draft_id: int | None = None) -> list[Said]:
        """The words waiting for an answer, oldest first: all entries', or one entry's."""
        where, params = ("and e.draft_id = ? ", [draft_id]) if draft_id is not None else ("", [])
        rows = self.db.execute(
            f"select * from ({UNANSWERED} {where}) order by 1", params).fetchall()
        answers = {entry: self.drafts.answers(entry) for entry in {row[1] for row in rows}}
        return [Said(entry, answers[entry], owner, str(name), beijing(at), kind, text)
                for _, entry, owner, name, at, kind, text in rows]

    def told(self) -> dict[int, dict[int, int]]:
        """Coordinator -> entry -> digests naming it since its oldest unanswered words: words
        written after they were answered are news again."""
        rows = self.db.execute(
            f"with w as (select draft_id, min(id) as first from ({UNANSWERED}) group by draft_id) "
            "select g.actor_id, g.draft_id, count(*) from events g join w "
            "on w.draft_id = g.draft_id where g.kind = ? and g.id > w.first "
            "group by g.actor_id, g.draft_id", [DIGEST]).fetchall()
        told: dict[int, dict[int, int]] = {}
        for user_id, draft_id, count in rows:
            told.setdefault(user_id, {})[draft_id] = count
        return told
