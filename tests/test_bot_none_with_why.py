"""At the four step-11 products, 无 said with why or what instead (无，暂时没有; 无（暂未采用）) or
not used (暂未使用, 本项目不涉及) says there is none: refused with the way to skip or name the
product, instead of saved as its name, which put 模型算法：无，暂时没有 in the official row.
Names that start like it (无人机, 无锡) are names, and elsewhere such a start is an answer
(没有，目前完全依靠人工搬运)."""

import pytest

from flows.tech_products import NONE_SAID
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk
from tests.one_cell_import import imported
from tests.test_bot_field_answers import saved
from tests.test_bot_tech_products import AT_PRODUCT


@pytest.mark.parametrize("typed", [
    "无，暂时没有", "无 暂时没有", "无（暂未采用）", "没有用到", "暂未使用", "无，自研中", "本项目不涉及",
    "没有，用的是厂家自带系统", "N/A（不适用）", "无、暂未采用", "无：暂未采用", "无【暂未采用】",
    "本项目暂不涉及", "未使用操作系统", "目前没有 后续自研"])
async def test_none_with_why_at_a_product_question_is_refused_not_saved_as_its_name(
        engineer, app, typed):
    await walk(engineer, AT_PRODUCT["operating_system"])
    calls = await engineer.send(typed)
    assert texts(calls)[0] == NONE_SAID.format(text=typed)
    assert saved(app, engineer).get("operating_system") is None


@pytest.mark.parametrize("typed", ["无人机巡检调度平台", "无锡恒远机器人操作系统",
                                   "NA（Neural Actuator）关节模组", "无界，数字孪生仿真平台"])
async def test_names_starting_like_none_are_saved(engineer, app, typed):
    await walk(engineer, AT_PRODUCT["operating_system"])
    await engineer.send(typed)
    assert saved(app, engineer).get("operating_system") == typed


def test_an_imported_part_saying_none_with_why_is_refused_saying_to_leave_it_out(tmp_path):
    cell = "模型算法：恒远具身智能操作大模型\n操作系统：无（暂未采用）"
    output, stored = imported(tmp_path, cell, "L4")
    assert ("“无（暂未采用）”读来是没有这一项：没有就不写这一项；"
            "如有，请只填写产品名称，如“XX具身智能操作大模型”。") in output
    assert not stored


@pytest.mark.parametrize(("step", "typed"), [
    (7, "没有，目前完全依靠人工搬运，每班4人三班倒，夜间易疲劳漏检"),
    (9, "无，预计效率提升30%，减少搬运工2人")])
async def test_a_description_part_starting_with_none_and_a_comma_is_an_answer(
        engineer, app, step, typed):
    await walk(engineer, step)
    calls = await engineer.send(typed)
    assert "不能作为回答" not in texts(calls)[0]
    assert "读来是没有这一项" not in texts(calls)[0]


async def test_none_with_why_typed_for_a_product_at_the_summary_is_not_saved(services, engineer):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：无，后续自研")
    assert "恒远具身智能操作大模型" == services.intake.store.current(engineer.id).answers[
        "model_algorithm"]
    assert NONE_SAID.format(text="无，后续自研") in texts(calls)[0]
