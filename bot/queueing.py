"""The seam between "answer now" and "send later": deliveries go onto RQ queues.

The web process never sends anything itself beyond the passive reply; it hands `Delivery` values
(plain data) to RQ, where `jobs.deliver.deliver_batch` sends them. Job ids come from the
idempotency keys, so enqueueing the same deliveries twice creates one job. Every timing that
depends on the queue (batch size, retries in the job and by RQ) is set here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import redis
from rq import Queue as RQQueue
from rq import Retry

from bot.outbound import Delivery, Queue
from bot.settings import DeliveryTuning
from bot.store import keys

DELIVER_JOB = "jobs.deliver.deliver_batch"
# A finished job's hash and result (~6.4 KB each) are read by nothing: every outcome is in the delivery
# ledger. An hour of them was ~2.3 GB of Redis at 100 replies/s (issue 16, item 6); a minute is enough
# for an operator watching `rq info` and for tests that read a result.
JOB_RESULT_TTL_S = 60
JOB_FAILURE_TTL_S = 7 * 24 * 3600  # failed jobs stay visible to managers for a week
# RQ re-runs a batch that raised; the delivery ledger skips what it already sent. A WelcomeCode
# lives ~20 s (doc 92599), so welcomes retry within seconds (RQ's scheduler looks every second);
# other purposes back off to minutes. Settings: SIYU_WELCOME_RETRY_INTERVALS_S, SIYU_RETRY_INTERVALS_S.
WELCOME_RETRY = Retry(max=3, interval=list(DeliveryTuning().welcome_retry_intervals_s))
DEFAULT_RETRY = Retry(max=4, interval=list(DeliveryTuning().retry_intervals_s))
# Retries inside one job (the gateway sleeps between them). High: a person waits, so retry at once;
# bulk: one quick retry, then the job hands the backoff to RQ instead of holding a worker.
# Welcome: keep trying while the code lives (each try and wait is cut to the code's remaining life, below),
# on a lane thread no other job shares, so the waits hold up no one else.
IN_JOB_RETRY_DELAYS_S: dict[Queue, tuple[float, ...]] = {
    Queue.WELCOME: (0.5, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0), Queue.HIGH: (0.5, 1.0), Queue.DEFAULT: (1.0, 4.0),
    Queue.BULK: (1.0,),
}
# A WelcomeCode is good for 20 s from the event (doc 92599; kf enter_session codes too, doc 96428): a welcome's
# calls, retries included, must fit in what is left of it (jobs/deliver.py welcome_budget_s).
WELCOME_CODE_LIFE_S = 20.0
# One try of a welcome waits at most this long for WeChat's answer, not the gateway's 5 s: a try that hangs
# is abandoned in time for two or three more inside the code's life. WeChat answers a send in well under 1 s
# when it answers at all; a timed-out try was not applied (the code is its own idempotency key: a retry of
# a try that did land is answered 41051, already delivered, which counts as done).
WELCOME_TRY_TIMEOUT_S = 2.0
# Deliveries per job. A worker finishes a job before it looks at the high queue again, so a default or
# bulk job sends for at most SIYU_JOB_SLICE_S (0.25 s) and hands the rest back to the end of its queue
# (jobs/deliver.py): the size only amortises RQ's per-job cost (a fork, ~15 Redis calls). High jobs
# stay small: one callback's replies, a person waiting on each.
# A welcome job carries one welcome, so one slow welcome never holds up another: each takes its own lane thread.
BATCH_SIZE: dict[Queue, int] = {Queue.WELCOME: 1, Queue.HIGH: 10, Queue.DEFAULT: 100, Queue.BULK: 200}
MAX_DELAYS = 48  # a batch slowed down more often than this goes through RQ's retries instead


KF_PULL_JOB = "jobs.kf.pull_and_route"
GROUP_READ_JOB = "jobs.group_joins.attribute_group_join"
GROUP_READ_RETRY = Retry(max=3, interval=[5, 60, 600])  # groupchat/get; the join stays readable for days
TICK_JOB = "jobs.sequences.tick"
TICK_KICK_S = 2  # at most one extra tick per brand this often (more would only claim empty batches)
RESCHEDULE_JOB = "jobs.sequences.reschedule"
RESCHEDULE_RETRY = Retry(max=3, interval=[10, 60, 300])  # the pass is idempotent: a retry moves nobody twice
KF_PULL_RETRY = Retry(max=3, interval=[2, 10, 60])  # the callback's Token lives 10 min (doc 94670)


class DeliveryQueue(Protocol):
    def enqueue(self, deliveries: Sequence[Delivery]) -> None: ...

    def enqueue_kf_pull(self, brand: str, open_kfid: str, token: str) -> None: ...

    def kick_tick(self, brand: str) -> None: ...

    def enqueue_group_read(self, brand: str, chat_id: str, user_ids: Sequence[str], at_s: int) -> None: ...

    def enqueue_reschedule(self, brand: str, moved: Mapping[str, Sequence[str]]) -> None: ...


def batch_job_id(deliveries: Sequence[Delivery] | Sequence[dict[str, Any]], suffix: str = "") -> str:
    keys = (d["key"] if isinstance(d, dict) else d.key for d in deliveries)
    digest = hashlib.blake2b("\n".join(keys).encode(), digest_size=12).hexdigest()
    return f"deliver-{digest}{suffix}"


def retry_for(purposes: Sequence[str], tuning: DeliveryTuning | None = None) -> Retry:
    welcome = purposes and all(p == "welcome" for p in purposes)
    if tuning is None:
        return WELCOME_RETRY if welcome else DEFAULT_RETRY
    intervals = tuning.welcome_retry_intervals_s if welcome else tuning.retry_intervals_s
    return Retry(max=len(intervals), interval=list(intervals)) if intervals else Retry(max=1, interval=0)


class RQDeliveryQueue:
    """Production and integration: one RQ job per batch, on the queue the deliveries name.

    `tuning` (Settings.delivery) sets RQ's retry intervals; None uses the built-in defaults.
    """

    def __init__(self, redis_client: redis.Redis, tuning: DeliveryTuning | None = None) -> None:
        self.redis = redis_client
        self.tuning = tuning
        self._queues = {name: RQQueue(str(name), connection=redis_client) for name in Queue}

    def queue(self, name: Queue) -> RQQueue:
        return self._queues[name]

    def enqueue(self, deliveries: Sequence[Delivery]) -> None:
        """One round trip for all the batches: RQ's `pipeline` argument queues each job's commands (its
        hash, its queue's push, the queue set) and we send them together, in one MULTI/EXEC. Without it RQ
        sends two round trips per job, ~0.3 ms of a callback's CPU (bench/webhook_cpu.py --faq)."""
        by_queue: dict[Queue, list[Delivery]] = {}
        for delivery in deliveries:
            by_queue.setdefault(delivery.queue, []).append(delivery)
        with self.redis.pipeline() as pipe:
            for name, batch in by_queue.items():
                size = BATCH_SIZE[name]
                for start in range(0, len(batch), size):
                    chunk = batch[start:start + size]
                    self._queues[name].enqueue_call(
                        func=DELIVER_JOB,
                        args=([d.to_data() for d in chunk],),
                        job_id=batch_job_id(chunk),
                        result_ttl=JOB_RESULT_TTL_S,
                        failure_ttl=JOB_FAILURE_TTL_S,
                        description=f"deliver {len(chunk)} message(s): {chunk[0].purpose}",
                        retry=retry_for([d.purpose for d in chunk], self.tuning),
                        pipeline=pipe,
                    )
            pipe.execute()

    def enqueue_kf_pull(self, brand: str, open_kfid: str, token: str) -> None:
        """Pull and answer what a kf_msg_or_event callback announced, on the high queue (a person
        is waiting). One job per callback Token: WeChat's retries of the callback add none."""
        digest = hashlib.blake2b(f"{brand}|{open_kfid}|{token}".encode(), digest_size=12).hexdigest()
        self._queues[Queue.HIGH].enqueue_call(
            func=KF_PULL_JOB, args=(brand, open_kfid, token), job_id=f"kf-pull-{digest}",
            result_ttl=JOB_RESULT_TTL_S, failure_ttl=JOB_FAILURE_TTL_S, retry=KF_PULL_RETRY,
            description=f"pull kf messages for {open_kfid}")

    def enqueue_group_read(self, brand: str, chat_id: str, user_ids: Sequence[str], at_s: int) -> None:
        """Read who joined a customer group and by which code (groupchat/get: the callback carries no `state`),
        on the default queue; one job per callback (the job id is its digest, so WeChat's retries add none)."""
        digest = hashlib.blake2b(f"{brand}|{chat_id}|{','.join(user_ids)}|{at_s}".encode(), digest_size=12).hexdigest()
        self._queues[Queue.DEFAULT].enqueue_call(
            func=GROUP_READ_JOB, kwargs={"brand": brand, "chat_id": chat_id, "user_ids": list(user_ids),
                                         "at_s": at_s}, job_id=f"group-read-{digest}", result_ttl=JOB_RESULT_TTL_S,
            failure_ttl=JOB_FAILURE_TTL_S, retry=GROUP_READ_RETRY, description=f"who joined {chat_id}, by which code")

    def enqueue_reschedule(self, brand: str, moved: Mapping[str, Sequence[str]]) -> None:
        """Move the members due at steps a published edit moved earlier (jobs.sequences.reschedule), on the
        default queue: at a million members the pass reads every record bucket, too long for the apply."""
        self._queues[Queue.DEFAULT].enqueue_call(
            func=RESCHEDULE_JOB, kwargs={"brand": brand, "moved": {seq: list(steps) for seq, steps in moved.items()}},
            result_ttl=JOB_RESULT_TTL_S, failure_ttl=JOB_FAILURE_TTL_S, retry=RESCHEDULE_RETRY,
            description=f"reschedule {brand}'s members at steps moved earlier")

    def kick_tick(self, brand: str) -> None:
        """Run the brand's sequence tick soon (a member enrolled or a waiting step woke, and a step is due now),
        instead of at the next cron interval. Coalesced: one kick per brand per TICK_KICK_S."""
        if not self.redis.set(keys.tick_kick(brand), 1, nx=True, ex=TICK_KICK_S):
            return
        self._queues[Queue.DEFAULT].enqueue_call(
            func=TICK_JOB, kwargs={"brand": brand}, result_ttl=JOB_RESULT_TTL_S, failure_ttl=JOB_FAILURE_TTL_S,
            description=f"sequence tick for {brand} (kicked)")

    def enqueue_later(self, deliveries: Sequence[dict[str, Any]], *, queue: Queue, delay_s: float,
                      delays: int) -> str:
        """Run these (Delivery data) again in `delay_s` (0: at the end of the queue now).

        A rate limit said "slow down", or the job's time slice ended: neither is a failure, so neither
        uses up one of RQ's retries. `delays` counts the slow-downs so far."""
        rq_queue = self._queues[queue]
        job = rq_queue.create_job(
            DELIVER_JOB, args=(list(deliveries),), kwargs={"delays": delays},
            job_id=batch_job_id(deliveries, f"-d{delays}"), result_ttl=JOB_RESULT_TTL_S,
            failure_ttl=JOB_FAILURE_TTL_S, retry=retry_for([d["purpose"] for d in deliveries], self.tuning),
            description=f"deliver {len(deliveries)} message(s) handed back ({delays} slow-downs)",
        )
        if delay_s > 0:
            rq_queue.schedule_job(job, datetime.now(UTC) + timedelta(seconds=delay_s))
        else:
            rq_queue.enqueue_job(job)
        return job.id


class RecordingDeliveryQueue:
    """Keeps deliveries in memory: unit tests assert on them without a worker."""

    def __init__(self) -> None:
        self.deliveries: list[Delivery] = []
        self.kf_pulls: list[tuple[str, str, str]] = []
        self.kicks: list[str] = []
        self.group_reads: list[tuple[str, str, tuple[str, ...], int]] = []
        self.reschedules: list[tuple[str, dict[str, list[str]]]] = []

    def enqueue(self, deliveries: Sequence[Delivery]) -> None:
        self.deliveries.extend(deliveries)

    def enqueue_kf_pull(self, brand: str, open_kfid: str, token: str) -> None:
        self.kf_pulls.append((brand, open_kfid, token))

    def kick_tick(self, brand: str) -> None:
        self.kicks.append(brand)

    def enqueue_group_read(self, brand: str, chat_id: str, user_ids: Sequence[str], at_s: int) -> None:
        self.group_reads.append((brand, chat_id, tuple(user_ids), at_s))

    def enqueue_reschedule(self, brand: str, moved: Mapping[str, Sequence[str]]) -> None:
        self.reschedules.append((brand, {seq: list(steps) for seq, steps in moved.items()}))
