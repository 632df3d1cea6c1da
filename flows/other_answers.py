"""What a name typed at 用户单位, 场景名称, 所属行业 or 细分方向 plainly answers instead.

Engineers answer a question late or early, or type an old button's words: a sentence of the
description, a count of machines, another question's button, a button of the summary or the
menus, a place, a unit's full name or the consortium's list of units. Saved as a name, each would
stand in the wrong column of the plan. They are told apart by their form, not by a list of
names, so a name of any kind still passes (港口物流, 苏州工业园区管理委员会, 和平精英). Each
question says what it asks (`what`) and adds how to answer it.
"""

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

from flows.corrected_counts import MACHINES, PIECE
from flows.counts import NUMERAL
from flows.indicators import assess_description
from flows.name_lookalikes import city_and_county, lookalike
from flows.named_places import JIANGSU, city_in_full
from flows.numbers import scan_quantities
from flows.place_spellings import PROVINCE_PREFIX, every_spelling
from flows.places import no_unit
from flows.row import DEPLOYMENT_GOALS, PRODUCT_FORMS, SCENARIO_TYPES
from flows.tech_products import only_counts

# A comma, a full stop or a measure inside the text: a clause, not a name (、 lists names).
CLAUSE = re.compile(r"[，,；;。！!？?:：]|[≥≤<>＜＞%％]")
# A level to meet or a share: an indicator's or a result's figure, never a unit's.
MEASURE = re.compile(r"[≥≤＜＞%％]|(?:不低于|不少于|不超过|不高于|不大于|不小于|达到)\s*[±]?\d")
# Marks ending a sentence, inside the text (one closing it is voice input's or a habit).
STOPS = re.compile(r"[。！？!?；;]")
INSIDE_STOP = re.compile(r"[。！？!?]")
# What a clause of a description says must or will be done; no task of a name says it.
PREDICATE = re.compile(r"需要|需具备|必须|将|进一步|能够|具备|拟|计划|希望|存在|难以|提升")
COMMA = re.compile(r"，|,(?=\s*[\u4e00-\u9fff])")  # not a Latin name's (Co., Ltd.)
CLOSING = "。.；;，,！!？? "
# A comma between words this long (the pauses taken out) parts clauses of a sentence; a name
# with an aside (仓储分拣，替代4名工人, 深圳市，南山区人民医院) is shorter.
SENTENCE_LENGTH = 16

# Another question's button (an old button of another draft, refused, and its word typed).
# 其他 is a form's button too, but said of an industry as well: not among them.
BUTTONS_ELSEWHERE = {
    **{kind: "第 6 步“场景类型”" for kind in SCENARIO_TYPES},
    **{word: "第 7 步“应用部署产品类型”" for product, forms in PRODUCT_FORMS.items()
       for word in (product, *forms) if word != "其他"},
    **{goal: "第 9 步“整机应用目标”" for goal in DEPLOYMENT_GOALS},
}
# The summary's and the menus' buttons, and the word that ticks all of a multiple choice.
MENU_WORDS = {
    "确认提交": "汇总页的“✅ 确认提交”按钮", "联系协调员": "“💬 联系协调员”按钮",
    "删除": "草稿列表的删除按钮", "全部": "可多选问题（应用部署产品类型、整机应用目标）的选法",
}
# 人形, 四足, 四足+人形: the product types said short, alone or joined.
_SHORT = r"(?:人形|四足)(?:机器人)?"
PRODUCT_SHORT = re.compile(rf"{_SHORT}(?:\s*[+＋、/和与及]\s*{_SHORT})*")
TICK = re.compile(r"^[☐☑✅💬🗑]\s*")
PAUSE = re.compile(r"\s+")
NUMBER = re.compile(rf"[{NUMERAL}]+")

# A unit's full name: a legal or institutional ending after a name of its own, not after a
# kind or grade of unit (数据中心, 民营医院, 职业学院, 三甲医院, 三级甲等医院 say a direction).
UNIT_NAME = re.compile(r"(?!(?:公立|民营|私立|综合|专科|社区|基层|职业|高等|重点"
                       r"|[一二三](?:级|级?[甲乙]等?))\w{2,3}$)"
                       r"\w{2,}(?:有限(?:责任)?公司|公司|集团|大学|学院|医院|研究院|研究所|实验室)")
