"""The webhook against a real redis-server: dedupe, member touch, event stream, Redis outages."""

from __future__ import annotations

import threading
from typing import ClassVar

import pytest
import redis

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from bot.store import keys
from tests.support.factories import make_settings
from tests.support.redis_server import RedisServer


@pytest.fixture
def real_app(redis_server: RedisServer, real_redis: redis.Redis, clock: ManualClock):
    settings = make_settings(SIYU_REDIS_URL=redis_server.url)
    services = build_services(settings, clock=clock, queue=RecordingDeliveryQueue())
    return create_app(services=services)


@pytest.fixture
def real_simulator(real_app, clock: ManualClock) -> Simulator:
    settings = real_app.extensions["siyu"].settings
    brand = settings.brands["default"]
    return Simulator(oa=brand.oa, wecom=brand.wecom, transport=flask_transport(real_app.test_client()),
                     now=lambda: int(clock.now().timestamp()))


def test_concurrent_retries_run_handlers_once(real_app, real_simulator: Simulator, real_redis: redis.Redis) -> None:
    fields = real_simulator.oa_fields("o_dupe", MsgType="text", Content="ping", MsgId=9001)
    replies = []

    def post() -> None:
        replies.append(real_simulator.post_oa(fields))

    threads = [threading.Thread(target=post) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [r.text for r in replies] == ["pong"] * 5
    events = real_redis.xrange(keys.events("default"))
    assert sum(1 for _, fields in events if fields[b"type"] == b"in.text") == 1


def test_member_touch_and_event_stream(real_app, real_simulator: Simulator, real_redis: redis.Redis,
                                       clock: ManualClock) -> None:
    real_simulator.oa_message("o_member", "hello")
    clock.advance(3600)
    real_simulator.oa_event("o_member", "CLICK", EventKey="MENU_JOBS")
    services = real_app.extensions["siyu"]
    assert services.members.count("default") == 1
    member_id = services.members.member_id_of("default", 1)
    member = services.members.get("default", member_id)
    assert member.user_id == "o_member"
    assert member.last_seen_at("oa") == clock.now().replace(microsecond=0)
    assert member.last_message_at("oa") < member.last_seen_at("oa")  # a click is not a message
    types = [fields[b"type"] for _, fields in real_redis.xrange(keys.events("default"))]
    assert types == [b"in.text", b"in.menu_click"]


def test_unionid_links_identities_across_channels(real_app, real_simulator: Simulator) -> None:
    real_simulator.post_oa(real_simulator.oa_fields("o_oa_side", MsgType="text", Content="hi", MsgId=1,
                                                    UnionId="UNION1"))
    real_simulator.post_wecom(real_simulator.wecom_fields(FromUserName="sys", MsgType="event",
                                                          Event="change_external_contact",
                                                          ChangeType="edit_external_contact", UserID="staff",
                                                          ExternalUserID="wm_wecom_side", UnionId="UNION1"))
    assert len(real_app.extensions["siyu"].members.linked("default", "UNION1")) == 2


def test_redis_down_is_503_then_recovers_without_loss(real_app, real_simulator: Simulator,
                                                      redis_server: RedisServer) -> None:
    client = real_app.test_client()
    redis_server.stop()
    try:
        assert client.get("/healthz").status_code == 503
        reply = real_simulator.oa_message("o_outage", "ping", msg_id=5555)
        assert reply.status == 503  # WeChat retries: nothing is lost
    finally:
        redis_server.start()
    assert client.get("/healthz").status_code == 200
    assert real_simulator.oa_message("o_outage", "ping", msg_id=5555).text == "pong"


def test_a_repeated_faq_question_writes_only_what_changed(real_app, real_simulator: Simulator,
                                                          real_redis: redis.Redis,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Two round trips per callback (the claim with the member touch; the commit, one script); a member asking
    again carries the entry's tags already, so the writes have no member update, and the day's event counter,
    renewed by the first question, is not renewed again within COUNTER_RENEW_S (issue 10, performance)."""
    from redis.connection import Connection

    from bot.store.callbacks import CallbackLedger

    services = real_app.extensions["siyu"]
    entry = next(e for e in services.content("default").faq if e.questions.get("zh") and e.tags)
    question = entry.questions.get("zh")[0]
    assert real_simulator.oa_message("o_repeat", question).text == entry.answers.get("zh").strip()
    # asked again once unwatched: the commit without a member update is a script of its own, and a redis-server
    # that has not run it yet answers its first EVALSHA with NOSCRIPT (two round trips more, once per server);
    # this test runs alone or after others on the session's server, and counts the steady state
    assert real_simulator.oa_message("o_repeat", question).text == entry.answers.get("zh").strip()
    sent: list[bytes] = []
    committed: list[list[str]] = []
    send, commit = Connection.send_packed_command, CallbackLedger.commit

    def sending(self: Connection, command: object, *args: object, **kwargs: object) -> object:
        sent.append(b"".join(command) if isinstance(command, list) else bytes(command))  # type: ignore[arg-type]
        return send(self, command, *args, **kwargs)

    def recording(self: CallbackLedger, brand: str, key: str, reply: object, writes: redis.client.Pipeline) -> object:
        committed.append([str(command[0][0]) for command in writes.command_stack])
        return commit(self, brand, key, reply, writes)  # type: ignore[arg-type]

    monkeypatch.setattr(Connection, "send_packed_command", sending)
    monkeypatch.setattr(CallbackLedger, "commit", recording)
    assert real_simulator.oa_message("o_repeat", question).text == entry.answers.get("zh").strip()
    monkeypatch.undo()
    assert len(sent) == 2, sent  # one round trip each: the claim with the member touch; the commit
    assert len(sent[0]) < 1000 and b"EVAL\r\n" not in sent[0]  # the scripts by SHA, not the touch's 6.7 KB body
    assert b"EVALSHA" in sent[1] and b"WATCH" not in sent[1] and b"MULTI" not in sent[1]
    [writes] = committed
    assert "EVAL" not in writes and writes.count("EXPIRE") == 0
    assert writes.count("XADD") == 2  # in.text and answered, each still in the stream
    counter = real_redis.hgetall(keys.counter("default", "events", services.pipeline.clock.now().date().isoformat()))
    assert counter[b"in.text"] == b"3" and counter[b"answered"] == b"3"
    member_id = services.members.member_id_of("default", 1)  # the only member: number 1
    assert member_id is not None
    member = services.members.get("default", member_id)
    assert member is not None and {f"asked:{entry.id}", *entry.tags} <= member.tags
    for tag in (f"asked:{entry.id}", *entry.tags):
        assert services.members.members_with_tag("default", tag) == 1


class StallingHandler:
    """Answers `slow`, holding its first delivery until released: the first request of a callback whose
    Redis stalled, still running after WeChat gave up on it and retried."""

    name = "stalling"
    summary: ClassVar[dict[str, str]] = {}

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.calls = 0

    def match(self, inbound, member, content):
        from bot.router import Match

        return Match() if inbound.text == "slow" else None

    def handle(self, inbound, member, content, match):
        from bot.outbound import Text
        from bot.router import Result

        self.calls += 1
        if self.calls == 1:
            self.entered.set()
            assert self.release.wait(10)
        return Result(messages=(Text(text=f"answer {self.calls}"),), set_fields={"said": f"slow {self.calls}"})


def test_a_first_delivery_finishing_after_its_retry_writes_nothing_twice(
        redis_server: RedisServer, real_redis: redis.Redis, clock: ManualClock) -> None:
    """Issue 16, item 1: a first delivery whose claim expired (Redis stalled) and whose retry then handled
    the callback must not land its writes late: one in.* event, the retry's reply answered by both."""
    from tests.support.factories import router_with

    stalling = StallingHandler()
    settings = make_settings(SIYU_REDIS_URL=redis_server.url)
    app = create_app(services=build_services(settings, clock=clock, queue=RecordingDeliveryQueue(),
                                             router=router_with(stalling)))
    brand = settings.brands["default"]
    simulator = Simulator(oa=brand.oa, wecom=brand.wecom, transport=flask_transport(app.test_client()),
                          now=lambda: int(clock.now().timestamp()))
    fields = simulator.oa_fields("o_stalled", MsgType="text", Content="slow", MsgId=7007)
    first: list = []
    thread = threading.Thread(target=lambda: first.append(simulator.post_oa(fields)))
    thread.start()
    try:
        assert stalling.entered.wait(10)
        [claim] = real_redis.keys(keys.dedupe("default", "*"))
        real_redis.delete(claim)  # its claim expired while Redis stood still
        retry = simulator.post_oa(fields)
    finally:
        stalling.release.set()
        thread.join(10)
    assert retry.text == "answer 2"
    assert first[0].text == "answer 2"  # the late first answers what the retry stored
    events = [f for _, f in real_redis.xrange(keys.events("default")) if f[b"type"].startswith(b"in.")]
    assert len(events) == 1
    services = app.extensions["siyu"]
    assert services.members.count("default") == 1
    member = services.members.get("default", services.members.member_id_of("default", 1))
    assert member.fields["said"] == "slow 2"


def test_callbacks_after_redis_forgot_its_scripts(real_app, real_simulator: Simulator, real_redis: redis.Redis) -> None:
    """The first round trip sends the claim with the member touch as a Redis function (FCALL), the commit script by
    SHA: after a Redis restart (no script cache, no function library), each is loaded and runs once."""
    assert real_simulator.oa_message("o_flush", "ping", msg_id=8801).text == "pong"
    real_redis.script_flush()
    real_redis.function_flush()
    assert real_simulator.oa_message("o_flush", "ping", msg_id=8802).text == "pong"
    assert real_simulator.oa_message("o_flush", "ping", msg_id=8802).text == "pong"  # a retry: the first reply
    services = real_app.extensions["siyu"]
    assert services.members.count("default") == 1
    events = [f for _, f in real_redis.xrange(keys.events("default")) if f[b"type"] == b"in.text"]
    assert len(events) == 2


def test_callbacks_when_redis_refuses_function_libraries(real_app, real_simulator: Simulator, real_redis: redis.Redis,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """A Redis that refuses FUNCTION LOAD (a managed service, an ACL): the claim with the member touch runs as a
    script (EVALSHA) instead, from then on, with the same dedupe (a retry gets the first reply, one in.text)."""
    from bot.store import scripting

    monkeypatch.setitem(scripting._refused, "functions", False)
    real_redis.function_flush()
    refused: list[str] = []

    def refuse(self: redis.Redis, code: str, replace: bool = False) -> object:
        refused.append(code[:40])
        raise redis.ResponseError("unknown command 'FUNCTION', with args beginning with: 'LOAD'")

    monkeypatch.setattr(redis.Redis, "function_load", refuse)
    assert real_simulator.oa_message("o_nofn", "ping", msg_id=8901).text == "pong"
    assert real_simulator.oa_message("o_nofn", "ping", msg_id=8901).text == "pong"  # a retry: the first reply
    assert real_simulator.oa_message("o_nofn", "ping", msg_id=8902).text == "pong"
    assert len(refused) == 1 and scripting._refused["functions"]
    assert real_redis.function_list() == []
    events = [f for _, f in real_redis.xrange(keys.events("default")) if f[b"type"] == b"in.text"]
    assert len(events) == 2
