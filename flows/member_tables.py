"""The kinds of consortium member as people word them, and the tables of members they paste.

A table copied from Word or Excel (优必选…⇥整机企业↵东南大学⇥高校, under 单位名称⇥类型) is
read row by row, each name with its own row's kind, in chat and import alike (`members_by_kind`).
"""

import re

from flows.labels import NUMBERING
from flows.org_names import LEGAL_ENDING, NUMBER_MARK, ORG_END, STANDINGS, TASK_WORDS
from flows.row import OTHER_MEMBER_KINDS

MAKERS, PARTNERS = "makers", "partners"  # the answers, and the kinds' groups below

# The column's kinds as people word them: 整机企业和应用服务商, 其他成员单位 are each one kind,
# so is 整机 with any word for a unit making it (整机集成商, 人形机器人整机企业), longest first.
_MAKER_NOUNS = ("生产企业|制造企业|研制企业|研制单位|生产单位|制造单位|企业|厂商|厂家|制造商|生产商"
                "|集成商|供应商|提供商|服务商|单位|厂")
_OR_SERVICES = (r"(?:\s*[（(]\s*(?:或者?)?\s*应用服务商\s*[)）]"
                r"|\s*(?:和|及|与|或者?|[/／、])\s*应用服务商)?")
MAKER_KINDS = (rf"(?:(?:人形|四足|具身智能|智能)?机器人)?整机(?:{_MAKER_NOUNS})?{_OR_SERVICES}"
               "|应用服务商")
# Glued to a name (整机企业优必选…) only the short kinds, not before a word going on with one: a
# unit's name may begin so (整机集成商深圳有限公司, 人形机器人整机企业创新中心, 整机应用研究院).
SPOKEN_MAKER_KINDS = (rf"(?>整机(?:企业|厂商|制造商|厂家)?{_OR_SERVICES}|应用服务商)"
                      rf"(?!{_MAKER_NOUNS}|应用)")
PARTNER_KINDS = (r"其[他它](?:联合体)?(?:成员)?(?:单位|企业|机构)?"
                 rf"|(?:合作|参与)?(?:{OTHER_MEMBER_KINDS})")
# A member's role, a kind only where no label can be meant: in brackets after a name
# (汇川技术（零部件）) or in a table's kind cell; as a label it may be a product's (零部件：…).
ROLES = "零部件|算法|软件|(?:系统)?集成|院校|科研"
# Kinds said with a colon or a dash (企业：…, 院所——…), in brackets after a name (东南大学
# （大学）) or in a kind cell, never glued before a name, which they may begin (企业管理…,
# 大学城…). Against 高校 and 院所, 企业 is the maker.
MAKER_WORDS = "企业"
# A kind's colon, or a dash in its place (整机企业——优必选…, 企业——汇川…), a hyphen only glued
# to the kind (高校-东南大学): spaced, it may part two names.
KIND_COLON = r"(?:\s*(?:[：:]|——|—|--)|[-－])"
PARTNER_WORDS = "院所|大学|高等学校|研究院|研究所|科研单位"
# In brackets after a name, of any shape (（） () 【】 []), a role alone is a kind too
# (汇川技术（零部件）), as a label it may be a product's (零部件：… is 关键零部件); so is a
# role said as the member's task (（负责整机）, （提供零部件）), any other task being refused
# (`TASK_AFTER_NAME`).
_BRACKETED_KIND = (
    rf"[（(【\[]\s*(?:(?:{TASK_WORDS})\s*)?(?:(?P<makers>{MAKER_KINDS}|{MAKER_WORDS})"
    rf"|(?P<partners>{PARTNER_KINDS}|{PARTNER_WORDS}|{ROLES}))\s*[)）】\]]")
KIND_IN_BRACKETS = re.compile(rf"\s*{_BRACKETED_KIND}")
# Whether a kind is said in brackets, the spaces before them aside: searched from each of
# 4,000 spaces, KIND_IN_BRACKETS read the rest of the run each time.
_SAYS_KIND_IN_BRACKETS = re.compile(_BRACKETED_KIND)
KIND_AFTER_NAME = re.compile(f"{KIND_IN_BRACKETS.pattern}$")
# The next name may follow straight on (A（企业）B（高校）), but for a legal ending alone, which
# is the name's own (…（集成）有限公司).
_GLUED_NEXT = rf"(?=[\u4e00-\u9fffA-Za-z])(?!(?:{LEGAL_ENDING.pattern})(?![\u4e00-\u9fffA-Za-z]))"
# A word in brackets worded as a kind the column has not (（运营商）, （用户方）).
_KIND_MAKING = "商|方|单位|企业|机构|伙伴"
KIND_LIKE_IN_BRACKETS = re.compile(
    rf"[（(【\[]\s*([^\s（）()【】\[\]]{{0,8}}?(?:{_KIND_MAKING}))\s*[)）】\]]")
