"""How the three 整机应用目标 are written besides the template's own boxes.

Provincial copies of the template spell them a little differently (完成行业内同场复制部署), and
填写说明 9 names them more briefly (本单位内部署、同行业同场景部署、跨行业/跨领域部署), which is
how engineers type them. A cell read back keeps to the template's spelling; a typed answer may
use either wording, or a part only one goal has (跨行业, 本单位内), with any words around it
(跨行业部署, 行业内复制). Other industries (不同行业, 其他行业) are across industries.
A goal said not to be chosen (暂不跨行业, 不涉及跨行业, 暂不考虑同行业和跨行业, 跨行业暂不考虑,
除跨行业外都选) is ruled out, and so is each goal listed after a negation (暂不考虑同行业、跨行业).
"""

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from flows.goal_numbers import counted_numbers
from flows.row import DEPLOYMENT_GOALS

OWN_UNIT, SAME_INDUSTRY, ACROSS = DEPLOYMENT_GOALS
INSTRUCTION_WORDING = {  # 填写说明 9
    "本单位内部署": OWN_UNIT, "同行业同场景部署": SAME_INDUSTRY, "跨行业/跨领域部署": ACROSS,
}
WORDINGS = {**{goal: goal for goal in DEPLOYMENT_GOALS}, **INSTRUCTION_WORDING}
# The short words for each goal: a text holding those of one goal only names it, whatever
# words every goal shares (部署, 应用) it adds, which a likeness score would weigh as much.
# Across industries is read first and its words are set aside, since they hold the other
# goals' words: 不同行业 and 非同行业 hold 同行业, 跨行业内部署 and 其他行业内 hold 行业内.
SHORT_FORMS = {ACROSS: "跨行业|跨领域|(?:不同|非同|其他|其它)(?:行业|领域)",
               SAME_INDUSTRY: "同行业|行业内|(?<![不非])同场景", OWN_UNIT: "本单位|单位内"}
# Between two goals typed at once (本单位内和行业内), inside a word too (参与, 以及).
JOINED = re.compile(r"以及|和|与|及")
# Between two goals written at once (本单位/跨行业), and within 完成跨行业/跨领域场景应用.
SLASH = re.compile("[/／]")
# A goal's words right after a negation (暂不跨行业, 不涉及跨行业, 无跨行业计划, 不在同行业):
# the negation rules out the goals after it to the clause's end or a turn back (但, 而是, 只).
# Only a negation standing right before a goal's words: 并不断拓展跨行业, 不排除跨行业, 不局限于
# 本单位, 无偿向同行业推广, 不定期向同行业推广 rule nothing out. 不同行业/非同行业 are another
# industry; 暂不同行业 is not yet the same industry.
_GOAL_AHEAD = (r"(?=\s*(?:在|向|进行|开展|做)?\s*"
               r"(?:跨|同行业|同场景|行业内|本单位|单位内|其[他它]行业|不同行业))")
_NEGATING = r"(?:考虑|涉及|包括|包含|含|做|进行|开展|计划|打算|会|准备|再|拟|能)"
NEGATION = re.compile(rf"(?:(?:暂|尚|还|也|均|都)[不未无]{_NEGATING}?|不{_NEGATING}|不(?!同)"
                      rf"|无|没有|未{_NEGATING}?){_GOAL_AHEAD}")
# A negation after the goal ends its clause (跨行业暂不考虑, 跨行业：否, 同行业部署暂无,
# 跨行业（暂不）). Spaces before a bracket are taken whole (possessive): split every way
# between two \s*, a clause of 300 spaces took the search a third of a second.
NEGATION_AFTER = re.compile(r"[：:]?\s*+[（(]?\s*(?:应用|部署|目前|暂时)?(?:暂不考虑|暂未考虑"
                            r"|暂不开展|暂无计划|没有计划|暂不|暂缓|不考虑|不涉及|不适用|不做|暂无"
                            r"|不会|不用|不需要|待定|未定|无|否|没有|不)\s*+[)）]?\s*$")
