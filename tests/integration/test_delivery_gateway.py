"""What the gateway shares between processes, on a real redis-server and the fake WeChat API over HTTP:
one token fetch when many processes refresh at once, one token bucket for all workers, and a
slow-down that reschedules the RQ job instead of using up its retries."""

from __future__ import annotations

import multiprocessing
import time
from typing import Any

import pytest
import redis
from rq import Queue
from rq.job import Job
from rq.registry import FailedJobRegistry, ScheduledJobRegistry

from bot import gateway as gw
from bot.clock import ManualClock
from bot.outbound import Delivery, DeliveryContext, Text
from bot.outbound import Queue as QueueName
from bot.queueing import RQDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.settings import Rate, Settings
from bot.store.ledger import DeliveryLedger
from jobs import context
from jobs.worker import run_worker
from tests.support.factories import make_settings
from tests.support.redis_server import RedisServer

PROCESSES = 6
SPAWN = multiprocessing.get_context("spawn")  # fresh interpreters: no state shared except Redis and HTTP


def _refresh_token(redis_url: str, origin: str, platform: str, stale: str, start: Any, out: Any) -> None:
    """One process: wait for the start signal, then refresh the shared token from `stale`."""
    settings = make_settings(SIYU_OA_API_ORIGIN=origin, SIYU_WECOM_API_ORIGIN=origin, SIYU_OA_SECRET="oasecret",
                             SIYU_WECOM_SECRET="appsecret")
    app = gw.oa_app(settings, "default") if platform == "oa" else gw.wecom_app(settings, "default")
    store = gw.TokenStore(redis.Redis.from_url(redis_url), http=gw.new_session())
    start.wait(30)  # a barrier: every process refreshes at the same moment
    out.put(store.refresh(app, stale) if stale else store.get(app))


@pytest.mark.parametrize(("platform", "path", "refresh"), [
    ("oa", "/cgi-bin/stable_token", False), ("oa", "/cgi-bin/stable_token", True),
    ("wecom", "/cgi-bin/gettoken", True)])
def test_processes_refreshing_at_once_fetch_one_token(redis_server: RedisServer, real_redis: redis.Redis,
                                                      platform: str, path: str, refresh: bool) -> None:
    with FakeWeChatServer() as fake:
        stale = ""
        if refresh:  # every process holds a token WeChat now refuses; all refresh at the same moment
            settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                                     SIYU_OA_SECRET="oasecret", SIYU_WECOM_SECRET="appsecret")
            app = gw.oa_app(settings, "default") if platform == "oa" else gw.wecom_app(settings, "default")
            stale = gw.TokenStore(real_redis, http=gw.new_session()).get(app)
            fake.state.expire_token(stale)
        before = len(fake.requests(path))
        start, out = SPAWN.Barrier(PROCESSES), SPAWN.Queue()
        procs = [SPAWN.Process(target=_refresh_token, args=(redis_server.url, fake.origin, platform, stale, start,
                                                            out)) for _ in range(PROCESSES)]
        for proc in procs:
            proc.start()
        tokens = [out.get(timeout=30) for _ in procs]
        for proc in procs:
            proc.join(10)
        assert all(proc.exitcode == 0 for proc in procs)
        assert len(set(tokens)) == 1 and stale not in tokens
        assert len(fake.requests(path)) - before == 1


def _drain_bucket(redis_url: str, seconds: float, start: Any, out: Any) -> None:
    limiter = gw.RateLimiter(redis.Redis.from_url(redis_url), {("oa", "shared"): Rate(20, 10)})
    start.wait(30)
    granted, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        if limiter.take("oa", "app", "shared") == 0:
            granted += 1
        else:
            time.sleep(0.005)
    out.put(granted)


