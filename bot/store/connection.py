"""Open the Redis connection: a real server (or the master a Sentinel names) from SIYU_REDIS_URL, or in-process
fakeredis.

The embedded default (no SIYU_REDIS_URL) exists for `siyu demo` and quick trials; production
web and worker processes refuse to start without a real server (see bot/cli/options.py).
"""

from __future__ import annotations

import contextlib
from queue import Empty, Full
from typing import Any

import fakeredis
import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry
from redis.sentinel import Sentinel, SentinelConnectionPool, SentinelManagedConnection

from bot.settings import Settings
from bot.store.redis_url import is_sentinel_url, parse_sentinel_url

SOCKET_TIMEOUT_S = 5.0  # a stalled Redis must not hold a callback past WeChat's 5 s
# Connections one process keeps to Redis (redis-py's own default, stated), and how long a caller waits for one
# when all are in use. A web worker under gevent serves hundreds of callbacks at once (bot/cli/server.py), each
# holding a connection for a round trip; redis-py's plain pool then refused the 101st ("Too many connections",
# answered 503). This pool makes it wait its turn instead, and only a Redis too slow to free any connection
# within POOL_WAIT_S turns into a 503 (WeChat retries). A 503 sooner than WeChat's 5 s patience gains nothing (its
# retry comes 5 s after the try began either way), while a connection freed meanwhile still answers in time: when
# Redis came back from a 12 s stall, a 2 s wait answered 503 to WeChat's last tries half a second before the
# pool had connections again.
MAX_CONNECTIONS = 100
POOL_WAIT_S = 4.0


# Sentinel only: how a command rides out a failover. A connection to the old master fails (it died, or answers
# READONLY once demoted, which redis-py turns into a ConnectionError) and redis-py retries the command on a fresh
# connection, which asks a Sentinel where the master is now. Three tries ~0.1, 0.2, 0.4 s apart cover a failover
# that has already happened (a demoted master, a promoted replica) inside WeChat's 5 s; a master still being
# elected (Sentinel's down-after-milliseconds, seconds) is an outage: the web answers 503 and WeChat retries
# (docs/scale-out.md), the worker waits for Redis (jobs/worker.py ride_out_redis_outages).
FAILOVER_RETRIES = 3
FAILOVER_BACKOFF_BASE_S, FAILOVER_BACKOFF_CAP_S = 0.1, 0.5
SENTINEL_TIMEOUT_S = 1.0  # one Sentinel's answer; a silent one is skipped for the next in the URL


class SentinelConnection(SentinelManagedConnection):
    """redis-py's Sentinel connection, reconnecting through the Sentinel whenever it reconnects.

    redis-py 8.1's `send_packed_command` reconnects a dropped connection with `connect_check_health`, which
    reuses the connection's last address, instead of `connect`, which SentinelManagedConnection overrides to
    ask the Sentinel: after a failover the retries of a command all went back to the demoted master
    ("The previous master is now a slave", tests/integration/test_sentinel_client.py)."""

    def send_packed_command(self, command: Any, check_health: bool = True) -> None:
        if not self._sock:
            self.connect()
        super().send_packed_command(command, check_health=check_health)


