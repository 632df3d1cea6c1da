"""Cell styles shared by the default template and the writer, and the one safe way to put text.

The styles are registered as named styles: the 10,000-row export then costs one assignment
per cell instead of four, and a user adding rows by hand finds them in Excel's style gallery.
"""

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, Side
from openpyxl.workbook import Workbook

FONT_NAME = "宋体"
FONT_SIZE = 10
HEADER_STYLE = "计划表表头"
BODY_STYLE = "计划表正文"
INDEX_STYLE = "计划表序号"

_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def _named_styles() -> tuple[NamedStyle, ...]:
    """Fresh objects each time: openpyxl binds a NamedStyle to the workbook it is added to."""
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    return (
        NamedStyle(
            HEADER_STYLE,
            font=Font(name=FONT_NAME, size=FONT_SIZE, bold=True),
            border=_BOX,
            alignment=centred,
        ),
        NamedStyle(
            BODY_STYLE,
            font=Font(name=FONT_NAME, size=FONT_SIZE),
            border=_BOX,
            alignment=Alignment(vertical="center", wrap_text=True),
        ),
        NamedStyle(
            INDEX_STYLE, font=Font(name=FONT_NAME, size=FONT_SIZE), border=_BOX, alignment=centred
        ),
    )


def ensure_styles(workbook: Workbook) -> None:
    """Register our styles once; a user's copy of an earlier export already has them."""
    existing = set(workbook.named_styles)
    for style in _named_styles():
        if style.name not in existing:
            workbook.add_named_style(style)


FORMULA_OPENERS = ("=", "+", "-", "@")  # what Excel reads as the start of a formula


def put_text(cell: Cell, text: str) -> None:
    """Write `text` as a plain string, whatever it looks like, on a cell already styled.

    A user's `=HYPERLINK(...)` must never become a formula (openpyxl makes any string starting
    with "=" one), nor later in Excel when a clerk edits the cell and presses Enter: text that
    opens as a formula does is marked as text there (the `'` Excel shows), which a style set
    after it would undo. Control characters Excel refuses are dropped rather than failing the
    whole export.
    """
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    cell.value = text or None
    if text:
        cell.data_type = "s"
    if text.startswith(FORMULA_OPENERS):
        cell.quotePrefix = True
