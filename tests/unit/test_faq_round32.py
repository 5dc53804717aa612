"""Thirty-second round (docs/faq.md): messages no entry should answer (probe16), as kinds, each tested in other
wordings than probe16's, with guards for the same words about our own orders and parcels."""

from __future__ import annotations

import pytest

from bot.content.elsewhere import OtherBusinesses
from tests.support.factories import demo_content
from tests.support.faq_followers import judge_webhook


def outcomes(texts: list[str]) -> dict[str, str]:
    """Each message's outcome through the webhook, as the judges meet it: an entry's id, "menu" or "none"."""
    judged = judge_webhook([{"q": text, "expected": None, "lang": "en", "style": "near"} for text in texts])
    return {j.q: j.outcome if j.outcome in ("menu", "none") else j.got for j in judged}


# A shop named as where the order was placed: "my order", "ordered", "已签收" are that shop's order, not ours (the
# twenty-fifth round's order words still point at us beside a courier, which may carry our parcel).
ORDERED_AT_A_SHOP = [
    "i ordered a hoodie on shein 3 weeks ago and my parcel still hasnt shown up",
    "my amazon order says delivered but the box was empty",
    "在拼多多下的单 我的快递一直不动",
    "京东的订单显示签收了可是我没拿到",
]
# China's marketplaces spelt in Latin letters, beauty e-shops, meal kits, phone makers, China's post.
SPELT_AND_MISSING_NAMES = [
    "my tmall refund still hasnt come back after 10 days",
    "pinduoduo sent the wrong colour, how do i exchange it",
    "yesstyle charged me customs duty on delivery, is that normal",
    "goodfood box came with a leaking bottle of sauce",
    "小米手机的发票在哪里下载",
    "how long does china post take to deliver to toronto",
    "ali express refund taking forever",
]
# A parcel a relative or friend sent: its duties, tracking or damage are the sender's and the carrier's.
SENT_BY_KIN = [
    "my dad mailed me a package of tea from xiamen and customs want $30, is that right",
    "家里人给我寄的零食到现在还没到 物流查不到",
    "我姐寄來的包裹被海關扣咗 要交幾多稅",
]
# An institution's own mailings (a school's, a bank's): not ours to stop.
MAILED_BY_AN_INSTITUTION = [
    "how to unsubscribe from the emails from my uni",
    "how do i stop my bank sending me marketing emails",
    "学校的邮件太多了 怎么取消订阅",
    "银行的推送怎么关掉",
]
# An identity card's own business (身份证 alone stays shipping-to-china's: the recipient's ID number).
ID_CARD_BUSINESS = [
    "身份证补办要回国吗",
    "在国外怎么换身份证",
]


@pytest.mark.parametrize("texts", [ORDERED_AT_A_SHOP, SPELT_AND_MISSING_NAMES, SENT_BY_KIN, MAILED_BY_AN_INSTITUTION,
                                   ID_CARD_BUSINESS],
                         ids=["ordered-at-a-shop", "names", "sent-by-kin", "mailed-by-an-institution", "id-card"])
def test_messages_about_someone_elses_business_get_no_answer_of_ours(texts: list[str]) -> None:
    got = outcomes(texts)
    assert got == dict.fromkeys(texts, "none")


def test_order_words_beside_a_courier_or_to_us_still_point_at_us() -> None:
    """Guards: an order word beside a courier is our parcel it carries; a shop named in a message to us is ours; a
    parcel the follower sends to a relative is our order; 身份证 for a parcel to China is shipping-to-china's."""
    judged = judge_webhook([{"q": q, "expected": expected, "lang": "", "style": ""} for q, expected in (
        ("我下的单 中通快递一直不更新物流", "order-tracking"),
        ("我在淘宝买的你们家面霜 是正品吗", "authenticity"),
        ("给国内家人寄的话 收件人信息要填啥", "shipping-to-china"),
        ("寄国内要身份证吗", "shipping-to-china"),
        ("im at school all day, can you stop sending messages", "stop-messages"),
        ("退订你们的短信", "stop-messages"),
    )])
    assert {j.q: j.got for j in judged} == {j.q: j.expected for j in judged}


def test_a_relative_named_as_the_sender_is_its_own_kind() -> None:
    businesses = OtherBusinesses.for_content(demo_content())
    assert businesses.kinds_named("a box my aunt sent from shanghai is stuck") == {"sender"}
    assert businesses.kinds_named("我妈给我寄的你们家面霜到了") == frozenset()  # speaks to us
    assert businesses.kinds_named("我想给我妈寄一套") == frozenset()  # the relative is the one sent to
    assert businesses.kinds_named("my friend sent me her code") == frozenset()  # no parcel


