"""What openpyxl's read-only mode leaves out of a sheet: its merged ranges, its hidden rows,
and the formulas saved without a result or with an error (#N/A) for one.

Read-only mode keeps a 10,000-row import fast and small, but it never reads <mergeCells> nor
a row's `hidden` (hidden by hand, or filtered out by an autofilter), and with `data_only` a
formula nobody calculated (a file written by a program, not saved in Excel or WPS) looks like
an empty cell. All sit in the sheet's XML, which a plain search of its bytes finds far faster
than parsing it again: formulas and hidden rows are rare, and the merged ranges come after
all the rows.
"""

import re
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path
from typing import IO, Any
from zipfile import ZipFile

from openpyxl.packaging.relationship import get_dependents, get_rels_path
from openpyxl.packaging.workbook import WorkbookPackage
from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries
from openpyxl.xml.constants import ARC_ROOT_RELS
from openpyxl.xml.functions import fromstring

Bounds = tuple[int, int, int, int]  # min_col, min_row, max_col, max_row, as openpyxl gives them

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CELL_START = re.compile(rb"<(?:\w+:)?c\s[^>]*>")
_CELL_END = re.compile(rb"</(?:\w+:)?c>")
_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_REF_ROW = re.compile(rb'\sr="(\d+)"')
_FORMULA_TEXT = re.compile(rb"<(?:\w+:)?f\b[^>]*?>(.*?)</(?:\w+:)?f>", re.DOTALL)
_VALUE = re.compile(rb"<(?:\w+:)?v>[^<]+</")
_TEXT_RESULT = re.compile(rb'\bt="str"')  # a formula giving "" is saved with an empty <v>
_ERROR_RESULT = re.compile(rb'\bt="e"')  # #N/A, #REF!…: read-only mode shows them as text
_HIDDEN = re.compile(rb'hidden="(?:1|true)"')  # a literal start: the search skips ahead fast
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\s[^>]*>")
_CELL_TAG_ROOM = 300  # a cell's start tag, before its <f>, is a few attributes long


@dataclass(frozen=True)
class SheetExtras:
    merges: tuple[Bounds, ...] = ()
    # (row, column) -> the formula ("=4+4") of a cell whose file holds no result for it, or an
    # error (#N/A) for one.
    failed: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden_rows: frozenset[int] = frozenset()  # rows Excel does not show, filtered out or not


def sheet_extras(sheet: Any, source: Path | IO[bytes] | None = None) -> SheetExtras:
    """The merges, uncomputed formulas and hidden rows of `sheet`. A sheet opened normally
    knows its merges and hidden rows, and shows its formulas as formulas; one opened read-only
    from `source` is read from the XML the file holds for it."""
    if source is None:
        return SheetExtras(tuple(merge.bounds for merge in sheet.merged_cells.ranges),
                           hidden_rows=frozenset(number for number, row
                                                 in sheet.row_dimensions.items() if row.hidden))
    xml = _sheet_xml(source, sheet.title)
    merges = tuple(range_boundaries(ref.decode()) for ref in _MERGE.findall(xml))
    return SheetExtras(merges, _failed(xml), _hidden_rows(xml))


def _sheet_xml(source: Path | IO[bytes], title: str) -> bytes:
    """The XML of the sheet named `title`, found as openpyxl finds it: the workbook the package
    names, the sheet of that name in it, and the part the sheet's relationship points to."""
    with ZipFile(source) as package:
        workbook = next(rel.target for rel in get_dependents(package, ARC_ROOT_RELS)
                        if rel.Type.endswith("/officeDocument"))
        sheets = WorkbookPackage.from_tree(fromstring(package.read(workbook))).sheets
        sheet_id = next(sheet.id for sheet in sheets if sheet.name == title)
        parts = get_dependents(package, get_rels_path(workbook)).to_dict()
        return package.read(parts[sheet_id].target)


def _failed(xml: bytes) -> dict[tuple[int, int], str]:
    found = {}
    for formula in _FORMULA.finditer(xml):
        room = max(0, formula.start() - _CELL_TAG_ROOM)
        starts = list(_CELL_START.finditer(xml, room, formula.start()))
        end = _CELL_END.search(xml, formula.start())
        ref = _REF.search(starts[-1].group()) if starts else None
        if ref is None or end is None:
            continue
        cell, tag = xml[formula.start() : end.start()], starts[-1].group()
        if _ERROR_RESULT.search(tag) or not (_VALUE.search(cell) or _TEXT_RESULT.search(tag)):
            text = _FORMULA_TEXT.search(cell)
            written = unescape(text.group(1).decode()) if text else ""
            found[coordinate_to_tuple(ref.group(1).decode())] = f"={written}" if written else ""
    return found


def _hidden_rows(xml: bytes) -> frozenset[int]:
    """The numbers of the <row r="N" hidden="1"> tags; a `hidden` of another tag (a <col>) is
    no row's. A row tag without its number, which Excel and WPS always write, is left out."""
    found = set()
    for hidden in _HIDDEN.finditer(xml):
        tag = _ROW_TAG.match(xml, xml.rfind(b"<", 0, hidden.start()))
        if tag and tag.end() > hidden.start() and (number := _REF_ROW.search(tag.group())):
            found.add(int(number.group(1)))
    return frozenset(found)
