"""Every Bot API call goes through the rate limiter; this one also tries a call again when
Telegram, or the network on the way, was out of reach for a moment (502 Bad Gateway, a dropped
connection), so a message between an engineer and a coordinator, or a submission's notice,
is not lost to a blip."""

import asyncio
import logging
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)

# Seconds waited before each new try: two more, over a few seconds, then the failure stands.
PAUSES = (1.0, 3.0)


def transient(error: Exception) -> bool:
    """A failure the same call may not meet again. Not a refusal (400 Bad Request, a NetworkError
    in python-telegram-bot), nor a call that timed out: Telegram may have carried it out, and
    a second try could send the message twice. Flood control is the limiter's own (RetryAfter)."""
    return isinstance(error, NetworkError) and not isinstance(error, BadRequest | TimedOut)


class RetryingRateLimiter(AIORateLimiter):
    """`AIORateLimiter`, which waits out flood control, also retrying transient failures of
    what is sent to a chat (messages, edits). Not the bot's own calls at start-up (getMe),
    which python-telegram-bot reports and gives up on at once, as the operator should see."""

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any],
                              endpoint: str, data: dict[str, Any],
                              rate_limit_args: int | None) -> Any:
        def attempt() -> Any:
            return super(RetryingRateLimiter, self).process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args)

        for pause in PAUSES if "chat_id" in data else ():
            try:
                return await attempt()
            except NetworkError as error:
                if not transient(error):
                    raise
                log.info("%s failed (%s), trying again in %.0f s", endpoint, error, pause)
                await asyncio.sleep(pause)
        return await attempt()
