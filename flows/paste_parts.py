"""What a paste that fills several questions leaves to the engine: the parts still kept when
one is refused, a question the parts stepped over, and lists added to rather than replaced.
"""

import re
from dataclasses import replace
from typing import Any

from flows import pasted_members
from flows.draft import Draft
from flows.field import Field
from flows.member_tables import PARTNERS
from flows.navigation import Questionnaire, is_blank
from flows.org_names import Unsure
from flows.outcome import Outcome, told
from flows.pastes import whole_description
from flows.place_replies import Outside
from flows.results_supplement import added_to_supplement
from flows.row import ANSWER_CELL, LIST_SEPARATOR
from flows.rules import first_error
from flows.screens import Screen, screen_for, summary_screen
from flows.step_messages import ADDED_TO, FILED, PARTNERS_STILL_ASKED, REPLACED
from flows.typed_changes import Change, answer_and_changes

# The key, among a paste's parts, of the labelled parts past a question still unanswered, as
# typed, to be said unsaved.
NOT_YET = "not_yet"
# How another question's label is written after a short answer (所属行业：…, 场景类型改为…): a
# message without one is read at its question alone, without drawing the summary to read it.
LABEL_MARK = re.compile(r"[：:]|改[为成]")
LEFT_FOR_LATER = "这条消息中以下内容没有保存：{parts}。前面还有问题没有回答，请到该问时再填写。"


def named_after(survey: Questionnaire, draft: Draft, field: Field, text: str
                ) -> dict[str, str] | None:
    """A short answer followed by other questions' labels (电池包下线测试…，所属行业：…，细分方向：
    …), as the summary reads them, each part read as `read_again` reads it. None unless every
    part has a value. Parts past a question asked between them and left unanswered, which
    filling them in a row would step over (场景名称：…，细分方向：… before any 所属行业), are not
    filed but said unsaved (`NOT_YET`), as typed; None where the description is among them, a
    whole scenario pasted early, which belongs at the description."""
    if not LABEL_MARK.search(text):
        return None
    changes = answer_and_changes(survey, draft.answers, summary_screen(survey, draft), field.key,
                                 text)
    if len(changes) < 2 or any(change.value is None for change in changes):
        return None
    typed = [part for change in changes for part in _own_split(field, change)]
    return _in_turn(survey, draft, field, _read_all(survey, draft, field, typed))


def _own_split(field: Field, change: Change) -> list[tuple[str, str, str | None]]:
    """A change with its words as typed; the answer to `field` itself split as its reader
    splits it typed alone (无锡，无锡XX有限公司 at the city question: the city and the unit),
    so the unit typed with it is not lost."""
    own = field.splits(change.value) if field.splits and change.key == field.key else {}
    if not own:
        return [(change.key, change.value, change.typed)]
    return [(key, value, None) for key, value in own.items()]


def read_again(survey: Questionnaire, draft: Draft, parts: dict[str, str]) -> dict[str, str]:
    """The parts a question's reader split a paste into, each read as if typed at its question
    by every label the summary reads: a label the reader took in (所属行业's reader takes
    细分方向：动力电池，场景类型：工业 or 动力电池↵联合体成员：东南大学 whole) splits it again, and
    a part so split off past a question still unanswered is said unsaved, as after a short
    answer. Parts no label splits again are kept as they are."""
    field = survey.field(draft.cursor)
    read = _read_all(survey, draft, field, [(key, value, None) for key, value in parts.items()])
    if {key: value for key, (value, _) in read.items()} == parts:
        return parts
    return _in_turn(survey, draft, field, read) or parts


def _read_all(survey: Questionnaire, draft: Draft, field: Field,
              typed: list[tuple[str, str, str | None]]) -> dict[str, tuple[str, str | None]]:
    """Each part but `field`'s own read again at its question (`_read`), with its words as
    typed where known."""
    screen = summary_screen(survey, draft)  # every question's and column's label it reads
    read: dict[str, tuple[str, str | None]] = {}
    for key, value, words in typed:
        again = key in survey.position and key != field.key
        read |= _read(survey, draft.answers, screen, key, value, words) if again else {
            key: (value, words)}
    return read


def _in_turn(survey: Questionnaire, draft: Draft, field: Field,
             read: dict[str, tuple[str, str | None]]) -> dict[str, str] | None:
    """The parts to file, and those past a question still unanswered said unsaved."""
    parts = {key: value for key, (value, _) in read.items()}
    gap = _unanswered_after(survey, draft.answers, field, parts)
    later = [key for key in parts if survey.position.get(key, -1) > gap]
    if not later:
        return parts
    if not all(survey.field(key).short for key in later):  # a whole scenario: pasted at 痛点
        return None
    unsaved = "；".join(_as_typed(survey.field(key), *read[key]) for key in later)
    # 联合体成员：东南大学, a university filed under 其他成员 with it: not yet either
    filed = {pasted_members.FILED} if PARTNERS in later else set()
    return {**{key: parts[key] for key in parts if key not in {*later, *filed}}, NOT_YET: unsaved}


