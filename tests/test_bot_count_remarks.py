"""部署总数 keeps one number: words typed with the count (十五台，全部是轮式人形) are quoted back
as not saved, with where they belong, while the count is saved as before."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk

AT_COUNT = 18
NOT_KEPT = "“{remarks}”没有保存：本题只记一个合计台数。"
AT_PRODUCTS = "产品类型和形态以第 7 步“应用部署产品类型”的勾选为准"
IN_DESCRIPTION = "分期、用途、各类台数等说明可写进第 5 步的场景描述"
AT_SUMMARY = "（可在汇总页修改）。"
KIND_DIFFERS = ("“{typed}”与第 7 步“应用部署产品类型”的勾选（{ticked}）不一致，表格以第 7 步的"
                "勾选为准；如需修改，请在汇总页打开第 7 项“应用部署产品类型”重新勾选。")


def saved_count(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers.get(
        "deployment_count")


@pytest.mark.parametrize(("answer", "count", "remarks", "where"), [
    ("15台（其中足式5台）", 15, "其中足式5台", f"{AT_PRODUCTS}；{IN_DESCRIPTION}"),
    ("20台，分两期部署", 20, "分两期部署", IN_DESCRIPTION),
    ("15台\n用于电池包测试", 15, "用于电池包测试", IN_DESCRIPTION),
    ("10台，用于测试\n另有2台备用", 10, "用于测试”“另有2台备用", IN_DESCRIPTION),
        ("10台，含2台备用", 10, "含2台备用", IN_DESCRIPTION),
    ("10台，质保至2028年", 10, "质保至2028年", IN_DESCRIPTION),
    ("已部署3台，计划共10台", 10, "已部署3台", IN_DESCRIPTION),
    ("10台，全部是轮式人形，用于测试", 10, "全部是轮式人形，用于测试", f"{AT_PRODUCTS}；{IN_DESCRIPTION}"),
    ("20台(分三期)", 20, "分三期", IN_DESCRIPTION),
    ("15台，用于电池包测试", 15, "用于电池包测试", IN_DESCRIPTION),
    ("人形8台，四足2台，共10台", 10, "人形8台，四足2台", f"{AT_PRODUCTS}；{IN_DESCRIPTION}"),
    ("5台人形+2台四足 共7台", 7, "5台人形+2台四足", f"{AT_PRODUCTS}；{IN_DESCRIPTION}"),
    ("20台，首批10台", 20, "首批10台", IN_DESCRIPTION),
])
async def test_words_typed_with_the_count_are_quoted_as_not_saved_and_the_count_is_kept(
        engineer, app, answer, count, remarks, where):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    # (a kind unlike step 7's ticks, 四足 here, is told after: test_a_kind_…_is_told_after_…)
    assert texts(calls)[0].startswith(f"已记录部署总数：{count} 台。\n"
                                      + NOT_KEPT.format(remarks=remarks) + where + AT_SUMMARY)
    assert texts(calls)[-1].startswith("第 11/11 步")
    assert saved_count(app, engineer) == count


@pytest.mark.parametrize("answer", [
    "15", "15台", "十五台", "共15台", "15台套", "约15台人形机器人", "15台（人形机器人）",
    "15台，2026年底前完成", "15台（2026年11月）", "15台，共计", "15台，谢谢", "15（台）",
    "2026年11月前部署15台", "15台 人形机器人", "共 15 台"])
async def test_a_count_with_nothing_beside_it_is_only_echoed(engineer, app, answer):
    await only_echoed(engineer, app, answer)


@pytest.mark.parametrize("answer", [
    "15台，11月前到位", "15台，2026年11月前到位", "15台，11月底前部署到位", "15台，年底前到位",
    "15台，2026年11月前", "15台，预计11月前部署到位"])
async def test_the_campaigns_deadline_beside_the_count_is_only_echoed(engineer, app, answer):
    await only_echoed(engineer, app, answer)


@pytest.mark.parametrize("answer", [
    "15台，没问题", "15台，先这样", "15台，暂时这么多", "15台，以上", "15台，OK", "15台，就这些。"])
async def test_words_saying_the_answer_is_complete_are_only_echoed(engineer, app, answer):
    await only_echoed(engineer, app, answer)


# Step 7 asks the kind and form (the journey ticks 人形机器人：轮式): said again at the count as
# ticked, they lose nothing.
@pytest.mark.parametrize("answer", [
    "15台，人形", "15台，人形的", "15台，全部人形机器人", "15台，都是人形机器人",
    "15台，均为人形机器人", "15台，轮式人形机器人", "15台人形", "15台，人形机器人",
    "十五台，全部是轮式人形", "15台 全部轮式", "15台\n全部轮式"])
async def test_the_machines_kind_or_form_alone_beside_the_count_is_only_echoed(
        engineer, app, answer):
    await only_echoed(engineer, app, answer)


@pytest.mark.parametrize(("answer", "unlike"), [
    ("15台，全部是四足", "四足"), ("15台，机器狗", "机器狗"), ("15台，人形和四足", "四足"),
    ("15只机器狗", "机器狗"), ("15台，全部足式", "足式"), ("15台，双足人形", "双足"),
    ("15台仿人形机器人", "仿人形"), ("人形9+四足6=15台", "四足")])
async def test_a_kind_or_form_unlike_step_7s_ticks_is_told_and_the_count_kept(
        engineer, app, answer, unlike):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "已记录部署总数：15 台。\n" + KIND_DIFFERS.format(
        typed=unlike, ticked="人形机器人：轮式")
    assert saved_count(app, engineer) == 15


async def test_a_kind_unlike_step_7s_only_tick_before_the_count_is_told(engineer, app):
    await walk(engineer, 11)
    for label in ("☐ 四足机器人", "足式", "完成"):
        await engineer.press(label)
    await walk(engineer, AT_COUNT, start=14)
    calls = await engineer.send("人形10台")
    assert texts(calls)[0] == "已记录部署总数：10 台。\n" + KIND_DIFFERS.format(
        typed="人形", ticked="四足机器人：足式")
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize(("other", "answer"), [
    ("仿四足机器人", "10台机器狗"), ("仿四足机器人", "10台四足机器人"), ("仿四足机器人", "10台足式"),
    ("仿人形机器人", "10台轮式双臂机器人"), ("仿人形机器人", "10台（足式）"),
    ("仿人形机器人", "10台人形")])
async def test_a_kind_or_form_the_other_product_ticked_mimics_or_lacks_is_not_at_odds(
        engineer, app, other, answer):
    """A 仿四足机器人 is the engineer's robot dog, and a 其他类型产品 has no form to contradict."""
    await walk(engineer, 11)
    for label in ("☐ 其他类型产品", other, "完成"):
        await engineer.press(label)
    await walk(engineer, AT_COUNT, start=14)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "已记录部署总数：10 台。"
    assert saved_count(app, engineer) == 10


