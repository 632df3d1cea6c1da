"""A list under 其他 saying each name's kind stays under 其他 when it is numbered or bulleted
as Word or a chat lays it out (其他：↵1. 高校：…↵2. 企业：…): the list's marks hide no kind."""

import pytest

from tests.journey import walk
from tests.test_bot_consortium import AT_MAKERS, AT_PARTNERS, JOURNEY_MAKERS, members
from tests.test_members_under_other import MAKER, SUPPLIER, consortium

LISTS = [f"\n1. 高校：东南大学\n2. 企业：{SUPPLIER}", f"\n• 高校：东南大学\n• 企业：{SUPPLIER}",
         f"\n① 高校：东南大学\n② 企业：{SUPPLIER}", f" 1、企业：{SUPPLIER} 2、高校：东南大学"]


def _partners(listed: str) -> list[str]:
    return [SUPPLIER, "东南大学"] if listed.index(SUPPLIER) < listed.index("东南大学") else [
        "东南大学", SUPPLIER]


@pytest.mark.parametrize("listed", LISTS)
def test_a_numbered_list_of_kinds_under_其他_in_a_cell_stays_under_其他(listed):
    answers, problems = consortium(f"整机企业（或应用服务商）：{MAKER}\n其他：{listed}")
    assert answers == {"makers": [MAKER], "partners": _partners(listed)}
    assert "创新应用联合体成员" not in problems


@pytest.mark.parametrize("listed", LISTS)
async def test_a_numbered_list_of_kinds_under_其他_typed_at_makers_stays_under_其他(
        engineer, app, listed):
    await walk(engineer, AT_MAKERS)
    await engineer.send(f"整机企业：{MAKER}\n其他：{listed}")
    assert members(app, engineer) == ([MAKER], _partners(listed))


@pytest.mark.parametrize("label", ["其他：", "其他成员："])
@pytest.mark.parametrize("listed", LISTS)
async def test_a_numbered_list_of_kinds_after_a_maker_typed_at_partners_stays_under_其他(
        engineer, app, label, listed):
    await walk(engineer, AT_PARTNERS)
    await engineer.send(f"整机企业：{MAKER}\n{label}{listed}")
    assert members(app, engineer) == ([*JOURNEY_MAKERS, MAKER], _partners(listed))
