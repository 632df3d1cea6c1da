"""A municipality's deployment (上海市经济和信息化委员会 with its districts) speaks of 本市, 市级,
区 and 外地 wherever a province's speaks of 本省, 省级, 设区市 and 省外."""

import os

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.file_checks import file_problems
from bot.settings import Settings
from exports.writer import export_rows
from flows.configuration import configure
from flows.navigation import Questionnaire
from storage.schema import open_database
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, seed, sent_to
from tests.deployments import deployment
from tests.fake_bot_api import FakeUser, texts
from tests.test_export import answers

OWN = "上海市经济和信息化委员会"
DISTRICTS = ("浦东新区", "闵行区", "嘉定区")
PROVINCE_WORDS = ("本省", "省级", "设区市", "省外", "全省")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return deployment(tmp_path, OWN, ",".join(DISTRICTS))


def province_words_in(text: str) -> list[str]:
    return [word for word in PROVINCE_WORDS if word in text]


async def test_help_speaks_of_the_municipality_its_districts_and_scenarios_elsewhere(engineer):
    prepare = texts(await engineer.send("/help"))[1]
    assert "1. 报送单位：本市场景确认默认的市级工业和信息化主管部门" in prepare
    assert "及所在区；" in prepare
    assert "12. 本市企业在外地布局建设的场景也可填报" in prepare
    assert province_words_in(prepare) == []


async def test_the_submitting_unit_example_is_the_configured_commission(engineer):
    shown = texts(await engineer.send("/start"))
    assert "💡 例：上海市经济和信息化委员会 / XX中央企业" in shown[-1]
    assert "工业和信息化厅" not in shown[-1]


@pytest.mark.parametrize("typed", ["上海市科委", "工信部", "江苏省工业和信息化厅", "市经信委"])
async def test_another_unit_at_step_one_is_told_the_municipality_hands_its_scenarios_in(
        engineer, typed):
    await engineer.send("/start")
    refusal = texts(await engineer.send(typed))[0]
    assert "市级" in refusal or "上海市经济和信息化委员会" in refusal
    assert province_words_in(refusal) == []


async def test_another_commission_is_not_this_municipalitys_submitting_unit(engineer):
    await engineer.send("/start")
    refusal = texts(await engineer.send("上海市科学技术委员会"))[0]
    assert refusal.startswith("“上海市科学技术委员会”不是本市场景的报送单位。"
                              "本市场景由市级工信主管部门报送，请填“上海市经济和信息化委员会”")


def survey() -> Questionnaire:
    return Questionnaire(configure(OWN, DISTRICTS))


def test_a_file_row_of_another_commission_is_told_the_municipality_hands_its_scenarios_in():
    problems = dict(file_problems(survey(), {**answers(1), "submitting_unit": "上海市科委"}))
    assert "本市场景由市级工信主管部门报送" in problems["报送单位"]
    assert province_words_in(problems["报送单位"]) == []


def test_a_file_row_of_a_district_not_configured_is_told_to_write_a_listed_one_not_press():
    row = {**answers(1), "city": "徐汇区", "enterprise": "上海星辰机器人有限公司"}
    problem = dict(file_problems(survey(), row))["用户单位"]
    assert "“徐汇区”不在本市的区（县）名单中" in problem and "不是本市的区" not in problem
    assert "本市场景请写所在的区" in problem and "点击" not in problem


@pytest.fixture
def cast(app, telegram):
    """The municipality's coordinator and the 浦东新区 one."""
    services = app.bot_data["services"]
    services.reviews.people.add_coordinator(PROVINCE_ID)
    services.reviews.people.add_coordinator(SUZHOU_ID, "浦东新区")
    return (services, FakeUser(app, telegram, PROVINCE_ID, "市经信委王处"),
            FakeUser(app, telegram, SUZHOU_ID, "浦东新区李科"))


def seeded(services, owner_id: int, city: str) -> int:
    return seed(services, owner_id, submitting_unit=OWN, city=city)


async def test_a_card_of_a_scenario_elsewhere_says_outside_the_municipality(cast):
    services, municipal, _ = cast
    elsewhere = seeded(services, 11, "苏州市")
    card = texts(await municipal.send(f"/review {elsewhere}"))[-1]
    assert "苏州市/苏州恒远电池有限公司（外地布局，填写说明 12）" in card.splitlines()[0]
    assert "省外" not in card


