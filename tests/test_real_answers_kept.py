"""Real answers QA found refused as another question's (a comma in a scenario's name, a unit's
name with its branch after a comma, a kind of unit, a zone's type, a short place name, a robot
product or directions parted by ；, at 细分方向): each is saved as typed."""

import pytest

from tests.journey import AT_ENTERPRISE, AT_SCENARIO_NAME, walk
from tests.one_cell_import import imported
from tests.test_names_answering_elsewhere import AT_DIRECTION, AT_INDUSTRY, KEYS, saved

NAMES = [
    "电池包下线测试，高压插头柔性插接", "500kV变电站设备巡检，红外测温、表计读数",
    "医院药品物流，静配中心到病区配送", "港口集装箱码头，岸桥锁销自动拆装",
    "冷链仓库，-25℃环境下货物搬运", "数据中心，机柜巡检与硬盘插拔更换",
    "动力电池包下线EOL测试，高压插头柔性插拔", "化工园区危化品仓库，夜间无人巡检",
    "养老机构，失能老人助浴与翻身护理", "变电站夜间巡检，红外测温、表计识别",
    "动力电池PACK线，模组上下料与拧紧", "锂电池化成分容，电芯上下料与转运",
    "晶圆厂AMHS，晶圆盒自动补位搬运", "变电站开关室，开关柜倒闸操作与巡视",
    "化工装置区，DCS外操巡检与阀门操作", "养老院，失能老人助浴、翻身与陪伴",
]
UNITS = [
    "国网江苏省电力有限公司，南京供电分公司", "国网江苏省电力有限公司/南京供电分公司",
    "中国船舶集团有限公司，第七一六研究所", "苏州大学，附属第一医院",
    "南京大学，医学院附属鼓楼医院", "上汽大众汽车有限公司，仪征分公司",
    "江苏省人民医院，南京医科大学第一附属医院", "南京市第一医院；南京市心血管病医院",
    "广州港集团有限公司，南沙港务分公司",
]
DIRECTIONS = [
    "儿童医院", "中医医院", "康复医院", "互联网医院", "方舱医院", "高校实验室", "第三方检测实验室",
    "无人实验室", "职业技术学院", "技师学院", "物流公司", "供电公司", "燃气公司", "物业公司",
    "地铁公司", "综合保税区", "保税港区", "工业园区", "高新区", "自贸区", "东海", "滨海", "通州",
    "海门", "苏州", "张家港保税区", "动力电池；储能电池", "动力电池;储能电池", "焊装；总装",
    "人形机器人", "四足机器人",
]
KEPT = ([(AT_SCENARIO_NAME, name) for name in NAMES] + [(AT_ENTERPRISE, unit) for unit in UNITS]
        + [(AT_DIRECTION, direction) for direction in DIRECTIONS])


@pytest.mark.parametrize(("at", "typed"), KEPT)
async def test_a_real_answer_is_saved(app, engineer, at, typed):
    await walk(engineer, at)
    await engineer.send(typed)
    assert saved(app, engineer)[KEYS[at]] == typed


@pytest.mark.parametrize(("cell", "at", "key", "stored"), [
    ("电池包下线测试，高压插头柔性插接", "D4", "scenario_name", "电池包下线测试，高压插头柔性插接"),
    ("苏州市/苏州大学，附属第一医院", "C4", "enterprise", "苏州大学，附属第一医院"),
    ("医疗康养/儿童医院", "E4", "sub_direction", "儿童医院"),
    ("汽车制造/动力电池；储能电池", "E4", "sub_direction", "动力电池；储能电池"),
    ("装备制造/人形机器人", "E4", "sub_direction", "人形机器人"),
])
def test_a_real_answer_is_imported(tmp_path, cell, at, key, stored):
    output, answers = imported(tmp_path, cell, at)
    assert answers[key] == stored, output


async def test_a_kind_of_unit_after_the_industry_is_its_direction(app, engineer):
    await walk(engineer, AT_INDUSTRY)
    await engineer.send("医疗康养/儿童医院")
    assert saved(app, engineer)["sub_direction"] == "儿童医院"
