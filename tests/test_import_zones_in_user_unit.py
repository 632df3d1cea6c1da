"""A development zone or a town in the 用户单位 cell (苏州市/苏州工业园区 苏州XX…, 上海市/张江
上海XX…) is neither the city nor a part of the unit's name, as in the chat, which shows the
engineer what it filled in where: the import and lint say so under the row. The chat and the
import read such a cell alike."""

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from exports.writer import export_rows
from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk
from tests.one_cell_import import imported
from tests.test_export import answers

UNIT_CELL = "C4"
HENGYUAN = "苏州恒远精密制造有限公司"
SHANGHAI_UNIT = "上海恒远机器人有限公司"
KEPT_APART = "用户单位按所在城市“{city}”、单位全称“{name}”记录，“{zone}”没有保存（本列只记所在城市和单位全称）"

ZONE_CELLS = [
    (f"苏州市/苏州工业园区 {HENGYUAN}", "苏州市", HENGYUAN, "苏州工业园区"),
    (f"苏州工业园区/{HENGYUAN}", "苏州市", HENGYUAN, "苏州工业园区"),
    (f"苏州市\n苏州工业园区\n{HENGYUAN}", "苏州市", HENGYUAN, "苏州工业园区"),
    (f"{HENGYUAN} 苏州工业园区", "苏州市", HENGYUAN, "苏州工业园区"),
    (f"（苏州工业园区）{HENGYUAN}", "苏州市", HENGYUAN, "苏州工业园区"),
    (f"苏州市（苏州工业园区）/{HENGYUAN}", "苏州市", HENGYUAN, "苏州工业园区"),
    (f"苏州市 工业园区 {HENGYUAN}", "苏州市", HENGYUAN, "工业园区"),
    (f"上海市/张江 {SHANGHAI_UNIT}", "上海市", SHANGHAI_UNIT, "张江"),
    ("常州市/武进国家高新区 常州恒远机器人有限公司", "常州市", "常州恒远机器人有限公司", "武进国家高新区"),
    ("无锡市，江阴市周庄镇，江苏恒远智能有限公司", "无锡市", "江苏恒远智能有限公司", "江阴市周庄镇"),
]


@pytest.mark.parametrize(("cell", "city", "name", "zone"), ZONE_CELLS)
def test_a_zone_left_out_of_the_stored_unit_is_told_under_the_row(tmp_path, cell, city, name,
                                                                 zone):
    output, stored = imported(tmp_path, cell, UNIT_CELL)
    assert (stored["city"], stored["enterprise"]) == (city, name)
    assert output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #1", "  · " + KEPT_APART.format(city=city, name=name, zone=zone)]


@pytest.mark.parametrize(("cell", "name"), [
    (f"苏州市/{HENGYUAN}", HENGYUAN),
    ("苏州市/苏州工业园区管理委员会", "苏州工业园区管理委员会"),
    (f"苏州市/{HENGYUAN}（筹）", f"{HENGYUAN}（筹）"),
])
def test_a_cell_whose_every_part_is_kept_has_no_note(tmp_path, cell, name):
    output, stored = imported(tmp_path, cell, UNIT_CELL)
    assert (stored["city"], stored["enterprise"]) == ("苏州市", name)
    assert "没有保存" not in output


def test_lint_tells_the_zone_left_out_as_import_does(tmp_path):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active[UNIT_CELL] = f"苏州市/苏州工业园区 {HENGYUAN}"
    workbook.save(tmp_path / "plan.xlsx")
    output = CliRunner().invoke(main, ["lint", str(tmp_path / "plan.xlsx")]).output
    assert KEPT_APART.format(city="苏州市", name=HENGYUAN, zone="苏州工业园区") in output


@pytest.mark.parametrize(("typed", "city", "name"), [
    (f"上海市/张江 {SHANGHAI_UNIT}", "上海市", SHANGHAI_UNIT),
    ("无锡市，江阴市周庄镇，江苏恒远智能有限公司", "无锡市", "江苏恒远智能有限公司"),
    (f"苏州市/{HENGYUAN}（筹）", "苏州市", f"{HENGYUAN}（筹）"),
    (f"苏州市/{HENGYUAN}(苏州工业园区)", "苏州市", f"{HENGYUAN}(苏州工业园区)"),
    (f"【苏州市】{HENGYUAN}", "苏州市", HENGYUAN),
    ("[无锡]无锡恒远智能有限公司", "无锡市", "无锡恒远智能有限公司"),
])
async def test_the_chat_reads_the_cell_at_the_unit_question_as_the_import_does(
        engineer, app, tmp_path, typed, city, name):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == (city, name)
    assert f"企业全称（{name}）" in texts(calls)[0]
    _, stored = imported(tmp_path, typed, UNIT_CELL)
    assert (stored["city"], stored["enterprise"]) == (city, name)


async def test_a_unit_with_its_zone_after_it_at_the_city_question_is_filed_under_its_city(
        engineer, app):
    await walk(engineer, AT_ENTERPRISE - 1)
    calls = await engineer.send(f"{HENGYUAN} 苏州工业园区")
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("苏州市",
                                                                                   HENGYUAN)
    assert f"所在城市（苏州市）、企业全称（{HENGYUAN}）" in texts(calls)[0]


async def test_a_zone_of_another_city_after_the_unit_is_not_read_past(engineer, app):
    await walk(engineer, AT_ENTERPRISE - 1)
    calls = await engineer.send(f"{HENGYUAN} 无锡高新区")
    assert "enterprise" not in saved(app, engineer)
    assert "无锡市" in texts(calls)[0]


@pytest.mark.parametrize("typed", [f"{HENGYUAN}（筹）", f"{HENGYUAN}\n（苏州工业园区）"])
async def test_a_full_name_with_a_remark_in_brackets_is_placed_by_its_city_alike(
        engineer, app, tmp_path, typed):
    name = typed.replace("\n", "")
    await walk(engineer, AT_ENTERPRISE - 1)
    await engineer.send(typed)
    assert (saved(app, engineer)["city"], saved(app, engineer)["enterprise"]) == ("苏州市", name)
    _, stored = imported(tmp_path, typed, UNIT_CELL)
    assert (stored["city"], stored["enterprise"]) == ("苏州市", name)
