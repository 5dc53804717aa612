"""What follows from an inbound whatever handlers say: subscribe grants, unparking, unanswered."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.inbound import Inbound
from bot.member import member_id_for
from bot.outbound import Delivery, Text
from bot.router import Match, Result
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.store import keys
from bot.store.ledger import DeliveryLedger
from bot.webhook.xml_inbound import subscribe_choices
from bot.webhook.xmlsafe import parse_xml
from tests.conftest import SHARED_TESTDATA
from tests.support.factories import OA_APPID, ServeWith

POPUP = SHARED_TESTDATA / "messages" / "sdk" / "oa_event_subscribe_msg_popup_event.xml"
CHANGE = SHARED_TESTDATA / "messages" / "sdk" / "oa_event_subscribe_msg_change_event.xml"
ACCEPTED = "VRR0UEO9VJOLs0MHlU0OilqX6MVFDwH3_3gz3Oc0NIc"
REJECTED = "9nLIlbOQZC5Y89AZteFEux3WCXRRRG5Wfzkpssu4bLI"


def test_subscribe_choices_from_the_published_popup() -> None:
    fields = parse_xml(POPUP.read_text(encoding="utf-8"))
    assert subscribe_choices(fields["SubscribeMsgPopupEvent"]) == [(ACCEPTED, True), (REJECTED, False)]
    assert subscribe_choices(None) == [] and subscribe_choices({"List": "junk"}) == []


def test_popup_then_change_event_through_the_webhook(simulator: Simulator, services: Services) -> None:
    openid = "otFpruAK8D-E6EfStSYonYSBZ8_4"
    member_id = member_id_for(f"oa:{OA_APPID}:{openid}")
    popup = parse_xml(POPUP.read_text(encoding="utf-8"))
    assert simulator.post_oa(popup | {"CreateTime": simulator.now()}).status == 200
    grants = services.redis.hgetall(keys.subscribe_grants("default", member_id))
    assert grants == {ACCEPTED.encode(): b"1"}
    change = parse_xml(CHANGE.read_text(encoding="utf-8"))
    assert simulator.post_oa(change | {"CreateTime": simulator.now() + 1}).status == 200
    assert services.redis.hgetall(keys.subscribe_grants("default", member_id)) == {}


def test_a_parked_message_is_queued_again_on_the_next_interaction(simulator: Simulator, services: Services,
                                                                   delivery_queue, clock: ManualClock) -> None:
    simulator.oa_message("o_parked", "hello")  # the member exists
    member_id = member_id_for(f"oa:{OA_APPID}:o_parked")
    parked = Delivery(brand="default", channel="oa", account=OA_APPID, member_id=member_id, user_id="o_parked",
                      message=Text(text="your day-3 tip"), key="seq:day3:" + member_id, purpose="sequence")
    DeliveryLedger(services.redis, clock).park("default", key=parked.key, member_id=member_id,
                                               delivery=parked.to_data(), reason="48 h window closed")
    delivery_queue.deliveries.clear()
    simulator.oa_message("o_parked", "ping")
    assert [d.key for d in delivery_queue.deliveries] == [parked.key]
    delivery_queue.deliveries.clear()
    simulator.oa_message("o_parked", "ping again")
    assert delivery_queue.deliveries == []  # released once


def test_unanswered_questions_are_counted_for_managers(serve_with: ServeWith) -> None:
    class Unsure:
        name, summary = "unsure", {}

        def match(self, inbound: Inbound, member, content) -> Match | None:
            return Match()

        def handle(self, inbound: Inbound, member, content, match: Match) -> Result:
            return Result(events=(("unanswered", {"question": inbound.text}),))

    simulator, services = serve_with(Unsure())
    simulator.oa_message("o1", "Do you ship to Mars?")
    simulator.oa_message("o2", "do you ship to mars?")
    simulator.oa_message("o3", "积分怎么用")
    assert services.unanswered.top("default") == [("do you ship to mars?", 2), ("积分怎么用", 1)]


def test_paraphrases_with_one_key_are_counted_together(serve_with: ServeWith) -> None:
    class Unsure:
        name, summary = "unsure", {}

        def match(self, inbound: Inbound, member, content) -> Match | None:
            return Match()

        def handle(self, inbound: Inbound, member, content, match: Match) -> Result:
            return Result(events=(("unanswered", {"question": inbound.text, "key": "ship mars"}),))

    simulator, services = serve_with(Unsure())
    simulator.oa_message("o1", "Do you ship to Mars?")
    simulator.oa_message("o2", "mars shipping??")
    assert services.unanswered.top("default") == [("mars shipping??", 2)]


def test_the_wordings_are_trimmed_with_their_index(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 16, item 6: the index was capped and the hash of wordings grew without bound."""
    from bot.store import unanswered

    monkeypatch.setattr(unanswered, "UNANSWERED_MAX", 5)
    asked = [i for _ in range(3) for i in range(5)] + list(range(5, 25))  # the first five, asked most, stay
    for i in asked:
        pipe = services.redis.pipeline(transaction=False)
        unanswered.UnansweredQuestions.count(pipe, "default", f"question {i}")
        pipe.execute()
    assert services.redis.zcard(keys.unanswered("default")) == 5
    assert services.redis.hlen(keys.unanswered_samples("default")) == 5
    assert {q for q, _ in services.unanswered.top("default")} == {f"question {i}" for i in range(5)}
