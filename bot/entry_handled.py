"""Who handled an entry, told: the refusal of a button an entry's decision beat, and the line
to its engineer that a coordinator's action reached them."""

from bot.replies import Notice, Reply
from flows.cards import short_title
from flows.draft import STATUS_LABELS, Status
from flows.review import ALREADY_HANDLED, HANDLED_BY_YOU, NOT_SUBMITTED
from storage.reviews import Entry, ReviewStore


def handled(store: ReviewStore, draft_id: int, user_id: int) -> str:
    """The entry is no longer where the button expected: by whose hand, as far as it matters
    to the one pressing (an old card of their own, or someone else's decision); or it never
    was, a draft not yet handed in (a forged button), which nobody has handled."""
    status = store.drafts.info(draft_id).status
    if status == Status.DRAFT:
        return NOT_SUBMITTED
    mine = store.last_status_actor(draft_id) == user_id
    return (HANDLED_BY_YOU if mine else ALREADY_HANDLED).format(status=STATUS_LABELS[status])


def tell_engineer(entry: Entry, template: str, **fields: object) -> Notice:
    """One line to the entry's engineer, naming the entry as `{title}`."""
    text = template.format(title=short_title(entry.id, entry.answers), **fields)
    return Notice(entry.info.owner_id, Reply((text,)))
