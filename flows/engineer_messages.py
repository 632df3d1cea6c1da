"""An engineer's words to the coordinators still waiting for an answer, where coordinators look
for work: the review card, the /review queue and the daily digest. The words reach them once,
as a message; one scrolled past would otherwise be found only in /history.

Words count as unanswered until a coordinator answers them or acts on the entry
(`storage.engineer_messages`); they are shown to the coordinators they would reach now
(`bot.addressees`), never about their own entries."""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from flows import actions
from flows.cards import short_title
from flows.coordinator_replies import ANSWER_BUTTON, SAID
from flows.reply_actions import AnswerEngineer
from flows.screens import Button

CARD_HEADING = "💬 填报人消息待回复（可点“{button}”）："
CARD_LINE = "• {engineer}（{at}）{said}：{text}"
CARD_EARLIER = "另有 {count} 条较早的未回复消息，见“📜 历史记录”。"
CARD_SHOWN = 3  # the latest words; earlier ones are in the history
CUT = 100  # characters of the words on a card, as a glance, not the whole
QUEUE_HEADING = "💬 填报人留言待回复："
QUEUE_LINE = "{title}（{city}，{ago}）"
# An entry moved out of the coordinator's scope while returned: its words still go to them,
# its card is not theirs to open.
QUEUE_MOVED = "{title}（已改为{city}，不在您的审核范围，{ago}；可在收到的那条消息上点“{button}”）"
# The rest by number, each a /review away: the section is the same on every page of the queue.
QUEUE_MORE = "另有 {count} 个场景：{ids}，发送“/review 编号”查看。"
QUEUE_SHOWN = 5  # as many as a page of /review lists
NO_CITY = "未填城市"

Section = tuple[Sequence[str], Sequence[tuple[Button, ...]]]  # lines, and buttons below them


@dataclass(frozen=True)
class Said:
    """One of an engineer's unanswered words about an entry (`kind`: reply or message)."""

    draft_id: int
    answers: Mapping[str, Any]
    owner_id: int
    engineer: str
    at: datetime  # in Beijing time
    kind: str
    text: str
    to: frozenset[int] = field(default=frozenset())  # the coordinators the words reach now

    @property
    def city(self) -> str | None:
        return self.answers.get("city")


def for_coordinator(said: Sequence[Said], user_id: int) -> list[Said]:
    """The words a coordinator is to be shown: those that would reach them, never about their
    own entries, which others answer."""
    return [s for s in said if user_id in s.to and s.owner_id != user_id]


def oldest_by_entry(said: Sequence[Said]) -> list[Said]:
    """Each entry's oldest unanswered words, the entry longest waiting first."""
    oldest: dict[int, Said] = {}
    for s in sorted(said, key=lambda s: s.at):
        oldest.setdefault(s.draft_id, s)
    return list(oldest.values())


def card_lines(said: Sequence[Said]) -> list[str]:
    """On an entry's card: the latest unanswered words, who wrote them and when, cut short."""
    if not said:
        return []
    shown = said[-CARD_SHOWN:]
    lines = [CARD_HEADING.format(button=ANSWER_BUTTON)]
    lines += [CARD_LINE.format(engineer=s.engineer, at=f"{s.at:%Y-%m-%d %H:%M}",
                               said=SAID[s.kind], text=cut(s.text)) for s in shown]
    if len(said) > len(shown):
        lines.append(CARD_EARLIER.format(count=len(said) - len(shown)))
    return lines


def answer_row(draft_id: int) -> tuple[Button, ...]:
    return (Button(ANSWER_BUTTON, AnswerEngineer(draft_id)),)


def queue_section(said: Sequence[Said], now: datetime,
                  covers: Callable[[str | None], bool]) -> Section:
    """Below the /review queue: the entries whose engineer waits for an answer, longest waiting
    first, returned ones included (they are not in the queue), with a button to each card in
    the coordinator's scope (`covers`: a city)."""
    waiting = oldest_by_entry(said)
    if not waiting:
        return [], []
    shown = waiting[:QUEUE_SHOWN]
    lines = [QUEUE_HEADING, *(_queue_line(s, now, covers(s.city)) for s in shown)]
    if len(waiting) > len(shown):
        rest = waiting[len(shown):]
        lines.append(QUEUE_MORE.format(count=len(rest),
                                       ids="、".join(f"#{s.draft_id}" for s in rest)))
    buttons = [(Button(f"🔎 查看场景 #{s.draft_id}", actions.Review(s.draft_id)),)
               for s in shown if covers(s.city)]
    return lines, buttons


def _queue_line(said: Said, now: datetime, in_scope: bool) -> str:
    line = QUEUE_LINE if in_scope else QUEUE_MOVED
    return line.format(title=short_title(said.draft_id, said.answers),
                       city=said.city or NO_CITY, ago=ago(now - said.at), button=ANSWER_BUTTON)


def ago(span: timedelta) -> str:
    """`3 小时前`, `2 天前`: how long the words have waited."""
    hours = int(span.total_seconds() // 3600)
    if hours < 1:
        return "不到 1 小时前"
    return f"{hours} 小时前" if hours < 24 else f"{span.days} 天前"


def cut(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= CUT else flat[:CUT] + "…"
