"""What an engineer can do at a question: the inputs of the step engine."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A typed answer."""

    text: str


@dataclass(frozen=True)
class NotText:
    """A photo, sticker, voice note or file where words are expected, `captioned` with words."""

    captioned: bool = False


@dataclass(frozen=True)
class Pick:
    """A tap on one of the question's choices."""

    index: int


@dataclass(frozen=True)
class Toggle:
    """A tap on a multi-select choice: tick it, or untick it."""

    index: int


@dataclass(frozen=True)
class PickForm:
    """The form chosen for a ticked product type (足式 / 轮式 / …)."""

    index: int
    form: int


@dataclass(frozen=True)
class Untick:
    """取消 on a product type's forms: the type, ticked without a form, is not chosen after all."""

    index: int


@dataclass(frozen=True)
class Done:
    """完成: the multi-select choices are final."""


@dataclass(frozen=True)
class Back:
    """上一步."""


@dataclass(frozen=True)
class Skip:
    """跳过 an optional question: empty, or as it is if answered (an old 跳过 keeps later ones)."""


@dataclass(frozen=True)
class Clear:
    """清空此项: empty an optional question that has an answer."""


@dataclass(frozen=True)
class Keep:
    """保持不变: the question already has an answer; keep it and go on."""


@dataclass(frozen=True)
class TakeSuggestion:
    """采用“…”: answer with the full answer the typed one was echoed with (`Suggested`)."""


@dataclass(frozen=True)
class Pause:
    """暂停: keep the draft and stop asking."""


@dataclass(frozen=True)
class Show:
    """Ask the current question again (resume, cancel a sub-choice)."""


@dataclass(frozen=True)
class AddInnovation:
    """From the warning of alike submissions: write what sets this scenario apart (填写说明 5)."""


@dataclass(frozen=True)
class Edit:
    """From the summary: change the answers of one template column."""

    step: int


@dataclass(frozen=True)
class Submit:
    """From the summary: hand the row in for review."""


@dataclass(frozen=True)
class SubmitAnyway:
    """Submit although similar entries exist, the warning seen. `back_to`: the draft being filled
    when another's summary card was pressed, gone on with once this one is in (0: none)."""

    back_to: int = 0


Action = (
    Text | NotText | Pick | Toggle | PickForm | Done | Back | Skip | Clear | Keep | TakeSuggestion
    | Pause | Show | Edit | AddInnovation | Submit | SubmitAnyway
)


@dataclass(frozen=True)
class Open:
    """From the list of drafts: continue (or view) this one."""

    draft_id: int


@dataclass(frozen=True)
class New:
    """Start another draft."""


@dataclass(frozen=True)
class Fix:
    """From a return notice: open the returned draft at the first field the coordinator flagged."""

    draft_id: int


@dataclass(frozen=True)
class ListDrafts:
    """The engineer's drafts (/drafts): the page holding draft `at` (0, or one gone: the first)."""

    at: int = 0


@dataclass(frozen=True)
class Discard:
    """Ask before deleting a draft that was never handed in."""

    draft_id: int


@dataclass(frozen=True)
class ConfirmDiscard:
    """Delete it, once asked, as it stood when asked: the revision its question showed."""

    draft_id: int
    revision: int


MenuAction = Open | New | Fix | ListDrafts | Discard | ConfirmDiscard
MENU_ACTIONS = (Open, New, Fix, ListDrafts, Discard, ConfirmDiscard)


# Coordinator actions on an entry.
@dataclass(frozen=True)
class Review:
    """Show an entry's full card with its warnings and the review buttons."""

    draft_id: int


@dataclass(frozen=True)
class ReviewPage:
    """A page of the entries awaiting review: those after (or, `back`, before) the entry the
    page pressed on ended (began) with, named by its place in the queue, when it was submitted
    (seconds since the epoch) and its number. Entries decided meanwhile shift nothing, so none
    is skipped. (0, 0, 0) is the start of the queue."""

    submitted: int
    draft_id: int
    back: int = 0


@dataclass(frozen=True)
class ReviewNext:
    """After a decision: the card of the next entry awaiting review, after the one decided
    (named by its place in the queue, as ReviewPage names one)."""

    submitted: int
    draft_id: int


@dataclass(frozen=True)
class Approve:
    """Approve the entry as its card showed it: `revision` is that of the entry shown."""

    draft_id: int
    revision: int


@dataclass(frozen=True)
class Return:
    """Start returning an entry: the coordinator's next message is the comment."""

    draft_id: int
    revision: int


@dataclass(frozen=True)
class Flag:
    """Tick or untick a template column the return comment concerns."""

    draft_id: int
    step: int


@dataclass(frozen=True)
class SendReturn:
    draft_id: int


@dataclass(frozen=True)
class CancelReturn:
    draft_id: int


@dataclass(frozen=True)
class Reopen:
    """Take an approved entry back into review, as its card showed it (see Approve)."""

    draft_id: int
    revision: int


@dataclass(frozen=True)
class MarkDuplicate:
    """Count this entry as a duplicate of another (填写说明 5), as its card of `revision` showed."""

    draft_id: int
    of: int
    revision: int | None = None


@dataclass(frozen=True)
class AskDuplicate:
    """Mark the entry as a duplicate of an entry the coordinator names by its number: the
    similarity rule misses repeats reworded (flows/similarity.py). The number is typed next."""

    draft_id: int
    revision: int | None = None  # its card's, None from a button of an older release


@dataclass(frozen=True)
class MarkNamedDuplicate:
    """The number typed after AskDuplicate: no button carries it, and no similarity is asked of
    `of`, only what any mark needs. `revision` is the entry's when 🔗 was pressed: a number
    typed after the entry changed is refused as an old card's button is."""

    draft_id: int
    of: int
    revision: int


@dataclass(frozen=True)
class CancelAsk:
    """取消 typed or pressed after AskDuplicate: no mark, the entry's card again."""

    draft_id: int


@dataclass(frozen=True)
class UnmarkDuplicate:
    """Count this entry on its own again: lift its mark as a duplicate of `of`, the mark its
    card showed, and no mark set since."""

    draft_id: int
    of: int


@dataclass(frozen=True)
class SetDistinct:
    """Count two entries alike by the rule as different scenarios (1), or not (0) again."""

    draft_id: int
    other: int
    distinct: int
    revision: int | None = None  # its card's, None from a button of an older release


@dataclass(frozen=True)
class History:
    draft_id: int


ReviewAction = (
    Review | ReviewPage | ReviewNext | Approve | Return | Flag | SendReturn | CancelReturn
    | Reopen | MarkDuplicate | AskDuplicate | MarkNamedDuplicate | CancelAsk | UnmarkDuplicate
    | SetDistinct | History
)
