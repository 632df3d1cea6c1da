"""Which pauses of voice input part two clauses of a description.

Voice input writes a pause as a space, and the description drops the pauses between Chinese
words (目前 变电站 is 目前变电站). Indicators spoken one after another have no other separator:
glued, 单件节拍三十秒每件 定位精度零点一毫米 reads 每件定位精度, and 准确率99 节拍15 reads 99节.
A pause is a clause break when a whole figure ends right before it (a number with its unit,
with 每件 or 一件 after it, or with 以上 or 以内) and the next spoken word names the metric of
a figure of its own (产能120件 准确率99%, 准确率99 节拍15, 30秒 效率 提升 30%). A name
ending with the quantity measured (25厘米 最大爬坡角度35度) counts only when its figure
follows it, directly or through a comparator or change (越障高度 不低于25厘米): 噪声, 负载
or 压力 otherwise say where or on what the figure before holds (90分贝 噪声 环境 下 工作
8小时, 15公斤 负载 的 设备, 0.5兆帕 压力 下 保持 30分钟). Words that only
lead to a metric name what the figure counts or where it holds (2名 工人 效率提升, 5种
缺陷 准确率, -20℃ 环境下 连续工作8小时): a comma there would give the metric to the wrong
figure, so when in doubt the pause is dropped as any other. A count is followed by what it
counts, so after one the word must begin with the metric (10台 机器人协同作业节拍 is not),
or, after a headcount, with a few words that name no person (2名 清洗效率 提升30%).
A pause before the figure's unit (15 公斤), before its comparator or target (3小时 以内,
由3小时 缩短到1小时) or before words with no figure (8小时 无故障) is not a break either, nor
one after a model's digits (Go2 续航, IP67 防护等级).
"""

import re

from flows.indicator_words import (
    AFTER,
    BASELINE_START,
    BEFORE,
    CHANGE_WORDS,
    CONTINUES,
    DIMENSION_KEYWORD,
    HEADCOUNT_UNITS,
    METRIC_NAME,
    MONEY_METRIC,
)
from flows.numbers import Quantity, normalize, scan_quantities
from flows.unit_spellings import PER, read_unit

PAUSE = re.compile(r"[ \t\u3000]+(?=[\u4e00-\u9fff])")
CLAUSE_MARK = re.compile(r"[,;:!?、。！？，；：\n]")
# What may follow a figure in its own clause: per item (三十秒每件, 三十秒一件), a comparator.
FIGURE_TAIL = re.compile(rf"\s*(?:[每一]{PER})?(?:{AFTER.pattern})?\s*", re.I)
# How far a clause is read on either side of a pause: enough for 百分之九十九点五 and its metric.
REACH = 30
BREAK = "，"
# Letters right before a number make it part of a name: GR-1, Go2, IP67.
MODEL_NAME_END = re.compile(r"[A-Za-z]-?$")
# What a headcount counts is a person (2名 清洗工, 2名 巡检人员, 2名 飞手), so the words before a
# metric after one must name none, and be few: 2名 清洗效率 parts, 2名 操作工效率 does not. A
# character that ends many names of people keeps the pause out (生产效率 too: when unsure, glued).
PERSON = re.compile(r"人(?!工)|(?<!人)工(?![作时序艺况位业程期])"
                    r"|[员师者手徒家警民练生匠夫兵官长客户士]|司机|保安|保洁|医生|护士|导游|园丁")
MAX_LEAD = 4
# What may stand between a measured noun and its figure: the name's head (最大负载能力,
# 工作温度范围), a change and its baseline (由, 从), and a comparator (不低于, 可达, 为).
TO_ITS_FIGURE = re.compile(rf"(?:能力|范围)?\s*(?:(?:{CHANGE_WORDS})\s*)?"
                           rf"(?:(?:{BASELINE_START.pattern})\s*)?{BEFORE.pattern}", re.I)


def mark_clause_breaks(text: str) -> str:
    """`text` with each pause that parts two clauses written as "，"; other pauses stay."""
    return PAUSE.sub(lambda pause: BREAK if _parts_clauses(text, pause) else pause.group(), text)


def _parts_clauses(text: str, pause: re.Match) -> bool:
    start, end = pause.span()
    before = normalize(CLAUSE_MARK.split(text[max(0, start - REACH):start])[-1])
    after = normalize(CLAUSE_MARK.split(text[end:end + REACH])[0])
    figure = _figure_ending(before)
    if figure is None or not figure.unit and read_unit(after, 0)[1]:  # 15 公斤: its unit
        return False
    words = _words_before_figure(after).lower().split()
    if not words or CONTINUES.match(words[0]):
        return False
    return any(_names_metric(words, names, figure, to_its_figure)
               for names, to_its_figure in ((DIMENSION_KEYWORD, False), (METRIC_NAME, True),
                                            (MONEY_METRIC, True)))


def _names_metric(words: list[str], names: re.Pattern, figure: Quantity,
                  to_its_figure: bool) -> bool:
    """Whether the first spoken word names the metric of the words up to the next figure: a
    noun phrase ends with its head, so the last metric keyword must stand in that word. After
    a count or a bare number (what may be a name or an ordinal: 第 8 行) it must begin it,
    or, after a headcount, follow a few words naming no person (2名 清洗效率, 两名 搜救时间).
    `to_its_figure`: nothing but a comparator or change may follow the keyword."""
    first, spoken = words[0], " ".join(words)
    keywords = list(names.finditer(spoken))
    if not keywords or keywords[-1].end() > len(first):
        return False
    if to_its_figure and not TO_ITS_FIGURE.fullmatch(spoken, keywords[-1].end()):
        return False
    if figure.kind not in ("count", "") or names.match(first):
        return True
    lead = first[:keywords[-1].start()]
    return (figure.unit in HEADCOUNT_UNITS and len(lead) <= MAX_LEAD
            and not PERSON.search(lead))


def _figure_ending(text: str) -> Quantity | None:
    figures = [q for q in scan_quantities(text) if _is_figure(text, q)]
    if figures and FIGURE_TAIL.fullmatch(text, figures[-1].end):
        return figures[-1]
    return None


def _words_before_figure(text: str) -> str:
    """The words before the first figure of `text`; empty when it has none."""
    figure = next((q for q in scan_quantities(text) if _is_figure(text, q)), None)
    return text[:figure.start].strip() if figure else ""


def _is_figure(text: str, q: Quantity) -> bool:
    """A measured figure, not a numeral inside words (一定, 两个方面, 一件) nor the digits of
    a model or rating name (GR-1, Go2, IP67); a headcount in words (两名, 十名) is one."""
    if MODEL_NAME_END.search(text, max(0, q.start - 2), q.start):
        return False
    return not q.word_like or q.kind not in ("", "count") or q.unit == "名"
