"""沿用 in the chat: the engineer's other scenarios looked up for the question shown, and a press
of 沿用 turned into the answer typed (flows/reuse.py)."""

from flows import actions
from flows.draft import Draft
from flows.reuse import KEYS, Reuse, offered, open_to_reuse, reusable
from flows.screens import Screen
from flows.typed_buttons import LONGEST_LABEL, pressed
from storage.drafts import DraftStore
from storage.other_scenarios import other_answers


def with_offer(store: DraftStore, draft: Draft, screen: Screen | None) -> Screen | None:
    """The draft's question with what it may reuse; the other scenarios are looked up only at
    the questions that offer them."""
    if screen is None or not open_to_reuse(draft):
        return screen
    return offered(screen, draft, other_answers(store.db, draft.id, KEYS))


def typed_for(store: DraftStore, draft: Draft, reuse: Reuse) -> actions.Text | None:
    """The answer a press of 沿用 stands for, looked up again: None when that scenario no longer
    offers one here (its answer changed, or the question was answered since)."""
    other = dict(other_answers(store.db, draft.id, KEYS)).get(reuse.draft_id)
    text = other and reusable(draft, other)
    return actions.Text(text) if text else None


def reuse_of(store: DraftStore, draft: Draft, action: actions.Action | Reuse) -> Reuse | None:
    """The 沿用 meant: its button pressed, or its label typed, which presses it as any button's
    label typed does (README); None for anything else."""
    if isinstance(action, Reuse):
        return action
    if not (isinstance(action, actions.Text) and len(action.text) <= LONGEST_LABEL
            and open_to_reuse(draft)):
        return None
    typed = pressed(with_offer(store, draft, Screen(at=draft.cursor, text="")), action.text)
    return typed if isinstance(typed, Reuse) else None
