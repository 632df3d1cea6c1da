"""The engineer's side of the product, shared by the Telegram bot and the terminal mode.

Each call loads the draft from SQLite, asks `flows` what the action means, commits the result
and returns what to show. Nothing is kept in memory between calls.
"""

import logging
from dataclasses import dataclass

from flows import actions, engine
from flows.cards import row_card, short_title
from flows.draft import EDITABLE, STATUS_LABELS, Draft
from flows.menus import HELP, NO_CURRENT, WELCOME, drafts_screen
from flows.navigation import Questionnaire
from flows.screens import Screen, screen_for
from storage.drafts import DraftStore

log = logging.getLogger(__name__)

NOT_YOURS = "无权操作该草稿。"
RESUMED = "继续填写场景 {title}（发送 /new 可新建）。"
CREATED = "已新建场景草稿 #{id}。"


@dataclass(frozen=True)
class Reply:
    """Texts to send, then the screen to ask with; `draft_id` is whose screen it is."""

    messages: tuple[str, ...] = ()
    screen: Screen | None = None
    draft_id: int | None = None


class Intake:
    def __init__(self, survey: Questionnaire, store: DraftStore):
        self.survey = survey
        self.store = store

    def start(self, user_id: int, name: str) -> Reply:
        """Resume the draft in progress, or begin the first one."""
        self.store.seen(user_id, name)
        draft = self._current(user_id)
        if draft is None or draft.status not in EDITABLE:
            return self.new(user_id, name, greeting=WELCOME)
        resumed = RESUMED.format(title=short_title(draft.id, draft.answers))
        return self._show(draft, WELCOME, resumed)

    def new(self, user_id: int, name: str, greeting: str | None = None) -> Reply:
        self.store.seen(user_id, name)
        draft = self.store.create(user_id, self.survey.first().key)
        texts = [t for t in (greeting, CREATED.format(id=draft.id)) if t]
        return self._show(draft, *texts)

    def help(self) -> Reply:
        return Reply((HELP,))

    def drafts(self, user_id: int) -> Reply:
        infos = self.store.owned_by(user_id)
        answers = self.store.answers_of(info.id for info in infos)
        listed = [(info.id, info.status, answers[info.id]) for info in infos]
        return Reply(screen=drafts_screen(self.survey, listed))

    def open(self, user_id: int, draft_id: int) -> Reply:
        """Make one of the engineer's drafts the current one and show where it stopped."""
        draft = self._owned(user_id, draft_id)
        if draft is None:
            return Reply((NOT_YOURS,))
        self.store.set_current(user_id, draft_id)
        if draft.status not in EDITABLE:
            title = f"场景 {short_title(draft.id, draft.answers)} · {STATUS_LABELS[draft.status]}"
            return Reply((row_card(draft.answers, title),))
        return self._show(draft)

    def act(
        self, user_id: int, action: actions.Action, draft_id: int | None = None, at: str | None = None
    ) -> Reply:
        """Apply an answer or a button press to the engineer's current draft.

        A press carries the draft and the question it was shown for: a press on another
        draft's or an earlier question's button is stale and only shows the current question.
        """
        current = self._current(user_id)
        if draft_id is not None and draft_id != (current.id if current else None):
            if self._owned(user_id, draft_id) is None:
                return Reply((NOT_YOURS,))
            return self._stale(current)
        if current is None:
            return Reply((NO_CURRENT,))
        if at is not None and at != current.cursor and current.status in EDITABLE:
            return self._stale(current)
        outcome = engine.apply(self.survey, current, action)
        self.store.save(current, outcome.draft, outcome.saved, user_id)
        messages = (outcome.message,) if outcome.message else ()
        return Reply(messages, outcome.screen, current.id)

    def _current(self, user_id: int) -> Draft | None:
        draft_id = self.store.current_draft_id(user_id)
        return self.store.load(draft_id) if draft_id is not None else None

    def _owned(self, user_id: int, draft_id: int) -> Draft | None:
        info = self.store.info(draft_id)
        if info is None or info.owner_id != user_id:
            log.warning("refused: user %s acted on draft %s", user_id, draft_id)
            return None
        return self.store.load(draft_id)

    def _stale(self, current: Draft | None) -> Reply:
        if current is None or current.status not in EDITABLE:
            return Reply((engine.STALE, NO_CURRENT))
        return self._show(current, engine.STALE)

    def _show(self, draft: Draft, *messages: str) -> Reply:
        return Reply(messages, screen_for(self.survey, draft), draft.id)
