"""A change typed for another of the engineer's scenarios (场景1部署总数改成20台) while one is
being filled: the adapter's part of `flows.scenario_references`, which reads the words against
the engineer's scenarios, looked up here only for words that open by naming one."""

from dataclasses import dataclass, replace

from bot.replies import Reply
from flows import actions
from flows.draft import EDITABLE, Draft
from flows.scenario_references import NAMES, Scenario, may_name, named_scenario, refusal
from flows.screens import Button
from storage.drafts import DraftStore


@dataclass(frozen=True)
class Elsewhere:
    """Nothing saved: why, and the button to the scenario named, below the current screen."""

    message: str
    buttons: tuple[Button, ...]

    def shown(self, reply: Reply) -> Reply:
        """`reply`, the current screen shown with the message, with the buttons added."""
        screen = reply.screen
        if screen is not None and self.buttons:
            screen = replace(screen, choices=(*screen.choices, self.buttons))
        return replace(reply, screen=screen, refused=True)


def typed_elsewhere(store: DraftStore, user_id: int, current: Draft,
                    action: actions.Action) -> Elsewhere | actions.Action:
    """A change naming another scenario refused; one naming the current scenario, typed without
    its name; any other action as it is."""
    if (not isinstance(action, actions.Text) or current.status not in EDITABLE
            or not may_name(action.text)):
        return action
    infos = store.owned_by(user_id)
    answers = store.answers_of((info.id for info in infos), NAMES)
    owned = [Scenario(info.id, info.status, answers[info.id]) for info in infos]
    named = named_scenario(action.text, current.id, owned)
    if named is None:
        return action
    if named.target is not None and named.target.id == current.id:
        return actions.Text(named.change)
    here = Scenario(current.id, current.status, current.answers)
    return Elsewhere(*refusal(named, here))
