"""The province's rows and each central enterprise group's are counted and exported apart, so
no duplicate mark, similar warning or mark button links two of them: the row marked would be
in no count and no file."""

from flows.province import MARKS_APART
from flows.review import MARK_APART
from tests.coordinators import PROVINCE_ID, seed, sent_to
from tests.fake_bot_api import texts
from tests.journey import INDICATORS, PAIN, RESULTS, fill_to_summary
from tests.scenarios import scenario_answers
from tests.test_export_bot import exported_rows

CETC = "中国电子科技集团有限公司"
OWN_UNIT = "江苏省工业和信息化厅"
ASK = "🔗 标记为其他场景的重复"
COUNTED = "重点场景（已提交与已通过，重复与相似场景按 1 项计）：{n} 个"


async def exported_units(user, scope: str) -> list[str]:
    await user.send("/export")
    await user.press("全部")
    return [row[1] for row in exported_rows(await user.press(scope))]


async def test_a_typed_number_of_a_central_enterprises_entry_is_refused_and_asked_again(
    services, suzhou, province, telegram
):
    central = seed(services, 11, **scenario_answers(11, submitting_unit=CETC))
    mine = seed(services, 12, **scenario_answers(12))
    await suzhou.send(f"/review {mine}")
    await suzhou.press(ASK)
    calls = await suzhou.send(str(central))
    assert texts(calls)[0] == MARK_APART.format(id=mine, mine="本省", of=central, theirs=CETC)
    assert texts(calls)[-1].startswith(f"请发送场景 #{mine} 所重复的场景编号")
    assert suzhou.last_buttons() == ["取消"]
    assert sent_to(telegram, 12, calls) == []
    assert services.reviews.store.entry(mine).duplicate_of is None
    report = texts(await province.send("/stats"))[-1]
    assert COUNTED.format(n=1) in report
    assert f"❌ {CETC}：1 个" in report
    assert await exported_units(province, "全省") == [OWN_UNIT]
    assert await exported_units(province, "中央企业") == [CETC]


async def test_a_central_enterprises_entry_may_not_be_marked_onto_the_provinces_either(
    services, province
):
    mine = seed(services, 11, **scenario_answers(12))
    central = seed(services, 12, **scenario_answers(11, submitting_unit=CETC))
    await province.send(f"/review {central}")
    await province.press(ASK)
    calls = await province.send(f"#{mine}")
    assert texts(calls)[0] == MARK_APART.format(id=central, mine=CETC, of=mine, theirs="本省")
    assert services.reviews.store.entry(central).duplicate_of is None


async def test_an_alike_entry_of_another_submission_is_no_similar_warning_nor_mark_button(
    services, province
):
    mine = seed(services, 11, **scenario_answers(0))
    central = seed(services, 12, **scenario_answers(
        0, submitting_unit=CETC, enterprise="苏州启明新能源有限公司"))
    for entry in (central, mine):
        card = texts(await province.send(f"/review {entry}"))[-1]
        assert "高度相似" not in card
        assert [b for b in province.last_buttons() if b.startswith("标记为 #")] == []
    report = texts(await province.send("/stats"))[-1]
    assert "相似场景组：无" in report
    assert COUNTED.format(n=1) in report
    calls = await province.press_data(f"x{central}.{mine}", max(province.telegram.messages))
    assert texts(calls)[0] == MARK_APART.format(id=central, mine=CETC, of=mine, theirs="本省")
    assert services.reviews.store.entry(central).duplicate_of is None


async def test_an_alike_entry_of_another_submission_is_no_similar_warning_at_submission(
    services, engineer, province
):
    seed(services, 11, submitting_unit=CETC, city="无锡市", enterprise="无锡启明新能源有限公司",
         pain_point=PAIN, indicators=INDICATORS, expected_results=RESULTS)
    await fill_to_summary(engineer)
    calls = await engineer.press("✅ 提交")
    assert any(text.startswith("✅ 场景 #2 已提交") for text in texts(calls))
    assert [text for text in texts(calls) if "高度相似" in text] == []
    assert sent_to(engineer.telegram, PROVINCE_ID, calls)[-1].startswith("🔎 场景 #2")


async def test_a_mark_stored_across_submissions_is_listed_to_be_lifted(services, province):
    central = seed(services, 11, **scenario_answers(11, submitting_unit=CETC))
    mine = seed(services, 12, **scenario_answers(12))
    services.reviews.store.mark_duplicate(mine, central, PROVINCE_ID)  # set before the check
    report = texts(await province.send("/stats"))[-1]
    listed = "⚠️ " + MARKS_APART.format(marks=f"#{mine} → #{central}", own="本省")
    assert listed in report
    await province.send("/export")
    await province.press("全部")
    assert listed in texts(await province.press("全省"))[-1]
    assert listed in texts(await province.send(f"/review {mine}"))[-1]
    await province.press("取消重复标记")
    report = texts(await province.send("/stats"))[-1]
    assert listed not in report
    assert COUNTED.format(n=1) in report
