"""Seventy-sixth round (docs/faq.md, faq76): blind30's English misses and wrong answers read as kinds (probe59 written
first). European learners' false friends (a "sensible" skin is sensitive, an order "annulled" cancelled, its "actual
state" where it is, a box "closed still" unopened); autocorrect and voice typing's wrong real words (a "recipe" for an
order is its receipt, an "ideas number" an ID number, "part tim", promo "massages", "nice in a mide", "vitamin see", "my
odor"); Canadian English (the rewards or points "thing", the furnace beside dry skin, "or is it Canada only");
passive-aggressive openers before the real question; Kongish particles (la, ar, ga) and Hong Kong as its writers name
it; messages full of specifics (an order number and a date asking where it's at, "paid on" a day, a code "not
eligible", a courier asking money at the door, a unit number told wrong). And the wrong answers read as kinds
(config/faq.yaml `matter` + `before`): a man starting skincare (mens-skincare, not retinoid-start or routine-order), a
product unopened changed for another (exchange, not package-problem or shelf-life), a cancelled order's money
(refund-time, not order-cancel), the cold and a dry face (winter-dry-skin, not allergy-reaction), how many days
with free shipping named (shipping-time, not shipping-cost), niacinamide with a retinoid (niacinamide-combine), a
retinoid while pregnant (pregnancy-safe), the recipient's ID for China (shipping-to-china, not customs-duties). Other
wordings than probe59's and blind30's; each outcome check here failed before the round, with guards that passed
before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # European learners
    ("my face is sensible since years, which cleanser is good for me?", "sensitive-skin"),
    ("sensible face, what do you propose?", "sensitive-skin"),
    ("do you have something for sensible skin?", "sensitive-skin"),
    ("I want to annul my order from this morning", "order-cancel"),
    ("the cream box is closed still and I want the bigger size instead", "exchange"),
    # autocorrect and voice typing
    ("please email me the recipe for my purchase", "receipt-invoice"),
    ("is there a part tim job at the Vancouver store?", "job-part-time"),
    ("how do I stop the massages from you", "stop-messages"),
    ("I want to use nice in a mide and vitamin see at the same time, is that ok?", "niacinamide-combine"),
    # Canadian English
    ("how do I sign up for the points thing?", "membership"),
    ("could my aunt in Denver get an order, or is it Canada only?", "shipping-destinations"),
    # passive-aggressive openers, Kongish, specifics
    ("Per my last message: my cheeks puffed up after the toner, what do I do?", "allergy-reaction"),
    ("how much is the shipping to HK ar?", "shipping-cost"),
    ("can ship to HK or not ar", "shipping-destinations"),
    ("order LM20488810, ordered Nov 27, any idea where it's at?", "order-tracking"),
    ("paid on Monday for my order, where is it?", "order-tracking"),
    ("the delivery driver asked me for $26 before giving me the box, what is that?", "customs-duties"),
    ("my order has apt 12 but it should be 21, can you fix it?", "order-change-address"),
    # the wrong answers read as kinds
    ("just a guy who never did skincare, how do I start?", "mens-skincare"),
    ("I'm a man and a total beginner, what routine should I start with?", "mens-skincare"),
    ("I cancelled my order yesterday, when will the money be back?", "refund-time"),
    ("winters here are rough, my face is cracked and itchy", "winter-dry-skin"),
    ("my order came with free shipping, how many working days to Victoria?", "shipping-time"),
    ("how long to Montreal normally?", "shipping-time"),
    ("I'm pregnant, is the retinal serum still ok to use?", "pregnancy-safe"),
])
def test_blind30_english_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # neighbours that keep their answers, and wordings of this round's kinds already right before it
    ("my hands and face are so dry with the furnace on all day", "winter-dry-skin"),
    ("the coupon SPRING5 says not eligible on my $40 cart", "promo-code"),
    ("still in the box, never opened, can I switch it for the gel cream?", "exchange"),
    ("can I put niacinamide on with retinal at night?", "niacinamide-combine"),
    ("shipping to my dad in Hangzhou, does he need an id card number?", "shipping-to-china"),
    ("my skin is very sensitive, can I use your toner?", "sensitive-skin"),
    ("I haven't opened it, I changed my mind, can I bring it back?", "return-policy"),
    ("how do I start using retinol?", "retinoid-start"),
    ("my face is red and itchy after the new serum", "allergy-reaction"),
    ("can I cancel my order?", "order-cancel"),
    ("how much is shipping to Halifax?", "shipping-cost"),
    ("will UPS charge me import duties?", "customs-duties"),
    ("is there a referral code I can share with friends?", "referral"),
    ("do you ship to LA?", "shipping-destinations"),
])
def test_neighbours_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "any good recipe for banana bread?",
    "I booked a massage for Friday, can I move it?",
    "my furnace is rattling, who repairs them?",
    "where can I find a barber in Mong Kok?",
    "Just circling back to say thanks, all good now",
    "my skin is sensible to the sun at the beach, how long can I stay out?",
])
def test_other_matters_get_no_answer(text: str) -> None:
    assert outcome(text) is None
