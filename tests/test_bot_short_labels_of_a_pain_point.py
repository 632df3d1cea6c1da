"""指标, 成效 and 效果 open a pain point's sentences as often as they head a part: typed at
现状与痛点 or in an imported cell, they split only in order after a pain point labelled where
the text begins, and not before words of today; else the text is the pain point, as typed."""

import pytest

from exports.reader import import_row
from tests.fake_bot_api import texts
from tests.journey import walk

AT_PAIN = 7
OF_TODAY = [
    "效果：目前人工检测，漏检率约5%，客户投诉多。",
    "成效：当前自动化改造成效不明显，仍需3人值守。",
    "效果\n人工检测漏检率约5%，客户投诉多",
    "效果：现有视觉系统在反光件上识别率只有80%，需人工复检。",
    "指标：现有设备检测精度仅±2mm，无法满足0.5mm工艺要求。",
    "指标：目前人工巡检，每班4小时，漏检率高。",
    "第一，人工搬运效率低；第二，指标：漏检率5%；第三，成效不明显。",
    "第一，现状是人工搬运；第二，痛点：效率低、招工难；第三，指标：节拍要求≤20秒。",
]


def parts(services, engineer) -> tuple:
    answers = services.intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


@pytest.mark.parametrize("typed", OF_TODAY)
async def test_a_pain_point_opening_with_a_short_label_is_kept_whole(services, engineer, typed):
    await walk(engineer, AT_PAIN)
    await engineer.send(typed)
    assert parts(services, engineer) == (typed, None, None)


async def test_a_short_label_before_words_of_today_is_words_of_the_pain_point(
        services, engineer):
    await walk(engineer, AT_PAIN)
    await engineer.send("痛点：焊接烟尘大，招工难。效果：目前合格率92%。")
    assert parts(services, engineer) == ("焊接烟尘大，招工难。效果：目前合格率92%。", None, None)


async def test_a_short_label_misread_makes_the_later_ones_words_too(services, engineer):
    typed = "第一，现状：焊接烟尘大，招工难；第二，指标：目前合格率92%；第三，成效：减少2人"
    await walk(engineer, AT_PAIN)
    await engineer.send(typed)
    assert parts(services, engineer) == (typed.removeprefix("第一，现状："), None, None)


@pytest.mark.parametrize("cell", OF_TODAY[:6])
def test_a_cell_opening_with_a_short_label_is_imported_as_the_pain_point(cell):
    assert import_row(4, {"index": "1", "description": cell}).answers["pain_point"] == cell


@pytest.mark.parametrize("typed", [
    "1.现状：人工分拣 2.痛点：效率低 3.指标：每小时1000件 4.效果：减少4人",
    "现状：人工巡检\n指标：识别率≥95%\n成效：减少2人",
])
async def test_a_too_short_pain_point_split_off_is_named_and_the_other_parts_kept(
        services, engineer, typed):
    await walk(engineer, AT_PAIN)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith("场景描述与关键技术要求（现状与痛点）：内容过短")
    assert "以下部分已保存：技术指标、预期成效" in texts(calls)[0]
    assert parts(services, engineer)[0] is None


async def test_a_description_cell_with_short_labels_in_order_is_still_imported_part_by_part():
    cell = "痛点：药房处方调配全靠人工，差错时有发生\n指标：药品核对准确率达到百分之百\n成效：药师减少2人。"
    assert import_row(4, {"index": "1", "description": cell}).answers == {
        "pain_point": "药房处方调配全靠人工，差错时有发生", "indicators": "药品核对准确率达到百分之百",
        "expected_results": "药师减少2人。"}


@pytest.mark.parametrize(("typed", "split"), [
    ("痛点：焊接烟尘大，招工难，人工焊接合格率低\n指标：合格率≥99%，仅需1人值守\n成效：减少人工2名",
     ("焊接烟尘大，招工难，人工焊接合格率低", "合格率≥99%，仅需1人值守", "减少人工2名")),
    ("1、现状：人工搬运，每班搬运400次以上 2、指标：节拍≤20秒 3、效果：替代人工3名",
     ("人工搬运，每班搬运400次以上", "节拍≤20秒", "替代人工3名")),
])
async def test_short_labels_in_order_after_a_labelled_pain_point_still_split(
        services, engineer, typed, split):
    await walk(engineer, AT_PAIN)
    await engineer.send(typed)
    assert parts(services, engineer) == split
