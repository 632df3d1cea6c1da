"""A returned entry whose engineer changed its city counts in /stats where it was handed in,
said there to have moved, until it is handed in again: its coordinator still waits for it, and
the new city's coordinator does not see it yet."""

from tests.fake_bot_api import texts
from tests.test_bot_return_moved_city import returned_by

MOVED = ("ℹ️ 已退回的场景中 #1 已改为无锡市（填报人修改、尚未重新提交）：重新提交前仍计在本市"
         "“已退回待修改”中，重新提交后计入所改的城市。")


def status_line(report: str) -> str:
    return next(line for line in report.splitlines() if line.startswith("状态："))


async def test_a_returned_entry_moved_to_another_city_counts_where_it_was_handed_in(
        engineer, province, suzhou, wuxi):
    await returned_by(engineer, suzhou)
    await engineer.send("城市：无锡市")  # not handed in again: 苏州 still waits for the fix
    suzhou_report = texts(await suzhou.send("/stats"))[-1]
    wuxi_report = texts(await wuxi.send("/stats"))[-1]
    assert status_line(suzhou_report) == "状态：草稿 0 · 已提交待审核 0 · 已退回待修改 1 · 已通过 0"
    assert suzhou_report.endswith("\n" + MOVED)
    assert status_line(wuxi_report) == "状态：草稿 0 · 已提交待审核 0 · 已退回待修改 0 · 已通过 0"
    assert "已改为" not in wuxi_report
    assert texts(await province.send("/stats 苏州"))[-1] == suzhou_report
    assert "已退回待修改 1" in status_line(texts(await province.send("/stats"))[-1])


async def test_once_handed_in_again_it_counts_in_its_new_city(engineer, suzhou, wuxi):
    await returned_by(engineer, suzhou)
    await engineer.send("城市：无锡市")
    await engineer.press("✅ 提交")
    suzhou_report = texts(await suzhou.send("/stats"))[-1]
    assert status_line(suzhou_report) == "状态：草稿 0 · 已提交待审核 0 · 已退回待修改 0 · 已通过 0"
    assert "已改为" not in suzhou_report
    assert status_line(texts(await wuxi.send("/stats"))[-1]) == (
        "状态：草稿 0 · 已提交待审核 1 · 已退回待修改 0 · 已通过 0")


async def test_a_returned_entry_kept_in_its_city_is_said_nothing_of(engineer, suzhou):
    await returned_by(engineer, suzhou)
    await engineer.send("部署总数：12台")
    report = texts(await suzhou.send("/stats"))[-1]
    assert "已退回待修改 1" in status_line(report) and "已改为" not in report
