"""bot/store/connection.py LeanBlockingConnectionPool against a real redis-server: what redis-py's
BlockingConnectionPool does, checked on both pools side by side (the lean one only drops its metric records)."""

from __future__ import annotations

import select
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis

from bot.store.connection import LeanBlockingConnectionPool, client_for

POOLS = [redis.BlockingConnectionPool, LeanBlockingConnectionPool]


@pytest.fixture(params=POOLS, ids=["redis-py", "lean"])
def make_pool(request: pytest.FixtureRequest, real_redis: redis.Redis) -> Iterator[Callable[..., Any]]:
    made: list[Any] = []

    def make(**options: Any) -> Any:
        pool = request.param(**{**real_redis.connection_pool.connection_kwargs, **options})
        made.append(pool)
        return pool

    yield make
    for pool in made:
        pool.disconnect()


def test_the_web_client_uses_the_lean_pool(real_redis: redis.Redis) -> None:
    options = real_redis.connection_pool.connection_kwargs
    client = client_for(f"redis://{options['host']}:{options['port']}/{options.get('db', 0)}")
    assert type(client.connection_pool) is LeanBlockingConnectionPool
    assert client.connection_pool.max_connections == 100 and client.connection_pool.timeout == 4.0
    assert client.ping()
    client.close()


def test_a_connection_given_back_is_handed_out_again(make_pool: Callable[..., Any]) -> None:
    pool = make_pool(max_connections=2, timeout=0.1)
    first = pool.get_connection()
    pool.release(first)
    assert pool.get_connection() is first  # last in, first out
    second = pool.get_connection()
    assert second is not first and len(pool._connections) == 2
    pool.release(first)
    pool.release(second)


def test_an_exhausted_pool_waits_its_timeout_then_refuses(make_pool: Callable[..., Any]) -> None:
    pool = make_pool(max_connections=1, timeout=0.05)
    held = pool.get_connection()
    with pytest.raises(redis.ConnectionError, match=r"No connection available\."):
        pool.get_connection()
    threading.Timer(0.05, pool.release, args=(held,)).start()  # freed while a caller waits: that caller gets it
    pool.timeout = 5.0
    assert pool.get_connection() is held


def test_a_connection_with_unread_data_is_handed_out_as_redis_py_does(real_redis: redis.Redis) -> None:
    """Reconnected, unless redis-py skips the check (with maintenance notifications on): the same either way."""
    seen = []
    for kind in POOLS:
        pool = kind(max_connections=1, timeout=0.1, **real_redis.connection_pool.connection_kwargs)
        connection = pool.get_connection()
        connection.send_command("PING")  # its reply is never read
        select.select([connection._sock], [], [], 2.0)  # until the PONG has arrived
        pool.release(connection)
        again = pool.get_connection()
        again.send_command("ECHO", "mine")
        seen.append((again is connection, again.read_response(), pool.maint_notifications_enabled()))
        pool.release(again)
        pool.disconnect()
    assert seen[0] == seen[1]


def test_a_connection_of_another_process_is_dropped_for_a_new_one(make_pool: Callable[..., Any]) -> None:
    pool = make_pool(max_connections=1, timeout=0.1)
    connection = pool.get_connection()
    connection.pid = -1  # as if inherited through a fork
    pool.release(connection)
    assert connection._sock is None  # disconnected
    fresh = pool.get_connection()
    assert fresh is not connection
    pool.release(fresh)


def test_a_connection_that_cannot_connect_is_given_back(make_pool: Callable[..., Any]) -> None:
    pool = make_pool(max_connections=1, timeout=0.1, port=1, socket_connect_timeout=0.2)  # nothing listens
    with pytest.raises(redis.ConnectionError):
        pool.get_connection()
    with pytest.raises(redis.ConnectionError, match="Error"):  # the slot is free again: a new try, not a wait
        pool.get_connection()


def test_a_redis_py_without_the_pieces_it_follows_gets_redis_pys_own_methods(
        real_redis: redis.Redis, monkeypatch: pytest.MonkeyPatch) -> None:
    """pyproject allows redis-py 5 to 8; the lean path follows 8's pool. One whose pool lacks a piece it reads
    (here `maint_notifications_enabled`, which redis-py 5 has not) must not break: redis-py's methods serve."""
    pool = LeanBlockingConnectionPool(**real_redis.connection_pool.connection_kwargs)
    assert pool._lean
    monkeypatch.setattr(LeanBlockingConnectionPool, "LEAN_NEEDS", (*LeanBlockingConnectionPool.LEAN_NEEDS,
                                                                   "a_piece_this_redis_py_lacks"))
    older = LeanBlockingConnectionPool(**real_redis.connection_pool.connection_kwargs)
    assert not older._lean
    client = redis.Redis(connection_pool=older)
    assert client.ping() and client.set("lean:fallback", "1") and client.get("lean:fallback") == b"1"
    client.close()
    pool.disconnect()
