"""RQ jobs of a campaign, on the bulk queue: fan out a range of members, send those whose moment came, create
and follow the WeCom mass tasks. Thin: read the campaign, ask bot/campaigns/plan.py per member, send through
the delivery layer (jobs/deliver.py: ledger claim, route, send, settle), record.

Cancel and pause are read before every chunk of CHUNK members (and by the delivery job before every send), so
new sends stop within a chunk's time; a job sends for at most SLICE_S, then queues its own continuation and
lets the worker look at the high queue.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.campaigns import mass, oa_mass, retention
from bot.campaigns.plan import campaign_tag
from bot.campaigns.queue import DUE_JOB, FAN_OUT_JOB, MASS_JOB, TRACK_JOB, RQCampaignQueue
from bot.campaigns.service import CampaignContext, verdicts
from bot.clock import epoch_s
from bot.community.tones import ToneStats
from bot.content.campaigns import OA_MASS, Campaign
from bot.outbound import Delivery, Queue
from bot.segments.evaluate import numbers_in
from bot.store import keys
from bot.store.campaigns import DONE, RUNNING, CampaignStore
from bot.store.enrolments import EnrolmentStore
from bot.store.links import LinkStore
from bot.text import reading_of
from bot.tracking.shorten import LinkShortener
from jobs import context
from jobs.context import JobServices
from jobs.deliver import Tally, claim_holder, send_prepaid
from jobs.outcome import Outcome
from jobs.pacing import Pace

log = logging.getLogger(__name__)

CHUNK = 50  # members decided and sent between two looks at the campaign's status
SLICE_S = 2.0  # then the job queues its continuation (the worker takes a high job in between)
RETRY_DELAY_S = 5.0  # a transient failure goes to a delivery job this much later (RQ's retries from there)
TRACK_EVERY_S = 600  # open WeCom mass tasks are looked at this often
COUNTED = frozenset({Outcome.SENT, Outcome.TASK, Outcome.MAYBE})  # what uses up a member's daily cap


_QUEUE: Any = None  # tests install a recorder here (install_queue); None: RQ's bulk queue


def install_queue(queue: Any) -> None:
    """Where these jobs queue their follow-ups in this process (tests run them in process); None: RQ."""
    global _QUEUE
    _QUEUE = queue


@dataclass
class _Run:
    svc: JobServices
    brand: str
    spec: Campaign
    record: dict[str, str]
    queue: Any

    @property
    def store(self) -> CampaignStore:
        return CampaignStore(self.svc.redis)

    @property
    def campaign_id(self) -> str:
        return self.spec.id

    def running(self) -> bool:
        return self.store.status(self.brand, self.campaign_id) == RUNNING


def _run(brand: str, campaign_id: str) -> _Run | None:
    svc = context.services()
    store = CampaignStore(svc.redis)
    record = store.get(brand, campaign_id)
    if not record.get("spec"):
        log.warning("campaign %s of %s: no such campaign; job dropped", campaign_id, brand)
        return None
    return _Run(svc, brand, store.spec(record), record, _QUEUE or RQCampaignQueue(svc.redis))


def campaign_context(svc: JobServices, queue: Any = None) -> CampaignContext:
    return CampaignContext(redis=svc.redis, clock=svc.clock, content=svc.sequences.content,
                           queue=queue or RQCampaignQueue(svc.redis), routes=svc.routes)


def fan_out(brand: str, campaign_id: str, start: int, end: int, origin: int | None = None) -> dict[str, Any]:
    """Decide and send to the campaign's members numbered start..end-1 not handled yet. `origin` names the range
    (its first number, as launch opened it) when this job continues it from `start`."""
    origin = start if origin is None else origin
    run = _run(brand, campaign_id)
    if run is None:
        return {"stopped": "unknown"}
    store, redis = run.store, run.svc.redis
    chosen = numbers_in(redis, keys.segment_result(brand, f"camp:{campaign_id}"), start, end)
    done = set(numbers_in(redis, keys.campaign_handled(brand, campaign_id), start, end))
    todo = [n for n in chosen if n not in done]
    slice_end = time.monotonic() + SLICE_S
    counts: Counter[str] = Counter()
    for at in range(0, len(todo), CHUNK):
        if not run.running():
            return {"stopped": store.status(brand, campaign_id), **counts}
        if time.monotonic() > slice_end:
            run.queue.enqueue(FAN_OUT_JOB, brand, campaign_id, todo[at], end, origin,
                              description=f"campaign {campaign_id}: members {todo[at]}.. (continued)")
            return dict(counts)
        done_now, slow_s = _chunk(run, todo[at:at + CHUNK])
        counts.update(done_now)
        if slow_s is not None:  # a rate bucket is empty: this range goes on after the wait, from here
            run.queue.enqueue(FAN_OUT_JOB, brand, campaign_id, todo[at], end, origin, delay_s=slow_s,
                              description=f"campaign {campaign_id}: members {todo[at]}.. (after a slow-down)")
            return {**counts, "slowed": 1}
    if store.close_range(brand, campaign_id, origin) == 0:
        _maybe_done(run)
    return dict(counts)


def fan_out_due(brand: str, campaign_id: str) -> dict[str, Any]:
    """Send to the members whose local time or window slot has come."""
    run = _run(brand, campaign_id)
    if run is None:
        return {"stopped": "unknown"}
    counts: Counter[str] = Counter()
    slice_end = time.monotonic() + SLICE_S
    while run.running():
        if time.monotonic() > slice_end:
            run.queue.enqueue(DUE_JOB, brand, campaign_id, description=f"campaign {campaign_id}: due (continued)")
            return dict(counts)
        due = run.store.take_due(brand, campaign_id, epoch_s(run.svc.clock.now()), CHUNK)
        if not due:
            break
        done_now, slow_s = _chunk(run, due, force=True)
        counts.update(done_now)
        if slow_s is not None:  # the unsent ones wait again, just after the slow-down
            now_s = epoch_s(run.svc.clock.now())
            handled = set(numbers_in(run.svc.redis, keys.campaign_handled(brand, campaign_id), min(due),
                                     max(due) + 1))
            run.store.defer(brand, campaign_id, {n: now_s + int(slow_s) + 1 for n in due if n not in handled})
            break
    _schedule_due(run)
    _maybe_done(run)
    return dict(counts)


def _chunk(run: _Run, numbers: Sequence[int], *, force: bool = False) -> tuple[Counter[str], float | None]:
    """Decide `numbers`, send what goes now, defer what waits, queue the WeCom mass targets; mark them handled.

    A rate bucket that says slow down (the platform's limits, bot/gateway/limits.py) stops the chunk: what it
    did not send stays unhandled and the wait is returned, so the caller continues after it (the fan-out is
    throttled by the gateway's buckets instead of piling deliveries up in delayed jobs)."""
    svc, brand, spec = run.svc, run.brand, run.spec
    ctx = campaign_context(svc, run.queue)
    content = ctx.content(brand)
    now_s = epoch_s(svc.clock.now())
    launched_s = int(run.record.get("launched_s") or now_s)
    size = int(run.record.get("size") or 0)
    shorten = LinkShortener(LinkStore(svc.redis), svc.settings)
    found = verdicts(ctx, brand, spec, content, list(numbers), EnrolmentStore(svc.redis), now_s, size,
                         render=True, launched_s=None if force else launched_s, shorten=shorten)
    decided: dict[int, str] = {}
    later: dict[int, int] = {}
    masses: list[str] = []
    oa_masses: list[str] = []
    caps: Counter[tuple[str, str]] = Counter()
    deliveries: list[Delivery] = []
    slow_s: float | None = None
    days: dict[str, str] = {}
    numbers_of: dict[str, int] = {}
    arms: dict[str, str] = {}  # delivery key -> tone arm
    for number, verdict in zip(numbers, found, strict=True):
        if verdict.outcome == "skip":
            decided[number] = f"skipped:{verdict.reason}"
        elif verdict.outcome == "later":
            later[number] = verdict.due_s
        elif verdict.outcome == "mass":
            decided[number] = "mass:queued"
            member_id = svc.members.member_id_of(brand, number) or ""
            member = svc.members.get(brand, member_id) if member_id else None
            # one message per batch of readers: their language and, for Chinese, their script (F_SCRIPT)
            reading = reading_of(verdict.locale, member.script) if member is not None else ""
            if member is not None and verdict.route == OA_MASS:
                oa_masses.append(f"{reading}|{member.user_id}|{member.id}")
                caps[(member.id, verdict.day)] += 1
            elif member is not None:
                masses.append(mass.queued_item(verdict.staff, reading, member.user_id, verdict.arm))
                caps[(member.id, verdict.day)] += 1
        else:
            assert verdict.delivery is not None
            deliveries.append(verdict.delivery)
            days[verdict.delivery.member_id] = verdict.day
            numbers_of[verdict.delivery.key] = number
            arms[verdict.delivery.key] = verdict.arm
    run.store.defer(brand, spec.id, later)
    run.store.queue_mass(brand, spec.id, masses)
    run.store.queue_oa_mass(brand, spec.id, oa_masses)
    if later:
        _schedule_due(run, min(later.values()))
    if deliveries:
        claims = svc.ledger.claim_many([(d.brand, d.key) for d in deliveries], holder=claim_holder())
        results = send_prepaid(svc, deliveries, claims, Pace(deadline=None))
        tally = Tally.of(results, delays=0)
        svc.ledger.release_many([(deliveries[i].brand, deliveries[i].key) for i in tally.unsent])
        if tally.slow:
            slow_s = max(error.retry_after for _, error in tally.slow)
        data = [d.to_data() for d in deliveries]
        retry = [data[i] for i, (outcome, _e) in enumerate(results) if outcome in (Outcome.RETRY, Outcome.BUSY)]
        if retry:  # a delivery job takes them from here, with RQ's retries
            svc.later.enqueue_later(retry, queue=Queue.BULK, delay_s=RETRY_DELAY_S, delays=0)
        unsent = set(tally.unsent)
        shown: list[tuple[str, str]] = []
        for index, (delivery, (outcome, _error)) in enumerate(zip(deliveries, results, strict=True)):
            if index in unsent or outcome == Outcome.SLOW:  # not sent: stays unhandled, sent when the range goes on
                continue
            decided[numbers_of[delivery.key]] = "handed"
            if outcome in COUNTED:
                caps[(delivery.member_id, days[delivery.member_id])] += 1
            if outcome == Outcome.SENT:  # a tone is measured on what WeChat took, never on a retry or a task
                shown.append((delivery.member_id, arms[delivery.key]))
        ToneStats(svc.redis).sent(brand, campaign_tag(spec.id), shown, now_s=now_s, members=svc.members)
    EnrolmentStore(svc.redis).count_sent(brand, caps)
    return Counter(run.store.mark_handled(brand, spec.id, decided)), slow_s


def _schedule_due(run: _Run, due_s: int | None = None) -> None:
    """One due job per minute that has members waiting (coalesced by a key), delayed on RQ's scheduler."""
    if due_s is None:
        _waiting, due_s = run.store.waiting(run.brand, run.campaign_id)
        if due_s is None:
            return
    now_s = epoch_s(run.svc.clock.now())
    minute = due_s // 60 * 60
    if run.svc.redis.set(keys.campaign_due_kick(run.brand, run.campaign_id, minute), 1, nx=True,
                         ex=max(minute - now_s, 0) + 3600):
        run.queue.enqueue(DUE_JOB, run.brand, run.campaign_id, delay_s=max(due_s - now_s, 0),
                          description=f"campaign {run.campaign_id}: members due at {minute}")


def _maybe_done(run: _Run) -> None:
    store = run.store
    if store.ranges_left(run.brand, run.campaign_id) or store.waiting(run.brand, run.campaign_id)[0]:
        return
    if store.transition(run.brand, run.campaign_id, (RUNNING,), DONE,
                        stopped_s=epoch_s(run.svc.clock.now())) is not None:
        log.info("campaign %s of %s: fan-out done", run.campaign_id, run.brand)
        run.queue.enqueue(MASS_JOB, run.brand, run.campaign_id, False,
                          description=f"campaign {run.campaign_id}: WeCom mass tasks")


def mass_tasks(brand: str, campaign_id: str, groups: bool = False) -> dict[str, Any]:
    """Create the campaign's WeCom mass tasks: its customer groups (`groups`), or the customers the fan-out
    queued, one task per staff member and language; then follow them."""
    run = _run(brand, campaign_id)
    if run is None:
        return {"stopped": "unknown"}
    svc = run.svc
    content = svc.sequences.content(brand)
    made = mass.create_tasks(svc.routes, run.store, brand, run.spec, content, svc.clock.now(), groups=groups)
    if not groups:  # the Official Account's mass send by tag (oa_mass), once the fan-out is done
        sent, retry_s = oa_mass.send(svc.routes, run.store, svc.redis, brand, run.spec, content, svc.clock.now())
        made += sent
        if retry_s is not None:  # a subscription account's send of the day is used: the next day
            run.queue.enqueue(MASS_JOB, brand, campaign_id, False, delay_s=max(retry_s - epoch_s(svc.clock.now()), 0),
                              description=f"campaign {campaign_id}: OA mass send (next day)")
    if made:
        run.queue.enqueue(TRACK_JOB, brand, campaign_id, delay_s=TRACK_EVERY_S,
                          description=f"campaign {campaign_id}: follow WeCom tasks")
    return {"tasks": made}


def track_mass(brand: str, campaign_id: str) -> dict[str, Any]:
    """One look at the campaign's open WeCom tasks (confirmed? delivered? remind, cancel); again later while
    any is open."""
    run = _run(brand, campaign_id)
    if run is None:
        return {"stopped": "unknown"}
    counts = mass.track(run.svc.routes, run.store, brand, run.spec, run.svc.clock.now(),
                        cancel=run.store.status(brand, campaign_id) == "cancelled")
    counts["open"] += oa_mass.track(run.svc.routes, run.store, brand, campaign_id)
    if counts.get("open"):
        run.queue.enqueue(TRACK_JOB, brand, campaign_id, delay_s=TRACK_EVERY_S,
                          description=f"campaign {campaign_id}: follow WeCom tasks")
    return dict(counts)


def snapshot_reports(brand: str) -> dict[str, int]:
    """Cron (hourly): today's snapshot of every launched campaign's report; archive those whose report is
    final (bot/campaigns/retention.py)."""
    counts = retention.snapshot_all(campaign_context(context.services()), brand)
    if counts.get("archived") or counts.get("retired"):
        log.info("campaign reports of %s: %s", brand, dict(counts))
    return dict(counts)


def register(cron: Any, brands: Sequence[str]) -> None:
    for brand in brands:
        cron.register(snapshot_reports, queue_name=str(Queue.BULK), args=(brand,),
                      interval=retention.SNAPSHOT_EVERY_S, name=f"campaign-snapshots:{brand}")
