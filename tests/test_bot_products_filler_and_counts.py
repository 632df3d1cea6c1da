"""At the product questions: words of quantity (若干, 多个, 一些), alone or before a kind
(若干算法), are no product's name, and a
count of the robots is pointed to 部署总数, changed at the summary this step leads to, and only
within what 部署总数 takes."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_field_answers import saved
from tests.test_bot_tech_products import AT_MODEL_ALGORITHM


@pytest.mark.parametrize("typed", ["若干", "多个", "一些", "若干项", "多个、若干", "相关技术",
                                   "若干算法", "多个零部件", "一些相关算法", "相关技术产品",
                                   "若干关节模组"])
async def test_a_word_of_quantity_is_no_product(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0].startswith(f"“{typed}”只是泛指的说法，没有说出产品名称，没有保存。")
    assert texts(calls)[-1].startswith("第 11/11 步（1/4）")
    assert "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["恒远多模态大模型", "多模态大模型", "多轴运动控制器",
                                   "若干关节模组（恒远RJ系列）"])
async def test_a_name_beginning_with_such_a_word_is_saved(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send(typed)
    assert saved(app, engineer)["model_algorithm"] == typed


@pytest.mark.parametrize(("typed", "count"), [("十二台", 12), ("约12台", 12)])
async def test_a_count_on_the_first_pass_is_changed_at_the_summary_after_this_step(
        engineer, app, typed, count):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0].endswith(f"部署的台数在第 10 步“部署总数”填写：要改为 {count} 台，"
                                    f"请在填完本步后的汇总页输入“部署总数：{count}台”。")


async def test_a_count_over_the_limit_is_not_offered_as_a_change(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("1000000台")
    assert texts(calls)[0].endswith("部署的台数在第 10 步“部署总数”填写，不能超过 100000 台。")
    assert "要改为" not in texts(calls)[0]
    assert saved(app, engineer)["deployment_count"] == 10
