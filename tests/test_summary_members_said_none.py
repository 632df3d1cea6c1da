"""At the summary the optional 其他成员 said to have none (暂无, 没有, 不涉及, N/A, /, as 无),
alone or after the makers, is cleared and told so; the makers stay as typed."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import fill_to_summary
from tests.test_bot_consortium import JOURNEY_MAKERS, members

MAKER = "深圳市优必选科技股份有限公司"
CLEARED = "已清空“创新应用联合体成员（其他成员）”。"
NONE_WORDS = ["无", "暂无", "没有", "不涉及", "N/A", "/"]


@pytest.mark.parametrize("label", ["其他成员", "其他"])
@pytest.mark.parametrize("word", NONE_WORDS)
async def test_other_members_said_none_at_the_summary_are_cleared(engineer, app, label, word):
    await fill_to_summary(engineer)
    calls = await engineer.send(f"{label}：{word}")
    assert CLEARED in texts(calls)
    assert members(app, engineer) == (JOURNEY_MAKERS, None)


@pytest.mark.parametrize("label", ["整机企业", "整机企业（或应用服务商）"])
@pytest.mark.parametrize("word", NONE_WORDS)
async def test_makers_with_other_members_said_none_at_the_summary_clear_them(
        engineer, app, label, word):
    await fill_to_summary(engineer)
    calls = await engineer.send(f"{label}：{MAKER} 其他：{word}")
    assert texts(calls)[0] == f"已把这条消息分别填入：整机企业（{MAKER}）；其他成员：无。"
    assert members(app, engineer) == ([MAKER], None)
    assert texts(calls)[-1].startswith("📋 请核对场景")


@pytest.mark.parametrize("word", ["暂无", "不涉及", "/"])
async def test_the_required_makers_said_none_at_the_summary_are_refused(engineer, app, word):
    await fill_to_summary(engineer)
    calls = await engineer.send(f"整机企业：{word}")
    assert not any(text.startswith("已清空") for text in texts(calls))
    assert texts(calls)[-1].startswith("第 8/11 步（1/2） · 创新应用联合体成员")
    assert members(app, engineer) == (JOURNEY_MAKERS, ["东南大学"])
