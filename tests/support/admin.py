"""A small community for the dashboard's tests, made through the real paths: signed follows and messages
through the webhook, the `newcomer` sequence's tick, the delivery job sending to the fake WeChat API (one
follower has unfollowed there, so one send fails for real; one reply has no window left, so it parks).
Only the RQ job that ran out of retries is put in RQ's failed registry by hand (RQ's own call)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
import redis
from rq import Queue as RQQueue
from rq.job import JobStatus
from rq.registry import FailedJobRegistry
from rq.results import Result

from bot import gateway as gw
from bot.clock import ManualClock, SystemClock
from bot.member import member_id_for
from bot.outbound import Delivery, Queue, Text
from bot.queueing import RecordingDeliveryQueue, RQDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.local_media import serve_demo_media
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.settings import Settings
from bot.store import keys
from bot.store.ledger import SENT_EVENT
from bot.store.tokens import Role, TokenStore
from jobs import context
from jobs.deliver import deliver_batch
from tests.support.factories import OA_APPID, make_settings
from tests.support.jobs import LaterRecorder

BRAND = "default"
FOLLOWERS = [f"o_dash_{i}" for i in range(6)]
UNANSWERED = "你们的产品可以寄到火星吗"


def oa_member(openid: str) -> str:
    return member_id_for(f"oa:{OA_APPID}:{openid}")


@dataclass
class Seeded:
    read_token: str
    write_token: str
    failed_job_id: str
    handoff_member: str
    lesson_members: list[str] = field(default_factory=list)


def dashboard_settings(fake: FakeWeChatServer) -> Settings:
    """Every route the seed uses reaches the fake (the WeCom app too, so a handoff can tell its staff)."""
    return make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                         SIYU_OA_SECRET="oasecret", SIYU_WECOM_SECRET="appsecret",
                         # a job sends its whole batch, and the few sends never wait for a rate bucket: the seed is
                         # the same on a slow machine, and quick
                         SIYU_JOB_SLICE_S="60", SIYU_RATE_LIMITS="oa:*=1000/s:1000,wecom:*=1000/s:1000")


# A test module imports these two to run on the seeded community: `settings` then stands in for tests/conftest.py's,
# so its `services`, `client` and `simulator` are built on the dashboard's settings. Named apart from the fixture
# names so that a test's `settings` and `seeded` arguments do not shadow an import.
@pytest.fixture(name="settings")
def dashboard_settings_fixture(fake: FakeWeChatServer) -> Settings:
    return dashboard_settings(fake)


@pytest.fixture(name="seeded")
def seeded_fixture(services: Services, simulator: Simulator, clock: ManualClock, fake: FakeWeChatServer,
                   delivery_queue: RecordingDeliveryQueue) -> Seeded:
    """The community below, seeded on the module's services (built on `settings` above)."""
    return seed_community(services, simulator, clock, fake, delivery_queue)


def seed_community(services: Services, simulator: Simulator, clock: ManualClock, fake: FakeWeChatServer,
                   recorded: RecordingDeliveryQueue) -> Seeded:
    """Six followers (one a WeCom contact too), lesson-1 of `newcomer` sent to three and failed for one, a parked
    reply, an open handoff, an unanswered question, and one failed delivery job in RQ. `services` must be built
    on `dashboard_settings(fake)`."""
    settings = services.settings
    gateway = gw.Gateway(services.redis, settings, retry_delays_s=(0.0,))  # waits out its own rate limits
    serve_demo_media(gateway.http)  # the lessons' images, from the repository as in the demo
    later = LaterRecorder()
    jobs = context.build(settings, core=services, gateway=gateway, later=later)
    context.install(jobs)
    try:
        for openid in FOLLOWERS:
            simulator.oa_subscribe(openid)
        simulator.wecom_contact_added("wm_dash_1", staff="zhangsan", state="spring-qr")
        clock.advance(2 * 86400)  # lesson-1 came due yesterday: it waits for each follower's next message
        for openid in FOLLOWERS[:4]:
            simulator.oa_message(openid, "早上好")
        simulator.oa_message(FOLLOWERS[0], UNANSWERED)
        simulator.oa_message(FOLLOWERS[1], "转人工")
        jobs.sequences.tick(BRAND)
        fake.set_user(FOLLOWERS[3], subscribe=0)  # unfollowed on WeChat's side: its lesson answers 43004
        deliver_batch([d.to_data() for d in recorded.deliveries])
        recorded.deliveries.clear()
        while later.calls:  # what a job handed back at the end of its time slice runs now, as RQ would run it
            handed_back, _, _, delays = later.calls.pop(0)
            deliver_batch(handed_back, delays=delays)
        # a reply to a follower who has not written for two days: no route may send it now, so it parks
        parked = _oa_delivery(FOLLOWERS[5], "dash:parked:1", "您好，这是我们的回复", Queue.HIGH)
        deliver_batch([parked.to_data()])
    finally:
        context.install(None)
    failed = _oa_delivery(FOLLOWERS[4], "dash:failed-job:1", "第二课", Queue.DEFAULT)
    RQDeliveryQueue(services.redis).enqueue([failed])
    queue = RQQueue(str(Queue.DEFAULT), connection=services.redis)
    job = queue.fetch_job(queue.get_job_ids()[0])
    assert job is not None
    queue.remove(job)
    error = ("Traceback ...\nbot.errors.RetryLaterError: 1 of 1 deliveries must be retried; "
             "first: errcode -1 system busy")
    pipe = services.redis.pipeline()
    job.set_status(JobStatus.FAILED, pipeline=pipe)
    FailedJobRegistry(queue=queue).add(job, ttl=job.failure_ttl, exc_string=error, pipeline=pipe)
    Result.create_failure(job, job.failure_ttl, exc_string=error, pipeline=pipe)  # as RQ's worker records it
    pipe.execute()
    return Seeded(read_token=issue_token(services.redis, role=Role.READ),
                  write_token=issue_token(services.redis, role=Role.WRITE), failed_job_id=job.id,
                  handoff_member=oa_member(FOLLOWERS[1]), lesson_members=sorted(
                      _s(fields[b"member"]) for _, fields in services.redis.xrange(keys.sends(BRAND))
                      if fields[b"type"] == SENT_EVENT.encode() and fields.get(b"purpose") == b"sequence"))


def _oa_delivery(openid: str, key: str, text: str, queue: Queue) -> Delivery:
    return Delivery(brand=BRAND, channel="oa", account=OA_APPID, member_id=oa_member(openid), user_id=openid,
                    message=Text(text=text), key=key, purpose="reply", queue=queue)


def _s(value: bytes) -> str:
    return value.decode()


def issue_token(redis_client: redis.Redis, *, role: Role, brand: str = "") -> str:
    """A new admin token (bot/store/tokens.py), as `siyu admin token create` makes one."""
    return TokenStore(redis_client, SystemClock()).create(role=role, brand=brand)[1]
