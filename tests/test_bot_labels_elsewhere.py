"""Another question's label typed at a question (部署总数：8台 at 场景名称): a change meant for
that item, perhaps of another draft, never this question's answer."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import (
    AT_ENTERPRISE,
    AT_SCENARIO_NAME,
    INDICATORS,
    JOURNEY,
    PAIN,
    fill_to_summary,
    walk,
)
from tests.test_bot_indicators import AT_RESULTS

AT_DIRECTION = JOURNEY.index(("send", "动力电池"))
AT_MAKERS = JOURNEY.index(("send", "恒远机器人有限公司、启明智能科技有限公司"))
AT_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))


def store(app):
    return app.bot_data["services"].intake.store


async def test_a_fix_for_a_returned_draft_typed_in_another_draft_is_not_saved_there(
        app, engineer, suzhou):
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, AT_SCENARIO_NAME, start=1)
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("台数请核实")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")
    calls = await engineer.send("部署总数：8台")
    said = texts(calls)
    assert "第 10 步“部署总数”" in said[0] and "没有保存" in said[0] and "/drafts" in said[0]
    assert said[-1].split("\n")[:2] == [  # the returned #1 is in progress too: #2 named
        "📝 场景 #2（苏州恒远动力电池有限公司）（有多份草稿在填写，发送 /drafts 切换）",
        "第 3/11 步 · 场景名称"]
    assert "scenario_name" not in store(app).answers(2)
    assert store(app).info(2).cursor == "scenario_name"
    await engineer.send("恒远工厂电池测试—柔性插接二期")
    assert store(app).answers(2)["scenario_name"] == "恒远工厂电池测试—柔性插接二期"


@pytest.mark.parametrize(("moves", "key"), [
    (AT_ENTERPRISE, "enterprise"), (AT_SCENARIO_NAME, "scenario_name"),
    (AT_DIRECTION, "sub_direction"), (AT_MAKERS, "makers"), (AT_ALGORITHM, "model_algorithm"),
])
@pytest.mark.parametrize(("typed", "item"), [
    ("部署总数：8台", "第 10 步“部署总数”"), ("场景类型：服务", "第 6 步“场景类型”"),
    ("场景类型改为服务", "第 6 步“场景类型”"),
    ("预期成效：替代3名工人，效率提升20%", "第 5 步“预期成效”"),
    ("应用目标：完成跨行业/跨领域场景应用", "第 9 步“整机应用目标”"),
])
async def test_another_questions_label_is_named_and_the_question_asked_again(
        app, engineer, moves, key, typed, item):
    await walk(engineer, moves)
    asked = engineer.last_text().split("\n")[0]
    calls = await engineer.send(typed)
    said = texts(calls)
    assert item in said[0] and "没有保存" in said[0]
    assert said[-1].split("\n")[0] == asked
    assert key not in store(app).answers(1)


AT_PARTNERS = AT_MAKERS + 1


@pytest.mark.parametrize(("moves", "key", "typed", "saved"), [
    (AT_MAKERS, "makers", "公司名称：优必选科技股份有限公司", ["优必选科技股份有限公司"]),
    (AT_MAKERS, "makers", "企业名称：优必选科技股份有限公司", ["优必选科技股份有限公司"]),
    (AT_MAKERS, "makers", "单位名称：优必选科技股份有限公司", ["优必选科技股份有限公司"]),
    (AT_MAKERS, "makers", "公司：优必选科技股份有限公司", ["优必选科技股份有限公司"]),
    (AT_PARTNERS, "partners", "企业：汇川技术股份有限公司", ["汇川技术股份有限公司"]),
    (1, "submitting_unit", "单位名称：江苏省工业和信息化厅", "江苏省工业和信息化厅"),
    (AT_ENTERPRISE, "enterprise", "名称：苏州恒远动力电池有限公司", "苏州恒远动力电池有限公司"),
    (AT_ALGORITHM, "model_algorithm", "产品名称：恒远具身智能操作大模型", "恒远具身智能操作大模型"),
    (AT_ALGORITHM, "model_algorithm", "产品：恒远具身智能操作大模型", "恒远具身智能操作大模型"),
])
async def test_a_label_naming_what_the_question_asks_is_that_questions_own(
        app, engineer, moves, key, typed, saved):
    await walk(engineer, moves)
    said = texts(await engineer.send(typed))
    assert not any("没有保存" in text for text in said)
    assert store(app).answers(1)[key] == saved


async def test_a_unit_name_label_elsewhere_still_names_the_user_unit(app, engineer):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send("公司名称：优必选科技股份有限公司"))
    assert "第 2 步“企业全称”" in said[0] and "没有保存" in said[0]
    assert "scenario_name" not in store(app).answers(1)


async def test_another_items_label_before_what_that_item_would_refuse_is_not_saved_here(
        app, engineer):
    """部署总数：若干 is no count, but no 模型算法 either: read as this question's answer it
    would save another column's label and a wrong value here."""
    await walk(engineer, AT_ALGORITHM)
    said = texts(await engineer.send("部署总数：若干"))
    assert "第 10 步“部署总数”" in said[0] and "没有保存" in said[0]
    assert "model_algorithm" not in store(app).answers(1)


