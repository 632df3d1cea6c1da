"""Button actions to and from Telegram's callback data (at most 64 bytes).

A questionnaire button carries its draft and the question it was drawn for, so a press on
an old message can be told apart from a press on the current one.
"""

import re
from dataclasses import dataclass

from flows import actions

_SIMPLE = {
    "d": actions.Done, "b": actions.Back, "k": actions.Skip, "z": actions.Pause,
    "w": actions.Show, "u": actions.Submit, "n": actions.New,
}
_CODES = {cls: code for code, cls in _SIMPLE.items()}
_WITH_INDEX = {"p": actions.Pick, "t": actions.Toggle, "e": actions.Edit, "o": actions.Open}
_PATTERN = re.compile(r"^(?:(?P<draft>\d{1,12}):(?P<at>[a-z_]{1,24}):)?(?P<code>[a-z])(?P<args>[\d.]{0,25})$")


@dataclass(frozen=True)
class Press:
    action: object
    draft_id: int | None = None
    at: str | None = None


def encode(action: object, draft_id: int | None = None, at: str | None = None) -> str:
    prefix = f"{draft_id}:{at}:" if draft_id is not None and at else ""
    match action:
        case actions.Pick(index=i) | actions.Toggle(index=i):
            return f"{prefix}{'p' if isinstance(action, actions.Pick) else 't'}{i}"
        case actions.PickForm(index=i, form=f):
            return f"{prefix}f{i}.{f}"
        case actions.Edit(step=step):
            return f"{prefix}e{step}"
        case actions.Open(draft_id=opened):
            return f"o{opened}"
    return prefix + _CODES[type(action)]


def decode(data: str | None) -> Press | None:
    """The press a callback stands for, or None for data this bot never made."""
    match = _PATTERN.match(data or "")
    if match is None:
        return None
    code, args = match["code"], match["args"]
    draft_id = int(match["draft"]) if match["draft"] else None
    try:
        if code in _SIMPLE and not args:
            action = _SIMPLE[code]()
        elif code in _WITH_INDEX:
            action = _WITH_INDEX[code](int(args))
        elif code == "f":
            index, form = args.split(".")
            action = actions.PickForm(int(index), int(form))
        else:
            return None
    except ValueError:
        return None
    return Press(action, draft_id, match["at"])
