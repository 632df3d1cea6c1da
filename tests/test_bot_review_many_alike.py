"""A card whose entry is alike many others gives buttons to the six most alike only: a phone
shows about a dozen rows, and Telegram refuses a keyboard of more than 100 buttons. The rest are
named, with the way to reach them; a card with few alike entries reads as before."""

from flows.review_card import MORE_ALIKE
from tests.coordinators import seed
from tests.scenarios import scenario_answers


def seed_alike(services, count: int) -> list[int]:
    return [seed(services, 11 + k, **scenario_answers(0, enterprise=f"苏州第{k}电池有限公司"))
            for k in range(count)]


async def test_a_card_alike_many_entries_offers_buttons_for_six_and_names_the_rest(
        services, province):
    entries = seed_alike(services, 10)
    await province.send(f"/review {entries[-1]}")
    buttons = province.last_buttons()
    assert sum(b.startswith("标记为 #") for b in buttons) == 6
    assert sum(b.endswith("不是同类场景") for b in buttons) == 6
    assert "🔗 标记为其他场景的重复" in buttons
    rest = "、".join(f"#{i}" for i in entries[6:9])
    assert (MORE_ALIKE.format(shown=6, ids=rest)
            + "，标记为重复也可点“🔗 标记为其他场景的重复”输入编号。") in province.last_text()


async def test_a_card_alike_six_entries_has_a_pair_of_buttons_for_each(services, province):
    entries = seed_alike(services, 7)
    await province.send(f"/review {entries[-1]}")
    assert sum(b.startswith("标记为 #") for b in province.last_buttons()) == 6
    assert "相似场景较多" not in province.last_text()
