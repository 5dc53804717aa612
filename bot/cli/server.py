"""`siyu serve`'s web server: gunicorn running `create_app()` in each worker process, with the same options
as the Procfile's web line (tests/unit/test_server.py keeps the two in step).

`siyu serve` checks the settings, then replaces itself with gunicorn (exec) instead of embedding it: the
gevent worker patches the standard library in each worker process, and that patch must come before
anything imports ssl. The `siyu` command has imported Flask, requests and redis by then; a fresh gunicorn
master imports none of them, and each worker builds its app after the patch. Only `siyu serve` imports
this module.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

APP = "bot.app:create_app()"  # built in each worker after the fork: no app, connection or heap is shared
TIMEOUT_S = 30  # a request never legitimately takes this long: WeChat gives up after 5 s
# gevent, not gthread (issue 16, item 3): gthread reads a request on one of a few threads (2 workers x 4),
# with no read timeout, so eight clients trickling their requests held every thread and genuine callbacks
# went unanswered. Under gevent each connection is a greenlet: a slow one holds a few KB, not a thread.
# The worker patches the standard library (sockets, threading) in each worker process before the app is
# built; redis-py then yields while it waits. The web process needs no real threads of its own.
WORKER_CLASS = "gevent"
# Connections one web worker serves at once (gunicorn's default, stated): slow or not, past this many the
# rest wait in the listen backlog. A request's head must arrive within KEEPALIVE_S (the gevent worker reads
# every head, the first included, under its keep-alive timeout); a body may trickle, holding one greenlet.
WORKER_CONNECTIONS = 1000
KEEPALIVE_S = 2
# The access log names the path only (%(U)s), never the query: WeChat's query carries the signature,
# timestamp and nonce that authorise a plaintext body, and the follower's openid (personal data).
ACCESS_LOG_FORMAT = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
# gunicorn's own lines (master, access log) as JSON objects under SIYU_LOG_FORMAT=json, like the app's.
LOGGER_CLASS = "bot.observability.gunicorn_logs.SiyuLogger"


def gunicorn_options(*, bind: str, workers: int) -> list[str]:
    """gunicorn's command-line options for Siyu's web process (the Procfile's web line names the same)."""
    return ["--bind", bind, "--workers", str(workers), "--worker-class", WORKER_CLASS,
            "--worker-connections", str(WORKER_CONNECTIONS), "--keep-alive", str(KEEPALIVE_S),
            "--timeout", str(TIMEOUT_S), "--access-logfile", "-", "--access-logformat", ACCESS_LOG_FORMAT,
            "--logger-class", LOGGER_CLASS]


def serve(*, bind: str, workers: int) -> NoReturn:
    """Become gunicorn (same pid: a process manager's signals reach its master) until stopped."""
    sys.stdout.flush()
    sys.stderr.flush()
    argv = [sys.executable, "-m", "gunicorn", *gunicorn_options(bind=bind, workers=workers), APP]
    os.execv(sys.executable, argv)  # noqa: S606 (our own interpreter and fixed options, no shell)