def _as_typed(field: Field, value: str, typed: str | None) -> str:
    """A part as the engineer labelled it (联合体成员：东南大学), or by its question's name."""
    return typed if typed and typed != value else f"{field.part or field.column}：{value}"


def _read(survey: Questionnaire, answers: dict[str, Any], screen: Screen, key: str, value: str,
          typed: str | None = None) -> dict[str, tuple[str, str | None]]:
    """The answers a part holds, with their words as typed, as pasted at its question; a part
    its question's reader split off (所属行业's reader takes 细分方向：… whole) read again there,
    as the summary reads changes."""
    splits = survey.field(key).splits
    parts: dict[str, tuple[str, str | None]] = {}
    for part_key, part in ((splits(value) if splits else {}) or {key: value}).items():
        more = answer_and_changes(survey, answers, screen, part_key, part) if (
            part_key in survey.position) else []
        if len(more) < 2 or any(change.value is None for change in more):
            parts[part_key] = (part, typed if part == value else None)  # 东南大学: 其他成员's
            continue
        for change in more:
            parts |= _read(survey, answers, screen, change.key, change.value, change.typed)
    return parts


def _unanswered_after(survey: Questionnaire, answers: dict[str, Any], field: Field,
                      parts: dict[str, str]) -> int:
    """The position of the first question after `field` still to be answered that the parts
    do not answer, past which they would be filed out of turn."""
    for later in survey.fields[survey.position[field.key] + 1:]:
        if later.key not in parts and later.required and later.asked(answers) and is_blank(
                answers.get(later.key)):
            return survey.position[later.key]
    return len(survey.fields)


def added_to_earlier(survey: Questionnaire, draft: Draft, parts: dict[str, str]) -> dict[str, str]:
    """A list part for a question answered before the one typed at (整机企业：… typed at 其他成员)
    adds to that answer: the engineer answering a later question is adding a unit, not
    restating the list, and the units named before would otherwise be lost unseen; so does an
    indicator added after the results (`added_to_supplement`)."""
    at = survey.position.get(draft.cursor, len(survey.fields))
    parts = added_to_supplement(draft.answers, parts, draft.cursor)
    return {key: LIST_SEPARATOR.join([*draft.answers[key], text])
            if survey.position[key] < at and isinstance(draft.answers.get(key), list) else text
            for key, text in parts.items()}


def added_to(draft: Draft, parts: dict[str, str], key: str) -> dict[str, str]:
    """The `key` part after the list already answered there: names filed under a question
    for what they are (东南大学 typed at 整机企业) were not meant to restate its list."""
    old = draft.answers.get(key)
    if not isinstance(old, list):
        return parts
    return {**parts, key: LIST_SEPARATOR.join([*old, parts[key]])}


def replaced_earlier(survey: Questionnaire, draft: Draft, saved: dict[str, Any]) -> list[str]:
    """A labelled part answering a question before the one typed at (大模型：… typed at 操作系统)
    replaces that answer: said, with the old words, so they are not lost unseen; one added to
    (续航≥4小时 then 续航≥4小时；MTBF≥2000h) is said kept."""
    at = survey.position.get(draft.cursor, len(survey.fields))
    return [(ADDED_TO if _added_to(old, new) else REPLACED).format(
                part=survey.field(key).part, old=old)
            for key, new in saved.items()
            if key in survey.position and survey.position[key] < at and new is not None
            and isinstance(old := draft.answers.get(key), str) and old
            and _worded(old) != _worded(new)]


def _added_to(old: str, new: Any) -> bool:
    return isinstance(new, str) and new.startswith(_worded(old))


def _worded(answer: Any) -> Any:
    """An answer as said, whatever closes it: 恒远大模型。 says what 恒远大模型 does."""
    return answer.rstrip("。.．，,；;！! ") if isinstance(answer, str) else answer


