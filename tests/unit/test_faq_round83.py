"""Eighty-third round (docs/faq.md, faq83): blind32's misses read as kinds (probe66 written first). Hawaiian Pidgin
(da, stay, get one, kine, fo', um for it, wen for the past, neva, "I like" + a verb, hapai, tita, tutu, "o wat",
"can?", the mainland, Hawaii's towns), London street English (you lot, someone put onto the shop, a shop of one's own
to stock ours), gym-goers (the gym where one sweats, clogged up), older followers' ellipses and sign-offs ("Sent from
my iPhone", "is Expecting...", "in what Order do I apply them"), Chinese followers on the move (a hotel as the new
address, a trip told beside the question), Taiwanese conscripts (當兵, 退伍, 鋼盔, 揪同梯, 推坑), gamers' likenesses
(像游戏…那样), the points' balance and expiry, a return's postage, a customer-service job's language, and other
businesses' cards and cloud bills. Other wordings than probe66's and blind32's; each outcome check here failed
before the round (checked on main), with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Hawaiian Pidgin
    ("howzit brah, you guys send ova to Lahaina side?", "shipping-destinations"),
    ("eh how much fo' ship um to Hilo?", "shipping-cost"),
    ("my tita stay hapai, wat kine stuff she can use?", "pregnancy-safe"),
    ("I like trade da toner fo' da cream, neva open um. can?", "exchange"),
    ("how I know if da serum stay da real kine? my uncle wen buy um at one swap meet", "authenticity"),
    # London street English and gym-goers
    ("if I put my mandem onto you lot, do I get summat", "referral"),
    ("bruv got a barbershop in Peckham, could we sell your stuff there", "wholesale-partnership"),
    ("gym bro here, my forehead breaks out from sweating at the gym, will your stuff clog me up", "acne-prone"),
    ("my face burns and goes red with every moisturizer, which of your stuff is gentle", "sensitive-skin"),
    # older followers' ellipses and sign-offs
    ("My Granddaughter is Expecting...  Is the Serum safe for her...", "pregnancy-safe"),
    ("Good Afternoon...  My order from last Tuesday...  How do I find out where it is   Sent from my iPhone",
     "order-tracking"),
    # Chinese followers on the move, conscripts, gamers
    ("订单填的是学校地址，下周去滑雪，能改成寄到酒店吗", "order-change-address"),
    ("當兵戴鋼盔 額頭一直冒痘 有推薦的嗎", "acne-prone"),
    ("推坑同事一起买 我们都有优惠吗", "referral"),
    ("会员怎么升级，像游戏段位那样要充多少", "membership"),
    ("想把面霜换成防晒，就像游戏里换皮肤一样，没拆封行不行", "exchange"),
    ("积分balance去哪check，会不会expire", "points-redeem"),
    ("没拆封的想退，退货的运费要自己出吗", "return-policy"),
    ("退伍了 帳號跟個人資料都想刪掉 要寄信給誰", "privacy"),
])
def test_blind32_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # another business's card or cloud bill, answered before the round
    "My Mastercard was Declined at the supermarket...  How do I get the Bank to sort it",
    "how do I change the billing address on my AWS account",
])
def test_other_businesses_now_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # wordings of this round's kinds already right before it
    ("get one points kine program o wat? how I join?", "membership"),
    ("got a nail bar in Hackney, can we stock your stuff innit", "wholesale-partnership"),
    ("My Niece is Expecting...  Which of your creams can she use safely...", "pregnancy-safe"),
    ("I have the Cleanser, Serum and Cream...  In which Order should I use them...", "routine-order"),
    ("揪同梯一起買 有推薦獎勵嗎", "referral"),
    ("我只会普通话和一点English，customer service的岗位可以吗", "job-language"),
    ("退伍以后去新西兰打工度假半年 人在奥克兰 你们的东西能寄过去吗", "shipping-destinations"),
    # neighbours that keep their answers
    ("do you ship to Hawaii?", "shipping-destinations"),
    ("how much is shipping to Honolulu?", "shipping-cost"),
    ("my wife is pregnant, which products can she use?", "pregnancy-safe"),
    ("my order hasn't arrived, where is it?", "order-tracking"),
    ("我的积分怎么用", "points-redeem"),
    ("面霜过期了还能用吗", "shelf-life"),
    ("退货要多久才能退款", "refund-time"),
    ("我想删除我的账号", "privacy"),
])
def test_neighbours_keep_their_answers(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # no answer, in the same registers: the surf, the tube, a library book, the army's papers and luggage
    "howzit brah, da waves stay big today",
    "bruv the tube is rammed again innit",
    "My Library book is Overdue...  How do I renew it...  Sent from my iPad",
    "退伍令要去哪里办",
    "当兵要带什么行李",
])
def test_no_answer_stays(text: str) -> None:
    assert outcome(text) is None
