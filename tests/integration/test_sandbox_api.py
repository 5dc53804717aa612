"""The sandbox's JSON endpoints over real HTTP, in one process: the app on a real socket (the sandbox posts its
signed callbacks to it as WeChat would), the fake WeChat API on another, fakeredis. Queued sends are recorded,
not delivered (the browser test runs `siyu demo` with its worker), so these tests look at what the sandbox
itself does: the exchange as posted and opened, the passive reply, a tracked tap counted by the bot's /l/,
personas, and refusals that are never a 5xx."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import fakeredis
import pytest
import requests
from werkzeug.serving import make_server

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.clock_api import clock_blueprint
from bot.sandbox.demo import publish_menu
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.page import playground_blueprint
from bot.sandbox.playground import Playground
from bot.services import build_services
from handlers.links import tracked_page
from jobs import context
from tests.support.factories import make_settings
from tests.support.redis_server import free_port


@pytest.fixture
def sandbox(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> Iterator[dict[str, Any]]:
    yield from served_sandbox(fake, fake_redis, clock)


@pytest.fixture
def unverified_sandbox(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis,
                       clock: ManualClock) -> Iterator[dict[str, Any]]:
    """The sandbox of an unverified subscription account: every answer is its passive reply."""
    yield from served_sandbox(fake, fake_redis, clock, SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")


def served_sandbox(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                   **env: str) -> Iterator[dict[str, Any]]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_PUBLIC_URL=base,
                             SIYU_OA_SECRET="sandbox-test-secret", **env)
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue())
    app = create_app(settings, services=services)
    brand = settings.brands["default"]
    playground = Playground(brand=brand, groups=services.content("default").groups, robot_keys={},
                            fake_origin=fake.origin)
    app.register_blueprint(clock_blueprint(clock, context.build(settings, core=services), ["default"]))
    app.register_blueprint(playground_blueprint(playground, next_due=lambda: None, track_tasks=lambda: None))
    server = make_server("127.0.0.1", port, app, threaded=True)
    playground.base_url = base
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with requests.Session() as session:
        yield {"url": base, "http": session, "services": services, "playground": playground, "settings": settings}
    server.shutdown()
    thread.join(timeout=5)
    playground.session.close()


def post(sandbox: dict[str, Any], path: str, body: Any) -> requests.Response:
    return sandbox["http"].post(sandbox["url"] + path, json=body, timeout=30)


def state(sandbox: dict[str, Any]) -> dict[str, Any]:
    answer = sandbox["http"].get(sandbox["url"] + "/_sandbox/state", timeout=30)
    assert answer.status_code == 200
    return answer.json()


def test_a_follow_is_posted_signed_and_encrypted_and_its_raw_exchange_kept(sandbox: dict[str, Any]) -> None:
    followed = post(sandbox, "/_sandbox/event", {"persona": "p1", "event": "subscribe"})
    assert followed.status_code == 200 and "欢迎关注露米" in followed.json()["reply"]
    asked = post(sandbox, "/_sandbox/say", {"persona": "p1", "text": "運費多少"})  # traditional characters
    assert "滿 CAD 59 包郵" in asked.json()["reply"]  # answered in traditional characters too

    seen = state(sandbox)
    mei = next(p for p in seen["personas"] if p["key"] == "p1")
    chat = seen["chats"][mei["chat"]]
    assert [item["kind"] for item in chat] == ["me", "bot", "me", "bot"]
    assert chat[2]["text"] == "運費多少" and "滿 CAD 59" in chat[3]["text"]
    assert seen["members"][mei["chat"]]["window"]["open"] is True  # their message opened the 48 h window

    raw = sandbox["http"].get(f"{sandbox['url']}/_sandbox/exchanges/{followed.json()['exchange']}", timeout=10).json()
    assert "/wechat/default/oa?" in raw["request"]["url"] and "msg_signature=" in raw["request"]["url"]
    assert "<Encrypt>" in raw["request"]["body"] and "subscribe" not in raw["request"]["body"]  # sealed as posted
    assert "<Event><![CDATA[subscribe]]></Event>" in raw["decrypted"]  # ...and opened again
    assert "<Encrypt>" in raw["reply_raw"] and "欢迎关注露米" in raw["reply_plain"]  # reply before/after decryption
    assert raw["api_calls"] == []  # a passive reply calls no API


def test_a_group_mention_is_answered_and_a_card_tap_is_counted_by_the_bot(sandbox: dict[str, Any]) -> None:
    group = state(sandbox)["groups"][0]
    mention = post(sandbox, "/_sandbox/mention", {"persona": "p2", "group": group["id"], "text": "运费多少"})
    assert mention.status_code == 200 and "CAD 59" in mention.json()["reply"]
    assert state(sandbox)["chats"][group["chat"]][-1]["kind"] == "bot"

    post(sandbox, "/_sandbox/event", {"persona": "p1", "event": "subscribe"})
    services, playground = sandbox["services"], sandbox["playground"]
    from bot.sandbox.member_view import member_id

    persona = playground.personas["p1"]
    member = services.members.get("default", member_id(services, "default", persona))
    product = services.content("default").products[0]
    page = tracked_page(product.miniprogram.page, member, "oa.seq", "seq:newcomer:product")
    tapped = post(sandbox, "/_sandbox/open", {"chat": persona.chat, "appid": product.miniprogram.appid, "page": page})
    assert tapped.json()["status"] == 302 and product.url.split("?")[0] in tapped.json()["notes"][0]
    seen = state(sandbox)
    assert seen["members"][persona.chat]["clicks"][0]["campaign"] == "seq:newcomer:product"
    assert page in seen["clicked"]


def test_a_passive_card_is_drawn_with_its_picture_served_locally(unverified_sandbox: dict[str, Any]) -> None:
    """An unverified subscription account answers a product with a one-article news passive reply (its card as a
    tracked link): the sandbox shows that article, not an empty reply, and its picture needs no external URL."""
    sandbox = unverified_sandbox
    product = sandbox["services"].content("default").products[5]  # 神经酰胺修护霜, with a demo CDN image
    asked = post(sandbox, "/_sandbox/say", {"persona": "p1", "text": f"{product.name.get('zh')}多少钱"})
    assert asked.status_code == 200 and product.name.get("zh") in asked.json()["reply"]
    assert f"{sandbox['url']}/l/" in asked.json()["reply"]  # the tracked link, readable where only text shows

    chat = state(sandbox)["chats"][sandbox["playground"].personas["p1"].chat]
    assert [item["kind"] for item in chat] == ["me", "bot"]
    [news] = chat[1]["parts"]
    [article] = news["articles"]
    assert news["type"] == "news" and article["title"] == product.name.get("zh") and "/l/" in article["url"]
    assert article["picurl"].startswith("/sandbox/"), article  # the page fetches it from the demo, not the CDN
    picture = sandbox["http"].get(sandbox["url"] + article["picurl"], timeout=10)
    assert picture.status_code == 200 and picture.content.startswith(b"\x89PNG")


def test_personas_are_added_and_bad_input_is_refused_never_a_5xx(sandbox: dict[str, Any]) -> None:
    added = post(sandbox, "/_sandbox/personas", {"name": "新朋友", "channel": "kf"})
    assert added.status_code == 201 and added.json()["chat"].startswith("kf:wm")
    refusals = [
        ("/_sandbox/personas", {"name": "", "channel": "oa"}), ("/_sandbox/personas", {"name": "x", "channel": "sms"}),
        ("/_sandbox/personas", "not an object"), ("/_sandbox/say", {"persona": "p9", "text": "hi"}),
        ("/_sandbox/say", {"persona": "p1", "text": ""}), ("/_sandbox/say", {"persona": "p1", "text": "x" * 5000}),
        ("/_sandbox/say", {"persona": "p3", "text": "hi"}),  # a WeCom customer's messages never reach the bot
        ("/_sandbox/say", {"persona": ["p1"], "text": {"a": 1}}), ("/_sandbox/event", {"persona": "p1", "event": "x"}),
        ("/_sandbox/event", {"persona": "p1", "event": "contact-added"}),  # not an Official Account event
        ("/_sandbox/event", {"persona": "p1", "event": "subscribe", "argument": "s" * 65}),  # scene too long
        ("/_sandbox/event", {"persona": "p1", "event": "group-join", "argument": "nowhere"}),
        ("/_sandbox/mention", {"persona": "p1", "group": "nowhere", "text": "hi"}),
        ("/_sandbox/open", {"chat": "x", "url": "javascript:alert(1)"}), ("/_sandbox/open", {}),
        ("/_sandbox/tasks/..%2F..%2Fetc/confirm", {}), ("/_sandbox/tasks/a b/confirm", {}),
        ("/_sandbox/advance", {"advance_s": -1}), ("/_sandbox/advance", {"advance_s": True}),
        ("/_sandbox/advance", {"to": "next"}),  # nothing is due
        ("/_sandbox/advance", None),
    ]
    for path, body in refusals:
        answer = post(sandbox, path, body)
        assert 400 <= answer.status_code < 500, (path, body, answer.status_code, answer.text)
        if "%2F" not in path:  # that one never reaches the sandbox: Flask's router answers its 404
            assert "error" in answer.json(), (path, body)
    assert sandbox["http"].get(sandbox["url"] + "/_sandbox/exchanges/999", timeout=10).status_code == 404
    assert sandbox["http"].get(sandbox["url"] + "/sandbox/assets/../page.py", timeout=10).status_code == 404
    assert sandbox["http"].get(sandbox["url"] + "/sandbox/media/nothing", timeout=10).status_code == 404


def test_the_page_loads_nothing_from_the_internet(sandbox: dict[str, Any]) -> None:
    http, url = sandbox["http"], sandbox["url"]
    page = http.get(url + "/sandbox", timeout=10)
    assert page.status_code == 200 and 'src="/sandbox/assets/sandbox.js"' in page.text
    for text in (page.text, http.get(url + "/sandbox/assets/sandbox.js", timeout=10).text,
                 http.get(url + "/sandbox/assets/sandbox.css", timeout=10).text):
        assert "https://" not in text and "//cdn" not in text and "@import" not in text


def test_the_menu_bar_is_what_wechat_holds_and_its_taps_are_events(sandbox: dict[str, Any]) -> None:
    """The demo publishes config/menu.yaml through the gateway; the page draws the fake's menu; a says button's tap
    is a CLICK answered as its words, a page button's tap a VIEW / view_miniprogram answered with nothing."""
    assert state(sandbox)["menu"] is None  # nothing published yet: no bar
    services = sandbox["services"]
    publish_menu(sandbox["settings"], services, context.build(sandbox["settings"], core=services), "default")
    menu = state(sandbox)["menu"]
    assert menu == services.content("default").menu.wechat_body()
    tapped = post(sandbox, "/_sandbox/event", {"persona": "p1", "event": "menu-click", "argument": "say:教程"})
    assert tapped.status_code == 200 and "1. 敏感肌护肤入门" in tapped.json()["reply"]
    site = post(sandbox, "/_sandbox/event", {"persona": "p1", "event": "menu-view", "argument": "https://x.example/"})
    page = post(sandbox, "/_sandbox/event", {"persona": "p1", "event": "menu-miniprogram",
                                             "argument": "pages/index/index"})
    assert site.status_code == page.status_code == 200 and site.json()["reply"] == page.json()["reply"] == ""
    raw = sandbox["http"].get(f"{sandbox['url']}/_sandbox/exchanges/{page.json()['exchange']}", timeout=10).json()
    assert "<Event><![CDATA[view_miniprogram]]></Event>" in raw["decrypted"] and "pages/index/index" in raw["decrypted"]
    refused = post(sandbox, "/_sandbox/event", {"persona": "p2", "event": "menu-click", "argument": "say:教程"})
    assert refused.status_code == 400  # a kf customer has no Official Account menu
