"""Short typed replies that talk to the bot instead of answering its question.

On a phone people answer the way they would answer a colleague: 不用了, 暂时没有, 好的, 继续,
请问这个怎么填？ None of these belongs in a cell of the official row; each is read for what it
means (no, none, yes, carry on, a question about the question) and the step acts on that.
"""

import re

from flows import hold_words
from flows.empty_answers import says_nothing, says_there_is_none
from flows.own_robot_words import says_own_robots

_END = r"[\s!！。.~～，,]*"
_SOON = r"(?:暂时|目前|现在|暂|还|尚|先)?"  # 暂时没有: none for now
GREETING = re.compile(
    r"(?:你好|您好|hi|hello|hey|嗨|哈喽|在吗|在么|在不在|早上好|上午好|下午好|晚上好)"
    r"(?:呀|啊|哈|呢|\s*there)?[\s!！。.~～，,？?]*", re.I)
RESUMING = re.compile(r"(?:继续|接着|开始)(?:填写?|填报)?(?:吧|了)?" + _END)
# None: 无, 没有了, 无其他单位, 没有操作系统. Said to an answer on screen it may mean none besides
# it, which stays; 暂时没有 only passes on.
_WHAT = (r"(?:其他|别的|更多)?的?(?:成员单位|成员|单位|高校|院所|企业|产品|内容|指标|模型算法|算法"
         r"|操作系统|系统|仿真平台|平台|关键零部件|零部件|细分方向|方向|创新点)?")
# Nothing besides what was said: 别的没有了, 其他都没有, 就这些.
_NOTHING_ELSE = r"(?:别的|其他)(?:都|也)?(?:没有|没)|就(?:这些|这几家|这样)"
NONE = re.compile(rf"(?:(?:没有|无){_WHAT}|{_NOTHING_ELSE})(?:了|啦)?" + _END)
_NOTHING = _SOON + rf"(?:(?:没有|没|无){_WHAT}|{_NOTHING_ELSE})"
_NO = (_SOON + r"(?:不用|不需要|无需|不必|没必要|不要|不|否|算了|没了|跳过|以后再说|再说"
       r"|不知道|不清楚)(?:再)?(?:补充|填写?|写)?(?:一下)?")
# A no: 不用, 暂时没有, 不需要补充, 无需补充, 算了, 先不填了, 不知道.
DECLINED = re.compile(rf"(?:{_NOTHING}|{_NO})(?:了|啦|吧|的)?" + _END)
# At an offer a no may come with its reason: 不需要，已经写了3项指标.
DECLINED_WITH_REASON = re.compile(rf"(?:{DECLINED.pattern})[，,；;。].{{0,40}}", re.S)
# A yes to an offer: 好的, 是, 需要, 需要补充, 是的，需要补充, 补充一下.
_YES = r"(?:好的?|好吧|是的?|对|嗯|行|可以|ok|yes)"
# A yes of two characters or more: said before a list of names it is never a name's start
# (好的，优必选…), where 好 太太, 是 德科技 and 行 远 may be voice pauses inside one.
_SURE = r"好的|好吧|是的|对的|可以|ok|okay|没问题|无误|没错|确认|嗯嗯+"
LEADING_REPLY = re.compile(rf"^(?:(?:{_SURE})[\s，,。]+)+(?=\S)", re.I)
# Said to an echo that asks whether the answer is wrong or unfinished: it is right as it
# stands (好的, 无误, 没错, 没有, 对的，没问题, 不是多家, 写完了), or it is to be corrected (不是,
# 不对, 错了).
_RIGHT = (rf"(?:{_SURE}|{_YES}|嗯+|没有错|没有(?:问题|错误)?|无|确认无误|正确|就这样|已?写(?:完|好)"
          r"|不用改|不是多家(?:单位)?|就一家)(?:的|了|吧|啊|呀)?")
