"""`siyu demo` as a user runs it, in a child process on a free port: for the sandbox's end-to-end and browser
tests. Stopped with Ctrl-C (SIGINT), as a user stops it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from tests.support.redis_server import free_port

START_TIMEOUT_S = 60


@dataclass(frozen=True)
class RunningDemo:
    url: str  # the bot, /sandbox included
    fake: str  # the fake WeChat API's origin
    banner: str


@contextmanager
def running_demo() -> Iterator[RunningDemo]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIYU_")}
    process = subprocess.Popen([sys.executable, "-m", "bot", "demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    banner = ""
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while "fake WeChat API:" not in banner:
            line = process.stdout.readline()  # type: ignore[union-attr]
            if not line or time.monotonic() > deadline:
                raise AssertionError(f"siyu demo did not start:\n{banner}")
            banner += line
        fake = re.search(r"(http://127\.0\.0\.1:\d+)/_fake/requests", banner)
        assert fake is not None, banner
        _drain(process)
        yield RunningDemo(url=f"http://127.0.0.1:{port}", fake=fake.group(1), banner=banner)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=15)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()


def _drain(process: subprocess.Popen[str]) -> None:
    """Keep reading the demo's log so that a full pipe never blocks it."""
    import threading

    def read() -> None:
        for _ in process.stdout or ():
            pass

    threading.Thread(target=read, name="demo-log", daemon=True).start()
