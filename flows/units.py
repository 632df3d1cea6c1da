"""The units a row names. 填写说明 1 names the provincial 工业和信息化 departments and the
central enterprise groups as who may hand in a row, so a typed 报送单位 must read as the full
name of one of them: a department's name starts with its province's (省工信厅 says which
department only to its own staff) and is not abbreviated (工信, 经信). Any other name must be a
central enterprise group's: an engineer who types their own company, or a provincial or city
state-owned group, would otherwise have the row counted and exported apart from the province's.

Engineers are asked to press the default unit's button; a typed 确认 or 好的, or an access
code sent twice on a slow network, would otherwise become the unit on the official row. The
用户单位's name is checked in `user_units.py`.
"""

import re
from collections.abc import Callable, Mapping
from typing import Any

from flows import rules
from flows.central_enterprises import full_name_before_remark, group_at_start, listed_group, meant
from flows.deployment_words import words_of
from flows.named_places import names_a_place
from flows.places import PROVINCE_PREFIX, PROVINCES
from flows.suggestions import Suggested

# What a department's or a group's name ends with, longest first; a name is more than these.
ENDINGS = re.compile(r"(?:(?:集团|股份)?有限(?:责任)?公司|公司|集团|委员会|委|厅|局|办公室)+$")
# A government department's ending, and the abbreviations of its name that are no full name.
DEPARTMENT_END = re.compile(r"(?:委员会|委|厅|局|办公室)$")
ABBREVIATED = re.compile(r"工信|经信")
NOT_FULL_NAME = ("“{name}”不是{level}主管部门或中央企业集团的全称（填写说明 1）。"
                 "请写全称，如“{department}”；"
                 "由中央企业集团报送的，请写集团全称，如“中国XX集团有限公司”。")
# The default department's name as it is also typed: 与 or 及 for 和, 工信 for 工业和信息化 (经信
# for 经济和信息化), its province without 省, spaces of voice input, a remark in brackets after
# it (（代报）, 【盖章】, or a spoken 代报), 委 for 委员会 (上海市经信委).
REMARK = re.compile(r"(?:[（(【\[][^（）()【】\[\]]*[）)】\]]|代报|盖章)$")
AND_INFORMATION = re.compile(r"(工业|经济)[与及和、]?信息化")
SPELLED_OUT = {"工信": "工业和信息化", "经信": "经济和信息化"}
# The province's name without the word for its kind (江苏省, 北京市, 广西壮族自治区, 广西自治区).
PROVINCE_WORD = re.compile(rf"^({'|'.join(PROVINCES)})(?:省|市|(?:壮族|回族|维吾尔)?自治区)")
COMMITTEE = re.compile(r"委$")
# The example of a department's full name when the default unit is a group's.
ANY_DEPARTMENT = "XX省工业和信息化厅"
READ_AS_OWN = "已按默认报送单位“{own}”记录（输入的是“{typed}”）。"
READ_AS_GROUP = "已按中央企业集团全称“{group}”记录（输入的是“{typed}”）。"
OTHER_DEPARTMENT = ("“{name}”不是{here}场景的报送单位。"
                    "{here}场景由{level}工信主管部门报送，请填“{own}”；"
                    "只有中央企业集团直接报送时才填集团全称（填写说明 1）。")
# A city's, county's or district's department (苏州市工业和信息化局, 沛县工信局, 浦东新区科技和经济
# 委员会), perhaps after its province: the 设区市 bureaus the notice is sent to, who hand their
# rows to the province's department rather than in themselves.
LOCAL_DEPARTMENT = re.compile(r"^(?!中国|国家)\w{1,6}?[市县区]")
LOCAL = ("“{name}”是设区市或县（区）的部门，不是报送单位。{here}场景由{level}工信主管部门统一报送，"
         "请点击下方按钮确认“{own}”；只有中央企业集团直接报送时才填集团全称（填写说明 1）。")
