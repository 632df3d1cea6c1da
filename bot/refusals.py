"""Refusing what only coordinators may do, the same words and the same log line everywhere."""

import logging

from bot.replies import Reply

log = logging.getLogger(__name__)

COORDINATORS_ONLY = "仅协调员可使用此功能。"


def not_a_coordinator(user_id: int, tried: object) -> Reply:
    """The refusal for someone who is no coordinator, logged like every refusal: a command
    tried is as telling as a button forged."""
    log.warning("refused: user %s is not a coordinator (%s)", user_id, tried)
    return Reply((COORDINATORS_ONLY,), refused=True)