# Each word is read whole, up to the pause after it, and kept as first read (the atomic group;
# 确认无误, not 确认, as only it reaches the pause): 好的 reads as a _SURE, a _YES or 好 with 的,
# and trying each reading of each word of a long 好的，好的，…x took seconds.
_RIGHT_WORD = rf"(?>{_RIGHT}(?![^\s!！。.~～，,]))"
CONFIRMED = re.compile(rf"{_RIGHT_WORD}(?:[\s，,]+{_RIGHT_WORD})*" + _END, re.I)
TO_CORRECT = re.compile(r"(?:不是|不对|错了|有误|拆错了)(?:的|了|吧|啊)?" + _END)
RIGHT, WRONG = "right", "wrong"
# Emoji sent for a yes (👍, 👌, 🙏, ✅, 🆗), in any skin tone: alone, or with the word (好的👍,
# 收到🙏, 👌好的), they say what 好的 says, as a thumbs-up does between colleagues.
ACKNOWLEDGING = re.compile("(?:[\U0001F44D\U0001F44C\U0001F64F\u2705\U0001F197]"
                           "[\U0001F3FB-\U0001F3FF\uFE0F]*)+")
# A yes or an acknowledgement, as said to a colleague's message: 好的, 收到, OK, 明白了, 确认:
# the words of _SURE and _YES and more, each listed once and a run of 嗯 one word, so that
# words typed on without a pause (好的好的, 嗯嗯嗯) are read one way only; with 好的 listed twice
# a long run followed by other words took the regex engine seconds to give up on.
_ACK = (r"(?:好(?:的|吧|嘞|滴)?|是的?|对的?|嗯++|行|可以|ok(?:ay)?|yes|没问题|无误|没错|确认"
        r"|收到了?|明白了?|知道了|了解了?|确定|同意)")
ACKNOWLEDGEMENT = re.compile(rf"{_ACK}(?:[\s，,、]*{_ACK})*" + _END, re.I)
# "Hold on, I'll check" said to the bot, with or without a yes or a 不好意思 around it (好的，我核实
# 一下; 收到，稍等; 这个要问技术部; 不好意思，在开会，晚点回): nothing for the cell yet, the answer
# to come (flows/hold_words.py).
_BETWEEN = r"[\s，,、。.！!~～]*"
_AROUND = rf"(?:{_ACK}|{hold_words.POLITE})"
# Read clause by clause, each short: read whole, a long run of 好的，好的，… would take the
# regex engine ever longer to give up on.
_CLAUSES = re.compile(r"[\s，,、。.！!~～]+")
CLAUSE_LENGTH = 24
SAID_AROUND = re.compile(rf"(?:{_AROUND}|{hold_words.HOLD})+", re.I)
HOLDING_ON = re.compile(rf"(?:{_AROUND})*{hold_words.HOLD}(?:{_AROUND}|{hold_words.HOLD})*", re.I)
# 跳过 said with when the answer comes (先跳过，回头补; 跳过，我问下领导): the press, the rest said
# to the bot.
SKIPPED_FOR_NOW = re.compile(
    rf"(?P<skip>(?:先|暂时|暂)?跳过(?:吧|了)?)(?:{_BETWEEN}(?:{hold_words.HOLD}|再?补上?))+"
    + _END)
ACKNOWLEDGED_FIRST = re.compile(
    rf"(?:{_ACK}|{ACKNOWLEDGING.pattern})+[\s，,、。.！!：:；;~～]+\S", re.I)
AGREED = re.compile(
    rf"(?:{_YES}[\s，,]*(?:(?:需要|要)?补充(?:一下)?)?|(?:需要|要)(?:补充)?(?:一下)?|补充(?:一下)?)"
    r"(?:的|吧|呀|啊|了)?" + _END, re.I)
# A yes followed by what to add: 好，补充：作业成功率不低于99%.
AGREED_WITH_TEXT = re.compile(
    rf"(?:{_YES}[\s，,：:]*)?(?:(?:需要|要)?补充(?:一下)?)?[\s，,：:]+(?P<text>.+)", re.I | re.S)
# A question back to the bot: 这个怎么填？ 是填集团还是填码头公司？ 港口算哪个行业？ 这个名称
#可以吗？ Short, ending in a question mark, with a word that asks; a real answer may end in ？
# too (能否用四足机器人替代？ 如何保证作业人员安全？), and those words do not make it a question.
_ASKING_WORDS = (r"(?:吗|么|还是|哪|什么|啥|行不行|对不对|要不要|是不是|需不需要"
                 r"|怎么(?:填|写|弄)|如何(?:填|写))")
