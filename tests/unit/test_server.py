"""`siyu serve` and the Procfile's web line run gunicorn the same way (issue 16, item 3: the worker class
that keeps slow clients from starving genuine callbacks, and the access log without query strings)."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from datetime import timedelta
from types import SimpleNamespace

import pytest

from bot.cli import server
from tests.conftest import REPO


def procfile_web_options() -> list[str]:
    line = next(line for line in (REPO / "Procfile").read_text().splitlines() if line.startswith("web:"))
    words = shlex.split(line.removeprefix("web:"))
    assert words[0] == "gunicorn" and words[-1] == server.APP
    return words[1:-1]


def pairs(options: list[str]) -> dict[str, str]:
    return dict(zip(options[::2], options[1::2], strict=True))


def test_siyu_serve_and_the_procfile_pass_gunicorn_the_same_options() -> None:
    ours = pairs(server.gunicorn_options(bind="0.0.0.0:8000", workers=2))
    procfile = pairs(procfile_web_options())
    del ours["--bind"], ours["--workers"], procfile["--bind"], procfile["--workers"]  # from the environment
    assert procfile == ours


def test_the_web_worker_serves_each_connection_on_a_greenlet_not_a_thread() -> None:
    options = pairs(server.gunicorn_options(bind="127.0.0.1:1", workers=1))
    assert options["--worker-class"] == "gevent"
    assert "--threads" not in options
    assert "%(q)s" not in options["--access-logformat"] and "%(r)s" not in options["--access-logformat"]


def gunicorn_lines(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, log_format: str) -> list[str]:
    """What gunicorn itself writes under SIYU_LOG_FORMAT: its error log (stderr), then the access log (stdout)."""
    from gunicorn.config import Config
    from gunicorn.glogging import Logger

    monkeypatch.setenv("SIYU_LOG_FORMAT", log_format)
    config = Config()
    options = pairs(server.gunicorn_options(bind="127.0.0.1:1", workers=1))
    config.set("logger_class", options["--logger-class"])
    config.set("accesslog", options["--access-logfile"])
    config.set("access_log_format", options["--access-logformat"])
    logger_class = config.logger_class
    assert issubclass(logger_class, Logger)
    logger = logger_class(config)
    logger.info("Listening at: %s", "http://127.0.0.1:1")
    response = SimpleNamespace(status="200 OK", headers=[], sent=2, response_length=2)
    request = SimpleNamespace(headers=[], method="GET", path="/healthz", query="", version=(1, 1), uri="/healthz")
    environ = {"REMOTE_ADDR": "127.0.0.1", "REQUEST_METHOD": "GET", "RAW_URI": "/healthz", "PATH_INFO": "/healthz",
               "SERVER_PROTOCOL": "HTTP/1.1"}
    logger.access(response, request, environ, timedelta(milliseconds=1))
    captured = capsys.readouterr()
    return [line for line in (captured.err + captured.out).splitlines() if line]


def test_gunicorn_s_own_lines_are_json_objects_under_siyu_log_format_json(capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """CONTRACTS.md `SIYU_LOG_FORMAT=json` (issue 14: JSON lines). Found by contracts21: under `siyu serve` the app's
    lines were JSON, but gunicorn's master ("Listening at ...") and every access line ('127.0.0.1 "GET /healthz"
    200 ...') stayed plain text in the same stream, which a JSON-lines collector cannot parse."""
    lines = gunicorn_lines(capsys, monkeypatch, "json")
    assert len(lines) == 2
    parsed = [json.loads(line) for line in lines]
    assert parsed[0]["message"] == "Listening at: http://127.0.0.1:1" and parsed[0]["level"] == "INFO"
    assert parsed[1]["message"].startswith('127.0.0.1 "GET /healthz" 200') and parsed[1]["logger"] == "gunicorn.access"
    assert {"time", "level", "logger", "request_id", "message"} <= set(parsed[0])


def test_gunicorn_s_own_lines_stay_its_text_by_default(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    lines = gunicorn_lines(capsys, monkeypatch, "text")
    assert lines[0].startswith("[") and lines[0].endswith("Listening at: http://127.0.0.1:1")
    assert lines[1].startswith('127.0.0.1 "GET /healthz" 200')


def test_the_json_gunicorn_logger_imports_nothing_the_gevent_patch_must_come_before() -> None:
    """The master loads the logger class and writes its lines before the workers fork and patch: had a line's
    request id come from logs.current_request_id (its RQ fallback imports rq and redis, whose modules import ssl
    themselves), every worker warned "Monkey-patching ssl after ssl has already been imported ... (NOT patched):
    redis.asyncio.connection"."""
    code = ("import sys; from gunicorn.config import Config; c = Config(); "
            f"c.set('logger_class', {server.LOGGER_CLASS!r}); log = c.logger_class(c); log.info('Starting'); "
            "sys.exit('rq' in sys.modules or 'redis' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "SIYU_LOG_FORMAT": "json"})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stderr.splitlines()[-1])["message"] == "Starting"
