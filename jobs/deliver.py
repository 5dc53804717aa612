"""RQ job: send a batch of deliveries. Thin: ledger check -> opt-out -> route -> send -> record.

Retryable failures raise after the batch, so RQ's Retry re-runs the job; the ledger makes the
re-run skip what was already sent. A slow-down (a rate limit, ours or WeChat's) is not a failure:
those deliveries are handed back to RQ to run after the wait, and so is the rest of a default or
bulk batch once the job has sent for its time slice, so a worker is back at the high queue within
~SIYU_JOB_SLICE_S. Permanent failures go to the failed ledger; deliveries no route allows now are
parked. Sends run on a few threads, one member's deliveries in order on one thread (jobs/pacing.py).
On the job's last run (RQ has no retry left for it) a transient failure is final too: it goes to the failed
ledger with its last error and "retries used up", where `siyu deliveries` lists it and a manager can retry it,
instead of ending only as a failed RQ job that no delivery list shows.
"""

from __future__ import annotations

import logging
import secrets
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from rq import get_current_job

from bot.campaigns.plan import PURPOSE as CAMPAIGN
from bot.campaigns.tally import campaign_cancelled, count_delivery
from bot.channels import choose, planned_calls
from bot.community.drops import DROP_PURPOSE as DROP
from bot.community.drops import DropStore
from bot.errors import (
    AlreadyDoneError,
    GatewayError,
    MaybeSentError,
    RetryLaterError,
    SiyuError,
    SlowDownError,
    WindowClosedError,
)
from bot.gateway.errors import FOLLOWER_GONE
from bot.observability.metrics import DELIVERIES
from bot.outbound import Delivery, Queue
from bot.queueing import IN_JOB_RETRY_DELAYS_S, MAX_DELAYS, WELCOME_CODE_LIFE_S, WELCOME_TRY_TIMEOUT_S
from bot.sequences.engine import PURPOSE, step_of_key
from bot.settings import DeliveryTuning
from bot.store.ledger import PARK_TTL_S, ClaimHolder, is_claim
from bot.text import proactive_in_script
from jobs import context
from jobs.context import JobServices, LaterQueue
from jobs.outcome import Outcome
from jobs.pacing import Pace, Result, run_in_member_order

log = logging.getLogger(__name__)
RETRIES_USED_UP = "retries used up"  # the failed ledger's reason for a transient failure on the job's last run


def answers_member(delivery: Delivery) -> bool:
    """Sent even to an opted-out member (Delivery.answers_member, where the rule lives: the confirm-task
    tracker applies it too)."""
    return delivery.answers_member
SLICED_QUEUES = frozenset({Queue.DEFAULT, Queue.BULK})  # high jobs are small and a person waits: never sliced


def deliver_batch(deliveries: list[dict[str, Any]], delays: int = 0) -> dict[str, int]:
    """Send each delivery at most once; counts by Outcome. Raises RetryLaterError when any must be retried.

    `delays` counts how often this batch was put off by a slow-down (bot.queueing.enqueue_later).
    The ledger is claimed and released for the whole batch in one round trip each, never per delivery.
    """
    svc = context.services()
    batch = [Delivery.from_data(data) for data in deliveries]
    claims = svc.ledger.claim_many([(d.brand, d.key) for d in batch], holder=claim_holder())
    queue = batch[0].queue if batch else Queue.HIGH
    final = last_run()
    # A welcome job runs on a lane thread beside other jobs of this process, which share the gateway's prepaid
    # tokens; one call gains nothing from prepaying anyway.
    results = send_prepaid(svc, batch, claims, pace_for(svc.tuning, queue), prepay=queue is not Queue.WELCOME,
                           final=final)
    tally = Tally.of(results, delays=delays)
    record_received(svc, batch, results)
    svc.ledger.release_many([(batch[i].brand, batch[i].key) for i in tally.unsent])
    if tally.retry:  # RQ re-runs the whole batch, the handed-back ones included (their claims are released)
        raise RetryLaterError(f"{len(tally.retry)} of {len(deliveries)} deliveries must be retried; "
                              f"first: {tally.retry[0]}")
    hand_back(svc.later, deliveries, tally, queue=queue, delays=delays)
    return {str(outcome): n for outcome, n in tally.counts.items()}  # plain str keys: RQ pickles the result


