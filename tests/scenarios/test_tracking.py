"""Click tracking and conversions through the app: links sent become <public>/l/<code>, a click is counted
and redirected with the member's reference, a signed conversion is credited to the last click once."""

from __future__ import annotations

import hashlib
import hmac
import json
from urllib.parse import parse_qs, urlsplit

import fakeredis
import pytest
from flask.testing import FlaskClient

from bot.app import create_app
from bot.clock import ManualClock, epoch_s
from bot.errors import SettingsError
from bot.member import member_id_for
from bot.outbound import MiniProgram
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from bot.settings import Settings
from tests.conftest import simulator_for
from tests.support.factories import OA_APPID, make_settings

PUBLIC = "https://lumi.example/go"
SECRET = "conversion-secret-0123456789"


@pytest.fixture
def tracked(clock: ManualClock) -> tuple[Simulator, Services, FlaskClient, RecordingDeliveryQueue]:
    settings = make_settings(SIYU_PUBLIC_URL=PUBLIC + "/", SIYU_CONVERSION_SECRET=SECRET)
    queue = RecordingDeliveryQueue()
    services = build_services(settings, redis_client=fakeredis.FakeRedis(), clock=clock, queue=queue)
    client = create_app(settings, services=services).test_client()
    return simulator_for(client, settings, clock), services, client, queue


def signed(body: bytes, timestamp: int, secret: str = SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256).hexdigest()
    return {"X-Siyu-Timestamp": str(timestamp), "X-Siyu-Signature": f"sha256={digest}",
            "Content-Type": "application/json"}


def test_a_product_link_goes_through_l_and_a_click_is_counted(tracked, clock: ManualClock) -> None:
    simulator, services, client, queue = tracked
    simulator.oa_message("o_shopper", "神经酰胺面霜多少钱")
    cards = [d.message for d in queue.deliveries if isinstance(d.message, MiniProgram)]
    assert cards, [d.message for d in queue.deliveries]
    short = cards[0].fallback_url
    assert short.startswith(PUBLIC + "/l/") and "sy_m" not in short  # no member data in the URL itself
    code = short.rsplit("/", 1)[1]
    answer = client.get(f"/l/{code}")
    assert answer.status_code == 302 and answer.headers["Cache-Control"] == "no-store"
    query = parse_qs(urlsplit(answer.headers["Location"]).query)
    member = member_id_for(f"oa:{OA_APPID}:o_shopper")
    assert query["sy_m"] == [member] and query["sy_s"] == ["oa.shop"]
    client.get(f"/l/{code}")
    assert services.links.click_counts("default", "oa.shop") == {"clicks": 2, "unique": 1, "conversions": 0}
    clicks = [e for e in services.events.recent("default") if e["type"] == "click"]
    at = str(epoch_s(clock.now()))
    assert [(e["member"], e["campaign"], e["at"]) for e in clicks] == [(member, "oa.shop", at)] * 2
    day = services.redis.hgetall(f"siyu:default:count:events:{clock.now().date().isoformat()}")
    assert int(day[b"click"]) == 2
    assert services.redis.get(f"siyu:default:lastclick:{member}") == b"oa.shop"
    simulator.oa_message("o_shopper", "神经酰胺面霜多少钱", msg_id=777)  # asked again: the same code is reused
    again = [d.message for d in queue.deliveries if isinstance(d.message, MiniProgram)][-1]
    assert again.fallback_url == short


def test_apply_links_written_into_a_text_answer_go_through_l_too(tracked) -> None:
    """The job list is one text with each posting's apply link in it (it fits the passive reply): those links
    are sent links like any card's, so they go through /l/<code> and their clicks count for careers."""
    simulator, services, client, _ = tracked
    reply = simulator.oa_message("o_job_seeker", "jobs in Toronto")
    assert "Apply:" in reply.text, reply.text
    assert "sy_m=" not in reply.text and "lumi-skin.example" not in reply.text, reply.text
    shorts = [word for word in reply.text.split() if word.startswith(PUBLIC + "/l/")]
    assert len(shorts) == 2, reply.text
    answer = client.get(urlsplit(shorts[0]).path.removeprefix("/go"))
    assert answer.status_code == 302 and answer.headers["Location"].startswith("https://lumi-skin.example/careers/")
    query = parse_qs(urlsplit(answer.headers["Location"]).query)
    assert query["sy_m"] == [member_id_for(f"oa:{OA_APPID}:o_job_seeker")] and query["sy_s"] == ["oa.careers"]
    assert services.links.click_counts("default", "oa.careers")["clicks"] == 1


