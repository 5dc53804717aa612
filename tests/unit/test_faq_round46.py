"""Forty-sixth round (docs/faq.md): a store named with an opening day or time asks the store's hours (store-locations,
whose answer lists each pop-up's daily hours), not the customer-service team's (business-hours); and refund-time answers
only money or a refund of ours: a person, a visa or a tax refund not come yet is no entry's (probe29). Each kind tested
in other wordings than probe29's, with guards."""

from __future__ import annotations

import pytest

from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # a store's day or hours (business-hours took them on 周末 / 星期 / "weekend" / "sunday")
    ("周六门店开不开", "store-locations"),
    ("你们实体店星期天营业吗", "store-locations"),
    ("店礼拜天有开吗", "store-locations"),
    ("請問門市星期六開門嗎", "store-locations"),
    ("間店聽日開唔開", "store-locations"),
    ("is your shop open on saturdays", "store-locations"),
    ("what time do the pop ups close on sunday", "store-locations"),
    ("are the stores open this weekend", "store-locations"),
    # guards: the team's hours stay business-hours'; another place's hours are no entry's
    ("客服星期六有人吗", "business-hours"),
    ("does anyone answer messages on saturday", "business-hours"),
    ("药店周日开门吗", None),
    ("is the post office open on saturday", None),
])
def test_a_store_named_with_a_day_or_time_asks_the_stores_hours(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # not money: a person, a document, a tax refund
    ("the electrician still hasnt come", None),
    ("my sister hasnt arrived yet", None),
    ("the technician hasnt come yet", None),
    ("my cousin hasnt arrived yet", None),
    # nothing of money named at all: refund-time is not the answer (`bot.content.faq._demoted`)
    ("the new season hasnt come yet", None),
    ("my results havent come yet", None),
    ("退税到现在还没收到", None),
    ("my tax return hasnt come in yet", None),
    # guards: our refund, money named, stays refund-time's
    ("my refund still hasnt come", "refund-time"),
    ("退的钱怎么还没到", "refund-time"),
    ("still havent got my money back", "refund-time"),
])
def test_refund_time_answers_money_not_a_person_or_a_tax_refund(text: str, entry: str | None) -> None:
    assert answered(text) == entry
