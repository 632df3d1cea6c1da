"""A return comment with no word in it (？, ❓, ❗️❗️) is not sent: the engineer could not act on
it, as on the 。 or 👍 already refused; a comment with words and marks is sent as typed."""

import pytest

from tests.fake_bot_api import texts
from tests.test_bot_return_typed_words import returning


@pytest.mark.parametrize("word", ["？", "?", "❓", "❗️❗️", "？？？", "……"])
async def test_a_comment_of_marks_alone_asks_for_words(services, suzhou, word):
    await returning(services, suzhou, comment=None)
    calls = await suzhou.send(word)
    assert texts(calls)[:2] == [f"“{word}”不作为退回意见发出。", "请用文字写明需要填报人修改的内容："]
    assert services.reviews.store.pending(suzhou.id).comment is None


@pytest.mark.parametrize("comment", ["请核实部署总数？", "❓部署总数与产线规模不符", "为什么是10台？"])
async def test_a_comment_with_words_beside_marks_is_kept(services, suzhou, comment):
    await returning(services, suzhou, comment=None)
    await suzhou.send(comment)
    assert services.reviews.store.pending(suzhou.id).comment == comment