async def test_the_municipal_stats_mark_a_city_elsewhere_as_outside_and_say_whole_municipality(
        cast):
    services, municipal, _ = cast
    seeded(services, 11, "苏州市")
    seeded(services, 12, "浦东新区")
    report = texts(await municipal.send("/stats"))[-1]
    assert "范围：全市" in report and "\n按区：苏州市 1（外地布局）\n" in report
    assert province_words_in(report) == []


async def test_a_district_coordinators_stats_are_the_districts_share_of_the_municipality(cast):
    services, _, district = cast
    seeded(services, 11, "浦东新区")
    report = texts(await district.send("/stats"))[-1]
    assert "通知要求全市不少于 20 个重点场景" in report
    assert "由市级协调员汇总；以上为本区的贡献。" in report
    assert province_words_in(report) == []
    refusal = texts(await district.send("/stats 闵行区"))[-1]
    assert refusal == "您是浦东新区的协调员，只能查看本区的统计，请发送 /stats。"


async def test_the_municipal_coordinator_asking_for_a_district_not_configured_is_told_the_districts(
        cast):
    _, municipal, _ = cast
    refusal = texts(await municipal.send("/stats 徐汇区"))[-1]
    assert refusal.startswith("“徐汇区”不在本市的区名单中，请发送 /stats 查看全市，或 /stats 区名查看一个区")


@pytest.mark.parametrize("typed", ["全市", "全省", "上海市", "上海"])
async def test_the_municipal_coordinator_asking_for_the_whole_municipality_sees_it(cast, typed):
    services, municipal, _ = cast
    seeded(services, 11, "浦东新区")
    report = texts(await municipal.send(f"/stats {typed}"))[-1]
    assert "范围：全市" in report and "不在本市的区名单中" not in report


async def test_a_district_coordinator_asking_for_the_whole_municipality_is_kept_to_the_district(
        cast):
    _, _, district = cast
    refusal = texts(await district.send("/stats 全市"))[-1]
    assert refusal == "您是浦东新区的协调员，只能查看本区的统计，请发送 /stats。"


async def test_the_municipal_export_offers_and_names_the_whole_municipality(cast):
    services, municipal, _ = cast
    seeded(services, 11, "浦东新区")
    await municipal.send("/export")
    await municipal.press("全部")
    assert municipal.last_buttons()[0] == "全市"
    calls = await municipal.press("全市")
    assert "范围：全市" in "\n".join(texts(calls))
    [sent] = [c for c in calls if c.endpoint == "sendDocument"]
    assert "_全市_含待审核_" in list(sent.filenames.values())[0]


