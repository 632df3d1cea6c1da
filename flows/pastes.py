"""Whole cells pasted in the chat at one question, split so each part answers its own question.

People paste what they wrote elsewhere: a description with 技术指标：… 预期成效：…, numbered
(1、现状：… 2、技术指标：…) or in brackets (【技术指标】); a consortium as 整机企业：… 其他：…;
products as 模型算法：… 关键零部件：…. The labels read here include the writers' own words, so
they apply only to pastes, and to imported cells laid out otherwise than the export writes
them (`typed_cells.py`): in a cell the export wrote such words may belong to an answer.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable

from flows.description_label_words import (
    LINE_START,
    OPENED,
    OPENED_LABELS,
    PAIN,
    TYPED,
    TYPED_AT_INDICATORS,
    TYPED_INDICATORS,
    TYPED_LABELS,
    TYPED_LATER,
    as_opened,
    without_forward_header,
)
from flows.labels import (
    BULLET,
    COLON,
    LIST_ITEM,
    NUMBERING,
    Parts,
    label_pattern,
    labelled_parts,
    labels_in,
    split_at,
)
from flows.member_tables import MAKER_KINDS
from flows.own_labels import OWN_LABELS, PRODUCTS_TITLE
from flows.results_supplement import supplement_after_results, supplement_before_results
from flows.row import (
    COLUMNS,
    LIST_SEPARATOR,
    OTHER_MEMBER_KINDS,
    TECH_PRODUCTS,
    answers_by_label,
)

# The same, in a paste opening with a list's mark, also behind a mark glued to the item before
# (①电池包…②技术指标：…③预期成效：…); in a paste labelled in brackets, also a bracketed
# label glued to the words before (【现状与痛点】…存在打火风险【技术指标】…). Neither a bare
# 现状, a part's own item (技术指标：①现状：…, 技术指标：【现状】人工45秒【目标】≤15秒).
_PARTS = "|".join([PAIN, *TYPED_LATER.values()])
_AS_WRITTEN = {labels: {(listed, bracketed): label_pattern(
    typed, typed=True, glued=_PARTS if listed else "", bracketed=_PARTS if bracketed else "")
    for listed in (False, True) for bracketed in (False, True)}
    for labels, typed in ((TYPED_LABELS, TYPED), (TYPED_AT_INDICATORS, TYPED_INDICATORS),
                          *((OPENED_LABELS[labels], OPENED[labels]) for labels in OPENED))}
# The four products' labels as people shorten them (算法：…，零部件：…), after the template's.
TECH_PRODUCT_SHORT = {
    "model_algorithm": "算法模型|大模型|算法",
    "operating_system": "OS",
    "simulation_platform": "仿真软件|仿真",
    "key_components": "核心零部件|零部件|核心部件|关键部件",
}
_TECH_PRODUCTS = {key: f"{re.escape(label)}|{TECH_PRODUCT_SHORT[key]}"
                  for key, label in TECH_PRODUCTS.items()}
TYPED_TECH_PRODUCTS = label_pattern(_TECH_PRODUCTS, typed=True,
                                    glued="|".join(_TECH_PRODUCTS.values()))


def description_labels(text: str, labels: re.Pattern[str]) -> re.Pattern[str]:
    """`labels` (`TYPED_LABELS` or `TYPED_AT_INDICATORS`) as read in `text`: when it opens with
    a list's mark (① (1) ● 1、), its items may be glued (①电池包…②技术指标：…), and a mark glued
    before a description's label starts the next part; before other words it stays words.
    When the writer labels in brackets (`_labelled_in_brackets`), so may a bracketed label
    glued to the words before it (…存在打火风险【技术指标】), if `description_parts` finds it
    names a later part; else a label word in brackets is emphasis (这是本场景的【痛点】所在)."""
    listed = _listed(text)
    bracketed = _labelled_in_brackets(text, labels, listed)
    return _AS_WRITTEN[labels][listed, bracketed] if listed or bracketed else labels


def _labelled_in_brackets(text: str, labels: re.Pattern[str], listed: bool) -> bool:
    """Does `text` label its parts in brackets, one standing where labels do (at the start,
    after 。 or a line break)? Not when all are glued to words: emphasis brackets a label's
    word as well (在满足【技术要求】的前提下，…效率低【预期成效】…)."""
    return "【" in text and any(label[label.lastgroup].startswith("【")
                                for label in labels_in(text, _AS_WRITTEN[labels][listed, False]))


def _listed(text: str) -> bool:
    return bool(LIST_ITEM.match(text.lstrip()))


def _in_order(found: list[re.Match[str]], plain: list[re.Match[str]]) -> list[re.Match[str]]:
    """The labels `found`, without a bracketed one glued to the words before it (not among the
    `plain` labels) unless it names a part after the one it stands in, once, and begins what
    follows: 【现状与痛点】…这是本场景的【痛点】所在 is emphasis within the pain point, which the
    text before any label is too; so is a label's word in a sentence (难以满足【技术指标】要求)
    or the part's name where it stands as a label too (详见【技术指标】。↵【技术指标】…)."""
    starts, kept, part = {label.start() for label in plain}, [], 0
    named = Counter(label.lastgroup for label in found)
    for label in found:
        glued = label.start() not in starts
        if glued and (named[label.lastgroup] > 1 or _IN_A_SENTENCE.match(label.string,
                                                                           label.end())):
            continue
        if not glued or _PART_ORDER.index(label.lastgroup) > part:
            kept.append(label)
            part = _PART_ORDER.index(label.lastgroup)
    return kept


