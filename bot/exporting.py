"""Entries into the official xlsx: the one selection `scenario-intake export` and a
coordinator's /export share.

Rows go out in entry-id order, so two exports of the same data are identical. Entries a
coordinator marked as duplicates are left out (填写说明 5 counts them once) and the caller is
told how many. Rows a central enterprise group hands in are exported on their own: each group
sends its own list, so the province's file leaves them out and says so. A province-wide file
is sent as it is, with what the notice still asks of it (the /stats rules) said beside it.
"""

import io
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from bot.export_place import in_county, place_menu, status_pressed
from bot.refusals import not_a_coordinator, refused
from bot.replies import Document, Reply
from bot.standing import Asked, standing_rows
from bot.too_tall_cells import too_tall_text
from exports.template import TITLE
from exports.writer import Written, export_rows
from flows.beijing import BEIJING
from flows.deployment_words import PROVINCE as PROVINCE_WORDS
from flows.deployment_words import Words
from flows.draft import STATUS_LABELS, Status
from flows.export_actions import ExportCentral, ExportCity, ExportStatus
from flows.export_cities import WHOLE_PROVINCE, city_pressed
from flows.export_menu import (
    CENTRAL,
    STATUS_FILTERS,
    StatusFilter,
    city_screen,
    status_screen,
)
from flows.province import (
    as_handed_in,
    central_enterprise,
    file_row,
    judged_apart,
    marks_apart,
    marks_apart_text,
    standing,
    unmet,
)
from flows.row_reminders import chat_rules_unmet
from storage.people import PROVINCE, Coordinator, People
from storage.reviews import Entry, ReviewStore

EXPORTED = "已导出 {count} 个场景（{selection}）。"
NOTHING = "没有可导出的场景（{selection}），未生成文件。"
LEFT_OUT = "另有 {count} 个标记为重复的场景未导出。"
RETURNED = "另有 {count} 个已退回待修改的场景未导出：填报人修改后重新提交，才能导出。"
AWAITING = "其中 {count} 个尚待审核：报送的文件请导出“已通过”的场景。"
OTHER_STATUS = "另有 {count} 个{label}的场景：可重新发送 /export 并选择“{button}”导出。"
# Here and below in the deployment's words (`deployment_words`): 本省, 省级, 城市, 本市 of a
# province; 本市, 市级, 区, 本区 of a municipality. Central groups' rows are counted as rows
# (条), not scenarios: /stats counts a group's alike rows once, as it does the province's.
SET_ASIDE = ("另有 {count} 条由中央企业报送的场景未导出（{names}；"
             "按条计，/stats 中相似场景按 1 项计）：各央企单独报送，不计入{own}。")
UNMET = "报送前请注意："
NOTED = "请注意："  # above the notes on a file of rows awaiting review, which is not the one sent
NOT_YOUR_CITY = "您只能导出本{short}（{city}）的场景。"
EXPIRED = "该按钮已过期，请在下面的导出菜单中重新选择。"
CENTRAL_HINT = "{level}协调员可在 /export 的范围中选择“{central}”单独导出。"
ORIGINAL_ELSEWHERE = ("⚠️ 以下场景标记为重复，它所重复的是其他{place}的场景，不在本{short}的文件中："
                      "{marks}")
ORIGINAL_NOT_SELECTED = ("⚠️ 以下场景标记为重复，而它所重复的场景不是本次导出的状态，"
                         "两者都不在文件中：{marks}")
# What Windows (and so a phone's download folder synced to it) refuses in a file's name.
UNSAFE_IN_FILENAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class ExportResult:
    written: int
    left_out: int  # duplicates not written
    set_aside: dict[str, int]  # central enterprise group -> its rows left out of the province's
    # What the notice still asks of a province-wide file (`unmet`), the rows holding what the
    # chat would have refused (`chat_rules_unmet`: imported ones), and the rows of the file's
    # list left out as duplicates of another list's (`marks_apart`), so in no file at all.
    unmet: tuple[str, ...]
    too_tall: tuple[tuple[int, str], ...] = ()  # (序号, column) taller than Excel shows
    # Rows a coordinator sees in /review but no file holds: returned ones, in no status a file
    # is made of; and, in a file of approved rows too (全部), those still awaiting review,
    # which make the notice's counts look met before they are.
    returned: int = 0
    awaiting: int = 0


def of_list(entries: list[Entry], central: bool) -> list[Entry]:
    """The entries of the list a file holds: the province's own, or (`central`) the central
    enterprise groups', each sent apart."""
    return [entry for entry in entries
            if (central_enterprise(entry.answers) is not None) == central]


