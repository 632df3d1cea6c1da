"""Numbers that name or order something instead of measuring it: years, model names,
ordinals, classes. Kept apart from reading numbers (`flows.numbers`), which finds them all."""

import re

from flows.numbers import (
    LABEL_AFTER,
    LABEL_BEFORE,
    LABEL_UNITS,
    LATIN_AFTER,
    METRIC_BEFORE,
    POWERS_ONLY,
    SHOP_AFTER,
    VAGUE_BEFORE,
    VOLTAGE_CLASS,
    Quantity,
)

# 三元锂电池, 三元材料, 三元催化: 三元 (ternary) names a chemistry there, not three yuan.
TERNARY_AFTER = re.compile(r"锂|材料|正极|前驱体|电池|电芯|催化|乙丙|合金|聚合物|体系")


def is_label(text: str, q: Quantity, measured: bool = False) -> bool:
    """Whether a number names or orders something instead of measuring it: years (2026年),
    model names (UR5, Go2, GPT-4), ordinals (第二期, 3#线), 5G and 3D, vague 数十, classes
    (±800kV换流站, 24小时便利店).

    A bare figure from 1900 to 2100 is taken for a year unless `measured`, that is, a
    comparator or a rate stands before it (UPH不低于2000, 每小时2000).
    """
    if (LABEL_BEFORE.search(text, max(0, q.start - 3), q.start)
            and not METRIC_BEFORE.search(text, max(0, q.start - 5), q.start)):
        return True
    if not text[q.start].isdigit() and VAGUE_BEFORE.search(text, max(0, q.start - 1), q.start):
        return True
    if VOLTAGE_CLASS.match(text, q.number_end):
        return True
    if q.kind == "time" and SHOP_AFTER.match(text, q.end):
        return True
    if q.unit == "元" and q.word_like and TERNARY_AFTER.match(text, q.end):
        return True
    if q.unit == "年":
        return q.value >= 1000
    if q.unit in LABEL_UNITS:  # 1至3层 is a span of floors
        return not measured or q.low is not None or q.unit == "点" and q.value <= 24
    if q.unit not in POWERS_ONLY:  # a power alone is no unit: 10万级洁净车间 is a class
        return False
    return bool(LABEL_AFTER.match(text, q.end) or LATIN_AFTER.match(text, q.end)
                or not measured and q.value.is_integer() and 1900 <= q.value <= 2100)
