"""Answers that fill a cell without saying anything: 无, 待定, N/A, 详见附件, 正在洽谈中, or the
template's own stand-ins (XX, 某某) copied instead of a real name.
"""

import re
from typing import Any

_LIST_SPLIT = re.compile(r"[、，,；;\n]+")
# Said after a word as to a colleague, not part of it: 无🙏, 没有哦, 暂无～, 无呀.
_SAID_AFTER = re.compile(r"(?<=\S)(?:[哦噢呢啊呀哈吧～~〜!！]"
                         r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])+$")
# Of the words below, those that say there is none, not that it is to come or written elsewhere:
# at an optional question they leave it empty, as 无 does (an answer on screen stays, `engine`).
NONE_WORDS = frozenset({"无", "暂无", "没有", "空", "不涉及", "不适用",
                        "na", "n/a", "none", "null", "/", "-", "—", "——"})
# Words that fill a cell without saying anything; on the official row they read as an answer.
# 暂无其他 alone says none besides the answer given (kept, `typed_replies`); before names, no unit.
PLACEHOLDERS = NONE_WORDS | frozenset({
    "无其他", "暂无其他", "没有其他",
    "待定", "待确定", "未定", "待确认", "不确定", "待补充", "不详", "未知", "略",
    "见上文", "上面已写",
    "后续补充", "稍后补充", "以后补充", "待填", "后补", "待完善",
})
# The same, phrased: 详见附件, 暂时还没想好, 还没确定, 正在洽谈中, 另行报送. Each defers the answer
# to a paper the official row does not carry, or to a later that the row never gets.
_TALKS = r"(?:洽谈|商谈|谈判|对接|协商|沟通|确认|联系|接洽|筛选|遴选|招标|论证|商定)"
EVASIVE = re.compile(
    r"(?:具体|详细|请)?(?:详见|参见|参考|参照|见)(?:附件|附表|附录|另附|后附|附页|申报书|申报材料|材料)"
    r"[\w（）()]{0,6}"
    r"|(?:暂时|目前|现在|暂|还|尚)*(?:没有|没|未)(?:想好|确定|定|决定|考虑好|明确|落实)(?:好)?(?:了|呢)?"
    rf"|(?:正在|还在|仍在|尚在|目前|待){_TALKS}中?|{_TALKS}中"
    r"|(?:另行|后续|随后|稍后|之后|以后|单独|另外)(?:报送|提供|补充|上报|提交|填写|补报|说明)")
# 同上 said at length: 和上次一样, 跟上次一样, 与上个场景相同, 同上一个. The row is read alone, with
# no earlier one for them to point to; where a scenario is offered to reuse, its 沿用 button is
# meant.
SAME_AS_BEFORE = re.compile(
    r"(?:同上|见上|如上)"
    r"|(?:和|跟|与|同)?(?:上次|上一次|上个|上一个|之前|前面|上面|以前|前一个|上一份)(?:的)?"
    r"(?:场景|草稿)?(?:的)?(?:一样|相同|一致)(?:的)?"
    r"|同(?:上次|上一次|上个|上一个|前|前面|之前)(?:场景|草稿)?")
# Said by the rule, which knows no question: the engine says it for the question asked
# (`for_question`), as a required one has no 跳过 to point to.
_EITHER = "选填项不填请点“跳过”；必填项请填写具体内容。"
_REFUSED = "“{text}”不能作为回答。"
PLACEHOLDER = _REFUSED + _EITHER
_REQUIRED = "此项必填，请填写具体内容。"
REQUIRED_PLACEHOLDER = _REFUSED + _REQUIRED
_OPTIONAL = "此项选填，不填请点“跳过”。"
# XX, 某某: the stand-ins of the template's examples, copied instead of the real name (YY is
# a brand, YY语音, as well as a stand-in, so it is let through).
STAND_IN = re.compile(r"(?<![A-Za-z])(?:x{2,}|×{2,}|某某)(?![A-Za-z])", re.I)
STAND_IN_FOUND = "“{mark}”是填写示例里的占位符，请换成真实的单位、场景或产品名称。"


def for_question(refusal: str, *, required: bool) -> str:
    """A rule's `refusal` as said at a question, in the one wording that fits it: at a required
    one, without the 跳过 button it has not (详见附件 at 技术指标); at an optional one, the 跳过
    it has, not the required one's wording besides (详见附件 at 模型算法)."""
    return refusal.replace(_EITHER, _REQUIRED if required else _OPTIONAL)


def says_nothing(value: Any) -> bool:
    """无, 暂无, N/A, 详见附件 …, or a list of nothing but those: an empty cell written out."""
    words = _words(value)
    return bool(words) and all(word in PLACEHOLDERS or EVASIVE.fullmatch(word)
                               or SAME_AS_BEFORE.fullmatch(word) for word in words)


def says_there_is_none(value: Any) -> bool:
    """无, 暂无, 不涉及, N/A, / …, or a list of nothing but those; not 待定 or 同上, which say
    there is an answer yet to come or written elsewhere."""
    words = _words(value)
    return bool(words) and all(word in NONE_WORDS for word in words)


def _words(value: Any) -> list[str]:
    if isinstance(value, str):
        value = _LIST_SPLIT.split(value)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        return []
    return [unslashed(_SAID_AFTER.sub("", item.strip()).rstrip("。.").lower())
            for item in value if item.strip()]


def unslashed(word: str) -> str:
    """/无, /暂无: the word typed as if a command, by engineers used to them, read as the word
    (`engine` reads /无 at a required question as 无, refused alike); a slash alone stays."""
    return word[1:].strip() or word if word.startswith(("/", "／")) else word
