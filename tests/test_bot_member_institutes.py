"""Research institutes by their short names (中科院沈阳自动化所, 十四所) are 其他成员 as
universities are."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, members


@pytest.mark.parametrize(("typed", "makers", "partners"), [
    ("中科院沈阳自动化所、埃斯顿", ["埃斯顿"], ["中科院沈阳自动化所"]),
    ("优必选科技股份有限公司、十四所", ["优必选科技股份有限公司"], ["十四所"]),
    ("优必选科技股份有限公司、中电科28所", ["优必选科技股份有限公司"], ["中电科28所"]),
    ("优必选科技股份有限公司、中国科学院沈阳自动化研究所", ["优必选科技股份有限公司"],
     ["中国科学院沈阳自动化研究所"]),
])
async def test_an_institute_by_its_short_name_typed_at_makers_is_saved_under_partners(
        engineer, app, typed, makers, partners):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert members(app, engineer) == (makers, partners)
    assert f"{partners[0]}是高校或科研院所，已填入“其他成员”" in "\n".join(texts(calls))


@pytest.mark.parametrize("typed", [
    "江苏集萃智能制造技术研究所有限公司",
    "南京天溯机器人研究院有限公司",
    "上海锦天城律师事务所",
])
async def test_a_company_or_another_trades_office_typed_at_makers_stays_a_maker(
        engineer, app, typed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"优必选科技股份有限公司、{typed}")
    assert members(app, engineer) == (["优必选科技股份有限公司", typed], None)

