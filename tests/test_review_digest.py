"""Who gets the coordinators' daily digest of submissions waiting for review, and what it says:
worked out without Telegram or a database."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from flows.review_digest import Unreviewed, digests

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
DAY = timedelta(hours=24)
ENGINEER = 1001


@dataclass(frozen=True)
class Coordinator:
    user_id: int
    city: str | None = None  # None: the whole province

    def covers(self, city: str | None) -> bool:
        return self.city is None or self.city == city


PROVINCE, SUZHOU, WUXI = Coordinator(501), Coordinator(502, "苏州市"), Coordinator(503, "无锡市")


def entry(draft_id: int, waited: timedelta, city: str = "苏州市", owner: int = ENGINEER,
          name: str | None = None) -> Unreviewed:
    return Unreviewed(draft_id, {"city": city, "scenario_name": name or f"场景{draft_id}"},
                      owner, NOW - waited)


def sent(entries, coordinators=(PROVINCE, SUZHOU, WUXI), told=None, told_today=(),
         after=DAY) -> dict[int, str]:
    return {d.user_id: d.text for d in digests(coordinators, entries, told or {}, told_today,
                                                NOW, after, cap=3)}


def test_each_coordinator_is_told_of_the_entries_in_scope_waiting_over_a_day():
    entries = [entry(1, timedelta(days=3, hours=2)), entry(2, timedelta(hours=25), "无锡市"),
               entry(3, timedelta(hours=23))]
    texts = sent(entries)
    assert texts[PROVINCE.user_id].splitlines() == [
        "您好！有 2 个场景提交后已超过 24 小时仍待您审核，最早的已等待 3 天：",
        "#1 场景1（苏州市，已等待 3 天）",
        "#2 场景2（无锡市，已等待 1 天）",
        "发送 /review 查看。",
    ]
    assert texts[SUZHOU.user_id].splitlines()[:2] == [
        "您好！有 1 个场景提交后已超过 24 小时仍待您审核，最早的已等待 3 天：",
        "#1 场景1（苏州市，已等待 3 天）",
    ]
    assert texts[WUXI.user_id].splitlines()[1] == "#2 场景2（无锡市，已等待 1 天）"


def test_nothing_is_sent_when_nothing_has_waited_past_the_threshold():
    assert sent([entry(1, timedelta(hours=23, minutes=59))]) == {}
    assert sent([]) == {}


def test_a_coordinators_own_submission_is_left_to_the_others():
    texts = sent([entry(1, timedelta(days=2), owner=SUZHOU.user_id)])
    assert SUZHOU.user_id not in texts
    assert "#1 场景1" in texts[PROVINCE.user_id]


def test_a_coordinator_told_today_is_not_told_again():
    assert sent([entry(1, timedelta(days=2))], told_today={SUZHOU.user_id}).keys() == {
        PROVINCE.user_id}


def test_the_oldest_first_five_listed_and_the_rest_counted():
    entries = [entry(i, timedelta(days=i, hours=1)) for i in range(1, 8)]
    lines = sent(entries, (SUZHOU,))[SUZHOU.user_id].splitlines()
    assert lines[0] == "您好！有 7 个场景提交后已超过 24 小时仍待您审核，最早的已等待 7 天："
    assert lines[1:6] == [f"#{i} 场景{i}（苏州市，已等待 {i} 天）" for i in (7, 6, 5, 4, 3)]
    assert lines[6:] == ["另有 2 个未列出。", "发送 /review 查看。"]


def test_the_same_entries_are_told_of_three_times_the_third_saying_so():
    entries = [entry(1, timedelta(days=2)), entry(2, timedelta(days=3))]
    second = sent(entries, (SUZHOU,), told={SUZHOU.user_id: {1: 1, 2: 1}})[SUZHOU.user_id]
    assert "最后一次" not in second
    third = sent(entries, (SUZHOU,), told={SUZHOU.user_id: {1: 2, 2: 2}})[SUZHOU.user_id]
    assert third.endswith("这是关于这些场景的最后一次每日提醒：之后不再提醒，除非又有场景提交。")
    assert sent(entries, (SUZHOU,), told={SUZHOU.user_id: {1: 3, 2: 3}}) == {}


def test_a_new_submission_starts_the_digest_again_listing_every_entry_waiting():
    entries = [entry(1, timedelta(days=5)), entry(2, timedelta(days=1, hours=1))]
    text = sent(entries, (SUZHOU,), told={SUZHOU.user_id: {1: 3}})[SUZHOU.user_id]
    assert text.splitlines()[0].startswith("您好！有 2 个场景")
    assert "最后一次" not in text


def test_a_threshold_under_a_day_says_so_rather_than_zero_days():
    text = sent([entry(1, timedelta(hours=7))], (SUZHOU,), after=timedelta(hours=6))
    assert text[SUZHOU.user_id].splitlines()[:2] == [
        "您好！有 1 个场景提交后已超过 6 小时仍待您审核，最早的已等待不到 1 天：",
        "#1 场景1（苏州市，已等待不到 1 天）",
    ]
