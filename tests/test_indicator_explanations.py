"""Why an indicators answer states no indicator is told in the engineer's own figures, never in
fragments or words they did not write (flows/coaching.py `indicator_problem`)."""

import pytest

from flows.coaching import indicator_problem
from flows.figures import NAME, what_figures_are


@pytest.mark.parametrize("text, dates", [
    ("2026.11前完成，2025-12-01启动", "“2026.11”“2025-12-01”是年份、日期或时刻"),
    ("2025/12/01启动", "“2025/12/01”是年份、日期或时刻"),
    ("2026-11完成部署", "“2026-11”是年份、日期或时刻"),
])
def test_a_date_written_in_figures_is_named_whole_as_a_date(text, dates):
    assert indicator_problem(text).startswith(f"没有识别到可量化的指标：{dates}，")


def test_a_count_before_a_letter_is_not_quoted_as_a_model_name():
    assert NAME not in what_figures_are("识别两个A类缺陷")


@pytest.mark.parametrize("text", ["机器人要高精度高效率", "提升自动化水平"])
def test_an_answer_without_figures_is_not_told_words_it_did_not_write(text):
    told = indicator_problem(text)
    assert told.startswith("没有识别到可量化的指标。") and "精度高、效率高、稳定可靠" not in told


@pytest.mark.parametrize("text, figure", [
    ("支持二次开发，适配现有产线", "“二次”只描述了场景情况"),
    ("三五个工人轮班巡检，改为机器人巡检", "“三五个”是单位或人员的数量"),
])
def test_a_number_spelled_in_a_word_is_named_not_told_there_is_none(text, figure):
    assert indicator_problem(text).startswith(f"没有识别到可量化的指标：{figure}，")
