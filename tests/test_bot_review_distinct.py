"""不是同类场景: a coordinator splits a pair the similarity rule wrongly finds alike, so the
province counts both; the judgement is kept, checked like a duplicate mark and can be undone."""

from flows import actions
from flows.review import (
    DISTINCT_MARKED,
    DISTINCT_SET,
    DISTINCT_UNSET,
    MARK_JUDGED_APART,
    MARK_OUT_OF_SCOPE,
)
from flows.review_card import DISTINCT
from tests.coordinators import PROVINCE_ID, SUZHOU_ID, WUXI_ID, seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers

COUNTED = "重点场景（已提交与已通过，重复与相似场景按 1 项计）：{n} 个"
ALIKE = "高度相似，按填写说明 5 可能只按 1 项计算"


def alike_pair(services, city: str = "苏州市") -> tuple[int, int]:
    first = seed(services, 11, **scenario_answers(0))
    second = seed(services, 12, **scenario_answers(
        0, city=city, enterprise="苏州启明汽车部件有限公司"))
    return first, second


async def stats(coordinator) -> str:
    return texts(await coordinator.send("/stats"))[-1]


async def test_a_pair_judged_not_alike_is_counted_as_two_and_no_longer_warned_of(
    services, province
):
    first, second = alike_pair(services)
    report = await stats(province)
    assert COUNTED.format(n=1) in report and f"#{first} ≈ #{second}" in report
    await province.send(f"/review {second}")
    assert ALIKE in province.last_text()
    assert f"与 #{first} 不是同类场景" in province.last_buttons()
    calls = await province.press(f"与 #{first} 不是同类场景")
    assert DISTINCT_SET.format(id=second, other=first) in texts(calls)
    card = province.last_text()
    assert ALIKE not in card and DISTINCT.format(by="省厅王处", ids=f"#{first}") in card
    assert f"标记为 #{first} 的重复" not in province.last_buttons()
    report = await stats(province)
    assert COUNTED.format(n=2) in report and f"#{first} ≈ #{second}" not in report
    # Either entry's engineer is no longer warned on a later submission.
    for one in (first, second):
        entry = services.reviews.store.entry(one)
        assert services.reviews.similar(one, entry.answers) == ()
    for one in (first, second):
        history = texts(await province.send(f"/history {one}"))[-1]
        assert "省厅王处" in history and "不是同类场景" in history


async def test_a_pair_judged_not_alike_is_alike_again_once_undone(services, province):
    first, second = alike_pair(services)
    await province.send(f"/review {second}")
    await province.press(f"与 #{first} 不是同类场景")
    await province.send(f"/review {first}")
    assert DISTINCT.format(by="省厅王处", ids=f"#{second}") in province.last_text()
    calls = await province.press(f"撤销：与 #{second} 不是同类")
    assert DISTINCT_UNSET.format(id=first, other=second) in texts(calls)
    assert ALIKE in province.last_text()
    assert f"标记为 #{second} 的重复" in province.last_buttons()
    assert COUNTED.format(n=1) in await stats(province)
    history = texts(await province.send(f"/history {second}"))[-1]
    assert f"撤销：与 #{first} 不是同类场景" in history


async def test_a_city_coordinator_cannot_split_a_pair_with_another_citys_entry(
    services, suzhou, wuxi, province
):
    first, in_wuxi = alike_pair(services, city="无锡市")
    await suzhou.send(f"/review {first}")
    assert not [b for b in suzhou.last_buttons() if "不是同类" in b]
    reply = services.reviews.act(SUZHOU_ID, actions.SetDistinct(first, in_wuxi, 1))
    assert reply.messages[0] == MARK_OUT_OF_SCOPE.format(of=in_wuxi, level="省级")
    assert services.reviews.store.distinct_from(first) == set()
    services.reviews.act(PROVINCE_ID, actions.SetDistinct(first, in_wuxi, 1))
    reply = services.reviews.act(WUXI_ID, actions.SetDistinct(in_wuxi, first, 0))
    assert reply.messages[0] == MARK_OUT_OF_SCOPE.format(of=first, level="省级")
    assert services.reviews.store.distinct_from(first) == {in_wuxi}
    assert COUNTED.format(n=2) in await stats(province)


