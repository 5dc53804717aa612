"""gunicorn's own log lines (its master's, and the access log of every request) in Siyu's format: under
SIYU_LOG_FORMAT=json they are JSON objects like the app's (logs.py), so one stream holds only JSON lines; else
gunicorn's text, unchanged.

`siyu serve` and the Procfile's web line name this class (`--logger-class`). The gunicorn master loads it before
any app exists, so it reads SIYU_LOG_FORMAT itself, as the settings do (`siyu serve` and each worker's app check
the value); and it imports only the standard library and logs.py, nothing the gevent patch must come before.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from gunicorn.glogging import Logger

from bot.observability.logs import REQUEST_ID, JsonFormatter


class _RequestId(logging.Filter):
    """The request's id (an access line is written in the request's greenlet, after the app set it), else '-'.
    Never logs.current_request_id's RQ fallback: importing rq (and so redis and ssl) in the master, before the
    workers fork, would import ssl ahead of the gevent patch (server.py)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get() or "-"
        return True


class SiyuLogger(Logger):
    def setup(self, cfg: Any) -> None:
        super().setup(cfg)
        if os.environ.get("SIYU_LOG_FORMAT", "text").strip().lower() != "json":
            return
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JsonFormatter())
                if not any(isinstance(f, _RequestId) for f in handler.filters):
                    handler.addFilter(_RequestId())
