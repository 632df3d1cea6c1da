"""The export reply names the rows a coordinator sees in /review that the file leaves out:
returned ones (in no exported status), and, in a file of every status (全部), the rows still
awaiting review, which would make the notice's counts look met before they are."""

from flows.draft import Status
from tests.fake_bot_api import texts
from tests.test_cli_data import seed
from tests.test_export import answers
from tests.test_export_bot import coordinator

RETURNED = "另有 1 个已退回待修改的场景未导出：填报人修改后重新提交，才能导出。"


async def exported(boss, status: str, scope: str = "全省") -> str:
    await boss.send("/export")
    await boss.press(status)
    calls = await boss.press(scope)
    return texts(calls)[-1]


async def test_a_returned_row_alone_is_named_when_nothing_is_exported(app, telegram, services):
    seed(services, answers(1), Status.RETURNED)
    boss = coordinator(app, telegram, services, 2001)
    assert await exported(boss, "已通过") == (
        "没有可导出的场景（状态：已通过，范围：全省），未生成文件。" + RETURNED)


async def test_a_returned_row_is_named_beside_the_rows_exported(app, telegram, services):
    seed(services, answers(1))
    seed(services, answers(2), Status.RETURNED)
    boss = coordinator(app, telegram, services, 2001)
    text = await exported(boss, "全部")
    assert text.splitlines()[0] == "已导出 1 个场景（状态：已提交待审核、已通过，范围：全省）。" + RETURNED


async def test_another_citys_returned_row_is_not_counted_for_a_city_coordinator(
        app, telegram, services):
    seed(services, answers(1))
    seed(services, answers(2, city="无锡市"), Status.RETURNED)
    boss = coordinator(app, telegram, services, 2002, "苏州市")
    await boss.send("/export")
    calls = await boss.press("已通过")
    text = texts(calls)[-1]
    assert "已退回" not in text


async def test_rows_awaiting_review_in_a_file_of_every_status_are_counted(
        app, telegram, services):
    seed(services, answers(1))
    seed(services, answers(2), Status.SUBMITTED)
    boss = coordinator(app, telegram, services, 2001)
    text = await exported(boss, "全部")
    assert text.splitlines()[0] == ("已导出 2 个场景（状态：已提交待审核、已通过，范围：全省）。"
                                    "其中 1 个尚待审核：报送的文件请导出“已通过”的场景。")
    assert "尚待审核" not in await exported(boss, "已提交")
