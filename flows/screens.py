"""What the engineer sees next: a question or the summary, as text with buttons.

Screens know nothing of Telegram: the bot turns them into inline keyboards, the terminal
mode into numbered choices.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flows import actions
from flows.cards import AWAITING_FORM, answer_text, row_card, short_title
from flows.coaching import recognised_so_far
from flows.column_back import BackInColumn, previous_in_column
from flows.continued import REST_ADDED, awaits_rest
from flows.draft import SUMMARY, Draft, Status
from flows.field import Field, Kind
from flows.navigation import Questionnaire, is_blank
from flows.reply_actions import ContactCoordinator, ReplyToCoordinator
from flows.row_hints import row_hints
from flows.suggestions import suggested
from flows.validation import entry_warnings

CHECK, BLANK = "☑", "☐"


@dataclass(frozen=True)
class Button:
    label: str
    action: actions.Action


MENU = "drafts"  # `Screen.at` of menus
REVIEW = "review"  # `Screen.at` of coordinator screens
UNTRACKED = frozenset({MENU, REVIEW})  # their buttons never go stale
REPLY = "💬 回复协调员"
CONTACT = "💬 联系协调员"


@dataclass(frozen=True)
class Screen:
    """`at` is the cursor the screen was drawn for: a button pressed later is stale if it moved."""

    at: str
    text: str
    choices: tuple[tuple[Button, ...], ...] = ()
    nav: tuple[Button, ...] = ()

    @property
    def tracked(self) -> bool:
        return self.at not in UNTRACKED


def reply_button(draft_id: int) -> tuple[Button, ...]:
    """While a draft stands returned, the way to answer whoever returned it."""
    return (Button(REPLY, ReplyToCoordinator(draft_id)),)


def contact_button(draft_id: int) -> tuple[Button, ...]:
    """While an entry stands submitted or approved, the way to write to the coordinators
    responsible for it, who alone can return it to be changed."""
    return (Button(CONTACT, ContactCoordinator(draft_id)),)


def coordinator_button(draft_id: int, status: Status) -> tuple[Button, ...]:
    """The way to the coordinator of an entry handed in once: to whoever returned it while it
    stands returned, else to those responsible for it."""
    return reply_button(draft_id) if status == Status.RETURNED else contact_button(draft_id)


def screen_for(survey: Questionnaire, draft: Draft) -> Screen:
    if draft.cursor == SUMMARY:
        return summary_screen(survey, draft)
    return question_screen(survey, draft)


def question_screen(survey: Questionnaire, draft: Draft) -> Screen:
    field = survey.field(draft.cursor)
    lines = [progress(survey, field), field.prompt, f"💡 {field.hint}"]
    current = draft.answers.get(field.key)
    kept = keeps_answer(field, current)
    if kept:
        rest = draft.held and awaits_rest(field.key, draft.answers)
        lines.append(f"当前答案：{answer_text(field.key, current)}"
                     f"（{REST_ADDED if rest else '发送新内容即可修改'}）")
        lines += _kept_with(survey, field, draft.answers)
    echo = suggested(field.feedback, draft.answers, draft.held) if kept else None
    take = ((Button(echo.take, actions.TakeSuggestion()),),) if echo else ()
    return Screen(
        at=field.key,
        text="\n".join(lines),
        choices=_choice_rows(field, current) + take,
        nav=_nav(field, draft.editing, kept, first=field.key == survey.first().key,
                 earlier=draft.editing
                 and previous_in_column(survey, field, draft.answers) is not None),
    )


def keeps_answer(field: Field, current: Any) -> bool:
    """A typed or picked answer already given can be kept with a press (a multi-select keeps
    its ticks with 完成), so going back or editing never means typing it again."""
    return not is_blank(current) and not field.multi


def _kept_with(survey: Questionnaire, field: Field, answers: Mapping[str, Any]) -> list[str]:
    """What follows this answer in its cell and stays when it changes: shown with it."""
    return [
        f"{survey.field(key).part}：{answers[key]}（保留，接在{field.part}之后；随后可修改或清空）"
        for key in survey.typed_followers(field, answers)
    ]


def form_screen(survey: Questionnaire, draft: Draft, index: int) -> Screen:
    """The forms of one product type, asked right after it is ticked."""
    field = survey.field(draft.cursor)
    product = field.choices[index]
    buttons = tuple(
        Button(form, actions.PickForm(index, number))
        for number, form in enumerate(field.forms[product])
    )
    return Screen(
        at=field.key,
        text=f"{progress(survey, field)}\n请选择“{product}”的形态：",
        choices=(buttons, (Button("取消", actions.Untick(index)),)),
    )


def form_owners_screen(survey: Questionnaire, draft: Draft, form: str) -> Screen:
    """A form typed alone (轮式, perhaps while a product's forms were shown): the product types
    it may be the form of, one tap each, since 人形 and 四足 share their forms."""
    field = survey.field(draft.cursor)
    buttons = tuple(
        Button(f"{product}：{form}", actions.PickForm(index, field.forms[product].index(form)))
        for index, product in enumerate(field.choices) if form in field.forms[product]
    )
    return Screen(
        at=field.key,
        text=f"{progress(survey, field)}\n“{form}”是哪种产品类型的形态？请点击选择：",
        choices=(buttons, (Button("取消", actions.Show()),)),
    )


def summary_screen(survey: Questionnaire, draft: Draft) -> Screen:
    """The whole row as the template will show it, marked by the same checks reviewers see, and
    the indicators as understood: those of the indicators' answers, not the pain point's
    counts (人工每天 2 次) nor the results' (替代 2 名)."""
    title = f"📋 请核对场景 {short_title(draft.id, draft.answers)}，确认无误后提交："
    found = recognised_so_far(draft.answers)
    notes = (found.splitlines()[0],) if found else ()
    edits = [
        Button(f"✏️ {step} {survey.step_title(step)}", actions.Edit(step))
        for step in range(1, survey.steps + 1)
    ]
    rows = [tuple(edits[i : i + 2]) for i in range(0, len(edits), 2)]
    text = row_card(draft.answers, title, entry_warnings(survey, draft.answers), notes)
    text += "".join(f"\nℹ️ {hint}" for hint in row_hints(draft.answers))
    return Screen(
        at=SUMMARY,
        text=text,
        choices=((Button("✅ 提交", actions.Submit()),), *rows,
                 *((reply_button(draft.id),) if draft.status == Status.RETURNED else ())),
        nav=(Button("⏸ 暂停", actions.Pause()),),
    )


OTHERS_ALIKE = "• 其他填报人已提交的 {count} 个场景（内容仅协调员可见）"


def similar_screen(draft: Draft, similar: tuple[tuple[int, str | None], ...]) -> Screen:
    """填写说明 5: alike scenarios count once; ask what sets this one apart before submitting.
    A title is None for another engineer's scenario, which is only counted: submissions are
    seen by their authors and the coordinators alone."""
    lines = [f"• {title}" for _, title in similar if title]
    if others := sum(title is None for _, title in similar):
        lines.append(OTHERS_ALIKE.format(count=others))
    listed = "\n".join(lines)
    text = (
        f"⚠️ 场景 #{draft.id} 与以下已提交的场景高度相似：\n{listed}\n"
        "按填写说明 5，名称、行业方向和描述高度相似的场景只按 1 项计算。"
        "建议在场景描述中写明本场景的差异化创新点。"
    )
    return Screen(
        at=SUMMARY,
        text=text,
        choices=(
            (Button("✏️ 补充差异化创新点", actions.AddInnovation()),),
            (Button("仍然提交", actions.SubmitAnyway()),),
            (Button("⬅️ 返回汇总", actions.Show()),),
        ),
    )


def progress(survey: Questionnaire, field: Field) -> str:
    """A question's first line, which also tells an earlier question replied to which it is."""
    part, parts = survey.part(field)
    suffix = f"（{part}/{parts}）" if parts > 1 else ""
    return f"第 {field.step}/{survey.steps} 步{suffix} · {field.column}"


def _choice_rows(field: Field, current: Any) -> tuple[tuple[Button, ...], ...]:
    if field.kind in (Kind.CHOICE, Kind.CHOICE_OR_TEXT):
        buttons = [Button(choice, actions.Pick(i)) for i, choice in enumerate(field.choices)]
        per_row = 1 if max((len(c) for c in field.choices), default=0) > 8 else 3
        return tuple(tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row))
    if field.kind == Kind.MULTI:
        ticked = current or []
        toggles = tuple(
            (Button(f"{CHECK if c in ticked else BLANK} {c}", actions.Toggle(i)),)
            for i, c in enumerate(field.choices)
        )
        return (*toggles, (Button("完成", actions.Done()),))
    if field.kind == Kind.PRODUCTS:
        ticked = current or {}
        toggles = tuple(
            (Button(_product_label(c, ticked), actions.Toggle(i)),)
            for i, c in enumerate(field.choices)
        )
        return (*toggles, (Button("完成", actions.Done()),))
    return ()


