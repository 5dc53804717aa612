"""Ninety-seventh round (docs/faq.md, faq97): asking for our contact and blind41's kinds (probe80 written first).
A phone, a hotline, an email or a way to reach us asked of us ("你们电话多少", "what's your phone number", "email?")
got the privacy answer (电话 is its 手机号) or the wholesale one: a person, in this chat, is the honest answer (the
human-agent entry's handoff); one's own number and another party's phone or email keep theirs. QQ-number shorthand
(8错, 3q, 886) read as the words, a plan to tell colleagues "if it's good" as a remark, not a referral asked; a job
application lost in the void or gone into the bin as no word back, not a parcel lost; the North as a place;
是不是真的 before a claim of none as "really", not a genuine product. Other wordings than probe80's and the sets';
each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.factories import demo_content, make_inbound, make_member, router_with
from tests.support.faq_checks import outcome


def handed_off(text: str) -> bool:
    """Whether `text` opens the handoff to a person (the human-agent entry's answer through the webhook)."""
    events = dict(router_with().dispatch(make_inbound(text), make_member(), demo_content()).result.events)
    return "handoff.open" in events or "handoff.unavailable" in events


@pytest.mark.parametrize("text", [
    "你们的联系电话是多少",
    "有没有售后电话 我想直接打",
    "你哋電話幾多號",
    "how do I reach you guys",
    "do you guys have a phone number?",
    "what's your support email",
    "phone number?",
])
def test_our_contact_asked_is_a_person_here(text: str) -> None:
    assert handed_off(text)


@pytest.mark.parametrize(("text", "entry"), [
    ("第一次买 有没有优惠码 8错的话介绍给我同事", "promo-code"),
    ("新人有优惠码吗 8错的话推荐给同事", "promo-code"),
    ("Guessing my CV got lost in the void? sent it weeks ago", "job-application-status"),
    ("my application probably got lost, applied a month ago, nothing", "job-application-status"),
    ("Guessing you don't ship up to Iqaluit?", "shipping-destinations"),
    ("帮朋友问 你们家是不是真的 no alcohol no fragrance", "fragrance-alcohol-free"),
])
def test_shorthand_and_remarks_now_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: one's own number or email, a referral's reward, a parcel lost
    ("你们会不会把我的手机号给第三方", "privacy"),
    ("do you sell my email to advertisers?", "privacy"),
    ("收件人电话写错了", "order-change-address"),
    ("介绍同事来买有奖励吗", "referral"),
    ("网上买的面霜是不是真的 怎么辨别", "authenticity"),
    ("my parcel got lost in the mail, what now?", "package-problem"),
    ("3q 满多少包邮啊", "shipping-cost"),
    ("我們想談批發合作，請問聯絡邊個？有冇email", "wholesale-partnership"),
])
def test_plain_questions_keep_theirs(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # guards: another party's phone or email
    "海关的电话是多少",
    "what's the phone number for the DMV?",
])
def test_another_partys_contact_is_no_handoff(text: str) -> None:
    assert not handed_off(text)
