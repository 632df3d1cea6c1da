"""Full-width digits and Latin letters typed with a Chinese input method are stored half-width,
as the template writes numbers (0.5mm, 99.9%); Chinese punctuation stays full-width."""

import pytest

from flows.typed_forms import half_width
from tests.journey import AT_INDICATORS, walk

AT_MAKERS, AT_DEPLOYMENT_COUNT, AT_MODEL = 14, 18, 19


def answers(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


async def test_full_width_digits_and_letters_in_indicators_are_stored_half_width(app, engineer):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("插接位置精度≤±０.５ｍｍ，成功率≥９９.９％，节拍≤１５ｓ")
    assert answers(app, engineer)["indicators"] == "插接位置精度≤±0.5mm，成功率≥99.9%，节拍≤15s"


async def test_full_width_letters_of_a_member_become_half_width_and_its_brackets_stay(
        app, engineer):
    await walk(engineer, AT_MAKERS)
    await engineer.send("ＡＢＢ（中国）有限公司、ＫＵＫＡ机器人（上海）有限公司")
    assert answers(app, engineer)["makers"] == ["ABB（中国）有限公司", "KUKA机器人（上海）有限公司"]


async def test_a_full_width_version_of_a_product_is_stored_half_width(app, engineer):
    await walk(engineer, AT_MODEL)
    await engineer.send("恒远具身智能操作大模型Ｖ２．０")
    assert answers(app, engineer)["model_algorithm"] == "恒远具身智能操作大模型V2.0"


async def test_a_full_width_count_is_read(app, engineer):
    await walk(engineer, AT_DEPLOYMENT_COUNT)
    await engineer.send("１５台")
    assert answers(app, engineer)["deployment_count"] == 15


@pytest.mark.parametrize(("typed", "plain"), [
    ("０．５ｍｍ，９９．５％", "0.5mm，99.5%"),
    ("－２０℃～＋５０℃", "-20℃～+50℃"),
    ("甲－乙（一期）：完成。", "甲－乙（一期）：完成。"),  # Chinese punctuation stays
])
def test_only_full_width_digits_letters_and_their_number_marks_become_half_width(typed, plain):
    assert half_width(typed) == plain
