"""Issue 16, item 4: welcomes under a WeChat API that times out and fails, beside a queue of replies.

Two real `siyu worker` processes (the Procfile's command, production settings), the fake WeChat API over HTTP
failing 5% of customer-service sends by holding them 5 s and 15% with errcode -1 (system busy, retried), and a
steady stream of reply jobs on `high` (two customer-service messages each, as a callback's answer). Meanwhile
100 contact-added callbacks arrive through the real webhook, each with a fresh WelcomeCode (good for 20 s).

Before the welcome lane, welcomes waited on `high` behind replies stuck in those 5 s calls: first tried p50
44 s after their callback and 75 of 100 expired (41050). The target: >= 99% first tried within 5 s and sent
within their code's 20 s. `faults_on="every send"` puts the same faults on the welcome sends themselves.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest
import redis

from bot.app import create_app
from bot.inbound import Inbound, Kind
from bot.member import Member
from bot.outbound import Delivery, DeliveryContext, Queue, Text
from bot.queueing import RQDeliveryQueue
from bot.router import Match, Result, Router
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, http_transport
from bot.services import build_services
from tests.support import e2e
from tests.support.factories import make_settings

pytestmark = pytest.mark.timeout(300)
WELCOMES = 100
CALLBACKS_PER_S = 5
FOLLOWERS = 200  # reply recipients: 2 jobs x 2 messages each stay inside the 5-message window budget
REPLY_JOBS_PER_S = 15  # offered far beyond what 2 workers clear while 5% of calls hang 5 s: `high` backs up
CUSTOM_SEND = "/cgi-bin/message/custom/send"
FIRST_TRY_WITHIN_S = 5.0
CODE_LIFE_S = 20.0
FAULTS = {"timeout_rate": 0.05, "timeout_s": 5.0, "rate": 0.15, "errcodes": [-1]}


class WelcomeHandler:
    """A minimal welcome: the subject is when it is sent, not its wording (handlers/welcome.py)."""

    name = "e2e_welcome"
    summary: ClassVar[Mapping[str, str]] = {}

    def match(self, inbound: Inbound, member: Member | None, content: Any) -> Match | None:
        return Match() if inbound.kind == Kind.CONTACT_ADDED and inbound.welcome_code else None

    def handle(self, inbound: Inbound, member: Member | None, content: Any, match: Match) -> Result:
        return Result(messages=(Text(text=f"welcome {inbound.user_id}"),))


@pytest.fixture
def webhook(e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer) -> Iterator[tuple[str, Any]]:
    settings = make_settings(SIYU_REDIS_URL=redis_server.url, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_OA_API_ORIGIN=fake.origin, SIYU_LOG_LEVEL="WARNING")
    router = Router()
    router.register(WelcomeHandler())
    app = create_app(services=build_services(settings, redis_client=e2e_redis, router=router))
    with e2e.served(app) as url:
        yield url, settings


class Replies:
    """Reply jobs on `high`, REPLY_JOBS_PER_S of them, until stopped: what the workers are busy with."""

    def __init__(self, redis_client: redis.Redis) -> None:
        self.queue = RQDeliveryQueue(redis_client)
        openids = [f"oE2Elane{i:04d}" for i in range(FOLLOWERS)]
        self.followers = [(openid, e2e.oa_member(redis_client, openid)) for openid in openids]
        self.sent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="replies", daemon=True)

    def job(self, n: int) -> list[Delivery]:
        openid, member_id = self.followers[n % FOLLOWERS]
        context = DeliveryContext(in_reply_to=f"e2e-lane-{n}")
        return [Delivery(brand="default", channel="oa", account=e2e.OA_APPID, member_id=member_id, user_id=openid,
                         message=Text(text=f"answer {n}.{part}"), key=f"reply:e2e-lane-{n}:{part}", purpose="qa",
                         queue=Queue.HIGH, context=context) for part in range(2)]

    def _run(self) -> None:
        while not self._stop.wait(1 / REPLY_JOBS_PER_S):
            if self.sent < 2 * FOLLOWERS:
                self.queue.enqueue(self.job(self.sent))
                self.sent += 1

    def __enter__(self) -> Replies:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


@pytest.mark.parametrize("faults_on", ["customer-service sends", "every send"])
def test_welcomes_are_tried_within_5s_and_sent_within_their_code_beside_failing_replies(
        e2e_redis: redis.Redis, redis_server, fake: FakeWeChatServer, webhook: tuple[str, Any], tmp_path: Path,
        faults_on: str) -> None:
    url, settings = webhook
    paths = [CUSTOM_SEND] if faults_on == "customer-service sends" else [CUSTOM_SEND, e2e.WELCOME_SEND]
    fake.set_faults(paths=paths, seed=16, **FAULTS)
    simulator = Simulator(brand="default", wecom=settings.brands["default"].wecom, transport=http_transport(url))
    called_at: dict[str, float] = {}
    env = e2e.siyu_env(redis_server.url, fake.origin)
    with e2e.Workers(env, tmp_path, siyu=True) as workers, Replies(e2e_redis) as replies:
        workers.start(2)
        e2e.wait_until(workers.running(lambda: len(fake.requests(CUSTOM_SEND)) > 20), timeout_s=30,
                       what="the reply traffic to start", on_timeout=workers.logs)
        for i in range(WELCOMES):
            external = f"wmE2Elane{i:04d}"
            code = fake.issue_welcome_code(userid="zhangsan", external_userid=external)
            called_at[code] = time.time()
            assert simulator.wecom_contact_added(external, state="e2e", welcome_code=code).status == 200
            time.sleep(1 / CALLBACKS_PER_S)

        def tries() -> dict[str, list[tuple[float, int, str | None]]]:
            """welcome_code -> [(at, errcode, fault)] of its send_welcome_msg calls, in order."""
            found: dict[str, list[tuple[float, int, str | None]]] = {}
            for record in fake.requests(e2e.WELCOME_SEND):
                if record["body"]:
                    found.setdefault(record["body"]["welcome_code"], []).append(
                        (record["at_s"], record["errcode"], record["fault"]))
            return found

        def settled() -> bool:
            """Every welcome sent, or the last code has expired: nothing more can change."""
            if time.time() - max(called_at.values()) > CODE_LIFE_S + 2:
                return True
            found = tries()
            return len(found) == WELCOMES and all(
                any(errcode == 0 and fault is None for _, errcode, fault in calls) for calls in found.values())

        e2e.wait_until(workers.running(settled), timeout_s=60, what="every welcome sent or expired",
                       on_timeout=workers.logs)
        high_backlog = e2e_redis.llen("rq:queue:high")
    calls = tries()
    first = sorted(calls[code][0][0] - at if code in calls else float("inf") for code, at in called_at.items())
    sent = [min((t for t, errcode, fault in calls.get(code, []) if errcode == 0 and fault is None),
                default=float("inf")) - at for code, at in called_at.items()]
    sent_in_time = sum(1 for s in sent if s <= CODE_LIFE_S)
    tried_in_time = sum(1 for f in first if f <= FIRST_TRY_WITHIN_S)
    faulted = sum(1 for code_calls in calls.values() for _, _, fault in code_calls if fault)
    print(f"\n[faults on {faults_on}] {WELCOMES} welcomes beside {replies.sent} reply jobs ({high_backlog} still on "
          f"high): first try p50 {statistics.median(first) * 1000:.0f} ms, max {first[-1] * 1000:.0f} ms, "
          f"{tried_in_time} within {FIRST_TRY_WITHIN_S:.0f} s; sent within the code's {CODE_LIFE_S:.0f} s: "
          f"{sent_in_time}, p50 {statistics.median(sent) * 1000:.0f} ms, max {max(sent) * 1000:.0f} ms; "
          f"{faulted} welcome tries faulted")
    assert high_backlog > 0, "the replies drained: the welcomes were not measured behind a busy high queue"
    assert tried_in_time >= 0.99 * WELCOMES
    assert sent_in_time >= 0.99 * WELCOMES