ASKING = re.compile(rf".{{0,28}}{_ASKING_WORDS}.{{0,12}}[?？]\s*", re.S)
# Without the question mark only a few words ask (人工如何填补夜班空缺 is an answer). Spoken,
# the question may name what it asks about first or last, in one short clause: 什么是联合体,
# 啥是整机企业, 整机企业是指什么, 预期成效要写什么.
_TOPIC = r"[^，,。；;：:\n]{1,12}"
SHORT_ASKING = re.compile(
    r".{0,4}(?:怎么(?:填|写|弄)|如何(?:填|写)|填什么|写什么|填啥|写啥|什么意思|啥意思|指的是什么"
    r"|要填吗|要写吗|必须填吗|可以不填吗|选哪个|选哪一个|选什么).{0,2}"
    rf"|(?:请问)?(?:什么|啥)(?:是|叫){_TOPIC}"
    rf"|{_TOPIC}(?:(?:是|是指|指的是|指)(?:什么|啥)(?:意思)?"
    r"|(?:要|该|应该|需要|应当)(?:填|写)(?:什么|啥|哪些)(?:内容)?)(?:呢|啊|呀)?"
    # Which kind a thing is, asked of the choices: 属于哪类, 港口属于工业吧, 港口算哪一类.
    rf"|(?:{_TOPIC})?(?:属于|算(?![法了])|算是|归)(?:哪|什么|啥)[^，,。；;\n]{{0,4}}"
    rf"|{_TOPIC}(?:属于|算(?![法了])|算是|归)[^，,。；;\n]{{1,8}}吧")
# A remark to the bot after an answer, never part of a cell: a check asked for (对吗, 这个没问题吧,
# 这样写可以吗, 麻烦帮忙看一下, 请核对) or thanks (谢谢). Only these words, as a clause of their own
# after a pause or a comma: 酒吧, 人工反复确认一下 and 是否到位 are words of an answer.
_CHECKED = (r"(?:这个|这样|这么)?(?:名称|名字|写法)?(?:写|填)?的?"
            r"(?:(?:对|没错|正确|可以|行|好|没问题|是)(?:吗|么|吧|不)|有问题吗|有没有问题"
            r"|对不对|行不行|可不可以|是不是)")
_LOOKED_AT = (r"(?:麻烦|劳烦|请)?(?:你|您)?(?:帮忙|帮我|帮)?(?:看|核对|确认|检查|审核)一?下"
              r"|请(?:帮忙)?(?:核对|确认|查看|检查|审核)|麻烦(?:你|您)?了")
_THANKS = r"谢谢(?:你|您|啦)?|多谢|感谢|辛苦(?:了|啦)?"
# Read from the first of a run of pauses only, and each pause at once (no remark starts with
# one): tried again from each space within, 4,000 spaces took seconds.
_PAUSES = r"[\s，,。；;!！~～]"
ASIDE = re.compile(rf"(?<!{_PAUSES})(?:{_PAUSES}++(?:{_CHECKED}|{_LOOKED_AT}|{_THANKS})"
                   r"(?:呀|啊|哈|呢|哦)?)+[\s。.!！~～]*$")
QUESTION_LENGTH = 40  # a longer text ending in ？ is an answer that ends in a question
# At a question answered in a few words (a unit, a name, 行业, a member, a product: not the
# description, whose pain point may end in a question of its own) any text ending in ？ asks,
# and so does one ending in a word that asks, spoken without the mark: 需要准备什么, 这个要填多久,
# 需要多长时间, 大概多久能填完, 需要准备哪些材料, 是这家吗; or wanting to report (我要报场景).
# Only as the ending: 什么值得买科技有限公司, 多久精密机械有限公司, 如何智能装备有限公司 and
# 变电站巡检：如何应对雨雾天气 are names.
_ASKED_LAST = (r"(?:什么|啥|(?:多久|多长时间|多少时间)(?:能|可以|才能)?(?:填|写|弄|做)?(?:完|好)?"
               r"|哪(?:些|个|家|一?[项类种])[^，,。；;\s]{0,4}|怎么(?:办|样)?|如何|吗)")
SHORT_ASKING_AT_NAMES = re.compile(
    rf"[^\n]{{0,12}}{_ASKED_LAST}(?:呢|啊|呀)?|(?:我|我们)?(?:要|想|想要|准备)"
    r"(?:报|填报|申报|上报|报送)(?:一个|个|一下)?(?:新的?)?(?:场景|项目)?(?:吧|了)?")
