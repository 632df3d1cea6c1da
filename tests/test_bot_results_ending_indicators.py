"""Results written at the end of the indicators in one paragraph (…MTBF≥1000h；预期减少人员3名，
年节约成本50万元) are offered to be filed as 预期成效, the indicators before them kept; they
are not asked for again as if none were given."""

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_INDICATORS, walk

TYPED = "识别准确率≥98%，节拍≤15s，MTBF≥1000h；预期减少人员3名，年节约成本50万元"
TAKE = "后半段填作预期成效"


async def test_results_ending_the_indicators_are_offered_apart(engineer, app):
    await walk(engineer, AT_INDICATORS)
    calls = await engineer.send(TYPED)
    assert texts(calls)[0].startswith(
        "技术指标最后的“预期减少人员3名，年节约成本50万元”读来是预期成效"
        "（部署后减少几人、效率提升多少、节省多少）。是预期成效请点“后半段填作预期成效”，"
        "技术指标保留前面的“识别准确率≥98%，节拍≤15s，MTBF≥1000h”；确是技术指标请点“保持不变”。")
    assert {TAKE, "✔️ 保持不变"} <= set(engineer.last_buttons())


async def test_the_press_files_the_results_and_keeps_the_indicators(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(TYPED)
    said = texts(await engineer.press(TAKE))  # the pressed screen first, marked
    assert said[1].startswith("已将“预期减少人员3名，年节约成本50万元”填作预期成效，"
                              "技术指标为：“识别准确率≥98%，节拍≤15s，MTBF≥1000h”。\n已识别指标：")
    assert "场景类型" in said[-1]
    answers = saved(app, engineer)
    assert answers["indicators"] == "识别准确率≥98%，节拍≤15s，MTBF≥1000h"
    assert answers["expected_results"] == "预期减少人员3名，年节约成本50万元"


async def test_kept_as_it_is_the_results_stay_among_the_indicators(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send(TYPED)
    said = texts(await engineer.press("✔️ 保持不变"))
    assert said[1].startswith("已识别指标：")
    assert "预期成效：部署后能达到什么效果？" in said[-1]
    assert saved(app, engineer)["indicators"] == TYPED


async def test_one_change_after_the_indicators_is_not_offered(engineer, app):
    await walk(engineer, AT_INDICATORS)
    await engineer.send("识别准确率≥98%，节拍≤15s；检测效率提升30%")
    assert TAKE not in engineer.last_buttons()
