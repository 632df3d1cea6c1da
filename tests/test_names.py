"""The vague-name check on 场景名称 (flows/names.py), 填写说明 3."""

import json
import re
from pathlib import Path

import pytest

from flows.names import scenario_name_problem

CORPUS_COPY = Path(__file__).parent / "data" / "descriptions.json"
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "descriptions.json"
CORPUS = json.loads(CORPUS_COPY.read_text(encoding="utf-8"))["names"]
SUGGESTION = "建议写成“对象+具体任务”，如“XX工厂电池测试—柔性插接”"

GENERIC = [
    "人形机器人实训", "四足机器人巡检应用", "智能制造示范场景", "具身智能应用验证", "仓储物流机器人",
    "医疗康养服务", "智慧工厂", "机器人搬运", "应急救援场景", "特种作业机器人应用", "工业制造",
    "人形机器人训练场", "智能装配", "服务机器人示范应用", "柔性生产线实训", "安全巡检", "综合应用示范",
    "商业服务场景", "人形机器人工业场景应用示范", "智能分拣", "具身智能实训基地", "自动化产线改造",
    "XX企业智能工厂", "电力巡检", "化工巡检", "汽车装配", "Humanoid robot application",
]
SPECIFIC = [
    "变电站四足机器人夜间巡检", "汽车总装车间轮胎螺栓拧紧", "光伏组件EL检测上下料", "医院药房处方药品分拣",
    "快递包裹分拣", "化工园区管廊气体泄漏巡检", "餐厅后厨炒菜出餐", "钢厂高炉出铁口测温取样",
    "半导体晶圆盒搬运", "电力隧道电缆巡检", "养老院失能老人助浴", "商超货架补货理货",
    "核电站辐射区阀门操作", "手机屏幕外观缺陷检测", "地铁站客流引导", "医院导诊", "配电室开关柜倒闸操作",
    "锂电池模组上下料", "冷库货物出入库搬运", "煤矿井下皮带巡检", "XX工厂电池测试——线柔性插接",
    "服务器机房巡检", "安全帽佩戴检测", "Battery pack high-voltage plug insertion",
]
# Things whose names hold a generic word (服务 in 服务器, 锂电 in 锂电池) are objects, not the
# generic word: with a task they are specific.
THING_HOLDING_A_GENERIC_WORD = ["服务器巡检", "服务器上下料作业", "高速服务区巡检", "锂电池搬运",
                                "光伏板清洁", "安全帽检测", "电力线巡检", "物流园区安防巡逻",
                                "物流园区无人配送", "化工园区巡检", "化工园区防爆巡检",
                                "工业园区消防巡检"]
# Sites and categories that hold one are as generic as the word: the message names them whole.
GENERIC_HOLDING_A_GENERIC_WORD = [("工业园巡逻", "工业园、巡逻"), ("特种设备巡检", "特种设备、巡检"),
                                  ("服务机器人巡检", "服务、机器人、巡检"), ("园区巡逻", "园区、巡逻"),
                                  ("园区安防巡逻", "园区、安防、巡逻"),
                                  ("工业园区巡检", "工业园区、巡检"),
                                  ("产业园区安防巡逻", "产业园区、安防、巡逻")]
# A sector, site or organisation with no task: it could head any submission from that place.
PLACE_WITHOUT_TASK = ["港口机器人应用", "酒店人形机器人示范", "物业四足机器人", "高校具身智能实训",
                      "变电站机器人应用", "智慧电厂机器人应用", "人形机器人走进校园"]
# Policy slogans, placeholders, regions and phases are no content, task or not.
SLOGAN_PLACEHOLDER_REGION_PHASE = [
    "降本增效机器人应用", "数实融合示范", "AI+制造示范", "双碳目标下的机器人应用", "具身智能点亮智造未来",
    "人形机器人走进千家万户", "数字孪生工厂", "某集团人形机器人应用", "XX股份公司具身智能产线",
    "我司人形机器人试点", "苏南地区机器人示范", "长三角人形机器人协同示范", "西北区域四足机器人巡检",
    "人形机器人应用二期", "具身智能实训第一批",
]
# A place or object with a task stays specific, whatever the sector, including a specific
# process step after a sector word (锂电涂布) and a task only a single verb character states.
TASK_ON_OBJECT_OR_PLACE = [
    "酒店客房铺床", "鸡舍捡蛋", "钢筋绑扎", "景区导览", "病房床旁护理", "高空玻璃幕墙清洗", "锂电涂布",
    "钢铁连铸", "汽车冲压", "半导体刻蚀", "XX电厂煤场盘点", "Hospital medicine delivery",
    "汽车涂装", "人形机器人汽车总装", "3C产品装配",
]
# A site or an organisation, with nothing but generic words after it, names where many
# scenarios could be (QA: 焊装车间, 理想汽车常州基地, a company's full name).
SITE_OR_ORGANISATION = ["理想汽车常州基地", "冲压车间", "铸造车间",
                        "连云港新东方国际货柜码头有限公司", "江苏沙钢集团有限公司", "比亚迪常州工厂",
                        "无锡先导智能装备股份有限公司", "常州检测技术有限公司",
                        "国网江苏省电力有限公司检修分公司", "苏州恒远搬运设备制造有限公司",
                        "物流园区机器人应用"]
