"""Log lines: plain text, or JSON objects one a line (SIYU_LOG_FORMAT=json), each carrying the request id of
the callback or job it belongs to. Nothing here decides what is logged: callers keep secrets and message
content out of INFO (tests/scenarios/test_logs.py checks a callback's lines)."""

from __future__ import annotations

import json
import logging
import secrets
import time
from contextvars import ContextVar
from datetime import UTC, datetime

# A contextvar, not a thread-local: gunicorn's gevent worker runs each request on its own greenlet, and greenlets
# carry their own context.
REQUEST_ID: ContextVar[str] = ContextVar("siyu_request_id", default="")
TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s]: %(message)s"
QUIET_BELOW_INFO = ("urllib3",)  # libraries whose DEBUG lines carry secrets (configure)


def new_request_id(given: str = "") -> str:
    """Start a request: `given` (a proxy's X-Request-Id, when sane) or a fresh id."""
    value = given if given and len(given) <= 64 and given.isascii() and given.isprintable() else secrets.token_hex(8)
    REQUEST_ID.set(value)
    return value


def current_request_id() -> str:
    """The callback's id, else the RQ job's id (a job's lines carry its job id), else '-'."""
    found = REQUEST_ID.get()
    if found:
        return found
    try:
        from rq import get_current_job

        job = get_current_job()
    except Exception:
        job = None
    return job.id if job is not None else "-"


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = current_request_id()
        return True


class TextFormatter(logging.Formatter):
    """logging.Formatter(TEXT_FORMAT), its asctime's date and time formatted once per second instead of once per
    line: a callback's INFO line (SIYU_LOG_LEVEL's default) cost ~90 k instructions, ~12.5 k of them
    `time.localtime` and `time.strftime` (bench/README.md, branch hot5). The same text as logging.Formatter's
    (tests/unit/test_logs_format.py compares them)."""

    def __init__(self, fmt: str = TEXT_FORMAT) -> None:
        super().__init__(fmt)
        self._second: tuple[int, str] = (-1, "")  # (whole epoch second, its date and time); one tuple: thread-safe

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        if datefmt is not None or self.default_msec_format is None:
            return super().formatTime(record, datefmt)
        second = int(record.created)
        cached_second, text = self._second
        if cached_second != second:
            text = time.strftime(self.default_time_format, self.converter(record.created))
            self._second = (second, text)
        return self.default_msec_format % (text, record.msecs)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC ISO 8601), level, logger, request_id, message; exc when there is one."""

    def format(self, record: logging.LogRecord) -> str:
        out = {"time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
               "level": record.levelname, "logger": record.name,
               "request_id": getattr(record, "request_id", None) or current_request_id(),
               "message": record.getMessage()}
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def configure(level: str, fmt: str = "text") -> None:
    """Set up the root logger once (gunicorn and tests may have set handlers: then only the request id filter
    and, for json, the formatter are added to them)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=level)
    for handler in root.handlers:
        if not any(isinstance(f, RequestIdFilter) for f in handler.filters):
            handler.addFilter(RequestIdFilter())
        if fmt == "json":
            handler.setFormatter(JsonFormatter())
        elif handler.formatter is None or handler.formatter._fmt == logging.BASIC_FORMAT:
            handler.setFormatter(TextFormatter())
    logging.getLogger("siyu").setLevel(level)
    # urllib3 writes each request's URL at DEBUG, its query included: the WeCom token fetch's corpsecret, the
    # access_token of media calls. SIYU_LOG_LEVEL=DEBUG is for Siyu's own lines; the HTTP library stays at INFO.
    for name in QUIET_BELOW_INFO:
        library = logging.getLogger(name)
        if library.getEffectiveLevel() < logging.INFO:
            library.setLevel(logging.INFO)
