"""The configured department of any province, as its engineers shorten it, is that department."""

import pytest
from pydantic_core import PydanticCustomError

from flows.units import OTHER_DEPARTMENT, submitting_unit, submitting_unit_problem, told

SPELLINGS = [
    ("上海市经济和信息化委员会", "上海市经信委"),
    ("上海市经济和信息化委员会", "上海经信委"),
    ("上海市经济和信息化委员会", "上海市经济和信息化委"),
    ("重庆市经济和信息化委员会", "重庆经信委"),
    ("北京市经济和信息化局", "北京经信局"),
    ("天津市工业和信息化局", "天津工信局"),
    ("内蒙古自治区工业和信息化厅", "内蒙古工信厅"),
    ("广西壮族自治区工业和信息化厅", "广西工信厅"),
    ("广西壮族自治区工业和信息化厅", "广西自治区工信厅"),
    ("新疆维吾尔自治区工业和信息化厅", "新疆工信厅"),
    ("宁夏回族自治区工业和信息化厅", "宁夏工信厅"),
]


@pytest.mark.parametrize(("own", "typed"), SPELLINGS)
def test_a_short_spelling_of_the_configured_department_is_saved_as_it(own, typed):
    assert submitting_unit(own)(typed) == own


@pytest.mark.parametrize(("own", "typed"), [
    ("上海市经济和信息化委员会", "北京经信委"),
    ("上海市经济和信息化委员会", "上海市科学技术委员会"),
    ("北京市经济和信息化局", "北京市经济和信息化委员会"),
    ("广西壮族自治区工业和信息化厅", "广东省工业和信息化厅"),
])
def test_another_department_is_still_refused(own, typed):
    with pytest.raises(PydanticCustomError):
        submitting_unit(own)(typed)
    assert submitting_unit_problem(typed, own) == told(OTHER_DEPARTMENT, typed, own)
