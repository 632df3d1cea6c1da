"""The vague-name check on 场景名称 (flows/names.py), 填写说明 3."""

import json
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
    assert problem.endswith(SUGGESTION + "“变电站四足机器人夜间巡检”。")


@pytest.mark.parametrize("name", SPECIFIC)
def test_name_with_concrete_object_or_task_is_accepted(name):
    assert scenario_name_problem(name) is None


@pytest.mark.parametrize("name", ["巡检", "实训", "分拣", "  ", ""])
def test_too_short_name_is_rejected(name):
    assert "太短" in scenario_name_problem(name)


def test_reason_quotes_the_generic_words_found():
    problem = scenario_name_problem("工业产线实训")
    assert problem.startswith("场景名称“工业产线实训”过于笼统：只有“工业、产线、实训”这类通用词")


def test_name_without_any_content_says_so_without_listing_words():
    assert scenario_name_problem("XX-001").startswith("场景名称“XX-001”看不出具体的对象和任务。")
