"""部署总数 with machines bought after the count that are no added deployment keep the count with
the note that the rest was not saved: machines said to be in it (10台，含10月再采购5台), parts
bought rather than machines (10台，10月再采购5套灵巧手) and spares or replacements (10台，10月再
采购5台（备用）), as 10台，含2台备用 is 10, and machines that may come (10月视情况再采购5台),
which no committed total holds. Through the chat and the import."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_count_additions import AT_COUNT, saved_count
from tests.test_import_count_notes import cli, db, noted, services  # noqa: F401

NOT_KEPT = ("已记录部署总数：10 台。\n“{remark}”没有保存：本题只记一个合计台数。分期、用途、各类台数"
            "等说明可写进第 5 步的场景描述（可在汇总页修改）。")
KEPT = [
    ("10台，含10月再采购5台", "含10月再采购5台"),
    ("10台，含2台备用，10月再采购5台", "含2台备用，10月再采购5台"),
    ("10台，包含10月新增的5台", "包含10月新增的5台"),
    ("10台，10月再采购5套灵巧手", "10月再采购5套灵巧手"),
    ("10台，10月再采购5套关节模组", "10月再采购5套关节模组"),
    ("10台，10月另行采购5套传感器", "10月另行采购5套传感器"),
    ("10台，10月再采购5块电池", "10月再采购5块电池"),
    ("10台，10月再采购5台（备用）", "备用”“10月再采购5台"),
    ("10台，10月再采购5台用于备用", "10月再采购5台用于备用"),
    ("10台，10月再采购5台替换旧设备", "10月再采购5台替换旧设备"),
    ("10台，10月再采购5台，更换故障机器", "10月再采购5台，更换故障机器"),
    ("10台，10月视情况再采购5台", "10月视情况再采购5台"),
    ("10台，如有需要10月再采购5台", "如有需要10月再采购5台"),
    ("10台，10月可能再采购5台", "10月可能再采购5台")]


@pytest.mark.parametrize(("answer", "remark"), KEPT)
async def test_machines_inside_the_count_parts_and_spares_keep_the_count_with_the_note(
        engineer, app, answer, remark):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == NOT_KEPT.format(remark=remark)
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize("cell", ["10台，10月再采购5套灵巧手", "10台，10月再采购5台（备用）",
                                  "10台，含10月再采购5台"])
def test_an_imported_cell_with_parts_spares_or_machines_inside_is_imported_as_the_count(
        cli, db, tmp_path, cell):  # noqa: F811
    linted, imported = noted(cli, db, tmp_path, cell)
    assert any(line.startswith("  ⚠️ 部署总数按 10 台记录") for line in linted)
    assert imported[imported.index("第 4 行：已导入为场景 #1") + 1].startswith("  · 部署总数按 10 台记录")


@pytest.mark.parametrize(("answer", "total"), [
    ("10台，10月再采购5套", 15),  # a bare 套 is machines, as elsewhere in a count
    ("10台，10月再采购5台，替代人工巡检", 15),  # a use, not a replacement of machines
    ("10台（不含备用），10月再采购5台", 15),
    ("10台，另有2台备用，10月再采购5台", 15)])
async def test_machines_bought_for_use_beside_spares_named_apart_are_still_added(
        engineer, app, answer, total):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert f"例如：{total}台。" in texts(calls)[0]
    assert saved_count(app, engineer) is None