def filled(survey: Questionnaire, keys: list[str], answers: dict[str, Any]) -> str:
    """The questions a paste filled, each answer shown as saved unless its own echo shows it:
    a word read into a name (整机企业方面优必选…) is seen, not saved unseen, and a message
    split at a label (所属行业：餐饮零售，细分方向：中央厨房) is seen split where it was meant.
    The description's parts, sentences to read on the summary card, are only named; those
    left empty (操作系统：无) are said so after the rest, not as if filled."""
    empty = [survey.field(key) for key in keys if answers.get(key) is None]
    said = "、".join(_filled(survey.field(key), answers) for key in keys if answers.get(key)
                    is not None)
    none = f"{'、'.join(field.part or field.column for field in empty)}：无" if empty else ""
    return "；".join(filter(None, (said, none)))


def _filled(field: Field, answers: dict[str, Any]) -> str:
    value = answers.get(field.key)
    shown = LIST_SEPARATOR.join(value) if isinstance(value, list) else value
    name = field.part or field.column  # 场景名称, a column of one question
    echo = _echo(field, answers)
    if not isinstance(shown, str) or (echo and not isinstance(echo, Outside)) or ANSWER_CELL[
            field.key] == "description":
        return name
    return f"{name}（{shown}）"


def _echo(field: Field, answers: dict[str, Any]) -> str | None:
    return field.feedback(answers) if field.feedback else None


def passed_over(survey: Questionnaire, keys: list[str], before: dict[str, Any],
                answers: dict[str, Any]) -> Field | None:
    """A question between the pasted parts that their answers now ask (是否补充指标 when a
    dimension has no indicator), which answering the parts in a row stepped over; questions
    asked always (操作系统 between 模型算法 and 关键零部件) were left out of the paste. Or a
    part whose new names are echoed with a resend asked for (整机企业：优必选 达闼 宇树), asked
    again so the resend replaces them."""
    unsure = (survey.field(key) for key in keys if answers.get(key) != before.get(key)
              and isinstance(_echo(survey.field(key), answers), Unsure))
    if held := next(unsure, None):
        return held
    field = survey.after(keys[0], answers)
    while field is not None and field.key != keys[-1]:
        if field.ask_if is not None and field.key not in answers:
            return field
        field = survey.after(field.key, answers)
    return None


def old_followers(survey: Questionnaire, draft: Draft, parts: dict[str, str]
                  ) -> tuple[dict[str, None], list[str]]:
    """What followed from the old answers of a whole description pasted anew: the supplement
    of the old indicators goes with them even where the new ones still miss a dimension, to be
    offered again, as it belonged to the description replaced; and the engineer's words so
    cleared that the paste does not hold, to be quoted back."""
    gone: dict[str, None] = {}
    words: list[str] = []
    if not whole_description(parts):
        return gone, words
    for field in map(survey.field, parts):
        cleared = {key: None for key in field.resets if key in draft.answers and key not in parts}
        gone |= cleared
        words += survey.dropped(field, parts[field.key], draft.answers, cleared)
    return gone, words


def replaced(survey: Questionnaire, followers: dict[str, None], saved: dict[str, Any]) -> bool:
    """Were the answers that `followers` followed replaced? A paste stopped at a part refused
    may leave them, and what followed them stays with them."""
    return any(set(survey.field(key).resets) & set(followers)
               for key in saved if key not in followers)


def kept(survey: Questionnaire, answers: dict[str, Any], parts: dict[str, str]
          ) -> tuple[dict[str, Any], list[str]]:
    """The parts that keep their questions' rules, as they are saved, with what followed from
    an old answer cleared as `_advance` clears it (the supplement of replaced indicators);
    and the engineer's words so cleared, to be quoted back."""
    kept: dict[str, Any] = {}
    gone: list[str] = []
    for key, text in parts.items():
        value, error = first_error(survey.field(key).rule, text)
        if error:
            continue
        kept[key] = value
        cleared = survey.cleared(survey.field(key), value, answers)
        kept |= cleared
        gone += survey.dropped(survey.field(key), value, answers, cleared)
    return kept, gone


def filed_told(survey: Questionnaire, outcome: Outcome, filed: str, only_filed: bool,
               typed_at: Draft) -> Outcome:
    """Names filed under 其他成员 for how they end, said as saved (without voice pauses).
    When the engineer named no member of 其他成员 there, it is still asked, with the names
    filed as its answer: kept with 保持不变, or restated with any more."""
    names, _ = first_error(survey.field(PARTNERS).rule, filed)
    said = FILED.format(names="、".join(names or [filed]))
    if not only_filed or outcome.draft.cursor == typed_at.cursor:  # a part was refused
        return told(outcome, said)
    at_partners = replace(outcome.draft, cursor=PARTNERS, editing=typed_at.editing)
    asked = replace(outcome, draft=at_partners, screen=screen_for(survey, at_partners))
    return told(asked, said + PARTNERS_STILL_ASKED)