# What may stand between a goal and a negation ending its clause (跨行业应用暂不考虑, 跨行业：否);
# other words (同行业复制对象待定) are what the negation is said of.
SAID_RIGHT_AFTER = re.compile(r"(?:复制|部署|应用|推广|场景|方面|目前|暂时|均|都|也|[：:\s（(])*")
# 除跨行业外都选: every goal but those named.
_ALL = r"(?:都|均|全)(?:可以|行|选|要|勾选?|部署)"
# From a clause's first character only: from each character of a clause it read on to the
# clause's end, and a message of 4,000 characters with 都选 in it took a quarter of a second.
ALL_BUT = re.compile(r"(?<![^，,])(?:除了?)?(?P<but>[^，,]+?)(?:以外|之外|外|[，,])[，,\s]*+"
                     r"(?:其[他它余]的?)?" + _ALL)
# Looked for first: ALL_BUT reads on to the next comma, and a message of 4,000 characters
# with no 都选 in it took a quarter of a second to be found to have none.
SAYS_ALL = re.compile(_ALL)
# Where a typed answer's clauses end; within one, goals listed with 、 are each their own
# segment, unless 均/都 before a negation ending the clause says it of all of them
# (同行业、跨行业均暂不考虑). Without 均/都 the list may be goals chosen and the last one
# declined (本单位内部署、同行业复制、跨行业暂不考虑).
CLAUSE_END = re.compile(r"[，,；;\n]")
# Between goals listed in a clause: 、, or + as in 本单位+同行业 (not 5G+, a word's).
LISTED = re.compile(r"、|(?<![A-Za-z0-9])[+＋]")
ALL_OF_THEM = re.compile(r"(?:均|都)\s*$")
TURN = re.compile(r"但|而是|只|仅")
ALL = re.compile(r"全部(?:三项)?|[三3][项个]全[部选]|全选|全都要|都要|都选|[三3][项个]都[要选]"
                 r"|以上(?:全部|都[是要选])")
# Words of a goal no unit's name holds without its ending (有限公司, 大学): 本单位 alone may be a
# maker's way of naming itself, so it is not among them.
GOAL_WORDS = re.compile(r"部署|复制|跨行业|跨领域|同行业|行业内|同场景")
SPELLING_CUTOFF = 85  # tolerates the provincial copy's "完成行业内同场复制部署"
# A typed goal scores this against one goal's wordings, and this much more than any other's.
WORDS_CUTOFF, WORDS_MARGIN = 75, 15


def goal_spelled(item: str) -> str | None:
    """The goal `item` writes in the template's words, give or take a character or two."""
    best = process.extractOne(_compact(item), DEPLOYMENT_GOALS, scorer=fuzz.ratio,
                              score_cutoff=SPELLING_CUTOFF)
    return best[0] if best else None


@lru_cache(maxsize=1024)  # a cell's items are asked of several times as it is parted
def goal_worded(text: str) -> str | None:
    """The one goal a typed text names in either wording or by a part of one only it has;
    None for words every goal shares (部署, 场景) or that are like none."""
    compact = _compact(text)
    if len(compact) < 2:
        return None
    if spelled := goal_spelled(compact):
        return spelled
    if len(short := _short_forms_in(compact)) == 1:
        return short[0]
    scores = dict.fromkeys(DEPLOYMENT_GOALS, 0.0)
    for wording, goal in WORDINGS.items():
        score = max(fuzz.ratio(compact, wording), fuzz.partial_ratio(compact, wording))
        scores[goal] = max(scores[goal], score)
    best, second = sorted(scores.values(), reverse=True)[:2]
    if best < WORDS_CUTOFF or best - second < WORDS_MARGIN:
        return None
    return max(scores, key=scores.__getitem__)


def goal_parts(segment: str) -> list[tuple[str, str | None]]:
    """Each part of `segment` (typed between punctuation) with the goal it names, or None for
    one that names none, so that it is said rather than dropped. Voice input parts goals with
    a pause (本单位内部署 跨行业应用) and with a pause within one (完成 本单位内 同类场景 复制部署),
    whose words of a goal's wording name nothing alone and are left out."""
    pieces = [piece for spaced in segment.split() for piece in _pieces(spaced)]
    goals = [goal_worded(piece) for piece in pieces]
    if not any(goals):
        return [(segment.strip(), goal_worded(segment))]
    parts = []
    while pieces:
        piece, goal = pieces.pop(0), goals.pop(0)
        if not goal and not _wording_word(piece) and pieces:
            # 本单位 不同 行业, 非 同行业: a pause within a goal's words
            if (joined := goal_worded(piece + pieces[0])) and joined != goals[0]:
                piece, goal = f"{piece} {pieces.pop(0)}", joined
                goals.pop(0)
        if goal or not _wording_word(piece):
            parts.append((piece, goal))
    return parts


