"""RQ job: send a batch of deliveries. Thin: ledger check -> opt-out -> route -> send -> record.

Retryable failures raise after the batch, so RQ's Retry re-runs the job; the ledger makes the
re-run skip what was already sent. A slow-down (a rate limit, ours or WeChat's) is not a failure:
those deliveries are handed back to RQ to run after the wait, and so is the rest of a default or
bulk batch once the job has sent for its time slice, so a worker is back at the high queue within
~SIYU_JOB_SLICE_S. Permanent failures go to the failed ledger; deliveries no route allows now are
parked. Sends run on a few threads, one member's deliveries in order on one thread (jobs/pacing.py).
"""

from __future__ import annotations

import dataclasses
import logging
import secrets
import time
from collections import Counter
from typing import Any

from rq import get_current_job

from bot.channels import choose, planned_calls
from bot.errors import AlreadyDoneError, GatewayError, MaybeSentError, RetryLaterError, SiyuError, SlowDownError
from bot.outbound import Delivery, Queue
from bot.queueing import IN_JOB_RETRY_DELAYS_S, MAX_DELAYS
from bot.store.ledger import PARK_TTL_S, SENT, ClaimHolder, is_claim
from jobs import context
from jobs.context import JobServices
from jobs.outcome import Outcome
from jobs.pacing import Pace, Result, run_in_member_order

log = logging.getLogger(__name__)

ANSWERS_MEMBER = frozenset({"reply", "welcome"})  # purposes sent even to opted-out members (Delivery doc)
SLICED_QUEUES = frozenset({Queue.DEFAULT, Queue.BULK})  # high jobs are small and a person waits: never sliced


def deliver_batch(deliveries: list[dict[str, Any]], delays: int = 0) -> dict[str, int]:
    """Send each delivery at most once; counts by Outcome. Raises RetryLaterError when any must be retried.

    `delays` counts how often this batch was put off by a slow-down (bot.queueing.enqueue_later).
    """
    svc = context.services()
    job = get_current_job()
    holder = ClaimHolder(job.id, secrets.token_hex(6)) if job is not None else None
    batch = [Delivery.from_data(data) for data in deliveries]
    claims = svc.ledger.claim_many([(d.brand, d.key) for d in batch], holder=holder)
    queue = batch[0].queue if batch else Queue.HIGH
    slice_s = svc.tuning.job_slice_s if queue in SLICED_QUEUES and svc.tuning.job_slice_s > 0 else None
    pace = Pace(deadline=None if slice_s is None else time.monotonic() + slice_s)
    planned = [call for d, claim in zip(batch, claims, strict=True) if claim is None
               for call in planned_calls(svc.routes, d)]
    if planned:  # the batch's rate tokens in one script call, not one per send (unused ones go back below)
        svc.routes.gateway.prepay(planned)
    try:
        results = run_in_member_order(batch, lambda d, claim: deliver_claimed(svc, d, claim), claims, pace,
                                      threads=svc.tuning.send_threads)
    finally:
        if planned:
            svc.routes.gateway.give_back()
    counts: Counter[Outcome] = Counter()
    retry: list[GatewayError] = []
    rest: list[int] = []  # handed back unsent: the slice ended, or a bucket asked to slow down
    slow: list[tuple[int, SlowDownError]] = []
    for index, (outcome, error) in enumerate(results):
        if outcome == Outcome.HANDED_BACK:
            if isinstance(error, SlowDownError):
                slow.append((index, error))
                counts[Outcome.SLOW] += 1
            else:
                rest.append(index)
                counts[Outcome.LATER] += 1
            continue
        counts[outcome] += 1
        if isinstance(error, SlowDownError) and delays < MAX_DELAYS:
            slow.append((index, error))
        elif error is not None:
            retry.append(error)
    svc.ledger.release_many([(batch[i].brand, batch[i].key) for i in rest + [i for i, _ in slow]
                             if results[i][0] == Outcome.HANDED_BACK])
    if retry:  # RQ re-runs the whole batch, the handed-back ones included (their claims are released)
        raise RetryLaterError(f"{len(retry)} of {len(deliveries)} deliveries must be retried; first: {retry[0]}")
    if rest:
        svc.later.enqueue_later([deliveries[i] for i in rest], queue=queue, delay_s=0, delays=delays)
    if slow:
        delay_s = max(error.retry_after for _, error in slow)
        job_id = svc.later.enqueue_later([deliveries[i] for i, _ in sorted(slow)], queue=queue, delay_s=delay_s,
                                         delays=delays + 1)
        log.info("%d deliveries slowed down (%s); again in %.1f s as %s", len(slow), slow[0][1], delay_s, job_id)
    return {str(outcome): n for outcome, n in counts.items()}  # plain str keys: RQ pickles the result


def deliver_one(svc: JobServices, delivery: Delivery,
                holder: ClaimHolder | None = None) -> Result:
    """Claim, then send one delivery (deliver_claimed); the embedded demo and tests call it alone."""
    return deliver_claimed(svc, delivery, svc.ledger.claim(delivery.brand, delivery.key, holder=holder))


def deliver_claimed(svc: JobServices, delivery: Delivery,
                    previous: str | None) -> Result:
    """(Outcome, error to retry or None) once the claim answered `previous` (None: ours now).

    One of SENT, SKIPPED, PARKED, FAILED, MAYBE, RETRY, SLOW, BUSY (jobs/outcome.py says what each means).
    """
    brand, key = delivery.brand, delivery.key
    if is_claim(previous):  # another worker is sending it, or died doing so: look again after its claim
        return Outcome.BUSY, RetryLaterError(f"delivery {key} is claimed by another worker (claims expire after "
                                       f"{svc.ledger.claim_ttl_s} s)")
    if previous is not None:
        return Outcome.SKIPPED, None
    member = svc.members.get(brand, delivery.member_id) if delivery.member_id else None
    if member is not None and member.opted_out and delivery.purpose not in ANSWERS_MEMBER:
        svc.ledger.settle(brand, key, "skipped:opted_out")
        return Outcome.SKIPPED, None
    now = svc.clock.now()
    ctx = dataclasses.replace(svc.routes, retry_delays_s=IN_JOB_RETRY_DELAYS_S.get(delivery.queue))
    choice = choose(ctx, delivery, member, now)
    if choice.route is None:
        reason = "; ".join(choice.reasons)
        ttl_s = int(delivery.context.park_ttl_s or PARK_TTL_S)
        svc.ledger.park(brand, key=key, member_id=delivery.member_id, delivery=delivery.to_data(), reason=reason,
                        ttl_s=ttl_s)
        log.info("delivery %s parked: %s", key, reason)
        return Outcome.PARKED, None
    try:
        choice.route.send(ctx, delivery, member, now)
    except AlreadyDoneError:
        pass
    except SlowDownError as exc:
        svc.ledger.release(brand, key)
        return Outcome.SLOW, exc
    except RetryLaterError as exc:
        svc.ledger.release(brand, key)
        return Outcome.RETRY, exc
    except MaybeSentError as exc:
        svc.ledger.settle(brand, key, "maybe:timeout")
        log.warning("delivery %s may have been sent: %s", key, exc)
        return Outcome.MAYBE, None
    except GatewayError as exc:
        svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                  errcode=exc.errcode, errmsg=exc.errmsg or str(exc), reason=type(exc).__name__)
        return Outcome.FAILED, None
    except SiyuError as exc:  # content our routes cannot send: our bug, never retried
        svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                  errcode=None, errmsg=str(exc), reason=type(exc).__name__)
        return Outcome.FAILED, None
    svc.ledger.settle(brand, key, SENT)
    return Outcome.SENT, None
