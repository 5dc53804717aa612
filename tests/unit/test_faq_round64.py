"""Sixty-fourth round (docs/faq.md): no-answer messages answered (probe47 and the development sets). Kinds: a parcel
sent with 顺丰 (SF Express, which carries the brand's parcels only inside China) with no order of ours beside it; a
visa's approval awaited ("要多久 / 几耐 先批") or a visit's visa (探亲签证, super visa) with no work named; a place said
as someone's home, origin or dialect with nothing sent ("我是上海人"); another institution's matter (a telecom company,
a driving licence, a hospital's receipt or a hospital sought, a school's interview); and one wrong-answer kind,
asking to change a product for another read as the return policy, and whether one can have one's money back for
what one does not want read as the refund's time. Each kind tested in other
wordings than the sets', with guards that stay ours."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize("text", [
    "顺丰寄衣服到广州要几天",
    "順豐寄嘢到深圳幾多錢",
    "顺丰快递寄到杭州一般多久",
    "顺丰丢件了怎么办",
    "护照签证多长时间能批下来",
    "探亲签证要多久",
    "旅遊簽證幾耐批",
    "我爸妈的探亲签证怎么弄",
    "my parents super visa, what do they need",
    "我外婆是南京人",
    "我爸妈都在国内 好久没回去了",
    "my roommate is from Chengdu, she cooks amazing food",
    "she is from Xiamen originally",
    "电信公司客服几点下班",
    "my drivers license renewal, how long does it take",
    "医院的收据丢了 可以补吗",
    "妇产科医生推荐 哪家好 怀孕三个月",
    "小学面试什么时候出结果",
])
def test_someone_elses_parcel_or_visa_gets_no_answer(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("顺丰单号SF1234567890怎么查物流", "order-tracking"),
    ("我的订单顺丰寄到北京几天了还没到", "order-tracking"),
    ("寄到上海一般要几天", "shipping-time"),
    ("我有工签 可以申请你们的职位吗", "job-work-permit"),
    ("工签要多久才能开始上班", "job-work-permit"),
    ("学签批了可以在你们店打工吗", "job-work-permit"),
    ("I only have a visitor visa, can I work for you", "job-work-permit"),
    ("我是旅游签证 可以去你们店打工吗", "job-work-permit"),
    ("我爸妈在国内 可以直接寄给他们吗", "shipping-to-china"),
    ("my mum lives in Beijing, can you ship there", "shipping-to-china"),
    ("NZ?", "shipping-destinations"),
    ("面试完多久有结果", "job-application-status"),
    ("can I get an invoice for my order", "receipt-invoice"),
    ("能到香港吗", "shipping-destinations"),
])
def test_ours_stay_ours(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("买的精华不适合我 可以换另一款吗 还没拆", "exchange"),
    ("請問 這個 色號 不適合我 能 換 嗎 沒拆", "exchange"),
    # guards: a refund, a return, an address, a language
    ("没开封的可以退吗", "return-policy"),
    ("可以换地址吗", "order-change-address"),
])
def test_a_change_for_another_is_the_exchange(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("the cleanser is still sealed and not for me, can i get a refund", "return-policy"),
    ("面霜还没拆 不想要了 可以退款吗", "return-policy"),
    # guards: the refund's time
    ("changed my mind, it's unopened, when will my refund arrive", "refund-time"),
    ("退款多久到账 还没拆的那个", "refund-time"),
    ("refund??", "refund-time"),
])
def test_money_back_for_what_one_does_not_want_is_the_return_policy(text: str, entry: str) -> None:
    assert outcome(text) == entry