def test_an_institution_named_as_the_sender_of_mailings_is_its_own_kind() -> None:
    businesses = OtherBusinesses.for_content(demo_content())
    assert businesses.kinds_named("my daughter's daycare keeps texting me") == {"mailer"}
    assert businesses.kinds_named("物业老是发广告短信") == {"mailer"}
    assert businesses.kinds_named("付款的时候银行通知说交易被拒") == frozenset()  # the bank's word on a payment
    assert businesses.kinds_named("我的银行信息安全吗") == frozenset()


# Found past probe16, in the same writers' voice (docs/faq.md): the follower's own day said alone, another
# community's group chat, an account with an app closed.
DAY_REMARKS = ["我刚下班", "我到家了", "just got home from work", "finally off work", "啱啱放工 好攰"]
OTHER_GROUPS = ["拉我进小区业主群", "有没有家长群", "can someone add me to the parents group chat"]
PLATFORM_ACCOUNTS = ["微信怎么注销", "how do i delete my instagram", "支付宝账号怎么注销"]


@pytest.mark.parametrize("texts", [DAY_REMARKS, OTHER_GROUPS, PLATFORM_ACCOUNTS],
                         ids=["day-remarks", "other-groups", "platform-accounts"])
def test_small_talk_and_others_communities_and_accounts_get_no_answer_of_ours(texts: list[str]) -> None:
    assert outcomes(texts) == dict.fromkeys(texts, "none")


def test_the_brands_own_groups_and_account_and_a_question_after_the_day_are_still_answered() -> None:
    judged = judge_webhook([{"q": q, "expected": expected, "lang": "", "style": ""} for q, expected in (
        ("怎么进群", "join-group"),
        ("is there a group chat", "join-group"),
        ("怎么注销账号", "privacy"),
        ("how do i delete my account and data", "privacy"),
        ("刚下班 你们几点关门", "business-hours"),
    )])
    assert {j.q: j.got for j in judged} == {j.q: j.expected for j in judged}


# A visa's, a permit's or residence's own process (the immigration office's business), in other words than probe16's.
VISA_PROCESSES = [
    "签证办下来要多久",
    "我的学签快到期了 怎么续",
    "how long is the pgwp processing time now",
    "my parents super visa got refused",
    "我想申请加拿大移民 要什么条件",
    "do i need a visa to visit the us from canada",
]


def test_a_visas_own_process_gets_no_answer_of_ours() -> None:
    assert outcomes(VISA_PROCESSES) == dict.fromkeys(VISA_PROCESSES, "none")


def test_a_permit_beside_work_for_the_brand_is_still_the_job_entrys() -> None:
    judged = judge_webhook([{"q": q, "expected": expected, "lang": "", "style": ""} for q, expected in (
        ("my study permit expires in may, can i still apply", "job-work-permit"),
        ("学签快到期了还能申请吗", "job-work-permit"),
        ("my work permit expires next month, is that ok for the job", "job-work-permit"),
        ("旅游签可以打工吗", "job-work-permit"),
        ("can i pay with visa", "payment-methods"),
    )])
    assert {j.q: j.got for j in judged} == {j.q: j.expected for j in judged}


# Another kind of place's hours or whereabouts (a bank's, a pharmacy's), and money changed or sent home.
PLACES_AND_MONEY = [
    "银行几点下班",
    "附近哪里有药店",
    "what's the exchange rate today rmb to cad",
    "how do i send money to china",
    "我想换点人民币",
]


def test_another_places_hours_and_money_changed_get_no_answer_of_ours() -> None:
    assert outcomes(PLACES_AND_MONEY) == dict.fromkeys(PLACES_AND_MONEY, "none")


def test_our_stores_hours_and_paying_in_a_currency_are_still_answered() -> None:
    judged = judge_webhook([{"q": q, "expected": expected, "lang": "", "style": ""} for q, expected in (
        ("你们几点关门", "business-hours"),
        ("what time does the richmond store open", "store-locations"),
        ("能换人民币付吗", "currency"),
        ("结账的时候可以换币种吗", "currency"),
    )])
    assert {j.q: j.got for j in judged} == {j.q: j.expected for j in judged}


def test_the_readings_do_not_take_the_brands_own_parcels_jobs_or_payments() -> None:
    """Guards written after a check of each reading's words inside other words: 哥 in 温哥华 (our warehouse), 续 in
    继续, 条件 of a job's permit, a Visa card's payment, a bank's account or its word for a fee."""
    businesses = OtherBusinesses.for_content(demo_content())
    for text in ("从温哥华寄的要几天到多伦多", "温哥华寄过来的包裹破了", "宝妈寄的", "学签的人可以继续做吗",
                 "工签有什么条件", "my visa card payment was denied",
                 "it was processed on my visa yesterday but no confirmation",
                 "my bank account was closed, where does my refund go", "my bank calls it a foreign transaction fee"):
        assert businesses.kinds_named(text) == frozenset(), text
