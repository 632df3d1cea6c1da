"""The coordinators' daily digest of submissions waiting for review: a card is sent at
submission time only, and one a busy coordinator passed over is otherwise forgotten until the
province misses its deadline. Who gets what is decided here, from data the bot reads."""

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from flows.cards import short_title
from flows.engineer_messages import NO_CITY, Said, oldest_by_entry

HEADING = "您好！有 {count} 个场景提交后已超过 {hours} 小时仍待您审核，最早的{waited}："
ENTRY = "{title}（{city}，{waited}）"
MORE = "另有 {count} 个未列出。"
HOW = "发送 /review 查看。"
LAST = "这是关于这些场景的最后一次每日提醒：之后不再提醒，除非又有场景提交。"
# The engineers' words no coordinator answered, beside the entries waiting or alone.
WRITTEN = ("💬 有 {count} 个场景的填报人留言超过 {hours} 小时仍未回复，最早的：{title}"
           "（{city}，{waited}）。")
WRITTEN_ALONE = ("您好！有 {count} 个场景的填报人留言超过 {hours} 小时仍未回复，最早的：{title}"
                 "（{city}，{waited}）。")
HOW_WRITTEN = "发送 /review 查看，在场景卡片上点“↩️ 回复填报人”回复。"
LAST_WRITTEN = "这是关于这些场景的最后一次每日提醒：之后不再提醒，除非又有场景提交或新的留言。"
LISTED = 5  # as many as a page of /review shows


class Scope(Protocol):
    """A coordinator as the digest needs one: who, and which cities they review."""

    user_id: int

    def covers(self, city: str | None) -> bool: ...


@dataclass(frozen=True)
class Unreviewed:
    """A submitted entry in the review queue (not decided through a duplicate mark)."""

    draft_id: int
    answers: Mapping[str, Any]
    owner_id: int
    submitted: datetime

    @property
    def city(self) -> str | None:
        return self.answers.get("city")


@dataclass(frozen=True)
class Digest:
    user_id: int
    text: str
    draft_ids: tuple[int, ...]


def digests(
    coordinators: Sequence[Scope],
    unreviewed: Sequence[Unreviewed],
    told: Mapping[int, Mapping[int, int]],
    told_today: Collection[int],
    now: datetime,
    after: timedelta,
    cap: int,
    written: Sequence[Said] = (),
    told_written: Mapping[int, Mapping[int, int]] | None = None,
) -> tuple[Digest, ...]:
    """One digest per coordinator with entries in scope, not their own (others review those),
    waiting longer than `after`, or whose engineer's words (`written`) reaching them have
    waited as long for an answer; none to one already told today. As the engineers' reminders
    do, an entry counts as told of at most `cap` times until it is submitted again (`told`:
    coordinator -> entry -> digests naming it since), and words until new words come after an
    answer (`told_written`, alike): once everything waiting has been, the digests stop."""
    sent = []
    for coordinator in coordinators:
        waiting = sorted((e for e in unreviewed if coordinator.covers(e.city)
                          and e.owner_id != coordinator.user_id and now - e.submitted > after),
                         key=lambda e: (e.submitted, e.draft_id))
        unanswered = [s for s in oldest_by_entry(written) if coordinator.user_id in s.to
                      and s.owner_id != coordinator.user_id and now - s.at > after]
        counts = [told.get(coordinator.user_id, {}).get(e.draft_id, 0) for e in waiting]
        counts += [(told_written or {}).get(coordinator.user_id, {}).get(s.draft_id, 0)
                   for s in unanswered]
        if coordinator.user_id in told_today or all(count >= cap for count in counts):
            continue
        last = all(count + 1 >= cap for count in counts)
        named = dict.fromkeys((*(e.draft_id for e in waiting),
                               *(s.draft_id for s in unanswered)))
        sent.append(Digest(coordinator.user_id,
                           digest_text(waiting, now, after, last, unanswered), tuple(named)))
    return tuple(sent)


def digest_text(waiting: Sequence[Unreviewed], now: datetime, after: timedelta,
                last: bool, unanswered: Sequence[Said] = ()) -> str:
    """How many wait, since when, the oldest few by name, the words waiting for an answer, and
    the way to them."""
    hours = int(after.total_seconds() // 3600)
    lines = []
    if waiting:
        lines.append(HEADING.format(count=len(waiting), hours=hours,
                                    waited=waited(now - waiting[0].submitted)))
        lines += [ENTRY.format(title=short_title(e.draft_id, e.answers), city=e.city or NO_CITY,
                               waited=waited(now - e.submitted)) for e in waiting[:LISTED]]
        if len(waiting) > LISTED:
            lines.append(MORE.format(count=len(waiting) - LISTED))
    if unanswered:
        oldest = unanswered[0]
        lines.append((WRITTEN if waiting else WRITTEN_ALONE).format(
            count=len(unanswered), hours=hours, title=short_title(oldest.draft_id, oldest.answers),
            city=oldest.city or NO_CITY, waited=waited(now - oldest.at)))
    lines.append(HOW_WRITTEN if unanswered else HOW)
    if last:
        lines.append(LAST_WRITTEN if unanswered else LAST)
    return "\n".join(lines)


def waited(span: timedelta) -> str:
    """Whole days, as a deadline is counted; under one (a threshold set in hours) said so."""
    return f"已等待 {span.days} 天" if span.days else "已等待不到 1 天"