_KIND_THEN_NEXT = re.compile(
    rf"(?P<kind>{KIND_IN_BRACKETS.pattern}|{KIND_LIKE_IN_BRACKETS.pattern})"
    rf"(?:[^\S\n]+|\s*[/／]\s*|\s*{NUMBER_MARK}\s*|{_GLUED_NEXT})(?=\S)")


def kinds_closing_names(text: str) -> str:
    """`text` with a kind in brackets closing its member's name: a space, a slash or nothing
    after it starts the next one (A（企业） B（高校）, A（整机企业）/B（高校）, A（企业）B（高校）),
    whatever the name before it ends with, and so does a list's numeral (A（高校）二、B（高校）)."""
    return _KIND_THEN_NEXT.sub(lambda kind: kind["kind"] + "、", text)


# A standing (`STANDINGS`) in a kind cell says neither 整机 nor 其他: filed as a name alone.
_KIND = re.compile(f"{MAKER_KINDS}|{MAKER_WORDS}|{PARTNER_KINDS}|{PARTNER_WORDS}|{ROLES}")
KIND_OR_STANDING = re.compile(f"{_KIND.pattern}|{STANDINGS}")
# The kinds read before a colon (`TYPED_CONSORTIUM`) and the standings `split_names` drops
# there: a role before a colon may be a product's (零部件：…), so it files no member.
MEMBER_LABEL = re.compile(
    f"{MAKER_KINDS}|{MAKER_WORDS}|{PARTNER_KINDS}|{PARTNER_WORDS}|{STANDINGS}")
# The titles people give a members table's columns: the name's, the kind's, and others read
# for no answer (序号, 分工: the plan's cell holds only the names and their kinds).
_NAME_TITLE = re.compile(r"(?:联合体|参与|合作)?(?:(?:成员|企业|机构)?(?:单位)?(?:名称|全称)"
                         r"|成员单位|单位|成员)")
_KIND_TITLE = re.compile(r"(?:单位|成员|企业|所属|联合体)?(?:类型|类别|性质|角色|分类|身份)")
_NUMBER_TITLE = re.compile(r"(?:单位|成员)?(?:序号|编号)|序|No\.?|NO\.?|no\.?|项次|排序|顺序|#")
_OTHER_TITLE = re.compile(
    rf"{_NUMBER_TITLE.pattern}|(?:主要)?(?:职责分工|分工|职责|(?:承担)?任务|工作内容)|备注|说明")
TITLE = re.compile("|".join(p.pattern for p in (_NAME_TITLE, _KIND_TITLE, _OTHER_TITLE)))
# A cell is a tab or wider space; one space only before a whole kind (整机企业, 高校), as a
# role word after a pause (南京 擎天 软件) is the name's own. A row's number is no column.
_CELL = re.compile(r"\t|[^\S\n]{2,}")
_SPOKEN_ROW = re.compile(rf"(?:\d{{1,3}} )?(.+?) ({MAKER_KINDS}|{PARTNER_KINDS})")
_NUMBER = re.compile(r"\d{1,3}[.、．]?|")  # or an empty cell where a number was left out


# A kind's label written straight after the bracket closing the name before it (…（企业）其他：
# 汇川技术): a label there as after a space, not words of that name. Not the kinds' plain
# words, which may go on with the name (哈尔滨工业大学（深圳）研究院：机器人所).
_LABEL_AFTER_BRACKET = re.compile(
    rf"(?<=[)）】\]])(?=(?:{MAKER_KINDS}|{PARTNER_KINDS})\s*[：:])")


def labels_spaced(text: str) -> str:
    return _LABEL_AFTER_BRACKET.sub(" ", text)


def table_as_brackets(text: str) -> str:
    """A pasted table of members and kinds as 名称（类型） lines, a row without a kind as its
    name alone, answered as a name typed without one; any other text as it is. A table is told
    by a header (its first line's cells all column titles) or by a column of kinds."""
    lines = [line.rstrip() for line in text.strip().splitlines() if line.strip()]
    if len(lines) < 2:
        return text
    titles = _titles(lines[0], numbered=all(_NUMBER.fullmatch(_CELL.split(line.lstrip(" "))[0])
                                            for line in lines[1:]))
    rows = [_cells(line) for line in lines[bool(titles):]]
    columns = _columns(titles, rows)
    if columns is None:
        return text
    return "\n".join(filter(None, (_bracketed(row, *columns) for row in rows)))


