"""/export counts a central enterprise group's rows left out of the province's file as rows
(条), where /stats counts its alike rows once: 3 rows and /stats's 2 do not contradict."""

from tests.coordinators import seed
from tests.fake_bot_api import texts
from tests.scenarios import scenario_answers
from tests.test_stats_central_rows import GROUP, group_row


async def test_province_export_counts_a_groups_rows_left_out_as_rows_where_stats_counts_alike_once(
        services, province):
    seed(services, 100, **scenario_answers(0))
    seed(services, 101, **group_row(3, "苏州市", "中国电信苏州分公司"))
    seed(services, 102, **group_row(3, "无锡市", "中国电信无锡分公司"))  # alike to the one above
    seed(services, 103, **group_row(15, "苏州市", "中国电信苏州分公司"))
    assert f"❌ {GROUP}：2 个，不少于 10 个：还差 8 个" in texts(await province.send("/stats"))[-1]
    await province.send("/export")
    await province.press("全部")
    reply = texts(await province.press("全省"))[-1]
    assert (f"另有 3 条由中央企业报送的场景未导出（{GROUP} 3 条；按条计，/stats 中相似场景按 1 项计）"
            "：各央企单独报送，不计入本省。") in reply
