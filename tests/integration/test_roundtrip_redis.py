"""bot/store/roundtrip.py against a real redis-server: the replies redis-py's pipeline gives, in one round trip."""

from __future__ import annotations

import pytest
import redis

from bot.store import roundtrip
from bot.store.scripting import evalsha_loading, execute_loading, queue_script


def queued(client: redis.Redis) -> redis.client.Pipeline:
    pipe = client.pipeline(transaction=False)
    pipe.set("k", "v")
    pipe.get("k")
    pipe.exists("k", "missing")
    pipe.hset("h", mapping={"a": "1", "b": "2"})
    pipe.hmget("h", ["a", "zz", "b"])
    pipe.hgetall("h")
    pipe.incr("k")  # not an integer: an error in its place
    pipe.xadd("s", {"f": "x"}, maxlen=10, approximate=True, id="5-1")
    pipe.set("k2", "v", nx=True, get=False)
    return pipe


def test_the_replies_are_the_pipelines(real_redis: redis.Redis) -> None:
    expected = queued(real_redis).execute(raise_on_error=False)
    real_redis.flushdb()
    got = roundtrip.run(real_redis, queued(real_redis).command_stack)
    assert [type(r) for r in got] == [type(r) for r in expected]
    assert [r for r in got if not isinstance(r, Exception)] == [r for r in expected if not isinstance(r, Exception)]
    assert isinstance(got[6], redis.ResponseError) and str(got[6]) == str(expected[6])


def test_a_round_trip_is_one_connection_taken_and_given_back(real_redis: redis.Redis) -> None:
    """With a pool of one connection that waits 0.1 s for it, a second round trip finds it free again."""
    pool = redis.BlockingConnectionPool(max_connections=1, timeout=0.1, **real_redis.connection_pool.connection_kwargs)
    client = redis.Redis(connection_pool=pool)
    for _ in range(3):
        assert roundtrip.run(client, queued(client).command_stack)[1] == b"v"
    roundtrip.run(client, [(("INCR", "k"), {})])  # a reply error: the connection is given back all the same
    assert client.get("k") == b"v"
    pool.disconnect()


def test_scripts_by_sha_are_loaded_after_a_script_flush(real_redis: redis.Redis) -> None:
    body = "return redis.call('INCR', KEYS[1])"
    real_redis.script_flush()
    pipe = real_redis.pipeline(transaction=False)
    queue_script(pipe, body, 1, "n", by_sha=True)
    pipe.get("n")
    assert execute_loading(real_redis, pipe) == [1, None]  # the GET ran before the script was loaded and run
    real_redis.script_flush()
    assert evalsha_loading(real_redis, body, ["n"], []) == 2
    assert evalsha_loading(real_redis, body, ["n"], []) == 3  # known now: no load
    with pytest.raises(redis.ResponseError):
        evalsha_loading(real_redis, "return redis.call('INCR')", [], [])  # a script error is raised


def test_a_round_trip_stopped_midway_leaves_no_reply_for_the_next(real_redis: redis.Redis,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """An error the retry does not cover, after the commands went out and before every reply was read: the next
    round trip on the pool reads its own replies, not the ones left over (redis-py's pool will not hand out a
    connection with unread data: it reconnects it)."""
    pool = redis.ConnectionPool(max_connections=1, **real_redis.connection_pool.connection_kwargs)
    client = redis.Redis(connection_pool=pool)
    client.set("a", "1")
    client.set("b", "2")
    reads = {"n": 0}
    original = redis.connection.AbstractConnection.read_response

    def read_then_stop(self: redis.connection.AbstractConnection, *args: object, **kwargs: object) -> object:
        reads["n"] += 1
        if reads["n"] == 2:
            raise RuntimeError("stopped between two replies")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(redis.connection.AbstractConnection, "read_response", read_then_stop)
    with pytest.raises(RuntimeError):
        roundtrip.run(client, [(("GET", "a"), {}), (("GET", "b"), {}), (("GET", "a"), {})])
    monkeypatch.setattr(redis.connection.AbstractConnection, "read_response", original)
    assert roundtrip.run(client, [(("GET", "b"), {})]) == [b"2"]  # not "1", left from the stopped round trip
    pool.disconnect()
