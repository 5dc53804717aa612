"""bot/store/stack.py: a command pushed on a pipeline is the command redis-py's method would have queued."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import fakeredis
import pytest
import redis

from bot.store.stack import push, push_xadd


def stacks(through_redis_py: Callable[[redis.client.Pipeline], Any],
           pushed: Callable[[redis.client.Pipeline], Any]) -> tuple[list[Any], list[Any]]:
    client = redis.Redis()  # never connects: nothing is executed
    expected, got = client.pipeline(transaction=False), client.pipeline(transaction=False)
    through_redis_py(expected)
    pushed(got)
    # redis-py adds a `keys` option to some read commands, for its client-side cache and Cluster only
    return ([(args, {k: v for k, v in options.items() if k != "keys"}) for args, options in expected.command_stack],
            got.command_stack)


@pytest.mark.parametrize(("through_redis_py", "pushed"), [
    (lambda p: p.evalsha("f" * 40, 0, "siyu:b:", 11628, "7093", 1796336321, "oa", "", 0),
     lambda p: push(p, "EVALSHA", "f" * 40, 0, "siyu:b:", 11628, "7093", 1796336321, "oa", "", 0)),
    (lambda p: p.eval("return 1", 1, "k", b"\x00v"), lambda p: push(p, "EVAL", "return 1", 1, "k", b"\x00v")),
    (lambda p: p.exists("siyu:b:parked:m1"), lambda p: push(p, "EXISTS", "siyu:b:parked:m1")),
    (lambda p: p.hmget("siyu:b:enr:371b", ["m1:newcomer", "m1:vip"]),
     lambda p: push(p, "HMGET", "siyu:b:enr:371b", "m1:newcomer", "m1:vip")),
    (lambda p: p.hincrby("siyu:b:count:events:2026-12-03", "in.text", 2),
     lambda p: push(p, "HINCRBY", "siyu:b:count:events:2026-12-03", "in.text", 2)),
    (lambda p: p.expire("siyu:b:count:events:2026-12-03", 34560000),
     lambda p: push(p, "EXPIRE", "siyu:b:count:events:2026-12-03", 34560000)),
    (lambda p: p.xadd("siyu:b:events", {"type": "in.text", "at": "1796336321", "text": "可以寄到美国吗？"},
                      maxlen=100_000, approximate=True),
     lambda p: push_xadd(p, "siyu:b:events", {"type": "in.text", "at": "1796336321", "text": "可以寄到美国吗？"},
                         100_000)),
])
def test_the_stack_is_redis_pys(through_redis_py: Callable[[redis.client.Pipeline], Any],
                                pushed: Callable[[redis.client.Pipeline], Any]) -> None:
    expected, got = stacks(through_redis_py, pushed)
    assert got == expected
    assert [type(a) for args, _ in got for a in args] == [type(a) for args, _ in expected for a in args]


def test_pushed_commands_run_as_redis_pys_do() -> None:
    client = fakeredis.FakeRedis()
    pipe = client.pipeline(transaction=False)
    push_xadd(pipe, "s", {"type": "a", "at": "1"}, 100_000)
    push(pipe, "HINCRBY", "c", "a", 3)
    push(pipe, "EXPIRE", "c", 60)
    push(pipe, "EXISTS", "c")
    push(pipe, "HMGET", "c", "a", "b")
    entry_id, *rest = pipe.execute()
    assert rest == [3, True, 1, [b"3", None]]  # each reply parsed by the client's callback for its command
    assert client.xrange("s") == [(entry_id, {b"type": b"a", b"at": b"1"})]


def test_a_watching_pipeline_runs_the_command_at_once_as_redis_py_does() -> None:
    client = fakeredis.FakeRedis()
    with client.pipeline(transaction=True) as pipe:
        pipe.watch("k")
        push(pipe, "SET", "k", "v")
        assert pipe.command_stack == [] and client.get("k") == b"v"
