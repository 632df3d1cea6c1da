"""The export's choices, shared by the CLI's options and the coordinators' /export buttons."""

from collections.abc import Sequence
from dataclasses import dataclass

from flows.draft import STATUS_LABELS, Status
from flows.export_actions import ExportCentral, ExportStatus
from flows.export_cities import city_button, whole_button
from flows.province import COUNTED
from flows.screens import REVIEW, Button, Screen

CITIES_PER_ROW = 3

ASK_STATUS = "📤 导出工作计划表：请选择要导出的场景（标记为重复的场景不导出）。"
ASK_CITY = "导出{statuses}的场景：请选择范围。"
CENTRAL = "中央企业"  # the button, and the scope an export of their rows names


@dataclass(frozen=True)
class StatusFilter:
    name: str  # the CLI's --status value
    label: str  # the button
    statuses: tuple[Status, ...]
    # In the file's name: none for the approved rows a file is sent with; otherwise what warns
    # that the file holds rows no coordinator has approved yet.
    in_filename: str

    @property
    def described(self) -> str:
        return "、".join(STATUS_LABELS[status] for status in self.statuses)


# Drafts and returned entries are unfinished rows: never part of what is sent to the ministry.
STATUS_FILTERS = (
    StatusFilter("approved", "已通过", (Status.APPROVED,), ""),
    StatusFilter("submitted", "已提交", (Status.SUBMITTED,), "待审核"),
    StatusFilter("all", "全部", COUNTED, "含待审核"),
)


def status_screen() -> Screen:
    buttons = tuple(Button(f.label, ExportStatus(i)) for i, f in enumerate(STATUS_FILTERS))
    return Screen(at=REVIEW, text=ASK_STATUS, choices=(buttons,))


def city_screen(status: int, cities: Sequence[str], central: bool = False,
                whole_named: str = "全省") -> Screen:
    """For province-wide coordinators: the whole province (`whole_named`, a municipality's
    全市), or one of the configured cities; and, when there are any (`central`), the rows
    central enterprise groups hand in."""
    whole = Button(whole_named, whole_button(status))
    buttons = [Button(city, city_button(status, cities, i)) for i, city in enumerate(cities, 1)]
    rows = [tuple(buttons[i : i + CITIES_PER_ROW]) for i in range(0, len(buttons), CITIES_PER_ROW)]
    if central:
        rows.append((Button(CENTRAL, ExportCentral(status)),))
    text = ASK_CITY.format(statuses=STATUS_FILTERS[status].described)
    return Screen(at=REVIEW, text=text, choices=((whole,), *rows))