@pytest.mark.parametrize("code", ["AAAAAAAAAA", "short", "../../etc", "%00", "x" * 300])
def test_an_unknown_code_is_a_404_page(tracked, code: str) -> None:
    _simulator, _services, client, _queue = tracked
    answer = client.get(f"/l/{code}")
    assert answer.status_code == 404
    if "/" not in code:  # a path with slashes is no /l/<code> route at all: Flask's own 404
        assert "unknown or has expired" in answer.get_data(as_text=True)


def test_a_broken_link_record_is_a_404_and_counts_nothing(tracked) -> None:
    _simulator, services, client, _queue = tracked
    services.redis.hset("siyu:l:AAAAAAAAAB", mapping={"b": "default", "m": "m1", "c": "camp:x"})  # no target
    assert client.get("/l/AAAAAAAAAB").status_code == 404
    assert services.links.click_counts("default", "camp:x") == {"clicks": 0, "unique": 0, "conversions": 0}
    assert not services.redis.exists("siyu:default:events")


def test_a_signed_conversion_is_credited_to_the_last_click_once(tracked, clock: ManualClock) -> None:
    simulator, services, client, queue = tracked
    simulator.oa_message("o_buyer", "神经酰胺面霜多少钱")
    card = next(d.message for d in queue.deliveries if isinstance(d.message, MiniProgram))
    client.get(urlsplit(card.fallback_url).path.removeprefix("/go"))
    member = member_id_for(f"oa:{OA_APPID}:o_buyer")
    body = json.dumps({"member": member, "kind": "purchase", "value": "59.00", "currency": "CAD",
                       "id": "order-1001"}).encode()
    now = epoch_s(clock.now())
    first = client.post("/api/v1/conversions", data=body, headers=signed(body, now))
    assert first.status_code == 200 and first.json == {"status": "counted", "id": "order-1001", "campaign": "oa.shop"}
    repeat = client.post("/api/v1/conversions", data=body, headers=signed(body, now + 5))
    assert repeat.status_code == 200 and repeat.json["status"] == "duplicate"
    assert services.links.click_counts("default", "oa.shop")["conversions"] == 1


def test_a_purchase_ends_the_demo_newcomer_sequence(tracked, clock: ManualClock) -> None:
    """config/sequences.yaml: "bought something: stop nurturing". A purchase reported back must end the newcomer
    journey (its product card on day 3 is for people who have not bought), as config/README.md's example does."""
    simulator, services, client, _ = tracked
    simulator.oa_subscribe("o_new_buyer")
    member = member_id_for(f"oa:{OA_APPID}:o_new_buyer")
    enrolled = services.sequences.store.get("default", member, "newcomer")
    assert enrolled is not None and enrolled.active
    body = json.dumps({"member": member, "kind": "purchase", "value": "59.00", "currency": "CAD",
                       "id": "order-2002"}).encode()
    assert client.post("/api/v1/conversions", data=body, headers=signed(body, epoch_s(clock.now()))).status_code == 200
    ended = services.sequences.store.get("default", member, "newcomer")
    assert ended is not None and not ended.active, ended


def test_a_job_application_does_not_end_the_demo_newcomer_sequence(tracked, clock: ManualClock) -> None:
    """The newcomer journey stops for a purchase (`conversion: [purchase]`); a brand's job system reporting an
    application (kind "application") ended it too, and the applicant lost the lessons and the product card."""
    simulator, services, client, _ = tracked
    simulator.oa_subscribe("o_new_applicant")
    member = member_id_for(f"oa:{OA_APPID}:o_new_applicant")
    body = json.dumps({"member": member, "kind": "application", "value": "0", "currency": "CAD",
                       "id": "job-3003"}).encode()
    assert client.post("/api/v1/conversions", data=body, headers=signed(body, epoch_s(clock.now()))).status_code == 200
    enrolled = services.sequences.store.get("default", member, "newcomer")
    assert enrolled is not None and enrolled.active, enrolled


