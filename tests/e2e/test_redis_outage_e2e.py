"""Issue 16, item 1, on real processes: Redis stopped (SIGTERM), killed (SIGKILL, AOF with `appendfsync
always`) and paused (SIGSTOP) under WeChat-style traffic (5 s patience, 3 tries), with `siyu serve` and
`siyu worker` running. Counted from the event stream and the fake WeChat API's record
(tests/support/outage.py).

Inside WeChat's ~15 s retry window nothing is lost and nothing is handled twice. When every callback has a try
that begins once Redis is back (outages up to 2 s here) WeChat gives up on nothing either. After a 12 s pause, the
last tries of the callbacks that arrived as it began have only ~3 s once Redis is back, beside the backlog of
everything that arrived meanwhile: whether each is answered in time is a matter of CPU (0 given up of 240 in 6 of 6
runs on an idle 2-core machine, 6-22 with its cores 5x oversubscribed, and then lost 0). Those are counted and
printed, not asserted: a timed assertion in disguise, it failed CI on a loaded machine. A longer outage (a 20 s
pause) loses only callbacks WeChat itself stopped retrying: none that was answered 200 goes unhandled, and none
is handled twice. Either way every queued welcome is sent or failed with the platform's code, and both processes
are still running afterwards."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.sandbox.fake_wechat import FakeWeChatServer
from tests.support import e2e, outage

pytestmark = pytest.mark.timeout(180)
CALLBACKS = 240
RATE_PER_S = 20  # 12 s of traffic; the outages start 2 s in
# A job whose worker lost Redis between taking it and starting it is put back by the worker's maintenance
# (jobs/worker.py requeue_stranded); every 5 s here instead of every 60 s, so the test sees it within ~20 s.
SETTLE_S = 30  # at most, for the web to process what arrived during the outage (the 20 s pause's backlog: ~5 s)
# The heartbeat grace (RQ's 60 s by default) outlasts the longest pause here (20 s) plus a beat (5 s): a job whose
# worker merely waited for Redis is never taken for abandoned and run beside itself.
WORKER_ENV = {"SIYU_WORKER_MAINTENANCE_S": "5", "SIYU_WORKER_JOB_MONITORING_S": "5", "SIYU_WORKER_TTL_S": "20",
              "SIYU_WORKER_HEARTBEAT_GRACE_S": "30"}


# SIGTERM (Redis saves and closes its connections) is the gentler twin of SIGKILL and costs ~80 s, which the CI's
# 20-minute budget no longer has room for: it runs with SIYU_E2E_FULL=1. SIGKILL and both SIGSTOPs always run.
FULL = bool(os.environ.get("SIYU_E2E_FULL"))


@pytest.mark.parametrize(("kind", "seconds", "times"), [
    pytest.param("stop", 2.0, 2, marks=pytest.mark.skipif(not FULL, reason="SIGTERM twin of sigkill-x3: set "
                                                                           "SIYU_E2E_FULL=1 (CI time budget)")),
    ("kill", 2.0, 3), ("pause", 12.0, 1), ("pause", 20.0, 1)],
    ids=["sigterm-x2", "sigkill-x3", "sigstop-12s", "sigstop-20s-beyond-the-window"])
def test_redis_outages_under_wechat_traffic(kind: str, seconds: float, times: int, fake: FakeWeChatServer,
                                            tmp_path: Path) -> None:
    data = tmp_path / "redis"
    data.mkdir()
    with outage.durable_redis(data) as server:
        env = e2e.siyu_env(server.url, fake.origin, extra={"SIYU_LOG_LEVEL": "INFO",
                                                            "SIYU_RATE_LIMITS": e2e.LIFTED_LIMITS, **WORKER_ENV})
        with outage.Stack(env, tmp_path) as stack:
            callbacks = outage.make_callbacks(stack.simulator(), fake, kind, CALLBACKS)
            began: list[float] = []
            outage.run_traffic(outage.WeChatClient(stack.url), callbacks, rate_per_s=RATE_PER_S, outage_after_s=2.0,
                               during=lambda: (began.append(time.time()), server.outages(kind, seconds, times)))
            redis_client = server.client()
            # An attempt WeChat gave up on still runs once Redis is back, after its retries had their turn
            # (bot/webhook/pipeline.py ABANDONED_DEFER_S): count what was lost only once the web has caught up
            settle_deadline = time.monotonic() + SETTLE_S
            while outage.tally(callbacks, redis_client, fake).lost and time.monotonic() < settle_deadline:
                time.sleep(0.5)
            # A job whose end the outage interrupted (its heartbeat write failed) is re-run once its heartbeat lapses:
            # job monitoring (5 s here) + the grace (30 s), then the next maintenance (5 s): ~40 s; wait longer
            e2e.wait_until(lambda: not outage.tally(callbacks, redis_client, fake).welcomes_missing, timeout_s=120,
                           interval_s=0.5, what="every queued welcome sent or failed",
                           on_timeout=lambda: outage.tally(callbacks, redis_client, fake).line(kind) + stack.logs())
            result = outage.tally(callbacks, redis_client, fake)
            print("\n" + result.line(f"Redis {kind} {seconds:.0f} s x{times}"))
            stack_logs = stack.logs()
            assert stack.alive() == [], stack.logs()
    assert result.twice == []
    if seconds < outage.PATIENCE_S * outage.TRIES:
        assert result.lost == [], outage.given_up(callbacks, since=began[0]) + stack_logs
        if seconds + outage.PATIENCE_S <= outage.PATIENCE_S * (outage.TRIES - 1):  # a whole try after Redis is back
            assert result.gave_up == 0, outage.given_up(callbacks, since=began[0]) + stack_logs
    else:  # what WeChat stops retrying is all that may be lost: nothing answered 200 goes unhandled
        answered = {c.user_id for c in callbacks if c.answered}
        assert set(result.lost) & answered == set()
