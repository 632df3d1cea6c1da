"""What the import's reply asks of a coordinator, for a row imported as new beside the stored
scenario it corrects, can be done in the bot: reopen the old, approved entry and mark it as a
duplicate of the imported one, which alone is then exported."""

from click.testing import CliRunner

from bot.cli import main
from exports.writer import export_rows
from flows import actions
from flows.draft import Status
from tests.coordinators import PROVINCE_ID, revision_of, seed
from tests.scenarios import scenario_answers


async def test_the_old_entry_a_corrected_row_was_imported_beside_is_marked_onto_it(
        services, settings, province, tmp_path):
    old = seed(services, 11, **scenario_answers(0, enterprise="苏州星辰新能源科技有限公司"))
    services.reviews.act(PROVINCE_ID, actions.Approve(old, revision_of(services, old)))
    corrected = services.reviews.store.entry(old).answers | {
        "enterprise": "苏州星辰新能源科技股份有限公司"}
    export_rows([corrected], tmp_path / "plan.xlsx")
    result = CliRunner().invoke(main, ["import", str(tmp_path / "plan.xlsx"), "--update",
                                       "--db", str(settings.db)])
    assert f"在机器人中把旧的场景标记为 #{old + 1} 的重复" in result.output
    await province.send(f"/review {old}")
    await province.press("🔓 重新打开")
    await province.press(f"标记为 #{old + 1} 的重复")
    assert services.reviews.store.entry(old).duplicate_of == old + 1
    assert services.reviews.store.entry(old + 1).info.status == Status.SUBMITTED