# A unit's role in brackets after it, as the consortium is listed (东南大学（高校）).
ROLE = re.compile(r"[（(][^（）()]{1,8}[）)]$")
# What parts the units of a list (东南大学、南京大学, 东南大学？南京大学, 东南大学 南京大学).
LISTED = re.compile(r"\s*[、，,；;？?/／\s]\s*")
# At 用户单位 only 、 (or ？, voice input's 、) lists units: a comma, a slash, a semicolon or a
# pause parts one unit's name from its branch (国网江苏省电力有限公司，南京供电分公司).
LISTED_UNITS = re.compile(r"\s*[、？?]\s*")
# A unit's full name for certain, where a kind of unit names a direction (儿童医院, 高校实验室,
# 职业技术学院, 供电公司): only a legal or a university's or an institute's ending.
FULL_NAME = re.compile(r"\w{2,}(?:有限(?:责任)?公司|大学|研究院|研究所)")
# The product types a robot maker names its direction after (人形机器人): kept there.
ROBOTS = frozenset(product for product in PRODUCT_FORMS if product.endswith("机器人"))
# Units a joint one is named after (东南大学、南京大学联合实验室): one unit.
JOINT = re.compile(r"联合|共建|合作")
# Units joined without a mark, as 场景名称 keeps them (东南大学南京大学): each ends a unit.
# Only endings that close a unit's name for certain: a 公司 or 医院 after one may be its part
# (…有限公司检修分公司, 南京大学附属医院).
ONE_UNIT = re.compile(r".+?(?:有限(?:责任)?公司|大学|学院|研究院|研究所)"
                      r"(?:[（(][^（）()]{1,8}[）)])?")
# A unit's own part after its name (…大学第一临床医学院, …集团第七研究所): not a unit of a list.
PART_OF = re.compile(r"附属|第|分|下属").match
JIANGSU_PLACES = every_spelling(JIANGSU)
# A branch after its unit (…有限公司，南京供电分公司; 苏州大学，附属第一医院): one unit's name
# with its part, however the two are parted, not a list of units.
BRANCH = re.compile(r"(?:附属|下属).+|.+分(?:公司|院|厂|所|中心|部|行)")

A_SENTENCE = ("“{text}”像是一句描述，不是{what}，没有保存。"
              "现状与痛点、技术指标、预期成效在第 5 步填写。")
A_BUTTON_ELSEWHERE = "“{text}”是{question}的选项，不是{what}，没有保存。"
A_MENU_WORD = "“{text}”是{button}，不是{what}，没有保存。"
A_COUNT = "“{text}”像是第 10 步“部署总数”的回答，不是{what}，没有保存。"
A_NUMBER = "“{text}”是一个数字，不是{what}，没有保存。部署的台数在第 10 步“部署总数”填写。"
A_UNIT = ("“{text}”像是单位名称，不是{what}，没有保存。用户单位在第 2 步填写，"
          "联合体成员在第 8 步填写。")
UNITS_LISTED = ("“{text}”列了几家单位，不是{what}，没有保存。联合体成员在第 8 步"
                "“创新应用联合体成员”填写。")
A_PLACE = "“{text}”是地名，不是{what}，没有保存。所在城市在第 2 步填写。"
AN_INDUSTRY = "“{text}”是第 4 步“所属行业”的选项，不是{what}，没有保存。"
REPEATED = "“{text}”是已填的{title}，不是{what}，没有保存。"
TITLES = {"enterprise": "用户单位全称", "scenario_name": "场景名称", "industry": "所属行业"}


def measured(text: str) -> bool:
    """Whether `text` states an indicator, as a description does (年节约成本50万元). A numeral
    word that begins the name with 元 or a measure word after it is a word of it (三元锂电池,
    两元店, 三类医疗器械, 四件套), no indicator: only the words after it are read (what a count
    at the start counts, as in 两个车间, is `industries._counts`'s to say)."""
    first = next(iter(scan_quantities(text)), None)
    if (first and first.start == 0 and first.word_like and first.kind in ("money", "count")
            and text[first.end:].strip()):
        text = text[first.end:]
    return assess_description(text).is_quantified


def stated(text: str) -> bool:
    """Whether `text` is sentences as a description is: a full stop, question or exclamation
    mark inside it, three clauses or more (a pain point pasted: …插头，存在打火风险，多品种…), or
    a comma before a clause saying what must, will or is hoped to be done, or what goes wrong
    (…，机器人需具备…能力; …，拟用人形机器人提升…); a comma alone parts a name's site from its
    task (电池包下线测试，高压插头柔性插接; 冷链仓库，-25℃环境下货物搬运)."""
    body = text.strip().rstrip(CLOSING)
    clauses = COMMA.split(body)
    return bool(INSIDE_STOP.search(body)) or len(clauses) > 2 or any(
        PREDICATE.search(clause) for clause in clauses[1:])


def sentence(text: str) -> bool:
    """Whether `text` is sentences: a full stop, question mark or semicolon inside it, or
    clauses long enough parted by a comma."""
    body = text.strip().rstrip(CLOSING)
    return bool(STOPS.search(body)) or bool(
        COMMA.search(body) and len(PAUSE.sub("", body)) >= SENTENCE_LENGTH)


def counts_machines(text: str) -> bool:
    """How many machines, or a count set right (100000台, 共计12台套, 改成12台, 实际应为6台,
    经核实，6台), and nothing else: 部署总数's answer."""
    return only_counts(text) or bool(re.search(MACHINES, text)
                                     and re.fullmatch(rf"(?:{PIECE}|\d)+", text))


