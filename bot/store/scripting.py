"""Scripts in a pipeline by their SHA, loaded when Redis does not know them (it restarted, or never saw them).

redis-py sends a registered script inside a pipeline only after asking SCRIPT EXISTS, a round trip of its own;
with EVAL the whole body travels, and Redis hashes it, on every call (the member touch is ~6.7 KB: ~30 µs of
Redis CPU per webhook callback, bench/webhook_cpu.py). `queue_script(..., by_sha=True)` queues EVALSHA instead,
and `execute_loading` runs the pipeline, then loads each script Redis answered NOSCRIPT for and runs that command
again on its own: the other commands of the batch have run, and the NOSCRIPT one had not run at all, so each
command still runs once, in a second round trip that only a Redis restart costs.
"""

from __future__ import annotations

import hashlib
from typing import Any

import redis

from bot.store import roundtrip
from bot.store.stack import push

_BODIES: dict[str, str] = {}  # sha1 -> script body, for the scripts queued by their SHA
_SHAS: dict[str, str] = {}  # script body -> sha1 (hashing a 6.7 KB body costs more than this lookup)


def sha_of(body: str) -> str:
    sha = _SHAS.get(body)
    if sha is None:
        sha = _SHAS[body] = hashlib.sha1(body.encode()).hexdigest()  # noqa: S324 - Redis names scripts by SHA-1
        _BODIES[sha] = body
    return sha


def queue_script(pipe: redis.client.Pipeline, body: str, numkeys: int, *args: Any, by_sha: bool = False) -> None:
    """Queue a script call: EVALSHA when `by_sha` (the pipeline must then run through `execute_loading`), else
    EVAL with its body (for callers that execute the pipeline themselves)."""
    if by_sha:
        push(pipe, "EVALSHA", sha_of(body), numkeys, *args)  # pipe.evalsha(...), without redis-py's layers
    else:
        push(pipe, "EVAL", body, numkeys, *args)


def execute_loading(client: redis.Redis, pipe: redis.client.Pipeline) -> list[Any]:
    """`pipe.execute()`, loading and running again on its own each script Redis did not know. Any other error
    is raised, the first one, as `execute()` raises it. A plain non-transactional pipeline is sent by
    `roundtrip.run` (the same replies, fewer layers)."""
    commands = [args for args, _options in pipe.command_stack]
    if pipe.transaction or pipe.scripts or not roundtrip.plain(pipe.command_stack):
        results = pipe.execute(raise_on_error=False)
    else:  # the webhook's first round trip: without redis-py's pipeline layers (bot/store/roundtrip.py)
        results = roundtrip.run(client, pipe.command_stack)
        pipe.command_stack = []  # as execute() leaves it
    for index, result in enumerate(results):
        if isinstance(result, redis.exceptions.NoScriptError) and commands[index][0] == "EVALSHA":
            sha = commands[index][1]
            client.script_load(_BODIES[sha])
            results[index] = client.evalsha(sha, *commands[index][2:])
        elif isinstance(result, Exception):
            raise result
    return results


def evalsha_loading(client: redis.Redis, body: str, keys: list[Any], args: list[Any]) -> Any:
    """`client.register_script(body)(keys=keys, args=args)` in one round trip through `roundtrip.run`: EVALSHA,
    and when Redis does not know the script (it restarted), SCRIPT LOAD and EVALSHA again. A script error is
    raised, as redis-py's Script raises it."""
    command = ("EVALSHA", sha_of(body), len(keys), *keys, *args)
    [reply] = roundtrip.run(client, [(command, {})])
    if isinstance(reply, redis.exceptions.NoScriptError):
        client.script_load(body)
        [reply] = roundtrip.run(client, [(command, {})])
    if isinstance(reply, redis.ResponseError):
        raise reply
    return reply
