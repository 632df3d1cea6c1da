"""At 应用部署产品类型, a robot the template has no type for (机械臂, AGV) is said to be none of
its types, with those it has; a count typed with the types is said unsaved, as it belongs to
部署总数."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_typed_choices import AT_PRODUCTS, answers

TYPES = ("模板只列人形机器人（足式/轮式/其他）、四足机器人（足式/轮式/其他）、"
         "其他类型产品（仿人形机器人/仿四足机器人）。")
COUNT_UNSAVED = "“5台”没有保存：这一问只选产品类型和形态，部署的台数在第 10 步“部署总数”填写。"


@pytest.mark.parametrize("typed", ["机械臂", "AGV", "复合机器人", "复合机器人（AGV+机械臂）",
                                   "协作机器人"])
async def test_a_robot_of_no_template_type_is_said_not_to_be_one(app, engineer, typed):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == (f"“{typed}”不是“应用部署产品类型”的选项，没有勾选：{TYPES}"
                               "请点击下方按钮选择，选好后点“完成”。")
    assert "product_types" not in answers(app, engineer)


@pytest.mark.parametrize("typed", ["人形和四足各5台", "人形5台、四足5台"])
async def test_a_count_typed_with_the_types_is_said_unsaved(app, engineer, typed):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == ("人形机器人、四足机器人还需选择形态，请依次点选。\n" + COUNT_UNSAVED)
    assert answers(app, engineer)["product_types"] == {"人形机器人": None, "四足机器人": None}


async def test_a_count_typed_with_a_type_and_its_form_is_said_unsaved(app, engineer):
    await walk(engineer, AT_PRODUCTS)
    calls = await engineer.send("人形机器人：轮式，5台")
    assert texts(calls)[0] == "已选：人形机器人：轮式。选好后点“完成”。\n" + COUNT_UNSAVED
    assert answers(app, engineer)["product_types"] == {"人形机器人": "轮式"}
