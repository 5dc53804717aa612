"""`siyu simulate --event` against the bot over real HTTP, set up as `siyu demo` sets itself up: the
webhook on a real redis-server, the fake WeChat API on its own port, found through `/_sandbox/fake`.
Each event's reaction is checked where it happens: the passive reply in the command's output, the
welcome by send_welcome_msg and the group welcome by the group's robot on the fake server."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import redis
import requests
from click.testing import CliRunner, Result
from werkzeug.serving import make_server

from bot.app import create_app
from bot.cli import cli
from bot.clock import ManualClock
from bot.content import load_content
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.demo import DEMO_ENV
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.routes import sandbox_blueprint
from bot.services import Services, build_services
from bot.settings import Settings
from jobs import context, deliver
from tests.support.jobs import install_jobs

CONTENT = load_content(Path("config"))  # the demo brand
OA_APPID, CORP_ID = DEMO_ENV["SIYU_OA_APPID"], DEMO_ENV["SIYU_WECOM_CORP_ID"]


@dataclass
class Running:
    url: str
    fake: FakeWeChatServer
    queue: RecordingDeliveryQueue
    services: Services
    settings: Settings
    clock: ManualClock

    def simulate(self, *args: str) -> Result:
        return CliRunner().invoke(cli, ["simulate", "--url", self.url, *args])

    def deliver_queued(self) -> None:
        """What the demo's in-process worker does with the queued deliveries: send them to the fake."""
        install_jobs(self.settings, self.services.redis, self.clock)
        try:
            deliver.deliver_batch([delivery.to_data() for delivery in self.queue.deliveries])
        finally:
            context.install(None)
        self.queue.deliveries.clear()

    def tags(self, identity: str) -> frozenset[str]:
        member = self.services.members.get("default", member_id_for(identity))
        assert member is not None
        return member.tags


def serve(real_redis: redis.Redis, *, demo: bool) -> Iterator[Running]:
    clock = ManualClock(offset_from_system=True)  # the command signs with the wall clock, as WeChat does
    with FakeWeChatServer(clock=clock) as fake:
        settings = Settings.from_env({**DEMO_ENV, "SIYU_OA_API_ORIGIN": fake.origin,
                                      "SIYU_WECOM_API_ORIGIN": fake.origin})
        queue = RecordingDeliveryQueue()
        services = build_services(settings, redis_client=real_redis, clock=clock, queue=queue)
        app = create_app(settings, services=services)
        if demo:
            app.register_blueprint(sandbox_blueprint(fake_origin=fake.origin))  # as bot.sandbox.demo.run does
        server = make_server("127.0.0.1", 0, app, threaded=True)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield Running(f"http://127.0.0.1:{server.server_port}", fake, queue, services, settings, clock)
        finally:
            server.shutdown()
            thread.join(timeout=5)


@pytest.fixture
def demo(real_redis: redis.Redis) -> Iterator[Running]:
    yield from serve(real_redis, demo=True)


@pytest.fixture
def production(real_redis: redis.Redis) -> Iterator[Running]:
    yield from serve(real_redis, demo=False)


def follows(running: Running, openid: str) -> object:
    return requests.get(f"{running.fake.origin}/_fake/users", params={"openid": openid}, timeout=5).json()["subscribe"]


def test_follow_is_answered_with_the_welcome_and_recorded_at_wechat(demo: Running) -> None:
    result = demo.simulate("--event", "subscribe", "--user", "o_sim_follower")
    assert result.exit_code == 0, result.output
    assert "sent: subscribe from o_sim_follower" in result.output
    assert CONTENT.brand.welcome.oa_follow.zh.strip().splitlines()[0] in result.output  # the passive reply
    assert f"{demo.fake.origin}/_fake/requests" in result.output
    assert follows(demo, "o_sim_follower") == 1


def test_a_qr_scan_is_a_follow_with_the_scene_then_a_scan(demo: Running) -> None:
    first = demo.simulate("--event", "scan:spring-fair", "--user", "o_sim_scanner")
    assert first.exit_code == 0, first.output
    assert "subscribe (EventKey qrscene_spring-fair" in first.output
    assert CONTENT.brand.welcome.oa_follow.zh.strip().splitlines()[0] in first.output
    assert "qr:spring-fair" in demo.tags(f"oa:{OA_APPID}:o_sim_scanner")
    again = demo.simulate("--event", "scan:autumn-fair", "--user", "o_sim_scanner")  # now a follower
    assert again.exit_code == 0, again.output
    assert "sent: SCAN (EventKey autumn-fair" in again.output and "欢迎回来" in again.output
    assert {"qr:spring-fair", "qr:autumn-fair"} <= demo.tags(f"oa:{OA_APPID}:o_sim_scanner")


