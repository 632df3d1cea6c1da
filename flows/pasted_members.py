"""A consortium pasted or spoken at a member question: 整机企业：A、B 其他：C, 高校是东南大学,
a table copied from Word. Each name goes under its kind's question; the import reads its
创新应用联合体成员 cells with the same words (`members_by_kind`).
"""

from collections.abc import Callable

from flows.labels import COLON, Parts, label_pattern, labels_in, split_at
from flows.member_answers import closing_etc
from flows.member_questions import question_first
from flows.member_tables import (
    KIND_COLON,
    MAKER_KINDS,
    MAKER_WORDS,
    MAKERS,
    PARTNER_KINDS,
    PARTNER_WORDS,
    PARTNERS,
    SPOKEN_MAKER_KINDS,
    kind_said,
    kinds_closing_names,
    labels_of_kinds,
    labels_spaced,
    says_a_kind,
    still_listing,
    table_as_brackets,
)
from flows.named_places import begins_with_a_place
from flows.org_names import LEGAL_ENDING, ORG_END, QUANTITY, TRADES, split_names, task_problem
from flows.pastes import listed_by_label, unnumbered
from flows.row import LIST_SEPARATOR, OTHER_MEMBER_NAME

# The words linking a kind to its names in speech (整机企业是…, 整机企业就是…, 高校的话…).
# One word at most, and a one-character one right after the kind: a name may begin with it
# (是德科技, 为升科技), so 整机企业是是德科技 keeps the second 是. Glued to the name
# (整机企业是德科技…) 是/为 links only when what follows is a whole name: a registered name's
# trade name is two characters at least, and 德科技 would leave 德 alone before its trade.
# 有 begins too many names to be read off one (有研, 有孚, 有棵树, 有鹿): it links only before
# a colon here, or a list or a count (`_there_are`).
_GLUED_LINK = rf"[为是](?![\u4e00-\u9fff](?:{TRADES}))|有(?={COLON})"
# Before those a word may say which part of the list it is (整机企业这块是…, 方面, 的话), and
# a verb of two characters or more links whatever follows (选的是, 主要有, 包括).
_ASPECT = r"这块|这边|方面|的话"
_LINK_WORD = r"就是|包括|包含|主要(?:有|是|包括|为)|选(?:的|择的|用的)是|分别(?:是|为)"
_LINK = (rf"\s*(?:{_ASPECT})?\s*(?:{_LINK_WORD})\s*(?:{_GLUED_LINK})?"
         rf"|\s*(?:{_ASPECT})\s*(?:{_GLUED_LINK})?|{_GLUED_LINK}")
# Whose members they are, said before the kind (我们的整机企业是…, 本项目的高校为…).
_OWNER = r"(?:我们(?:的)?|我方(?:的)?|本项目(?:的)?|项目(?:的)?)?"
# A short aside in brackets after the kind, its task (整机企业（负责整机）优必选…): not the name's.
_ASIDE = r"\s*[（(][^（）()]{1,12}[)）]"
# A member's kind is told as a label (高校：…), as a sentence's lead-in (合作高校为…), spoken
# straight before the name (高校东南大学, 高校 东南大学: no name begins with a kind), or in
# brackets after the name (东南大学（高校）). After a table's cell separator (东南大学⇥高校↵…,
# 东南大学⇥高校⇥负责算法) a kind without a colon is the row's kind cell, read by its row
# (`table_as_brackets`); at a line's end a kind is a label only as a heading on its own line.
# A dash after a kind (整机企业——优必选…) is its colon.
_TOLD = rf"{KIND_COLON}|(?:{_LINK}|{_ASIDE})\s*(?:{COLON})?"


# What a kind glued before it would leave of a unit's name: its ending alone (整机厂商联盟有限公司
# is no 整机厂商's 联盟有限公司), perhaps after words saying what any unit does, no trade name
# (整机企业创新中心有限公司 is no 整机企业's 创新中心有限公司; 创新奇智科技… is a name).
_UNIT_ENDS = rf"{ORG_END.pattern.removesuffix('$')}|联盟|联合体|{LEGAL_ENDING.pattern}"
_WHAT_UNITS_DO = rf"{TRADES}|创新|研发|研究|工程|产业|发展|应用|服务|制造|智造|检测|测试|孵化器?"
_NO_NAME = rf"(?:{_WHAT_UNITS_DO}|{_UNIT_ENDS})*(?:{_UNIT_ENDS})(?!\w)"


