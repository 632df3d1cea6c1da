"""Who may use the bot: anyone, or, with INTAKE_ACCESS_CODE set, those who gave the code."""

import hmac
import re
import unicodedata

from flows.menus import YOUR_ID
from storage.people import People

ASK_CODE = "本机器人需要访问码。请发送协调员提供的访问码，或通过协调员发来的链接打开机器人。"
CODE_CHANGED = "访问码已更换。请发送协调员提供的新访问码，或通过协调员发来的新链接打开机器人。"
OLD_CODE_SENT = "您发送的是更换前的访问码，已不能使用。"
NOT_NEW_CODE = "“{code}”不是新的访问码（区分大小写），请核对后重新发送。"
GRANTED = "✅ 访问码正确，欢迎使用。"
WRONG_CODE = "访问码不正确（区分大小写），请核对后重新发送。"
ALREADY_GRANTED = "访问码已验证过，无需再次发送。"
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{4,64}$")  # what INTAKE_ACCESS_CODE may be
# What phones wrap a code in: 访问码：…, a full stop, spaces from voice input or the keyboard.
PAUSES = re.compile(r"[\s。.!！]")
WRAPPING = re.compile(rf"^(?:访问码|验证码|code)\s*[:：]?|{PAUSES.pattern}", re.I)


class Access:
    """Engineers are let in with the code in force: each grant records which code (a sealed
    digest, `People.code_digest`), so changing a leaked code asks everyone let in with it for
    the new one. Coordinators need no code."""

    def __init__(self, people: People, code: str | None):
        self.people = people
        self.code = code
        self.digest = people.code_digest(code) if code is not None else None

    def date_earlier_grants(self) -> None:
        """Users let in before grants recorded their code are taken as let in with the code in
        force the first time this version runs with one: which code let them in was never
        kept, and asking every one of them again would stop the whole province's engineers at
        an upgrade. A later change of the code then asks them for the new one too; a change
        made before, or together with, the upgrade cannot be told apart (README)."""
        if self.digest is not None:
            self.people.date_earlier_grants(self.digest)

    def may_fill(self, user_id: int) -> bool:
        return (
            self.code is None
            or self.people.granted_code(user_id) == self.digest
            or self.people.coordinator(user_id) is not None
        )

    def try_code(self, user_id: int, candidate: str | None) -> bool:
        """Let the user (already recorded by `DraftStore.seen`) in if `candidate` is the code."""
        if self.digest is None or candidate is None:
            return False
        if not self.is_code(candidate):
            return False
        self.people.grant(user_id, self.digest)
        return True

    def is_code(self, text: str | None) -> bool:
        """`text` is the code, however a phone typed it (full-width ｊｉａｎｇｓｕ, 访问码：…)."""
        if self.code is None or text is None or len(text) > 100:
            return False
        return any(hmac.compare_digest(form.encode(), self.code.encode())
                   for form in (_plain(text), _unspaced(text)))

    def refusal(self, user_id: int, candidate: str | None) -> str:
        """What to tell someone not let in: a mistyped code is told so, anything else is
        asked for the code, with their user ID: a coordinator-to-be, who has no code, needs it
        to be added, and /help, which shows it to those let in, is refused too. Someone let in
        with a code since changed is told so (they were using the bot a moment ago), and what
        they sent that looks like a code is told apart: the old code, or not the new one."""
        if (granted := self.people.granted_code(user_id)) is not None:
            return "\n".join(filter(None, (CODE_CHANGED, self._tried(candidate, granted),
                                            YOUR_ID.format(id=user_id))))
        if candidate is not None and CODE_PATTERN.match(_plain(candidate)):
            return WRONG_CODE
        return f"{ASK_CODE}\n{YOUR_ID.format(id=user_id)}"

    def _tried(self, candidate: str | None, granted: str) -> str | None:
        """What the code-like words sent after a change were, if such (jiangsu2028, GR-1): the
        code they were let in with, or no code in force; words of an answer are not told of."""
        if candidate is None or not CODE_PATTERN.match(plain := _plain(candidate)):
            return None
        if self.people.code_digest(plain) == granted:
            return OLD_CODE_SENT
        return NOT_NEW_CODE.format(code=plain)


def _plain(text: str) -> str:
    return WRAPPING.sub("", unicodedata.normalize("NFKC", text))


def _unspaced(text: str) -> str:
    """The text as typed, but for spaces and a final stop: a code may itself begin with a
    word `_plain` takes for a label (code2026)."""
    return PAUSES.sub("", unicodedata.normalize("NFKC", text))
