"""The row card: one scenario row as readable text, for the summary, the review and the lists."""

from collections.abc import Mapping
from typing import Any

from flows.row import ANSWER_CELL, COLUMNS, product_boxes, row_cells

EMPTY = "（未填写）"
# A product type picked whose form is still to be chosen, as its button shows it.
AWAITING_FORM = "⚠️ {product}：请选择形态"


def row_card(
    answers: Mapping[str, Any],
    title: str,
    warnings: tuple[str, ...] = (),
    notes: tuple[str, ...] = (),
) -> str:
    """The template row, column by column, numbered like the questionnaire's steps."""
    cells = {**row_cells(answers), "product_types": _product_types(answers)}
    lines = [title]
    for number, (key, header) in enumerate(COLUMNS[1:], start=1):
        value = cells[key] or EMPTY
        separator = "\n" if "\n" in value else ""
        lines.append(f"{number}. {header}：{separator}{value}")
    lines.extend(f"✅ {note}" for note in notes)
    lines.extend(f"⚠️ {warning}" for warning in warnings)
    return "\n".join(lines)


def _product_types(answers: Mapping[str, Any]) -> str:
    """The cell's boxes, but a type awaiting its form: the cell leaves it unticked, and the card
    says it is not done, as 提交 will refuse it."""
    chosen = answers.get("product_types") or {}
    return " ".join(AWAITING_FORM.format(product=product)
                    if product in chosen and not chosen[product] else box
                    for product, box in product_boxes(answers).items())


def answer_text(key: str, value: Any) -> str:
    """One stored answer as the template writes it (`10台`, `☑…`, `A、B`), or （空）."""
    if value in (None, "", [], {}):
        return "（空）"
    if ANSWER_CELL.get(key) in ("product_types", "deployment_goals", "deployment_count"):
        return row_cells({key: value})[ANSWER_CELL[key]]
    if isinstance(value, list):
        return "、".join(value)
    return str(value)


def short_title(draft_id: int, answers: Mapping[str, Any], *, apart: bool = False) -> str:
    """`#12 XX工厂电池测试—柔性插接`; before the name is known, the unit, the first thing asked,
    stands in for it in brackets (`#12 （XX有限公司）`), in lists as above a question: two
    unnamed drafts would read alike. Told `apart` from another draft in progress, inside a
    sentence, it is `#12（…）` either way."""
    name = answers.get("scenario_name")
    if name and not apart:
        return f"#{draft_id} {name}"
    stand_in = name or answers.get("enterprise") or "未命名场景"
    return f"#{draft_id}{'' if apart else ' '}（{stand_in}）"
