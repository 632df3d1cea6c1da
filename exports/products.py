"""Parse the template's 应用部署产品类型 cell (☑人形机器人：轮式 ☐四足机器人：…) back into the
product types ticked and their forms, as the chat reads them typed."""

import re
from typing import Any

from flows.labels import COLON
from flows.marks import ITEM_TRIM, PRODUCTS, CellError, ticked_items
from flows.places import DASHES
from flows.product_words import products_named
from flows.row import PRODUCT_FORMS

Answers = dict[str, Any]

# "仿人形机器人" / "仿四足机器人" are forms of 其他类型产品, not the products themselves.
_PRODUCT = re.compile(f"({PRODUCTS})")
# The form after its product's colon, or after a dash (人形机器人-轮式).
_PRODUCT_ITEM = re.compile(rf"{_PRODUCT.pattern}(?:{COLON}|\s*[{DASHES}])?\s*(.*)", re.DOTALL)
_JOINER = "/／+＋"  # between two products' items: 人形机器人（轮式）+四足机器人（足式）
# A joiner before the next product, spaced (人形机器人:轮式 + 四足机器人:足式) or not; one
# leading the cell is a mark, which `ticked_items` refuses unread.
_SPACED_JOINER = re.compile(rf"(?<=\S)[^\S\n]*([{_JOINER}])[^\S\n]*(?={PRODUCTS})")
_JOINED = re.compile(rf"[{_JOINER}](?={PRODUCTS})")
# A count of machines after a ticked product's form (人形机器人：轮式，数量：1, （轮式，1台）,
# 轮式（预计：3台）), labelled or with its unit: the template keeps it in 部署总数, and the chat,
# told it with the types, saves the form and says the count unsaved. A count of 0 (数量：0) is
# no count of a ticked product: kept in the form, for the rules to refuse.
_NUMBER = "[1-9１-９][\\d０-９]*"
_FORM_COUNT = re.compile(
    rf"(?P<form>.*?)[\s，,；;：:]*[（(]?\s*(?P<count>(?:预计|计划|约)?\s*[：:]?\s*"
    rf"(?:(?:数量|台数)\s*[：:]?\s*{_NUMBER}\s*[台套个]?|{_NUMBER}\s*[台套]))\s*[)）]?", re.DOTALL)
PRODUCT_COUNT_UNSAVED = ("应用部署产品类型中的{counts}没有保存（本列只记产品类型和形态，部署的台数"
                         "记在“部署总数”列）")


def parse_product_types(text: str) -> Answers:
    """Ticked `☑人形机器人：轮式` items; with no tick marks at all, every product named. Two
    pairs joined by "/" or "+" are two items, ticked or not (☑人形机器人：轮式/四足机器人：足式)."""
    chosen: dict[str, str] = {}
    for product, form in _pairs(text):
        form = _without_count(form)[0]
        if chosen.get(product, form) != form:
            raise CellError(f"“{product}”勾选了两种形态（{chosen[product]}、{form}），"
                            "每种产品类型只能选一种形态，请只保留一种")
        chosen[product] = form
    return {"product_types": chosen} if chosen else {}


def product_counts(text: str, answers: Answers) -> str | None:
    """The counts written after the forms ticked (数量：1), quoted: not saved, as in the chat."""
    counts = [count for _, form in _pairs(text) if (count := _without_count(form)[1])]
    quoted = "".join(f"“{count}”" for count in dict.fromkeys(counts))
    return PRODUCT_COUNT_UNSAVED.format(counts=quoted) if counts else None


def _pairs(text: str) -> list[tuple[str, str]]:
    """Each ticked product with the words written as its form."""
    ticked = ticked_items(_SPACED_JOINER.sub(r"\1", text), _split_at_products)
    ticked = [item.rstrip(_JOINER) for item in ticked[:-1]] + ticked[-1:]  # 轮式/☑四足…
    return [pair for joined in ticked for item in _JOINED.split(joined) for pair in _products(item)]


def _without_count(form: str) -> tuple[str, str | None]:
    """The form without a count of machines written after it, and that count."""
    if not (found := _FORM_COUNT.fullmatch(form)):
        return form, None
    kept = found["form"].strip(ITEM_TRIM)
    kept = kept if re.search("[（(]", kept) else kept.rstrip(")）")  # 轮式）（2台, of 是（2台）
    return (kept, found["count"].strip()) if kept else (form, None)


def _products(item: str) -> list[tuple[str, str]]:
    """`人形机器人：轮式` as the template writes it, its form kept as written for the rules to
    judge; else the pairs as the chat reads them typed (轮式人形机器人, 足式四足机器人), two forms
    of one product (轮足式) joined as the template's form list would be, for the rules to refuse."""
    if match := _PRODUCT_ITEM.fullmatch(item):
        return [(match.group(1), match.group(2).strip(ITEM_TRIM + "（）()"))]  # （轮式）
    if named := products_named(item, PRODUCT_FORMS):
        return [(product, "/".join(forms)) for product, forms in named]
    raise CellError(f"无法识别产品类型“{item}”，请写成“☑人形机器人：轮式”")


def _split_at_products(text: str) -> list[str]:
    """At each product a text names first; a text beginning with anything else (轮式人形机器人)
    is one item, for the chat's reading. A "/" or "+" before the next product joins two items,
    as the chat reads it (人形机器人：轮式/四足机器人：足式); one between forms stays in the
    item (人形机器人：轮式/足式), two forms for the rules to refuse."""
    starts = [match.start() for match in _PRODUCT.finditer(text)]
    if not starts or text[: starts[0]].strip():
        return [text]
    ends = starts[1:] + [len(text)]
    items = [text[start:end].strip(ITEM_TRIM) for start, end in zip(starts, ends, strict=True)]
    return [item.rstrip(_JOINER + ITEM_TRIM) for item in items[:-1]] + items[-1:]
