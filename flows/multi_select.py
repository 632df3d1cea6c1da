"""Questions answered with several ticks (整机应用目标, 应用部署产品类型): each tick is saved at
once, and the question stays open until 完成.

A product type is ticked with its form (☑人形机器人：轮式). People who type rather than tap
write the pair as they would say it: 人形机器人：轮式, 轮式人形机器人, 人形 轮式, 四足机器人足式和
人形机器人轮式 (read in `flows.product_words`). A form alone (轮式) names no product, since 人形
and 四足 share their forms: it goes to the types awaiting theirs, if any. The
template records one form a type, so two written for one (足式/轮式, 轮足式) are asked about.
A type ticked or typed without its form is kept with none until one is picked (or its forms
are cancelled), so 完成 says it is missing instead of passing the type over unseen; several
typed together without forms (四足+人形) have their forms asked one after another.

A goal is typed in either wording of it (`flows.goals`), by its number on the screen, or as
全部; several at once, parted by punctuation, voice pauses or 和/与/及. One said not to be
chosen (暂不跨行业) is left unticked, and told.
"""

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from flows import actions
from flows.draft import Draft
from flows.field import Field, Kind
from flows.goals import ALL, all_but, as_numbers, goal_parts, goal_segments, ruled_out
from flows.item_numbers import typed_columns
from flows.marks import CellError, boxes_as_bullets, marked_items
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay, told
from flows.own_labels import without_own_label
from flows.product_words import FORM_WORDS, WHEEL_LEGGED, products_named
from flows.screens import form_owners_screen, form_screen, screen_for
from flows.spoken_endings import without_full_stop
from flows.step_messages import PRESS_AND_DONE
from flows.tech_products import MACHINE_COUNT
from flows.tick_remarks import count_at_goals, counts_beside_goals, form_replaced

TICKED = "已选：{pairs}。选好后点“完成”。"
RULED_OUT = "写明不选的目标未勾选：{goals}。"
UNREAD = "未能识别“{parts}”，没有勾选；请点击下方按钮选择。"
FORM_NEEDED = "请写明“{product}”的形态：{forms}。"
ONE_FORM = "每种产品类型只能选一种形态，“{product}”写了 {forms}，请点击下方按钮选一种。"
# 轮足 (wheel-legged) reads as both 足式 and 轮式, but is one hybrid form: the template's 其他.
HYBRID_FORM = ("“轮足”是轮腿结合的一种形态，不是足式和轮式两种：模板中“{product}”的形态只有 "
               "{forms}，轮足式请点“其他”。")
FORMS_NEXT = "{products}还需选择形态，请依次点选。"
EACH_TYPE = ("请分别点击要选的产品类型（如“人形机器人”“四足机器人”）并选择各自的形态，"
             "或直接输入，如“人形机器人：轮式，四足机器人：足式”。")
# Both or all types said without naming them (两种都有): which, and with what forms, is asked.
EVERY_TYPE = re.compile(r"(?:两种|两类|两个|三种|三类)?(?:都有|都要|都用|全都要)的?|全部|全选")
# A product named in a few words, no sentence: 机械臂, AGV, 复合机器人（AGV+机械臂）.
A_NAME = re.compile(r"[^，,。；;！!？?\n]{1,20}")
NOT_A_TYPE = ("“{text}”不是“应用部署产品类型”的选项，没有勾选：模板只列{types}。"
              "请点击下方按钮选择，选好后点“完成”。")
COUNT_UNSAVED = "“{counts}”没有保存：这一问只选产品类型和形态，部署的台数在第 10 步“部署总数”填写。"
PRODUCT_NEEDED = "请连同产品类型一起写，例如“人形机器人：轮式”，或点击按钮选择。"


def toggle(survey: Questionnaire, draft: Draft, field: Field, index: int) -> Outcome:
    choice = field.choices[index]
    if field.kind == Kind.PRODUCTS:
        chosen = dict(draft.answers.get(field.key) or {})
        if chosen.get(choice, "") is None:  # ticked, its form still to choose
            return Outcome(draft, screen=form_screen(survey, draft, index))
        if choice not in chosen:
            return awaiting_form(survey, draft, field, index)
        del chosen[choice]
        return save_and_stay(survey, draft, field, chosen)
    ticked = list(draft.answers.get(field.key) or [])
    ticked = [c for c in ticked if c != choice] if choice in ticked else [*ticked, choice]
    return save_and_stay(survey, draft, field, [c for c in field.choices if c in ticked])


