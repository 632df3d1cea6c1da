"""Questions answered with several ticks (整机应用目标, 应用部署产品类型): each tick is saved at
once, and the question stays open until 完成.

A product type is ticked with its form (☑人形机器人：轮式). People who type rather than tap
write the pair as they would say it: 人形机器人：轮式, 轮式人形机器人, 人形 轮式, 四足机器人足式和
人形机器人轮式. A form alone (轮式) names no product, since 人形 and 四足 share their forms. The
template records one form a type, so two written for one (足式/轮式, 轮足式) are asked about.
A type ticked or typed without its form is kept with none until one is picked (or its forms
are cancelled), so 完成 says it is missing instead of passing the type over unseen.

A goal is typed in either wording of it (`flows.goals`), by its number on the screen, or as
全部; several at once, parted by punctuation, voice pauses or 和/与/及.
"""

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from flows import actions
from flows.draft import Draft
from flows.field import Field, Kind
from flows.goals import goal_parts
from flows.item_numbers import typed_columns
from flows.navigation import Questionnaire
from flows.outcome import Outcome, stay
from flows.screens import form_owners_screen, form_screen, screen_for
from flows.step_messages import PRESS_AND_DONE

# How people name each product type, and its forms, longest first within each (轮足, a
# wheel-legged robot, names two forms: which one is asked).
PRODUCT_WORDS = {
    "人形机器人": r"(?<!仿)人形机器人|(?<!仿)人形",
    "四足机器人": r"(?<!仿)四足机器人|(?<!仿)四足|机器狗",
    "其他类型产品": r"其他类型产品|其他类型",
}
FORM_WORDS = {
    "足式": r"足式|双足|轮足", "轮式": r"轮式|轮足", "其他": r"其他(?!类型)",
    "仿人形机器人": r"仿人形(?:机器人)?", "仿四足机器人": r"仿四足(?:机器人)?",
}
PUNCTUATION = re.compile(r"[，,、；;\n]")
SEGMENT = re.compile(rf"{PUNCTUATION.pattern}|和|及|以及|与")
ALL = re.compile(r"全部(?:三项)?|三项全[部选]|全选|全都要|都要|都选|三项都[要选]"
                 r"|以上(?:全部|都[是要选])")
TICKED = "已选：{pairs}。选好后点“完成”。"
UNREAD = "未能识别“{parts}”，没有勾选；请点击下方按钮选择。"
FORM_NEEDED = "请写明“{product}”的形态：{forms}。"
ONE_FORM = "每种产品类型只能选一种形态，“{product}”写了 {forms}，请点击下方按钮选一种。"
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
    return (
        field.kind == Kind.PRODUCTS
        and 0 <= index < len(field.choices)
        and 0 <= form < len(field.forms[field.choices[index]])
    )


def pick_form(survey: Questionnaire, draft: Draft, field: Field, index: int, form: int
              ) -> Outcome:
    product = field.choices[index]
    chosen = {**(draft.answers.get(field.key) or {}), product: field.forms[product][form]}
    return save_and_stay(survey, draft, field, chosen)


def save_and_stay(
    survey: Questionnaire, draft: Draft, field: Field, value: Any, message: str | None = None
) -> Outcome:
    """A multi-select tick is saved at once, though the question stays open until 完成."""
    updated = replace(draft, answers={**draft.answers, field.key: value})
    return Outcome(updated, {field.key: value}, message, screen_for(survey, updated))


def typed_ticks(survey: Questionnaire, draft: Draft, field: Field, text: str) -> Outcome:
    """Typed at a multi-select: product types with their forms, or the goals it names."""
    if field.kind == Kind.PRODUCTS:
        return typed_products(survey, draft, field, text)
    named, unread = goals_named(text, field.choices)
    if not named:
        return stay(survey, draft, PRESS_AND_DONE)
    ticked = {*(draft.answers.get(field.key) or ()), *named}
    told = [TICKED.format(pairs="、".join(named))]
    told += [UNREAD.format(parts="”“".join(unread))] if unread else []
    return save_and_stay(survey, draft, field, [c for c in field.choices if c in ticked],
                         "\n".join(told))


