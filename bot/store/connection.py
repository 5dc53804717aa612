"""Open the Redis connection: a real server from SIYU_REDIS_URL, or in-process fakeredis.

The embedded default (no SIYU_REDIS_URL) exists for `siyu demo` and quick trials; production
web and worker processes refuse to start without a real server (see bot/cli/options.py).
"""

from __future__ import annotations

import fakeredis
import redis

from bot.settings import Settings

SOCKET_TIMEOUT_S = 5.0  # a stalled Redis must not hold a callback past WeChat's 5 s


def connect(settings: Settings) -> redis.Redis:
    if settings.redis_url is None:
        return fakeredis.FakeRedis(server=_embedded_server())
    return redis.Redis.from_url(
        settings.redis_url,
        socket_timeout=SOCKET_TIMEOUT_S,
        socket_connect_timeout=SOCKET_TIMEOUT_S,
        health_check_interval=30,
        retry_on_timeout=True,
    )


_SERVER: fakeredis.FakeServer | None = None


def _embedded_server() -> fakeredis.FakeServer:
    """One fake server per process, so the web app and the in-process worker share data."""
    global _SERVER
    if _SERVER is None:
        _SERVER = fakeredis.FakeServer()
    return _SERVER
