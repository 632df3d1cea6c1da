"""A return's comment dictated in two messages: the second, begun with 补充, 另外 or 还有, is
added to the first, never in its place, and the engineer receives both."""

import pytest

from bot.return_words import COMMENT_ADDED, COMMENT_REPLACED, MAX_COMMENT
from tests.coordinators import SUZHOU_ID, sent_to
from tests.fake_bot_api import texts
from tests.test_bot_return_typed_words import COMMENT, returning


@pytest.mark.parametrize(("typed", "added"), [
    ("补充：场景名称也请写具体", "场景名称也请写具体"),
    ("补充:场景名称也请写具体", "场景名称也请写具体"),
    ("补充，场景名称也请写具体", "场景名称也请写具体"),
    ("补充场景名称也请写具体", "补充场景名称也请写具体"),
    ("补充材料不全，请补齐检测报告", "补充材料不全，请补齐检测报告"),
    ("补充一下，场景名称也请写具体", "场景名称也请写具体"),
    ("另外场景名称也请写具体", "另外场景名称也请写具体"),
    ("还有，场景名称也请写具体", "还有，场景名称也请写具体"),
    ("再补充：场景名称也请写具体", "场景名称也请写具体"),
    ("追加：场景名称也请写具体", "场景名称也请写具体"),
    ("另：场景名称也请写具体", "场景名称也请写具体"),
    ("补 充：场景名称也请写具体", "场景名称也请写具体"),
    ("此外，场景名称也请写具体", "此外，场景名称也请写具体"),
    ("/补充：场景名称也请写具体", "场景名称也请写具体"),  # the slash of a command, typed by habit
    ("／补充：场景名称也请写具体", "场景名称也请写具体"),
    ("/ 另外场景名称也请写具体", "另外场景名称也请写具体"),
])
async def test_a_second_message_begun_with_bu_chong_is_added_to_the_comment(
        services, suzhou, typed, added):
    await returning(services, suzhou)
    said = texts(await suzhou.send(typed))
    assert said[0] == COMMENT_ADDED
    assert services.reviews.store.pending(SUZHOU_ID).comment == f"{COMMENT}\n{added}"
    assert f"退回意见：{COMMENT}\n{added}" in said[-1]


async def test_the_engineer_receives_the_comment_with_what_was_added(services, suzhou):
    await returning(services, suzhou)
    await suzhou.send("补充：场景名称也请写具体")
    calls = await suzhou.press("📨 发送退回")
    received = "".join(sent_to(suzhou.telegram, 11, calls))
    assert f"{COMMENT}\n场景名称也请写具体" in received
    assert "补充" not in received


async def test_a_second_comment_of_other_words_still_replaces_the_first(services, suzhou):
    await returning(services, suzhou)
    said = texts(await suzhou.send("场景名称请写具体"))
    assert said[0] == COMMENT_REPLACED.format(comment=COMMENT)
    assert services.reviews.store.pending(SUZHOU_ID).comment == "场景名称请写具体"


@pytest.mark.parametrize("typed", ["补充", "补充：", "补充一下，", "还有", "/补充："])
async def test_bu_chong_alone_keeps_the_comment(services, suzhou, typed):
    await returning(services, suzhou)
    assert texts(await suzhou.send(typed))[0] == f"“{typed}”不作为退回意见发出。"
    assert services.reviews.store.pending(SUZHOU_ID).comment == COMMENT


async def test_bu_chong_as_the_first_comment_is_the_comment(services, suzhou):
    await returning(services, suzhou, comment=None)
    await suzhou.send("补充：场景名称也请写具体")
    assert services.reviews.store.pending(SUZHOU_ID).comment == "补充：场景名称也请写具体"


async def test_an_addition_making_the_comment_too_long_is_refused_and_the_comment_kept(
        services, suzhou):
    await returning(services, suzhou)
    said = texts(await suzhou.send("补充：" + "请" * (MAX_COMMENT - len(COMMENT))))
    assert said[0].startswith(f"退回意见最多 {MAX_COMMENT} 字")
    assert services.reviews.store.pending(SUZHOU_ID).comment == COMMENT

