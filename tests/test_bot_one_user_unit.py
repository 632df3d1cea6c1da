"""The 用户单位 is one unit, where the robots are deployed: two full names typed there (…有限公司、
东南大学) are asked again in the chat, with where partners go, and nothing saved; a unit with its
branch, plant, campus or part, and single names holding 和, 与 or 及, are saved as typed. A file's
row is reviewed by whoever sent it, so the import takes such a cell as it is."""

import pytest
from openpyxl import load_workbook

from exports.writer import export_rows
from flows.several_units import ONE_UNIT_ONLY, SEVERAL_IN_FILE, several_units
from tests import test_cli_data
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk
from tests.test_export import answers

cli, db, services = test_cli_data.cli, test_cli_data.db, test_cli_data.services
USER_UNIT_CELL = "C4"

PAIRS = [
    "苏州恒远动力电池有限公司、东南大学",
    "苏州恒远动力电池有限公司和苏州大学附属第一医院",
    "苏州恒远动力电池有限公司与恒远机器人有限公司",
    "苏州恒远动力电池有限公司及东南大学",
    "苏州恒远动力电池有限公司；东南大学",
    "苏州恒远动力电池有限公司以及江苏省产业技术研究院",
    "南京大学和南京理工大学",
    "哈尔滨工业大学（深圳）与苏州恒远动力电池有限公司",
    "苏州恒远动力电池有限公司、东南大学、苏州大学",
    "苏州恒远集团、东南大学",
]
ONE_UNIT = [
    "江苏省工业和信息化厅",
    "中国科学院自动化研究所",
    "中国科学院苏州纳米技术与纳米仿生研究所",
    "上海交通大学医学院附属瑞金医院",
    "和记黄埔医药（上海）有限公司",
    "北京和利时集团",
    "苏州科技城医院",
    "信息与通信工程研究院",
    "恒远电力设计与研究院有限公司",
    "苏州恒远和信机电有限公司",
    "苏州恒远科技（集团、股份）有限公司",
    "苏州恒远集团和顺物流有限公司",
    "南京医科大学第一附属医院（江苏省人民医院）",
    "中国船舶集团有限公司第七一六研究所",
    "国家电网有限公司与南京大学共建研究院",
    "东南大学与苏州恒远动力电池有限公司联合实验室",
]
WITH_ITS_PART = [
    "苏州恒远动力电池有限公司，苏州分公司",
    "苏州恒远动力电池有限公司江阴分厂",
    "苏州恒远动力电池有限公司（无锡工厂）",
    "苏州恒远动力电池有限公司、江阴分厂",
    "苏州恒远动力电池有限公司、无锡工厂",
    "苏州恒远动力电池有限公司及其子公司",
    "苏州恒远动力电池有限公司和平分公司",
    "苏州恒远动力电池有限公司、研发中心",
    "苏州恒远动力电池有限公司、恒远研发中心",
    "东南大学、自动化学院",
    "东南大学、附属中大医院",
    "天津医科大学和平校区",
    "江苏省产业技术研究院、智能制造技术研究所",
    "中国科学院、苏州纳米技术与纳米仿生研究所",
]


def saved(app, engineer) -> dict:
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize("typed", PAIRS)
def test_two_full_unit_names_are_several_units(typed):
    assert several_units(typed) == ONE_UNIT_ONLY.format(name=typed)


@pytest.mark.parametrize("typed", ONE_UNIT + WITH_ITS_PART)
def test_one_name_or_a_unit_with_its_part_is_one_unit(typed):
    assert several_units(typed) is None


@pytest.mark.parametrize("typed", PAIRS[:4])
async def test_two_units_as_the_user_unit_are_asked_again_with_where_partners_go(
        engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ONE_UNIT_ONLY.format(name=typed)
    assert "enterprise" not in saved(app, engineer)
    await engineer.send("苏州恒远动力电池有限公司")
    assert saved(app, engineer)["enterprise"] == "苏州恒远动力电池有限公司"


@pytest.mark.parametrize("typed", ["苏州恒远动力电池有限公司江阴分厂", "苏州恒远动力电池有限公司、无锡工厂",
                                   "苏州恒远动力电池有限公司，苏州分公司", "江苏省工业和信息化厅",
                                   "上海交通大学医学院附属瑞金医院"])
async def test_a_unit_with_its_branch_or_a_name_holding_和_is_saved_as_typed(
        engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    await engineer.send(typed)
    assert saved(app, engineer)["enterprise"] == typed


@pytest.mark.parametrize("typed", ["苏州，苏州恒远动力电池有限公司、东南大学",
                                   "苏州恒远动力电池有限公司、东南大学"])
@pytest.mark.parametrize("moves", [AT_ENTERPRISE - 1, AT_ENTERPRISE])  # the city's, the unit's
async def test_two_units_with_or_at_the_city_keep_neither_unit(engineer, app, moves, typed):
    await walk(engineer, moves)
    calls = await engineer.send(typed)
    assert ONE_UNIT_ONLY.format(name="苏州恒远动力电池有限公司、东南大学") in texts(calls)[0]
    assert "enterprise" not in saved(app, engineer)


async def test_two_units_typed_at_the_summary_keep_the_unit_saved(engineer, app):
    await walk(engineer)
    calls = await engineer.send("用户单位：苏州恒远动力电池有限公司和苏州大学附属第一医院")
    assert ONE_UNIT_ONLY.format(name="苏州恒远动力电池有限公司和苏州大学附属第一医院") in texts(calls)[0]
    assert saved(app, engineer)["enterprise"] == "苏州恒远动力电池有限公司"


def test_a_files_user_unit_naming_two_units_is_imported_as_written_with_a_note(
        cli, services, db, tmp_path):
    """Import and lint tell the file's reader what the chat asks of an engineer."""
    export_rows([answers(1)], tmp_path / "plan.xlsx")
    workbook = load_workbook(tmp_path / "plan.xlsx")
    workbook.active[USER_UNIT_CELL] = "苏州市/苏州恒远动力电池有限公司、东南大学"
    workbook.save(tmp_path / "plan.xlsx")
    note = SEVERAL_IN_FILE.format(name="苏州恒远动力电池有限公司、东南大学")
    assert f"  ⚠️ {note}" in cli("lint", tmp_path / "plan.xlsx").output.splitlines()
    assert cli("import", tmp_path / "plan.xlsx", "--db", db).output.splitlines()[:2] == [
        "第 4 行：已导入为场景 #1", f"  · {note}"]
    assert services.reviews.store.entry(1).answers["enterprise"] == "苏州恒远动力电池有限公司、东南大学"
