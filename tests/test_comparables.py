"""Similar entries are found from texts kept between submissions, redrawn when answers move."""

import pytest

from bot.comparables import Comparables
from flows.draft import SUMMARY, Draft, Status
from storage.drafts import DraftStore
from storage.reviews import ReviewStore
from storage.schema import open_database
from tests.scenarios import scenario_answers


@pytest.fixture
def store(tmp_path) -> ReviewStore:
    return ReviewStore(DraftStore(open_database(tmp_path / "intake.db")))


def submit(store: ReviewStore, owner: int, answers: dict) -> int:
    draft = store.drafts.create(owner, SUMMARY, answers)
    submitted = Draft(draft.id, SUMMARY, draft.answers, status=Status.SUBMITTED)
    store.drafts.save(draft, submitted, {}, owner)
    return draft.id


def revision(store: ReviewStore, draft_id: int) -> int:
    return store.db.execute("select revision from drafts where id = ?", [draft_id]).fetchone()[0]


def test_every_change_of_an_answer_moves_the_draft_revision(store):
    draft = store.drafts.create(1, "city", {"city": "苏州市"})
    created = revision(store, draft.id)
    store.drafts.save(draft, Draft(draft.id, "city", {}), {"city": "无锡市"}, 1)
    edited = revision(store, draft.id)
    store.drafts.save(draft, Draft(draft.id, "city", {}), {"city": None}, 1)
    assert created < edited < revision(store, draft.id)


def test_only_submitted_or_approved_entries_not_marked_duplicate_are_compared(store):
    first = submit(store, 1, scenario_answers(1))
    store.drafts.create(2, "city", scenario_answers(2))
    duplicate = submit(store, 3, scenario_answers(3))
    store.db.execute("update drafts set duplicate_of = ? where id = ?", [first, duplicate])
    assert [draft_id for draft_id, _ in Comparables(store).current("本省")] == [first]


def test_an_entry_edited_after_it_was_kept_is_compared_by_its_new_texts(store):
    comparables = Comparables(store)
    draft_id = submit(store, 1, scenario_answers(1))
    assert comparables.current("本省")[0][1]["name"] == scenario_answers(1)["scenario_name"]
    draft = store.drafts.load(draft_id)
    store.drafts.save(draft, draft, {"scenario_name": "乙烯装置区防爆四足机器人巡检"}, 1)
    assert comparables.current("本省")[0][1]["name"] == "乙烯装置区防爆四足机器人巡检"


def test_only_entries_of_the_same_submission_are_compared(store):
    own = submit(store, 1, scenario_answers(1))
    central = submit(store, 2, scenario_answers(1, submitting_unit="中国电信集团有限公司"))
    comparables = Comparables(store)
    assert [draft_id for draft_id, _ in comparables.current("本省")] == [own]
    assert [draft_id for draft_id, _ in comparables.current("中国电信集团有限公司")] == [central]
