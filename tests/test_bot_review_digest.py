"""The coordinators' daily digest of submissions waiting for review, sent through the real
Application by the job the job queue runs every INTAKE_REMINDER_CHECK_MINUTES."""

from datetime import UTC, datetime

from telegram.ext import CallbackContext

from bot.app import send_digests
from bot.retrying import PAUSES
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, seed
from tests.fake_bot_api import texts

DIGEST = "您好！有 "
ENGINEER = 1001


async def check(app) -> None:
    await send_digests(CallbackContext(app))


def digests(telegram, chat_id: int) -> list[str]:
    return [c.params["text"] for c in telegram.calls if c.endpoint == "sendMessage"
            and c.params["chat_id"] == chat_id and c.params["text"].startswith(DIGEST)]


async def hourly(app, clock, days: int) -> None:
    for _ in range(days * 24):
        clock.advance(hours=1)
        await check(app)


def test_the_digest_is_checked_with_the_reminders(app):
    assert "send_digests" in [job.name for job in app.job_queue.jobs()]


async def test_coordinators_are_told_once_a_day_of_submissions_waiting_over_a_day(
        app, telegram, clock, services):
    seed(services, ENGINEER)
    seed(services, ENGINEER, city="无锡市", enterprise="无锡恒远电池有限公司")
    clock.advance(hours=23)
    await check(app)
    assert digests(telegram, PROVINCE_ID) == []
    clock.advance(hours=1, minutes=1)  # 11:01 the next day in Beijing
    await check(app)
    assert digests(telegram, SUZHOU_ID) == ["\n".join((
        "您好！有 1 个场景提交后已超过 24 小时仍待您审核，最早的已等待 1 天：",
        "#1 恒远工厂电池测试—柔性插接（苏州市，已等待 1 天）",
        "发送 /review 查看。",
    ))]
    assert digests(telegram, WUXI_ID)[0].splitlines()[1].startswith("#2 ")
    assert digests(telegram, PROVINCE_ID)[0].startswith("您好！有 2 个场景")
    clock.advance(hours=8)  # 19:01: the same day
    await check(app)
    assert len(digests(telegram, PROVINCE_ID)) == 1
    assert digests(telegram, ENGINEER) == []


async def test_entries_left_waiting_are_told_of_three_times_the_third_saying_so(
        app, telegram, clock, services):
    seed(services, ENGINEER)
    await hourly(app, clock, days=10)
    sent = digests(telegram, SUZHOU_ID)
    assert len(sent) == 3
    assert "最后一次" not in sent[1]
    assert sent[2].endswith("这是关于这些场景的最后一次每日提醒：之后不再提醒，除非又有场景提交。")


async def test_a_new_submission_starts_the_digest_again(app, telegram, clock, services):
    seed(services, ENGINEER)
    await hourly(app, clock, days=5)
    seed(services, ENGINEER, scenario_name="恒远工厂巡检")
    clock.advance(days=1, minutes=1)
    await check(app)
    sent = digests(telegram, SUZHOU_ID)
    assert len(sent) == 4
    assert sent[3].splitlines()[0].startswith("您好！有 2 个场景")


async def test_a_coordinators_own_submission_is_not_in_their_digest(app, telegram, clock,
                                                                    services):
    seed(services, SUZHOU_ID)
    clock.advance(days=1, minutes=1)
    await check(app)
    assert digests(telegram, SUZHOU_ID) == []
    assert "#1 恒远工厂电池测试—柔性插接" in digests(telegram, PROVINCE_ID)[0]


async def test_an_entry_reviewed_is_no_longer_told_of(app, telegram, clock, services, suzhou):
    seed(services, ENGINEER)
    await suzhou.send("/review 1")
    await suzhou.press("✅ 通过")
    clock.advance(days=1, minutes=1)
    await check(app)
    assert digests(telegram, SUZHOU_ID) == digests(telegram, PROVINCE_ID) == []


async def test_no_digest_from_eight_in_the_evening(app, telegram, clock, services):
    seed(services, ENGINEER)
    clock.now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 20:00 in Beijing
    await check(app)
    assert digests(telegram, SUZHOU_ID) == []
    clock.now = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)  # 09:00
    await check(app)
    assert len(digests(telegram, SUZHOU_ID)) == 1


async def test_a_digest_lost_to_the_network_is_sent_at_the_next_check(app, telegram, clock,
                                                                      services):
    seed(services, ENGINEER)
    clock.advance(days=1, minutes=1)
    telegram.refuse("sendMessage", 502, "Bad Gateway", chat_id=SUZHOU_ID, times=len(PAUSES) + 1)
    await check(app)
    assert digests(telegram, SUZHOU_ID) == []
    clock.advance(hours=1)
    await check(app)
    assert len(digests(telegram, SUZHOU_ID)) == 1


async def test_digests_are_not_listed_in_the_history(app, telegram, clock, services, suzhou):
    seed(services, ENGINEER)
    before = texts(await suzhou.send("/history 1"))[-1]
    clock.advance(days=1, minutes=1)
    await check(app)
    assert digests(telegram, SUZHOU_ID)
    assert texts(await suzhou.send("/history 1"))[-1] == before


async def test_a_reopened_entry_waits_from_its_reopening(app, telegram, clock, services,
                                                         suzhou, province):
    seed(services, ENGINEER)
    await hourly(app, clock, days=4)  # told of three times, then no more
    await suzhou.send("/review 1")
    await suzhou.press("✅ 通过")
    clock.advance(days=5)
    await province.send("/review 1")
    await province.press("🔓 重新打开")
    clock.advance(hours=1)
    await check(app)
    assert len(digests(telegram, SUZHOU_ID)) == 3  # not "已等待 9 天" an hour after
    clock.advance(days=1)
    await check(app)
    assert "#1 恒远工厂电池测试—柔性插接（苏州市，已等待 1 天）" in digests(telegram, SUZHOU_ID)[3]
