"""`scenario-intake lint` on a file the bot exported: it names rows as the export's notes do,
and where the file cannot carry a coordinator's 不是同类场景 it says so, so its count and
/stats's never silently disagree."""

import os

from click.testing import CliRunner

from bot.cli import main
from bot.linting import NOT_IN_FILE
from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers


def lint(tmp_path, monkeypatch, calls) -> list[str]:
    """The lines `lint` prints for the one file sent, run as an operator runs it."""
    [document] = [c.files["document"] for c in calls if c.endpoint == "sendDocument"]
    (tmp_path / "plan.xlsx").write_bytes(document)
    monkeypatch.chdir(tmp_path)
    for name in [n for n in os.environ if n.startswith("INTAKE_")]:
        monkeypatch.delenv(name)
    return CliRunner().invoke(main, ["lint", str(tmp_path / "plan.xlsx")]).output.splitlines()


async def export_all(province):
    await province.send("/export")
    await province.press("全部")
    return await province.press("全省")


async def test_lint_says_a_pair_judged_not_alike_in_the_bot_is_not_in_the_file(
        services, province, tmp_path, monkeypatch):
    for index in [*range(16), 17, 18]:  # 18 scenarios apart
        seed(services, 100 + index, **scenario_answers(index, enterprise=f"苏州第{index}公司"))
    meal = seed(services, 11, **scenario_answers(16, enterprise="苏州颐养中心"))
    walk = seed(services, 12, **scenario_answers(
        16, enterprise="苏州颐养中心", scenario_name="社区养老中心助行陪护服务",
        pain_point="护理员少，老人行走陪护占用大量时间。",
        indicators="陪护准时率不低于98%，每日服务老人不少于60位"))
    await province.send(f"/review {walk}")
    await province.press(f"与 #{meal} 不是同类场景")
    assert "✅ 不少于 20 个：已达到" in texts(await province.send("/stats"))[-1]
    lines = lint(tmp_path, monkeypatch, await export_all(province))
    assert "第 23 行（序号 20） 社区养老中心助行陪护服务" in lines
    assert ("  ≈ 与第 22 行（序号 19）高度相似，按填写说明 5 只按 1 项计算"
            in lines)
    assert f"重点场景（相似场景按 1 项计）：19 个（{NOT_IN_FILE}，可能多于此数）" in lines
    assert "❌ 不少于 20 个：还差 1 个（20 个场景中 1 个与其他场景高度相似，按 1 项计）" in lines


async def test_lint_names_alike_rows_as_the_exports_note_does(
        services, province, tmp_path, monkeypatch):
    seed(services, 100, **scenario_answers(0))
    seed(services, 101, **scenario_answers(15))
    seed(services, 102, **scenario_answers(0, enterprise="南通恒远机械有限公司"))
    calls = await export_all(province)
    name = scenario_answers(0)["scenario_name"]
    assert (f"⚠️ 相似场景未标记为重复：第 4 行（序号 1） {name} ≈ 第 6 行（序号 3） {name}"
            in texts(calls)[-1])
    lines = lint(tmp_path, monkeypatch, calls)
    assert f"第 4 行（序号 1） {name}" in lines and f"第 6 行（序号 3） {name}" in lines
    assert "  ≈ 与第 6 行（序号 3）高度相似，按填写说明 5 只按 1 项计算" in lines


async def test_lint_of_a_file_without_alike_rows_says_nothing_of_the_bots_judgements(
        services, province, tmp_path, monkeypatch):
    seed(services, 100, **scenario_answers(0))
    seed(services, 101, **scenario_answers(15))
    output = "\n".join(lint(tmp_path, monkeypatch, await export_all(province)))
    assert "重点场景（相似场景按 1 项计）：2 个\n" in output + "\n"
    assert NOT_IN_FILE not in output
