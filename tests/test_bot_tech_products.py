"""The four 可规模推广的其他标志性技术产品 questions hold a product's name (填写说明 11: an
algorithm, a platform, a component), not how many robots are deployed: a count or a
deployment plan typed there is refused, and the count is pointed to 部署总数."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk
from tests.test_bot_field_answers import saved
from tests.test_import_tech_products import OTHER_REFUSED

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
# The moves leading to each of the four questions: the journey skips the middle two.
AT_PRODUCT = {"model_algorithm": AT_MODEL_ALGORITHM, "operating_system": AT_MODEL_ALGORITHM + 1,
              "simulation_platform": AT_MODEL_ALGORITHM + 2,
              "key_components": AT_MODEL_ALGORITHM + 3}
WHAT_BELONGS = "不是产品名称"
UNSAVED_MODEL = "写在前面的“恒远大模型”也没有保存，请改好后重新发送。"


async def test_a_deployment_plan_at_model_algorithm_is_refused_and_pointed_to_the_count(
        engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("今年先部署2台，2026年11月前累计部署10台")
    reply = texts(calls)[0]
    assert "“今年先部署2台，2026年11月前累计部署10台”是部署的台数，不是产品名称" in reply
    assert "填写说明 11" in reply and "部署总数：10台" in reply
    assert "可规模推广的其他标志性技术产品 · 模型算法" in texts(calls)[-1]
    answers = saved(app, engineer)
    assert "model_algorithm" not in answers and answers["deployment_count"] == 10


@pytest.mark.parametrize("key", AT_PRODUCT)
@pytest.mark.parametrize("typed", ["部署10台", "10台", "二十套", "人形机器人5台，四足机器人2台",
                                   "首批5台，年底扩至20台"])
async def test_a_count_of_robots_is_refused_at_each_product_question(engineer, app, key, typed):
    await walk(engineer, AT_PRODUCT[key])
    calls = await engineer.send(typed)
    assert f"“{typed}”是" in texts(calls)[0] and WHAT_BELONGS in texts(calls)[0]
    assert key not in saved(app, engineer)


# However the count is hedged (10台左右, 不少于10台, 10-20台, 2台/年), said to be done (已部署3台)
# or given a purpose (用于电池包测试, 开展巡检), it still counts the robots deployed.
@pytest.mark.parametrize("typed", [
    "10台左右", "10余台", "10多台", "不少于10台", "10-20台", "2台/年", "已部署3台", "部署20台以上",
    "已采购10台", "现有3台，计划扩至10台", "部署10台，用于电池包测试", "计划部署10台人形机器人开展巡检"])
async def test_a_hedged_or_explained_count_of_robots_is_refused(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert f"“{typed}”是" in texts(calls)[0] and WHAT_BELONGS in texts(calls)[0]
    assert "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize("typed", ["六维力传感器", "7自由度机械臂", "GR-1 人形机器人控制器",
                                   "视觉大模型V2.0", "1000TOPS算力平台", "300台套AGV调度系统",
                                   "恒远灵巧手 2套", "支持100台机器人协同的调度平台", "2套灵巧手",
                                   "协作机器人UR5"])
async def test_a_product_named_with_numbers_is_saved(engineer, app, typed):
    await walk(engineer, AT_PRODUCT["key_components"])  # 六维力传感器 is no 模型算法
    await engineer.send(typed)
    assert saved(app, engineer)["key_components"] == typed


async def test_a_count_typed_as_a_product_at_the_summary_is_not_saved(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：部署12台")
    assert "“部署12台”是部署的台数，不是产品名称" in texts(calls)[0]
    assert "部署总数：12台" in texts(calls)[0]
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["deployment_count"]) == ("恒远具身智能操作大模型", 10)


async def test_a_count_already_deployed_typed_at_the_summary_is_not_saved(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：已部署3台")
    assert "“已部署3台”是" in texts(calls)[0] and WHAT_BELONGS in texts(calls)[0]
    assert saved(app, engineer)["model_algorithm"] == "恒远具身智能操作大模型"


@pytest.mark.parametrize("typed", ["模型算法：恒远大模型\n其他：数字孪生平台", "恒远大模型\n其他：数字孪生平台"])
async def test_an_item_labelled_other_is_refused_not_glued_into_the_model_algorithm(
        engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[0] == OTHER_REFUSED + UNSAVED_MODEL
    assert "model_algorithm" not in saved(app, engineer)


async def test_an_item_labelled_other_after_a_product_at_the_summary_is_refused_not_filed_as_a_member(
        engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：恒远大模型\n其他：数字孪生平台")
    assert texts(calls)[0].endswith(OTHER_REFUSED + UNSAVED_MODEL)
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["partners"]) == ("恒远具身智能操作大模型", ["东南大学"])


async def test_a_member_labelled_other_after_a_product_at_the_summary_is_pointed_to_the_members(
        engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("关键零部件：恒远灵巧手，其他：南京大学")
    assert texts(calls)[0].endswith("“南京大学”读来是联合体成员单位，请在第 8 步“其他成员”填写。"
                                    "写在前面的“恒远灵巧手”也没有保存，请改好后重新发送。")
    assert "仿真平台：南京大学" not in texts(calls)[0]
    answers = saved(app, engineer)
    assert (answers["key_components"], answers["partners"]) == ("恒远灵巧手", ["东南大学"])


async def test_other_after_the_makers_at_the_summary_is_still_the_consortiums(engineer, app):
    await fill_to_summary(engineer)
    await engineer.send("模型算法：恒远大模型\n整机企业：恒远机器人有限公司\n其他：南京大学")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型"
    assert (answers["makers"], answers["partners"]) == (["恒远机器人有限公司"], ["南京大学"])


@pytest.mark.parametrize("typed", ["①模型算法：恒远大模型②关键零部件：恒远灵巧手",
                                   "(1)模型算法：恒远大模型(2)关键零部件：恒远灵巧手",
                                   "●模型算法：恒远大模型●关键零部件：恒远灵巧手"])
async def test_a_list_mark_glued_before_a_product_label_starts_the_next_item(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send(typed)
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["key_components"]) == ("恒远大模型", "恒远灵巧手")


@pytest.mark.parametrize("typed", ["模型算法：恒远大模型\n其他：无", "恒远大模型，其他：暂无",
                                   "恒远大模型，其他：无；", "恒远大模型，其他：/", "恒远大模型，其他：不涉及",
                                   "恒远大模型，其他：N/A"])
async def test_an_item_labelled_other_saying_none_is_left_out(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert "可规模推广的其他标志性技术产品 · 操作系统" in texts(calls)[-1]
    assert not any("分项" in text for text in texts(calls))
    assert saved(app, engineer)["model_algorithm"] == "恒远大模型"


@pytest.mark.parametrize("typed", ["模型算法：恒远大模型\n其他：无", "模型算法：恒远大模型；其他：无；",
                                   "模型算法：恒远大模型\n其他：不涉及", "模型算法：恒远大模型；其他：N/A"])
async def test_an_item_labelled_other_saying_none_at_the_summary_keeps_the_members(
        engineer, app, typed):
    await fill_to_summary(engineer)
    await engineer.send(typed)
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["partners"]) == ("恒远大模型", ["东南大学"])


@pytest.mark.parametrize("key", ["model_algorithm", "operating_system"])
@pytest.mark.parametrize("title", ["可规模推广的其他标志性技术产品", "标志性技术产品"])
async def test_the_columns_title_before_a_product_is_dropped(engineer, app, key, title):
    await walk(engineer, AT_PRODUCT[key])
    await engineer.send(f"{title}：恒远具身智能平台")  # a platform of no one kind: either's
    assert saved(app, engineer)[key] == "恒远具身智能平台"


async def test_the_columns_title_before_labelled_products_is_dropped(engineer, app):
    await walk(engineer, AT_MODEL_ALGORITHM)
    await engineer.send("其他标志性技术产品：模型算法：恒远大模型 关键零部件：恒远灵巧手")
    answers = saved(app, engineer)
    assert (answers["model_algorithm"], answers["key_components"]) == ("恒远大模型", "恒远灵巧手")


@pytest.mark.parametrize("typed", ["12台，模型算法：恒远大模型", "12台、恒远大模型", "部署12台 模型算法：恒远大模型"])
async def test_a_count_typed_before_the_product_is_refused_and_pointed_to_the_count(
        engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    reply = texts(calls)[0]
    assert "是部署的台数，不是产品名称" in reply and "部署总数：12台" in reply
    assert "写在后面的“恒远大模型”也没有保存" in reply
    assert "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize(("key", "typed", "product"), [
    ("model_algorithm", "恒远大模型，模型算法：视觉模型", "恒远大模型、视觉模型"),
    ("key_components", "恒远灵巧手、2套", "恒远灵巧手、2套"),
    ("key_components", "20个、恒远关节模组", "20个、恒远关节模组"),
    ("key_components", "2套、恒远灵巧手", "2套、恒远灵巧手")])
async def test_a_product_before_a_label_or_a_quantity_after_it_is_saved_as_a_list(
        engineer, app, key, typed, product):
    await walk(engineer, AT_PRODUCT[key])
    await engineer.send(typed)
    assert saved(app, engineer)[key] == product


async def test_items_said_to_be_none_are_echoed_as_none_not_as_filled(engineer):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send("模型算法：恒远大模型；操作系统：无；仿真平台：暂无；关键零部件：恒远灵巧手")
    assert texts(calls)[0] == ("已把这条消息分别填入：模型算法（恒远大模型）、关键零部件（恒远灵巧手）；"
                               "操作系统、仿真平台：无。")


# A whole robot (整机) is what the scenario deploys, ticked at step 7 with its maker at step 8:
# not a product the scenario proves. A robot's own parts, algorithms and platforms are.
@pytest.mark.parametrize("typed", ["优必选Walker S2人形机器人", "宇树四足机器人", "恒远机器狗",
                                   "优必选人形机器人、宇树机器狗"])
async def test_a_whole_robot_is_refused_and_pointed_to_steps_7_and_8(engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    reply = texts(calls)[0]
    assert f"“{typed}”是整机" in reply and "第 7 步“应用部署产品类型”" in reply
    assert "第 8 步" in reply and "model_algorithm" not in saved(app, engineer)


@pytest.mark.parametrize(("key", "typed"), [
    ("model_algorithm", "人形机器人运动控制算法"), ("key_components", "人形机器人灵巧手"),
    ("operating_system", "机器人操作系统"), ("simulation_platform", "机器人仿真平台"),
    ("key_components", "四足机器人关节模组"), ("model_algorithm", "恒远大模型、优必选人形机器人"),
    ("model_algorithm", "重复定位精度±0.02mm协作机器人"), ("model_algorithm", "恒远巡检机器人")])
async def test_a_part_algorithm_or_platform_of_a_robot_is_saved(engineer, app, key, typed):
    await walk(engineer, AT_PRODUCT[key])
    await engineer.send(typed)
    assert saved(app, engineer)[key] == typed


@pytest.mark.parametrize(("key", "typed"), [
    ("key_components", "10台灵巧手"), ("key_components", "20个、恒远关节模组"),
    ("operating_system", "ROS2"), ("model_algorithm", "视觉大模型V2.0"),
    ("model_algorithm", "恒远大模型、恒远灵巧手"), ("model_algorithm", "数字孪生平台")])
async def test_a_product_at_its_own_question_or_of_no_one_kind_is_saved(engineer, app, key, typed):
    await walk(engineer, AT_PRODUCT[key])
    await engineer.send(typed)
    assert saved(app, engineer)[key] == typed


@pytest.mark.parametrize("label", ["第11项：", "第十一项：", "第 11 项:"])
async def test_the_columns_number_typed_before_a_product_at_its_question_is_no_part_of_it(
        engineer, app, label):
    await walk(engineer, AT_PRODUCT["operating_system"])
    await engineer.send(f"{label}恒远机器人操作系统")
    assert saved(app, engineer)["operating_system"] == "恒远机器人操作系统"
