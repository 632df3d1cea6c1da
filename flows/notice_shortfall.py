"""What a minimum of the notice still lacks, said so that the coordinator knows what to add:
how many scenarios, and how many of the rows counted less for being alike to others; which
scenario types would cover another type; and, once met, how much of it still awaits review.
"""

from collections.abc import Mapping

# Rows alike to another counted with it (填写说明 5): the rows are there, the scenarios not.
MERGED = "（{rows} 个场景中 {merged} 个与其他场景高度相似，按 1 项计）"
# Met by rows not all approved: a coordinator should not read it as met for the file sent.
AWAITING = "（含待审核 {awaiting} 个，已通过 {approved} 个）"


def scenarios_short(counted: int, minimum: int, merged: int = 0) -> str:
    """`还差 5 个（19 个场景中 4 个与其他场景高度相似，按 1 项计）`, or met as `lint` words
    it, `已达到`, with the surplus if any. `merged`: rows counted with another, so not here."""
    if counted < minimum:
        said = MERGED.format(rows=counted + merged, merged=merged) if merged else ""
        return f"还差 {minimum - counted} 个{said}"
    return "已达到" + (f"，超出 {counted - minimum} 个" if counted > minimum else "")


def awaiting_review(counted: int, approved: int) -> str:
    """`（含待审核 20 个，已通过 0 个）` after a minimum met by rows some still awaiting review."""
    return AWAITING.format(awaiting=counted - approved, approved=approved) \
        if approved < counted else ""


def types_short(by_type: Mapping[str, int], minimum: int) -> str:
    """`，还差 1 类，可增加服务或特种场景`: the types to add, none when `minimum` are covered."""
    absent = [name for name, n in by_type.items() if not n]
    missing = minimum - (len(by_type) - len(absent))
    if missing <= 0:
        return ""
    if missing == 1:
        return f"，还差 1 类，可增加{'或'.join(absent)}场景"
    return f"，还差 {missing} 类，可在{'、'.join(absent)}中增加 {missing} 类场景"