def names_a_goal(item: str) -> bool:
    """Whether `item`, typed as a member, is 整机应用目标 (全部, 本单位内部署和同行业复制,
    暂不跨行业) rather than a unit."""
    return bool(ALL.fullmatch(item.strip())) or bool(
        GOAL_WORDS.search(item) and any(goal for _, goal in goal_parts(item)))


def goal_segments(text: str) -> list[str]:
    """The parts of a typed answer each read on its own for goals chosen or ruled out."""
    segments: list[str] = []
    for clause in CLAUSE_END.split(text):
        after = NEGATION_AFTER.search(clause)
        if segments and _wider_goal_after_negation(segments, clause):
            segments[-1] += f"和{clause}"  # 暂不考虑同行业，跨行业
        elif after and ALL_OF_THEM.search(clause[:after.start()]):
            segments.append(LISTED.sub("和", clause))
        else:
            segments += _negated_lists_joined(LISTED.split(clause))
    return [segment for segment in segments if segment.strip()]


def _negated_lists_joined(listed: list[str]) -> list[str]:
    """The items of a clause listed with 、, those after one ending in a negation of a goal
    (暂不考虑同行业、跨行业) joined to it with 和, as the negation is said of each: items that
    are a goal's words alone, with no negation or turn of their own."""
    segments: list[str] = []
    for item in listed:
        if segments and _negates_to_its_end(segments[-1]) and _goal_alone(item):
            segments[-1] += f"和{item}"
        else:
            segments.append(item)
    return segments


def _negates_to_its_end(segment: str) -> bool:
    """Whether a negation before a goal in `segment` reaches its end (暂不考虑同行业)."""
    negation = NEGATION.search(segment)
    return bool(negation) and not TURN.search(segment, negation.end())


def _wider_goal_after_negation(segments: list[str], clause: str) -> bool:
    """Whether `clause`, a goal's short word alone after a clause ruling goals out, carries on
    that list: after a goal chosen, a wider goal than those ruled out does (本单位内部署，暂不
    考虑同行业，跨行业: not across industries either); a narrower one (暂不考虑跨行业，本单位),
    or one with no goal chosen before it (暂不考虑本单位，跨行业), is said anew."""
    *before, segment = segments
    if not (any(map(_goal_alone, before)) and _negates_to_its_end(segment) and _goal_alone(clause)
            and any(re.fullmatch(words, _compact(clause)) for words in SHORT_FORMS.values())):
        return False
    _, out = ruled_out(segment)
    goal = goal_worded(clause)
    return bool(out) and all(DEPLOYMENT_GOALS.index(goal) > DEPLOYMENT_GOALS.index(o)
                             for o in out)


def _goal_alone(item: str) -> bool:
    """Whether `item` names one goal and says nothing else of it (跨行业, 跨行业应用)."""
    return bool(goal_worded(item)) and not (
        NEGATION.search(item) or NEGATION_AFTER.search(item) or TURN.search(item))


def ruled_out(segment: str) -> tuple[str, set[str]]:
    """`segment` without the words after a negation in it, and the goals those name, not
    chosen: 本单位内部署而不跨行业 keeps 本单位内部署 and rules out 跨行业; a negation ending
    the clause rules out the goal right before it (`_said_of`). A negation before no goal
    (暂不考虑其他) rules out nothing, and the segment is kept whole."""
    if (after := NEGATION_AFTER.search(segment)) and (said := _said_of(segment[:after.start()])):
        return said  # 本单位内部署 跨行业暂不考虑: 跨行业 only
    if not (negation := NEGATION.search(segment)):
        return segment, set()
    turn = TURN.search(segment, negation.end())
    end = turn.start() if turn else len(segment)
    after = segment[negation.end():end]
    refused = {goal for _, goal in goal_parts(after) if goal} if after.strip() else set()
    return (f"{segment[:negation.start()]} {segment[end:]}", refused) if refused \
        else (segment, set())


