"""What an engineer can do at a question: the inputs of the step engine."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """A typed answer."""

    text: str


@dataclass(frozen=True)
class NotText:
    """A photo, sticker, voice note or file where words are expected."""


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
class Done:
    """完成: the multi-select choices are final."""


@dataclass(frozen=True)
class Back:
    """上一步."""


@dataclass(frozen=True)
class Skip:
    """跳过 an optional question."""


@dataclass(frozen=True)
class Pause:
    """暂停: keep the draft and stop asking."""


@dataclass(frozen=True)
class Show:
    """Ask the current question again (resume, cancel a sub-choice)."""


@dataclass(frozen=True)
class Edit:
    """From the summary: change the answers of one template column."""

    step: int


@dataclass(frozen=True)
class Submit:
    """From the summary: hand the row in for review."""


Action = Text | NotText | Pick | Toggle | PickForm | Done | Back | Skip | Pause | Show | Edit | Submit


@dataclass(frozen=True)
class Open:
    """From the list of drafts: continue (or view) this one."""

    draft_id: int


@dataclass(frozen=True)
class New:
    """Start another draft."""


MenuAction = Open | New
