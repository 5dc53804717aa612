"""Wait for a replica to hold a write before telling someone outside Redis that it is done (Sentinel only).

Redis replicates asynchronously: a write the primary acknowledged can be lost when the primary dies and its
replica is promoted before the write reached it. WAIT does not make a write safer; it tells the caller when
one replica has it, so an act that cannot be taken back (answering WeChat 200: it never retries) can follow
the replication instead of racing it. docs/scale-out.md says where this is used and where not, and why.
"""

from __future__ import annotations

import logging

import redis

from bot.store import keys
from bot.store.connection import uses_sentinel

# How long an answer waits for the replica. A healthy replica on the same network acknowledges in about one
# round trip (measured: docs/scale-out.md); 100 ms is far above that and far inside WeChat's 5 s. A replica
# that is down or lagging costs every callback this much, and the callback is answered anyway (logged).
REPLICA_WAIT_MS = 100
MARK_TTL_MS = 60_000  # keys.replica_mark: only its place in the replication stream matters

log = logging.getLogger("siyu.replication")


def wait_for_replica(client: redis.Redis, brand: str, *, what: str) -> bool | None:
    """True once a replica holds every write acknowledged to this process so far; False if none said so within
    REPLICA_WAIT_MS (logged with `what`: a failover now would lose it); None without Sentinel (no replica is
    known: nothing to wait for, no round trip).

    WAIT counts the writes of the connection it runs on, and a callback's writes went over whichever pooled
    connections the pool handed out. So one round trip writes a mark and then WAITs, on one connection: the
    mark's place in the replication stream comes after every write acknowledged before it, and a replica that
    acknowledges the mark holds them all."""
    if not uses_sentinel(client):
        return None
    pipe = client.pipeline(transaction=False)
    pipe.set(keys.replica_mark(brand), 1, px=MARK_TTL_MS)
    pipe.execute_command("WAIT", 1, REPLICA_WAIT_MS)
    acknowledged = int(pipe.execute()[1])
    if acknowledged < 1:
        log.warning("%s: not on a replica after %d ms (a failover now would lose it)", what, REPLICA_WAIT_MS)
    return acknowledged >= 1
