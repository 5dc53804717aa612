"""Ninety-first round (docs/faq.md, faq91): wrong answers, read as kinds (probe74 written first): an answerable
message answered with a neighbouring entry, or taken by the shop's card. The sunscreen's SPF asked with nothing else
(the card took it) or how much of it to put on; which SPF suits one's skin (the routine's order); points earned as a
member (the membership's, not redeeming them); a refund wished for (the return policy, not the refund's time); how
long hiring takes, asked before applying (job-apply), and how long until word comes after applying (the status);
weekend work wanted (part-time jobs, not the team's hours); a store's floor asked with its hours (the stores); whether
we send to a place outside the mainland, asked by a student or a migrant; a date it must come by (shipping times); a
receipt for a company's books told around the question; a group for people looking for work. Other wordings than
probe74's and the sets'; each check here failed before the round (another entry's answer, the card, or none), with
guards of the neighbouring entries that passed before and still do."""

from __future__ import annotations

import pytest

from bot.router import Router
from handlers import register_all
from tests.support.factories import demo_content, make_inbound, make_member
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # the SPF asked bare, the amount to put on
    ("spf??", "sunscreen"),
    ("what's the spf", "sunscreen"),
    ("SPF是几", "sunscreen"),
    ("how much spf should i put on my neck too", "sunscreen"),
    # points earned as a member
    ("do I earn points on every order?", "membership"),
    ("do I get points for buying the cream?", "membership"),
    ("Shoppers gives points each purchase, you guys have something like that?", "membership"),
    # a refund wished for
    ("could i get a refund for the mask please", "return-policy"),
    ("我要退款 面膜还没拆", "return-policy"),
    # the hiring process's length, before applying; what is happening with one's application
    ("how long does your recruitment usually take?", "job-apply"),
    ("招聘一般要几个星期", "job-apply"),
    ("wetin dey happen to my application", "job-application-status"),
    # weekend work wanted
    ("any weekend work? weekdays I'm at uni", "job-part-time"),
    # the store's floor asked with its hours
    ("周六带孩子去商场 顺便去你们店里看看 店在几楼 晚上开到几点", "store-locations"),
    # whether we send to a place, a student asking, or someone there
    ("悉尼留学生问下 你们发不发澳洲", "shipping-destinations"),
    ("人在美国 你们美国收得到吗", "shipping-destinations"),
    # a date it must come by, a week it must come within
    ("圣诞节前寄得到悉尼吗", "shipping-time"),
    ("can it get to Auckland within a week?", "shipping-time"),
    # a receipt for a company's books told around the question
    ("老板说可以报销护肤品 但要有带公司抬头的收据 我上周买的 这个要怎么申请", "receipt-invoice"),
    # a group asked for, of people looking for work
    ("Is there a chat for Toronto people looking for a job", "join-group"),
    ("想问下有没有悉尼找兼职的群", "join-group"),
])
def test_the_followers_matter_gets_its_entry(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # the neighbouring entries' own questions
    ("how do I redeem my points?", "points-redeem"),
    ("what can I do with the points I earned last year", "points-redeem"),
    ("退款多久到账", "refund-time"),
    ("I sent the return last week, when will the refund come?", "refund-time"),
    ("can I exchange it for the toner instead?", "exchange"),
    ("I applied last week, when will I hear back?", "job-application-status"),
    ("how do I apply for a job?", "job-apply"),
    ("what are your customer service hours?", "business-hours"),
    ("What time does the store shut on Saturday? I finish my shift at six", "business-hours"),
    ("do you ship to Australia?", "shipping-destinations"),
    ("can international students work for you?", "job-work-permit"),
    ("how much is shipping to New Zealand?", "shipping-cost"),
    ("does sunscreen go on before or after moisturiser?", "routine-order"),
    ("how often should I reapply sunscreen?", "sunscreen"),
    ("can I get a receipt for my order?", "receipt-invoice"),
])
def test_the_neighbours_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


def _handler(text: str) -> str | None:
    router = Router()
    register_all(router)
    return router.dispatch(make_inbound(text), make_member(), demo_content()).handler


@pytest.mark.parametrize("text", ["spf多少钱", "how much is the spf?", "spf 50 sunscreen", "防晒", "sunscreen有货吗"])
def test_the_sunscreens_price_name_or_stock_stays_the_shops(text: str) -> None:
    assert _handler(text) == "shop"


@pytest.mark.parametrize("text", ["spf?", "SPF多少"])
def test_the_spf_asked_bare_is_the_faqs(text: str) -> None:
    assert _handler(text) != "shop"


@pytest.mark.parametrize("text", ["which step is sunscreen in my routine", "隔离和防晒先擦哪个"])
def test_where_the_sunscreen_goes_in_the_routine_is_the_routines_order(text: str) -> None:
    """The sunscreen's "which" matter (this round) took the routine's order when it named a step, what goes on last, or
    先擦 / 最后 (stop 49, the lead's merge check): those words keep it out."""
    assert outcome(text) == "routine-order"
