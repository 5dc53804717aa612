"""Eighty-sixth round (docs/faq.md, faq86): blind34's answerable misses read as kinds (probe69 written first). A
question told with the follower's own life around it: a pet as the household (a dog mom, the dog woken by the phone,
the cat that stepped on it, 猫主子 and 毛孩子 by their pet names) and an angler (钓鱼佬) beside a question put to us, no
other trade (a pet's own matter, its skin, food or shampoo, and fishing gear still veto); a mine camp told as where one
is (from camp, a camp address), phone signal and days off told as when one can write, real people as who answers;
skin "broken out" under the hard hat (breaking out, not a parcel broken); pings and buzzes from us muted, a phone that
buzzes with them, a request opened with "please" as a question; an address put in by mistake, where an order is going
switched, a new house as the new place, the States as the USA; a package's possessive "s", a refund that lands, an
order killed; a grown-up's age (a 40-year-old) as no teenager, a man who never used anything but bar soap, work over
winter when the farm is quiet (seasonal). Other wordings than probe69's and blind34's; each outcome check here failed
before the round (checked on main), with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # a pet or fishing as the follower's own life
    ("Proud cat mom of three here, are your products tested on animals?", "cruelty-free"),
    ("The lady who minds my dog on weekends has a birthday, could you gift wrap a set for her?", "gift-wrap"),
    ("please stop the promo texts, my phone dings and the dog goes mental every single time", "stop-messages"),
    ("家里猫主子按到手机下了单，能取消订单吗", "order-cancel"),
    ("會員要怎樣升等？薪水都拿去養貓主子了", "membership"),
    # a camp, signal and days off, real people
    ("stuck at camp for two weeks, where can I see where my parcel is?", "order-tracking"),
    ("Typed my camp address in by mistake, I need it sent to my house in Geraldton. Not shipped yet",
     "order-change-address"),
    ("is there real people on the chat on sundays? only have signal on my days off", "business-hours"),
    # broken out, pings, a please
    ("Sweating under the welding mask every day and my chin has broken out, what should I use?", "acne-prone"),
    ("way too many pings from you lately, how can I mute all the promos", "stop-messages"),
    # an address switched, the States, a grown-up, bar soap, seasonal work
    ("Moving off the acreage into the city next week. The order hasn't gone out, can I change where it's going?",
     "order-change-address"),
    ("Our daughter's down in Billings now, would you send an order to her in the States?", "shipping-destinations"),
    ("I'm a 45-year-old roofer, only ever washed with soap and water. Is your stuff for guys too?", "mens-skincare"),
    ("After something to do over winter when the ranch is slow. Any seasonal work going?", "job-part-time"),
    # a package's possessive, money that lands, an order killed
    ("Reckon the package's held up somewhere, it went out days ago. Where can I see where it's at?", "order-tracking"),
    ("sent the jar back, how many days till the money lands", "refund-time"),
    ("went a bit mad at 3am, can I kill the order before it goes out?", "order-cancel"),
])
def test_blind34_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # wordings of this round's kinds already right before it, and neighbours that keep their answers
    ("do you test on animals?", "cruelty-free"),
    ("my face keeps breaking out, what should I use?", "acne-prone"),
    ("I broke out in a rash after the serum, what should I do?", "allergy-reaction"),
    ("the bottle arrived broken", "package-problem"),
    ("can I change the delivery address on my order?", "order-change-address"),
    ("where is my order? it was shipped last week", "order-tracking"),
    ("how do I stop your promo messages?", "stop-messages"),
    ("what would you recommend for my 15 year old daughter", "product-recommendation"),
    ("do you have part-time jobs?", "job-part-time"),
])
def test_neighbours_keep_their_answers(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # no answer: a pet's own matter, fishing gear, a camp's mess, a farm's seed, a crypto refund
    "do you sell a shampoo for my dog's itchy skin?",
    "my cat's ear is red and itchy, what cream can I put on it?",
    "猫主子最近掉毛很厉害，怎么办",
    "钓鱼佬问一下，野钓用什么饵好",
    "what time does the camp mess open on swing change?",
    "when does the co-op ship the canola seed?",
])
def test_no_answer_stays(text: str) -> None:
    assert outcome(text) is None