def _titles(line: str, numbered: bool) -> list[str]:
    """A header's titles: a name's or a kind's among them, and no cell a name or a kind; other
    titles (联系人) head columns not read, and a row's number (`_cells`) whatever its title."""
    words = line.split()
    if not any(_NAME_TITLE.fullmatch(word) or _KIND_TITLE.fullmatch(word) for word in words):
        return []
    if any(ORG_END.search(word) or (KIND_OR_STANDING.fullmatch(word)
                                    and not _NAME_TITLE.fullmatch(word)) for word in words):
        return []
    return words[1:] if numbered or _NUMBER_TITLE.fullmatch(words[0]) else words


def _cells(line: str) -> list[str]:
    cells = [cell.strip() for cell in _CELL.split(line.lstrip(" "))]
    if len(cells) == 1 and (spoken := _SPOKEN_ROW.fullmatch(cells[0])):
        return list(spoken.groups())
    return cells[1:] if len(cells) > 1 and _NUMBER.fullmatch(cells[0]) else cells


def _columns(titles: list[str], rows: list[list[str]]) -> tuple[int, int | None] | None:
    """Where the name and the kind stand: as the header says, or by a column of kinds."""
    columns = [[row[at] for row in rows if len(row) > at] for at in range(max(map(len, rows)))]
    named = next((at for at, title in enumerate(titles) if _NAME_TITLE.fullmatch(title)), None)
    kind = next((at for at, title in enumerate(titles) if _KIND_TITLE.fullmatch(title)), None)
    if kind is None:
        kind = next((at for at, cells in enumerate(columns)
                     if len(columns) > 1 and at != named and _kinds(cells)), None)
    if named is not None:
        return named, kind
    return None if kind is None else (int(kind == 0), kind)


def _kinds(cells: list[str]) -> bool:
    """A column of kinds: some cell a kind, none a unit's name (a grid of names is no table);
    a word it holds that is no kind (学校, 本体厂商) files no name."""
    words = [cell for cell in cells if not KIND_OR_STANDING.fullmatch(cell)]
    return len(words) < len(cells) and not any(ORG_END.search(word) for word in words)


def _bracketed(row: list[str], name_at: int, kind_at: int | None) -> str:
    name = row[name_at] if len(row) > name_at else ""
    kind = row[kind_at] if kind_at is not None and len(row) > kind_at else ""
    return f"{name}（{kind}）" if name and _KIND.fullmatch(kind) else name


# Under 其他, where such members belong, a kind's word in brackets after a name (（运营商）,
# （用户方）) says nothing more: it is only dropped from the name; so is one before a name
# where 其他's names each say their kind (其他：运营商：…) or at the 其他成员 question, though
# elsewhere it may be meant as a label of its own (其他：东南大学 合作企业：…).
_OTHER_WORD_AFTER_NAME = re.compile(rf"\s*{KIND_LIKE_IN_BRACKETS.pattern}$")
# A kind and its colon right after another label's (其他：企业：…, 其他：大学——…), where no
# label is looked for: the kind of the name after it. Kinds one after another, where 其他： was
# read as no label (其他：企业：… on its own line in a cell: the writer's reading), are all
# dropped, one of 其他's keeping the name under 其他.
_KIND_BEFORE_NAME = re.compile(rf"(?:(?:(?P<makers>{MAKER_KINDS}|{MAKER_WORDS})"
                               rf"|(?P<partners>{PARTNER_KINDS}|{PARTNER_WORDS})){KIND_COLON}\s*)+")
# A word of a kind's making and its colon before a name (运营商：…, 合作企业：…), as in brackets;
# a dash in the colon's place (运营商——…) as after a kind, a hyphen not (a name's own).
_KIND_LIKE_BEFORE_NAME = re.compile(
    rf"[^\s：:（）()【】\[\]、，,；;]{{0,8}}?(?:{_KIND_MAKING})\s*(?:[：:]|——|—|--)\s*")
_KIND_AFTER_LABEL = re.compile(
    rf"[：:]\s*(?:{_KIND_BEFORE_NAME.pattern}|{_KIND_LIKE_BEFORE_NAME.pattern})")
