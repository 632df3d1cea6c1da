"""Logging as one JSON object a line, with the bot token scrubbed from every line."""

import json
import logging
import re

# Anything shaped like a bot token (`123456:AA…`), in case a library prints another form.
TOKEN_SHAPE = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


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


def configure(level: str, token: str | None) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLines(token))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL, and the URL holds the token: keep it to warnings.
    logging.getLogger("httpx").setLevel(logging.WARNING)
