"""Hundred-and-seventh round (docs/faq.md, faq107): the development sets' wrong answers read as kinds (probe90 written
first). A working holiday told beside whether we have part-time or seasonal work (the permit's before); a first
retinoid with how often, how to begin or whether to stop (the sunscreen's, a résumé's or the unsubscribe's before);
a man of the follower's and something for him (the routine's, a recommendation's or the reaction's before); an order
placed twice or in error, not shipped yet, taken back in any verb (a product's entry or shipping time's before); the
languages one speaks, then our store as where one works or who hires (the bot's language or the stores' before);
friends asking where one buys ours with a code or a reward asked (a product's card); a travel kit or a mini set to
try first (the shelf life's, sensitive skin's); 优惠码 typed 优惠吗 with where it went in after a pause (the shelf
life's 过期); family in a Chinese city with what is needed from the follower or the recipient, or one order's limit
(customs duties' or the destinations'); one's own birthday told in short sentences beside a friend's gift.
Other wordings than probe90's and the sets'; each check here failed before the round, with guards that passed before
and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # a working holiday, and whether we have part-time, seasonal or temporary work
    ("I'm over on a working holiday till March, any casual shifts at the Sydney shop?", "job-part-time"),
    ("打工度假第二年了，你们仓库双十一前后招不招临时工", "job-part-time"),
    ("打工度假嚟咗溫哥華，你哋有冇臨時工做？", "job-part-time"),
    # a first retinoid: how often, how to begin, whether to stop
    ("first go with a retinoid, how often should i be putting it on", "retinoid-start"),
    ("從來沒用過A醛，想趁放暑假試試，要怎麼開始", "retinoid-start"),
    # a man of the follower's, something for him; a face red from the weather is no product's reaction
    ("my hubby would never do a routine, one thing at most. anything for him?", "mens-skincare"),
    ("my dad works on the boats, his face is red from the wind all winter. is your skincare for men too?",
     "mens-skincare"),
    ("我哥刮完胡子脖子总起小红点 他用什么好", "mens-skincare"),
    # an order placed twice or in error, not shipped yet, taken back in another verb
    ("Good afternoon, I mistakenly submitted a duplicate order for the retinal serum; it has not yet been dispatched. "
     "May I withdraw it? Best, L. Fong", "order-cancel"),
    ("we've got doubles of the toner now, mine hasn't gone out yet, how do i scrap it?", "order-cancel"),
    # the languages one speaks, then our store as where one works or as the one who hires
    ("我識講廣東話同英文，國語麻麻，你哋門市請唔請得我", "job-language"),
    ("我識少少英文同廣東話，唔識普通話，可唔可以做你哋門市", "job-language"),
    # friends asking where one buys ours, and a code or what one gets
    ("the girls at my salon always ask where I get my serum, can I give them a code? anything in it for me?",
     "referral"),
    # a travel kit or a mini set asked for to try first
    ("can i get a mini set to try first? my skin is picky and reacts to lots", "samples"),
    ("the travel kit, how long would it last me? just want to test before committing", "samples"),
    # 优惠码 typed as 优惠吗, where it went in told after a pause
    ("闺蜜给了个优惠吗 下单时输进去没反应 是不是过期了", "promo-code"),
    # family in a Chinese city, and what is needed from the follower or the one order's limit
    ("ordering a set for my aunt who lives in Chengdu, do you need anything from me for customs?", "shipping-to-china"),
    ("寄去国内给我婆婆 一单有没有limit？cart里大概 RMB 7000，会不会被海关扣", "shipping-to-china"),
    # one's own birthday beside a friend's gift (the birthday gift before China's shipping)
    ("Birthday in October. Joined the membership on Monday. My coworker said she got a present. Do I get one too?",
     "birthday-gift"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the permit's own questions with a working holiday or a student permit named
    ("我是打工度假签证，能在你们门店上班吗", "job-work-permit"),
    ("does a working holiday visa let me work for you?", "job-work-permit"),
    ("我拿学签 周末兼职可以做吗", "job-work-permit"),
    # a retinoid beside a pregnancy or another ingredient
    ("can i use the retinal serum while i'm pregnant?", "pregnancy-safe"),
    ("A醛和烟酰胺可以一起用吗", "niacinamide-combine"),
    # a reaction after a product in a man's face; his sensitive skin
    ("my boyfriend's cheeks went red and itchy after using my serum, what should he do?", "allergy-reaction"),
    # another body's visa, a man's other things
    ("my brother needs a new laptop for uni, what should he use?", None),
    ("Amazon order placed twice by accident, how do I cancel one?", None),
    ("補習社話要識講普通話先請我，點算", None),
    ("the hotel left a travel kit in the room, can i take it on the plane?", None),
    # an opened travel kit's life, whether it is tested on animals, a product past its date
    ("how long does the travel kit last once it's opened?", "shelf-life"),
    ("is the travel kit tested on animals", "cruelty-free"),
    ("这瓶精华开封半年了 是不是过期了", "shelf-life"),
    # a Chinese city's import tax, another country's recipient
    ("will my mum in Beijing have to pay import tax?", "customs-duties"),
    ("do you ship to Australia? what do i need from her?", "shipping-destinations"),
    # a birthday present to be wrapped
    ("孙子生日想送一套，能包成礼物吗", "gift-wrap"),
    ("how do I apply for a working holiday visa for New Zealand?", None),
])
def test_guards_stay(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