NOT_CENTRAL = ("“{name}”不是中央企业集团。{here}场景由{level}工信主管部门报送，请填“{own}”；"
               "只有中央企业集团直接报送时才填集团全称（填写说明 1）。")
# A central enterprise group (国务院国资委监管的中央企业) is named 中国…/国家…集团 but for
# the few below, whose names begin otherwise; a group of the province's own (亨通集团, 中天科技
# 集团, 徐工集团) does not. Its name is national (`names_a_place`) and the group's, not a branch's.
GROUP = re.compile(r"集团")
BRANCH = re.compile(r"分公司$")
NATIONAL = ("中国", "国家", "中粮集团", "东风汽车集团", "鞍钢集团", "招商局集团",
            "华润（集团）", "华润(集团)", "华侨城集团", "南光（集团）", "南光(集团)",
            "新兴际华集团", "有研科技集团", "矿冶科技集团", "机械科学研究总院集团",
            "哈尔滨电气集团")
# Central enterprises off SASAC's list (`LISTED`) and named without 集团 or as a department is.
CENTRAL_NAMED_OTHERWISE = frozenset({
    "中国铁塔股份有限公司", "中国冶金地质总局", "中国煤炭地质总局",
})
# The ministries the plan is handed to (the notice: 报送工业和信息化部（科技司）、国务院国资委
# （规划局）): named as 报送单位 by mistake, they are no unit's short name.
RECIPIENT = re.compile(r"(?:中华人民共和国)?(?:工业和信息化部|工信部|国务院国资委|国资委"
                       r"|国务院国有资产监督管理委员会)(?:科技司|规划局|办公厅)?")
RECEIVES = ("“{name}”是接收工作计划表的部门，不是报送单位。{here}场景由{level}工信主管部门报送，"
            "请填“{own}”；中央企业集团直接报送时填集团全称（填写说明 1）。")
ASK_MEANT = ("您是指“{listed}”吗？报送单位应填集团全称（填写说明 1），是请点击下方“采用”按钮；"
             "“{typed}”无误请点“保持不变”。")
TAKE = "采用“{listed}”"
COUNTED_AS = "报送单位“{typed}”按“{listed}”统计和导出（建议填写集团全称）"
NOT_A_UNIT = ("“{name}”不是单位全称。报送单位请点击下方按钮确认；"
              "由中央企业集团报送的，请输入集团全称，例如“中国XX集团有限公司”。")


def submitting_unit_problem(name: str, own: str = "江苏省工业和信息化厅") -> str | None:
    """None for a department's or a central enterprise group's full name, otherwise what to do
    instead: `own` is the department that hands the province's rows in, and the only department
    taken: another (江苏省科学技术厅, 江苏省经济和信息化委员会 as it was once named, another
    province's) hands in no row of this province's. A listed group's short name (中国电科) is
    taken, to be asked whether its full name is meant (`ask_meant`)."""
    if listed_group(name):
        return None
    if RECIPIENT.fullmatch(name):
        return told(RECEIVES, name, own)
    ending = ENDINGS.search(name)
    if not ending or len(name) - len(ending.group()) < 2:  # but a group's institute: its branch's
        return told(NOT_CENTRAL if group_at_start(name) else NOT_A_UNIT, name, own)
    if is_central_enterprise(name):
        return None
    if name.endswith("集团"):  # 亨通集团, 徐工集团: a group's short name, perhaps a central one's
        return NOT_A_UNIT.format(name=name)
    if not DEPARTMENT_END.search(name):
        return told(NOT_CENTRAL, name, own)
    if (DEPARTMENT_END.search(own) and LOCAL_DEPARTMENT.match(PROVINCE_PREFIX.sub("", name))
            and not spells_own(name, own)):
        return told(LOCAL, name, own)
    if not PROVINCE_PREFIX.match(name):
        return told(NOT_FULL_NAME, name, own)
    if DEPARTMENT_END.search(own) and not spells_own(name, own):
        return told(OTHER_DEPARTMENT, name, own)
    return told(NOT_FULL_NAME, name, own) if ABBREVIATED.search(name) else None