def test_unfollow_is_recorded_at_wechat(demo: Running) -> None:
    demo.simulate("--event", "subscribe", "--user", "o_sim_leaver")
    result = demo.simulate("--event", "unsubscribe", "--user", "o_sim_leaver")
    assert result.exit_code == 0, result.output
    assert "sent: unsubscribe from o_sim_leaver" in result.output and "reply: (none" in result.output
    assert follows(demo, "o_sim_leaver") == 0
    events = [event["type"] for event in demo.services.events.recent("default", count=10)]
    assert "in.unsubscribe" in events
    after = demo.simulate("--event", "scan:spring-fair", "--user", "o_sim_leaver")  # not following: a follow again
    assert "subscribe (EventKey qrscene_spring-fair" in after.output


def test_contact_added_gets_a_code_and_the_welcome_goes_out_by_send_welcome_msg(demo: Running) -> None:
    result = demo.simulate("--event", "contact-added:xhs")
    assert result.exit_code == 0, result.output
    code = re.search(r"WelcomeCode (\S+)", result.output)
    assert code is not None, result.output
    assert "/_fake/requests?path=/cgi-bin/externalcontact/send_welcome_msg" in result.output
    assert "source:xhs" in demo.tags(f"wecom:{CORP_ID}:wmDemoNewcomer01")
    demo.deliver_queued()
    [sent] = demo.fake.requests(path="/cgi-bin/externalcontact/send_welcome_msg")
    assert sent["errcode"] == 0 and sent["body"]["welcome_code"] == code.group(1)
    assert CONTENT.brand.welcome.contact_added.zh.strip()[:15] in sent["body"]["text"]["content"]


@pytest.mark.parametrize("which", ["", ":syd-careers", ":wrOgQhDgAAsydcareers01"])
def test_group_join_is_welcomed_by_the_groups_robot(demo: Running, which: str) -> None:
    group = CONTENT.groups[1] if which else CONTENT.groups[0]
    result = demo.simulate("--event", f"group-join{which}", "--user", "wmSimJoiner01")
    assert result.exit_code == 0, result.output
    assert f"wmSimJoiner01 joined {group.chat_id}" in result.output
    assert "/_fake/requests?path=/cgi-bin/webhook/send" in result.output
    demo.deliver_queued()
    [posted] = demo.fake.requests(path="/cgi-bin/webhook/send")
    assert posted["errcode"] == 0 and posted["query"]["key"] == DEMO_ENV[group.robot_key_env]
    assert group.welcome.zh.strip()[:15] in posted["body"]["text"]["content"]


def test_a_kf_message_is_queued_at_wechat_and_announced_to_the_bot(demo: Running) -> None:
    """WeChat customer service: the command hands the message to the fake (sync_msg serves it) and posts the
    kf_msg_or_event callback; the bot queues the pull that answers by kf/send_msg."""
    result = demo.simulate("--channel", "kf", "--user", "wmSimKf01", "运费多少")
    assert result.exit_code == 0, result.output
    assert "sent: kf_msg_or_event (Token ENC" in result.output
    assert "/_fake/requests?path=/cgi-bin/kf/send_msg" in result.output
    entered = demo.simulate("--event", "kf-enter:xhs", "--user", "wmSimKf01")
    assert entered.exit_code == 0 and "enter_session by wmSimKf01 (scene xhs)" in entered.output
    assert [pull[1] for pull in demo.queue.kf_pulls] == ["wkSiyuDemoKf000001"] * 2  # two notices, two pulls
    clicked = demo.simulate("--event", "menu-click:say:教程", "--user", "o_sim_clicker")  # config/menu.yaml's key
    assert clicked.exit_code == 0 and "sent: CLICK (menu item say:教程) from o_sim_clicker" in clicked.output
    assert "reply: 露米小课堂" in clicked.output  # answered as typing 教程 would be


def test_without_the_demo_there_is_no_sandbox_path_and_no_welcome_code(production: Running) -> None:
    """Under `siyu serve` /_sandbox/ does not exist: the command finds no fake, posts the event without a
    WelcomeCode (it cannot make one up) and says so; the bot then only tags the contact."""
    assert requests.get(f"{production.url}/_sandbox/fake", timeout=5).status_code == 404
    result = production.simulate("--event", "contact-added:xhs")
    assert result.exit_code == 0, result.output
    assert "no WelcomeCode" in result.output and "--fake" in result.output
    assert "source:xhs" in production.tags(f"wecom:{CORP_ID}:wmDemoNewcomer01")
    assert production.queue.deliveries == []
    given = production.simulate("--event", "contact-added", "--user", "wmDemoNewcomer02",
                                "--fake", production.fake.origin)
    assert "WelcomeCode" in given.output and "no WelcomeCode" not in given.output
    production.deliver_queued()
    assert production.fake.requests(path="/cgi-bin/externalcontact/send_welcome_msg")[0]["errcode"] == 0
