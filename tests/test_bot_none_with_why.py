"""无 said with why or what instead (无，暂时没有; 无（暂未采用）), or not used (暂未使用, 本项目不涉及),
is an empty cell written out: refused with the way to skip, as 暂无，后续补充 is, instead of saved
as the product's name, which put 模型算法：无，暂时没有 in the official row. Names that start
like it (无人机, 无锡) are names."""

import pytest

from exports.reader import import_row
from flows.empty_answers import PLACEHOLDER
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.test_bot_field_answers import saved
from tests.test_bot_tech_products import AT_PRODUCT


@pytest.mark.parametrize("typed", [
    "无，暂时没有", "无 暂时没有", "无（暂未采用）", "没有用到", "暂未使用", "无，自研中", "本项目不涉及",
    "没有，用的是厂家自带系统", "N/A（不适用）"])
async def test_none_with_why_at_a_product_question_is_refused_not_saved_as_its_name(
        engineer, app, typed):
    await walk(engineer, AT_PRODUCT["operating_system"])
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(PLACEHOLDER.format(text=typed))
    assert saved(app, engineer).get("operating_system") is None


@pytest.mark.parametrize("typed", ["无人机巡检调度平台", "无锡恒远机器人操作系统"])
async def test_names_starting_like_none_are_saved(engineer, app, typed):
    await walk(engineer, AT_PRODUCT["operating_system"])
    await engineer.send(typed)
    assert saved(app, engineer).get("operating_system") == typed


def test_an_imported_part_saying_none_with_why_is_left_empty():
    cell = "模型算法：恒远具身智能操作大模型\n操作系统：无（暂未采用）"
    answers = import_row(5, {"index": "1", "tech_products": cell}).answers
    assert answers == {"model_algorithm": "恒远具身智能操作大模型"}


async def test_none_with_why_typed_for_a_product_at_the_summary_is_not_saved(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：无，后续自研")
    assert "恒远具身智能操作大模型" == services.intake.store.current(engineer.id).answers[
        "model_algorithm"]
    assert "无，后续自研" in texts(calls)[0]
