"""The units a row names. 填写说明 1 names the provincial 工业和信息化 departments and the
central enterprise groups as who may hand in a row, so a typed 报送单位 must read as the full
name of one of them: a department's name starts with its province's (省工信厅 says which
department only to its own staff) and is not abbreviated (工信, 经信). Any other name must be a
central enterprise group's: an engineer who types their own company, or a provincial or city
state-owned group, would otherwise have the row counted and exported apart from the province's.

Engineers are asked to press the default unit's button; a typed 确认 or 好的, or an access
code sent twice on a slow network, would otherwise become the unit on the official row. The
用户单位 may be any kind of organisation, so its name is only refused when it reads as the
scenario itself (it names a task where an organisation should end it): an answer typed one
question too early.
"""

import re
import unicodedata
from collections.abc import Callable, Mapping
from typing import Any

from flows import rules
from flows.central_enterprises import full_name_before_remark, group_at_start, listed_group, meant
from flows.deployment_words import words_of
from flows.names import TASK_ENDING
from flows.places import PROVINCE_PREFIX, PROVINCES, names_a_place, no_unit
from flows.suggestions import Suggested

# What a department's or a group's name ends with, longest first; a name is more than these.
ENDINGS = re.compile(r"(?:(?:集团|股份)?有限(?:责任)?公司|公司|集团|委员会|委|厅|局|办公室)+$")
# A government department's ending, and the abbreviations of its name that are no full name.
DEPARTMENT_END = re.compile(r"(?:委员会|委|厅|局|办公室)$")
ABBREVIATED = re.compile(r"工信|经信")
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
# (苏州联系人力资源有限公司). They are looked for in the name's half-width spelling
# (`_half_width`): phones typed on a Chinese keyboard come in full-width digits (１３９, ＠).
_NAME_END = (r"(?:(?<=[\s，,；;：:、（()）【】\[\]/])|(?<=[院所厂局站馆会处部校港室])"
             r"|(?<=公司|集团|大学|中心|基地))")
_AFTER_A_NAME = rf"(?:^|{_NAME_END})"
CONTACT = re.compile(rf"{_AFTER_A_NAME}(?:联系人|联系电话|联系方式|负责人"
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
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁"
             "潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦"
             "邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
_TITLE = (r"(?:总经理|副总|经理|总监|总工|工程师|工|总|主任|部长|科长|处长|厂长|院长|所长|主管|老师"
          r"|教授|博士|先生|女士|师傅)")
# A surname with a title (王经理, 张工, 李明经理); a name alone (李明) is as often a place or a
# department (张浦, 丁家桥, 严选), and 金工 is the metalworking shop.
PERSON_AFTER_NAME = re.compile(
    rf"(?:{_LEGAL_END})[（(【]?(?!金工$)[{_SURNAMES}][\u4e00-\u9fff]?{_TITLE}[）)】]?$")
PART_OR_PLACE_END = re.compile(r"[委会部处科室组队办区所院厂站馆校港司团局店]$")
WITH_CONTACT = "用户单位只填单位全称（与营业执照一致），联系人和电话不填入计划表。"
NAME_WITHOUT_CONTACT = WITH_CONTACT + "请只发送“{name}”。"
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


def contact_in(text: str) -> re.Match[str] | None:
    """Contact details (a contact, a phone, an e-mail) in `text`, as typed in any width."""
    return CONTACT.search(_half_width(text))


def user_unit_problem(name: str) -> str | None:
    """None unless the name reads as a scenario or a workshop rather than an organisation (it
    holds a scenario's words, ends with a task such as 南钢炼钢厂转炉区域巡检 or a workshop such as
    焊装车间, and no organisation ends it), or contact details or a contact person follow it,
    which have no column in the plan, or it names places only (苏州市-, 苏州市—工业园区)."""
    if problem := no_unit(name):
        return problem
    if contact := contact_in(name):
        unit = _unit_before(name[:contact.start()])
        return NAME_WITHOUT_CONTACT.format(name=unit) if unit else WITH_CONTACT
    if person := person_after(name):
        return NAME_WITHOUT_CONTACT.format(name=name[:person.start()])
    if ORGANISATION_END.search(name):
        return None
    if PART_OF_A_UNIT.search(name):
        return PART_AS_UNIT.format(name=name)
    if SCENARIO_WORDS.search(name) or TASK_ENDING.search(name):
        return SCENARIO_AS_UNIT.format(name=name)
    return None


def person_after(name: str) -> re.Match[str] | None:
    """A contact person typed after the unit's name (`PERSON_AFTER_NAME`), which voice input
    and `rules.name` join to it: neither a part of the unit nor a place."""
    person = PERSON_AFTER_NAME.search(name)
    if not person or PART_OR_PLACE_END.search(person.group()) or names_a_place(person.group()):
        return None
    return person


def _unit_before(text: str) -> str:
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
