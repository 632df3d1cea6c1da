"""The 用户单位's name. It may be any kind of organisation, so its name is only refused when it
reads as the scenario itself (it names a task where an organisation should end it): an answer
typed one question too early; when it is a workshop or a line of a unit rather than the unit;
or when contact details or a contact person follow it, which have no column in the plan; or
when it plainly answers another question (a sentence of the description, a count of machines, a
list of units, a button's words).
"""

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from flows.named_places import city_in_full, names_a_place
from flows.names import TASK_ENDING
from flows.other_answers import (
    A_SENTENCE,
    LISTED_UNITS,
    MEASURE,
    answer_elsewhere,
    sentence,
)
from flows.people import SURNAMES, TITLE
from flows.place_spellings import (
    PROVINCE_PREFIX,
    PROVINCE_SEPARATORS,
    every_spelling,
    municipality,
    resolve,
)
from flows.places import no_unit

# A scenario's words, and what names of organisations end with: 苏州XX机器人有限公司 is a unit.
SCENARIO_WORDS = re.compile(r"场景|实训")
ORGANISATION_END = re.compile(
    r"(?:公司|集团|大学|院|所|中心|实验室|基地|厂|局|站|馆|会|处|部|校|港)(?:[（(][^（）()]*[）)])?$")
# Part of a unit, not a unit: its workshop or line (the scenario's name may say which).
PART_OF_A_UNIT = re.compile(r"(?:车间|产线|生产线|流水线|装配线|工位|工段|班组)$")
PART_AS_UNIT = ("“{name}”是单位里的车间或产线，不是单位名称。请填写用户单位全称（与营业执照一致），"
                "例如“XX汽车部件有限公司”；车间、产线可以写进场景名称。")
SCENARIO_AS_UNIT = ("“{name}”像是场景名称，不是单位名称。请填写用户单位全称（与营业执照一致），"
                    "例如“XX汽车部件有限公司”；场景名称另有一步填写。")
# A phone: a mobile (+86 before it, spaced or not), a landline after its area code ((0512),
# 0512-, +86 512), or a 400 or 800 service number; an extension may follow (-801). Its parts
# are split by spaces or by a hyphen or a dash, as a Chinese keyboard types it (0512—66668888).
_SPLIT = r"[\s\-–—]"
_PHONE = (rf"(?<!\d)(?:(?:\+?86{_SPLIT}?)?1[3-9]\d{_SPLIT}?\d{{4}}{_SPLIT}?\d{{4}}"
          rf"|(?:\+?86{_SPLIT}?[1-9]\d{{1,2}}|\(?0\d{{2,3}}\)?){_SPLIT}?"
          rf"(?:\d{{7,8}}|\d{{3,4}}{_SPLIT}\d{{4}})"
          rf"|[48]00{_SPLIT}?\d{{3}}{_SPLIT}?\d{{4}})(?:[\-–—]\d{{1,5}})?(?!\d)")
# Contact details people add after the unit's name, as on a letterhead: a contact, or a phone
# number or an e-mail address, which no organisation's name holds. A contact's words count where
# a name ends (after 公司, a space, a comma or a bracket): inside one they are the name's own
# (苏州联系人力资源有限公司), and 负责人工智能…, 负责人形机器人…, 负责人机交互… are a member's
# task. They are looked for in the name's half-width spelling (`_half_width`): phones typed on
# a Chinese keyboard come in full-width digits (１３９, ＠).
_NAME_END = (r"(?:(?<=[\s，,；;：:、（()）【】\[\]/])|(?<=[院所厂局站馆会处部校港室])"
             r"|(?<=公司|集团|大学|中心|基地))")
_AFTER_A_NAME = rf"(?:^|{_NAME_END})"
CONTACT = re.compile(rf"{_AFTER_A_NAME}(?:联系人|联系电话|联系方式|负责人(?![工形机])"
                     r"|(?:电话|手机|(?<![a-z])(?:tel|phone))\s*[:：]?\s*[+\d])"
                     rf"|{_PHONE}|[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z0-9.]+", re.I)
