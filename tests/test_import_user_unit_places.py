"""The 用户单位 cell (城市/单位全称) imported as the chat reads 城市/单位 at the unit's question:
a district glued before a name saying the city again is no part of the name, and a place
written as the unit is refused as no unit's full name, as the chat refuses it."""

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from exports.writer import export_rows
from tests.one_cell_import import imported
from tests.test_export import answers

UNIT_CELL = "C4"


@pytest.mark.parametrize(("cell", "city", "name"), [
    ("深圳市/南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("深圳市 南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("深圳市，南山区深圳恒远智能有限公司", "深圳市", "深圳恒远智能有限公司"),
    ("北京市/海淀区北京恒远智能有限公司", "北京市", "北京恒远智能有限公司"),
    ("上海市/浦东新区上海恒远智能有限公司", "上海市", "上海恒远智能有限公司"),
    ("苏州市/姑苏区苏州恒远智能有限公司", "苏州市", "苏州恒远智能有限公司"),
])
def test_a_district_glued_before_a_name_saying_the_city_again_is_dropped_on_import(
        tmp_path, cell, city, name):
    _, stored = imported(tmp_path, cell, UNIT_CELL)
    assert (stored["city"], stored["enterprise"]) == (city, name)


@pytest.mark.parametrize(("cell", "city", "name"), [
    ("苏州市/姑苏区人民医院", "苏州市", "姑苏区人民医院"),
    ("深圳市/南山区人民医院", "深圳市", "南山区人民医院"),
    ("苏州市/苏州工业园区管理委员会", "苏州市", "苏州工业园区管理委员会"),
    ("苏州市/竹辉社区", "苏州市", "竹辉社区"),
    ("苏州市/苏州A/B智能有限公司", "苏州市", "苏州A/B智能有限公司"),
    ("无锡市/无锡市第二人民医院", "无锡市", "无锡市第二人民医院"),
])
def test_a_name_going_on_from_its_district_or_city_is_imported_whole(
        tmp_path, cell, city, name):
    _, stored = imported(tmp_path, cell, UNIT_CELL)
    assert (stored["city"], stored["enterprise"]) == (city, name)


@pytest.mark.parametrize(("cell", "place", "example"), [
    ("连云港市/连云港市", "连云港市", "连云港市/连云港XX有限公司"),
    ("苏州市/张家港市", "张家港市", "苏州市/苏州XX有限公司"),
    ("苏州市/苏州市吴中区", "苏州市吴中区", "苏州市/苏州XX有限公司"),
    ("无锡市/无锡市", "无锡市", "无锡市/无锡XX有限公司"),
    ("苏州市/昆山市", "昆山市", "苏州市/苏州XX有限公司"),
    ("无锡市/江阴市", "江阴市", "无锡市/无锡XX有限公司"),
    ("合肥市/合肥市", "合肥市", "合肥市/合肥XX有限公司"),
])
def test_a_city_written_as_the_unit_is_refused_as_no_units_full_name(
        tmp_path, cell, place, example):
    output, stored = imported(tmp_path, cell, UNIT_CELL)
    assert not stored
    assert (f"用户单位：“{place}”是地名，不是用户单位的全称，请在城市之后写单位全称，"
            f"如“{example}”") in output
    assert "内容过短" not in output


def test_lint_says_a_city_written_as_the_unit_is_no_units_full_name(tmp_path):
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active[UNIT_CELL] = "无锡市/无锡市"
    workbook.save(tmp_path / "plan.xlsx")
    output = CliRunner().invoke(main, ["lint", str(tmp_path / "plan.xlsx")]).output
    assert ("“无锡市”是地名，不是用户单位的全称，请在城市之后写单位全称，"
            "如“无锡市/无锡XX有限公司”") in output
    assert "内容过短" not in output
