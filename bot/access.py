"""Who may use the bot: anyone, or, with INTAKE_ACCESS_CODE set, those who gave the code."""

import hmac
import re
import unicodedata

from flows.menus import YOUR_ID
from storage.people import People

ASK_CODE = "本机器人需要访问码。请发送协调员提供的访问码，或通过协调员发来的链接打开机器人。"
GRANTED = "✅ 访问码正确，欢迎使用。"
WRONG_CODE = "访问码不正确（区分大小写），请核对后重新发送。"
ALREADY_GRANTED = "访问码已验证过，无需再次发送。"
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{4,64}$")  # what INTAKE_ACCESS_CODE may be
# What phones wrap a code in: 访问码：…, a full stop, spaces from voice input or the keyboard.
WRAPPING = re.compile(r"^(?:访问码|验证码|code)\s*[:：]?|[\s。.!！]", re.I)


class Access:
    def __init__(self, people: People, code: str | None):
        self.people = people
        self.code = code

    def may_fill(self, user_id: int) -> bool:
        return (
            self.code is None
            or self.people.granted(user_id)
            or self.people.coordinator(user_id) is not None
        )

    def try_code(self, user_id: int, candidate: str | None) -> bool:
        """Let the user (already recorded by `DraftStore.seen`) in if `candidate` is the code."""
        if self.code is None or candidate is None:
            return False
        if not self.is_code(candidate):
            return False
        self.people.grant(user_id)
        return True

    def is_code(self, text: str | None) -> bool:
        """`text` is the code, however a phone typed it (full-width ｊｉａｎｇｓｕ, 访问码：…)."""
        if self.code is None or text is None or len(text) > 100:
            return False
        return hmac.compare_digest(_plain(text).encode(), self.code.encode())

    def refusal(self, user_id: int, candidate: str | None) -> str:
        """What to tell someone not let in: a mistyped code is told so, anything else is
        asked for the code, with their user ID: a coordinator-to-be, who has no code, needs it
        to be added, and /help, which shows it to those let in, is refused too."""
        if candidate is not None and CODE_PATTERN.match(_plain(candidate)):
            return WRONG_CODE
        return f"{ASK_CODE}\n{YOUR_ID.format(id=user_id)}"


def _plain(text: str) -> str:
    return WRAPPING.sub("", unicodedata.normalize("NFKC", text))