# What a member's timeline shows of a delivery that only this job knows of: a task handed to a person to confirm.
# Sends, permanent failures and parks are recorded once, by the ledger as it settles them (the sends stream, the
# failed and parked ledgers, the day's delivery counter), with route and reason; bot/manager/members.py timeline
# reads them there.
RECEIVED_EVENTS = {Outcome.TASK: "out.task"}


def record_received(svc: JobServices, batch: list[Delivery], results: list[Result]) -> None:
    """Each member's task outcomes into the brand's event stream, one pipeline per brand in the batch (not a
    round trip per delivery): what waits for a staff member to send, for managers."""
    by_brand: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for delivery, (outcome, _) in zip(batch, results, strict=True):
        name = RECEIVED_EVENTS.get(outcome)
        if name and delivery.member_id:
            by_brand.setdefault(delivery.brand, []).append((name, {
                "member": delivery.member_id, "purpose": delivery.purpose, "message": delivery.message.type,
                "key": delivery.key}))
    for brand, events in by_brand.items():
        svc.pipeline.events.append_all(brand, events)


def last_run() -> bool:
    """Whether RQ runs this job again if it raises: not when its retries are used up (`retries_left` 0) or it
    has none. Outside RQ (a direct call) the caller decides what a RetryLaterError means: never the last run."""
    job = get_current_job()
    return job is not None and not job.retries_left


def claim_holder() -> ClaimHolder | None:
    """This execution of the RQ job (None outside RQ): its claims name it, so when RQ re-runs the job after
    its worker died, the re-run takes the dead execution's claims over at once instead of waiting them out."""
    job = get_current_job()
    return ClaimHolder(job.id, secrets.token_hex(6)) if job is not None else None


def pace_for(tuning: DeliveryTuning, queue: Queue) -> Pace:
    """A default or bulk job sends for one time slice (job_slice_s), then hands the rest back, so its worker
    is soon back at the high queue; a high job is small and a person waits on it, so it is never sliced."""
    slice_s = tuning.job_slice_s if queue in SLICED_QUEUES and tuning.job_slice_s > 0 else None
    return Pace(deadline=None if slice_s is None else time.monotonic() + slice_s)


def send_prepaid(svc: JobServices, batch: list[Delivery], claims: list[str | None], pace: Pace, *,
                 prepay: bool = True, final: bool = False) -> list[Result]:
    """Send the claimed deliveries in member order (jobs/pacing.py), their rate tokens taken ahead.

    The batch's tokens are taken in one script call rather than one per send; the ones no send used
    (skipped, parked, handed back) go back at the end, even when the job is interrupted. `final`: this is the
    job's last run, so a transient failure is recorded as failed (RETRIES_USED_UP) rather than retried.
    """
    planned = [call for d, claim in zip(batch, claims, strict=True) if claim is None
               for call in planned_calls(svc.routes, d)] if prepay else []
    if planned:
        svc.routes.gateway.prepay(planned)
    try:
        return run_in_member_order(batch, lambda d, claim: deliver_claimed(svc, d, claim, final=final), claims, pace,
                                   threads=svc.tuning.send_threads)
    finally:
        if planned:
            svc.routes.gateway.give_back()


@dataclass
class Tally:
    """A batch's results sorted by what happens next: counted, re-run by RQ, or handed back to RQ."""

    counts: Counter[Outcome] = field(default_factory=Counter)
    retry: list[GatewayError] = field(default_factory=list)  # any: RQ re-runs the whole batch
    later: list[int] = field(default_factory=list)  # not tried, the slice ended: to the end of the queue now
    slow: list[tuple[int, SlowDownError]] = field(default_factory=list)  # again after the slow-down's wait
    unsent: list[int] = field(default_factory=list)  # handed back without a try: their claims are given back

    @classmethod
    def of(cls, results: list[Result], *, delays: int) -> Tally:
        """Handed-back deliveries count as SLOW or LATER. A send slowed down goes after the wait unless the
        batch was put off MAX_DELAYS times already: then it is retried by RQ, like any other error."""
        tally = cls()
        for index, (outcome, error) in enumerate(results):
            if outcome == Outcome.HANDED_BACK:
                tally.unsent.append(index)
                if isinstance(error, SlowDownError):
                    tally.slow.append((index, error))
                    tally.counts[Outcome.SLOW] += 1
                else:
                    tally.later.append(index)
                    tally.counts[Outcome.LATER] += 1
                continue
            tally.counts[outcome] += 1
            if isinstance(error, SlowDownError) and delays < MAX_DELAYS:
                tally.slow.append((index, error))
            elif error is not None:
                tally.retry.append(error)
        return tally