# What follows a part's name used as a word of a sentence, not as its label.
_IN_A_SENTENCE = re.compile(r"\s*(?:$|[的和与及、，,。；;：:）)]|要求|所在|前提|实现)")
_PART_ORDER = list(TYPED)


def description_parts(text: str, labels: re.Pattern[str]) -> Parts:
    """`text` split at its `description_labels`, each part without its list's mark
    (`unnumbered`), the first glued item's too (①电池包…②技术指标：…); in a paste opening
    with a label, at the shorter words after a space or a comma too (`as_opened`), and
    without a forward's header line before its first label (`without_forward_header`)."""
    text = without_forward_header(text, labels)
    labels = as_opened(text, labels)
    plain = unnumbered(labelled_parts(text, labels), text)
    as_written = description_labels(text, labels)
    if as_written is labels:  # neither listed nor labelled in brackets: nothing glued to read
        return plain
    listed = labels_in(text, _AS_WRITTEN[labels][_listed(text), False])
    preamble, parts = split_at(text, _in_order(labels_in(text, as_written), listed))
    if len(parts) == len(plain[1]):
        return plain
    mark = LIST_ITEM.match(preamble)
    return preamble[mark.end() if mark else 0 :], parts


def parse_pasted_description(text: str) -> dict[str, str]:
    """A description pasted in the chat, labelled the template's way or the writer's own;
    nothing when it has no labels nor other columns' lines, so the text answers the question as
    typed (a pain point stopping after a comma is still to be continued). Paragraphs without
    labels are never filed by guess: a fact of today with a bound (仓库温度保持在25℃以内) reads
    as an indicator, and a guess would replace indicators saved before (`later_parts_seen`)."""
    rest, aside = _set_aside(text)
    found = description_parts(rest, TYPED_LABELS)
    return _with_aside(_trimmed(answers_by_label(found)), aside) if found[1] or aside else {}


def parse_pasted_indicators(unlabelled: str) -> Callable[[str], dict[str, str]]:
    """The same, pasted at the indicators question or at their supplement: what comes before
    any label answers the question typed at, and so does an indicators label at the supplement,
    which is more of them (连续运行24小时↵预期成效：… is a supplement and the results), unless
    the paste is a whole description (`whole_description`). At the supplement, results labelled
    before it (预期成效：…↵补充指标：…) are the same two parts in the other order."""

    def parse(text: str) -> dict[str, str]:
        rest, aside = _set_aside(text)
        preamble, parts = description_parts(rest, TYPED_AT_INDICATORS)
        whole = whole_description(key for key, _ in parts)
        parts = [(unlabelled if key == "indicators" and not whole else key, part)
                 for key, part in parts]
        answers = _trimmed(answers_by_label((preamble, parts), unlabelled))
        if unlabelled == "indicators_more" and list(answers) == ["expected_results"]:
            answers = supplement_after_results(answers["expected_results"]) or answers
        return _with_aside(answers, aside)

    return parse


def whole_description(keys: Iterable[str]) -> bool:
    """Do a paste's parts restate the description, its pain point with its indicators? Then it
    is a new one wherever pasted, even at the supplement of the old indicators."""
    return {"pain_point", "indicators"} <= set(keys)


def parse_pasted_results(text: str) -> dict[str, str]:
    """The last part of a description, pasted with the lines of later columns after it, or
    with the earlier parts' labels (现状与痛点：… 技术指标：…), each part then to its question;
    nothing when there are neither, so the text answers the question as typed. Only the earlier
    parts' labels split: results may go on under their own words (经济效益：…, 差异化创新点：…),
    and a bare 现状：… is the baseline they are measured against, as at the indicators."""
    if added := supplement_after_results(text) or supplement_before_results(text):
        return added
    rest, aside = _set_aside(text)
    preamble, parts = description_parts(rest, TYPED_AT_INDICATORS)
    labelled = {key for key, _ in parts}
    if not _restates_description(preamble, labelled):
        preamble, parts = rest.strip(), []
    # Before a 预期成效 label of its own, the unlabelled start is the pain point, as the cell
    # writes it (电池包…↵技术指标：…↵预期成效：…).
    unlabelled = "pain_point" if "expected_results" in labelled else "expected_results"
    answers = _trimmed(answers_by_label((preamble, parts), unlabelled))
    return _with_aside(answers, aside) if parts or aside else {}


