"""/stats of one city (a city's coordinator, or /stats 苏州) has no 按城市 line: every row shown
is that city's. The province's keeps it."""

from tests.coordinators import seed
from tests.fake_bot_api import texts


async def test_one_city_s_stats_say_no_by_city_line(services, province, suzhou):
    seed(services, 20)
    for user, typed in ((suzhou, "/stats"), (province, "/stats 苏州")):
        [said] = texts(await user.send(typed))
        assert "📊 填报进度（范围：苏州市）" in said
        assert "按行业：" in said and "按城市" not in said
    [whole] = texts(await province.send("/stats"))
    assert "\n按城市：苏州市 1\n" in whole