@pytest.mark.parametrize("answer", ["10台轮式", "10台，全部是双足人形"])
async def test_a_form_unlike_a_humanoid_ticked_with_its_other_form_is_told(engineer, app, answer):
    await walk(engineer, 11)
    for label in ("☐ 人形机器人", "其他", "完成"):
        await engineer.press(label)
    await walk(engineer, AT_COUNT, start=14)
    calls = await engineer.send(answer)
    assert "（人形机器人：其他）不一致" in texts(calls)[0]


async def test_a_form_of_an_unnamed_kind_ticked_with_it_is_not_at_odds(engineer, app):
    await walk(engineer, 11)
    for label in ("☐ 人形机器人", "轮式", "☐ 四足机器人", "足式", "完成"):
        await engineer.press(label)
    await walk(engineer, AT_COUNT, start=14)
    calls = await engineer.send("10台（轮式8台、四足2台）")
    assert "不一致" not in texts(calls)[0]


async def test_a_kind_in_a_remark_unlike_step_7s_is_told_after_the_remark(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：10台（人形8台、四足2台）")
    assert texts(calls)[0] == (
        "已记录部署总数：10 台。\n" + NOT_KEPT.format(remarks="人形8台、四足2台")
        + f"{AT_PRODUCTS}；{IN_DESCRIPTION}{AT_SUMMARY}\n"
        + KIND_DIFFERS.format(typed="四足", ticked="人形机器人：轮式"))
    assert saved_count(app, engineer) == 10


async def only_echoed(engineer, app, answer):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0] == "已记录部署总数：15 台。"
    assert saved_count(app, engineer) == 15


async def test_a_count_changed_at_the_summary_quotes_its_remark_too(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：20台，分两期部署")
    assert texts(calls)[0] == ("已记录部署总数：20 台。\n" + NOT_KEPT.format(remarks="分两期部署")
                               + IN_DESCRIPTION + AT_SUMMARY)
    assert saved_count(app, engineer) == 20


async def test_a_labelled_line_after_the_count_at_the_summary_is_said_unsaved_once(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("部署总数：20台，分两期\n备注：请尽快审核")
    assert texts(calls)[0] == ("已记录部署总数：20 台。\n" + NOT_KEPT.format(remarks="分两期")
                               + IN_DESCRIPTION + AT_SUMMARY
                               + "\n这条消息中以下内容没有保存：备注：请尽快审核。")
    assert saved_count(app, engineer) == 20


@pytest.mark.parametrize(("answer", "remarks"), [
    ("10台。其中人形6台。", "其中人形6台"), ("10台。含2台备用。", "含2台备用"),
    ("10台。人形6台，四足4台。", "人形6台，四足4台"), ("10台。全部10月前到位。", "全部10月前到位"),
    ("10台。10月到货5台。", "10月到货5台"), ("10台。预计总投资300万元。", "预计总投资300万元"),
    ("10台。10月再采购5台用于备用。", "10月再采购5台用于备用"), ("10台。首批5台已到货。", "首批5台已到货"),
    ("10台\n另有2台备用", "另有2台备用"), ("10台\n10月前全部到位", "10月前全部到位")])
async def test_a_remark_after_a_full_stop_or_a_new_line_is_quoted_as_after_a_comma(
        engineer, app, answer, remarks):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send(answer)
    assert texts(calls)[0].splitlines()[0] == "已记录部署总数：10 台。"
    assert NOT_KEPT.format(remarks=remarks) in texts(calls)[0]
    assert saved_count(app, engineer) == 10


async def test_a_full_stop_before_words_saying_nothing_saves_the_count(engineer, app):
    await walk(engineer, AT_COUNT)
    calls = await engineer.send("10台。11月前完成部署。")
    assert texts(calls)[0].splitlines() == ["已记录部署总数：10 台。"]
    assert saved_count(app, engineer) == 10
