"""A welcome's calls end with its code (issue 16, item 4): each try waits WELCOME_TRY_TIMEOUT_S at most, not the
gateway's 5 s, and no try or wait starts past the WelcomeCode's ~20 s, counted from the callback.

Against the fake WeChat API over HTTP, with a gateway that really sleeps between tries (the queue's own delays).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import fakeredis
import pytest

from bot import gateway as gw
from bot.clock import ManualClock
from bot.errors import RetryLaterError
from bot.inbound import Channel
from bot.outbound import Delivery, DeliveryContext, Queue, Text
from bot.queueing import WELCOME_CODE_LIFE_S, WELCOME_TRY_TIMEOUT_S
from bot.sandbox.fake_wechat import FakeWeChatServer
from jobs import context, deliver
from jobs.context import JobServices
from tests.support.factories import WECOM_CORP_ID, make_settings
from tests.support.jobs import LaterRecorder

WELCOME = "/cgi-bin/externalcontact/send_welcome_msg"


@pytest.fixture
def patient_env(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> Iterator[JobServices]:
    """The job context with the gateway as `siyu worker` builds it: the per-queue retry delays, real sleeps."""
    settings = make_settings(SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_WECOM_SECRET="appsecret",
                             SIYU_WECOM_CONTACT_SECRET="contactsecret")
    gateway = gw.Gateway(fake_redis, settings)
    svc = context.build(settings, fake_redis, clock=clock, gateway=gateway, later=LaterRecorder())
    context.install(svc)
    yield svc
    context.install(None)


def welcome(code: str, *, code_age_s: float, clock: ManualClock) -> Delivery:
    return Delivery(brand="default", channel=Channel.WECOM, account=WECOM_CORP_ID, member_id="", user_id="wmLate",
                    message=Text(text="welcome"), key=f"welcome:{code}", purpose="welcome", queue=Queue.WELCOME,
                    context=DeliveryContext(welcome_code=code,
                                            welcome_code_at=int(clock.now().timestamp() - code_age_s)))


def test_a_welcome_whose_tries_time_out_gives_up_when_its_code_does(patient_env: JobServices, fake: FakeWeChatServer,
                                                                    clock: ManualClock) -> None:
    fake.set_faults(timeout_rate=1.0, timeout_s=8, paths=[WELCOME])
    code = fake.issue_welcome_code(userid="alice", external_userid="wmLate")
    left_s = 4.0
    started = time.monotonic()
    with pytest.raises(RetryLaterError):  # RQ's retries then meet an expired code: 41050, recorded as failed
        deliver.deliver_batch([welcome(code, code_age_s=WELCOME_CODE_LIFE_S - left_s, clock=clock).to_data()])
    took_s = time.monotonic() - started
    # a 2 s try, a wait of ~0.5 s, a try cut to the ~1.5 s left, then no third past the code's life (at 5 s a
    # try, before the lane, the first try alone outlived this code)
    assert left_s - 0.6 < took_s < left_s + 0.6, f"took {took_s:.1f} s for a code with {left_s} s left"
    assert WELCOME_TRY_TIMEOUT_S < gw.DEFAULT_TIMEOUT_S


def test_a_welcome_recovers_from_a_timed_out_try_within_its_code(patient_env: JobServices, fake: FakeWeChatServer,
                                                                 clock: ManualClock) -> None:
    """The first try hangs (the fault injects exactly one timeout), the second is sent: ~2.5 s, not 5 s or more."""
    fake.set_faults(timeout_rate=1.0, timeout_s=8, paths=[WELCOME])
    code = fake.issue_welcome_code(userid="alice", external_userid="wmLate")
    started = time.monotonic()
    clear = _clear_faults_after(fake, 1.0)
    assert deliver.deliver_batch([welcome(code, code_age_s=1, clock=clock).to_data()]) == {"sent": 1}
    clear.join()
    took_s = time.monotonic() - started
    assert [r["errcode"] for r in fake.requests(WELCOME)][-1] == 0
    assert WELCOME_TRY_TIMEOUT_S <= took_s < WELCOME_TRY_TIMEOUT_S + 1.5


def _clear_faults_after(fake: FakeWeChatServer, delay_s: float) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(delay_s), fake.set_faults()), daemon=True)
    thread.start()
    return thread
