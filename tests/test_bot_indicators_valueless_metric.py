"""Indicators ending with a metric's name and no figure (识别准确率≥98%，节拍) are not taken: the
name is said to need its value, and the figure sent next (15秒，…) is joined to it."""

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk


async def test_indicators_ending_with_a_bare_metric_name_are_asked_about(engineer, app):
    await walk(engineer, AT_INDICATORS)
    said = texts(await engineer.send("识别准确率≥98%，节拍"))
    assert said[0] == ("“节拍”还没有数值，请补上数值和单位；这条没有保存。\n"
                       "如是没写完就发送了：接着发送后半段即可，将接在“识别准确率≥98%，节拍”之后。")
    assert "indicators" not in saved(app, engineer)


async def test_the_figure_sent_next_is_joined_to_the_metric_name(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率≥98%，节拍")
    said = texts(await engineer.send("15秒，成功率99%"))
    assert said[0].startswith("已将上一条与这一条合为一段：“识别准确率≥98%，节拍15秒，成功率99%”")
    answers = saved(app, engineer)
    assert answers["indicators"] == "识别准确率≥98%，节拍15秒，成功率99%"
    assert "indicators_more" not in answers


async def test_words_of_what_is_wanted_after_the_figures_are_kept(engineer, app):
    await walk(engineer, AT_INDICATORS)
    typed = "识别准确率≥98%，节拍≤15秒，成功率≥99%，提高效率"
    await engineer.send(typed)
    assert saved(app, engineer)["indicators"] == typed