@pytest.fixture
def shanghai_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("INTAKE_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("INTAKE_SUBMITTING_UNIT", OWN)
    monkeypatch.setenv("INTAKE_CITIES", ",".join(DISTRICTS))
    open_database(tmp_path / "c.db")


def test_the_cli_export_of_every_district_says_the_whole_municipality(shanghai_env):
    result = CliRunner().invoke(main, ["export", "--out", "a.xlsx", "--status", "all",
                                       "--db", "c.db"])
    assert "范围：全市" in result.output and "全省" not in result.output


def test_the_cli_export_of_a_district_not_configured_says_it_is_not_among_the_configured_ones(
        shanghai_env):
    result = CliRunner().invoke(main, ["export", "--out", "a.xlsx", "--city", "徐汇区",
                                       "--db", "c.db"])
    assert "“徐汇区”不在本市的区名单中（可选：浦东新区、闵行区、嘉定区）" in result.output


@pytest.mark.parametrize("typed", ["全市", "全省", "上海市", "上海"])
def test_the_cli_export_of_the_whole_municipality_by_name_exports_every_district(
        shanghai_env, typed):
    result = CliRunner().invoke(main, ["export", "--out", "a.xlsx", "--city", typed,
                                       "--status", "all", "--db", "c.db"])
    assert "范围：全市" in result.output and "无效" not in result.output


@pytest.fixture
def marked_across(cast):
    """#a in 浦东新区, #b in 闵行区, and #c in 浦东新区 marked a duplicate of #b."""
    services, _, _ = cast
    a = seeded(services, 11, "浦东新区")
    b = seeded(services, 12, "闵行区")
    c = seeded(services, 13, "浦东新区")
    services.reviews.store.mark_duplicate(c, b, PROVINCE_ID)
    return a, b, c


async def test_a_district_card_of_a_scenario_like_another_districts_leaves_it_to_the_municipal_coordinator(
        cast, marked_across):
    _, _, district = cast
    a, _, _ = marked_across
    card = texts(await district.send(f"/review {a}"))[-1]
    assert "与您审核范围外的 1 个场景高度相似，按填写说明 5 可能只按 1 项计算，由市级协调员判断。" in card
    assert province_words_in(card) == []


async def test_a_district_marking_onto_another_districts_scenario_is_told_the_municipal_coordinator_handles_it(
        cast, marked_across, telegram):
    _, _, district = cast
    a, b, _ = marked_across
    await district.send(f"/review {a}")
    calls = await district.press_data(f"x{a}.{b}", max(telegram.messages))
    assert texts(calls) == [f"#{b} 不在您的审核范围内，与它有关的重复标记请由市级协调员处理。"]


async def test_a_district_export_names_a_mark_onto_another_district_as_another_districts(
        cast, marked_across):
    _, _, district = cast
    _, b, c = marked_across
    await district.send("/export")
    said = "\n".join(texts(await district.press("全部")))
    assert f"它所重复的是其他区的场景，不在本区的文件中：#{c} → #{b}（闵行区）" in said
    assert "其他城市" not in said
    assert province_words_in(said) == []


async def test_the_municipal_export_and_stats_leave_central_enterprises_out_of_the_municipality(
        cast):
    services, municipal, _ = cast
    seeded(services, 11, "浦东新区")
    seed(services, 14, submitting_unit="中国电子科技集团有限公司", city="重庆市")
    report = texts(await municipal.send("/stats"))[-1]
    assert "中央企业报送的场景（不计入本市；" in report
    await municipal.send("/export")
    await municipal.press("全部")
    said = "\n".join(texts(await municipal.press("全市")))
    assert "各央企单独报送，不计入本市。市级协调员可在 /export 的范围中选择“中央企业”单独导出。" in said
    assert province_words_in(report + said) == []


async def test_a_district_return_lifting_a_mark_onto_another_district_leaves_it_to_the_municipal_coordinator(
        cast, marked_across, telegram):
    services, _, district = cast
    services.reviews.people.add_coordinator(WUXI_ID, "闵行区")
    _, b, c = marked_across
    await district.send(f"/review {c}")
    await district.press("↩️ 退回修改")
    await district.send("请核实台数。")
    calls = await district.press("📨 发送退回")
    said = "\n".join(texts(calls))
    assert f"本场景作为 #{b} 的重复的标记已随之取消；#{b} 不在您的审核范围内，由市级协调员重新判断。" in said
    [told] = sent_to(telegram, WUXI_ID, calls)
    assert told.endswith("是否仍按重复计算由市级协调员判断。")
    assert province_words_in(said) == []


def test_a_file_row_whose_submitting_unit_is_no_unit_is_told_to_write_the_municipal_department():
    problem = dict(file_problems(survey(), {**answers(1), "submitting_unit": "机器人"}))["报送单位"]
    assert "请填写市级工业和信息化主管部门或中央企业集团的全称" in problem
    assert province_words_in(problem) == []


def test_lint_of_a_file_with_a_central_enterprises_row_leaves_it_out_of_the_municipality(
        shanghai_env):
    export_rows([answers(1), answers(2, submitting_unit="中国电信集团有限公司")], "plan.xlsx")
    output = CliRunner().invoke(main, ["lint", "plan.xlsx"]).output
    assert "中央企业报送的场景（不计入本市；" in output
    assert province_words_in(output) == []


def test_lint_of_a_districts_file_gives_the_municipalitys_minimums_for_reference_only(shanghai_env):
    rows = [answers(n, submitting_unit=OWN, city="闵行区", enterprise=f"闵行第{n}机器人有限公司")
            for n in (1, 2)]
    export_rows(rows, "工作计划表_闵行区.xlsx")
    output = CliRunner().invoke(main, ["lint", "工作计划表_闵行区.xlsx"]).output
    assert "本文件的场景都在闵行区；通知的数量要求针对全市，以下仅供参考：" in output.splitlines()
    assert ("ℹ️ 不少于 20 个：还差 19 个（2 个场景中 1 个与其他场景高度相似，按 1 项计）"
            in output.splitlines())  # the two rows are alike
    assert province_words_in(output) == []
