"""Ninety-fifth round (docs/faq.md, faq95): the development sets' wrong answers read as kinds (probe78 written first).
A reaction after one of our products, with a refund or what to do asked, taken by the product's own entry
(niacinamide) or by nothing, and 试了 ("tried") as using; a return asked with the receipt kept (the receipt's entry)
or lost (a lost parcel's 丢), the product named and brought, taken or sent back, or corrected from an exchange
(不是要换货，是想退); sensitive skin told as a history (so many products binned, every new one burning, 一换护肤品就红,
hands itchy from a day's work) with whether ours is gentle or safe; our team's days asked as "do you (people) work on
Saturday" (a job's); a work permit asked by nationality or citizenship, or by a student visa's hours. Then words read
the wrong way: "lost" of a text or an email (a lost parcel), "applied" of a code (a job application), "smells fishy"
of a marketplace's price (a scent), "stop" of a product (unsubscribing), a leak that soaked the box. Other wordings
than probe78's and the sets'; each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # a reaction after our product, with a refund or what to do asked; tried as used
    ("a rash came up on my forehead after the niacinamide, can I have a refund?", "allergy-reaction"),
    ("my lips went puffy after your niacinamide drops yesterday, what do I do", "allergy-reaction"),
    ("昨晚试了你们的防晒 今天下巴起了好多红疹 该怎么办", "allergy-reaction"),
    ("第一次试完眼霜 眼睛周围肿了 要怎么处理", "allergy-reaction"),
    # a return with the receipt kept or lost, the product brought or sent back
    ("still got the receipt, could I bring the toner back to you?", "return-policy"),
    ("receipt's right here, can I mail the serum back?", "return-policy"),
    ("购物小票弄丢了 还可以退吗", "return-policy"),
    ("收据找不到了，东西还能退吗", "return-policy"),
    # sensitive skin told as a history, whether ours is gentle
    ("I've tossed so many moisturisers because my cheeks burn, is any of yours gentle?", "sensitive-skin"),
    ("hands red and itchy from hand sanitiser all day at the clinic, anything gentle?", "sensitive-skin"),
    # our team's days asked as whether we work
    ("do your staff work on public holidays?", "business-hours"),
    ("do you people work saturdays at all?", "business-hours"),
    # a work permit by nationality or a student visa's hours
    ("我是韩国国籍，可以来你们店上班吗", "job-work-permit"),
    ("she's on a student visa, how many hours can she work at your warehouse?", "job-work-permit"),
    # words read the wrong way
    ("lost the sms with my tracking number, can you resend it?", "order-tracking"),
    ("Used the code from the newsletter. It said applied. Total stayed the same. Why?", "promo-code"),
    ("Typed in my cousin's code and it said applied, yet the total didn't change", "promo-code"),
    ("a reseller on instagram has your cream at half the price, smells fishy, should I trust it?", "authenticity"),
    ("vitamin c 昨晚用了 今天脸红又痒 要 stop 吗", "allergy-reaction"),
    ("打开箱子发现精华漏了一大半，纸盒都湿透了，怎么办", "package-problem"),
])
def test_wrong_answers_read_as_kinds_now_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: the neighbouring entries asked plainly, and other bodies' matters in the same words
    ("My face is itchy after using the toner, what do I do?", "allergy-reaction"),
    ("can I use niacinamide with retinol?", "niacinamide-combine"),
    ("can I get a receipt for my order?", "receipt-invoice"),
    ("包裹丢了怎么办", "package-problem"),
    ("我想换货 换成别的颜色", "exchange"),
    ("is it safe to use while pregnant?", "pregnancy-safe"),
    ("I'm pregnant and my face goes red with every cream, is yours safe?", "pregnancy-safe"),
    ("can I work part time on weekends?", "job-part-time"),
    ("how do I apply for a job?", "job-apply"),
    ("are you guys open on sundays?", "business-hours"),
    ("my dog's face swelled up after a bee sting, what do I do", None),
    ("我在超市买的牛奶，收据丢了还能退吗", None),
    ("does the library work on Saturdays?", None),
    ("my friend is a Mexican citizen, does she need a visa to visit Canada?", None),
    ("is your serum fragrance free?", "fragrance-alcohol-free"),
    ("how do I claim my birthday gift?", "birthday-gift"),
    ("stop sending me promos", "stop-messages"),
    ("I applied for the store job last week, any news?", "job-application-status"),
    ("the fish at the market smells fishy today lol", None),
    ("lost my phone on the bus, any idea who to call?", None),
])
def test_neighbours_and_other_bodies_keep_theirs(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
