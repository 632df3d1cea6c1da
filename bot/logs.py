"""Logging as one JSON object a line, with the bot token scrubbed from every line."""

import json
import logging
import re
from pathlib import Path

from telegram.error import InvalidToken, NetworkError

# Anything shaped like a bot token (`123456:AA…`), in case a library prints another form.
TOKEN_SHAPE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")
# What stops the bot's start and `scenario-intake run` then explains in one Chinese line: no
# network, or a token Telegram refuses. Neither is a bug, so neither needs a traceback.
EXPECTED = (NetworkError, InvalidToken)


class JsonLines(logging.Formatter):
    def __init__(self, token: str | None):
        super().__init__()
        self.token = token

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        line = json.dumps(entry, ensure_ascii=False)
        if self.token:
            line = line.replace(self.token, "<token>")
        return TOKEN_SHAPE.sub("<token>", line)


def expected_as_warning(record: logging.LogRecord) -> bool:
    """python-telegram-bot logs a failed start (its network retry loop giving up) at ERROR with
    the whole traceback: kept as one WARNING line naming the error."""
    error = record.exc_info[1] if record.exc_info else None
    if record.name.startswith("telegram") and isinstance(error, EXPECTED):
        record.msg, record.args = f"{record.getMessage()} {type(error).__name__}: {error}", ()
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        record.exc_info = record.exc_text = None
    return True


def configure(level: str, token: str | None,
              handler: logging.Handler | None = None) -> None:
    """Log to standard error, or to `handler`."""
    handler = handler or logging.StreamHandler()
    handler.setFormatter(JsonLines(token))
    handler.addFilter(expected_as_warning)
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL, and the URL holds the token: keep it to warnings.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # The job queue's scheduler logs each job added and run: chatter, not news.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def beside(db: Path, level: str) -> None:
    """Log to a file beside the database, as the terminal trial does: its records (a refused
    /fix, say) are the operator's English, and would land in the middle of the chat. The file is
    made only when there is something to write."""
    path = db.with_name(f"{db.stem}.log")
    configure(level, None, logging.FileHandler(path, encoding="utf-8", delay=True))
