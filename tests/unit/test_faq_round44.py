"""Forty-fourth round (docs/faq.md): gift buyers and recipients, resellers, bulk buyers and creators asking a
commission (probe27). Each kind tested in other wordings than probe27's, with guards."""

from __future__ import annotations

import pytest

from tests.support.factories import demo_content
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # someone else's birthday is the occasion; the question asked is the wrapping
    ("给闺蜜当生日礼物的 可以帮我包一下吗", "gift-wrap"),
    ("my sister's bday is next week, could you gift wrap it", "gift-wrap"),
    ("shopping for my mum's birthday, can you wrap it", "gift-wrap"),
    # ... and a delivery before it is shipping-time's ("before her birthday", as its own question says it)
    ("if i order today will it get there before my cousin's birthday", "shipping-time"),
    # guards: the member's own birthday stays birthday-gift's
    ("我生日那个月有什么福利吗", "birthday-gift"),
    ("do members get a treat on their birthday", "birthday-gift"),
])
def test_someone_elses_birthday_is_the_occasion_not_the_question(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # a gift received is the speaker's product, whoever gave it
    ("老公送的精华我用着不习惯 能退货吗", "return-policy"),
    ("my boyfriend gave me the niacinamide serum, can i use it with vitamin c", "niacinamide-combine"),
    ("我哥送我的精华还没拆 能退吗", "return-policy"),
    ("my husband bought me the toner, its unopened, can i send it back", "return-policy"),
    # a woman named, no man: not the men's answer
    ("想送女朋友护肤品 她皮肤干 推荐什么", "product-recommendation"),
    ("给我妈买一套 她是干皮 推荐哪个", "product-recommendation"),
    # guards: a man named stays the men's answer
    ("男朋友皮肤很油 给他买哪款好", "mens-skincare"),
    ("my husband has oily skin, what should he use", "mens-skincare"),
])
def test_a_relation_word_alone_is_not_the_mens_answer(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # tens of units with a price asked, a bulk or volume order, a commission for selling: wholesale / partnership
    ("一次订三十瓶防晒有优惠吗", "wholesale-partnership"),
    ("can we get a volume discount on an order of 25 units", "wholesale-partnership"),
    ("帮你们推广能拿提成吗", "wholesale-partnership"),
    ("any commission if i share your products with my followers?", "wholesale-partnership"),
    ("我有个美甲工作室 想拿你们的货", "wholesale-partnership"),
    # guards: two items are no bulk order, a friend's order with my code is the referral, a manicure another trade
    ("买两支有优惠吗", "promo-code"),
    ("朋友用我的码下单 我有奖励吗", "referral"),
    ("你们做美甲吗", None),
    # merged with round 42: working in a nail salon whose owner wants an invoice is the invoice's (开发票, 能开吗)
    ("我在美甲店上班 老板要我买护手霜 要开发票写店名 你们能开吗", "receipt-invoice"),
])
def test_bulk_buyers_resellers_and_creators_asking_commission(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # the price kept out of a gift's parcel, a note written for its reader
    ("寄给我妹的 里面不要夹小票", "gift-wrap"),
    ("it's a present, could you not include the receipt", "gift-wrap"),
    ("can you write a short note for her in the box", "gift-wrap"),
    ("can you not put the price tag in, its a surprise for my aunt", "gift-wrap"),
    ("please write a little card for my grandma in the parcel", "gift-wrap"),
    # guards: other shops' gifts, a party
    ("想给我爸买块手表 有推荐吗", None),
    ("周末给孩子办生日派对 大家有推荐的场地吗", None),
])
def test_a_gifts_price_note_and_other_shops_gifts(text: str, entry: str | None) -> None:
    assert answered(text) == entry


def test_the_men_entry_is_known_by_its_keywords() -> None:
    index = demo_content().faq_index
    assert [index._entries[i].entry.id for i in index._for_men] == ["mens-skincare"]
