"""`siyu serve` and the Procfile's web line run gunicorn the same way (issue 16, item 3: the worker class
that keeps slow clients from starving genuine callbacks, and the access log without query strings)."""

from __future__ import annotations

import shlex

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