@pytest.mark.parametrize(("typed", "item"), [
    ("联合体：优必选科技股份有限公司、东南大学", "第 8 步“整机企业”"),
    ("产品类型：人形机器人：轮式", "第 7 步“应用部署产品类型”"),
    ("产品类型：两种都有", "第 7 步“应用部署产品类型”"),
])
async def test_a_columns_short_name_the_summary_reads_is_named_at_a_question(
        app, engineer, typed, item):
    """The summary opens 模型算法 for 模型算法：同上 (no answer); a change typed there next, with
    the column shortened as the summary allows, must not replace the product."""
    await fill_to_summary(engineer)
    await engineer.send("模型算法：同上")
    said = texts(await engineer.send(typed))
    assert item in said[0] and "没有保存" in said[0]
    assert said[-1].startswith("第 11/11 步（1/4）")
    assert store(app).answers(1)["model_algorithm"] == "恒远具身智能操作大模型"


@pytest.mark.parametrize(("typed", "item"), [
    ("部署总数改成10台（其中人形6台、四足4台）", "第 10 步“部署总数”"),
    ("部署总数改成12台", "第 10 步“部署总数”"),
    ("整机应用目标：全部", "第 9 步“整机应用目标”"),
])
async def test_another_items_label_at_a_multi_select_question_is_named_not_ticked(
        app, engineer, typed, item):
    await fill_to_summary(engineer)
    await engineer.send("7")
    said = texts(await engineer.send(typed))
    assert item in said[0] and "没有保存" in said[0]
    assert said[-1].startswith("第 7/11 步")
    assert store(app).answers(1)["product_types"] == {"人形机器人": "轮式"}


@pytest.mark.parametrize(("moves", "key", "typed"), [
    (AT_RESULTS, "expected_results", "规模推广：方案可在集团内20家电池工厂复制推广，单厂替代测试工人4名"),
    (AT_RESULTS, "expected_results", "应用目标：单线替代测试工人2名，测试效率提升30%"),
    (AT_ALGORITHM, "model_algorithm", "关键技术：视觉伺服柔性插接算法"),
])
async def test_a_part_of_another_columns_title_labelling_an_answers_content_is_saved(
        app, engineer, moves, key, typed):
    await walk(engineer, moves)
    said = texts(await engineer.send(typed))
    assert not any("没有保存" in text for text in said)
    assert typed.split("：", 1)[1] in store(app).answers(1)[key]


AT_PAIN = JOURNEY.index(("send", PAIN))


async def description_of_a_second_draft_beside_a_returned_one(engineer, suzhou) -> None:
    """#1 handed in and returned by 苏州 for 部署总数 while #2 is at its 现状与痛点."""
    await fill_to_summary(engineer)
    await engineer.press("✅ 提交")
    await engineer.send("/new")
    await walk(engineer, AT_PAIN, start=1)
    await suzhou.send("/review 1")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("台数请核实")
    await suzhou.press("☐ 10 部署总数")
    await suzhou.press("📨 发送退回")


@pytest.mark.parametrize("typed", ["部署总数：12台", f"{INDICATORS}\n部署总数：12台"])
@pytest.mark.parametrize("moves", [0, 1])  # at 现状与痛点, at 技术指标
async def test_a_fix_for_a_returned_draft_typed_at_a_description_says_where_it_goes(
        app, engineer, suzhou, typed, moves):
    await description_of_a_second_draft_beside_a_returned_one(engineer, suzhou)
    await walk(engineer, AT_PAIN + moves, start=AT_PAIN)
    said = texts(await engineer.send(typed))
    assert said[0].endswith(
        "部署总数：12台\n以上内容没有保存。要修改另一份草稿（如被退回的场景）的部署总数，"
        "请发送 /drafts 切换到该草稿，在它的汇总页输入以上内容。")
    assert "deployment_count" not in store(app).answers(2)
    assert "部署总数" not in str(store(app).answers(2).values())


async def test_another_items_line_at_the_description_of_the_only_draft_names_no_other(
        app, engineer):
    await walk(engineer, AT_PAIN)
    said = texts(await engineer.send("部署总数：12台"))
    assert said[0].startswith("以下内容属于表格的其他项目，没有填入场景描述")
    assert "/drafts" not in said[0]
