"""A scenario written over several sheet rows: every filled column merged over them but one or
two, whose cells go on in the next row (I5 整机企业：优必选…, I6 其他：东南大学, A..H and J..L
merged over rows 5:6).

Such a row holds nothing of its own but the cells of its unmerged columns, so it is no
scenario: its cells are read as the lines after the row above's, as the chat joins a member
sent a line at a time. Only that layout is read so. A row with a 序号, 用户单位 or 场景名称 of
its own (B5:B8 merged over four scenarios) stays a row of its own, as any other layout does.
"""

from collections.abc import Mapping, Sequence

# Cells a scenario's row writes for itself: a row writing one of them is its own scenario.
OWN_ROW_KEYS = ("index", "user_unit", "scenario_name")
# The scenario a continuing row goes on with: merged over both rows, and filled.
SHARED_KEYS = ("user_unit", "scenario_name")


def joined_rows(texts: Sequence[tuple[str, ...]], carried: Mapping[int, Sequence[int]],
                data_row: int, skipped: Mapping[int, str], keys: Mapping[int, str]
                ) -> tuple[tuple[tuple[str, ...], ...], dict[int, tuple[int, tuple[str, ...]]]]:
    """`texts` (a row's cells with the merges covering it, from `data_row`) with each
    continuing row's cells joined to the row it continues; and continuing row -> (that row,
    the cell keys joined). `carried`: row -> the offsets a merge from a row above fills;
    `keys`: offset -> cell key of the template's columns."""
    rows = [list(row) for row in texts]
    joined: dict[int, tuple[int, tuple[str, ...]]] = {}
    for number in range(data_row + 1, data_row + len(rows)):
        own = _own_offsets(rows[number - data_row], carried.get(number, ()))
        above = number - 1
        if number in skipped or above in skipped or not _continues(
                texts[above - data_row], own, carried.get(number, ()), keys):
            continue
        head = joined[above][0] if above in joined else above
        cells, more = rows[head - data_row], rows[number - data_row]
        for offset in own:
            cells[offset] = "\n".join(filter(None, (cells[offset], more[offset])))
        joined[number] = (head, tuple(keys[offset] for offset in own if offset in keys))
    return tuple(map(tuple, rows)), joined


def _own_offsets(cells: Sequence[str], carried: Sequence[int]) -> list[int]:
    return [offset for offset, text in enumerate(cells) if text and offset not in carried]


def _continues(above: Sequence[str], own: list[int], carried: Sequence[int],
               keys: Mapping[int, str]) -> bool:
    """Whether a row with text of its own at `own` holds every other cell of the row `above`
    through the merges covering both, and none a scenario's row writes for itself."""
    if not any(offset in keys for offset in own) or any(
            keys.get(offset) in OWN_ROW_KEYS for offset in own):
        return False
    if not all(offset in carried and above[offset]
               for offset, key in keys.items() if key in SHARED_KEYS):
        return False
    return all(offset in carried for offset, text in enumerate(above)
               if text and offset not in own)
