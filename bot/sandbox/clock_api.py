"""`/_sandbox/clock` (demo only; `siyu serve` never mounts it, so there it is a 404): read or move the embedded
clock, and run the work that became due, so a newcomer watches a 7-day sequence in a minute.

    GET  /_sandbox/clock                       -> {"now": "2026-12-03T15:00:00+00:00"}
    POST /_sandbox/clock  {"advance_s": 86400} -> the same, after the due steps went out

POST moves the clock, runs every brand's sequence tick, drop tick and confirm-task tracking at once (the cron would
only look every few seconds), then waits until the in-process worker has drained the queues, so the fake
WeChat API's record (`/_fake/requests`) already shows what was sent when the answer comes.
"""

from __future__ import annotations

import logging
import math
import time
from typing import Any

import redis
from flask import Blueprint, Response, jsonify, request
from rq import Queue as RQQueue
from rq import Worker
from rq.registry import StartedJobRegistry

from bot.clock import ManualClock
from bot.outbound import Queue
from jobs.context import JobServices
from jobs.tasks import tracker

log = logging.getLogger("siyu.sandbox")
MAX_ADVANCE_S = 366 * 86400
DRAIN_TIMEOUT_S = 20.0
NO_WORKER_GRACE_S = 1.0  # a queue with no registered worker this long is not going to drain
MAX_STOPS = 10_000  # due minutes one advance walks through


def clock_blueprint(clock: ManualClock, jobs: JobServices, brands: list[str]) -> Blueprint:
    blueprint = Blueprint("sandbox_clock", __name__)

    @blueprint.get("/_sandbox/clock")
    def read() -> Response:
        return jsonify(now=clock.now().isoformat(timespec="seconds"))

    @blueprint.post("/_sandbox/clock")
    def advance() -> tuple[Response, int] | Response:
        body = request.get_json(silent=True)
        seconds = _advance_s(body)
        if isinstance(seconds, str):
            return jsonify(error=seconds), 400
        handed, drained = walk(clock, jobs, brands, seconds)
        log.info("sandbox clock moved %s s to %s: %d sequence step(s) handed to delivery%s", seconds,
                 clock.now().isoformat(timespec="seconds"), handed, "" if drained else " (queues still busy)")
        return jsonify(now=clock.now().isoformat(timespec="seconds"))

    return blueprint


def walk(clock: ManualClock, jobs: JobServices, brands: list[str], seconds: float) -> tuple[int, bool]:
    """Move the clock `seconds` ahead through every due time on the way, running the due work at each (and
    letting the worker send it), so each step goes out at its own time, as it would have live: a step due at
    19:00 is sent at 19:00 even when the clock jumps from one morning to the next. (handed, drained)."""
    target = clock.now().timestamp() + seconds
    handed, drained = 0, wait_for_queues(jobs.redis)  # first what callbacks kicked, at the current time
    stalled = 0
    run_drops(jobs, brands)  # anchors a new drop schedule at the current time
    for _ in range(MAX_STOPS):
        now = clock.now().timestamp()
        upcoming = [due for due in (next_due(jobs, brands), *(jobs.drops.next_due_s(b, after_s=now) for b in brands))
                    if due is not None]
        stop = min(upcoming, default=None)
        if stop is None or stop > target:
            break
        if stop > now:
            clock.advance(stop - now)
        ran = sum(jobs.sequences.tick(brand).claimed for brand in brands) + run_drops(jobs, brands)
        track_tasks(jobs, brands)
        handed += ran
        drained = wait_for_queues(jobs.redis) and drained
        stalled = stalled + 1 if ran == 0 and stop <= now else 0
        if stalled > 1:
            break  # due refs nobody can claim now (a dead tick's lease): they come back after it; move on
    clock.advance(max(0.0, target - clock.now().timestamp()))
    handed += sum(jobs.sequences.tick(brand).handed for brand in brands) + run_drops(jobs, brands)
    track_tasks(jobs, brands)
    return handed, wait_for_queues(jobs.redis) and drained


def next_due(jobs: JobServices, brands: list[str]) -> int | None:
    """The earliest due minute of any brand's sequence steps (epoch s), or None when nothing is scheduled."""
    return min((due for due in (jobs.sequences.store.next_due(b) for b in brands) if due is not None), default=None)


def run_drops(jobs: JobServices, brands: list[str]) -> int:
    """Every brand's drop tick at the moved clock; the lessons handed over (or skipped as too late)."""
    reports = [jobs.drops.tick(brand) for brand in brands]
    return sum(len(r.queued) + len(r.skipped) for r in reports)


def track_tasks(jobs: JobServices, brands: list[str]) -> None:
    """Follow the WeCom confirm tasks at the moved clock (reminded, recorded sent, branched at the deadline)."""
    for brand in brands:
        tracker(jobs).track(brand, jobs.clock.now())


def _advance_s(body: Any) -> float | str:
    """The seconds to move, or why the body is wrong."""
    if not isinstance(body, dict) or "advance_s" not in body:
        return 'send a JSON object {"advance_s": N} (N seconds, N >= 0)'
    value = body["advance_s"]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        return "advance_s must be a number of seconds"
    if not 0 <= value <= MAX_ADVANCE_S:
        return f"advance_s must be between 0 and {MAX_ADVANCE_S} (a year)"
    return float(value)


def wait_for_queues(redis_client: redis.Redis, timeout_s: float = DRAIN_TIMEOUT_S,
                    no_worker_grace_s: float = NO_WORKER_GRACE_S) -> bool:
    """Until the high, default and bulk (drops) queues are empty, none of their jobs is between queue and registry (RQ's
    intermediate list) or running, and every worker is idle, seen twice 50 ms apart (a job is briefly in
    none of these places while a worker takes it); False when `timeout_s` passed first, or when work is queued
    but no worker has registered within `no_worker_grace_s` (nobody would drain it: waiting the whole timeout
    would only hold the answer back; the caller logs the queues as still busy)."""
    started = time.monotonic()
    deadline = started + timeout_s
    queues = [RQQueue(str(name), connection=redis_client) for name in (Queue.HIGH, Queue.DEFAULT, Queue.BULK)]
    idle_seen = 0
    worker_seen = False
    while time.monotonic() < deadline:
        busy = sum(q.count + redis_client.llen(q.intermediate_queue_key)
                   + StartedJobRegistry(q.name, connection=redis_client).count for q in queues)
        workers = Worker.all(connection=redis_client)
        worker_seen = worker_seen or bool(workers)
        busy += sum(1 for worker in workers if worker.get_state() == "busy")
        idle_seen = idle_seen + 1 if busy == 0 else 0
        if idle_seen >= 2:
            return True
        if not worker_seen and time.monotonic() - started >= no_worker_grace_s:
            return False
        time.sleep(0.05)
    return False