def test_two_processes_share_one_token_bucket(redis_server: RedisServer, real_redis: redis.Redis) -> None:
    seconds, start, out = 1.0, SPAWN.Barrier(2), SPAWN.Queue()
    procs = [SPAWN.Process(target=_drain_bucket, args=(redis_server.url, seconds, start, out)) for _ in range(2)]
    for proc in procs:
        proc.start()
    granted = [out.get(timeout=30) for _ in procs]
    for proc in procs:
        proc.join(10)
    # One bucket: burst 10 + 20/s × 1 s ≈ 30 in all. Two separate buckets would grant about 60.
    assert 10 <= sum(granted) <= 10 + 20 * seconds + 4, granted
    assert all(g > 0 for g in granted)


NO_ROBOT_LIMIT = {"SIYU_RATE_LIMITS": "robot:webhook/send=1000000/s"}  # the robot's 20 a minute: not what is tested


def _robot_drops(keys: list[str]) -> list[Delivery]:
    """Group drops through the ops robot on the bulk queue, one per key."""
    return [Delivery(brand="default", channel="group_bot", account="", member_id="", user_id="",
                     message=Text(text=f"drop {key}"), key=key, purpose="drop", queue=QueueName.BULK,
                     context=DeliveryContext(robot="ops")) for key in keys]


def _install_robot_jobs(real_redis: redis.Redis, clock: ManualClock, origin: str, *,
                        timeout_s: float = gw.DEFAULT_TIMEOUT_S, **env: str) -> Settings:
    """The job context for robot drops against the fake at `origin` (no sleeps between tries); its settings."""
    settings = make_settings(SIYU_OA_API_ORIGIN=origin, SIYU_WECOM_API_ORIGIN=origin,
                             SIYU_GROUP_ROBOT_KEYS="ops=robotkey-0001", **env)
    gateway = gw.Gateway(real_redis, settings, timeout_s=timeout_s, retry_delays_s=(0.0,), sleep=lambda s: None)
    context.install(context.build(settings, real_redis, clock=clock, gateway=gateway))
    return settings


def test_slow_down_reschedules_the_job_without_using_a_retry(real_redis: redis.Redis, clock: ManualClock) -> None:
    with FakeWeChatServer() as fake:
        _install_robot_jobs(real_redis, clock, fake.origin)
        try:
            batch = _robot_drops(["drop:0", "drop:1"])
            fake.set_faults(rate=1.0, errcodes=[130101], paths=["/cgi-bin/webhook/send"])
            RQDeliveryQueue(real_redis).enqueue(batch)
            bulk = Queue("bulk", connection=real_redis)
            first = bulk.job_ids[0]
            run_worker(real_redis, burst=True, in_process=True)
            job = Job.fetch(first, connection=real_redis)
            assert job.get_status() == "finished" and job.retries_left == 4  # no RQ retry used
            registry = ScheduledJobRegistry(queue=bulk)
            (later_id,) = registry.get_job_ids()
            delay_s = (registry.get_scheduled_time(later_id) - job.ended_at.astimezone(
                registry.get_scheduled_time(later_id).tzinfo)).total_seconds()
            assert 55 <= delay_s <= 65  # 130101: 60 s (docs/platform.md §4)
            assert DeliveryLedger(real_redis, clock).state("default", "drop:0") is None  # claim released
            fake.set_faults()
            for key in real_redis.scan_iter("siyu:rate:*"):
                real_redis.delete(key)
            registry.remove(later_id)
            bulk.enqueue_job(Job.fetch(later_id, connection=real_redis))  # as RQ's scheduler will, in 60 s
            run_worker(real_redis, burst=True, in_process=True)
        finally:
            context.install(None)
        # after the robot's 130101 its second drop is handed back with the first, without a call
        assert [r["errcode"] for r in fake.requests("/cgi-bin/webhook/send")] == [130101, 0, 0]
        assert DeliveryLedger(real_redis, clock).state("default", "drop:1") == "sent"