# Asked of the intake itself, which /help answers: how long it takes (这个要填多久？ 大概多久能
# 填完), what to have ready (需要准备什么, 要准备哪些材料) or wanting to report (我要报场景).
ABOUT_INTAKE = re.compile(r"多久|多长时间|多少时间|几分钟|准备(?:些|一下)?(?:什么|啥|哪些)"
                          r"|^(?:我|我们)?(?:要|想|想要|准备)(?:报|填报|申报|上报|报送)")
# The button words people ask about before pressing: 提交 hands the row in and cannot be taken
# back, 跳过 and 清空 leave the question empty.
ASKED_WORDS = r"(?:提交|跳过|清空)"
# A question about one of them (提交？ 提交，对吗 可以提交吗 现在能提交了吗 怎么提交 跳过吗
# 能不能跳过 这项能跳过吗), to be answered, not pressed: the word is its verb with nothing
# around it but the item itself (这个, 此项, 本题), the asker, words that ask or allow, when to
# fill it in instead (后面再填, 不填, 重填), whether it can be changed after (提交后还能改吗) and
# a short reason or answer before (暂时没有数据，可以先跳过吗; 不知道，能跳过吗). With an object
# or other words it is an answer (巡检人员是否跳过点位无法核查, 质检报告自动提交吗,
# 料箱清空后能否自动补料).
# 提交吧 and 跳过，谢谢 press it; a change typed at the summary (名称：…提交… 对吗) is neither.
_ABOUT_THIS = (r"(?:这个|这一?项|此项|本项|本题|这题|这一?步|当前答案|答案|我们?|现在|直接|先|暂时"
               r"|请问|还|再|可以|可不可以|能不能|能否|可否|是否|能|要|会|会不会|影响|怎么|如何|怎样"
               r"|了|一下|对吗|对不对|行吗|行不行|好吗|是不是|吗|么|嘛|呢|吧|之?后|以后|后面"
               r"|回头|不填|重填|重新填|填写?|修改|改|提交|跳过|清空|[?？\s，,。])*")
# Each word once, read one way: 可以吗 is 可以 吗 and 再填 is 再 填 (listed as words too, a long
# 再填了再填了…x took the regex engine seconds to give up on).
_REASON_FIRST = r"(?:[^，,。？?\n]{1,12}[，,]\s*+)?"  # 暂时没有数据，/ 不知道，
ASKS_ABOUT = re.compile(rf"{_REASON_FIRST}{_ABOUT_THIS}{ASKED_WORDS}{_ABOUT_THIS}")
ASKING_ABOUT = re.compile(r"吗|么|嘛|呢|[?？]|能否|可否|是否|能不能|可不可以|怎么|如何|怎样|对不对"
                          r"|行不行|是不是")


def greets(text: str) -> bool:
    return bool(GREETING.fullmatch(text.strip()))


def resumes(text: str) -> bool:
    return bool(RESUMING.fullmatch(text.strip()))


def said_to_echo(text: str) -> str | None:
    """RIGHT for 好的, 无误, 没有, 继续, and for 我们自己的机器人 or 自研 (asked whether the
    robots are the user unit's own); WRONG for 不是, 不对; None for anything else, which
    answers the question anew."""
    if CONFIRMED.fullmatch(text.strip()) or resumes(text) or acknowledges(text) \
            or says_own_robots(text):
        return RIGHT
    return WRONG if TO_CORRECT.fullmatch(text.strip()) else None


# None besides what is there: 没有别的成员, 没有更多了, 没有其他了, 别的没有了, 就这些 — plainly
# said of the filled answer, which stands without a word. 无其他单位 names the question's own 其他.
NONE_BESIDES = re.compile(rf"(?:没有|无)(?:别的|更多)|(?:没有|无)其他的?(?:了|啦)?{_END}$"
                          rf"|{_NOTHING_ELSE}")


def says_none_besides(text: str) -> bool:
    return bool(NONE_BESIDES.match(text.strip()))


def says_none(text: str) -> bool:
    """无, 没有其他成员, or a word that fills a cell without saying anything (暂无, 不涉及, N/A,
    /): at an optional question each says there is none, as the row's cell would."""
    return bool(NONE.fullmatch(text.strip())) or says_there_is_none(text)


