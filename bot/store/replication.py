"""Wait for a replica to hold a write before telling someone outside Redis that it is done (Sentinel only).

Redis replicates asynchronously: a write the primary acknowledged can be lost when the primary dies and its
replica is promoted before the write reached it. WAIT does not make a write safer; it tells the caller when
one replica has it, so an act that cannot be taken back (answering WeChat 200: it never retries) can follow
the replication instead of racing it. docs/scale-out.md says where this is used and where not, and why.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

import redis

from bot.store import keys
from bot.store.connection import uses_sentinel

# How long an answer waits for the replica (SIYU_REPLICA_WAIT_MS; 0: never wait). A healthy replica acknowledges
# in about one round trip: 0.25 ms p50, 16 ms p99 on the 2-core VM at load average 12 (docs/scale-out.md); 100 ms
# is well above that and far inside WeChat's 5 s.
REPLICA_WAIT_MS = 100
# After a wait no replica answered (the replica is down, lagging, or was promoted away and the new primary has
# none yet), answers stop waiting for this long: a failover then would lose those writes anyway, since no replica
# is keeping up to be promoted, and every callback would pay REPLICA_WAIT_MS for nothing. Logged once per period.
NO_REPLICA_RECHECK_S = 5.0
MARK_TTL_MS = 60_000  # keys.replica_mark: only its place in the replication stream matters

log = logging.getLogger("siyu.replication")


class ReplicaWait:
    """One per process and client: waits for the replica (Sentinel only), and stops waiting for a while when
    none answers. Thread- and greenlet-safe enough: the only state is a time, written whole."""

    def __init__(self, client: redis.Redis, *, wait_ms: int = REPLICA_WAIT_MS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client, self.clock, self.wait_ms = client, clock, wait_ms
        self.enabled = wait_ms > 0 and uses_sentinel(client)
        self._quiet_until = 0.0

    def __call__(self, brand: str, *, what: Callable[[], str]) -> bool | None:
        """True once a replica holds every write acknowledged to this process so far; False if none said so
        within `wait_ms`, or none did recently (`what()` is logged: a failover now would lose it); None
        without Sentinel (no replica is known: nothing to wait for, no round trip) or with `wait_ms` 0.

        WAIT counts the writes of the connection it runs on, and a callback's writes went over whichever pooled
        connections the pool handed out. So one round trip writes a mark and then WAITs, on one connection: the
        mark's place in the replication stream comes after every write acknowledged before it, and a replica
        that acknowledges the mark holds them all."""
        if not self.enabled:
            return None
        if self.clock() < self._quiet_until:
            return False
        pipe = self.client.pipeline(transaction=False)
        pipe.set(keys.replica_mark(brand), 1, px=MARK_TTL_MS)
        pipe.execute_command("WAIT", 1, self.wait_ms)
        if int(pipe.execute()[1]) >= 1:
            return True
        self._quiet_until = self.clock() + NO_REPLICA_RECHECK_S
        log.warning("%s: not on a replica after %d ms (a failover now would lose it); answering without waiting "
                    "for the next %.0f s", what(), self.wait_ms, NO_REPLICA_RECHECK_S)
        return False
