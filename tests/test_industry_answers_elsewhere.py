"""所属行业 typed with what plainly answers another question (an old button's word of another
draft, a count of machines, a unit's full name, a city): refused and asked again, naming that
question; an industry typed, whatever its wording, is kept."""

import pytest

from flows.industries import industry_problem
from tests.fake_bot_api import texts
from tests.journey import fill_to_summary, walk

AT_INDUSTRY = 5
INDUSTRIES_TYPED = ("纺织服装", "港口物流", "汽车制造", "电力", "医疗康养", "养老服务", "新能源电池",
                    "物流仓储", "化工", "商贸零售", "教育", "农业", "公共安全", "数据中心",
                    "民营医院", "职业学院", "连锁超市", "苏州工业", "新能源汽车", "工业互联网",
                    "苏州园林", "连云港港口")


def saved(app, engineer):
    return app.bot_data["services"].intake.store.current(engineer.id).answers


@pytest.mark.parametrize(("typed", "looks_like"), [
    ("10台", "第 10 步“部署总数”"), ("十台", "第 10 步“部署总数”"),
    ("轮式", "第 7 步“应用部署产品类型”的选项"), ("足式", "第 7 步“应用部署产品类型”的选项"),
    ("人形机器人", "第 7 步“应用部署产品类型”的选项"), ("☐ 四足机器人", "第 7 步"),
    ("工业", "第 6 步“场景类型”的选项"), ("特种", "第 6 步“场景类型”的选项"),
    ("完成本单位内同类场景复制部署", "第 9 步“整机应用目标”的选项"),
    ("东南大学", "单位名称"), ("苏州恒远动力电池有限公司", "单位名称"),
    ("江苏省人民医院", "单位名称"), ("苏州市", "地名"), ("江苏省", "地名"), ("昆山市", "地名"),
    ("苏州", "地名"), ("昆山", "地名"), ("江宁", "地名"),
])
async def test_another_questions_answer_is_refused_and_the_industry_asked_again(
        app, engineer, typed, looks_like):
    await walk(engineer, AT_INDUSTRY)
    asked = engineer.last_text().split("\n")[0]
    said = texts(await engineer.send(typed))
    assert looks_like in said[0] and "没有保存" in said[0] and "请填写" not in said[0]
    assert "所属行业" in said[0] and said[-1].split("\n")[0] == asked
    assert "industry" not in saved(app, engineer)


@pytest.mark.parametrize("typed", INDUSTRIES_TYPED)
async def test_an_industry_typed_is_kept(app, engineer, typed):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(typed)
    assert saved(app, engineer)["industry"] == typed


@pytest.mark.parametrize("industry", INDUSTRIES_TYPED[:12])
async def test_an_industry_typed_with_its_direction_is_kept(app, engineer, industry):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(f"{industry}/总装")
    assert (saved(app, engineer)["industry"], saved(app, engineer)["sub_direction"]) == (
        industry, "总装")


@pytest.mark.parametrize("industry", INDUSTRIES_TYPED[:12])
async def test_an_industry_typed_with_the_labels_is_kept(app, engineer, industry):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send(f"所属行业：{industry}，细分方向：总装")
    assert (saved(app, engineer)["industry"], saved(app, engineer)["sub_direction"]) == (
        industry, "总装")


def test_only_a_whole_button_word_is_another_questions():
    assert industry_problem("轮式") and industry_problem("服务")
    assert all(industry_problem(text) is None
               for text in ("服务业", "工业机器人", "特种设备", "其他", "苏州园林", "超市"))


async def test_a_button_word_typed_after_another_drafts_old_button_is_not_the_industry(
        app, engineer):
    await fill_to_summary(engineer)
    await engineer.send("/new")
    await walk(engineer, AT_INDUSTRY, start=1)
    said = texts(await engineer.send("足式"))
    assert "“足式”是第 7 步“应用部署产品类型”的选项" in said[0]
    assert "industry" not in saved(app, engineer)
