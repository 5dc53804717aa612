"""Issue 12's evidence on real processes: a campaign to 10,000 members, sent by 2 `siyu worker` processes on a
real redis-server to the fake WeChat API over HTTP, with injected faults (5 % "system busy", retried; 1 %
invalid openid, failed for good).

- the report's counts equal the fake's record: one accepted customer-service message per member reported sent,
  the failed ones exactly those WeChat refused;
Rate buckets are lifted here (the fan-out throttled by them: tests/integration/test_campaigns_redis.py).

- pausing half-way stops new sends at once: after the pause, at most the chunk each worker was sending goes out
  (the time to the last send is printed, not asserted: it depends on the machine);
- resuming finishes without sending anyone anything twice;
- opted-out, capped and quiet-hours members are skipped with the reason counted;
- a second campaign cancelled half-way sends nothing more after its chunks in flight, and a resume is refused.
"""

from __future__ import annotations

import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
import redis

from bot.campaigns import service
from bot.campaigns.queue import RQCampaignQueue
from bot.clock import SystemClock
from bot.content.campaigns import Campaign
from bot.content.localized import LocalizedText
from bot.content.sequences import StepContent
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore
from jobs.campaigns import CHUNK
from tests.support import e2e
from tests.support.campaigns import BRAND, bulk_audience
from tests.support.factories import demo_content

pytestmark = pytest.mark.timeout(240)
OA_SEND = "/cgi-bin/message/custom/send"
FAULTS = ({"paths": [OA_SEND], "rate": 0.002, "errcodes": [-1]},
          {"paths": [OA_SEND], "rate": 0.01, "errcodes": [40003]})
COUNTS = {"reachable": 9700, "opted_out": 100, "capped": 100, "quiet": 100}


def campaign(campaign_id: str, tag: str) -> Campaign:
    return Campaign(id=campaign_id, name=LocalizedText(zh=campaign_id, en=campaign_id), segment=f"tag:{tag}",
                    send=StepContent(kind="text",
                                     text=LocalizedText(zh=f"{campaign_id} 新品", en=f"{campaign_id} new")))


def accepted(fake: FakeWeChatServer, marker: str) -> Counter[str]:
    """Members (openids) who got the campaign's text, per accepted call."""
    return Counter(r["body"]["touser"] for r in fake.requests(OA_SEND)
                   if r["errcode"] == 0 and r["fault"] is None and marker in r["body"]["text"]["content"])


def refused(fake: FakeWeChatServer, marker: str) -> set[str]:
    return {r["body"]["touser"] for r in fake.requests(OA_SEND)
            if r["errcode"] == 40003 and marker in r["body"]["text"]["content"]}


def test_a_campaign_to_10000_members_paused_resumed_and_one_cancelled(
        e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer, tmp_path: Path) -> None:
    clock = SystemClock()
    members, enrolments = MemberStore(e2e_redis, clock), EnrolmentStore(e2e_redis)
    people = bulk_audience(members, enrolments, datetime.now(UTC), counts=COUNTS, tag="vip")
    bulk_audience(members, enrolments, datetime.now(UTC), counts={"reachable": 3000}, tag="other")
    fake.set_faults(*FAULTS, seed=12)
    ctx = service.CampaignContext(redis=e2e_redis, clock=clock, content=lambda brand: demo_content(),
                                  queue=RQCampaignQueue(e2e_redis))
    service.create(ctx, BRAND, campaign("big", "vip"))
    service.create(ctx, BRAND, campaign("short", "other"))
    # the platform's buckets lifted (OA customer-service sends are 5/s per app: 10,000 would take half an hour;
    # tests/integration/test_campaigns_redis.py shows the fan-out throttled by them)
    env = e2e.siyu_env(redis_server.url, fake.origin, extra={"SIYU_RETRY_INTERVALS_S": "1,1,2,2,4",
                                                              "SIYU_RATE_LIMITS": e2e.LIFTED_LIMITS})
    with e2e.Workers(env, tmp_path, siyu=True) as workers:
        workers.start(2)
        started = time.monotonic()
        service.launch(ctx, BRAND, "big")
        e2e.wait_until(workers.running(lambda: service.progress(ctx, BRAND, "big")["handled"] >= 4000),
                       timeout_s=120, what="4,000 members handled", on_timeout=workers.logs)
        service.pause(ctx, BRAND, "big")
        at_pause = len(fake.requests(OA_SEND))
        time.sleep(2.0)  # anything still going out after the pause would show by now
        after = fake.requests(OA_SEND)[at_pause:]
        assert len(after) <= 2 * CHUNK * 2, "more than each worker's chunk in flight went out after the pause"
        print(f"\npaused at {at_pause} calls; {len(after)} more went out after it (chunks in flight)")
        service.resume(ctx, BRAND, "big")
        e2e.wait_until(workers.running(lambda: _settled(ctx, "big")), timeout_s=150, what="the campaign settled",
                       on_timeout=lambda: f"{service.progress(ctx, BRAND, 'big')}\n{workers.logs()}")
        elapsed = time.monotonic() - started
        service.launch(ctx, BRAND, "short")
        e2e.wait_until(workers.running(lambda: service.progress(ctx, BRAND, "short")["handled"] >= 1000),
                       timeout_s=60, what="1,000 of the short campaign", on_timeout=workers.logs)
        service.cancel(ctx, BRAND, "short")
        at_cancel = len(accepted(fake, "short"))
        time.sleep(2.0)
        cancelled_after = len(accepted(fake, "short")) - at_cancel
        with pytest.raises(ValueError, match="not paused"):
            service.resume(ctx, BRAND, "short")
    report = service.report(ctx, BRAND, "big")
    got, bad = accepted(fake, "big"), refused(fake, "big")
    print(f"10,000-member campaign: {elapsed:.1f} s with 2 workers; report {report['sent']} {report['skipped']}")
    assert [who for who, n in got.items() if n != 1] == []  # nobody twice
    assert report["sent"] == {"oa_custom": len(got)}
    assert report["skipped"].get("failed", 0) == len(bad - set(got))
    assert len(got) + len(bad - set(got)) == COUNTS["reachable"]
    assert {k: report["skipped"][k] for k in ("opted_out", "capped", "quiet_hours")} == {
        "opted_out": 100, "capped": 100, "quiet_hours": 100}
    assert report["status"] == "done" and report["handled"] == 10_000
    opted = {m.user_id for m in people["opted_out"] + people["capped"] + people["quiet"]}
    assert not opted & set(got)
    assert cancelled_after <= 2 * CHUNK, f"{cancelled_after} sends after the cancel"
    assert service.progress(ctx, BRAND, "short")["status"] == "cancelled"


def _settled(ctx: service.CampaignContext, campaign_id: str) -> bool:
    progress = service.progress(ctx, BRAND, campaign_id)
    return progress["status"] == "done" and progress["in_flight"] == 0