class LeanBlockingConnectionPool(redis.BlockingConnectionPool):
    """redis-py's BlockingConnectionPool, handing out and taking back connections without its observability
    records (issue 10: the two gets and two releases of a webhook callback cost ~0.13 M instructions of an FAQ
    callback's 1.89 M, bench/peers_instructions.py; four metric calls per get or release, each asking whether
    OpenTelemetry is set up; this saves ~0.06 M). Siyu never enables redis-py's OpenTelemetry metrics, so they
    record nothing here anyway.

    Everything else is redis-py's, in the same order: the fork check, the wait for a free connection up to
    `timeout` ("No connection available."), a new connection for an empty slot, connect, the check that a
    handed-out connection has no unread data (reconnect once, else "Connection not ready"), the release of a
    connection that failed; on release, a connection of another process is dropped for an empty slot, one marked
    for reconnection is disconnected. During a maintenance notification, or with client-side caching, redis-py's
    own methods run. tests/integration/test_lean_pool_redis.py holds both pools to the same behaviour.

    It follows redis-py 8's pool (pyproject allows 5 to 8): a redis-py whose pool lacks any of the pieces used
    here (LEAN_NEEDS) gets redis-py's own methods throughout, as it would with a plain BlockingConnectionPool.
    The handed-out connection's check is redis-py's own `ensure_connection` where it has one (8.2 and later: it
    reads pending push notifications, 8.1 let the data through); CI's fresh install took 8.2 the day it came."""

    LEAN_NEEDS = ("_in_maintenance", "cache", "pool", "timeout", "_checkpid", "make_connection", "owns_connection",
                  "maint_notifications_enabled")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._lean = all(hasattr(self, name) for name in self.LEAN_NEEDS)

    def get_connection(self, command_name: Any = None, *keys: Any, **options: Any) -> Any:
        if not self._lean or command_name is not None or keys or options or self._in_maintenance \
                or self.cache is not None:
            if command_name is None and not keys and not options:  # redis-py warns of any argument given
                return super().get_connection()
            return super().get_connection(command_name, *keys, **options)
        self._checkpid()
        try:
            connection = self.pool.get(block=True, timeout=self.timeout)
        except Empty:
            raise redis.ConnectionError("No connection available.") from None
        if connection is None:
            connection = self.make_connection()
        try:
            ensure = getattr(self, "ensure_connection", None)
            if ensure is not None:  # redis-py >= 8.2: its own check (it also reads pending push notifications)
                ensure(connection)
            else:
                self._ensure_connection_81(connection)
        except BaseException:
            self.release(connection)
            raise
        return connection

    def _ensure_connection_81(self, connection: Any) -> None:
        """redis-py 8.1's check, inline in its get_connection (8.2 made it `ensure_connection`): connected, and no
        unread data, else reconnect once (with maintenance notifications on, pending data is let through)."""
        connection.connect()
        try:
            if connection.can_read() and not self.maint_notifications_enabled():
                raise redis.ConnectionError("Connection has data")
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            connection.disconnect()
            connection.connect()
            if connection.can_read() and not self.maint_notifications_enabled():
                raise redis.ConnectionError("Connection not ready") from None

    def release(self, connection: Any) -> None:
        if not self._lean or self._in_maintenance or self.cache is not None:
            super().release(connection)
            return
        self._checkpid()
        if not self.owns_connection(connection):
            connection.disconnect()
            self.pool.put_nowait(None)
            if connection.pid == self.pid:  # as redis-py 8.2: stop tracking a connection refused (8.1 kept it)
                with contextlib.suppress(AttributeError, ValueError):
                    self._connections.remove(connection)
            return
        if connection.should_reconnect():
            connection.disconnect()
        try:  # noqa: SIM105 - contextlib.suppress would build a context manager per release
            self.pool.put_nowait(connection)
        except Full:
            pass


class SentinelBlockingConnectionPool(SentinelConnectionPool, redis.BlockingConnectionPool):
    """redis-py's Sentinel pool (finds the master, drops connections to a former one) that waits for a free
    connection like BlockingConnectionPool instead of refusing the 101st (see MAX_CONNECTIONS)."""


def connect(settings: Settings) -> redis.Redis:
    """The process's one Redis client: web, workers (RQ and the jobs share it), cron and the CLI."""
    if settings.redis_url is None:
        return fakeredis.FakeRedis(server=_embedded_server())
    return client_for(settings.redis_url)


def client_for(url: str) -> redis.Redis:
    """A client on SIYU_REDIS_URL's plain form, or on the master its Sentinel form names (the URL was checked
    by Settings: bot/store/redis_url.py)."""
    pool_options: dict[str, Any] = {
        "max_connections": MAX_CONNECTIONS, "timeout": POOL_WAIT_S, "socket_timeout": SOCKET_TIMEOUT_S,
        "socket_connect_timeout": SOCKET_TIMEOUT_S, "health_check_interval": 30, "retry_on_timeout": True,
    }
    if not is_sentinel_url(url):
        return redis.Redis(connection_pool=LeanBlockingConnectionPool.from_url(url, **pool_options))
    target = parse_sentinel_url(url)
    sentinel = Sentinel(list(target.sentinels), sentinel_kwargs={
        "socket_timeout": SENTINEL_TIMEOUT_S, "socket_connect_timeout": SENTINEL_TIMEOUT_S})
    retry = Retry(ExponentialBackoff(cap=FAILOVER_BACKOFF_CAP_S, base=FAILOVER_BACKOFF_BASE_S), FAILOVER_RETRIES)
    client: redis.Redis = sentinel.master_for(
        target.service, connection_pool_class=SentinelBlockingConnectionPool, connection_class=SentinelConnection,
        db=target.db, username=target.username, password=target.password, retry=retry, **pool_options)
    return client


def uses_sentinel(client: redis.Redis) -> bool:
    """True for a client from the Sentinel form: its master has a replica to wait for (bot/store/replication.py)."""
    return isinstance(client.connection_pool, SentinelConnectionPool)


_SERVER: fakeredis.FakeServer | None = None


def _embedded_server() -> fakeredis.FakeServer:
    """One fake server per process, so the web app and the in-process worker share data."""
    global _SERVER
    if _SERVER is None:
        _SERVER = fakeredis.FakeServer()
    return _SERVER
