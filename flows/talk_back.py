"""Words an engineer says to the coordinator who returned their draft, not answers to the
question on screen: right after a return, people reply to the person who sent it (收到，谢谢领导),
and saved at a flagged question such words replace the very answer the coordinator asked about.

Only whole messages count, each of one of the kinds below (or opened by a question about the
return, or by a coordinator called by title, then more words), and only while a draft stands
returned (the caller's to check): 收到订单后需人工分拣 is a pain point, 好的产品体验 a result,
为什么要用机器人：… an answer, as none of them is a reply alone.
"""

import re
import unicodedata

_PAUSE = r"[\s，,。.！!~～、…]*"
# Acknowledgements, what is to be done and what has been (收到，谢谢李科 / 好的，马上改 /
# 已按意见修改，请审核 / 嗯好的我这就去改一下): each piece is a reply to the return; a
# message made only of them says nothing about the scenario. 已改好 is 已改 and 好 (好 ends a fix
# only before 了): read both ways, a long 已改好已改好…x took seconds to give up on.
_TITLE = r"(?:领导|老师|科长|处长|主任|科|处|工|总)"
# A run of 嗯 is one word (possessive, as no other word starts with 嗯): read as several, a
# long 嗯嗯嗯… followed by other words took the regex engine seconds to give up on.
_ACK = (r"收到了?|好的?|好嘞|好滴|嗯++|明白了?|知道了|了解了?|没问题|ok|okay|稍等(?:一下)?|辛苦了"
        rf"|麻烦了|(?:谢谢|感谢)(?:您|[\u4e00-\u9fff]{{0,2}}{_TITLE})?")
_WILL_FIX = (r"我?(?:马上|立即|立刻|尽快|稍后|这就|现在)(?:就)?去?(?:修改|改|调整|补充|处理)"
             r"(?:一下)?")
_FIXED = (r"(?:已经?|都)(?:按照?(?:您的|协调员的?|领导的?)?(?:意见|要求))?"
          r"(?:修改|改|更正|调整|补充)(?:好(?=了)|完|完毕|完成)?了?|(?:修改|改|调整|补充)好了")
_ASK_REVIEW = r"(?:请|麻烦)(?:您|领导)?(?:再次?|重新)?(?:审核|审批|看看|看一下|看下|查收)(?:一下)?"
_PIECE = rf"(?:{_ACK}|{_WILL_FIX}|{_FIXED}|{_ASK_REVIEW})"
ACKNOWLEDGEMENT = re.compile(rf"{_PIECE}(?:{_PAUSE}{_PIECE})*{_PAUSE}", re.I)
# An acknowledgement, then what is to be changed (收到，马上改部署总数 / 好的，这就去修改名称): the
# column named after the fix; an acknowledgement and a pause first, as 立即调整产线 may answer.
ACK_THEN_FIX = re.compile(rf"(?:{_ACK})(?:{_PAUSE}(?:{_ACK}))*[\s，,。.！!~～、…]+(?:{_WILL_FIX})"
                          rf"[\u4e00-\u9fff]{{1,8}}{_PAUSE}", re.I)
# Thanks and yeses alone (收到，谢谢 / 好的): as much to the bot as to anyone, words for the
# coordinator only right after one wrote (a return), not at an entry handed in.
PLEASANTRY = re.compile(rf"(?:{_ACK})(?:{_PAUSE}(?:{_ACK}))*{_PAUSE}", re.I)

# Written to someone by name (@张处 已按意见修改): no answer opens with a mention.
ADDRESSED = re.compile(r"[@＠]\S.*", re.S)

# Questions about the return itself (为什么退回？, 哪里需要改, 协调员意见是什么, 退回原因): the
# return is named, or what is to be changed, so no question about the scenario reads so.
_ASK = r"(?:请问)?"
_END = r"(?:呢|啊|呀)?[？?]*"
ABOUT_RETURN = re.compile(
    rf"{_ASK}(?:(?:为什么|为啥|怎么|因为什么|什么原因)(?:被|要|又)?退回(?:了|的|来)?(?:我们?的)?"
    rf"|(?:哪里|哪儿|哪些(?:地方|内容|项)?|什么地方|哪一?项)(?:还)?(?:需要|要|得)(?:修改|改)"
    rf"|(?:协调员|领导|审核)的?意见是(?:什么|啥)"
    rf"|退回(?:的)?(?:原因|理由)(?:是(?:什么|啥))?){_END}")

# A request ending the message (…，能否先提交？) or a question for a phone number (请问联系人
# 电话多少): spoken forms no answer ends with. Pushback (没法改, 改不了, 不能改) is left out: a
# pain point may end so (老旧设备接口封闭，没法改; 现有产线布局固定，不能改).
_REQUEST = r"(?:能否|能不能|可否|可不可以|是否可以|可以)先?(?:提交|通过|审核通过)(?:吗|呢)?[？?]*"
REQUEST = re.compile(rf"(?:.{{0,60}}[，,\s])?(?:{_REQUEST})", re.S)
PHONE = re.compile(r"请问.{0,12}(?:电话|手机|联系方式)(?:号码?)?(?:是)?(?:多少|是什么|是啥|呢)[?]*")

# A message opened by such a question, or by a coordinator called by title, then more words
# (为什么退回？我们的痛点写得很清楚了 / 李科长，名称哪里不对 / 领导您好，…): said to the one who
# returned it. The opener must stand alone before a pause: 为什么要退回旧设备 and 领导驾驶舱数据展示
# are answers, and a bare 此处 or 李处 is no vocative (此处，人工搬运… is a pain point). A name
# before a colon is left out: 王主任：统筹协调 lists a member.
_THEN_MORE = r"[？?，,。.！!~～、…\s]+\S.*"
_VOCATIVE = (r"(?:(?:尊敬的)?(?:领导|老师)(?:您好|好)?[，,：:]"
             r"|[\u4e00-\u9fff](?<![副正总主])(?:科长|处长|主任)(?:您好)?[，,])")
OPENED = re.compile(rf"(?:{ABOUT_RETURN.pattern}){_THEN_MORE}|{_VOCATIVE}[\s，,！!]*\S.*",
                    re.S)

KINDS = (ACKNOWLEDGEMENT, ACK_THEN_FIX, ADDRESSED, ABOUT_RETURN, REQUEST, PHONE, OPENED)


def talk_back(text: str) -> bool:
    """Whether the whole message is words for the coordinator (one of `KINDS`), not an answer."""
    said = unicodedata.normalize("NFKC", text).strip()
    return bool(said) and any(kind.fullmatch(said) for kind in KINDS)


def unprompted_talk_back(text: str) -> bool:
    """Words for the coordinator where none has written to the engineer (at an entry submitted
    or approved): `talk_back`'s, but thanks and yeses alone."""
    said = unicodedata.normalize("NFKC", text).strip()
    return talk_back(said) and not PLEASANTRY.fullmatch(said)