async def test_the_export_no_longer_warns_of_a_pair_judged_not_alike(services, province):
    first, second = alike_pair(services)
    warning = "相似场景未标记为重复：第 4 行（序号 1）"

    async def exported() -> str:
        await province.send("/export")
        await province.press("已提交")
        return "\n".join(texts(await province.press("全省")))

    assert warning in await exported()
    services.reviews.act(PROVINCE_ID, actions.SetDistinct(second, first, 1))
    assert warning not in await exported()


async def test_the_export_sent_says_a_pair_judged_not_alike_counts_once_by_the_file(
        services, province):
    first, second = alike_pair(services)
    services.reviews.act(PROVINCE_ID, actions.SetDistinct(second, first, 1))
    await province.send("/export")
    await province.press("全部")
    said = "\n".join(texts(await province.press("全省")))
    assert ("ℹ️ 文件中不含协调员在机器人中判定的“不是同类场景”：按填写说明 5 检查文件"
            "（如 scenario-intake lint）时，这些相似行按 1 项计，计 1 个；"
            "/stats 按判定分别计数，计 2 个。") in said
    await province.send("/export")
    await province.press("已提交")  # rows awaiting review: not the file sent
    assert "不是同类场景" not in "\n".join(texts(await province.press("全省")))


async def test_a_city_card_says_the_province_judged_a_pair_with_another_citys_entry_apart(
    services, suzhou, province
):
    """Judged, the pair is no longer the province's to decide: the city is told, not offered
    the undo, which is the province's."""
    first, in_wuxi = alike_pair(services, city="无锡市")
    await province.send(f"/review {first}")
    await province.press(f"与 #{in_wuxi} 不是同类场景")
    await suzhou.send(f"/review {first}")
    card = suzhou.last_text()
    assert DISTINCT.format(by="省厅王处", ids=f"#{in_wuxi}") in card
    assert ALIKE not in card and "由省级协调员判断" not in card
    assert not [b for b in suzhou.last_buttons() if "不是同类" in b]


async def test_not_alike_from_a_card_drawn_before_the_pair_was_marked_is_refused(
    services, province
):
    first, second = alike_pair(services)
    await province.send(f"/review {second}")
    services.reviews.act(PROVINCE_ID, actions.MarkDuplicate(second, first))
    calls = await province.press(f"与 #{first} 不是同类场景")
    assert texts(calls)[0] == DISTINCT_MARKED.format(id=second, of=first)
    assert services.reviews.store.distinct_from(second) == set()
    assert services.reviews.store.entry(second).duplicate_of == first


async def test_a_pair_judged_apart_cannot_be_marked_by_number_and_keeps_who_judged_it(
    services, province, suzhou
):
    first, second = alike_pair(services)
    await province.send(f"/review {second}")
    await province.press(f"与 #{first} 不是同类场景")
    await suzhou.send(f"/review {second}")
    await suzhou.press("🔗 标记为其他场景的重复")
    calls = await suzhou.send(str(first))
    assert texts(calls)[0] == MARK_JUDGED_APART.format(id=second, of=first)
    assert services.reviews.store.entry(second).duplicate_of is None
    await province.send(f"/review {second}")
    assert DISTINCT.format(by="省厅王处", ids=f"#{first}") in province.last_text()


async def test_a_mark_from_a_card_drawn_before_the_pair_was_judged_apart_says_so(
    services, province, suzhou
):
    first, second = alike_pair(services)
    await suzhou.send(f"/review {second}")
    services.reviews.act(PROVINCE_ID, actions.SetDistinct(second, first, 1))
    calls = await suzhou.press(f"标记为 #{first} 的重复")
    assert texts(calls)[0] == MARK_JUDGED_APART.format(id=second, of=first)
    assert services.reviews.store.entry(second).duplicate_of is None


async def test_a_card_names_who_marked_and_who_judged_apart_each(services, province, suzhou):
    first, second = alike_pair(services)
    await suzhou.send("/review")
    services.reviews.act(PROVINCE_ID, actions.SetDistinct(second, first, 1))
    services.reviews.store.mark_duplicate(second, first, SUZHOU_ID)  # as an older release let
    await province.send(f"/review {second}")
    card = province.last_text()
    assert DISTINCT.format(by="省厅王处", ids=f"#{first}") in card
    assert f"苏州市李科已标记与 #{first} 为同类场景" in card
