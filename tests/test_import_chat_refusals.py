"""Cells the chat refuses for what another answer says (a 场景名称 that is the unit's short name, a
细分方向 that is the 所属行业 again) are refused by `import` and `lint` too, and the chat's words
(没有保存, buttons, steps) are not in what they say."""

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from bot.cli import main
from bot.services import build_services
from bot.settings import Settings
from exports.writer import export_rows
from tests.test_export import answers
from tests.test_import import CHAT_WORDS

UNIT = "苏州市/苏州恒远动力电池有限公司"
INDICATORS = "识别准确率不低于98%，单次节拍≤15秒，作业成功率不低于99%"


def plan(tmp_path, cells: dict[str, str]):
    """An exported row with `cells` (C4, E4…) typed over, as a coordinator edits the file."""
    path = tmp_path / "plan.xlsx"
    export_rows([answers(1, indicators=INDICATORS, expected_results="减少搬运工2人，效率提升30%")],
                path)
    workbook = load_workbook(path)
    for at, cell in cells.items():
        workbook.active[at] = cell
    workbook.save(path)
    return path


def imported(tmp_path, cells: dict[str, str]) -> tuple[str, dict]:
    """What `import` says of the row, and the answers it stored."""
    db = tmp_path / "intake.db"
    result = CliRunner().invoke(main, ["import", str(plan(tmp_path, cells)), "--db", str(db)])
    entries = build_services(Settings(db=db, _env_file=None)).reviews.store.entries()
    return result.output, entries[0].answers if entries else {}


@pytest.mark.parametrize("name", ["苏州恒远", "恒远动力电池", "苏州恒远动力电池"])
def test_a_scenario_named_as_the_units_short_name_is_refused(tmp_path, name):
    output, stored = imported(tmp_path, {"C4": UNIT, "D4": name})
    assert output.splitlines()[:2] == [
        "第 4 行：拒绝",
        f"  · 场景名称：“{name}”像是用户单位“苏州恒远动力电池有限公司”的简称，不是场景名称。"
        "场景名称要写机器人在那里做什么，建议写成“对象+具体任务”，"
        "如“XX工厂电池测试—柔性插接”“变电站四足机器人夜间巡检”。",
    ]
    assert stored == {}


@pytest.mark.parametrize(("cell", "name"), [
    ("汽车制造/汽车制造", "汽车制造"), ("电力\n电力", "电力"), ("行业：电力，方向：电力", "电力")])
def test_a_direction_repeating_the_industry_is_refused(tmp_path, cell, name):
    output, stored = imported(tmp_path, {"E4": cell})
    assert output.splitlines()[:2] == [
        "第 4 行：拒绝",
        f"  · 行业/方向：“{name}”是已填的所属行业，不是细分方向。细分方向只写方向名称，"
        "如“汽车制造/动力电池”；没有就只写所属行业。",
    ]
    assert stored == {}


@pytest.mark.parametrize("cells", [{"E4": "电力/电力"}, {"C4": UNIT, "D4": "苏州恒远"}])
def test_lint_refuses_them_as_import_does(tmp_path, cells):
    lint = CliRunner().invoke(main, ["lint", str(plan(tmp_path, cells))])
    assert lint.exit_code == 1
    column = "行业/方向" if "E4" in cells else "场景名称"
    assert f"  ❌ {column}：“" in lint.output


@pytest.mark.parametrize(("cells", "reason"), [
    ({"C4": "苏州市/Suzhou"},
     "用户单位：“Suzhou”像是地名的拼音，不是用户单位的名称。所在城市写在“/”之前；"
     "请填写用户单位全称（与营业执照一致），例如“XX电池有限公司”。"),
    ({"C4": "苏州市/比亚迪（盖章）"},
     "用户单位：“比亚迪”太短（“（盖章）”不是名称的一部分），不是单位的全称。"
     "请填写用户单位全称（与营业执照一致），例如“XX电池有限公司”。"),
    ({"E4": "社区食堂/餐食配送"},
     "行业/方向：“社区食堂”像是场景所在的场所，不是行业名称。场所可以写进场景名称；本列请填写场景"
     "所属的行业，如“餐饮服务”“商贸零售”“养老服务”“医疗卫生”“交通运输”。"),
    ({"L4": "模型算法：哈工大"},
     "可规模推广的其他标志性技术产品：“哈工大”读来是单位名称（高校或科研院所的简称），不是产品名称："
     "本列要填的是产品（算法、平台、关键部件），不是企业或单位。"
     "参与的单位请写在“创新应用联合体成员”一列。"),
    ({"F4": "轮胎单重25kg，人工搬运劳动强度大。\n技术指标：-20℃\n预期成效：减少搬运工2人"},
     "场景描述与关键技术要求：技术指标：需要文字说明，不能只填数字或符号。"),
    ({"F4": "轮胎单重25kg，人工搬运劳动强度大。\n技术指标：275TOPS\n预期成效：减少搬运工2人"},
     "场景描述与关键技术要求：未识别到量化指标：技术指标“275TOPS”是芯片或零部件的规格"
     "（写明“算力”才算指标，如“算力不低于200TOPS”），不能用来评估精度、效率或可靠性。"),
])
def test_refusals_are_worded_for_the_file(tmp_path, cells, reason):
    output, _ = imported(tmp_path, cells)
    assert output.splitlines()[:2] == ["第 4 行：拒绝", f"  · {reason}"]
    assert not CHAT_WORDS.search(output)


@pytest.mark.parametrize(("cells", "note"), [
    ({"C4": "苏州市/Siemens"},
     "用户单位“Siemens”只有外文字母：在国内登记的单位，营业执照上的名称是中文的"
     "（可含外文字母，如“ABB（中国）有限公司”），请核对是否为营业执照上的全称"),
    ({"I4": "整机企业（或应用服务商）：苏州第1机器人有限公司 其他：东南大学"},
     "整机企业“苏州第1机器人有限公司”也是本行的用户单位：整机企业（或应用服务商）一般是提供机器人的"
     "单位，请核对是否为用户单位自己的机器人"),
    ({"F4": "轮胎单重25kg，人工搬运劳动强度大。\n技术指标：" + INDICATORS + "\n预期成效：成功率提高到99.5%"},
     "预期成效“成功率提高到99.5%”读来是技术指标（要达到的数值），没有写部署后减少几人、"
     "效率提升多少、节省多少：如是指标请写在“技术指标：”之后，并写明预期成效"),
])
def test_what_the_chat_asks_about_is_kept_with_a_note(tmp_path, cells, note):
    output, stored = imported(tmp_path, cells)
    assert output.splitlines()[:2] == ["第 4 行：已导入为场景 #1", f"  · {note}"]
    assert stored
    lint = CliRunner().invoke(main, ["lint", str(plan(tmp_path, cells))])
    assert f"  ⚠️ {note}" in lint.output.splitlines()
