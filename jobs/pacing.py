"""How one delivery job spends its time: sends on a few threads, in order per recipient, until told to stop.

A job stops sending (and hands the rest back, jobs/deliver.py) when its time slice is over or an app's
rate bucket says slow down; a member's bucket only stops that member's deliveries. It never sends
itself and never touches the ledger: `send` does both.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from bot.errors import GatewayError, SlowDownError
from bot.outbound import Delivery

HANDED_BACK = "handed_back"  # not attempted: the caller gives it back to RQ (error: the slow-down, if any)

# Buckets that belong to one recipient: WeCom's per-member bucket, and a group robot's webhook (20 a
# minute per robot, 130101). A slow-down on these stops that recipient's deliveries only; any other
# bucket (an app's, or WeChat's 45009/45011 for the app) stops the whole job.
RECIPIENT_APIS = frozenset({"member", "webhook/send"})

Result = tuple[str, GatewayError | None]
Send = Callable[[Delivery, str | None], Result]


class Pace:
    """The job's stop signals, shared by its sending threads."""

    def __init__(self, *, deadline: float | None) -> None:
        self.deadline = deadline  # time.monotonic() past which nothing new is sent; None: no slice
        self.stopped: SlowDownError | None = None
        self._lock = threading.Lock()

    def stop(self, error: SlowDownError) -> None:
        with self._lock:
            if self.stopped is None:
                self.stopped = error

    def abort(self) -> None:
        """Nothing new is sent from now on (the job is being interrupted)."""
        self.deadline = float("-inf")

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline


def order_key(delivery: Delivery) -> tuple[str, ...]:
    """Deliveries to one recipient (member, robot, conversation) are sent in order, on one thread."""
    recipient = delivery.user_id or delivery.member_id or str(delivery.context.get("robot", "")) or delivery.key
    return delivery.brand, delivery.channel, recipient


def run_in_member_order(batch: Sequence[Delivery], send: Send, claims: Sequence[str | None], pace: Pace, *,
                        threads: int) -> list[Result]:
    """`send(delivery, claim)` for each delivery, in order per recipient; the results in batch order.

    `claims[i]` is what the ledger answered for delivery i (None: claimed by this job now). Only
    claimed deliveries are paced; the others cost no call and are answered at once.
    """
    results: list[Result | None] = [None] * len(batch)
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, delivery in enumerate(batch):
        groups.setdefault(order_key(delivery), []).append(index)

    def run_group(indices: list[int]) -> None:
        member_slow: SlowDownError | None = None
        for index in indices:
            if claims[index] is not None:
                results[index] = send(batch[index], claims[index])
            elif member_slow is not None or pace.stopped is not None:
                results[index] = (HANDED_BACK, member_slow or pace.stopped)
            elif pace.expired():
                results[index] = (HANDED_BACK, None)
            else:
                _, error = results[index] = send(batch[index], None)
                if isinstance(error, SlowDownError):
                    if error.api in RECIPIENT_APIS:
                        member_slow = error  # this recipient's later deliveries follow it, in order
                    else:
                        pace.stop(error)

    workers = min(threads, len(groups))
    if workers <= 1:
        for indices in groups.values():
            run_group(indices)
    else:
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="send") as pool:
            try:
                list(pool.map(run_group, groups.values()))
            except BaseException:
                # The job is interrupted (RQ's timeout, a shutdown) or a send raised: the other threads
                # take no new delivery and end their current call; the pool waits for them on exit.
                pace.abort()
                raise
    done = [result for result in results if result is not None]
    assert len(done) == len(batch), "every delivery gets a result"
    return done
