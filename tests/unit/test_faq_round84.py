"""Eighty-fourth round (docs/faq.md, faq84): blind35's answerable misses read as kinds (probe67 written first; its
angler, tradie and academic messages not read). Lawyers' and accountants' letters for a client (please be advised,
per our records, our client's question, "wishes to", deliveries "available", the applicable procedure, the appropriate
contact, the current delivery status, a company that sponsors employees, a range carried, a day spa and a product line
that are no advertisement, "confirm receipt of" that asks for no receipt); Macau and Hong Kong casino and hotel staff's
Cantonese (one's workplace and shift told beside the question, 工 for a job, 有冇下文, 得闲, 日头, 瞓觉, 嘈醒, 真人覆,
pushes to be stopped as 停咗佢, 皮膚好乾); creators' shoots abroad and a lodging as the address, a tax another shop's
carrier took, codes stacked; an accountant's tax season told as when; square-dancing retirees' grandchildren's taps
and the money asked back after a cancel, friends brought to buy; astrology fans' luck beside a refund; surfers'
sunscreen in the water, the other one sent back, the difference paid, what to start with. Other wordings than probe67's
and blind35's; each outcome check here failed before the round (checked on the probe's commit), with guards that passed
before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # lawyers' and accountants' letters
    ("Please be advised that our client has relocated to Belfast. Kindly confirm whether deliveries there are "
     "available.", "shipping-destinations"),
    ("Kindly confirm whether shipping to the United Kingdom can be arranged for our client.", "shipping-destinations"),
    ("Our client wishes to send back a sealed cleanser. Kindly advise the applicable procedure.", "return-policy"),
    ("Per our records, our client's order was placed on 12 October. Kindly confirm its current delivery status.",
     "order-tracking"),
    ("Our client holds a closed work permit. Please advise whether your company sponsors staff.", "job-work-permit"),
    ("A client of mine owns a day spa and asked how she would go about carrying your line.", "wholesale-partnership"),
    # Macau and Hong Kong casino and hotel staff
    ("我喺酒店做保安，想搵份新工，點樣申請？", "job-apply"),
    ("我喺賭場做荷官，寄咗履歷畀你哋兩個禮拜，都冇下文", "job-application-status"),
    ("我返夜更，日頭瞓覺，啲推送成日嘈醒我，停咗佢得唔得", "stop-messages"),
    ("我輪更，日頭先得閒，你哋幾點有真人覆？", "business-hours"),
    ("我喺氹仔酒店返工，你哋寄唔寄得嚟澳門？", "shipping-destinations"),
    ("塊面好乾，有咩推介？", "product-recommendation"),
    # creators, accountants, retirees, astrology fans
    ("下个月去Tokyo拍一组lookbook，能寄到我住的酒店吗", "shipping-destinations"),
    ("之前买别家的东西被FedEx收了关税，你们寄过来会不会也这样", "customs-duties"),
    ("两个code可以一起用吗", "promo-code"),
    ("报税季过了才有空，订单到哪了怎么查", "order-tracking"),
    ("孙女拿我手机瞎点下了单，我不要了，能取消吗？钱会退回来不", "order-cancel"),
    ("我带邻居们来买，我能得点什么？", "referral"),
    ("我拉隔壁的老姐妹来下单，我有啥好处", "referral"),
    # surfers
    ("does your sunscreen stay on in the surf?", "sunscreen"),
    ("never touched skincare, which of your stuff should we begin with?", "product-recommendation"),
])
def test_blind35_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # wordings of this round's kinds already right before it, and neighbours that keep their answers
    ("Do you ship to the UK?", "shipping-destinations"),
    ("Can I return an unopened product?", "return-policy"),
    ("Can you sponsor a work visa?", "job-work-permit"),
    ("I run a spa and want to stock your products", "wholesale-partnership"),
    ("Kindly be informed that I would like to speak with a member of your staff regarding my account.", "human-agent"),
    ("Can I get a receipt for my order?", "receipt-invoice"),
    ("我想揾工，點樣申請？", "job-apply"),
    ("你们有夜班吗", None),
    ("优惠码可以跟会员价叠加吗", "promo-code"),
    ("不想要了，怎么取消订单？", "order-cancel"),
    ("钱能退回来不", "menu"),
    ("which retinol should I start with", "retinoid-start"),
    ("is the sunscreen water resistant", "sunscreen"),
    ("投咗你哋份工成個月，都冇下文", "job-application-status"),
    ("水逆期间退的货，钱还没退到卡上，要几天", "refund-time"),
    ("got two moisturisers, the spare's still sealed. can I send the other one back?", "return-policy"),
    ("can I swap the cleanser for the toner? happy to pay the difference", "exchange"),
])
def test_neighbours_keep_their_answers(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # no answer, in the same registers: a letter's own matters, a casino's night, a tax return, a dance, a camera, a
    # wetsuit, a horoscope, a stall
    "Kindly confirm receipt of the signed engagement letter.",
    "Please be advised that the hearing has been moved to Friday.",
    "今晚又返夜更，好攰",
    "How do I file my tax return before the deadline?",
    "广场舞今晚几点开始",
    "how thick a wetsuit do I need in spring?",
    "水逆什么时候结束",
    "Earn 300 a day from home, message me on LINE",
])
def test_no_answer_stays(text: str) -> None:
    assert outcome(text) is None
