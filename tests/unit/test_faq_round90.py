"""Ninetieth round (docs/faq.md, faq90): blind36's answerable misses read as kinds (probe73 written first). A question
told with a hobby's or a job's life around it (birders, climbers, golfers, knitters, skiers, 规培 doctors, 月嫂,
Taiwanese tea farmers and divers, Cantonese dragon-boat paddlers): the pastime or the stay named beside a question to
us vetoes no entry; slang for the question ("what's the damage", "when are your people in", "dinging my phone", "pick
up work", "can it come wrapped", "make it to ... in time"); the place it should go ("deliver there", Iceland); points,
samples and promo codes in other words; an address or an order to change before it ships (还没发货能改不). Other
wordings than probe73's and the sets'; each check of test_the_kinds_answer failed before the round; the guards passed
before and still do. A short question put to us after one long story clause is read alone (`short_last_question`)."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # slang for the question
    ("Whats the damage on shipping if I'm only getting the one serum to Maine?", "shipping-cost"),
    ("When are your people usually in? I'm on Pacific time, night shifts", "business-hours"),
    ("too many promos pinging my phone during practice, how do I turn them off", "stop-messages"),
    ("Our league tees off next week, is that enough time for the package to make it to Denver?", "shipping-time"),
    # points in other words
    ("could I trade my points for samples instead of a coupon?", "points-redeem"),
    # a hobby's or a job's life around the question
    ("typed my studio's address instead of my flat, nothing shipped yet, can I fix where it's going?",
     "order-change-address"),
    ("a guy at the club got hit with duties on gear from Canada. if I order from you to Ohio do I pay import charges?",
     "customs-duties"),
    ("Standing in the windchill on the dock all day, my cheeks are peeling. help", "winter-dry-skin"),
    ("Just moved to Calgary, only know people from the climbing gym. Is there a group chat where people swap skincare "
     "tips?", "join-group"),
    # a short question to us after one long clause of the pastime's story
    ("the lanolin in my old hand cream made me itch all through quilting season. is your cream fragrance free?",
     "fragrance-alcohol-free"),
    ("been lurking in the group chat for months watching everyone's routines. do you ship to Iceland?",
     "shipping-destinations"),
    # Chinese: an address or an order changed before it ships, a creator's business, a receipt for the team, a parcel
    # the B&B never saw, one script asked for
    ("我做住家阿姨的，下单填的是上一个雇主家的地址，还没发货能改不", "order-change-address"),
    ("我這禮拜在綠島考潛水證，剛下的單想改寄到這邊民宿，還沒出貨可以改嗎？", "order-change-address"),
    ("剛剛手滑訂了兩次一樣的，想把其中一張單取消，還沒寄出應該可以吧？", "order-cancel"),
    ("我是做旅行 vlog 的博主，想 collab，怎么联系商务？", "wholesale-partnership"),
    ("我的應徵到了什麼階段？去哪裡查", "job-application-status"),
    ("龍舟隊報數要收據，喺邊度搵返張單？", "receipt-invoice"),
    ("快递显示签收了，可是民宿老板说根本没看到包裹", "package-problem"),
    ("可以打繁體字回覆嗎？簡體我看得好吃力，阿嬤眼睛不好", "language"),
])
def test_the_kinds_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # the same kinds that were answered before the round, and still are
    ("In Banff on a visitor visa for the season. Could I pick up some work with you?", "job-work-permit"),
    ("Heading to my aunt's in Reykjavik for the whole winter, can you even ship an order to Iceland?",
     "shipping-destinations"),
    ("手滑下重复了，其中一单还没发货，想取消，应该可以吧", "order-cancel"),
    ("同學給的折扣碼輸入了沒反應，是不是過期了？", "promo-code"),
    ("開咗半年嘅精華好似黃咗少少，仲用得唔用得？", "shelf-life"),
    # the FAQ's own questions, said plainly
    ("how much is shipping to Florida?", "shipping-cost"),
    ("What order should I apply my skincare?", "routine-order"),
    ("my parcel arrived damaged", "package-problem"),
    ("how do I redeem my points?", "points-redeem"),
    ("do you ship to Japan?", "shipping-destinations"),
    ("Do you sponsor visas?", "job-work-permit"),
    ("我的快递现在到哪一步了", "order-tracking"),
    ("退款大概要几天才会到账", "refund-time"),
])
def test_plain_questions_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # the hobbies' and the stays' own matters
    "Is there a fee to join the gym near your store?",
    "the ski resort told me my closed permit can't be changed, true?",
])
def test_the_hobbys_own_matter_gets_no_answer(text: str) -> None:
    assert outcome(text) is None