# Read from the first of a run of spaces only, and all of it at once (the kind's word starts
# with none): tried again from each space within, 4,000 spaces took seconds.
_ITEM_KIND_AT_PARTNERS = re.compile(
    rf"(?:^|[、，,；;]|(?<!\s)\s)\s*+(?!(?:{MEMBER_LABEL.pattern})\s*[：:])"
    rf"{_KIND_LIKE_BEFORE_NAME.pattern}")
# A kind's plain word found as a label (企业：, 1、大学：, 企业——).
_PLAIN_KIND_LABEL = re.compile(rf"\s*(?:{NUMBERING})?(?:{MAKER_WORDS}|{PARTNER_WORDS}){KIND_COLON}")


# 其他's first name with its kind, behind the list's mark it may have (其他：↵1. 高校：…).
_LISTS_KINDS = re.compile(
    rf"(?:{NUMBERING})?(?:{_KIND_BEFORE_NAME.pattern}|{_KIND_LIKE_BEFORE_NAME.pattern})")


def lists_kinds(names: str) -> bool:
    """Whether 其他's `names` say each one's kind before it (其他：企业：甲、企业：乙,
    其他：运营商：丙, 其他：↵1. 高校：乙↵2. 企业：丙)."""
    return bool(_LISTS_KINDS.match(names))


def still_listing(listing: bool, key: str, names: str) -> bool:
    """Whether the `names` after a label of `key` are of a list saying each name's kind: under
    其他 when they begin so (其他：企业：甲), and under any kind of 其他 (高校：乙) in such a list
    or typed at the 其他成员 question (`listing`), until a maker's label ends it."""
    return key == PARTNERS and (listing or lists_kinds(names))


def labels_of_kinds(text: str, labels: list[re.Match[str]], unlabelled: str
                    ) -> list[re.Match[str]]:
    """The `labels` found in `text` that head a kind's names. In a list under 其他 saying each
    name's kind (其他：企业：甲、高校：乙), after 其他's 、 (其他：乙、企业-丙) and anywhere typed
    at the 其他成员 question before a maker's label, a kind's plain word (企业：丙) is its name's
    kind: a company there is a supply chain's, under 其他 (`kind_said`)."""
    kept = []
    listing = unlabelled == PARTNERS
    for label in labels:
        listed = kept and kept[-1].lastgroup == PARTNERS and text[: label.start()].endswith("、")
        if (listing or listed) and _PLAIN_KIND_LABEL.fullmatch(label.group()):
            continue
        kept.append(label)
        listing = still_listing(listing, label.lastgroup, text[label.end():].lstrip())
    return kept


def says_a_kind(text: str, unlabelled: str) -> bool:
    """Whether `text`, typed at the `unlabelled` question, says a member's kind in brackets, of
    the column's or of a kind's making, or before a name right after a label, or a kind's
    making before a name at the 其他成员 question (运营商：…)."""
    return any(pattern.search(text) for pattern in (
        _SAYS_KIND_IN_BRACKETS, KIND_LIKE_IN_BRACKETS, _KIND_AFTER_LABEL)) or (
        unlabelled == PARTNERS and bool(_ITEM_KIND_AT_PARTNERS.search(text)))


def kind_said(name: str, key: str, listed: bool, row: bool = False) -> tuple[str, str] | None:
    """The name without the kinds said with a colon before it and in brackets after it, both
    dropped (运营商：中国移动…（运营商）), and the answer it goes to, which was `key` (its
    label's, or the question's typed at); None when it says none. A maker's kind moves no name
    out of 其他: a company there may be a supply chain's (模型算法、零部件), which the notice
    puts under 其他, apart from the 整机企业. `listed`: the name is of 其他's names that each
    say their kind (`lists_kinds`), or typed at the 其他成员 question. `row`: the name is a
    pasted table's row (`table_as_brackets`), its 整机 kind (not a plain 企业) filing it with
    the makers wherever it was pasted, a table's 整机企业 told apart from its other members."""
    under_other = key == PARTNERS
    before = _KIND_BEFORE_NAME.match(name) or (
        under_other and listed and _KIND_LIKE_BEFORE_NAME.match(name))
    after = KIND_AFTER_NAME.search(name) or (under_other and _OTHER_WORD_AFTER_NAME.search(name))
    if not (before or after):
        return None
    bare = name[before.end() if before else 0 : after.start() if after else len(name)]
    said = {group: word for kind in (before, after) if kind
            for group, word in kind.groupdict().items() if word}
    maker = row and re.fullmatch(MAKER_KINDS, said.get(MAKERS, ""))
    return bare, PARTNERS if PARTNERS in said else MAKERS if maker else key
