"""A description pasted with its parts' names shortened to one word (现状：… 指标：… 成效：…) is
split as with the template's labels; after a comma such a word stays words of the part."""

from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, PAIN, walk


def saved(app, engineer) -> tuple[str | None, ...]:
    answers = app.bot_data["services"].intake.store.current(engineer.id).answers
    return tuple(answers.get(key) for key in ("pain_point", "indicators", "expected_results"))


async def test_short_labels_pasted_at_the_pain_point_fill_each_part(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    calls = await engineer.send("现状：目前漏检率3%左右，依赖人工目检，劳动强度大\n"
                                "指标：定位误差≤5丝，节拍60JPH，MTBF≥1000h\n"
                                "成效：年节约人工成本约80万元")
    assert texts(calls)[0].startswith("已把这条消息分别填入：现状与痛点、技术指标、预期成效。")
    assert saved(app, engineer) == ("目前漏检率3%左右，依赖人工目检，劳动强度大",
                                    "定位误差≤5丝，节拍60JPH，MTBF≥1000h", "年节约人工成本约80万元")


async def test_short_labels_pasted_at_the_indicators_file_the_results_apart(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send("指标：精度±0.1mm，节拍20s，成功率99%。成效：替代2人")
    assert texts(calls)[0].startswith("已把这条消息分别填入：技术指标、预期成效。")
    assert saved(app, engineer)[1:] == ("精度±0.1mm，节拍20s，成功率99%。", "替代2人")


async def test_requirements_and_effects_labels_split_too(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    await engineer.send(f"痛点：{PAIN}\n要求：抓取成功率≥99.5%，节拍≤45秒/件，定位精度±0.5mm\n"
                        "效益：替代4名操作工")
    assert saved(app, engineer) == (PAIN, "抓取成功率≥99.5%，节拍≤45秒/件，定位精度±0.5mm",
                                    "替代4名操作工")


async def test_a_short_label_after_a_comma_is_words_of_the_pain_point(engineer, app):
    await walk(engineer, AT_INDICATORS - 1)
    typed = "人工目检效率低、劳动强度大，指标：漏检率高达5%，效果：客户投诉多"
    await engineer.send(typed)
    assert saved(app, engineer) == (typed, None, None)
