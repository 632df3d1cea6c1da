"""At 场景名称, 所属行业 and 细分方向: a city with its district, a government department, a
region, a date, a phase or a person is refused, told what it looks like, and the question asked
again; a name with an object and a process (3C产品装配, 人形机器人汽车总装) and a kind of
hospital typed as the industry (中医医院) are kept; a vague name is told what to add."""

import pytest

from flows.names import OBJECTS, scenario_name_problem
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk
from tests.test_names_answering_elsewhere import (
    AT_DIRECTION,
    AT_INDUSTRY,
    kept,
    refused_and_asked_again,
    saved,
)

NAMES = (AT_SCENARIO_NAME, AT_INDUSTRY, AT_DIRECTION)

REFUSED = [
    *[(at, "苏州市吴中区", "是地名") for at in NAMES],
    *[(at, "江苏省南京市江宁区", "是地名") for at in NAMES],
    *[(at, "江苏省工业和信息化厅", "是政府部门的名称") for at in NAMES],
    *[(at, "苏州市应急管理局", "是政府部门的名称") for at in NAMES],
    *[(at, "南京市城市管理局", "是政府部门的名称") for at in NAMES],
    *[(at, "华东地区", "是一个地区") for at in (AT_ENTERPRISE, AT_INDUSTRY, AT_DIRECTION)],
    *[(at, "长三角", "是一个地区") for at in (AT_INDUSTRY, AT_DIRECTION)],
    *[(at, "2026年", "是日期") for at in (AT_ENTERPRISE, *NAMES)],
    *[(at, "2026年11月底", "是日期") for at in (AT_ENTERPRISE, *NAMES)],
    *[(at, "一期", "是项目的期次") for at in (AT_INDUSTRY, AT_DIRECTION)],
    *[(at, "二期工程", "是项目的期次") for at in (AT_INDUSTRY, AT_DIRECTION)],
    *[(at, "张工", "像是联系人") for at in (AT_INDUSTRY, AT_DIRECTION)],
    *[(at, "王经理", "像是联系人") for at in (AT_INDUSTRY, AT_DIRECTION)],
]
KEPT = [
    (AT_SCENARIO_NAME, "3C产品装配"), (AT_SCENARIO_NAME, "人形机器人汽车总装"),
    (AT_INDUSTRY, "中医医院"), (AT_INDUSTRY, "儿童医院"),
    # Halls and bureaus a scenario is set in end as departments do, after a place or a word
    # ending as one does (社区, 园区).
    *[(at, name) for at in (AT_SCENARIO_NAME, AT_DIRECTION) for name in (
        "江苏银行营业厅", "苏州工业园区政务服务大厅", "上海虹桥站候车厅", "苏州市立医院门诊大厅",
        "城市运行指挥大厅", "江苏大剧院演艺厅")],
    *[(AT_DIRECTION, name) for name in ("社区餐厅", "园区办公室", "地市供电局", "景区售票厅")],
]
# Real answers that were kept before and must stay kept (the fix is no refusal of them).
STILL_KEPT = [
    (AT_ENTERPRISE, "国网江苏省电力有限公司，南京供电分公司"), (AT_ENTERPRISE, "儿童医院"),
    (AT_ENTERPRISE, "苏州市吴中区人民医院"), (AT_ENTERPRISE, "苏州市公安局"),
    *[(AT_SCENARIO_NAME, name) for name in (
        "电池包下线测试，高压插头柔性插接", "恒远工厂电池测试，高压插头柔性插接", "汽车焊装车间车身检测",
        "变电站巡检", "光伏组件清洗", "化工园区巡检", "动力电池包下线测试—高压插头柔性插接",
        "发动机缸盖螺栓拧紧工位", "危化品仓库四足机器人夜间盘点巡检", "社区养老中心助餐送餐服务",
        "地铁隧道火灾应急搜救", "一期工程电池测试插接", "2号高炉炉前作业")],
    *[(AT_INDUSTRY, name) for name in ("医疗康养", "智能制造", "汽车制造", "电力", "苏州园林",
                                       "华东医药", "仓储物流分拣", "光伏组件清洗")],
    *[(AT_DIRECTION, name) for name in ("儿童医院", "变电站巡检", "化工园区巡检", "仓储物流分拣",
                                        "汽车焊装车间车身检测", "综合保税区", "金工")],
]


@pytest.mark.parametrize(("at", "typed", "looks_like"), REFUSED)
async def test_no_answer_to_the_question_is_refused_and_it_is_asked_again(
        app, engineer, at, typed, looks_like):
    await refused_and_asked_again(app, engineer, at, typed, looks_like)


@pytest.mark.parametrize(("at", "typed"), KEPT + STILL_KEPT)
async def test_a_real_answer_is_kept(app, engineer, at, typed):
    await kept(app, engineer, at, typed)


@pytest.mark.parametrize(("typed", "advice"), [
    ("四足机器人巡检", "请写明对什么、在哪里巡检，例如“变电站巡检”"),
    ("仓储物流分拣", "请写明对什么、在哪里分拣，例如“快递包裹分拣”"),
    ("1号高炉", "请在后面加上机器人做什么，例如“1号高炉巡检”"),
])
async def test_a_vague_name_is_told_what_to_add(app, engineer, typed, advice):
    await walk(engineer, AT_SCENARIO_NAME)
    said = texts(await engineer.send(typed))
    assert "过于笼统" in said[0] and advice in said[0]
    assert "scenario_name" not in saved(app, engineer)


@pytest.mark.parametrize(("task", "thing"), OBJECTS.items())
def test_every_example_of_what_to_add_is_a_name_kept(task, thing):
    assert scenario_name_problem(thing + task) is None
