"""What a coordinator can press in the /export menu: the inputs of `bot.exporting.Exports`."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportStatus:
    """Which entries to export, by status: an index into `flows.export_menu.STATUS_FILTERS`."""

    status: int


@dataclass(frozen=True)
class ExportCity:
    """Export the entries of one city (1-based into the configured cities) or, with 0, all;
    `mark` is the city's name as a number (`flows.export_cities`), so a button whose place in
    a reordered list is another city's is told expired."""

    status: int
    city: int
    mark: int


@dataclass(frozen=True)
class ExportCentral:
    """Export the rows central enterprise groups hand in: the province's own exports leave
    them out, since each group sends its own list."""

    status: int


EXPORT_ACTIONS = (ExportStatus, ExportCity, ExportCentral)
