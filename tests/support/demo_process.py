"""`siyu demo` as a user runs it, in a child process on a free port: for the sandbox's end-to-end and browser
tests. Stopped with Ctrl-C (SIGINT), as a user stops it."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
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
    """The demo, started as the README's first command does; stopped with Ctrl-C, which must end it cleanly
    (exit 0) within 15 s. If it hangs, its threads are dumped (PYTHONFAULTHANDLER, on SIGABRT) into the failure."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIYU_")} | {"PYTHONFAULTHANDLER": "1"}
    process = subprocess.Popen([sys.executable, "-m", "bot", "demo", "--port", str(port)], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    banner = ""
    output: list[str] = []
    deadline = time.monotonic() + START_TIMEOUT_S
    try:
        while "fake WeChat API:" not in banner:
            line = process.stdout.readline()  # type: ignore[union-attr]
            if not line or time.monotonic() > deadline:
                raise AssertionError(f"siyu demo did not start:\n{banner}")
            banner += line
        fake = re.search(r"(http://127\.0\.0\.1:\d+)/_fake/requests", banner)
        assert fake is not None, banner
        # keep reading what the demo prints (a pipe nobody reads fills, and then every thread that logs blocks),
        # and keep it for the failure messages below
        threading.Thread(target=output.extend, args=(process.stdout,), name="demo-log", daemon=True).start()
        yield RunningDemo(url=f"http://127.0.0.1:{port}", fake=fake.group(1), banner=banner)
    finally:
        process.send_signal(signal.SIGINT)  # Ctrl-C, as a user stops it
        try:
            try:
                code = process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGABRT)
                time.sleep(2)
                raise AssertionError("siyu demo did not exit within 15 s of Ctrl-C; its threads:\n"
                                     + "".join(output[-150:])) from None
            assert code == 0, f"siyu demo exited {code} on Ctrl-C; its last lines:\n{''.join(output[-40:])}"
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
