"""Thirty-sixth round (docs/faq.md): blind22, held out at stop 36, read as a development set by faq36 at stop 37. Each
kind of misreading tested in other wordings than blind22's, with guards for the same words in other senses."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from tests.support.faq_checks import assert_answers, index  # noqa: F401  (the module's fixture)
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "expected"), [
    ("do you deliver to beijing? my aunt lives there", "shipping-to-china"),  # other verbs of sending to the mainland
    ("can you deliver to chengdu and how much is it", "shipping-to-china"),
    ("could you deliver straight to my grandma in beijing", "shipping-to-china"),  # to someone in the mainland
    ("可以从澳洲直接寄到大陆北京给我奶奶吗 需要什么证件", "shipping-to-china"),  # a parcel's papers, not a CV's
    ("i turn 25 on friday, any gift?", "birthday-gift"),  # turning an age is a birthday
    ("my daughter is turning 18 soon, do members get anything", "birthday-gift"),
    ("I finish my interview already, when I will know?", "job-application-status"),  # ESL statement order
    ("had the interview friday, when I will know the result?", "job-application-status"),
    ("取消订单的话钱会退回银行卡吗", "order-cancel"),  # money back to a card: the refund's way back, not a way to pay
    ("will the refund go back to my credit card", "refund-time"),
    ("do you take back opened items", "return-policy"),  # a shop taking a product back is a return
    ("my skin become red, can you take back if already open?", "return-policy"),
    ("I want to change the toner to other one, the difference I will pay", "exchange"),  # paying it: 补差价
    ("不想再收你们的宣传信息 要怎么取消", "stop-messages"),  # the promotions not wanted, not an order cancelled
    ("不要再收你们的宣传邮件 怎么取消", "stop-messages"),
    ("the heating in my apartment is on all day and my skin is so dry and flaky, what should i use?",
     "winter-dry-skin"),  # the home the heating is in is no housing question
])
def test_blind22_kinds_are_read(index: FaqIndex, text: str, expected: str) -> None:  # noqa: F811
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("do you deliver to hong kong", "shipping-destinations"),  # not the mainland
    ("can you send it to my sister in hong kong", "shipping-destinations"),
    ("how long to deliver to china", "shipping-time"),  # how long, not whether
    ("简历要寄到哪里", "job-resume-tips"),  # a resume sent is still the job's
    ("能刷信用卡吗", "payment-methods"),  # the card paid with
    ("can i pay with credit card", "payment-methods"),
    ("信用卡退款要几天", "refund-time"),
    ("where can i buy it in toronto", "store-locations"),  # already in a question's order
    ("不想收这个包裹 可以取消订单吗", "order-cancel"),  # a parcel not wanted: the order
    ("the price dropped after i bought it, can you refund the difference", None),  # a difference refunded
])
def test_the_same_words_in_other_senses_keep_their_entries(index: FaqIndex, text: str,  # noqa: F811
                                                            expected: str | None) -> None:
    assert_answers(index, text, expected)


def test_constructions_read_only_in_their_sense(index: FaqIndex) -> None:  # noqa: F811
    assert "unopen" in index.canonical("haven open yet leh, can swap?")  # Singlish "haven": not opened
    assert index.canonical("寄得到高雄ㄇ") == index.canonical("寄得到高雄吗")  # zhuyin's ㄇ is 吗
    assert index.canonical("點登記生日") == index.canonical("怎么登记生日")  # Cantonese 點 + a verb: how to
    assert index.canonical("點填資料") == index.canonical("怎么填资料")
    assert "怎么" not in index.canonical("幾點登記截止")  # a time of day
    assert "生日" in index.canonical("turning 40 next week lol")
    assert "生日" not in index.canonical("turn 90 degrees and apply")  # a turn, not an age
    assert "生日" not in index.canonical("it turns 30 days old tomorrow")
    assert "退货" not in index.canonical("i take back what i said")  # words taken back
    assert "when can i" in index.canonical("when i can order again")


def test_deliver_is_no_word_of_the_mainland_s_entry() -> None:
    """Sending to the mainland is read as "ship to" (a construction), not as shipping-to-china's keywords: "deliver"
    among its words made package-problem's "says delivered" weigh less, and this tracking question a menu."""
    assert answered("i ordered from you and its been with evri for a week, where is my parcel") == "order-tracking"


def test_a_follower_s_plan_after_thanks_is_no_question() -> None:
    """Thanks, and what the follower will do next and when: nothing asked."""
    assert answered("noted with thanks") is None
    assert answered("noted w thanks, will take a look tonight after class") is None
    assert answered("ok thanks will check it out tmr") is None
    assert answered("noted, thanks! will try it tonight") is None
    assert answered("thanks, will have a look after work") is None
    assert answered("ok will check, but where is my order?") == "order-tracking"  # a question after it
    assert answered("i will check it out, do you ship to perth") == "shipping-destinations"


def test_school_money_and_duty_free_shops_are_not_ours() -> None:
    assert answered("学校的奖学金什么时候出结果") is None  # a school's application, not a job's
    assert answered("scholarship application results when will i know") is None
    assert answered("在免税店买的精华能退吗") is None  # a duty-free shop's purchase is theirs
    assert answered("bought it at a duty free shop, can i return it") is None
    assert answered("申请结果什么时候出") == "job-application-status"  # no school named: ours
    assert answered("可以退货吗") == "return-policy"


def test_a_platform_where_it_was_bought_or_seen_is_no_business_asked_about() -> None:
    """A platform named as where the product was bought is the shop of the purchase (the authenticity entry speaks of
    buying elsewhere); named as where the follower saw us (刷到), a source."""
    assert answered("在抖音上买的面霜是正品吗") == "authenticity"
    assert answered("某音上买的精华 怎么验证真假") == "authenticity"
    assert answered("bought it on tiktok shop, is it real?") == "authenticity"
    assert answered("抖音上买的洗面奶能退货吗") is None  # that shop's return, still not ours
    assert answered("有线下门店吗 某红书刷到过几次") == "store-locations"


def test_an_order_placed_is_spoken_of_to_us() -> None:
    """"I placed an order" (ESL: "I placed order") speaks of an order with us: the story's other trades (a lease, a
    landlord) no longer veto its question clause."""
    assert answered("Hi there. My landlord is selling the place so I have to move out this weekend, and I placed an "
                    "order on Monday to the old apartment. Please advise how to change the delivery address before "
                    "it ships.") == "order-change-address"
    assert answered("Hi there. My landlord is selling the place so I have to move out this weekend, and my friend "
                    "placed an order on Monday. Please advise how to change the delivery address before it ships."
                    ) is None  # someone else's order
