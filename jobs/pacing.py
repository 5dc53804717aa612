"""How one delivery job spends its time: sends on a few threads, in order per recipient, until told to stop.

A job stops sending (and hands the rest back, jobs/deliver.py) when its time slice is over or an app's
rate bucket says slow down; a member's bucket only stops that member's deliveries. It never sends
itself and never touches the ledger: `send` does both.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

from bot.errors import GatewayError, SlowDownError
from bot.outbound import Delivery
from jobs.outcome import Outcome

# Buckets that belong to one recipient: WeCom's per-member bucket, and a group robot's webhook (20 a
# minute per robot, 130101). A slow-down on these stops that recipient's deliveries only; any other
# bucket (an app's, or WeChat's 45009/45011 for the app) stops the whole job.
RECIPIENT_APIS = frozenset({"member", "webhook/send"})

# A job sends on one thread when its first send, made alone, took less than this (wall time): the call
# answered at once, so more threads would only take turns on the GIL (measured on the loopback fake: 4
# threads cost ~0.15 ms more CPU per message than 1, and sent fewer a second). A WeChat 10-100 ms away
# is far above it: those jobs send on all their threads (SIYU_SEND_THREADS). Decided again in every job.
SERIAL_BELOW_S = 0.003

Result = tuple[Outcome, GatewayError | None]  # HANDED_BACK: not tried (error: the slow-down that stopped it)
Send = Callable[[Delivery, str | None], Result]
Pending = tuple[list[int], SlowDownError | None]  # a recipient's deliveries left to run, and the slow-down they follow


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
    recipient = delivery.user_id or delivery.member_id or delivery.context.robot or delivery.key
    return delivery.brand, delivery.channel, recipient


def run_in_member_order(batch: Sequence[Delivery], send: Send, claims: Sequence[str | None], pace: Pace, *,
                        threads: int) -> list[Result]:
    """`send(delivery, claim)` for each delivery, in order per recipient; the results in batch order.

    `claims[i]` is what the ledger answered for delivery i (None: claimed by this job now). Only
    claimed deliveries are paced; the others cost no call and are answered at once. Up to `threads`
    recipients are served at once, unless the first send answers within SERIAL_BELOW_S.
    """
    sender = RecipientSender(batch, send, claims, pace)
    pending: list[Pending] = [(indices, None) for indices in group_by_recipient(batch)]
    if threads > 1:  # the first send alone on this thread: does this job need threads at all?
        pending = sender.probe(pending)
        if sender.first_send_s is not None and sender.first_send_s < SERIAL_BELOW_S:
            threads = 1
    run_all(pending, sender.run_group, threads=threads, pace=pace)
    return sender.results_in_order()


def group_by_recipient(batch: Sequence[Delivery]) -> list[list[int]]:
    """The batch's indices per recipient (order_key), each in batch order: one group runs on one thread."""
    groups: dict[tuple[str, ...], list[int]] = {}
    for index, delivery in enumerate(batch):
        groups.setdefault(order_key(delivery), []).append(index)
    return list(groups.values())


class RecipientSender:
    """Runs one job's recipient groups, each in order, and keeps every delivery's result.

    Shared by the job's threads: each group is run by one thread, and every result has its own slot.
    """

    def __init__(self, batch: Sequence[Delivery], send: Send, claims: Sequence[str | None], pace: Pace) -> None:
        self.batch = batch
        self.send = send
        self.claims = claims
        self.pace = pace
        self.results: list[Result | None] = [None] * len(batch)
        self.first_send_s: float | None = None  # the wall time of the job's first send (see SERIAL_BELOW_S)

    def run_group(self, indices: list[int], member_slow: SlowDownError | None = None, *,
                  probe: bool = False) -> tuple[int, SlowDownError | None]:
        """Send the group's deliveries in order; with `probe`, stop after the first timed send.

        Returns how many ran, and the recipient's slow-down, if any (its later deliveries follow it)."""
        batch, send, claims, pace, results = self.batch, self.send, self.claims, self.pace, self.results
        for done, index in enumerate(indices, 1):
            if claims[index] is not None:
                results[index] = send(batch[index], claims[index])
            elif member_slow is not None or pace.stopped is not None:
                results[index] = (Outcome.HANDED_BACK, member_slow or pace.stopped)
            elif pace.expired():
                results[index] = (Outcome.HANDED_BACK, None)
            else:
                started = time.monotonic()
                _, error = results[index] = send(batch[index], None)
                if self.first_send_s is None:
                    self.first_send_s = time.monotonic() - started
                if isinstance(error, SlowDownError):
                    if error.api in RECIPIENT_APIS:
                        member_slow = error  # this recipient's later deliveries follow it, in order
                    else:
                        pace.stop(error)
                if probe:
                    return done, member_slow
        return len(indices), member_slow

    def probe(self, pending: list[Pending]) -> list[Pending]:
        """Send on this thread alone until one send was timed, so the job learns whether threads would help
        (SERIAL_BELOW_S). Returns what is left to run, the probed recipient's rest first, in its order."""
        while pending and self.first_send_s is None:
            group, _ = pending.pop(0)
            ran, member_slow = self.run_group(group, probe=True)
            if ran < len(group):
                pending.insert(0, (group[ran:], member_slow))
        return pending

    def results_in_order(self) -> list[Result]:
        """Every delivery's result in batch order, which deliver_batch matches back to the batch by index."""
        done = [result for result in self.results if result is not None]
        assert len(done) == len(self.batch), "every delivery gets a result"
        return done


def run_all(pending: list[Pending], run_group: Callable[[list[int], SlowDownError | None], object], *,
            threads: int, pace: Pace) -> None:
    """Run every pending group: on this thread, or on up to `threads` threads, one recipient per thread.

    When the job is interrupted (RQ's timeout, a shutdown) or a send raises, the other threads take no
    new delivery and end their current call; the pool waits for them before the error goes on.
    """
    workers = min(threads, len(pending))
    if workers <= 1:
        for item in pending:
            run_group(*item)
        return
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="send") as pool:
        try:
            futures = [pool.submit(run_group, *item) for item in pending]
            wait(futures, return_when=FIRST_EXCEPTION)
            for future in futures:
                if future.done():
                    future.result()  # raises the first failure, if any
        except BaseException:
            pace.abort()
            raise
