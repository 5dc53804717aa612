"""Eighty-second round (docs/faq.md, faq82): blind33's misses read as kinds (probe65 written first). Ghanaian English
(chale, una fit … go <place>, "or?", pepper for a sting, small small, the harmattan, mobile money, "what I go use"),
Cajun and Southern English (cher, "or nah", a lotta messages made to quit), wedding parties (a bridesmaid's or best
man's gift boxes tracked or followed, the bridal party's invoice), teachers (an order sent to school asked to go home
instead), drivers and riders (a helmet's breakouts, buddies who sign up through one, a store that shuts; Chinese
riders' 送外卖 / 跑单 / 骑手 told beside the question), Hong Kong Cantonese (喇 closing a clause, 邊樣先邊樣後, 旅行組),
a salon asking to become a stockist with "apply", and the towns of these crowds. Other wordings than probe65's and
blind33's; each outcome check here failed before the round (checked on the probe's commit), with guards that passed
before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Ghanaian English
    ("Chale my brother dey for Tamale, una fit post the cleanser go there?", "shipping-destinations"),
    ("Please do you take momo?", "payment-methods"),
    ("Chale this harmattan dey dry my face, what I go use?", "winter-dry-skin"),
    # Cajun and Southern English
    ("Cher, my nephew moved out to Guadalajara, y'all able to ship stuff down there or nah?", "shipping-destinations"),
    ("Y'all send way too many texts, can I make 'em quit?", "stop-messages"),
    # wedding parties
    ("Best man here, I ordered the groomsmen gift boxes and no clue where they are. How do I track them?",
     "order-tracking"),
    ("Bridesmaid here, how can I follow the gift sets I ordered?", "order-tracking"),
    # teachers
    ("I put the school on the order, could it be sent to my apartment instead?", "order-change-address"),
    # drivers and riders
    ("If my buddies at the warehouse sign up through me do I get anything?", "referral"),
    ("Breaking out under my helmet from all the sweat, what helps with pimples?", "acne-prone"),
    ("What time do you shut on weekdays?", "business-hours"),
    ("What time do the stores shut on Sunday?", "business-hours"),
    ("我在悉尼送外卖，想给老家湖南的奶奶寄一套，能寄回国内吗，要填什么", "shipping-to-china"),
    ("骑手一枚，送外卖的间隙问一下，下的单到哪了怎么查", "order-tracking"),
    # Hong Kong Cantonese
    ("張單我唔想要喇，未寄出可唔可以唔要", "order-cancel"),
    ("爽膚水同精華邊樣先邊樣後", "routine-order"),
    # a salon asking to stock the range with "apply"
    ("有个小spa在Calgary，想做你们的distributor，怎么apply", "wholesale-partnership"),
])
def test_blind33_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # wordings of this round's kinds already right before it
    ("Chale una fit send am go Accra?", "shipping-destinations"),
    ("Can y'all make them texts quit? Too many messages", "stop-messages"),
    ("If I get my coworkers to sign up, do I get anything?", "referral"),
    ("Can you redirect the order to my home address? I'm off for the holidays", "order-change-address"),
    ("当骑手一直戴头盔，脑门全是痘，用什么好", "acne-prone"),
    ("我唔要張單喇，可唔可以取消", "order-cancel"),
    ("有冇旅行套裝試下先", "samples"),
    ("I own a spa and want to be a stockist, how do I apply?", "wholesale-partnership"),
    ("我想做你们的经销商，怎么申请", "wholesale-partnership"),
    # neighbours that keep their answers
    ("I want to apply for a job at your store, how do I do it?", "job-apply"),
    ("can you gift wrap my order?", "gift-wrap"),
    ("The serum pepper my skin, which of your things is gentle for sensitive skin?", "sensitive-skin"),
])
def test_neighbours_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # no answer, in the same registers: a takeaway ordered, a helmet bought, the rain, a rider's day, a horn
    "我想点外卖",
    "where can I buy a motorcycle helmet",
    "Please it's raining oo, Accra roads are full of water",
    "今天跑了三十单，累死了",
    "my sister bought a new car horn 喇叭",
    "Bridesmaid dresses came today, so pretty!",
])
def test_no_answer_stays(text: str) -> None:
    assert outcome(text) is None