def _kind_label(kinds: str, spoken: str, words: str) -> str:
    """The kind whole (整机企业, not 整机 before 企业), told after a cell only with its colon,
    glued to a name only as `spoken`; a kind's `words` that may begin a name (企业, 大学) only
    before a colon or a dash."""
    return (rf"{_OWNER}(?>{kinds})(?={_TOLD})|(?<!\t)(?<!  ){_OWNER}"
            rf"(?:(?>{kinds})(?=[^\S\n])|(?>{spoken})(?!{_NO_NAME}))|(?>{words})(?={KIND_COLON})")


TYPED_CONSORTIUM = label_pattern(
    {"makers": _kind_label(MAKER_KINDS, SPOKEN_MAKER_KINDS, MAKER_WORDS),
     "partners": _kind_label(PARTNER_KINDS, PARTNER_KINDS, PARTNER_WORDS)},
    typed=True, colon=rf"(?:{_TOLD}|[^\S\n]*(?=[\u4e00-\u9fff]))")
FILED = "filed"  # the key of the names filed under 其他成员 by how they end, among the answers


def parse_pasted_consortium(unlabelled: str) -> Callable[[str], dict[str, str]]:
    """整机企业：A、B 其他：C pasted at either member question, each part to its own question
    (整机企业：… typed at 其他成员 too); unlabelled names answer the question typed at, but for
    those whose kind is said in brackets after them, and for universities and institutes
    typed at 整机企业, which are 其他 (`OTHER_MEMBER_NAME`, as the import files them): unless
    such a name has its task with it (东南大学（参与）) or the list closes with 等: the whole
    list typed is refused then (`task_problem`, `typed_problem`), every unit in it named
    in the refusal, none filed unseen."""

    def parse(text: str) -> dict[str, str]:
        if question_first(text):  # 一定要写高校吗？A公司、东南大学: refused, none filed
            return {}
        spaced = labels_spaced(text)
        tabled = table_as_brackets(spaced)  # a kind cell first in its row: no label
        labels = labels_in(tabled, TYPED_CONSORTIUM)
        heading = labels_of_kinds(tabled, labels, unlabelled)
        found = unnumbered(split_at(tabled, heading), tabled)
        kinds, filed = members_by_kind(found, unlabelled, table=tabled != spaced)
        if filed and (task_problem(filed) or closing_etc(text)):  # refused whole, every unit named
            return {}
        if not filed and tabled == text and heading == labels and not says_a_kind(text, unlabelled):
            return listed_by_label(_told(found), unlabelled)
        listed = {key: LIST_SEPARATOR.join(names) for key, names in kinds.items()}
        return {**listed, FILED: LIST_SEPARATOR.join(filed)} if filed else listed

    return parse


def members_by_kind(found: Parts, unlabelled: str, table: bool = False
                    ) -> tuple[dict[str, list[str]], list[str]]:
    """The names of each kind, a table's rows each by its own kind, and those of them filed
    under 其他成员 for how they end. The import reads its 创新应用联合体成员 cells so too: one
    consortium, wherever it was typed. `table`: `found` was read from a pasted table."""
    preamble, parts = _told(found)
    kinds: dict[str, list[str]] = {}
    filed = []
    listed = unlabelled == PARTNERS
    for label, value in [(None, preamble), *parts]:
        listed = still_listing(listed, label, value) if label else listed
        rows = table_as_brackets(value)
        for name in split_names(kinds_closing_names(rows)):
            key = label or unlabelled
            if said := kind_said(name, key, listed, row=table or rows != value):
                name, key = said
            elif not label and unlabelled == MAKERS and OTHER_MEMBER_NAME.search(name):
                key = PARTNERS
                filed.append(name)
            kinds.setdefault(key, []).append(name)
    return kinds, filed


def _told(found: Parts) -> Parts:
    preamble, parts = found
    return preamble, [(label, _there_are(names)) for label, names in parts]


def _there_are(names: str) -> str:
    """The names told after a kind, without a 有 that says "there are": before a list of them
    (整机企业有优必选、达闼), a count (有两家…) or another 有 (有有鹿…). Before one name it may
    be the name's own (有孚网络股份有限公司): cut, a real name would lose its first character
    unseen; kept, a stray 有 stands in the echo of the name, to be seen and sent again. Nor
    can a name begin with 有 before a place (有深圳市…), 中国/国家 or a university's or an
    institute's name (有东南大学): the 有 is cut there too."""
    rest = names.removeprefix("有")
    certain = (rest.startswith(("有", "中国", "国家")) or QUANTITY.match(rest)
               or len(split_names(rest)) > 1 or begins_with_a_place(rest)
               or OTHER_MEMBER_NAME.search(rest))
    return rest if rest != names and certain else names
