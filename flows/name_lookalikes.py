"""Short answers that name no scenario, industry or direction, though typed at one of them.

A city with its district (苏州市吴中区), a region (华东地区), a date (2026年), a phase of a
project (一期), a person with a title (张工) or a government department (江苏省工业和信息化厅,
the 报送单位) answers something else, or nothing the plan asks: saved as a name, it would stand
in the wrong column. Each is told by its whole form, so a name that only holds one (苏州园林,
华东医药, 一期工程电池测试) passes.
"""

import re

from flows.counties import named_in_full
from flows.named_places import JIANGSU, city_in_full
from flows.people import SURNAMES, TITLE
from flows.place_spellings import PROVINCE_PREFIX, resolve
from flows.units import DEPARTMENT_END, RECIPIENT

# A city in full, then one of the country's districts or counties in full (苏州市吴中区).
CITY_THEN_COUNTY = re.compile(r"(\w{2,4}?市)(\w{2,6})")
# The country's regions, alone or as a 地区 (华东地区, 长三角区域); a Jiangsu's one (苏南).
REGION = re.compile(r"(?:华[东南北中]|西南|西北|东北|长三角|珠三角|京津冀|(?:粤港澳)?大湾区"
                    r"|苏南|苏北|苏中)(?:地区|区域|片区)?")
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年"
_WHEN = r"(?:底|初|内|前|末|中|上半年|下半年)?"
# A year, perhaps with its month and day, or a date written with marks (2026年11月, 2026.11).
DATE = re.compile(rf"{_YEAR}(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*[日号])?)?{_WHEN}"
                  r"|\d{4}\s*[-./]\s*\d{1,2}(?:\s*[-./]\s*\d{1,2})?")
# A phase or a batch of a project (一期, 第二批, 二期工程).
PHASE = re.compile(r"第?[一二三四五六七八九十首\d]+[期批](?:工程|项目)?")
# A person with a title (张工, 王经理, 李明经理); 金工 is the metalworking shop.
PERSON = re.compile(rf"(?!金工$)[{SURNAMES}][\u4e00-\u9fff]?{TITLE}")

# Halls and service bureaus end as departments do, though they are places or units (营业厅,
# 候车厅, 供电局): a scenario is often set in one.
NOT_A_DEPARTMENT = re.compile(r"(?:大|餐|营业|候车|候机|展|客|售票|演艺|观光|舞|门|前|宴会|会议"
                              r"|报告|接待|休息|等候|办事|售楼|影)厅$|(?:供电|邮政)局$")
# What may name a city's or county's own department before its name (苏州市, 吴江区).
LOCAL_PLACE = re.compile(r"\w{1,6}?[市县区]")

A_REGION = "“{text}”是一个地区，不是{what}，没有保存。所在城市在第 2 步填写。"
A_DATE = "“{text}”是日期，不是{what}，没有保存。"
A_PHASE = "“{text}”是项目的期次，不是{what}，没有保存。"
A_PERSON = "“{text}”像是联系人，不是{what}，没有保存。联系人不填入计划表。"
A_DEPARTMENT = ("“{text}”是政府部门的名称，不是{what}，没有保存。报送单位在第 1 步选择，"
                "用户单位在第 2 步填写。")


def city_and_county(bare: str) -> bool:
    """苏州市吴中区, 江苏省南京市江宁区: a city in full and one of its districts or counties in
    full, nothing after it (苏州市吴中区人民医院 is a unit)."""
    parts = CITY_THEN_COUNTY.fullmatch(PROVINCE_PREFIX.sub("", bare))
    return bool(parts and (resolve(parts[1], JIANGSU) or city_in_full(parts[1]))
                and named_in_full(parts[2]))


def department(bare: str) -> bool:
    """A government department's full name, after its province's, city's or county's name
    (江苏省工业和信息化厅, 苏州市应急管理局), or the ministry receiving the plan: a 报送单位,
    never a scenario, an industry or a direction."""
    if RECIPIENT.fullmatch(bare):
        return True
    if not DEPARTMENT_END.search(bare) or NOT_A_DEPARTMENT.search(bare):
        return False
    return bool(PROVINCE_PREFIX.match(bare)) or _local_place(bare)


def _local_place(bare: str) -> bool:
    """Whether `bare` opens with a real city or county (苏州市, 吴江区), not a word that only
    ends as one does (社区, 园区, 厂区, 城市)."""
    place = LOCAL_PLACE.match(bare)
    return bool(place) and bool(named_in_full(place[0]) or city_in_full(place[0])
                                or resolve(place[0], JIANGSU))


def lookalike(bare: str, what: str, departments: bool = True) -> str | None:
    """Why `bare` (no pauses, no closing mark) is no answer to the question asking `what`: a
    region, a date, a phase or a person, or a department where `departments` (a 用户单位 may
    be one); a city with its district is told as a place (`city_and_county`)."""
    found = ((REGION, A_REGION), (DATE, A_DATE), (PHASE, A_PHASE), (PERSON, A_PERSON))
    if departments and department(bare):
        return A_DEPARTMENT.format(text=bare, what=what)
    return next((said.format(text=bare, what=what) for form, said in found
                 if form.fullmatch(bare)), None)
