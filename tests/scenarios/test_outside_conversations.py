"""Judged from outside (verify13): what followers really type (invisible characters pasted with a word), what
the help menu and the welcomes offer on each account and channel, and what a group member's quote asks."""

from __future__ import annotations

import fakeredis
import pytest

from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from tests.conftest import simulator_for
from tests.support.factories import OA_APPID, demo_content, make_settings, router_with


def serve(fake_redis: fakeredis.FakeRedis, clock: ManualClock, **env: str) -> tuple[Simulator, Services]:
    settings = make_settings(**env)
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=RecordingDeliveryQueue(),
                              router=router_with())
    return simulator_for(create_app(services=services).test_client(), settings, clock), services


# Zero-width space, zero-width joiner, byte-order mark (zero-width no-break space), word joiner, left-to-right and
# right-to-left marks, a right-to-left embedding and its pop: nothing a follower sees, all pasted along with words
# (copied from a note, a chat or a right-to-left keyboard).
@pytest.mark.parametrize("said", ["退\u200b订", "\ufeff退订", "退\u200d订", "\u2060退订", "\u202b退订\u202c",
                                  "s\u200btop", "\u200fstop"])
def test_an_opt_out_word_with_invisible_characters_in_it_opts_out(fake_redis: fakeredis.FakeRedis,
                                                                  clock: ManualClock, said: str) -> None:
    """Before: "退\u200b订" (a zero-width space between the two characters, as pasted) answered the returns
    policy (退货) and the member stayed subscribed; after: opted out, as 退订."""
    simulator, services = serve(fake_redis, clock)
    simulator.oa_message("o_invisible_stop", said)
    member = services.members.get("default", member_id_for(f"oa:{OA_APPID}:o_invisible_stop"))
    assert member is not None and member.opted_out, said


@pytest.mark.parametrize(("said", "expected"), [("\ufeffping", "pong"), ("ping\u200b", "pong"),
                                                ("\u202bhelp\u202c", "Here is what I can do"),
                                                ("帮\u200b助", "我可以帮你"), ("\u200e教程", "回复数字")])
def test_commands_with_invisible_characters_are_read_as_typed(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                              said: str, expected: str) -> None:
    """Before: "\ufeffping", "ping\u200b" and a right-to-left-embedded "help" answered "I don't know the answer to
    that yet" and were counted as unanswered questions for managers."""
    simulator, services = serve(fake_redis, clock)
    assert expected in simulator.oa_message("o_invisible_command", said).text
    assert not services.unanswered.top("default", 10)


@pytest.mark.parametrize(("said", "person"), [("帮助", "人工"), ("help", "agent")])
def test_help_offers_no_person_when_nobody_can_be_told(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                       said: str, person: str) -> None:
    """Before: with handoff.yaml's staff unreachable (no WeCom app secret), "帮助" still listed "人工：转真人客服";
    the member who then sent 人工 was told "这里暂时没有同事在线接待". The menu offers what the deployment can do."""
    simulator, _ = serve(fake_redis, clock)  # the test settings have no WeCom app secret: no staff can be told
    menu = simulator.oa_message("o_help_no_staff", said).text
    assert menu and person not in menu, menu
    assert "没有同事" in simulator.oa_message("o_help_no_staff", person).text or person == "agent"


@pytest.mark.parametrize(("said", "person"), [("帮助", "人工"), ("help", "agent")])
def test_help_offers_a_person_when_staff_can_be_told(fake_redis: fakeredis.FakeRedis, clock: ManualClock,
                                                     said: str, person: str) -> None:
    simulator, _ = serve(fake_redis, clock, SIYU_WECOM_SECRET="app-secret")
    assert person in simulator.oa_message("o_help_staff", said).text


