"""The export's warning of cells taller than Excel shows (exports/row_heights.py), naming each
cell by its column: the coordinator shortens the one that is too long, which may be the
创新应用联合体成员 as well as the description."""

TOO_TALL = "⚠️ {cells}内容过长，Excel 中显示不全，建议精简。"
CELLS = "序号 {rows} 的“{header}”"


def too_tall_text(too_tall: tuple[tuple[int, str], ...]) -> str:
    """The warning for the (序号, column header) pairs of the cells too tall, the rows of one
    column said together (序号 2、5 的“场景描述与关键技术要求”)."""
    rows: dict[str, list[int]] = {}
    for index, header in too_tall:
        rows.setdefault(header, []).append(index)
    return TOO_TALL.format(cells="，".join(
        CELLS.format(rows="、".join(map(str, indexes)), header=header)
        for header, indexes in rows.items()))