def _said_of(head: str) -> tuple[str, set[str]] | None:
    """What a negation ending a clause is said of: the goals joined by 和/及/与 or "/" just
    before it (同行业和跨行业暂不考虑, 同行业/跨行业暂不考虑), else the goal written last; and the
    words before them, kept."""
    chunk = re.split(r"[\s（(]", head)[-1]
    joined = {goal for _, goal in goal_parts(chunk) if goal}
    if (JOINED.search(chunk) or len(goals_slashed(chunk)) > 1) and joined:
        return head[: len(head) - len(chunk)], joined
    last = _last_goal(head)
    if not last or not SAID_RIGHT_AFTER.fullmatch(head[last[2]:]):  # 同行业复制对象待定
        return None
    return head[:last[0]], {last[1]}


def _last_goal(text: str) -> tuple[int, str, int] | None:
    """Where the goal written last in `text` begins, which it is, and where it ends: the one a
    negation ending the clause is said of. Across industries' words hold the others' (不同行业)."""
    found: list[tuple[int, int, str]] = []
    for goal, words in SHORT_FORMS.items():
        found += [(m.end(), -m.start(), goal) for m in re.finditer(words, text)
                  if not any(-start <= m.start() < end for end, start, _ in found)]
    if not found:
        return None
    end, start, goal = max(found)
    return -start, goal, end


def all_but(text: str) -> set[str]:
    """The goals 除…外都选 leaves out, if it is said so; none otherwise."""
    if not SAYS_ALL.search(text) or not (said := ALL_BUT.search(text)):
        return set()
    return {goal for _, goal in goal_parts(said.group("but")) if goal}


def as_numbers(text: str) -> str:
    """Goals' numbers as `typed_columns` reads them: circled (①③) or added up (1+2) as if
    listed with 、; goals counted (前两个, 两个) as `counted_numbers` reads them."""
    if (counted := counted_numbers(text, len(DEPLOYMENT_GOALS))) is not None:
        return counted  # 前两个: 1、2
    circled = re.sub("[①-⑳]", lambda m: f"{ord(m[0]) - ord('①') + 1}、", text)
    return re.sub("[+＋]", "、", circled)


def goals_joined(text: str) -> list[str]:
    """`text` parted at 和/与/及 and "/" where each part names a goal (本单位和跨行业); whole
    otherwise (本单位和其他单位)."""
    parts = _pieces(text)
    return parts if all(map(goal_worded, parts)) else [text]


def _pieces(text: str) -> list[str]:
    """`text` parted at 和/与/及 and at "/" where those part goals (`_joined_goals`,
    `goals_slashed`)."""
    return [part for joined in _joined_goals(text) for part in goals_slashed(joined)]


def _joined_goals(spaced: str) -> list[str]:
    """At 和/与/及 between words of two characters or more, one of them a goal's: not within a
    word (参与, 涉及)."""
    pieces = [piece for piece in JOINED.split(spaced) if piece]
    if all(len(piece) > 1 for piece in pieces) and any(map(goal_worded, pieces)):
        return pieces
    return [spaced]


def goals_slashed(text: str) -> list[str]:
    """`text` parted at "/" where each part names a goal and they are not all one goal
    (本单位/跨行业); whole otherwise: the third goal's own "/" (完成跨行业/跨领域场景应用,
    跨行业/跨领域) parts no two goals, nor does one between words of no goal (本单位/其他单位)."""
    parts = SLASH.split(text)
    goals = [goal_worded(part) for part in parts]
    return parts if all(goals) and len(set(goals)) > 1 else [text]


def _wording_word(piece: str) -> bool:
    """Whether `piece` is a word of a goal's wording (完成, 复制部署), naming no goal alone."""
    return any(piece in wording for wording in WORDINGS)


def _short_forms_in(compact: str) -> list[str]:
    """The goals whose short words `compact` holds, each goal's words set aside before the
    next goal's are looked for."""
    found = []
    for goal, words in SHORT_FORMS.items():
        compact, count = re.subn(words, "\0", compact)
        found += [goal] if count else []
    return found


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)