def declines(text: str, *, with_reason: bool = False) -> bool:
    """A no; `with_reason` also reads a no followed by why (at an offer, where a no is all
    the question asks)."""
    plain = text.strip()
    return bool(DECLINED.fullmatch(plain) or with_reason and DECLINED_WITH_REASON.fullmatch(plain))


def agrees(text: str) -> bool:
    """A yes to an offer (好的, 需要补充), a yes emoji beside it or alone (好的👍, 👍) too."""
    words = ACKNOWLEDGING.sub("", text).strip()
    return bool(AGREED.fullmatch(words) if words else ACKNOWLEDGING.search(text))


def acknowledges(text: str) -> bool:
    """A yes or an acknowledgement and nothing else (好的, 收到, OK👌, 确认✅, 👍): said to the
    bot about what it shows, so never words for a cell, however short the answer asked for."""
    words = ACKNOWLEDGING.sub("", text).strip()
    return bool(ACKNOWLEDGEMENT.fullmatch(words) if words else ACKNOWLEDGING.search(text))


def holds_on(text: str) -> bool:
    """好的，我核实一下; 稍等; 我问一下领导; 明天再填: the answer is still to come, nothing to
    save. Not 稍后补充 or 还没想好, refused as words that would stand in the row instead
    (flows/empty_answers.py)."""
    words = ACKNOWLEDGING.sub("", text).strip()
    clauses = [clause for clause in _CLAUSES.split(words) if clause]
    said = all(len(clause) <= CLAUSE_LENGTH and SAID_AROUND.fullmatch(clause) for clause in clauses)
    held = said and any(HOLDING_ON.fullmatch(clause) for clause in clauses)
    return held and not says_nothing(words)


def opens_with_acknowledgement(text: str) -> bool:
    """A yes said first, then more (好的，我核实一下; OK，我再确认一下): words to the bot
    before anything else, the rest rarely an answer by itself."""
    return bool(ACKNOWLEDGED_FIRST.match(text.strip()))


def agreed_with(text: str) -> str | None:
    """What follows a yes to an offer (好，补充：…), as the answer it gives, if it starts so."""
    match = AGREED_WITH_TEXT.fullmatch(text.strip())
    rest = match and match["text"].strip()
    return rest if rest and rest != text.strip() else None


LONE_MARKS = re.compile(r"[?？]+")


def asks(text: str, *, short: bool = False) -> bool:
    """A question to the bot; `short`: typed where the answer is a few words (`Field.short`)."""
    plain = text.strip()
    if lone_mark(plain):  # what is asked here?
        return True
    marked = plain.endswith(("?", "？")) and re.search(r"\w", plain)  # not ？？？ alone
    if short and (marked or SHORT_ASKING_AT_NAMES.fullmatch(plain.rstrip("!！。.~～ "))):
        return True
    if len(plain) > QUESTION_LENGTH:
        return False
    return bool(ASKING.fullmatch(plain) or SHORT_ASKING.fullmatch(plain))


def lone_mark(text: str) -> bool:
    """Question marks alone (?, ？, ？？？): the engineer lost at the question, asking what it
    wants; as a refused answer (不能只填符号) it would tell no more than it did."""
    return bool(LONE_MARKS.fullmatch(text.strip()))


def about_intake(text: str) -> bool:
    """Is a question to the bot (`asks`) about the intake as a whole, not about its question?"""
    return bool(ABOUT_INTAKE.search(text.strip()))


def asked_about(text: str) -> str | None:
    """The button word (提交, 跳过, 清空) a short question asks about, if it is one."""
    plain = text.strip()
    asks = ASKS_ABOUT.fullmatch(plain) and ASKING_ABOUT.search(plain)
    return re.search(ASKED_WORDS, plain).group() if asks else None


def without_aside(text: str) -> str:
    """The answer before a remark to the bot that closes it (…，对吗, … 麻烦看下, …，谢谢): said
    to the bot, not written for the cell, and spoken after a short answer it would otherwise be
    read into it (苏州恒远电池有限公司麻烦看下, or a second unit or 细分方向 of its own). After
    跳过, when the answer will come (先跳过，回头补) is such a remark too."""
    if skipped := SKIPPED_FOR_NOW.fullmatch(text.strip()):  # 先跳过，回头补: 先跳过
        return skipped["skip"]
    aside = ASIDE.search(text)
    return text[: aside.start()] if aside and text[: aside.start()].strip() else text
