"""Entries into the official xlsx: the one selection `scenario-intake export` and a
coordinator's /export share.

Rows go out in entry-id order, so two exports of the same data are identical. Entries a
coordinator marked as duplicates are left out (填写说明 5 counts them once) and the caller is
told how many.
"""

import io
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from bot.refusals import not_a_coordinator
from bot.replies import Document, Reply
from exports.template import TITLE
from exports.writer import export_rows
from flows.beijing import BEIJING
from flows.draft import Status
from flows.export_actions import ExportCity, ExportStatus
from flows.export_menu import (
    STATUS_FILTERS,
    WHOLE_PROVINCE,
    StatusFilter,
    city_screen,
    status_screen,
)
from storage.people import PROVINCE, Coordinator, People
from storage.reviews import ReviewStore

log = logging.getLogger(__name__)

EXPORTED = "已导出 {count} 个场景（{selection}）。"
NOTHING = "没有可导出的场景（{selection}），未生成文件。"
LEFT_OUT = "另有 {count} 个标记为重复的场景未导出。"
NOT_YOUR_CITY = "您只能导出本市（{city}）的场景。"
EXPIRED = "该按钮已失效，请重新发送 /export。"


@dataclass(frozen=True)
class ExportResult:
    written: int
    left_out: int  # duplicates not written


def export_entries(
    store: ReviewStore,
    out: Path | IO[bytes],
    statuses: tuple[Status, ...],
    scope: Coordinator,
    template: Path | None = None,
    keep_sample: bool = False,
) -> ExportResult:
    """Write the entries in these statuses and this scope; nothing is written when there are none.

    Raises TemplateError when `template` is not the 工作计划表.
    """
    entries = sorted(store.entries(statuses, scope), key=lambda entry: entry.id)
    kept = [entry.answers for entry in entries if not entry.duplicate_of]
    if kept:
        export_rows(kept, out, template, keep_sample)
    return ExportResult(len(kept), len(entries) - len(kept))


def export_text(result: ExportResult, chosen: StatusFilter, scope: Coordinator) -> str:
    """What was exported, or that nothing was, in the words of the choices made."""
    selection = f"状态：{chosen.described}，范围：{scope.scope_label}"
    template = EXPORTED if result.written else NOTHING
    text = template.format(count=result.written, selection=selection)
    return text + (LEFT_OUT.format(count=result.left_out) if result.left_out else "")


def export_filename(now: datetime) -> str:
    """`人形机器人与具身智能实景实训工作计划表_20260601.xlsx`, dated in Beijing time."""
    return f"{TITLE}_{now.astimezone(BEIJING):%Y%m%d}.xlsx"


class Exports:
    """A coordinator's /export: status, then (province-wide only) city, then the file.

    Every press is checked against the coordinator's scope here, where the file is made, so a
    forged button cannot reach entries the menu would never have offered.
    """

    def __init__(self, store: ReviewStore, people: People, cities: tuple[str, ...]):
        self.store = store
        self.people = people
        self.cities = cities

    def menu(self, user_id: int) -> Reply:
        if self.people.coordinator(user_id) is None:
            return not_a_coordinator(user_id, "/export")
        return Reply(screen=status_screen())

    def act(self, user_id: int, action: ExportStatus | ExportCity) -> Reply:
        coordinator = self.people.coordinator(user_id)
        if coordinator is None:
            return not_a_coordinator(user_id, action)
        if not 0 <= action.status < len(STATUS_FILTERS):
            return Reply((EXPIRED,), refused=True)
        if isinstance(action, ExportStatus):
            if coordinator.city == PROVINCE:
                return Reply(screen=city_screen(action.status, self.cities))
            return self._send(action.status, coordinator)
        city = self._city(action.city)
        if city is None:
            return Reply((EXPIRED,), refused=True)
        if not coordinator.covers(city):
            log.warning("refused: coordinator %s exporting %s", user_id, city)
            return Reply((NOT_YOUR_CITY.format(city=coordinator.city),), refused=True)
        return self._send(action.status, Coordinator(user_id, city))

    def _city(self, index: int) -> str | None:
        """The city a button stands for (PROVINCE for 全省); None for one it cannot."""
        if index == WHOLE_PROVINCE:
            return PROVINCE
        return self.cities[index - 1] if 0 < index <= len(self.cities) else None

    def _send(self, status: int, scope: Coordinator) -> Reply:
        chosen = STATUS_FILTERS[status]
        out = io.BytesIO()
        result = export_entries(self.store, out, chosen.statuses, scope)
        text = export_text(result, chosen, scope)
        if not result.written:
            return Reply((text,))
        document = Document(export_filename(self.store.drafts.clock()), out.getvalue())
        return Reply((text,), document=document)
