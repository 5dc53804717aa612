"""One round trip of commands on a pooled connection: what a non-transactional redis-py pipeline's `execute`
does, without its per-command layers.

Why: the webhook makes two round trips per callback (the claim with the member touch, and the commit), and
redis-py 8.1's pipeline spends ~340 Python calls per callback around them (command stack, the HIMPORT pre-flight,
observability timers, per-command option handling: bench/peers_instructions.py, issue 10). This keeps what
matters for the contract and drops the rest:

- the connection comes from the client's own pool and goes back to it (BlockingConnectionPool's wait, health
  checks on send, Sentinel's master lookup all stay redis-py's);
- the send and the reads run under the connection's `retry` with a disconnect between tries, as redis-py's
  pipeline does (a timeout resends everything: the callback ledger already treats "our own claim ran twice");
- each reply goes through the client's response callback for its command, as `Redis.parse_response` does, and a
  ResponseError is returned in its place (raise_on_error=False): the caller decides.

Not for transactions (MULTI/EXEC, WATCH), nor for commands needing NEVER_DECODE / EMPTY_RESPONSE options: the
callers here queue plain commands and scripts on a redis-py pipeline and hand over its command stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import hiredis  # a dependency (redis[hiredis]): redis-py packs and parses with it
import redis
from redis.client import EMPTY_RESPONSE, NEVER_DECODE
from redis.connection import HiredisRespSerializer

Stack = Sequence[tuple[tuple[Any, ...], dict[str, Any]]]  # a redis-py pipeline's command_stack: (args, options)


def plain(stack: Stack) -> bool:
    """Every command of `stack` can go through `run`: none asks for redis-py's reply options."""
    for _args, options in stack:  # noqa: SIM110 - a loop, not all(generator): asked for every round trip
        if options and (NEVER_DECODE in options or EMPTY_RESPONSE in options):
            return False
    return True


def run(client: redis.Redis, stack: Stack) -> list[Any]:
    """Send the commands of `stack` in one write and return their replies, each parsed by the client's response
    callback for its command (with the command's options, as redis-py does), a ResponseError object in place of a
    failed one. `stack` must be `plain`."""
    commands = [args for args, _options in stack]
    pool = client.connection_pool
    connection = pool.get_connection()
    try:
        replies: list[Any] = connection.retry.call_with_retry(lambda: _send_and_read(connection, commands),
                                                              lambda _error: connection.disconnect())
    finally:
        pool.release(connection)
    callbacks = client.response_callbacks
    for index, ((args, options), reply) in enumerate(zip(stack, replies, strict=True)):
        parse = callbacks.get(args[0])
        if parse is not None and not isinstance(reply, redis.ResponseError):
            replies[index] = parse(reply, **{k: v for k, v in options.items() if k != "keys"}) if options \
                else parse(reply)
    return replies


def _send_and_read(connection: Any, commands: Sequence[tuple[Any, ...]]) -> list[Any]:
    connection.send_packed_command(_packed(connection, commands))
    replies: list[Any] = []
    for _ in commands:
        try:
            replies.append(connection.read_response())
        except redis.ResponseError as error:
            replies.append(error)
    return replies


def _packed(connection: Any, commands: Sequence[tuple[Any, ...]]) -> Any:
    """The commands in the Redis protocol: hiredis's `pack_command` on each, as the connection's own
    HiredisRespSerializer would call it (the same bytes), without its per-argument Python pass (a command name
    with a space, or an argument hiredis refuses, goes the connection's own way and fails there as usual)."""
    if not isinstance(getattr(connection, "_command_packer", None), HiredisRespSerializer):
        return connection.pack_commands(commands)
    for args in commands:  # a loop, not any(generator): every round trip asks
        if not isinstance(args[0], str) or " " in args[0]:
            return connection.pack_commands(commands)
    try:
        return [b"".join([hiredis.pack_command(args) for args in commands])]
    except TypeError:
        return connection.pack_commands(commands)
