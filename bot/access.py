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
LABEL = r"(?:访问码|验证码|(?<![A-Za-z])code(?![A-Za-z]))"  # not the code of barcode
WRAPPING = re.compile(rf"^{LABEL}\s*[:：]?|{PAUSES.pattern}", re.I)
# A word of the code's letters standing whole in a sentence (我的访问码是Jiangsu2026), and such
# a word right after the label (访问码 X 谢谢, 我的验证码为：X), not one word of several (访问码是
# Jiangsu 2026) nor a word elsewhere in a sentence naming the code (我没有访问码，型号UR5e).
WORD = re.compile(r"[A-Za-z0-9_-]+")
LABELLED = re.compile(rf"{LABEL}\s*[是为]?\s*[:：]?\s*({WORD.pattern})(?!\s*[A-Za-z0-9_-])", re.I)
LONGEST = 100  # a message any longer is an answer, not a code
# A sentence with more code-like words is no code given but guesses: one message, one try.
MOST_WORDS = 3


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
        tries = (*_words(candidate), _offered(candidate))  # the labelled word: one try at most
        if not (self.is_code(candidate) or any(self._is(word) for word in tries)):
            return False
        self.people.grant(user_id, self.digest)
        return True

    def is_code(self, text: str | None) -> bool:
        """`text` is the code, however a phone typed it (full-width ｊｉａｎｇｓｕ, 访问码：…).
        Only the whole message: one already let in may answer a question with words that hold
        the code's (a code of 2026 in 到2026年11月), and is asked it no more."""
        if text is None or len(text) > LONGEST:
            return False
        return self._is(_plain(text)) or self._is(_unspaced(text))

    def _is(self, form: str | None) -> bool:
        return (self.code is not None and form is not None
                and hmac.compare_digest(form.encode(), self.code.encode()))

    def refusal(self, user_id: int, candidate: str | None) -> str:
        """What to tell someone not let in: a mistyped code is told so, anything else is
        asked for the code, with their user ID: a coordinator-to-be, who has no code, needs it
        to be added, and /help, which shows it to those let in, is refused too. Someone let in
        with a code since changed is told so (they were using the bot a moment ago), and what
        they sent that looks like a code is told apart: the old code, or not the new one."""
        if (granted := self.people.granted_code(user_id)) is not None:
            return "\n".join(filter(None, (CODE_CHANGED, self._tried(candidate, granted),
                                            YOUR_ID.format(id=user_id))))
        if _offered(candidate) is not None:
            return WRONG_CODE
        return f"{ASK_CODE}\n{YOUR_ID.format(id=user_id)}"

    def _tried(self, candidate: str | None, granted: str) -> str | None:
        """What the code-like words sent after a change were, if such (jiangsu2028, GR-1): the
        code they were let in with, or no code in force; words of an answer are not told of."""
        if (offered := _offered(candidate)) is None:
            return None
        if self.people.code_digest(offered) == granted:
            return OLD_CODE_SENT
        return NOT_NEW_CODE.format(code=offered)


def _plain(text: str) -> str:
    return WRAPPING.sub("", unicodedata.normalize("NFKC", text))


def _unspaced(text: str) -> str:
    """The text as typed, but for spaces and a final stop: a code may itself begin with a
    word `_plain` takes for a label (code2026)."""
    return PAUSES.sub("", unicodedata.normalize("NFKC", text))


def _words(text: str) -> list[str]:
    """The code-like words of a sentence, each whole: the code among them, wherever it stands
    (访问码jiangsu2026，电话13812345678), lets its sender in; one inside a longer word
    (Jiangsu20261) does not, nor a list of guesses (`MOST_WORDS`)."""
    if len(text) > LONGEST:
        return []
    words = [word for word in WORD.findall(unicodedata.normalize("NFKC", text))
             if CODE_PATTERN.match(word)]
    return words if len(words) <= MOST_WORDS else []


def _offered(candidate: str | None) -> str | None:
    """What a message not letting its sender in offered as the code, to be told it is not the
    code: the message itself, if shaped like one, or the code-like word right after the label
    (我的访问码是Jiangsu2025); any other sentence is no try, and is asked for the code with the
    sender's ID (我没有访问码，型号UR5e)."""
    if candidate is None:
        return None
    if CODE_PATTERN.match(plain := _plain(candidate)):
        return plain
    if len(candidate) > LONGEST:
        return None
    labelled = LABELLED.search(unicodedata.normalize("NFKC", candidate))
    return labelled[1] if labelled and CODE_PATTERN.match(labelled[1]) else None