def export_entries(
    store: ReviewStore,
    out: Path | IO[bytes],
    statuses: tuple[Status, ...],
    scope: Coordinator,
    template: Path | None = None,
    keep_sample: bool = False,
    central: bool = False,
    words: Words = PROVINCE_WORDS,
) -> ExportResult:
    """Write the entries in these statuses and this scope, the province's own or (`central`)
    the central enterprise groups'; nothing is written when there are none.

    Raises TemplateError when `template` is not the 工作计划表.
    """
    entries = sorted(store.entries(statuses, scope), key=lambda entry: entry.id)
    group_of = {entry.id: central_enterprise(entry.answers) for entry in entries}
    mine = of_list(entries, central)
    kept = [entry for entry in mine if not entry.duplicate_of]
    answers = [as_handed_in(entry.answers) if central else entry.answers for entry in kept]
    written = export_rows(answers, out, template, keep_sample) if kept else Written(0, ())
    first = written.first
    aside = Counter() if central else Counter(
        group_of[entry.id] for entry in entries if group_of[entry.id] and not entry.duplicate_of)
    judged = kept and scope.city == PROVINCE
    in_file = {entry.id: file_row(first + number - 1, number, entry.answers)
               for number, entry in enumerate(kept, start=1)}
    sent = Status.APPROVED in statuses
    rows = standing_rows(mine)
    as_judged = standing(rows)
    notes = unmet(as_judged, in_file, sent) if judged else []
    notes += filter(None, [judged_apart(rows, as_judged.counted)] if judged and sent else [])
    notes += [f"⚠️ {in_file[entry.id]}：{'；'.join(unmet_rules)}" for entry in kept
              if (unmet_rules := chat_rules_unmet(entry.answers))]
    if apart := marks_apart([(entry.id, entry.answers, entry.duplicate_of,
                              store.drafts.answers(entry.duplicate_of))
                             for entry in mine if entry.duplicate_of]):
        notes.append("⚠️ " + marks_apart_text(apart, words))
    waiting, elsewhere = _originals_left_out(store, mine, statuses, scope)
    notes += [ORIGINAL_NOT_SELECTED.format(marks=waiting)] if waiting else []
    notes += [ORIGINAL_ELSEWHERE.format(marks=elsewhere, **words._asdict())] if elsewhere else []
    returned = of_list(store.entries((Status.RETURNED,), scope, ("submitting_unit",)), central)
    awaiting = sum(entry.info.status == Status.SUBMITTED for entry in kept) if sent else 0
    return ExportResult(len(kept), len(mine) - len(kept), dict(aside), tuple(notes),
                        written.too_tall, sum(not entry.duplicate_of for entry in returned),
                        awaiting)


def other_statuses(store: ReviewStore, chosen: StatusFilter, scope: Coordinator,
                   central: bool) -> list[tuple[StatusFilter, int]]:
    """With nothing to export, the other single statuses that have rows in the same list and
    scope, and how many: an empty file's reply says where the rows are."""
    found = []
    for other in STATUS_FILTERS:
        if len(other.statuses) > 1 or set(other.statuses) & set(chosen.statuses):
            continue  # `all` adds nothing the single statuses do not say
        listed = of_list(store.entries(other.statuses, scope, ("submitting_unit",)), central)
        if count := sum(1 for entry in listed if not entry.duplicate_of):
            found.append((other, count))
    return found


def _originals_left_out(store: ReviewStore, rows: list, statuses: tuple[Status, ...],
                        scope: Coordinator) -> tuple[str, str]:
    """Marks whose original is not in this file: in another status than the file's (an
    approved copy of a row still awaiting review), so neither goes out; or another city's
    (a mark across two submissions is told by `marks_apart`). The coordinator should know why
    a row they see is missing."""
    waiting, elsewhere = [], []
    for entry in rows:
        original = entry.duplicate_of and store.entry(entry.duplicate_of)
        if not original:
            continue
        if original.info.status not in statuses:
            label = STATUS_LABELS[original.info.status]
            waiting.append(f"#{entry.id} → #{original.id}（{label}）")
        elif scope.city != PROVINCE and original.city != scope.city \
                and not marks_apart([(entry.id, entry.answers, original.id, original.answers)]):
            elsewhere.append(f"#{entry.id} → #{original.id}（{original.city}）")
    return "；".join(waiting), "；".join(elsewhere)


def export_text(result: ExportResult, chosen: StatusFilter, scope: Coordinator,
                central: bool, central_hint: str, words: Words = PROVINCE_WORDS,
                others: Sequence[str] = ()) -> str:
    """What was exported, or that nothing was, in the words of the choices made (and of the
    deployment: 全省 or 全市); what was left out, with `central_hint` saying how to export the
    central enterprises' rows; where rows of `others` statuses are; rows too tall for Excel;
    and what the notice still asks of the file."""
    whose = scope.scope_in(words.whole)
    where = f"{whose}的{CENTRAL}" if central else whose
    selection = f"状态：{chosen.described}，范围：{where}"
    template = EXPORTED if result.written else NOTHING
    text = template.format(count=result.written, selection=selection)
    if result.awaiting:
        text += AWAITING.format(count=result.awaiting)
    if result.left_out:
        text += LEFT_OUT.format(count=result.left_out)
    if result.set_aside:
        names = "、".join(f"{name} {n} 条" for name, n in result.set_aside.items())
        text += SET_ASIDE.format(count=sum(result.set_aside.values()), names=names,
                                 own=words.own) + central_hint
    if result.returned:
        text += RETURNED.format(count=result.returned)
    lines = [text, *others]
    if result.too_tall:
        lines.append(too_tall_text(result.too_tall))
    if result.unmet:
        lines += [UNMET if Status.APPROVED in chosen.statuses else NOTED, *result.unmet]
    return "\n".join(lines)


