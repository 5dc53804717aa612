"""Queue a command on a redis-py pipeline as its command methods do, without their layers.

`pipe.hincrby(key, field, 1)` goes through the command method, `execute_command` (which checks for WATCH) and
`pipeline_execute_command`, to append `(args, options)` to the pipeline's `command_stack`. The webhook queues ~11
commands per callback on its two round trips (claim and touch scripts, EXISTS, HMGET; XADD, HINCRBY, EXPIRE and
the member update): ~0.6 µs each through redis-py, ~0.1 µs appended here (issue 10). `push` appends the same
args redis-py's method would (tests/unit/test_stack.py compares the stacks command by command); the `keys`
option redis-py adds to a few read commands is left out: it serves only client-side caching and Cluster, which
these pipelines never use, and round trips drop it (bot/store/roundtrip.py). A pipeline WATCHing a key runs a
command at once in redis-py: `push` does the same through redis-py's own path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import redis

STREAM_MAXLEN_FLAGS = (b"MAXLEN", b"~")  # as redis-py's xadd(maxlen=..., approximate=True) spells them


def push(pipe: redis.client.Pipeline, *args: Any) -> None:
    """`pipe.execute_command(*args)`: appended to the stack, or run now on a pipeline that is WATCHing."""
    if pipe.watching:
        pipe.execute_command(*args)
    else:
        pipe.command_stack.append((args, {}))


def push_xadd(pipe: redis.client.Pipeline, stream: str, fields: Mapping[str, Any], maxlen: int) -> None:
    """`pipe.xadd(stream, fields, maxlen=maxlen, approximate=True)` (fields must not be empty)."""
    args: list[Any] = ["XADD", stream, *STREAM_MAXLEN_FLAGS, str(maxlen), "*"]
    for pair in fields.items():
        args += pair
    push(pipe, *args)