def goals_named(text: str, goals: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """The goals a text names, in the template's order: all (全部), by their numbers on the
    screen (1、3, 第一项和第三项), or by their words, several at once (本单位内和行业内); and
    the parts of it that name none, to be said rather than dropped unseen."""
    if (listed := goals_listed(text, goals)) is not None:
        return listed, []
    named = dict(part for segment in PUNCTUATION.split(text) if segment.strip()
                 for part in goal_parts(segment))
    unread = [part for part, goal in named.items() if not goal]
    return [goal for goal in goals if goal in named.values()], unread


def goals_listed(text: str, goals: tuple[str, ...]) -> list[str] | None:
    """The goals a text names without their words: all (全部), or by their numbers (1、3,
    第一项和第三项), none when one of these is not on the screen; None for any other text."""
    if ALL.fullmatch(text.strip()):
        return list(goals)
    if numbered := typed_columns(text):
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
        if unsure := _first_unsure(named):
            return None, _ask_form(field, *unsure)
        if not named:
            return None, _no_product(text)
        return {product: form for product, (form,) in named}, None
    goals, unread = goals_named(text, field.choices)
    if not goals:
        return None, PRESS_AND_DONE
    return goals, UNREAD.format(parts="”“".join(unread)) if unread else None


def typed_products(survey: Questionnaire, draft: Draft, field: Field, text: str) -> Outcome:
    """Product types typed with their forms are ticked; one typed without opens its forms,
    as pressing it does, and so does one typed with two (the template records one form)."""
    named = products_named(text, field.forms)
    if not named:
        forms = {form for form, word in FORM_WORDS.items() if re.search(word, text)}
        if len(forms) == 1:  # 轮式 alone: the type awaiting its form's, or whose?
            return _form_typed(survey, draft, field, forms.pop())
        return stay(survey, draft, _no_product(text))
    if unsure := _first_unsure(named):
        product, forms = unsure
        message = _ask_form(field, product, forms)
        if len(named) > 1:
            return stay(survey, draft, message)
        index = field.choices.index(product)
        if forms:  # two forms written: the one to keep is asked, the type left as it was
            return Outcome(draft, message=message, screen=form_screen(survey, draft, index))
        return awaiting_form(survey, draft, field, index)
    chosen = {**(draft.answers.get(field.key) or {}), **{p: f for p, (f,) in named}}
    pairs = "、".join(f"{product}：{form}" for product, (form,) in named)
    return save_and_stay(survey, draft, field, chosen, TICKED.format(pairs=pairs))


def _first_unsure(named: list[tuple[str, tuple[str, ...]]]) -> tuple[str, tuple[str, ...]] | None:
    """The first product type named with no form, or with two (the template records one)."""
    return next(((product, forms) for product, forms in named if len(forms) != 1), None)


def _ask_form(field: Field, product: str, forms: tuple[str, ...]) -> str:
    told = ONE_FORM if forms else FORM_NEEDED
    return told.format(product=product, forms=" / ".join(forms or field.forms[product]))


def _no_product(text: str) -> str:
    """Why a text naming no product type ticks none: a form alone needs its type."""
    return PRODUCT_NEEDED if any(re.search(word, text) for word in FORM_WORDS.values()) \
        else PRESS_AND_DONE


def _form_typed(survey: Questionnaire, draft: Draft, field: Field, form: str) -> Outcome:
    """A form typed alone belongs to the one type awaiting its form, if that type has it;
    otherwise the types that have it are offered."""
    chosen = draft.answers.get(field.key) or {}
    waiting = _awaiting_forms(field, chosen)
    if len(waiting) == 1 and form in field.forms[waiting[0]]:
        product = waiting[0]
        return save_and_stay(survey, draft, field, {**chosen, product: form},
                             TICKED.format(pairs=f"{product}：{form}"))
    return Outcome(draft, screen=form_owners_screen(survey, draft, form))


def products_named(text: str, forms: dict[str, tuple[str, ...]]
                   ) -> list[tuple[str, tuple[str, ...]]]:
    """(product, the forms written for it) for each product type `text` names, in order; a
    form belongs to the product written nearest it in the same part of the text, or in the
    part before (人形机器人：轮式和足式), and a form only one product has names that product too."""
    named: dict[str, tuple[str, ...]] = {}
    before: list[str] = []  # the products of the part before
    for segment in SEGMENT.split(text):
        mentions = [(m.start(), m.end(), product) for product, words in PRODUCT_WORDS.items()
                    for m in re.finditer(words, segment)]
        written = sorted(((m.start(), m.end()), form) for form, word in FORM_WORDS.items()
                         for m in re.finditer(word, segment))
        if not mentions:  # 仿人形机器人 is a form of one product only
            for _, form in written:
                owners = [product for product, its in forms.items() if form in its]
                owners = owners if len(owners) == 1 else [p for p in before if form in forms[p]]
                if len(owners) == 1:
                    named[owners[0]] = tuple(dict.fromkeys((*named.get(owners[0], ()), form)))
            continue
        # 人形机器人：轮式 writes the form after its product, 轮式人形机器人 before it.
        after = bool(written) and written[0][0][0] > min(mentions)[0]
        for *_, product in sorted(mentions):
            own = tuple(dict.fromkeys(
                form for span, form in written if form in forms[product]
                and min(mentions, key=lambda m: _distance(span, m[:2], after))[2] == product))
            if own or product not in named:
                named[product] = own
        before = list(dict.fromkeys(product for *_, product in mentions))
        before = before if len(before) == 1 else []
    return list(named.items())


def _distance(form: tuple[int, int], mention: tuple[int, int], after: bool) -> float:
    """The gap between a form and a product, both (start, end), a gap on the side forms are
    written (`after` the product, or before it) counting as nearer than the same gap on the
    other: 人形机器人：轮式 四足机器人：足式, 轮式人形机器人 足式四足机器人."""
    (form_start, form_end), (start, end) = form, mention
    if after:
        return form_start - end if form_start >= end else start - form_end + 0.5
    return start - form_end if form_end <= start else form_start - end + 0.5