# What stood between the name and its contact details: no part of the name.
_BEFORE_CONTACT = " \u3000\t\n，,；;：:、（(【[/"
# The person named before a phone where a name ends (…有限公司王经理13912345678: voice input
# leaves no pause between them), unless the unit's name ends there (…检测中心实验室).
_PERSON_BEFORE_PHONE = re.compile(rf"{_NAME_END}[\u4e00-\u9fff]{{1,5}}$")
# A person named after a name that ends there (…有限公司 王经理, …有限公司（张工）, …大学 王教授),
# which ends no organisation's name. A part of the unit (…有限公司 工会, …集团 苏州分公司) or a
# place (…有限公司 常州) is no person.
_LEGAL_END = "|".join(f"(?<={end})" for end in ("公司", "集团", "研究所", "研究院", "大学", "学院",
                                                   "医院", "中心"))
# A surname with a title (王经理, 张工, 李明经理); a name alone (李明) is as often a place or a
# department (张浦, 丁家桥, 严选), and 金工 is the metalworking shop.
PERSON_AFTER_NAME = re.compile(
    rf"(?:{_LEGAL_END})[（(【]?(?!金工$)[{SURNAMES}][\u4e00-\u9fff]?{TITLE}[）)】]?$")
# A person alone, as typed before a phone (…有限公司 张三 138…): a surname with a given name
# or a title.
PERSON = re.compile(rf"[{SURNAMES}](?:[\u4e00-\u9fff]{{1,2}}|[\u4e00-\u9fff]?{TITLE})")
PART_OR_PLACE_END = re.compile(r"[委会部处科室组队办区所院厂站馆校港司团局店]$")
# A place typed for the unit (连云港市, 江苏省无锡市, 吴中区): the city question's answer.
PLACE_AS_UNIT = "“{name}”是地名，不是用户单位的全称。"
CITY_KEPT = "所在城市已是{city}。"
CITY_ELSEWHERE = "所在城市现为{city}，如需改为{typed}，请点“⬅️ 上一步”修改城市。"
WHAT = "用户单位全称"
NAME_ASKED = "请填写用户单位全称（与营业执照一致），例如“XX电池有限公司”。"
# After the city alone is changed: the unit's name may still say the city it was in before.
UNIT_KEPT = ("只修改了所在城市，用户单位全称仍是“{name}”（名称中是{named}）。"
             "如用户单位也要改，请输入“企业全称：新的全称”。")
WITH_CONTACT = "用户单位只填单位全称（与营业执照一致），联系人和电话不填入计划表。"
NAME_WITHOUT_CONTACT = WITH_CONTACT + "请只发送“{name}”。"


def contact_in(text: str) -> re.Match[str] | None:
    """Contact details (a contact, a phone, an e-mail) in `text`, as typed in any width."""
    return CONTACT.search(_half_width(text))


def user_unit_problem(name: str) -> str | None:
    """None unless the name reads as a scenario or a workshop rather than an organisation (it
    holds a scenario's words, ends with a task such as 南钢炼钢厂转炉区域巡检 or a workshop such as
    焊装车间, and no organisation ends it), or contact details or a contact person follow it,
    which have no column in the plan, or it names places only (苏州市-, 苏州市—工业园区), or it
    plainly answers another question (`another_answer`)."""
    if problem := no_unit(name):
        return problem
    if contact := contact_in(name):
        unit = unit_before(name[:contact.start()])
        return NAME_WITHOUT_CONTACT.format(name=unit) if unit else WITH_CONTACT
    if person := person_after(name):
        return NAME_WITHOUT_CONTACT.format(name=name[:person.start()])
    if said := another_answer(name):
        return said + NAME_ASKED
    if ORGANISATION_END.search(name):
        return None
    if PART_OF_A_UNIT.search(name):
        return PART_AS_UNIT.format(name=name)
    if SCENARIO_WORDS.search(name) or TASK_ENDING.search(name):
        return SCENARIO_AS_UNIT.format(name=name)
    return None