def test_a_transient_failure_on_the_jobs_last_run_is_listed_as_failed(real_redis: redis.Redis,
                                                                       clock: ManualClock) -> None:
    """WeChat busy (-1) on every try: once RQ has no retry left, each delivery is in the failed ledger with its last
    errcode, retryable by a manager (`siyu deliveries retry`), and the job ends finished: before, the deliveries were
    only in RQ's failed registry, which no delivery list shows."""
    with FakeWeChatServer() as fake:
        settings = _install_robot_jobs(real_redis, clock, fake.origin, **NO_ROBOT_LIMIT, SIYU_RETRY_INTERVALS_S="0,0")
        try:
            batch = _robot_drops(["drop:0", "drop:1"])
            fake.set_faults(rate=1.0, errcodes=[-1], paths=["/cgi-bin/webhook/send"])
            RQDeliveryQueue(real_redis, tuning=settings.delivery).enqueue(batch)
            bulk = Queue("bulk", connection=real_redis)
            (job_id,) = bulk.job_ids
            run_worker(real_redis, burst=True, in_process=True)
            job = Job.fetch(job_id, connection=real_redis)
            assert job.get_status() == "finished" and job.retries_left == 0
            assert job.return_value() == {"failed": 2}
            assert FailedJobRegistry(queue=bulk).count == 0
            calls = fake.requests("/cgi-bin/webhook/send")
            assert len(calls) == 3 * 2 * 2  # three runs (two RQ retries), two tries each, two drops
            ledger = DeliveryLedger(real_redis, clock)
            failures = {row["key"]: row for row in ledger.failures("default")}
            assert sorted(failures) == ["drop:0", "drop:1"]
            assert all(row["errcode"] == "-1" and row["reason"].endswith("retries used up")
                       and row["route"] == "group_robot" for row in failures.values())
            assert ledger.state("default", "drop:0") == "failed:-1"
            assert ledger.retryable_failures("default", ["drop:0", "drop:1"]) == [True, True]
            fake.set_faults()
            retried = ledger.take_failed("default", "drop:0")  # what `siyu deliveries retry drop:0` does
            assert retried is not None
            RQDeliveryQueue(real_redis, tuning=settings.delivery).enqueue([Delivery.from_data(retried)])
            run_worker(real_redis, burst=True, in_process=True)
        finally:
            context.install(None)
        assert [r["errcode"] for r in fake.requests("/cgi-bin/webhook/send")][-1] == 0
        assert DeliveryLedger(real_redis, clock).state("default", "drop:0") == "sent"


def test_a_send_whose_answer_never_came_is_listed_as_uncertain_and_not_sent_again(real_redis: redis.Redis,
                                                                                   clock: ManualClock) -> None:
    """The robot's webhook/send has no idempotency key: a read timeout after the request went out may have posted
    it. It is never sent again, and a manager sees it in the failed ledger as uncertain, not retryable (a retry could
    post it twice) and not counted as failed; before, only a log line said so."""
    from bot.store.ledger import UNCERTAIN

    with FakeWeChatServer() as fake:
        settings = _install_robot_jobs(real_redis, clock, fake.origin, timeout_s=0.3, **NO_ROBOT_LIMIT)
        try:
            fake.set_faults(timeout_rate=1.0, timeout_s=1.0, paths=["/cgi-bin/webhook/send"])
            RQDeliveryQueue(real_redis, tuning=settings.delivery).enqueue(_robot_drops(["drop:lost"]))
            (job_id,) = Queue("bulk", connection=real_redis).job_ids
            run_worker(real_redis, burst=True, in_process=True)
            assert Job.fetch(job_id, connection=real_redis).return_value() == {"maybe": 1}
        finally:
            context.install(None)
        assert len(fake.requests("/cgi-bin/webhook/send")) <= 1  # tried once, never again
        ledger = DeliveryLedger(real_redis, clock)
        (row,) = ledger.failures("default")
        assert row["key"] == "drop:lost" and row["reason"] == UNCERTAIN and row["route"] == "group_robot"
        assert ledger.state("default", "drop:lost") == "maybe:timeout"
        assert ledger.retryable_failures("default", ["drop:lost"]) == [False]
        from bot.store import keys
        from bot.store.ledger import DAY_COUNTER

        assert not real_redis.hget(keys.counter("default", DAY_COUNTER, clock.now().date().isoformat()), "failed")
