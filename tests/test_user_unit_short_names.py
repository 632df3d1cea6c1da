"""A 用户单位 too short for a full name (比亚迪, 南京港) is asked for as registered, without a made-up example
(苏大股份有限公司); nothing is saved, and the full name then is."""

import pytest

from tests.deployments import saved
from tests.fake_bot_api import texts
from tests.journey import AT_ENTERPRISE, walk


@pytest.mark.parametrize("typed", ["南京港", "比亚迪", "优必选", "苏大", "人工"])
async def test_a_short_name_is_asked_for_in_full(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert said[0] == (f"“{typed}”像是单位的简称。用户单位请填写与营业执照一致的全称，"
                       "如“XX股份有限公司”“XX大学附属医院”（以营业执照或法人证书上的名称为准）。")
    assert f"{typed}股份有限公司" not in said[0]
    assert "enterprise" not in saved(app, engineer)
    await engineer.send("比亚迪股份有限公司")
    assert saved(app, engineer)["enterprise"] == "比亚迪股份有限公司"


@pytest.mark.parametrize("typed", ["税务局", "公安局", "啊啊"])
async def test_words_no_company_is_named_by_get_no_made_up_example(engineer, app, typed):
    await walk(engineer, AT_ENTERPRISE)
    said = texts(await engineer.send(typed))
    assert said[0].startswith(f"“{typed}”太短，不是单位的全称。请填写用户单位全称（与营业执照一致）")
    assert f"{typed}有限公司" not in said[0]
    assert "enterprise" not in saved(app, engineer)
