"""A replicated Redis with Sentinel on free loopback ports, owned by a test: a primary, one replica and one
Sentinel (redis-server in sentinel mode), and the switch that fails the primary over.

The primary refuses writes once no replica acknowledges it (`min-replicas-to-write 1`; docs/scale-out.md): a
primary cut off from its replica then fails a write instead of accepting one a failover would discard. The
replica has no such rule, so once promoted (its old primary dead) it takes writes alone.
"""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import redis

from tests.support.redis_server import RedisServer, free_port, wait_until_answering

SERVICE = "siyu"
DOWN_AFTER_MS = 2000  # Sentinel's verdict on a silent primary (production: 5,000-30,000); 1,000 is tight on a loaded VM


class Node:
    """One redis-server process (data node or Sentinel) with its own directory and log."""

    def __init__(self, workdir: Path, name: str, binary: str) -> None:
        self.dir, self.name, self.binary, self.port = workdir / name, name, binary, free_port()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, *args: str) -> Node:
        self.process = subprocess.Popen([self.binary, *args], cwd=self.dir, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until_answering(self.client(timeout_s=0.2), self.process, what=self.name, log=self.dir / "redis.log")
        return self

    def client(self, *, timeout_s: float = 5.0) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=timeout_s, socket_connect_timeout=timeout_s)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class SentinelSet:
    """Primary, replica and Sentinel; `url` is the SIYU_REDIS_URL that finds the master through the Sentinel."""

    def __init__(self, workdir: Path) -> None:
        binary = RedisServer.find_binary()
        if binary is None:
            raise RuntimeError("redis-server not found on PATH")
        self.primary = Node(workdir, "primary", binary)
        self.replica = Node(workdir, "replica", binary)
        self.sentinel = Node(workdir, "sentinel", binary)

    @property
    def url(self) -> str:
        return f"redis+sentinel://127.0.0.1:{self.sentinel.port}/{SERVICE}/0"

    def _data_node(self, node: Node, *extra: str) -> None:
        node.start("--port", str(node.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                   "--dir", str(node.dir), "--logfile", "redis.log", "--repl-diskless-sync", "yes",
                   "--repl-diskless-sync-delay", "0", *extra)

    def start(self) -> SentinelSet:
        self._data_node(self.primary, "--min-replicas-to-write", "1", "--min-replicas-max-lag", "10")
        self._data_node(self.replica, "--replicaof", "127.0.0.1", str(self.primary.port))
        config = self.sentinel.dir / "sentinel.conf"
        config.write_text("\n".join([
            f"port {self.sentinel.port}", "bind 127.0.0.1", f"dir {self.sentinel.dir}", "logfile sentinel.log",
            f"sentinel monitor {SERVICE} 127.0.0.1 {self.primary.port} 1",
            f"sentinel down-after-milliseconds {SERVICE} {DOWN_AFTER_MS}",
            f"sentinel failover-timeout {SERVICE} 10000", f"sentinel parallel-syncs {SERVICE} 1", ""]))
        self.sentinel.start(str(config), "--sentinel")
        self.wait_until_ready()
        return self

    def wait_until_ready(self, timeout_s: float = 30) -> None:
        """Until the replica is in sync and the Sentinel knows it (it can then be promoted)."""
        deadline = time.monotonic() + timeout_s
        sentinel = self.sentinel.client()
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.RedisError):
                info = self.primary.client().info("replication")
                replicas = sentinel.sentinel_slaves(SERVICE)
                if info.get("slave0", {}).get("state") == "online" and any(
                        not r.get("is_disconnected") and not r.get("is_sdown") for r in replicas):
                    return
            time.sleep(0.1)
        raise RuntimeError("the replica did not come in sync under the Sentinel")

    def master_port(self) -> int:
        """The master's port as clients are told it (SENTINEL MASTERS, which redis-py reads): during a failover
        GET-MASTER-ADDR-BY-NAME already names the promoted replica, this only once the switch is done."""
        return int(self.sentinel.client().sentinel_masters()[SERVICE]["port"])

    def kill_primary(self) -> float:
        """SIGKILL the primary (a lost machine); seconds until the Sentinel names the replica as master."""
        began = time.monotonic()
        self.primary.kill()
        deadline = began + 60
        while self.master_port() != self.replica.port:
            if time.monotonic() > deadline:
                raise RuntimeError(f"no failover within 60 s; see {self.sentinel.dir / 'sentinel.log'}")
            time.sleep(0.05)
        return time.monotonic() - began

    def new_primary(self) -> redis.Redis:
        return self.replica.client()

    def stop(self) -> None:
        for node in (self.sentinel, self.replica, self.primary):
            node.stop()


@contextlib.contextmanager
def sentinel_set(workdir: Path) -> Iterator[SentinelSet]:
    nodes = SentinelSet(workdir)
    try:
        yield nodes.start()
    finally:
        nodes.stop()