def told(refusal: str, name: str, own: str) -> str:
    """A refusal naming the deployment's department `own` (also as the example of a full
    name), in the deployment's words (本省 or 本市, `deployment_words`)."""
    words = words_of(own)
    return refusal.format(name=name, own=own, here=words.own, level=words.level,
                          department=example_department(own))


def example_department(own: str) -> str:
    """A department's full name to show: the deployment's own, unless it is a group's."""
    return own if DEPARTMENT_END.search(own) else ANY_DEPARTMENT


def spells_own(name: str, own: str) -> bool:
    """江苏省工信厅, 江苏省工业与信息化厅, 江苏省工业和信息化厅（代报）, 上海经信委, 广西工信厅:
    the default department (`own`) as typed in a hurry or with a remark, which can be no other
    unit."""
    return _canonical(name) == _canonical(own)


def _canonical(name: str) -> str:
    name = REMARK.sub("", re.sub(r"\s+", "", name))
    name = AND_INFORMATION.sub(r"\1和信息化", name)
    name = ABBREVIATED.sub(lambda short: SPELLED_OUT[short[0]], name)
    name = COMMITTEE.sub("委员会", name)
    return PROVINCE_WORD.sub(r"\1", name)


def read_as_unit(own: str) -> Callable[[str, Any], str | None]:
    """The notice that a typed spelling of the default department (`spells_own`) is saved as
    its name, or a group's full name without the remark after it (`full_name_before_remark`),
    so the engineer sees what the row will say."""
    def told(typed: str, saved: Any) -> str | None:
        typed = re.sub(r"\s+", "", typed).rstrip("。.")  # pauses and a full stop say nothing
        if saved == own != typed:
            return READ_AS_OWN.format(own=own, typed=typed)
        if saved != typed and saved == full_name_before_remark(typed):
            return READ_AS_GROUP.format(group=saved, typed=typed)
        return None

    return told


def is_central_enterprise(name: str) -> bool:
    """Whether a 报送单位 is a central enterprise group's, whose rows the notice counts against
    the group's own minimum, apart from its province's."""
    if name in CENTRAL_NAMED_OTHERWISE or listed_group(name):
        return True
    return bool(name.startswith(NATIONAL) and GROUP.search(name)
                and not DEPARTMENT_END.search(name)
                and not (names_a_place(name) and not name.startswith("哈尔滨电气"))
                and not BRANCH.search(name))


def ask_meant(answers: Mapping[str, Any]) -> Suggested | None:
    """报送单位 written otherwise than a listed group's full name: whether that one is meant,
    with a button to take it; what was typed may be kept, as a group founded since may be."""
    typed = answers.get("submitting_unit") or ""
    if not (listed := meant(typed)):
        return None
    return Suggested(ASK_MEANT.format(listed=listed, typed=typed), listed,
                     TAKE.format(listed=listed))


def counted_as(answers: Mapping[str, Any]) -> str | None:
    """A file's 报送单位 written otherwise than a listed group's full name: counted as that
    group, which the operator is told, as the chat asks (`ask_meant`); it is no problem."""
    typed = answers.get("submitting_unit") or ""
    listed = meant(typed)
    return COUNTED_AS.format(typed=typed, listed=listed) if listed else None


def submitting_unit(own: str) -> Callable[[Any], str]:
    """A typed 报送单位, as spoken names are kept (`rules.name`), and without a final "." too;
    a unit that is no department's nor group's is told to write `own`, and a spelling of `own`
    is saved as `own`, a group's full name with a remark after it as the name alone."""
    spoken = rules.name(60)

    def check(value: Any) -> str:
        name = spoken(value).rstrip(".")
        if spells_own(name, own):
            return own
        if group := full_name_before_remark(name):
            return group
        if problem := submitting_unit_problem(name, own):
            raise rules.fail(problem)
        return name

    return check