def _product_label(product: str, ticked: dict[str, str | None]) -> str:
    if product not in ticked:
        return f"{BLANK} {product}"
    form = ticked[product]
    return f"{CHECK} {product}：{form}" if form else AWAITING_FORM.format(product=product)


def _nav(field: Field, editing: bool, answered: bool, first: bool,
         earlier: bool) -> tuple[Button, ...]:
    """The first question has nothing before it, so no 上一步 unless back to the summary. A
    column opened from the summary has its 返回汇总, and 上一步 too past its first question
    (`earlier`), to go back within it."""
    back = () if first and not editing else (
        Button("⬅️ 返回汇总" if editing else "⬅️ 上一步", actions.Back()),)
    back = (Button("⬅️ 上一步", BackInColumn()), *back) if editing and earlier else back
    keep = (Button("✔️ 保持不变", actions.Keep()),) if answered else ()
    # An optional choice question (补充 / 不需要) has its way out among its own buttons.
    skippable = not field.required and field.kind != Kind.CHOICE
    # Once answered, the way out empties the question: say so, as 保持不变 sits beside it.
    empty = Button("🗑 清空此项", actions.Clear()) if answered else Button("⏭ 跳过", actions.Skip())
    skip = (empty,) if skippable else ()
    return (*back, *keep, *skip, Button("⏸ 暂停", actions.Pause()))