def another_answer(name: str) -> str | None:
    """Why `name` plainly answers another question (`answer_elsewhere`: a list of units, a
    count, a button's words), or is a sentence or an indicator: a unit's name has no measure
    and no clauses, though one may follow a place and a comma (深圳市，南山区人民医院)."""
    if said := answer_elsewhere(name, WHAT, places=None, one_unit=False, listed=LISTED_UNITS,
                             departments=False):
        return said
    described = MEASURE.search(name) or sentence(name) and not ORGANISATION_END.search(name)
    return A_SENTENCE.format(text=name, what=WHAT) if described else None


def person_after(name: str) -> re.Match[str] | None:
    """A contact person typed after the unit's name (`PERSON_AFTER_NAME`), which voice input
    and `rules.name` join to it: neither a part of the unit nor a place."""
    person = PERSON_AFTER_NAME.search(name)
    if not person or PART_OR_PLACE_END.search(person.group()) or names_a_place(person.group()):
        return None
    return person


def unit_before(text: str) -> str:
    """The unit's name in the `text` before its contact details: without the bracket the
    contact was typed in (…公司(王工 139…), nor the person named before the phone."""
    opened = max(map(text.rfind, "（(【["))
    if opened > max(map(text.rfind, "）)】]")):
        text = text[:opened]
    text = text.rstrip(_BEFORE_CONTACT)
    if not ORGANISATION_END.search(text) and (person := _PERSON_BEFORE_PHONE.search(text)):
        text = text[:person.start()].rstrip(_BEFORE_CONTACT)
    return text


def _half_width(text: str) -> str:
    """`text` in NFKC's half-width spelling (１３９ as 139, ＠ as @), character for character,
    so a place in it is the same place in the `text` typed, whose name is suggested as typed."""
    return "".join(half if len(half := unicodedata.normalize("NFKC", ch)) == 1 else ch
                   for ch in text)



def place_as_unit(cities: tuple[str, ...], home: str | None = None
                  ) -> Callable[[Mapping[str, Any], str], str | None]:
    """Why a city typed for the unit's name (`only_a_city`) is not saved as it: it is the city
    question's answer, which the refusal says is kept (or how to change it), and asks for the
    name. A name going on from its city (无锡市第二人民医院) is a name."""
    def refused(answers: Mapping[str, Any], text: str) -> str | None:
        if not (city := only_a_city(text, cities, home)):
            return None
        kept = answers.get("city")
        where = (CITY_ELSEWHERE.format(city=kept, typed=city) if kept and kept != city
                 else CITY_KEPT.format(city=city))
        return PLACE_AS_UNIT.format(name=text.strip()) + where + NAME_ASKED

    return refused


def only_a_city(text: str, cities: tuple[str, ...], home: str | None = None) -> str | None:
    """The city a text names and nothing more, as the city question keeps it: one of `cities`
    or a county or district of one, perhaps after that city (无锡, 江苏省无锡市, 昆山市 and
    苏州市吴中区 as 苏州市), a municipality (上海, 重庆市江北区: no 宁波's 江北区), or a city
    elsewhere written in full (合肥市, 安徽省合肥市)."""
    bare = re.sub(r"\s+", "", text).rstrip("。.，,")
    place = PROVINCE_PREFIX.sub("", bare).lstrip(PROVINCE_SEPARATORS) or bare
    if place in every_spelling(cities):  # after another province, its own place: 上海市普陀区
        return resolve(bare, cities, home) or municipality(bare)
    city = resolve(place, cities, home)
    below = place.removeprefix(city or "")  # 吴中区 of 苏州市吴中区
    if city and below in every_spelling(cities) and resolve(below, cities, home) == city:
        return city
    if (city := municipality(place)) and place in (city, city[:-1]):
        return city
    return city_in_full(bare)


def unit_named_elsewhere(answers: Mapping[str, Any], cities: tuple[str, ...],
                         home: str | None = None) -> str | None:
    """That only the city was changed, when the unit's name begins with another of `cities`
    (苏州恒远… under 无锡市): it most likely names the unit of the city before, though a unit
    may build elsewhere than its name says, so it is told, not changed."""
    name, city = answers.get("enterprise") or "", answers.get("city")
    named = resolve(name, cities, home)
    return UNIT_KEPT.format(name=name, named=named) if named and city and named != city else None