def _restates_description(preamble: str, labelled: set[str]) -> bool:
    """Is a paste at the results a description of its own? It names its pain point, opens with
    a label (技术指标：…↵预期成效：…), or has results labelled after its earlier parts as the
    cell writes them; a 技术指标： inside a list of results (1、替代2名工人；2、技术指标：…) is
    words of the results."""
    if "pain_point" in labelled:
        return True
    return "indicators" in labelled and (not preamble.strip() or "expected_results" in labelled)


def unnumbered(found: Parts, text: str) -> Parts:
    """A numbered list's first item, before any label (1、电池包… 2、技术指标：…), without its
    number, as the labelled items lose theirs; not a decimal (1.5T科技), nor a lone Chinese or
    circled numeral outside a list (一、二号高炉 and ①号线 begin with their own words), nor
    the first of a list that is the part itself (1、准确率… 2、节拍… 预期成效：…)."""
    preamble, parts = found
    number = re.match(NUMBERING, preamble)
    if not parts or not number or re.match(r"\d", preamble[number.end():]):
        return found
    if LIST_ITEM.search(preamble, number.end()):
        return found
    listed = len(LIST_ITEM.findall(text)) > 1
    if not listed and not re.match(rf"\d|{BULLET}", number.group()):  # 一、二号高炉, ①号线: words
        return found
    return preamble[number.end():], parts


def _trimmed(parts: dict[str, str]) -> dict[str, str]:
    """Without the comma that stood before the next label (…≤15秒，预期成效：…)."""
    return {key: text.rstrip("，,；;、 ") for key, text in parts.items()}


def parse_pasted_tech_products(unlabelled: str) -> Callable[[str], dict[str, str]]:
    """模型算法：… 关键零部件：… typed at any of the four product questions, each part to its own
    question; unlabelled words answer the question typed at."""
    return lambda text: listed_by_label(unnumbered(labelled_parts(text, TYPED_TECH_PRODUCTS), text),
                                unlabelled)


def listed_by_label(found: Parts, unlabelled: str) -> dict[str, str]:
    """Each labelled part under its question, a label given twice adding to the list; nothing
    when no label was found, so the text answers the question it was typed at. The comma
    closing the unlabelled words (12台，模型算法：…) is no part of the list (12台，、…)."""
    preamble, parts = found
    trimmed = (preamble.rstrip("，,；;、 \t\n"), parts)
    return _trimmed(answers_by_label(trimmed, unlabelled, LIST_SEPARATOR)) if parts else {}


# What other columns' labels head in a whole scenario pasted at the description: never part
# of it. Only where a line begins (行业：, 方向： mid-sentence are words); 其他： only in the
# lines after such a line (a consortium's 其他：东南大学), as in a description it is words too.
SET_ASIDE = "set_aside"  # the key of those lines, as typed, among a paste's answers
_DESCRIPTION_KEYS = (
    "pain_point", "indicators", "indicators_more", "expected_results", "innovation", "partners")
_OTHER_LABELS = "|".join([
    *(re.escape(title) for key, title in COLUMNS if key not in ("index", "description")),
    *(labels for key, labels in OWN_LABELS.items() if key not in _DESCRIPTION_KEYS),
    r"方向|(?:应用)?产品类型|(?:\d{4}年\d{1,2}月)?部署应用目标", PRODUCTS_TITLE,
    r"(?:创新应用)?联合体成员|其他(?:联合体)?成员", MAKER_KINDS, OTHER_MEMBER_KINDS,
])
_OTHER_COLUMN = label_pattern({"other": rf"(?:^|{LINE_START})(?:{_OTHER_LABELS})"}, typed=True)
_MORE_MEMBERS = re.compile(rf"\n[ \t]*其他(?:联合体)?(?:成员)?{COLON}[^\n]*")


def _set_aside(text: str) -> tuple[str, list[str]]:
    """`text` without the lines other columns' labels head, and those lines as typed."""
    kept, aside, at = [], [], 0
    for match in _OTHER_COLUMN.finditer(text):
        if match.start() < at:  # within lines already set aside
            continue
        end = _other_column_end(text, match)
        kept.append(text[at : match.start()])
        aside.append(text[match.start() : end].strip())
        at = end
    return "".join([*kept, text[at:]]), aside


def _other_column_end(text: str, label: re.Match[str]) -> int:
    """Where the answer after another column's `label` ends: at its line's end, or at a
    description label on that line; a label alone on its line is answered on the lines below,
    up to the next label."""
    line_end = text.find("\n", label.end())
    line_end = len(text) if line_end < 0 else line_end
    if not text[label.end() : line_end].strip():
        following = [pattern.search(text, line_end) for pattern in (_OTHER_COLUMN, TYPED_LABELS)]
        return min((match.start() for match in following if match), default=len(text))
    if inline := TYPED_LABELS.search(text, label.end(), line_end):
        return inline.start()
    while more := _MORE_MEMBERS.match(text, line_end):
        line_end = more.end()
    return line_end + 1


def _with_aside(answers: dict[str, str], aside: list[str]) -> dict[str, str]:
    return {**answers, SET_ASIDE: "\n".join(aside)} if aside else answers