def export_filename(now: datetime, scope: Coordinator, chosen: StatusFilter,
                    central: bool = False, whole: str = PROVINCE_WORDS.whole) -> str:
    """`人形机器人与具身智能实景实训工作计划表_苏州市_20260601.xlsx`, dated in Beijing time: the
    name says whose rows the file holds (全省, a city, 中央企业) and, unless only approved ones,
    that it holds rows awaiting review (…_全省_含待审核_…), so files downloaded the same day
    differ and none passes for the province's submission. A configured city is written as it
    is, but for the characters Windows refuses in a name."""
    whose = CENTRAL if central else scope.scope_in(whole)
    words = [TITLE, UNSAFE_IN_FILENAME.sub("_", whose), chosen.in_filename,
             f"{now.astimezone(BEIJING):%Y%m%d}"]
    return "_".join(word for word in words if word) + ".xlsx"


class Exports:
    """A coordinator's /export: status, then (province-wide only) city, then the file.

    Every press is checked against the coordinator's scope here, where the file is made, so a
    forged button cannot reach entries the menu would never have offered.
    """

    def __init__(self, store: ReviewStore, people: People, cities: tuple[str, ...],
                 words: Words = PROVINCE_WORDS):
        self.store = store
        self.people = people
        self.cities = cities
        self.words = words  # 全省, or a municipality's 全市

    def menu(self, user_id: int, asked: Asked | None = None, status: int | None = None) -> Reply:
        """/export, or /export 苏州 (`asked`: the place typed after it, read); with a status
        word (/export 苏州 全部, `status`), as if its buttons were pressed."""
        coordinator = self.people.coordinator(user_id)
        if coordinator is None:
            return not_a_coordinator(user_id, "/export")
        if status is not None and (press := status_pressed(coordinator, asked, status,
                                                           self.cities, self.words)):
            return in_county(self.act(user_id, press), asked)
        return place_menu(coordinator, asked, self.cities, self.words)

    def act(self, user_id: int, action: ExportStatus | ExportCity | ExportCentral) -> Reply:
        coordinator = self.people.coordinator(user_id)
        if coordinator is None:
            return not_a_coordinator(user_id, action)
        if not 0 <= action.status < len(STATUS_FILTERS):
            return Reply((EXPIRED,), status_screen(), refused=True)  # choose anew
        if isinstance(action, ExportStatus):
            if coordinator.city == PROVINCE:
                central = self._any_central(STATUS_FILTERS[action.status])
                return Reply(screen=city_screen(action.status, self.cities, central,
                                                self.words.whole))
            return self._send(action.status, coordinator)
        if isinstance(action, ExportCentral):
            if coordinator.city != PROVINCE:
                return _not_yours(coordinator, "中央企业", self.words)
            return self._send(action.status, coordinator, central=True)
        city = PROVINCE if action.city == WHOLE_PROVINCE else city_pressed(action, self.cities)
        if city is None:  # a place beyond the list, or another city's since the menu
            return Reply((EXPIRED,), status_screen(), refused=True)  # choose anew
        if not coordinator.covers(city):
            return _not_yours(coordinator, city, self.words)
        return self._send(action.status, Coordinator(user_id, city))

    def _any_central(self, chosen: StatusFilter) -> bool:
        entries = self.store.entries(chosen.statuses, keys=("submitting_unit",))
        return any(central_enterprise(entry.answers) for entry in entries)

    def _send(self, status: int, scope: Coordinator, central: bool = False) -> Reply:
        chosen = STATUS_FILTERS[status]
        out = io.BytesIO()
        result = export_entries(self.store, out, chosen.statuses, scope, central=central,
                                words=self.words)
        hint = CENTRAL_HINT.format(level=self.words.level, central=CENTRAL)
        others = [] if result.written else [
            OTHER_STATUS.format(count=count, label=STATUS_LABELS[other.statuses[0]],
                                button=other.label)
            for other, count in other_statuses(self.store, chosen, scope, central)]
        text = export_text(result, chosen, scope, central, hint, self.words, others)
        if not result.written:
            return Reply((text,))
        name = export_filename(self.store.drafts.clock(), scope, chosen, central, self.words.whole)
        document = Document(name, out.getvalue())
        return Reply((text,), document=document)


def _not_yours(coordinator: Coordinator, tried: str, words: Words) -> Reply:
    return refused(f"coordinator {coordinator.user_id} exporting {tried}",
                   NOT_YOUR_CITY.format(city=coordinator.city, short=words.short))
