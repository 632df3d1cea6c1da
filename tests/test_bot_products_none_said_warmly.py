"""A word saying none with a particle, an emoji or a tilde after it (无🙏, 没有哦, 暂无～) says
none at a product question, as 无 alone does: the product is left empty, never saved as its
name."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, fill_to_summary, walk
from tests.test_bot_field_answers import saved

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))


@pytest.mark.parametrize("typed", ["无🙏", "暂无🙏", "没有哦", "无～", "暂无呢", "不涉及哈",
                                   "无😊"])
async def test_none_with_a_word_or_emoji_after_it_leaves_the_model_algorithm_empty(
        engineer, app, typed):
    await walk(engineer, AT_MODEL_ALGORITHM)
    calls = await engineer.send(typed)
    assert texts(calls)[-1].startswith("第 11/11 步（2/4）")
    assert "model_algorithm" not in saved(app, engineer)


async def test_none_with_an_emoji_at_the_summary_clears_the_model_algorithm(engineer, app):
    await fill_to_summary(engineer)
    calls = await engineer.send("模型算法：无🙏")
    assert texts(calls)[0] == "已清空“可规模推广的其他标志性技术产品（模型算法）”。"
    assert "model_algorithm" not in saved(app, engineer)