def hand_back(later: LaterQueue, deliveries: list[dict[str, Any]], tally: Tally, *, queue: Queue,
              delays: int) -> None:
    """Give RQ what this job did not send: a slow-down is not a failure, so it uses none of RQ's retries.

    What the slice cut off goes to the end of its queue now; what was slowed down runs again after the
    longest wait asked for, as one job that counts one more delay.
    """
    if tally.later:
        later.enqueue_later([deliveries[i] for i in tally.later], queue=queue, delay_s=0, delays=delays)
    if tally.slow:
        delay_s = max(error.retry_after for _, error in tally.slow)
        job_id = later.enqueue_later([deliveries[i] for i, _ in sorted(tally.slow)], queue=queue,
                                     delay_s=delay_s, delays=delays + 1)
        log.info("%d deliveries slowed down (%s); again in %.1f s as %s", len(tally.slow), tally.slow[0][1],
                 delay_s, job_id)


def welcome_code_left_s(delivery: Delivery, now: datetime) -> float:
    """Seconds the delivery's welcome code has left (it lives WELCOME_CODE_LIFE_S from its callback); a job
    queued before the callback's time was recorded (welcome_code_at 0) is given the whole life."""
    issued_at = delivery.context.welcome_code_at
    if not issued_at:
        return WELCOME_CODE_LIFE_S
    return issued_at + WELCOME_CODE_LIFE_S - now.timestamp()


def deliver_claimed(svc: JobServices, delivery: Delivery, previous: str | None, *, final: bool = False) -> Result:
    """`_deliver_claimed`, counted for /metrics by route and outcome (in process memory: no Redis round trip)."""
    route: list[str] = []
    result = _deliver_claimed(svc, delivery, previous, route, final=final)
    DELIVERIES.labels(route[0] if route else "-", str(result[0])).inc()
    return result


