"""Scripts in a pipeline by their SHA, loaded when Redis does not know them (it restarted, or never saw them).

redis-py sends a registered script inside a pipeline only after asking SCRIPT EXISTS, a round trip of its own;
with EVAL the whole body travels, and Redis hashes it, on every call (the member touch is ~6.7 KB: ~30 µs of
Redis CPU per webhook callback, bench/webhook_cpu.py). `queue_script(..., by_sha=True)` queues EVALSHA instead,
and `execute_loading` runs the pipeline, then loads each script Redis answered NOSCRIPT for and runs that command
again on its own: the other commands of the batch have run, and the NOSCRIPT one had not run at all, so each
command still runs once, in a second round trip that only a Redis restart costs.

A script whose body starts with a long prelude of helper functions (the member scripts) pays for running that
prelude on every call: Redis runs a script's whole body each time, so each `local function` is made again (the
member touch: ~38 k of its ~250 k redis-server instructions, bench/peers_instructions.py --redis-count, branch
hot6). A Redis function library (FUNCTION LOAD, Redis 7) runs its top level once, when loaded; `queue_function`
queues FCALL of such a library's function, and `execute_loading` loads the library when Redis does not know the
function (after a restart; libraries are kept by RDB/AOF and replicated like data) and runs that command again on
its own, as for a script. A Redis that refuses FUNCTION LOAD or FCALL (a Redis before 7, a managed service that
forbids them, an ACL) makes this process call the same body as a plain script (EVALSHA) from then on: slower, same
result.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from typing import Any

import redis

from bot.store import roundtrip
from bot.store.stack import push

log = logging.getLogger("siyu.store")
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


@dataclass(frozen=True)
class LuaFunction:
    """A function of a Redis function library, with the same code as a plain script for a Redis without them."""

    name: str  # what FCALL names; also the library's name (one function per library)
    library: str  # the FUNCTION LOAD source, "#!lua name=<name>" first
    script: str  # the same body as an EVAL script (KEYS and ARGV globals)


_FUNCTIONS: dict[str, LuaFunction] = {}  # name -> function, for the FCALLs queued by this process
_refused = {"functions": False}  # set once Redis refused FUNCTION LOAD: scripts from then on


def queue_function(pipe: redis.client.Pipeline, function: LuaFunction, numkeys: int, *args: Any) -> None:
    """Queue FCALL of `function` (the pipeline must run through `execute_loading`), or EVALSHA of its script once
    Redis has refused to load a library."""
    if _refused["functions"]:
        push(pipe, "EVALSHA", sha_of(function.script), numkeys, *args)
    else:
        _FUNCTIONS[function.name] = function
        push(pipe, "FCALL", function.name, numkeys, *args)


def _function_missing(result: object, command: tuple[Any, ...]) -> bool:
    return (command[0] == "FCALL" and isinstance(result, redis.ResponseError)
            and "function not found" in str(result).lower())


def _fcall_refused(result: object, command: tuple[Any, ...]) -> bool:
    """Redis refused FCALL itself: a Redis before 7 ("unknown command") or an ACL without it (NOPERM)."""
    if command[0] != "FCALL" or not isinstance(result, redis.ResponseError):
        return False
    text = str(result).lower()
    return "unknown command" in text or "noperm" in text or "no permissions" in text


def _as_script(client: redis.Redis, command: tuple[Any, ...], why: object) -> Any:
    """Run the FCALL `command`'s function as its script, and queue scripts from then on (`_refused`)."""
    log.warning("redis refused functions (%s): the member touch runs as a script instead", why)
    _refused["functions"] = True
    function = _FUNCTIONS[command[1]]
    numkeys = int(command[2])
    return evalsha_loading(client, function.script, list(command[3:3 + numkeys]), list(command[3 + numkeys:]))


def _load_and_call(client: redis.Redis, command: tuple[Any, ...]) -> Any:
    """Load the library of the FCALL `command` (Redis answered that it does not know the function) and run the
    command again; or its script, when Redis refuses the library."""
    function = _FUNCTIONS[command[1]]
    try:
        client.function_load(function.library)
    except redis.ResponseError as error:
        if "already exists" not in str(error):  # another process loaded it meanwhile: call it
            return _as_script(client, command, error)
    return client.fcall(*command[1:])


def execute_loading(client: redis.Redis, pipe: redis.client.Pipeline) -> list[Any]:
    """`pipe.execute()`, loading and running again on its own each script or function Redis did not know. Any other
    error is raised, the first one, as `execute()` raises it. A plain non-transactional pipeline is sent by
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
        elif _function_missing(result, commands[index]):
            results[index] = _load_and_call(client, commands[index])
        elif _fcall_refused(result, commands[index]):
            results[index] = _as_script(client, commands[index], result)
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
