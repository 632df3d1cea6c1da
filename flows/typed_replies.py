"""Short typed replies that talk to the bot instead of answering its question.

On a phone people answer the way they would answer a colleague: 不用了, 暂时没有, 好的, 继续,
请问这个怎么填？ None of these belongs in a cell of the official row; each is read for what it
means (no, none, yes, carry on, a question about the question) and the step acts on that.
"""

import re

_END = r"[\s!！。.~～，,]*"
GREETING = re.compile(
    r"(?:你好|您好|hi|hello|hey|嗨|哈喽|在吗|在么|在不在|早上好|上午好|下午好|晚上好)"
    r"(?:呀|啊|哈|呢|\s*there)?[\s!！。.~～，,？?]*", re.I)
RESUMING = re.compile(r"(?:继续|接着|开始)(?:填写?|填报)?(?:吧|了)?" + _END)
# Nothing to give: 无, 没有, 暂时没有, 没有其他成员, 目前没有了.
_NONE = (r"(?:暂时|目前|现在|暂|还|尚)?(?:没有|没|无)(?:其他|别的|更多)?"
         r"(?:成员|单位|产品|内容|指标)?(?:了|啦|的)?")
NONE = re.compile(_NONE + _END)
# A no: the words of NONE, and 不用, 不需要补充, 无需补充, 算了, 先跳过.
DECLINED = re.compile(
    rf"(?:{_NONE}|(?:不用|不需要|无需|不必|暂不|不|否|算了|没了|先?跳过)(?:再)?(?:补充|填写?)?"
    rf"(?:了|啦|吧|的)?)" + _END)
# At an offer a no may come with its reason: 不需要，已经写了3项指标.
DECLINED_WITH_REASON = re.compile(rf"(?:{DECLINED.pattern})[，,；;。].{{0,40}}", re.S)
AGREED = re.compile(r"(?:好的?|好吧|是的?|需要|要|补充|可以|行|嗯|ok|yes)(?:的|吧|呀|啊|了)?"
                    + _END, re.I)
# A question about the question: short, ends in a question mark, asks how or what.
ASKING = re.compile(r".{0,30}(?:怎么|如何|什么|啥|哪|吗|么|呢|能否|是否|要不要|填).{0,10}[?？]\s*",
                    re.S)


def greets(text: str) -> bool:
    return bool(GREETING.fullmatch(text.strip()))


def resumes(text: str) -> bool:
    return bool(RESUMING.fullmatch(text.strip()))


def says_none(text: str) -> bool:
    return bool(NONE.fullmatch(text.strip()))


def declines(text: str, *, with_reason: bool = False) -> bool:
    """A no; `with_reason` also reads a no followed by why (at an offer, where a no is all
    the question asks)."""
    plain = text.strip()
    return bool(DECLINED.fullmatch(plain) or with_reason and DECLINED_WITH_REASON.fullmatch(plain))


def agrees(text: str) -> bool:
    return bool(AGREED.fullmatch(text.strip()))


def asks(text: str) -> bool:
    return bool(ASKING.fullmatch(text.strip()))