def units(text: str, joined: bool = False, one: bool = True, listed: re.Pattern[str] = LISTED,
          unit: re.Pattern[str] = UNIT_NAME) -> str:
    """A_UNIT or UNITS_LISTED for a `unit` name or a list of them (parted by `listed` marks,
    or with `joined` one after another), as the consortium's members are typed; ""
    otherwise; a unit alone is none where `one` is not refused (at 用户单位)."""
    bare = PAUSE.sub("", text)
    parts = [ROLE.sub("", part) for part in listed.split(text.strip()) if part]
    joint = ONE_UNIT.findall(bare)
    if len(parts) < 2 and joined and "".join(joint) == bare and not any(map(PART_OF, joint[1:])):
        parts = [ROLE.sub("", part) for part in joint]
    if with_branch(text, listed):
        return A_UNIT if one else ""
    if len(parts) > 1 and all(map(unit.fullmatch, parts)) and not JOINT.search(parts[-1]):
        return UNITS_LISTED
    return A_UNIT if one and unit.fullmatch(bare) else ""


def with_branch(text: str, listed: re.Pattern[str] = LISTED) -> bool:
    """Whether `text` is a unit's full name, then (after a `listed` mark) one of its branches
    (`BRANCH`): one unit, not two."""
    parts = [part for part in listed.split(text.strip().rstrip(CLOSING)) if part]
    return len(parts) == 2 and bool(UNIT_NAME.fullmatch(parts[0]) and BRANCH.fullmatch(parts[1]))


def a_place(text: str) -> bool:
    """苏州市, 昆山市, 江宁区, 深圳市, 张家港保税区, or 苏州 and 江宁 as the whole answer: a
    place. A short name only begins a word of a name (苏州园林), so that is left alone."""
    bare = PROVINCE_PREFIX.sub("", text)
    return not bare or bare in JIANGSU_PLACES or no_unit(text) is not None


def city_or_province(text: str) -> bool:
    """江苏省, 昆山市, 江苏省苏州市, 深圳市: a place as the city question has it, written in
    full; a zone's type (综合保税区, 高新区) or a short name (东海, 通州) may be a direction."""
    bare = PROVINCE_PREFIX.sub("", text)
    return not bare or city_in_full(text) is not None


@lru_cache(maxsize=4096)  # asked again of every stored answer whenever the row is checked
def answer_elsewhere(text: str, what: str, *, places: Callable[[str], bool] | None = a_place,
                     joined: bool = False, one_unit: bool = True, listed: re.Pattern[str] = LISTED,
                     unit: re.Pattern[str] = UNIT_NAME, robots: bool = False,
                     departments: bool = True) -> str | None:
    """Why `text` plainly answers another question, named with what is asked there, for a
    question asking `what`; a place is one only as `places` reads it, units joined without a
    mark only where `joined`, a `unit` name alone only where `one_unit`, units as `listed`;
    a robot product's name (人形机器人) is none where `robots` name directions; a region, a
    date, a phase, a person or a department where `departments` (`lookalike`) is none either."""
    bare = PAUSE.sub("", TICK.sub("", text.strip())).rstrip(CLOSING)
    if not bare or robots and (bare in ROBOTS or PRODUCT_SHORT.fullmatch(bare)):
        return None
    if question := BUTTONS_ELSEWHERE.get(bare):
        return A_BUTTON_ELSEWHERE.format(text=bare, question=question, what=what)
    if PRODUCT_SHORT.fullmatch(bare):
        return A_BUTTON_ELSEWHERE.format(text=bare, question=BUTTONS_ELSEWHERE["人形机器人"],
                                         what=what)
    if button := MENU_WORDS.get(bare):
        return A_MENU_WORD.format(text=bare, button=button, what=what)
    if counts_machines(bare):
        return A_COUNT.format(text=text.strip(), what=what)
    if NUMBER.fullmatch(bare):
        return A_NUMBER.format(text=bare, what=what)
    if said := units(text.strip().rstrip(CLOSING), joined, one_unit, listed, unit):
        return said.format(text=text.strip(), what=what)
    if said := lookalike(bare, what, departments):
        return said
    if places and places(bare) or city_and_county(bare):
        return A_PLACE.format(text=text.strip(), what=what)
    return None


def industry_named(industries: tuple[str, ...], what: str, then: str
                   ) -> Callable[[str], str | None]:
    """A problem refusing a button's industry (电子信息制造业) typed where `what` is asked, with
    `then` saying how to answer."""
    def problem(text: str) -> str | None:
        bare = PAUSE.sub("", text.strip())
        return AN_INDUSTRY.format(text=bare, what=what) + then if bare in industries else None

    return problem


def repeated(keys: tuple[str, ...], what: str, then: str
             ) -> Callable[[Mapping[str, Any], str], str | None]:
    """A typed refusal of an answer already given to one of `keys` (the scenario's name typed
    again at 所属行业, the industry again at 细分方向), with `then` saying how to answer."""
    def refused(answers: Mapping[str, Any], text: str) -> str | None:
        bare = PAUSE.sub("", text.strip()).rstrip(CLOSING)
        key = next((key for key in keys if bare and answers.get(key) == bare), None)
        return REPEATED.format(text=bare, title=TITLES[key], what=what) + then if key else None

    return refused
