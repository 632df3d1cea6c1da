"""The review cards of an entry, one for each coordinator it goes to.

What the entry says is worked out once; what each coordinator may see of other entries (the
similar ones in other cities) and may do (nothing on their own entry) is worked out for each.
"""

from collections.abc import Iterable

from bot.addressees import Addressees
from bot.comparables import Comparables
from flows.cards import short_title
from flows.draft import Status
from flows.navigation import Questionnaire
from flows.outside_province import outside_province
from flows.province import marks_apart, marks_apart_text, submission, uncovered_dimensions
from flows.review_card import Card, entry_screen
from flows.review_history import changed_items, outdated_text, since_return_text
from flows.row_hints import row_hints
from flows.row_reminders import chat_rules_unmet
from flows.screens import Screen
from flows.similarity import matches, texts_of
from flows.validation import entry_warnings
from storage.people import Coordinator, People
from storage.reviews import Entry, ReviewStore

SIMILAR = "与 {labels} 高度相似，按填写说明 5 可能只按 1 项计算。"
# A city coordinator is not shown another city's titles, nor can act on them.
SIMILAR_OUT_OF_SCOPE = ("与您审核范围外的 {count} 个场景高度相似，按填写说明 5 可能只按 1 项计算，"
                        "由{level}协调员判断。")  # 省级, a municipality's 市级

Similar = tuple[tuple[int, str], ...]  # (id, short title) of similar entries


class Cards:
    def __init__(self, survey: Questionnaire, store: ReviewStore, people: People):
        self.survey = survey
        self.store = store
        self.cities = survey.field("city").choices  # the province's
        self.comparables = Comparables(store)
        self.addressees = Addressees(store, people)

    def similar(self, draft_id: int, answers) -> Similar:
        """Submitted or approved entries of the same submission alike enough to count as the
        same scenario, but those a coordinator judged different scenarios from it."""
        distinct = self.store.distinct_from(draft_id)
        others = [(other_id, texts) for other_id, texts
                  in self.comparables.current(submission(answers))
                  if other_id != draft_id and other_id not in distinct]
        kept = dict(others)
        return tuple(
            (m.other_id, short_title(m.other_id, {"scenario_name": kept[m.other_id]["name"]}))
            for m in matches(texts_of(answers), others)
        )

    def screen(self, entry: Entry, scope: Coordinator) -> Screen:
        return self.screens(entry, [scope], self.similar(entry.id, entry.answers))[0]

    def outdated(self, entry: Entry, shown: int) -> str:
        """Why a press from a card drawn at revision `shown` is refused, naming what changed."""
        changes = self.store.changes_after(entry.id, shown)
        return outdated_text(self.survey, changes, self.store.statuses_after(entry.id, shown))

    def screens(self, entry: Entry, scopes: list[Coordinator], similar: Similar) -> list[Screen]:
        """The entry's card for each coordinator in `scopes`."""
        shown = {
            "draft_id": entry.id, "status": entry.info.status, "answers": entry.answers,
            "revision": entry.revision,
            "uncovered": uncovered_dimensions(entry.answers),
            "duplicate_of": entry.duplicate_of,
            "duplicates": self.store.duplicates_of(entry.id),
            "outside_province": outside_province(entry.answers, self.cities),
            "words": self.survey.words(),
            "since_return": self._since_return(entry),
            "editing": self._editing(entry),
            "reminders": row_hints(entry.answers),
            "markers": self.store.markers(entry.id),
        }
        unanswered = self.addressees.unanswered(entry.id)
        warnings = entry_warnings(self.survey, entry.answers) + chat_rules_unmet(entry.answers)
        # The entry it is marked a duplicate of is decided alike: said as marked, not as may be.
        similar = tuple((i, label) for i, label in similar if i != entry.duplicate_of)
        cities = {i: self.store.drafts.answers(i).get("city") for i in
                  {*(i for i, _ in similar), *entry.distinct}}
        marked = entry.duplicate_of
        marked_answers = self.store.drafts.answers(marked) if marked else {}
        marked_city = marked_answers.get("city")
        if marked and marks_apart([(entry.id, entry.answers, marked, marked_answers)]):
            warnings += (marks_apart_text([(entry.id, marked)], shown["words"]),)
        owners = self._owners([*cities, *shown["duplicates"], entry.duplicate_of])
        cards = []
        for scope in scopes:
            seen = [(i, label) for i, label in similar if scope.covers(cities[i])]
            cards.append(Card(
                **shown,
                warnings=(*warnings, *_similar_warnings(seen, len(similar) - len(seen),
                                                        shown["words"].level)),
                markable=[i for i, _ in seen],
                own=scope.user_id == entry.info.owner_id,
                mine=sorted(i for i, owner in owners.items() if owner == scope.user_id),
                mark_outside=bool(marked) and not scope.covers(marked_city),
                distinct=sorted(i for i in entry.distinct if scope.covers(cities[i])),
                distinct_outside=sorted(i for i in entry.distinct if not scope.covers(cities[i])),
                unanswered=[s for s in unanswered if scope.user_id in s.to],
            ))
        return [entry_screen(card) for card in cards]

    def _owners(self, draft_ids: Iterable[int | None]) -> dict[int, int]:
        """Who filled each of the entries a card names, so no coordinator is offered a
        duplicate mark that involves their own."""
        infos = {i: self.store.drafts.info(i) for i in set(draft_ids) if i}
        return {i: info.owner_id for i, info in infos.items() if info}

    def _editing(self, entry: Entry) -> str:
        """Of a returned entry, the items its engineer has changed and not resubmitted: the
        card shows them as they now read, which no coordinator should take for what was
        handed in."""
        if entry.info.status != Status.RETURNED:
            return ""
        return changed_items(self.survey, self.store.unsubmitted_changes(entry.id, entry.answers))

    def _since_return(self, entry: Entry) -> str | None:
        """For an entry resubmitted after a return: that return and what changed since. Not
        once an approval has settled it: a reopened entry is judged afresh."""
        returned = self.store.last_return(entry.id)
        if (entry.info.status != Status.SUBMITTED or returned is None
                or self.store.approved_since(entry.id, returned.event_id)):
            return None
        changes = self.store.changes_since(entry.id, returned.event_id)
        return since_return_text(self.survey, returned.by, returned.at, returned.comment,
                                 changes, returned.steps)


def _similar_warnings(seen: list[tuple[int, str]], hidden: int, level: str) -> list[str]:
    warnings = []
    if seen:
        warnings.append(SIMILAR.format(labels="、".join(label for _, label in seen)))
    if hidden:
        warnings.append(SIMILAR_OUT_OF_SCOPE.format(count=hidden, level=level))
    return warnings
