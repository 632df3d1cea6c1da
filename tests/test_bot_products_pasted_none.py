"""Step 11's four products pasted with a label each, all saying none, when first filled in:
refused with 至少填写一项 and really back at the first product, as the words say, so the next
answer is saved as the 模型算法, not as the 关键零部件 the paste ended at."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import JOURNEY, walk
from tests.test_bot_field_answers import saved

AT_MODEL_ALGORITHM = JOURNEY.index(("send", "恒远具身智能操作大模型"))
BACK = "已回到本步第一项“模型算法”：请填写适用的项，其余点“跳过”。"


@pytest.mark.parametrize("separator", ["\n", "；"])
@pytest.mark.parametrize("skipped", [0, 1])  # sent at 模型算法, or at 操作系统
async def test_all_four_pasted_as_none_go_back_to_the_model_algorithm(
        engineer, app, separator, skipped):
    await walk(engineer, AT_MODEL_ALGORITHM)
    for _ in range(skipped):
        await engineer.press("⏭ 跳过")
    pasted = separator.join(f"{part}：无" for part in ("模型算法", "操作系统", "仿真平台", "关键零部件"))
    calls = await engineer.send(pasted)
    assert texts(calls)[0].endswith("至少填写一项。" + BACK)
    assert texts(calls)[-1].startswith("第 11/11 步（1/4）")
    assert "可规模推广的其他标志性技术产品 · 模型算法" in texts(calls)[-1]
    calls = await engineer.send("恒远大模型")
    answers = saved(app, engineer)
    assert answers["model_algorithm"] == "恒远大模型" and "key_components" not in answers
    assert texts(calls)[-1].startswith("第 11/11 步（2/4）")