def _deliver_claimed(svc: JobServices, delivery: Delivery, previous: str | None, chosen: list[str],
                     closed: str = "", *, final: bool = False) -> Result:
    """(Outcome, error to retry or None) once the claim answered `previous` (None: ours now). `closed`: why the
    route chosen first found the member's window closed (WindowClosedError): this is the second choice.
    `final`: the job's last run, where a transient failure is recorded as failed (it will not run again).

    One of SENT, TASK, SKIPPED, PARKED, FAILED, MAYBE, RETRY, SLOW, BUSY (jobs/outcome.py says what each means).
    """
    brand, key = delivery.brand, delivery.key
    if is_claim(previous):  # another worker is sending it, or died doing so: look again after its claim
        return Outcome.BUSY, RetryLaterError(f"delivery {key} is claimed by another worker (claims expire "
                                             f"after {svc.ledger.claim_ttl_s} s)")
    if previous is not None:
        return Outcome.SKIPPED, None
    member = svc.members.get(brand, delivery.member_id) if delivery.member_id else None
    if member is not None and member.opted_out and not answers_member(delivery):
        svc.ledger.settle(brand, key, "skipped:opted_out")
        return Outcome.SKIPPED, None
    if delivery.purpose == CAMPAIGN and campaign_cancelled(svc.redis, delivery):  # cancel stops every new send
        svc.ledger.settle(brand, key, "skipped:cancelled")
        count_step(svc, delivery, "cancelled")
        return Outcome.SKIPPED, None
    now = svc.clock.now()
    ctx = replace(svc.routes, retry_delays_s=IN_JOB_RETRY_DELAYS_S.get(delivery.queue))
    if delivery.context.welcome_code:  # also a welcome still on `high` from before the welcome queue existed
        ctx = replace(ctx, retry_delays_s=IN_JOB_RETRY_DELAYS_S[Queue.WELCOME], try_timeout_s=WELCOME_TRY_TIMEOUT_S,
                      deadline=time.monotonic() + welcome_code_left_s(delivery, now))
    choice = choose(ctx, delivery, member, now)
    if choice.route is not None:
        chosen.append(choice.route.name)
    if choice.route is None:
        reason = "; ".join((closed, *choice.reasons) if closed else choice.reasons)
        ttl_s = int(delivery.context.park_ttl_s or PARK_TTL_S)
        svc.ledger.park(brand, key=key, member_id=delivery.member_id, delivery=delivery.to_data(), reason=reason,
                        ttl_s=ttl_s, wait=not choice.permanent)
        log.warning("delivery %s (%s, %s) parked: %s", key, delivery.purpose, delivery.message.type, reason)
        count_step(svc, delivery, "parked")
        return Outcome.PARKED, None
    state: str | None = None
    try:
        # in the member's script; the ledger keeps the delivery as queued (a parked one is written again when sent)
        state = choice.route.send(ctx, proactive_in_script(delivery, member), member, now)
    except AlreadyDoneError:
        pass
    except SlowDownError as exc:
        svc.ledger.release(brand, key)
        return Outcome.SLOW, exc
    except RetryLaterError as exc:
        if final:  # RQ will not run the job again: list it with the failures a manager can retry
            svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                      errcode=exc.errcode, errmsg=exc.errmsg or str(exc),
                                      reason=f"{type(exc).__name__}, {RETRIES_USED_UP}", delivery=delivery.to_data())
            log.warning("delivery %s failed on %s, its retries used up: %s", key, choice.route.name, exc)
            count_step(svc, delivery, f"failed:{choice.route.name}")
            return Outcome.FAILED, None
        svc.ledger.release(brand, key)
        return Outcome.RETRY, exc
    except MaybeSentError as exc:  # listed for managers (the failed ledger, as uncertain), never sent again
        svc.ledger.record_uncertain(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                    errmsg=str(exc))
        if delivery.purpose == CAMPAIGN:
            count_step(svc, delivery, "maybe")
        log.warning("delivery %s may have been sent: %s", key, exc)
        return Outcome.MAYBE, None
    except GatewayError as exc:
        if isinstance(exc, WindowClosedError) and not closed:  # the route closed the budget: choose again
            why = f"{choice.route.name}: WeChat closed the window ({exc.errcode or 'budget used'}: {exc.errmsg or exc})"
            return _deliver_claimed(svc, delivery, previous, chosen, closed=why, final=final)
        svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                  errcode=exc.errcode, errmsg=exc.errmsg or str(exc), reason=type(exc).__name__,
                                  delivery=delivery.to_data())
        log.warning("delivery %s failed on %s: %s", key, choice.route.name, exc)
        count_step(svc, delivery, f"failed:{choice.route.name}")
        gone = FOLLOWER_GONE.get(exc.errcode or 0) if exc.platform == "oa" and delivery.member_id else None
        if gone:  # every later step would meet the same refusal (PLATFORM.md §2)
            left = svc.sequences.left(brand, delivery.member_id, gone)
            if left:
                log.info("member %s %s (errcode %s): sequences %s ended", delivery.member_id, gone, exc.errcode,
                         ", ".join(left))
        return Outcome.FAILED, None
    except SiyuError as exc:  # content our routes cannot send: our bug, never retried
        svc.ledger.record_failure(brand, key=key, member_id=delivery.member_id, route=choice.route.name,
                                  errcode=None, errmsg=str(exc), reason=type(exc).__name__,
                                  delivery=delivery.to_data())
        log.warning("delivery %s failed on %s: %s", key, choice.route.name, exc)
        return Outcome.FAILED, None
    if state is not None:  # handed to a person to confirm: not sent yet (the tracker settles it, jobs/tasks.py)
        svc.ledger.settle(brand, key, state)
        if delivery.purpose == CAMPAIGN:
            count_step(svc, delivery, f"task:{choice.route.name}")
        return Outcome.TASK, None
    svc.ledger.settle_sent(brand, key, member_id=delivery.member_id, route=choice.route.name,
                           purpose=delivery.purpose, message_type=delivery.message.type)
    count_step(svc, delivery, f"sent:{choice.route.name}")
    return Outcome.SENT, None


def count_step(svc: JobServices, delivery: Delivery, outcome: str) -> None:
    """A sequence step's delivery outcome, for `siyu sequences stats` (the engine counts what it handed over;
    this counts what WeChat took, by route, and what was parked or failed); a campaign's, for its progress; a
    group drop's post, for its tone arm (`siyu tones`)."""
    if delivery.purpose == CAMPAIGN:
        count_delivery(svc.redis, delivery, outcome)
        return
    if delivery.purpose == DROP and outcome.startswith("sent:"):
        DropStore(svc.redis).count_posted(delivery.brand, delivery.key)
        return
    found = step_of_key(delivery.key) if delivery.purpose == PURPOSE else None
    if found is not None:
        sequence, step, variant = found
        svc.sequences.store.bump(delivery.brand, sequence, {f"{step}|{variant}|{outcome}": 1})
