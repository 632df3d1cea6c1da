"""How product types and their forms are written in a message (人形机器人：轮式, 轮式人形机器人,
四足、人形都是足式), read alike at the question, at the summary and in import."""

import re

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
# A wheel-legged robot, whose two forms are one the template has no box for (its 其他).
WHEEL_LEGGED = re.compile("轮足")
PUNCTUATION = re.compile(r"[，,、；;\n]")
SEGMENT = re.compile(rf"{PUNCTUATION.pattern}|和|及|以及|与")
# A form said for every type named before it: 四足、人形都是足式, 人形和四足均为足式.
FOR_ALL = r"(?:都|均|全部?|全都)(?:是|为|用|采用)?"


def products_named(text: str, forms: dict[str, tuple[str, ...]]
                   ) -> list[tuple[str, tuple[str, ...]]]:
    """(product, the forms written for it) for each product type `text` names, in order; a
    form belongs to the product written nearest it in the same part of the text, or in the
    part before (人形机器人：轮式和足式), or to all written before it when said for all (都是足式),
    and a form only one product has names that product too."""
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
    _said_for_all(text, forms, named)
    return list(named.items())


def _said_for_all(text: str, forms: dict[str, tuple[str, ...]],
                  named: dict[str, tuple[str, ...]]) -> None:
    """A form said for all (四足+人形，都是足式) is the form of each type written before it that
    takes it and has none of its own, not only of the nearest."""
    for form, word in FORM_WORDS.items():
        for said in re.finditer(rf"{FOR_ALL}(?:{word})", text):
            earlier = text[: said.start()]
            for product, own in named.items():
                written = re.search(PRODUCT_WORDS[product], earlier)
                if written and not own and form in forms[product]:
                    named[product] = (form,)


def _distance(form: tuple[int, int], mention: tuple[int, int], after: bool) -> float:
    """The gap between a form and a product, both (start, end), a gap on the side forms are
    written (`after` the product, or before it) counting as nearer than the same gap on the
    other: 人形机器人：轮式 四足机器人：足式, 轮式人形机器人 足式四足机器人."""
    (form_start, form_end), (start, end) = form, mention
    if after:
        return form_start - end if form_start >= end else start - form_end + 0.5
    return start - form_end if form_end <= start else form_start - end + 0.5