def awaiting_form(survey: Questionnaire, draft: Draft, field: Field, index: int) -> Outcome:
    """A product type ticked is kept until its form is chosen, with no form yet: 完成 before
    that says so, rather than moving on as if it had never been ticked. One ticked with a
    form already keeps it until another is picked."""
    chosen = dict(draft.answers.get(field.key) or {})
    if chosen.get(field.choices[index]):
        return Outcome(draft, screen=form_screen(survey, draft, index))
    chosen[field.choices[index]] = None
    saved = save_and_stay(survey, draft, field, chosen)
    return replace(saved, screen=form_screen(survey, saved.draft, index))


def untick(survey: Questionnaire, draft: Draft, field: Field, index: int) -> Outcome:
    """取消 on the forms: a type still without its form is not chosen after all."""
    chosen = dict(draft.answers.get(field.key) or {})
    if chosen.get(field.choices[index], "") is not None:
        return stay(survey, draft)
    del chosen[field.choices[index]]
    return save_and_stay(survey, draft, field, chosen)


def cancelled(field: Field, answers: Mapping[str, Any]) -> actions.Action:
    """取消 typed at the product types: the forms' own 取消, for the type awaiting its form."""
    waiting = _awaiting_forms(field, answers.get(field.key) or {})
    return actions.Untick(field.choices.index(waiting[0])) if waiting else actions.Show()


def _awaiting_forms(field: Field, chosen: Mapping[str, Any]) -> list[str]:
    """The product types ticked whose form is still to choose (stored with none)."""
    return [product for product in field.choices if chosen.get(product, "") is None]


def has_form(field: Field, index: int, form: int) -> bool:
    return (field.kind == Kind.PRODUCTS and 0 <= index < len(field.choices)
            and 0 <= form < len(field.forms[field.choices[index]]))


def pick_form(survey: Questionnaire, draft: Draft, field: Field, index: int, form: int
              ) -> Outcome:
    product = field.choices[index]
    chosen = {**(draft.answers.get(field.key) or {}), product: field.forms[product][form]}
    said = form_replaced(product, draft.answers.get(field.key), chosen[product])
    return next_awaiting(survey, field, save_and_stay(survey, draft, field, chosen, said))


def save_and_stay(
    survey: Questionnaire, draft: Draft, field: Field, value: Any, message: str | None = None
) -> Outcome:
    """A multi-select tick is saved at once, though the question stays open until 完成."""
    updated = replace(draft, answers={**draft.answers, field.key: value})
    return Outcome(updated, {field.key: value}, message, screen_for(survey, updated))


def typed_ticks(survey: Questionnaire, draft: Draft, field: Field, text: str) -> Outcome:
    """Typed at a multi-select: types with their forms, or goals, after its label (目标：全部)."""
    text = without_own_label(field.key, text)
    if field.kind == Kind.PRODUCTS:
        return typed_products(survey, draft, field, text)
    try:
        named, unread, refused = goals_named(text, field.choices)
    except CellError as unread_marks:
        return stay(survey, draft, str(unread_marks))
    if not named and not refused:  # 20台: 部署总数's, said so
        return stay(survey, draft, count_at_goals(survey, draft, text) or PRESS_AND_DONE)
    ticked = {*(draft.answers.get(field.key) or ()), *named} - set(refused)
    unread, counted = counts_beside_goals(survey, draft, text, unread)
    told = [TICKED.format(pairs="、".join(named))] if named else []
    return save_and_stay(survey, draft, field, [c for c in field.choices if c in ticked],
                         "\n".join(told + counted + _untold(unread, refused)))


def _untold(unread: list[str], refused: list[str]) -> list[str]:
    """What a typed answer left unticked: goals it says not to choose, parts naming none."""
    return ([RULED_OUT.format(goals="、".join(refused))] if refused else []) + (
        [UNREAD.format(parts="”“".join(unread))] if unread else [])


