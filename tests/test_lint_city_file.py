"""`lint` of a city's own file (all its rows in the city, its name naming the city) gives
the notice's minimums for reference only: they are the province's to meet, not the city's. A
file that may be the province's is still held to them."""

import os

from click.testing import CliRunner

from bot.cli import main
from tests.coordinators import seed
from tests.scenarios import scenario_answers


async def exported(user, *presses: str):
    """The file /export sends after these presses, with the name it is sent under."""
    await user.send("/export")
    for label in presses[:-1]:
        await user.press(label)
    calls = await user.press(presses[-1])
    [document] = [c for c in calls if c.endpoint == "sendDocument"]
    [(part, name)] = document.filenames.items()
    return name, document.files[part]


def lint(tmp_path, monkeypatch, name: str, content: bytes):
    """`lint` of the file saved under `name`, run as an operator runs it."""
    (tmp_path / name).write_bytes(content)
    monkeypatch.chdir(tmp_path)
    for variable in [n for n in os.environ if n.startswith("INTAKE_")]:
        monkeypatch.delenv(variable)
    return CliRunner().invoke(main, ["lint", str(tmp_path / name)])


def wuxi_rows(services) -> None:
    for index in range(7):
        seed(services, 100 + index, **scenario_answers(
            index, city="无锡市", enterprise=f"无锡第{index}机械有限公司"))


async def test_lint_of_a_citys_export_gives_the_provinces_minimums_for_reference_only(
        services, wuxi, tmp_path, monkeypatch):
    wuxi_rows(services)
    name, content = await exported(wuxi, "全部")
    result = lint(tmp_path, monkeypatch, name, content)
    lines = result.output.splitlines()
    start = lines.index("本文件的场景都在无锡市；通知的数量要求针对全省，以下仅供参考：")
    assert lines[start + 1] == "ℹ️ 不少于 20 个：还差 13 个"
    assert lines[start + 2].startswith("ℹ️ 至少覆盖 2 类场景类型：已覆盖 ")
    assert "❌" not in result.output
    assert result.exit_code == 0  # the minimums never set the exit code


async def test_lint_of_the_provinces_export_of_one_citys_rows_still_holds_it_to_the_minimums(
        services, province, tmp_path, monkeypatch):
    wuxi_rows(services)
    name, content = await exported(province, "全部", "全省")
    output = lint(tmp_path, monkeypatch, name, content).output
    assert "❌ 不少于 20 个：还差 13 个" in output.splitlines()
    assert "仅供参考" not in output


async def test_lint_of_a_file_named_for_a_city_with_rows_of_two_cities_holds_it_to_the_minimums(
        services, province, tmp_path, monkeypatch):
    wuxi_rows(services)
    seed(services, 200, **scenario_answers(15, city="苏州市"))
    _, content = await exported(province, "全部", "全省")
    output = lint(tmp_path, monkeypatch, "无锡市场景.xlsx", content).output
    assert "❌ 不少于 20 个：还差 12 个" in output.splitlines()
    assert "仅供参考" not in output


async def test_lint_of_one_citys_rows_in_a_file_named_for_no_city_holds_it_to_the_minimums(
        services, province, tmp_path, monkeypatch):
    """Such a file may be the province's, early on: its minimums are the province's to meet."""
    wuxi_rows(services)
    _, content = await exported(province, "全部", "全省")
    output = lint(tmp_path, monkeypatch, "报送.xlsx", content).output
    assert "❌ 不少于 20 个：还差 13 个" in output.splitlines()