@pytest.mark.parametrize(("said", "pushes"), [("帮助", "推送"), ("help", "updates")])
def test_help_on_an_unverified_account_offers_no_pushes_to_stop(fake_redis: fakeredis.FakeRedis,
                                                                clock: ManualClock, said: str, pushes: str) -> None:
    """Before: on an unverified subscription account (it sends nothing but the passive reply) "帮助" listed
    "退订 / 恢复订阅：停止或恢复推送消息", pushes that account never sends (its opt-out answer already says so)."""
    simulator, _ = serve(fake_redis, clock, SIYU_OA_ACCOUNT="subscription", SIYU_OA_VERIFIED="false")
    menu = simulator.oa_message("o_help_unverified", said).text
    assert menu and pushes not in menu, menu
    simulator_pushing, _ = serve(fakeredis.FakeRedis(), clock)
    assert pushes in simulator_pushing.oa_message("o_help_verified", said).text


@pytest.mark.parametrize(("said", "quoted", "expected"), [("这个多少钱", "神经酰胺修护霜", "神经酰胺修护霜｜CAD 42.00"),
                                                          ("how much is this", "Ceramide Barrier Cream",
                                                           "Ceramide Barrier Cream | CAD 42.00"),
                                                          ("有链接吗", "积雪草舒缓面膜", "积雪草舒缓面膜｜CAD 20.00")])
def test_a_mention_asking_the_price_of_a_quoted_product_gets_that_product(simulator: Simulator, said: str,
                                                                          quoted: str, expected: str) -> None:
    """Before: in a group, "@露米 这个多少钱" quoting someone's "神经酰胺修护霜" answered the shipping costs (the
    quote was never read for a product, and "多少钱" alone looks like postage); after: the cream, its price and its
    link, as asking "神经酰胺修护霜多少钱" does."""
    reply = simulator.post_group_bot({
        "msgid": f"mq_{len(said)}_{len(quoted)}", "aibotid": "AIBOTID", "chatid": "wrQuoteShop", "chattype": "group",
        "from": {"userid": f"u_quote_shop_{len(said)}"}, "response_url": "RESPONSEURL", "msgtype": "text",
        "text": {"content": f"@露米 {said}"}, "quote": {"msgtype": "text", "text": {"content": quoted}}})
    assert expected in reply.text, reply.text
    assert "USD" not in reply.text, reply.text


def test_a_question_of_its_own_quoting_a_product_keeps_its_own_answer(simulator: Simulator) -> None:
    reply = simulator.post_group_bot({
        "msgid": "mq_shipping_own", "aibotid": "AIBOTID", "chatid": "wrQuoteShop2", "chattype": "group",
        "from": {"userid": "u_quote_ship"}, "response_url": "RESPONSEURL", "msgtype": "text",
        "text": {"content": "@露米 运费多少"}, "quote": {"msgtype": "text", "text": {"content": "神经酰胺修护霜"}}})
    assert "USD" in reply.text, reply.text


@pytest.mark.parametrize(("said", "number", "menu_words"), [
    ("第一个", 1, ("你是想问", "A醇")), ("the first one", 1, ("Did you mean",)), ("选2", 2, ("你是想问",)),
    ("number 3", 3, ("Did you mean",))])
def test_a_choice_after_a_job_list_picks_that_posting_then_a_number_is_no_choice(
        fake_redis: fakeredis.FakeRedis, clock: ManualClock, said: str, number: int,
        menu_words: tuple[str, ...]) -> None:
    """Before: after the jobs in Vancouver (a numbered list of postings with their apply links), "第一个" answered
    "你是想问下面哪个问题？1. A醇怎么建立耐受？…", questions about nothing the member said; then (verify13) the
    greeting.
    Now the list is pickable, as products and tutorials are: the posting of that number. Once picked, a bare "1" is
    no choice (the greeting that says how to ask); another of the list asked as one ("第三个呢") is (lead46)."""
    simulator, _ = serve(fake_redis, clock)
    simulator.oa_message("o_pick_no_menu", "温哥华")
    reply = simulator.oa_message("o_pick_no_menu", said).text
    assert not any(word in reply for word in menu_words), reply
    job = demo_content().jobs_in("vancouver")[number - 1]
    assert job.title.zh in reply or job.title.en in reply, reply
    greeting = simulator.oa_message("o_pick_no_menu", "1").text
    assert job.title.zh not in greeting and job.title.en not in greeting
    assert "帮助" in greeting or "help" in greeting, greeting
