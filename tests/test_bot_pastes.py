"""A description pasted as a numbered or bracketed list is split at its labels, numbers dropped."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, INDICATORS, PAIN, RESULTS, walk

NUMBERED = [
    ("1、", "2、", "3、"), ("1.", "2.", "3."), ("（1）", "（2）", "（3）"), ("①", "②", "③"),
    ("一、", "二、", "三、"),
]


def saved(app, engineer) -> tuple[str, ...]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


@pytest.mark.parametrize("numbers", NUMBERED)
async def test_a_numbered_description_fills_each_part_without_its_numbers(engineer, app, numbers):
    await walk(engineer, AT_INDICATORS - 1)
    first, second, third = numbers
    calls = await engineer.send(f"{first}现状：{PAIN}\n{second}技术指标：{INDICATORS}\n"
                                f"{third}预期成效：{RESULTS}")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_a_numbered_description_whose_first_item_has_no_label_loses_its_number(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"1、{PAIN}\n2、技术指标：{INDICATORS}\n3、预期成效：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_labels_in_brackets_split_a_pasted_description(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"【现状】{PAIN}\n【技术指标】{INDICATORS}\n【预期成效】：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)


async def test_a_numbered_paste_at_the_indicators_question_leaves_no_number_behind(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(f"{INDICATORS}\n2. 预期成效：{RESULTS}")
    assert saved(app, engineer) == (PAIN, INDICATORS, RESULTS)