@pytest.mark.parametrize(("headers", "why"), [
    ({}, "missing"),
    ("zeros", "bad signature"),
    ("stale", "more than 300 s"),
    ("other-secret", "bad signature"),
    ({"X-Siyu-Timestamp": "１２３", "X-Siyu-Signature": "sha256=00"}, "Unix seconds"),
])
def test_forged_unsigned_or_stale_conversions_are_401(tracked, clock: ManualClock, headers, why: str) -> None:
    _simulator, _services, client, _queue = tracked
    body = b'{"member": "m1", "kind": "purchase", "id": "x1"}'
    now = epoch_s(clock.now())
    if headers == "stale":
        headers = signed(body, now - 301)
    elif headers == "zeros":
        headers = {"X-Siyu-Timestamp": str(now), "X-Siyu-Signature": "sha256=" + "0" * 64}
    elif headers == "other-secret":
        headers = signed(body, now, secret="somebody-elses-secret-123")
    answer = client.post("/api/v1/conversions", data=body, headers=headers)
    assert answer.status_code == 401 and why in answer.json["error"]


@pytest.mark.parametrize("body", [b"not json", b"[1,2]", b'{"member": "m1", "kind": "purchase"}',
                                  b'{"member": "m1 x", "kind": "purchase", "id": "1"}',
                                  b'{"member": "m1", "kind": "Purchase!", "id": "1"}',
                                  b'{"member": "m1", "kind": "purchase", "id": "1", "value": "NaN", "currency": "CAD"}',
                                  b'{"member": "m1", "kind": "purchase", "id": "1", "value": 1e400}',
                                  b'{"member": "m1", "kind": "purchase", "id": "1", "value": 5, "currency": "dollars"}',
                                  b'{"member": "m1", "kind": "purchase", "id": true}',
                                  "\ud800".encode("utf-8", "surrogatepass")])
def test_malformed_conversions_are_400(tracked, clock: ManualClock, body: bytes) -> None:
    _simulator, _services, client, _queue = tracked
    answer = client.post("/api/v1/conversions", data=body, headers=signed(body, epoch_s(clock.now())))
    assert answer.status_code == 400 and answer.json["error"]


def test_an_oversized_conversion_body_is_refused(tracked, clock: ManualClock) -> None:
    _simulator, _services, client, _queue = tracked
    body = b'{"member": "m1", "kind": "purchase", "id": "1", "pad": "' + b"x" * 20000 + b'"}'
    assert client.post("/api/v1/conversions", data=body, headers=signed(body, epoch_s(clock.now()))).status_code == 413


def test_public_url_and_conversion_secret_are_validated() -> None:
    with pytest.raises(SettingsError, match="SIYU_PUBLIC_URL"):
        Settings.from_env({"SIYU_PUBLIC_URL": "ftp://lumi.example"})
    with pytest.raises(SettingsError, match="SIYU_CONVERSION_SECRET: must be at least 16"):
        Settings.from_env({"SIYU_CONVERSION_SECRET": "short"})


def test_a_click_on_a_sequence_step_is_counted_for_that_step(tracked, clock: ManualClock) -> None:
    from jobs import context

    simulator, services, client, queue = tracked
    simulator.oa_event("o_journey", "subscribe")
    jobs = context.build(services.settings, core=services, later=queue)  # type: ignore[arg-type]
    for _day in range(4):  # the member writes every day; lesson-1 (day 1) and the product card (day 3) go out
        clock.advance(86400)
        simulator.oa_message("o_journey", "早上好")
        jobs.sequences.tick("default")
    card = next(d.message for d in queue.deliveries
                if d.key.startswith("seq:newcomer:product") and isinstance(d.message, MiniProgram))
    assert card.fallback_url.startswith(PUBLIC + "/l/")
    assert client.get("/l/" + card.fallback_url.rsplit("/", 1)[1]).status_code == 302
    stats = services.enrolments.stats("default", "newcomer")
    assert stats["product|-|clicked"] == 1
    record = services.enrolments.get("default", member_id_for(f"oa:{OA_APPID}:o_journey"), "newcomer")
    assert record is not None and record.clicked == "product" == record.sent_step
