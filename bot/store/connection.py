"""Open the Redis connection: a real server from SIYU_REDIS_URL, or in-process fakeredis.

The embedded default (no SIYU_REDIS_URL) exists for `siyu demo` and quick trials; production
web and worker processes refuse to start without a real server (see bot/cli/options.py).
"""

from __future__ import annotations

import fakeredis
import redis

from bot.settings import Settings

SOCKET_TIMEOUT_S = 5.0  # a stalled Redis must not hold a callback past WeChat's 5 s
# Connections one process keeps to Redis (redis-py's own default, stated), and how long a caller waits for one
# when all are in use. A web worker under gevent serves hundreds of callbacks at once (bot/cli/server.py), each
# holding a connection for a round trip; redis-py's plain pool then refused the 101st ("Too many connections",
# answered 503). This pool makes it wait its turn instead, and only a Redis too slow to free any connection
# within POOL_WAIT_S turns into a 503 (WeChat retries).
MAX_CONNECTIONS = 100
POOL_WAIT_S = 2.0


def connect(settings: Settings) -> redis.Redis:
    if settings.redis_url is None:
        return fakeredis.FakeRedis(server=_embedded_server())
    pool = redis.BlockingConnectionPool.from_url(
        settings.redis_url,
        max_connections=MAX_CONNECTIONS,
        timeout=POOL_WAIT_S,
        socket_timeout=SOCKET_TIMEOUT_S,
        socket_connect_timeout=SOCKET_TIMEOUT_S,
        health_check_interval=30,
        retry_on_timeout=True,
    )
    return redis.Redis(connection_pool=pool)


_SERVER: fakeredis.FakeServer | None = None


def _embedded_server() -> fakeredis.FakeServer:
    """One fake server per process, so the web app and the in-process worker share data."""
    global _SERVER
    if _SERVER is None:
        _SERVER = fakeredis.FakeServer()
    return _SERVER