def goals_named(text: str, goals: tuple[str, ...]
                ) -> tuple[list[str], list[str], list[str]]:
    """The goals a text names, in the template's order: all (全部), by their numbers on the
    screen (1、3, 第一项和第三项), or by their words, several at once (本单位内和行业内); the
    parts of it that name none, to be said rather than dropped unseen; and the goals it says
    not to choose (暂不跨行业) or leaves in an empty box beside ticked ones (☐跨行业), which are
    not ticked even where named too. The full stop voice input closes it with names none.
    Marks are read as in an imported cell (`flows.marks`): marks it cannot read all of raise
    CellError, saying why."""
    ticked, empty = marked_items(boxes_as_bullets(without_full_stop(text)), lambda typed: [typed])
    text = "，".join(ticked)
    if (listed := goals_listed(text, goals)) is not None:
        return listed, [], []
    if left_out := all_but(text):  # 除跨行业外都选
        return [g for g in goals if g not in left_out], [], [g for g in goals if g in left_out]
    named: dict[str, str | None] = {}
    refused = {goal for item in empty for _, goal in goal_parts(item) if goal}
    for segment in goal_segments(text):
        kept, negated = ruled_out(segment)
        refused |= negated
        named.update(part for part in goal_parts(kept) if part[0].strip())
    unread = [part for part, goal in named.items() if not goal]
    chosen = [goal for goal in goals if goal in named.values() and goal not in refused]
    return chosen, unread, [goal for goal in goals if goal in refused]


def goals_listed(text: str, goals: tuple[str, ...]) -> list[str] | None:
    """The goals a text names without their words: all (全部), or by their numbers (1、3,
    第一项和第三项), none when one of these is not on the screen; None for any other text."""
    if ALL.fullmatch(text.strip()):
        return list(goals)
    if numbered := typed_columns(as_numbers(text)):
        wanted = numbered.numbers
        return [goals[n - 1] for n in sorted(wanted)] if all(
            1 <= n <= len(goals) for n in wanted) else []
    return None


def typed_selection(field: Field, text: str) -> tuple[Any, str | None]:
    """The whole selection a text names, typed at the summary to replace the old one (产品类型
    改为四足机器人：足式), with the parts of it naming no goal said; None with the reason when it
    names no whole selection (a product type without its form)."""
    if field.kind == Kind.PRODUCTS:
        named = products_named(text, field.forms)
        if unsure := next(((p, forms) for p, forms in named if len(forms) != 1), None):
            return None, _ask_form(field, text, *unsure)
        if not named:
            return None, _no_product(text)
        return {product: form for product, (form,) in named}, None
    try:
        goals, unread, refused = goals_named(text, field.choices)
    except CellError as unread_marks:
        return None, str(unread_marks)
    if not goals:
        return None, "\n".join([*_untold([], refused), PRESS_AND_DONE])
    return goals, "\n".join(_untold(unread, refused)) or None


def typed_products(survey: Questionnaire, draft: Draft, field: Field, text: str) -> Outcome:
    """Product types typed with their forms are ticked, and a count typed with them (人形和四足
    各5台) is said unsaved, not dropped unseen: it belongs to 部署总数."""
    counts = list(dict.fromkeys(m.group().strip() for m in MACHINE_COUNT.finditer(text)))
    unsaved = COUNT_UNSAVED.format(counts="”“".join(counts)) if counts else None
    return told(_products_ticked(survey, draft, field, text, bool(counts)), unsaved)


