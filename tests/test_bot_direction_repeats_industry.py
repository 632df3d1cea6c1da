"""所属行业 and 细分方向 typed at once, the direction the industry again (电力/电力): the industry
is saved and the direction refused, as it is typed alone at 细分方向; before, both were saved."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import walk

AT_INDUSTRY = 5


@pytest.mark.parametrize(("typed", "name"), [
    ("电力/电力", "电力"), ("汽车制造/汽车制造", "汽车制造"), ("电力\n电力", "电力"),
    ("行业：电力，方向：电力", "电力")])
async def test_the_direction_repeating_the_industry_is_not_saved(engineer, app, typed, name):
    await walk(engineer, AT_INDUSTRY)
    said = texts(await engineer.send(typed))
    assert said[0].splitlines() == [
        f"行业/方向（细分方向）：“{name}/{name}”的细分方向“{name}”与所属行业相同，没有保存。"
        "细分方向只填方向名称，如“动力电池”；没有可跳过。",
        "这条消息中，以下部分已保存：所属行业。",
    ]
    stored = saved(app, engineer)
    assert (stored.get("industry"), stored.get("sub_direction")) == (name, None)
    assert "细分方向（可跳过）" in engineer.last_text()
