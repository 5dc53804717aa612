"""What runs on a clock, registered with RQ's own CronScheduler (no home-made loop in production): the
sequence tick for every brand, every `interval_s` seconds, the WeCom confirm-task tracker and the group
drop tick every minute (at most `interval_s`), on the default queue; hourly campaign report snapshots on
bulk. `siyu cron` runs it as its own process (Procfile `cron`); the embedded demo runs the same
registrations in a thread.

One cron process per deployment is enough; two only enqueue twice as many ticks, which is safe (claims
are atomic) but useless.
"""

from __future__ import annotations

import logging
import threading

import redis
from rq.cron import CronScheduler
from rq.scheduler import RQScheduler

from bot.outbound import Queue
from bot.queueing import JOB_FAILURE_TTL_S, JOB_RESULT_TTL_S
from jobs import campaigns, community, drops, tasks
from jobs.sequences import tick

log = logging.getLogger("siyu.cron")
TICK_INTERVAL_S = 15  # a step is due to the minute; a tick every 15 s sends it within ~1 min of its time


def build_cron(redis_client: redis.Redis, brands: list[str], *, interval_s: int = TICK_INTERVAL_S,
               name: str = "") -> CronScheduler:
    cron = CronScheduler(connection=redis_client, name=name)
    for brand in brands:
        cron.register(tick, queue_name=str(Queue.DEFAULT), kwargs={"brand": brand}, interval=interval_s,
                      result_ttl=JOB_RESULT_TTL_S, failure_ttl=JOB_FAILURE_TTL_S, name=f"sequence-tick-{brand}")
    # WeCom confirm tasks: reminded, recorded, branched; a pass that finds nothing due costs one Redis read, so a
    # shorter tick interval (tests, the demo) tracks as often
    tasks.register(cron, brands, interval_s=min(interval_s, tasks.TRACK_EVERY_S))
    community.register(cron, brands)  # referral stay checks, leader tags
    campaigns.register(cron, brands)  # daily campaign report snapshots; archiving finished ones
    for brand in brands:  # group tutorial drops (jobs/drops.py)
        cron.register(drops.tick, queue_name=str(Queue.DEFAULT), kwargs={"brand": brand},
                      interval=min(interval_s, drops.INTERVAL_S), result_ttl=JOB_RESULT_TTL_S,
                      failure_ttl=JOB_FAILURE_TTL_S, name=f"drop-tick-{brand}")
    return cron


SCHEDULED_JOBS_EVERY_S = 1.0  # the demo's retries are due at most this late (RQ's own scheduler: 1 s)


def run_cron(redis_client: redis.Redis, brands: list[str], *, interval_s: int = TICK_INTERVAL_S) -> None:
    """Until SIGTERM/SIGINT (RQ's CronScheduler.start installs the handlers and keeps its heartbeat)."""
    build_cron(redis_client, brands, interval_s=interval_s).start()


def run_cron_thread(redis_client: redis.Redis, brands: list[str], *, interval_s: int,
                    stop: threading.Event) -> threading.Thread:
    """The demo's cron: RQ's scheduler decides when each registration is due; a daemon thread (which cannot
    install signal handlers, so `start()` is not used) asks it until `stop` is set.

    The same thread moves RQ's scheduled jobs (retries after their interval) onto their queues. A worker
    would fork a scheduler process for that, but the demo's Redis is an in-process fakeredis: a forked child
    holds a copy of it, so the retries the demo scheduled were never run, and the child (forked beside
    running threads) could hang on the SIGTERM its worker sends at Ctrl-C.
    """
    cron = build_cron(redis_client, brands, interval_s=interval_s, name="siyu-demo-cron")
    scheduler = RQScheduler([str(queue) for queue in Queue], connection=redis_client, name="siyu-demo-scheduler")

    def loop() -> None:
        while not stop.is_set():
            try:
                cron.enqueue_jobs()
                if scheduler.acquire_locks():  # acquired or refreshed: this process is the demo's only scheduler
                    scheduler.enqueue_scheduled_jobs()
            except redis.RedisError as exc:
                log.warning("demo cron could not enqueue: %s", exc)
            stop.wait(min(SCHEDULED_JOBS_EVERY_S, max(0.5, cron.calculate_sleep_interval())))

    thread = threading.Thread(target=loop, name="siyu-demo-cron", daemon=True)
    thread.start()
    return thread
