"""An engineer's unanswered words as coordinators see them, worked out without Telegram or a
database: the card's lines, the queue's section, and the digest's line."""

from datetime import UTC, timedelta

import pytest

from flows.beijing import BEIJING
from flows.engineer_messages import Said, ago, card_lines, cut, queue_section
from flows.review_digest import digests
from tests.test_review_digest import DAY, NOW, PROVINCE, SUZHOU, WUXI, entry

AT = NOW.astimezone(BEIJING)


def sent(entries, written, told_written=None) -> dict[int, str]:
    return {d.user_id: d.text for d in digests((PROVINCE, SUZHOU, WUXI), entries, {}, (), NOW,
                                                DAY, 3, written, told_written)}


def said(draft_id: int, hours: float, text: str = "为什么退回？", city: str = "苏州市",
         owner: int = 1001, kind: str = "reply",
         to: frozenset[int] = frozenset({PROVINCE.user_id, SUZHOU.user_id})) -> Said:
    return Said(draft_id, {"city": city, "scenario_name": f"场景{draft_id}"}, owner, "张工",
                AT - timedelta(hours=hours), kind, text, to - {owner})


@pytest.mark.parametrize(("span", "text"), [
    (timedelta(minutes=59), "不到 1 小时前"),
    (timedelta(hours=1), "1 小时前"),
    (timedelta(hours=23, minutes=59), "23 小时前"),
    (timedelta(hours=49), "2 天前"),
])
def test_how_long_words_have_waited_reads_in_hours_then_days(span, text):
    assert ago(span) == text


def test_long_words_are_cut_to_a_hundred_characters_and_kept_on_one_line():
    assert cut("台数\n" + "字" * 120) == "台数 " + "字" * 97 + "…"
    assert cut("好的，明白") == "好的，明白"


def test_the_card_shows_the_latest_three_words_and_points_to_the_history_for_more():
    lines = card_lines([said(1, h, f"第{h}条") for h in (5, 4, 3, 2)])
    assert lines[1:] == [
        f"• 张工（{AT - timedelta(hours=4):%Y-%m-%d %H:%M}）回复：第4条",
        f"• 张工（{AT - timedelta(hours=3):%Y-%m-%d %H:%M}）回复：第3条",
        f"• 张工（{AT - timedelta(hours=2):%Y-%m-%d %H:%M}）回复：第2条",
        "另有 1 条较早的未回复消息，见“📜 历史记录”。",
    ]


def test_the_queue_lists_each_entry_once_longest_waiting_first_five_then_the_rest_by_number():
    words = [said(i, hours=i) for i in range(1, 8)] + [said(7, hours=1)]
    lines, buttons = queue_section(words, NOW.astimezone(UTC), SUZHOU.covers)
    assert lines[1:3] == ["#7 场景7（苏州市，7 小时前）", "#6 场景6（苏州市，6 小时前）"]
    assert lines[-1] == "另有 2 个场景：#2、#1，发送“/review 编号”查看。" and len(buttons) == 5


def test_an_entry_moved_out_of_scope_is_listed_without_its_card_button():
    words = [said(1, hours=2), said(2, hours=1, city="无锡市", to=frozenset({SUZHOU.user_id}))]
    lines, buttons = queue_section(words, NOW.astimezone(UTC), SUZHOU.covers)
    assert lines[2] == ("#2 场景2（已改为无锡市，不在您的审核范围，1 小时前；"
                        "可在收到的那条消息上点“↩️ 回复填报人”）")
    assert [b[0].label for b in buttons] == ["🔎 查看场景 #1"]


def test_the_digest_tells_a_coordinator_of_the_words_reaching_them_alone():
    texts = sent([], written=[said(1, 30), said(2, 30, owner=502)])
    assert texts[PROVINCE.user_id].startswith(
        "您好！有 2 个场景的填报人留言超过 24 小时")
    assert texts[SUZHOU.user_id].startswith("您好！有 1 个场景的填报人留言超过 24 小时")
    assert WUXI.user_id not in texts


def test_words_told_of_three_times_are_not_told_again():
    told = {SUZHOU.user_id: {1: 3}}
    assert SUZHOU.user_id not in sent([], written=[said(1, 30)], told_written=told)
    assert SUZHOU.user_id in sent([entry(2, timedelta(hours=30))], written=[said(1, 30)],
                                  told_written=told)


def test_words_newer_than_the_digests_hours_are_not_told_of():
    assert sent([], [said(1, 20)]) == {}
