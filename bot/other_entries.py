"""Typed words while the engineer has other entries: they always go to the current draft, so
where they could have been meant for another, the bot says which draft they went to. A typed
提交 cannot be withdrawn, so with other entries it only shows the summary to be pressed."""

from flows import actions
from flows.cards import short_title
from flows.draft import Draft
from storage.drafts import DraftStore

SUBMISSIONS = (actions.Submit, actions.SubmitAnyway)
SUBMIT_PRESSED_ONLY = ("您还有其他场景，为免提交错场景，输入“提交”不会直接提交。"
                       "请核对下面场景 {draft}的汇总，确认是这一份后点“✅ 提交”。")


def submits_typed(store: DraftStore, user_id: int, draft: Draft, typed: actions.Action,
                  action: actions.Action) -> str | None:
    """Why `typed`, read at the summary as its 提交 button (`action`), only shows the summary:
    the engineer has another entry, which the words could have been meant for."""
    submits = isinstance(typed, actions.Text) and isinstance(action, SUBMISSIONS)
    if not submits or len(store.owned_by(user_id)) < 2:
        return None
    return SUBMIT_PRESSED_ONLY.format(draft=short_title(draft.id, draft.answers, apart=True))
