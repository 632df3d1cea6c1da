"""Stored UTC times are shown to coordinators in Beijing time."""

from flows.beijing import day, minute
from flows.navigation import Questionnaire
from flows.questionnaire import FIELDS
from flows.review_history import history_text
from storage.reviews import Event


def test_a_late_utc_evening_is_the_next_morning_in_beijing():
    assert minute("2026-11-25T20:30:00+00:00") == "2026-11-26 04:30"
    assert day("2026-11-20T20:00:00+00:00") == "2026-11-21"


def test_a_time_stored_without_offset_is_read_as_utc():
    assert minute("2026-11-25T14:50:00") == "2026-11-25 22:50"


def test_history_lines_carry_beijing_time():
    approved = Event("2026-11-25T14:50:00+00:00", 7, "省厅王处", "status", "status",
                     "submitted", "approved", None)
    assert history_text(Questionnaire(FIELDS), 1, [approved]).splitlines()[1] == (
        "2026-11-25 22:50 省厅王处 状态：已提交待审核 → 已通过"
    )
