"""Button actions to and from Telegram's callback data (at most 64 bytes).

Every action is a small dataclass of whole numbers, written as one letter and its numbers
(`f1.2` is PickForm(1, 2)). A questionnaire button also carries its draft, the question it
was drawn for and the revision of the answers it showed (`3:summary:7:u`), so a press on an
old message can be told apart from the current one.
"""

import re
from dataclasses import dataclass, fields
from functools import cache

from flows import actions, export_actions, reply_actions, return_additions
from flows.column_back import BackInColumn
from flows.reuse import Reuse

CODES: dict[str, type] = {
    "d": actions.Done, "b": actions.Back, "k": actions.Skip, "j": actions.Clear,
    "K": actions.Keep, "S": actions.TakeSuggestion, "z": actions.Pause,
    "w": actions.Show, "u": actions.Submit, "U": actions.SubmitAnyway, "p": actions.Pick,
    "t": actions.Toggle, "f": actions.PickForm, "T": actions.Untick, "e": actions.Edit,
    "i": actions.AddInnovation, "V": BackInColumn,
    "o": actions.Open, "n": actions.New, "F": actions.Fix, "L": actions.ListDrafts,
    "D": actions.Discard, "Y": actions.ConfirmDiscard,
    "v": actions.Review, "g": actions.ReviewPage, "a": actions.Approve, "r": actions.Return,
    "l": actions.Flag, "s": actions.SendReturn, "c": actions.CancelReturn,
    "R": actions.Reopen, "x": actions.MarkDuplicate, "X": actions.UnmarkDuplicate,
    "q": actions.ReviewNext, "m": actions.AskDuplicate,
    "h": actions.History, "N": actions.SetDistinct, "Q": actions.CancelAsk,
    "E": export_actions.ExportStatus, "C": export_actions.ExportCity,
    "G": export_actions.ExportCentral,
    "W": reply_actions.ReplyToCoordinator, "H": reply_actions.SendHeld,
    "Z": reply_actions.CancelReply, "M": reply_actions.ContactCoordinator,
    "P": reply_actions.AnswerEngineer,
    "A": return_additions.SendAddition, "B": return_additions.DropAddition,
    "y": Reuse,
}
_CODE_OF = {cls: code for code, cls in CODES.items()}
# Buttons an earlier release drew, still on coordinators' phones, by the number of their
# numbers: a queue page by its position (`g1`) shows the queue from its start, as positions
# shift; a reopen without the revision its card showed (`R1`) is one from an outdated card, and
# a deletion confirmed without the draft's (`Y1`) is asked again; 仍然提交 without the draft to go
# back to (`U`) goes back to none, and the drafts without a draft to show the page of (`L`), to
# their first page.
NO_REVISION = -1  # never an entry's: revisions count up from 0
_EARLIER = {
    ("g", 1): lambda page: actions.ReviewPage(0, 0),
    ("R", 1): lambda draft_id: actions.Reopen(draft_id, NO_REVISION),
    ("Y", 1): lambda draft_id: actions.ConfirmDiscard(draft_id, NO_REVISION),
    ("U", 0): actions.SubmitAnyway, ("L", 0): actions.ListDrafts,
    # 沿用 without the fingerprint of the answer it showed: what it showed is unknown, so stale.
    ("y", 1): lambda draft_id: Reuse(draft_id, NO_REVISION),
    # Marks drawn before cards carried their revision: taken unchecked, as they were then.
    ("x", 2): actions.MarkDuplicate, ("m", 1): actions.AskDuplicate, ("N", 3): actions.SetDistinct,
}
# An export button of a shape this release never draws (`E`, `C1`): the /export menu's, and
# answered as one expired, with that menu again, not as a stale question of a draft.
_EXPORT_CODES = frozenset(code for code, cls in CODES.items()
                          if cls in export_actions.EXPORT_ACTIONS)
EXPIRED_EXPORT = export_actions.ExportStatus(-1)  # no status: `bot.exporting` says it expired
_PATTERN = re.compile(
    r"^(?:(?P<draft>\d{1,12}):(?P<at>[a-z_]{1,24}):(?:(?P<revision>\d{1,12}):)?)?(?P<code>[a-zA-Z])(?P<args>(\d{1,12}(\.\d{1,12})*)?)$"
)


@dataclass(frozen=True)
class Press:
    action: object
    draft_id: int | None = None
    at: str | None = None
    revision: int | None = None  # None from a button drawn before revisions were carried


@cache
def _names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def encode(
    action: object, draft_id: int | None = None, at: str | None = None,
    revision: int | None = None,
) -> str:
    prefix = f"{draft_id}:{at}:" if draft_id is not None and at else ""
    if prefix and revision is not None:
        prefix += f"{revision}:"
    args = ".".join(str(getattr(action, name)) for name in _names(type(action)))
    return f"{prefix}{_CODE_OF[type(action)]}{args}"


def decode(data: str | None) -> Press | None:
    """The press a callback stands for, or None for data this bot never made."""
    match = _PATTERN.match(data or "")
    if match is None or match["code"] not in CODES:
        return None
    cls = CODES[match["code"]]
    values = [int(v) for v in match["args"].split(".")] if match["args"] else []
    draft_id = int(match["draft"]) if match["draft"] else None
    revision = int(match["revision"]) if match["revision"] else None
    if earlier := _EARLIER.get((match["code"], len(values))):
        return Press(earlier(*values), draft_id, match["at"], revision)
    if len(values) != len(_names(cls)):
        return Press(EXPIRED_EXPORT) if match["code"] in _EXPORT_CODES else None
    return Press(cls(*values), draft_id, match["at"], revision)
