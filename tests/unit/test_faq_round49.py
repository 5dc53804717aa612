"""Forty-ninth round (docs/faq.md): follower messages carrying identifiers and numbers (probe32). Kinds: an email's
pieces (gmail, com) and a phone number were unknown words that diluted the question (no answer) and named a platform;
an order or tracking number's letters were words (order-tracking's "LM + 8 digits" answer took 订单号LM… questions);
the 号码 of 订单号码 before a number; an amount's currency ("89 CAD", "200人民币") made it a currency question.
Each kind tested in other wordings than probe32's, through the router, with guards that must stay as they are."""

from __future__ import annotations

import pytest

from bot.content.identifiers import read_identifiers
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # an email given in the question: its pieces are no words of it
    ("could you send the receipt to tom.nguyen92@gmail.com please", "receipt-invoice"),
    ("我的邮箱是 sunny.lin@outlook.com 会员怎么加入", "membership"),
    # a phone number given: no word of the question
    ("too many notifications to +61 412 555 019, can I turn them off", "stop-messages"),
    ("手机号 139 1234 5678 的积分怎么用", "points-redeem"),
    # an order number with its label: the order, not its number's letters or 号码
    ("訂單號碼 LM55210934 可唔可以開發票", "receipt-invoice"),
    ("order number LM77120045, can i get an invoice for it", "receipt-invoice"),
    # asked to check an order by its number: where it is (the number's "lm" met order-tracking's answer only by chance)
    ("帮我查下订单 LM61230987 谢谢", "order-tracking"),
    ("could you look up order #LM61230987 for me", "order-tracking"),
    # a tracking number beside a delivered-but-not-here story
    ("auspost tracking 33LKJ2938475 says delivered, nothing here", "package-problem"),
    # guards: the question about the number itself stays where it was
    ("C$89 is that canadian or american dollars?", "currency"),
    ("价格 120 是澳币还是人民币", "currency"),
    ("I was charged $52.30 twice for the same order", "order-cancel"),
    ("promo code SPRING15 doesnt work", "promo-code"),
    ("SPF50 防晒要补涂吗", "sunscreen"),
])
def test_identifiers_in_a_question_are_not_its_words(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "read"), [
    ("email me at amy@hotmail.com", "email me at  "),
    ("bought it on www.sephora.ca/p/12345 ok", "bought it on  sephora  ok"),
    ("click https://bit.ly/3xQz99812 now", "click https://bit.ly/3xQz99812 now"),  # a link with its scheme: kept
    ("paid 75 AUD", "paid 75 "),
    ("is 75 AUD in USD?", "is 75 AUD in USD?"),  # asks the currency: kept
    ("the 0.5% retinal 30ml", "the 0.5% retinal 30ml"),  # a strength and a size: kept
    ("batch 2403B", "batch 2403B"),  # five characters: a batch, kept
])
def test_read_identifiers(text: str, read: str) -> None:
    assert read_identifiers(text) == read


def test_an_email_domain_names_no_platform() -> None:
    # gmail.com was "platform" to bot/content/elsewhere.py: another business's matter, no answer
    assert answered("how do i delete my account, it's under jo.smith@gmail.com") == "privacy"



@pytest.mark.parametrize(("name", "text", "inside"), [
    ("_URL", "1-1-1-b.com", 2), ("_EMAIL", "a-b@c.com", 2), ("_IDENTIFIER", "x-12345678", 2),
    ("_IDENTIFIER", "1-1-12345678", 4),
])
def test_a_pattern_never_starts_inside_a_run(name: str, text: str, inside: int) -> None:
    """Each pattern starts only where its run of characters starts: one that could start at every character of a
    long run ("1-1-1-…", hostile or pasted, 2,000 characters) scanned the rest of the run from each, ~40 ms a
    message; now ~1 ms (a script's measure, not a test's: no timed assertions)."""
    from bot.content import identifiers

    assert getattr(identifiers, name).match(text, inside) is None