def _products_ticked(survey: Questionnaire, draft: Draft, field: Field, text: str,
                     counted: bool) -> Outcome:
    """Types typed without their forms are ticked awaiting their forms, asked one after
    another as if each were pressed; one typed with two forms is asked which (the template
    records one form). A short text naming none, no form and no count (机械臂, AGV) is said
    to be none of the template's types, with the types it has."""
    named = products_named(text, field.forms)
    if not named:
        forms = {form for form, word in FORM_WORDS.items() if re.search(word, text)}
        if len(forms) == 1:  # 轮式 alone: the types awaiting their forms', or whose?
            return _form_typed(survey, draft, field, forms.pop())
        said = _no_product(text)
        if said == PRESS_AND_DONE and not counted and A_NAME.fullmatch(text.strip()):
            said = NOT_A_TYPE.format(text=text.strip(), types=_types(field))
        return stay(survey, draft, said)
    if twice := next(((p, forms) for p, forms in named if len(forms) > 1), None):
        message = _ask_form(field, text, *twice)
        if len(named) > 1:
            return stay(survey, draft, message)
        index = field.choices.index(twice[0])  # the type left as it was until one is picked
        return Outcome(draft, message=message, screen=form_screen(survey, draft, index))
    if len(named) == 1 and not named[0][1]:
        return awaiting_form(survey, draft, field, field.choices.index(named[0][0]))
    old = draft.answers.get(field.key) or {}
    chosen = {**old, **{p: forms[0] if forms else old.get(p) for p, forms in named}}
    pairs = "、".join(f"{p}：{forms[0]}" for p, forms in named if forms)
    waiting = [p for p, forms in named if not forms and chosen[p] is None]
    told = [TICKED.format(pairs=pairs)] if pairs else []
    told += [FORMS_NEXT.format(products="、".join(waiting))] if waiting else []
    saved = save_and_stay(survey, draft, field, chosen, "\n".join(told) or None)
    return next_awaiting(survey, field, saved)


def _types(field: Field) -> str:
    """The template's product types with their forms, as a refusal lists them."""
    return "、".join(f"{product}（{'/'.join(forms)}）" for product, forms in field.forms.items())


def next_awaiting(survey: Questionnaire, field: Field, outcome: Outcome) -> Outcome:
    """Types ticked together without their forms are asked one after another, the next one's
    forms shown once a form is given, so none is left to 完成 to find; and the forms stay on
    screen whatever else comes (a photo), not the list, where the type must be pressed again."""
    if field.kind != Kind.PRODUCTS:
        return outcome
    waiting = _awaiting_forms(field, outcome.draft.answers.get(field.key) or {})
    if not waiting:
        return outcome
    index = field.choices.index(waiting[0])
    return replace(outcome, screen=form_screen(survey, outcome.draft, index))


def _ask_form(field: Field, text: str, product: str, forms: tuple[str, ...]) -> str:
    """Which form to pick, for `product` typed in `text` with `forms` (none or two): 轮足
    alone, not beside a 轮式 of its own, is pointed to 其他."""
    wheel_legged = WHEEL_LEGGED.search(text) and "轮式" not in WHEEL_LEGGED.sub("", text)
    if set(forms) == {"足式", "轮式"} and wheel_legged:
        return HYBRID_FORM.format(product=product, forms=" / ".join(field.forms[product]))
    told = ONE_FORM if forms else FORM_NEEDED
    return told.format(product=product, forms=" / ".join(forms or field.forms[product]))


def _no_product(text: str) -> str:
    """Why a text naming no product type ticks none: a form alone needs its type, and types
    said only as all of them (两种都有) are each to be pressed."""
    if EVERY_TYPE.fullmatch(text.strip(" 。！!")):
        return EACH_TYPE
    return PRODUCT_NEEDED if any(re.search(word, text) for word in FORM_WORDS.values()) \
        else PRESS_AND_DONE


def _form_typed(survey: Questionnaire, draft: Draft, field: Field, form: str) -> Outcome:
    """A form typed alone (足式, 都是足式) belongs to the types awaiting their forms that have
    it, all of them; otherwise the types that have it are offered."""
    chosen = draft.answers.get(field.key) or {}
    waiting = [p for p in _awaiting_forms(field, chosen) if form in field.forms[p]]
    if not waiting:
        return Outcome(draft, screen=form_owners_screen(survey, draft, form))
    pairs = "、".join(f"{product}：{form}" for product in waiting)
    saved = save_and_stay(survey, draft, field, {**chosen, **dict.fromkeys(waiting, form)},
                          TICKED.format(pairs=pairs))
    return next_awaiting(survey, field, saved)