# The workshops of a vehicle plant are named by their process; their 装 states no task, unless
# the process closes the name (汽车涂装, in TASK_ON_OBJECT_OR_PLACE).
WORKSHOP_WITHOUT_TASK = ["汽车总装智能化示范", "汽车焊装示范", "焊装车间",
                         "总装车间具身智能实训场景"]
# A site or workshop followed by what is done there stays specific, a broad task included.
SITE_THEN_TASK = ["焊装车间焊点质量目视检查", "总装线轮胎螺母预紧", "焊装线上下料", "钢厂巡检",
                  "社区养老中心助餐送餐服务", "污水处理厂格栅清渣", "宁德时代溧阳基地电芯搬运",
                  "港口集团岸桥锁销拆装"]
# A task and its object before the site: the site says where it is done.
TASK_THEN_SITE = ["电池包插接测试车间", "变电站巡检实训基地", "汽车零部件焊接车间", "发动机装配车间",
                  "手机组装厂", "电池模组搬运企业级应用", "变电站智能巡检集团级应用",
                  "危化品仓库巡检集团化应用"]
# Four characters of content or more pass even when the task is one the lists lack.
UNLISTED_TASK = ["隧道掌子面凿岩机定位", "药店夜间售药", "牛舍饲料推送", "机柜门开合", "餐厅传菜",
                 "铝锭浇铸后扒渣", "Wafer cassette transfer"]


def _accuracy(cases) -> float:
    right = sum((scenario_name_problem(c["name"]) is not None) == c["generic"] for c in cases)
    return right / len(cases)


@pytest.mark.parametrize("case", CORPUS, ids=[c["name"] for c in CORPUS])
def test_corpus_name_is_judged_as_labelled(case):
    assert (scenario_name_problem(case["name"]) is not None) is case["generic"]


def test_corpus_accuracy_is_at_least_90_percent():
    assert _accuracy(CORPUS) >= 0.9


def test_shared_corpus_accuracy_is_at_least_90_percent():
    if not SHARED_CORPUS.exists():
        pytest.skip(f"{SHARED_CORPUS} is absent (clean checkout); tests/data holds a copy")
    assert _accuracy(json.loads(SHARED_CORPUS.read_text(encoding="utf-8"))["names"]) >= 0.9


@pytest.mark.parametrize("name", GENERIC)
def test_name_of_generic_words_only_is_rejected_with_a_suggestion(name):
    problem = scenario_name_problem(name)
    assert problem is not None
    assert "过于笼统" in problem
    # a broad task without its object is told what to add (机器人搬运: 例如“轮胎搬运”)
    assert (problem.endswith(SUGGESTION + "“变电站四足机器人夜间巡检”。")
            or re.search(r"请写明对什么、在哪里\w+，例如“\w+”。$", problem))


@pytest.mark.parametrize("name", SPECIFIC)
def test_name_with_concrete_object_or_task_is_accepted(name):
    assert scenario_name_problem(name) is None


@pytest.mark.parametrize("name", THING_HOLDING_A_GENERIC_WORD)
def test_a_thing_whose_name_holds_a_generic_word_is_content(name):
    assert scenario_name_problem(name) is None


@pytest.mark.parametrize(("name", "words"), GENERIC_HOLDING_A_GENERIC_WORD)
def test_a_generic_site_or_category_is_named_whole_as_generic(name, words):
    assert scenario_name_problem(name).startswith(f"场景名称“{name}”过于笼统：只有“{words}”这类通用词")


@pytest.mark.parametrize("name", PLACE_WITHOUT_TASK)
def test_place_or_sector_without_a_task_is_asked_for_the_task(name):
    assert scenario_name_problem(name) == (
        f"场景名称“{name}”过于笼统：没有写明机器人具体做什么（如巡检、搬运、拧紧、上下料、分拣、导诊）。"
        + SUGGESTION + "“变电站四足机器人夜间巡检”。")


@pytest.mark.parametrize("name", SITE_OR_ORGANISATION)
def test_name_of_a_site_or_organisation_is_asked_for_the_task(name):
    assert scenario_name_problem(name) == (
        f"场景名称“{name}”过于笼统：只写了场所或单位，没有写明机器人在那里具体做什么"
        "（如巡检、搬运、拧紧、上下料、分拣、导诊）。" + SUGGESTION + "“变电站四足机器人夜间巡检”。")


