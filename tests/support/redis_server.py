"""A real redis-server on a free port, owned by the test session (never the machine's 6379)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis


def wait_until_answering(client: redis.Redis, process: subprocess.Popen[bytes], *, what: str, log: Path,
                         timeout_s: float = 20) -> None:
    """PING until the server just started answers (it may be loading its AOF); closes `client`. A server that
    exits, or is not answering after `timeout_s`, is an error naming its log."""
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                client.ping()
                return
            except (redis.ConnectionError, redis.BusyLoadingError):
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(f"{what} did not start; see {log}") from None
                time.sleep(0.05)
    finally:
        client.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """Starts `redis-server` with no persistence in `workdir`; `restart()` simulates an outage."""

    def __init__(self, workdir: Path, binary: str = "redis-server") -> None:
        self.workdir = workdir
        self.binary = binary
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @staticmethod
    def find_binary() -> str | None:
        return shutil.which(os.environ.get("SIYU_REDIS_SERVER", "redis-server"))

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> RedisServer:
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
             "--dir", str(self.workdir), "--logfile", str(self.workdir / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return self
            except redis.ConnectionError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"redis-server did not start; see {self.workdir / 'redis.log'}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def client(self) -> redis.Redis:
        return redis.Redis.from_url(self.url)


@contextmanager
def throwaway_redis(binary: str = "redis-server") -> Iterator[redis.Redis]:
    """A client of a redis-server started in a temporary folder (a benchmark's), stopped and removed after."""
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir), binary).start()
        try:
            yield redis.Redis.from_url(server.url)
        finally:
            server.stop()
