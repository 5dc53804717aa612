"""Scripts queued by their SHA in a pipeline (bot/store/scripting.py), against a real redis-server: Redis that does
not know a script (it restarted) answers NOSCRIPT for it alone; it is loaded and run once, the rest ran once."""

from __future__ import annotations

import pytest
import redis

from bot.store import scripting
from bot.store.scripting import LuaFunction, execute_loading, queue_function, queue_script

_BUMP = "return redis.call('HINCRBY', KEYS[1], ARGV[1], 1)"


def test_a_script_redis_does_not_know_is_loaded_and_run_once(real_redis: redis.Redis) -> None:
    real_redis.script_flush()
    pipe = real_redis.pipeline(transaction=False)
    pipe.hincrby("counts", "before", 1)
    queue_script(pipe, _BUMP, 1, "counts", "script", by_sha=True)
    pipe.hincrby("counts", "after", 1)
    assert execute_loading(real_redis, pipe) == [1, 1, 1]
    assert real_redis.hgetall("counts") == {b"before": b"1", b"script": b"1", b"after": b"1"}
    pipe = real_redis.pipeline(transaction=False)  # loaded now: one round trip, no second run
    queue_script(pipe, _BUMP, 1, "counts", "script", by_sha=True)
    assert execute_loading(real_redis, pipe) == [2]


def test_other_errors_are_raised_as_execute_raises_them(real_redis: redis.Redis) -> None:
    real_redis.set("a-string", "x")
    pipe = real_redis.pipeline(transaction=False)
    queue_script(pipe, _BUMP, 1, "a-string", "f", by_sha=True)
    with pytest.raises(redis.ResponseError, match="WRONGTYPE"):
        execute_loading(real_redis, pipe)


def test_a_redis_that_refuses_fcall_runs_the_function_as_its_script(real_redis: redis.Redis,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """An ACL without FCALL answers NOPERM (a Redis before 7: unknown command): the command runs as its script, in
    the same call, and this process queues scripts from then on; before, the error reached the webhook."""
    monkeypatch.setitem(scripting._refused, "functions", False)
    real_redis.acl_setuser("nofcall", enabled=True, passwords=["+pw"], keys=["*"], channels=["*"],
                           commands=["+@all", "-fcall", "-function"])
    bump = LuaFunction(name="siyu_test_bump", script=_BUMP,
                       library="#!lua name=siyu_test_bump\nredis.register_function('siyu_test_bump', "
                               "function(keys, args) return redis.call('HINCRBY', keys[1], args[1], 1) end)")
    kwargs = real_redis.connection_pool.connection_kwargs
    client = redis.Redis(host=kwargs["host"], port=kwargs["port"], username="nofcall", password="pw")
    try:
        pipe = client.pipeline(transaction=False)
        queue_function(pipe, bump, 1, "fn-counts", "refused")
        assert execute_loading(client, pipe) == [1]
        assert scripting._refused["functions"]
        pipe = client.pipeline(transaction=False)
        queue_function(pipe, bump, 1, "fn-counts", "refused")  # a script now, from the start
        assert pipe.command_stack[0][0][0] == "EVALSHA"
        assert execute_loading(client, pipe) == [2]
    finally:
        client.close()
        real_redis.acl_deluser("nofcall")