@pytest.mark.parametrize("name", WORKSHOP_WITHOUT_TASK)
def test_workshop_named_by_its_process_is_asked_for_the_task(name):
    assert "没有写明机器人具体做什么" in scenario_name_problem(name)


@pytest.mark.parametrize("name", SITE_THEN_TASK)
def test_site_or_workshop_followed_by_its_task_is_accepted(name):
    assert scenario_name_problem(name) is None


@pytest.mark.parametrize("name", TASK_THEN_SITE)
def test_task_and_object_before_the_site_are_accepted(name):
    assert scenario_name_problem(name) is None


@pytest.mark.parametrize("name", SLOGAN_PLACEHOLDER_REGION_PHASE)
def test_slogan_placeholder_region_or_phase_is_not_content(name):
    assert "过于笼统" in scenario_name_problem(name)


@pytest.mark.parametrize("name", TASK_ON_OBJECT_OR_PLACE + UNLISTED_TASK)
def test_task_on_an_object_or_place_is_accepted(name):
    assert scenario_name_problem(name) is None


def test_slogans_and_placeholders_are_quoted_as_generic_words():
    problem = scenario_name_problem("XX集团数智化转型样板线（一期）")
    assert problem.startswith("场景名称“XX集团数智化转型样板线（一期）”过于笼统：只有“集团、数智化、转型、样板线”")


@pytest.mark.parametrize("name", ["巡检", "实训", "分拣", "  ", ""])
def test_too_short_name_is_rejected(name):
    assert "太短" in scenario_name_problem(name)


def test_reason_quotes_the_generic_words_found():
    problem = scenario_name_problem("工业产线实训")
    assert problem.startswith("场景名称“工业产线实训”过于笼统：只有“工业、产线、实训”这类通用词")


def test_name_without_any_content_says_so_without_listing_words():
    assert scenario_name_problem("XX-001").startswith("场景名称“XX-001”看不出具体的对象和任务。")


# A sentence of 预期成效 or 技术指标 typed a question early: no name, whatever its words.
RESULT_OR_INDICATOR = [
    ("替代2名测试工人，测试效率提升30%", "预期成效"), ("替代2名测试工人", "预期成效"),
    ("年节约人工成本60万元", "预期成效"), ("减少人工3人", "预期成效"), ("降低能耗20%", "预期成效"),
    ("定位精度±0.5mm", "技术指标"), ("单次插拔节拍≤15秒", "技术指标"),
    ("识别准确率不低于98%，插接位置精度≤±0.5mm", "技术指标"),
    ("减少2名工人，实现铸件去毛刺", "预期成效"), ("效率提升30%，推广至全部拧紧岛", "预期成效"),
    ("年节约成本100万元，推广至8个去毛刺单元", "预期成效"),
]
# Names hold figures, of a voltage, a count, a level, a unit's number, even what they bring.
NAMES_WITH_FIGURES = [
    "10kV变电站巡检", "500千伏变电站智能巡检", "汽车总装车间轮胎搬运", "锂电池PACK线上下料",
    "24小时无人值守机房巡检", "半导体晶圆盒搬运（洁净度ISO 5级）", "2号高炉炉前作业",
    "7×24小时变电站巡检", "±800kV换流站阀厅巡检", "精度0.02mm精密零件装配", "每小时2000件快递分拣",
    "电池包插接（定位精度±0.5mm）", "效率提升30%的电池测试插接", "替代3名工人的电池包插接",
    "效率提升30%电池测试插接",
    # What they bring, then the task, then the words names close with.
    "替代4名工人的注塑机上下料项目", "效率提升30%的电池测试插接应用", "节省人力50%的仓储分拣示范",
    "替代3名工人的四足机器人巡检平台", "节拍提升20%的发动机缸体装配线",
    "效率提升30%的电池测试插接工作站", "效率提升30%的电池测试插接（一期）",
    "效率提升30%的电池测试插接—人形机器人", "减少2名工人的铸件去毛刺单元",
    "替代3名工人的焊接机器人工作单元", "替代2名工人的码垛产线", "减少4名工人的电池包拧紧岛",
    "年节约200万元的智慧港口集装箱绑扎",
    # The task first, what it brings in an aside.
    "发动机装配（节拍提升20%）", "夜间巡检（替代3名保安）", "变电站巡检(减少人工3名)",
    "轮胎搬运-减少2人", "仓储分拣——替代4人", "仓储分拣，替代4名工人",
]


@pytest.mark.parametrize(("name", "part"), RESULT_OR_INDICATOR)
def test_a_result_or_indicator_sentence_is_no_name(name, part):
    assert scenario_name_problem(name) == (
        f"“{name}”读来是场景描述中的{part}，不是场景名称。请只发送场景名称，"
        + SUGGESTION + "“变电站四足机器人夜间巡检”。")


@pytest.mark.parametrize("name", NAMES_WITH_FIGURES)
def test_a_name_with_figures_is_accepted(name):
    assert scenario_name_problem(name) is None
