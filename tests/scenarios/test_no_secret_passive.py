"""An account set up to receive but not to send (no SIYU_OA_SECRET / SIYU_WECOM_SECRET: the first thing a new brand
does is point the callback URL at Siyu): the passive reply is its only way to answer, as the start-up note says
(bot/channels/readiness.py), so every answer must fit it whole. Before (lead25), a product picked on such an Official
Account answered "tap below to buy 👇" and queued a Mini Program card that could never be sent (refused for want of
an access token), and the help menu offered updates to stop that could never come."""

from __future__ import annotations

from datetime import UTC, datetime

import fakeredis
import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import build_services
from tests.conftest import simulator_for
from tests.support.factories import make_settings, router_with


def serve(**env: str) -> tuple[Simulator, RecordingDeliveryQueue]:
    settings = make_settings(**env)
    clock = ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))
    queue = RecordingDeliveryQueue()
    services = build_services(settings, redis_client=fakeredis.FakeRedis(), clock=clock, queue=queue,
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock), queue


def test_a_product_on_an_official_account_without_its_secret_is_one_passive_article_with_its_link() -> None:
    simulator, queue = serve(SIYU_OA_SECRET="")
    simulator.oa_message("o_no_secret", "what do you sell")
    reply = simulator.oa_message("o_no_secret", "2")
    (article,) = reply.articles
    assert article["title"] == "Hyaluronic Hydrating Toner"
    assert "CAD 24.00" in article["description"]
    assert article["url"].startswith("https://lumi-skin.example/products/hyaluronic-toner?sy_m=")
    assert queue.deliveries == []  # nothing queued that no token could send


def test_the_same_product_with_the_secret_queues_the_card_after_the_passive_text() -> None:
    simulator, queue = serve(SIYU_OA_SECRET="oasecret")
    simulator.oa_message("o_secret", "what do you sell")
    reply = simulator.oa_message("o_secret", "2")
    assert reply.text.startswith("Hyaluronic Hydrating Toner | CAD 24.00")
    assert [type(d.message).__name__ for d in queue.deliveries] == ["MiniProgram"]


def test_help_without_the_secret_offers_no_updates_to_stop() -> None:
    simulator, _ = serve(SIYU_OA_SECRET="")
    assert "unsubscribe" not in simulator.oa_message("o_no_secret_help", "help").text


@pytest.mark.parametrize("said", ["what do you sell", "tutorial", "jobs in toronto"])
def test_nothing_is_queued_on_an_official_account_without_its_secret(said: str) -> None:
    simulator, queue = serve(SIYU_OA_SECRET="")
    reply = simulator.oa_message("o_no_secret_any", said)
    assert reply.text and queue.deliveries == []


def test_a_wecom_app_without_its_secret_answers_a_product_in_the_passive_reply() -> None:
    simulator, queue = serve(SIYU_WECOM_SECRET="")
    simulator.wecom_message("wm_no_secret", "what do you sell")
    reply = simulator.wecom_message("wm_no_secret", "2")
    (article,) = reply.articles
    assert article["url"].startswith("https://lumi-skin.example/products/hyaluronic-toner?sy_m=")
    assert queue.deliveries == []


def test_a_card_whose_link_the_list_already_holds_is_not_repeated_in_the_passive_reply() -> None:
    """"jobs in sydney" on a WeCom app without its secret: the list holds each posting's apply link, and the
    first posting's card folded to its link would say it again under the list (lead25)."""
    simulator, queue = serve(SIYU_WECOM_SECRET="")
    reply = simulator.wecom_message("wm_no_secret_jobs", "jobs in sydney").text
    assert reply.startswith("2 open positions in Sydney")
    assert reply.count("/careers/syd-community-manager?") == 1, reply
    assert queue.deliveries == []
