"""沿用 in the chat: the engineer's other scenarios looked up for the question shown, and a press
of 沿用 turned into the answer typed (flows/reuse.py), or its words typed where it presses
nothing refused (flows/reuse_words.py)."""

from flows import actions
from flows.draft import Draft
from flows.reuse import KEYS, Reuse, fingerprint, offer, offered, open_to_reuse, reusable
from flows.reuse_words import reuse_typed
from flows.screens import Screen
from storage.drafts import DraftStore
from storage.other_scenarios import other_answers

SOURCE_GONE = "场景 #{id} 已删除，其内容不能再沿用。"


def with_offer(store: DraftStore, draft: Draft, screen: Screen | None) -> Screen | None:
    """The draft's question with what it may reuse; the other scenarios are looked up only at
    the questions that offer them."""
    if screen is None or not open_to_reuse(draft):
        return screen
    return offered(screen, draft, other_answers(store.db, draft.id, KEYS))


def typed_for(store: DraftStore, draft: Draft, reuse: Reuse) -> actions.Text | None:
    """The answer a press of 沿用 stands for, looked up again: None when that scenario no longer
    offers one here (the question was answered since), or another than its button showed."""
    other = dict(other_answers(store.db, draft.id, KEYS)).get(reuse.draft_id)
    text = other and reusable(draft, other)
    return actions.Text(text) if text and fingerprint(text) == reuse.shown else None


def reuse_of(store: DraftStore, draft: Draft, action: actions.Action | Reuse) -> Reuse | str | None:
    """The 沿用 meant: its button pressed, or its words typed, as any button's label typed
    presses it (README); what to say instead when they take nothing (its scenario deleted, no
    such offer here); None for anything else."""
    if isinstance(action, Reuse):
        gone = store.info(action.draft_id) is None
        return SOURCE_GONE.format(id=action.draft_id) if gone else action
    if not isinstance(action, actions.Text):
        return None
    shown = offer(draft, other_answers(store.db, draft.id, KEYS)) if open_to_reuse(draft) else None
    return reuse_typed(draft, shown, action.text)
