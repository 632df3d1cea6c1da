"""Makers' short names ending 工 (徐工, 龙工) are members, not contacts; a task beginning 负责人形…
is a role, not a contact."""

import pytest

from tests.fake_bot_api import texts
from tests.journey import walk

AT_MAKERS = 14


@pytest.mark.parametrize("typed", ["江苏汇博机器人技术股份有限公司、徐工、优必选科技股份有限公司",
                                   "徐州工程机械集团有限公司、龙工"])
async def test_a_makers_short_name_after_a_full_one_is_no_contact(engineer, services, typed):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send(typed)
    assert "联系人和电话" not in "\n".join(texts(calls))
    assert services.intake.store.current(engineer.id).answers["makers"] == typed.split("、")


async def test_a_person_with_a_longer_title_after_a_unit_is_still_a_contact(engineer, services):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司 王经理")
    assert texts(calls)[0].startswith("联合体成员只填单位名称，联系人和电话不填入计划表。")


async def test_a_task_beginning_like_a_contact_is_refused_as_a_role(engineer):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("优必选科技股份有限公司负责人形机器人本体、东南大学负责算法")
    assert "联系人和电话" not in texts(calls)[0]


async def test_a_closing_etc_said_apart_is_not_among_the_units_of_the_example(engineer):
    await walk(engineer, AT_MAKERS + 1)
    calls = await engineer.send("东南大学、南京大学 等高校。")
    assert "如：东南大学、南京大学、……" in texts(calls)[0]


async def test_a_makers_short_name_in_brackets_after_its_full_name_is_no_contact(engineer, services):
    await walk(engineer, AT_MAKERS)
    calls = await engineer.send("恒远机器人有限公司、徐州工程机械集团有限公司（徐工）")
    assert "联系人和电话" not in "\n".join(texts(calls))
    assert services.intake.store.current(engineer.id).answers["makers"][-1].startswith("徐州工程机械")
