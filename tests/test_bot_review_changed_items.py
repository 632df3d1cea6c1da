"""A decision pressed on a card drawn before the entry changed is refused naming the items
that changed since, read from the answers' history, so nobody approves content they did not
read; the general words where the history cannot tell."""

from dataclasses import replace

from click.testing import CliRunner

from bot.cli import main
from exports.writer import export_rows
from flows.draft import Status
from flows.review import CHANGED_SINCE_CARD, OUTDATED
from flows.review_history import outdated_text
from tests.coordinators import seed, sent_to
from tests.fake_bot_api import FakeUser, texts


async def test_approving_from_a_card_the_engineer_changed_since_names_the_changed_items(
    services, province, suzhou, app, telegram
):
    entry = seed(services, 11)
    await province.send(f"/review {entry}")
    old_card, approve = province.find_button("✅ 通过")
    await suzhou.send(f"/review {entry}")
    await suzhou.press("↩️ 退回修改")
    await suzhou.send("台数和名称请核实。")
    await suzhou.press("📨 发送退回")
    engineer = FakeUser(app, telegram, 11, "工程师11")
    await engineer.press("✏️ 去修改")
    await engineer.press("✏️ 10 部署总数")
    await engineer.send("6台")
    await engineer.press("✏️ 3 场景名称")
    await engineer.send("恒远工厂电池包下线测试—柔性插接")
    await engineer.press("✅ 提交")
    calls = await province.press_data(approve, old_card.message_id)
    assert texts(calls)[-2] == ("这张卡片发出后，以下项目有修改：场景名称、部署总数。"
                                "请查看下面的最新内容后再审核。")
    assert "10. 部署总数：6台" in texts(calls)[-1]
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED
    assert sent_to(telegram, 11, calls) == []


async def test_deciding_from_a_card_an_import_update_changed_since_names_the_changed_items(
    services, suzhou, settings, tmp_path, telegram
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    old_card, approve = suzhou.find_button("✅ 通过")
    _, start_return = suzhou.find_button("↩️ 退回修改", old_card.message_id)
    stored = services.reviews.store.entry(entry).answers
    export_rows([{**stored, "expected_results": "效率提升50%", "deployment_count": 12}],
                tmp_path / "plan.xlsx")
    result = CliRunner().invoke(
        main, ["import", str(tmp_path / "plan.xlsx"), "--update", "--db", str(settings.db)])
    assert f"已更新场景 #{entry}" in result.output
    changed = CHANGED_SINCE_CARD.format(items="场景描述与关键技术要求（预期成效）、部署总数")
    for button in (approve, start_return):
        calls = await suzhou.press_data(button, old_card.message_id)
        assert texts(calls)[-2] == changed
        assert "10. 部署总数：12台" in texts(calls)[-1]
    assert services.reviews.store.entry(entry).info.status == Status.SUBMITTED
    assert services.reviews.store.pending(suzhou.id) is None
    assert sent_to(telegram, 11, calls) == []


async def test_a_card_drawn_before_revisions_were_logged_is_told_the_general_words(
    services, suzhou
):
    entry = seed(services, 11)
    await suzhou.send(f"/review {entry}")
    old_card, approve = suzhou.find_button("✅ 通过")
    # As a file upgraded from schema v11 holds them: no line says its revision.
    services.reviews.store.db.execute("update events set revision = null")
    store = services.intake.store
    before = store.load(entry)
    store.save(before, replace(before, answers={**before.answers, "deployment_count": 6}),
               {"deployment_count": 6}, 11)
    calls = await suzhou.press_data(approve, old_card.message_id)
    assert texts(calls)[-2] == OUTDATED
    assert "10. 部署总数：6台" in texts(calls)[-1]


def test_an_outdated_card_whose_items_read_the_same_is_told_the_general_words(services):
    survey = services.reviews.survey
    assert outdated_text(survey, None) == OUTDATED
    assert outdated_text(survey, {}) == OUTDATED
    assert outdated_text(survey, {"indicator_gap": ("是", None)}) == OUTDATED  # shows in no cell
    assert outdated_text(survey, {"makers": (["甲公司"], ["乙公司"]),
                                  "city": ("苏州市", "无锡市")}) == CHANGED_SINCE_CARD.format(
        items="用户单位（所在城市）、创新应用联合体成员（整机企业）")
