"""A coordinator's next words after 📨 发送退回, while the return is the last thing they did:
a follow-up (补充：场景名称也请写具体) is held and offered to be sent to the engineer as an addition
to the return (📨 补充发送 / 不发送), a pleasantry (谢谢, 👌) is told the return has gone out.
Only the coordinator who sent the return, only while the entry stands returned by it; a
command, another button or a menu word ends the window (`drop`), words held shown unsent."""

import re

from bot import return_words as words
from bot.entry_handled import tell_engineer
from bot.replies import Reply
from flows import menu_words
from flows import return_additions as said
from flows.draft import STATUS_LABELS, Status
from flows.typed_buttons import pressed
from storage.pending import AfterReturn
from storage.people import People
from storage.reviews import Entry, ReviewStore

ADDITION = "addition"  # the kind of event recording words added to a return sent
_TO_THE_BOT = re.compile(r"#?\s*\d+|\w{1,4}")  # an entry's number, or a word or two


class Additions:
    def __init__(self, store: ReviewStore, people: People):
        self.store = store
        self.people = people

    def takes(self, user_id: int, text: str) -> bool:
        """Whether typed words belong to the return just sent. The label of a button on
        screen (不发送) does; a menu word and a decision typed (通过) never, and while the
        coordinator fills a draft of their own nothing else does either: their answers go to
        it, as before the return, even one beginning 另外 or 还有 (另外一条产线的焊接). Otherwise
        a follow-up or a pleasantry does, but not an entry's number or a word or two said to
        the bot (2, #2, 你好, 待审核). The rest end the window and go where they would have gone."""
        if (after := self.store.after_return(user_id)) is None:
            return True
        if menu_words.command_named(text, coordinators=True) or words.decision_typed(text):
            return False
        typed = text.strip()
        if after.addition is not None and pressed(
                said.ask_screen(after.draft_id, after.addition), typed):
            return True
        if self._drafting(user_id):
            return False
        return (words.ADDING.match(typed) or words.pleasantry(typed)
                or not _TO_THE_BOT.fullmatch(typed))

    def _drafting(self, user_id: int) -> bool:
        draft = self.store.drafts.current(user_id)
        return draft is not None and draft.status in (Status.DRAFT, Status.RETURNED)

    def typed(self, user_id: int, text: str, edited: bool) -> Reply | None:
        """Words typed after the return: held and asked about, or answered; None when no return
        was just sent, and for an edit (an earlier message, not these words)."""
        after = self.store.after_return(user_id)
        if after is None or edited:
            return None
        typed = text.strip()
        if after.addition is not None and (action := pressed(said.ask_screen(
                after.draft_id, after.addition), typed)):
            return self._decided(user_id, after, action)
        moved = self._moved_on(user_id, after, typed)
        added = words.without_label(typed).strip()
        if added and (words.pleasantry(typed) or words.not_a_comment(typed)):
            if moved:  # nothing to add to: said to the bot, as if no return had been sent
                return None
            if after.addition is not None:
                return Reply((said.ASK_AGAIN,), said.ask_screen(after.draft_id, after.addition))
            return Reply((said.SENT_ALREADY.format(id=after.draft_id),))
        if moved:
            return moved
        if not added:  # 补充：, the words to come
            return Reply((said.WRITE_ADDITION,))
        if after.addition:  # a follow-up in several messages: all of it, shown to be checked
            added = f"{after.addition}\n{added}"
        if too_long := words.too_long(added):
            return Reply((too_long,))
        self.store.set_after_return(user_id, after._replace(addition=added))
        return Reply(screen=said.ask_screen(after.draft_id, added))

    def act(self, user_id: int, entry: Entry, action: object) -> Reply:
        """📨 补充发送 or 不发送 on the words held for the return of `entry`."""
        after = self.store.after_return(user_id)
        if after is None or after.draft_id != entry.id or after.addition is None:
            return Reply((said.EXPIRED,), refused=True)
        return self._decided(user_id, after, action)

    def _decided(self, user_id: int, after: AfterReturn, action: object) -> Reply:
        """The words held sent to the engineer, recorded in the entry's history, or not; the
        window stays open for more."""
        if isinstance(action, said.DropAddition):
            self.store.set_after_return(user_id, after._replace(addition=None))
            return Reply((said.NOT_SENT.format(addition=after.addition),))
        if moved := self._moved_on(user_id, after, after.addition):
            return moved
        entry = self.store.entry(after.draft_id)
        self.store.drafts.record(entry.id, user_id, ADDITION, comment=after.addition)
        self.store.set_after_return(user_id, after._replace(addition=None))
        notice = tell_engineer(entry, said.ENGINEER_ADDED, addition=after.addition)
        return Reply((said.SENT.format(id=entry.id),), notices=(notice,))

    def _moved_on(self, user_id: int, after: AfterReturn, addition: str) -> Reply | None:
        """Why words can no longer be added: the coordinator no longer covers the entry, or it
        is no longer standing returned by this return (resubmitted, returned again, deleted)."""
        entry = self.store.entry(after.draft_id)
        scope = self.people.coordinator(user_id)
        returned = entry and self.store.last_return(entry.id)
        if (entry and scope and scope.covers(entry.city) and entry.info.status == Status.RETURNED
                and returned.event_id == after.event_id):
            return None
        self.store.clear_pending(user_id)
        why = (said.OUT_OF_SCOPE if entry and not (scope and scope.covers(entry.city))
               else said.MOVED_ON)
        status = STATUS_LABELS[entry.info.status] if entry else "已删除"
        return Reply((why.format(id=after.draft_id, status=status, addition=addition),),
                     refused=True)

    def drop(self, user_id: int) -> Reply | None:
        """The window ended by anything else the coordinator does; words held are shown unsent,
        so they can be copied."""
        after = self.store.after_return(user_id)
        if after is None:
            return None
        self.store.clear_pending(user_id)
        return Reply((said.NOT_SENT.format(addition=after.addition),)) if after.addition else None
