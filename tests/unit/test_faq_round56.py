"""Fifty-sixth round (docs/faq.md): messages no entry should answer (probe39). Kinds: a general exchange rate; a
visa or permit of a country the brand does not hire in; a school's or a class's parents' group; parking; a place's
hours with a word between; Australia's shop nicknames; a letter or a stamp; a parcel the follower sent or someone
else's; a bank's own refund or charge, a pension; gift ideas for what the brand does not sell; one's own workplace;
small talk about the working day and long weather remarks; counterfeits and followers sold. Each kind in other wordings
than probe39's and the development sets', with guards that stay ours."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # a general exchange rate
    ("美金兑加币今天多少", None),
    ("what's the usd to cad rate looking like this morning", None),
    ("英鎊最近係咪跌咗好多", None),
    # a visa of another country
    ("韩国旅游签证要准备什么材料", None),
    ("does anyone know how long a japanese work visa takes to come out", None),
    ("申根签证可以提前多久申请", None),
    # a school's parents' group
    ("女儿班上的家长群是谁建的 怎么加进去", None),
    ("how do I get into my son's kindergarten class group chat", None),
    # parking, a place's hours
    ("mall parking is so expensive, anyone know a cheaper spot near richmond centre", None),
    ("超市周日晚上几点关门", None),
    ("what time does maccas near me shut tonight", None),
    ("面签完了 大概多久出结果", None),
    ("where's a good place in markham to get my nails done", None),
    ("銅鑼灣邊度有得剪頭髮平啲", None),
    ("are you supposed to tip the uber eats driver here", None),
    # a letter, a parcel the follower sent or someone else's
    ("寄一张明信片去英国要贴几多邮票", None),
    ("I posted a letter to my grandma two weeks ago and it still hasn't arrived", None),
    ("我上周寄回老家的包裹还在路上 正常吗", None),
    ("my roommate's package got delivered to me by mistake, what do i do", None),
    # a bank's refund or charge, a pension
    ("银行的退款说要七个工作日 是真的吗", None),
    ("my bank charged me a chargeback fee, can they do that", None),
    ("退休金这个月几时发", None),
    # gift ideas for what we do not sell
    ("what should i get my dad for father's day, he loves bbq", None),
    ("同事结婚 送什么礼物比较好", None),
    # one's own workplace, the working day, the weather
    ("my manager won't let me switch my sunday shift, is that allowed", None),
    ("ugh long day at work, finally home", None),
    ("又要返工 好唔想", None),
    ("the rain here in vancouver is never ending, so grey", None),
    # counterfeits and followers sold
    ("复刻大牌包包 厂家直销 一件代发 欢迎咨询", None),
    ("代刷抖音点赞 粉丝 便宜", None),
    # guards: ours, though close
    ("用人民币付的话你们的汇率怎么算", "currency"),
    ("我係用支付寶俾錢 匯率點計", "currency"),
    ("我在悉尼打工度假 可以去你们店里上班吗", "job-work-permit"),
    ("do you sponsor work visas for your warehouse roles", "job-work-permit"),
    ("你们的护肤群怎么进", "join-group"),
    ("what time does your Toronto store close on sundays", "store-locations"),
    ("我想寄一套给国内的妈妈 要填她身份证吗", "shipping-to-china"),
    ("can you ship a gift to my sister in shenzhen", "shipping-to-china"),
    ("生日月份你们会送礼物吗", "birthday-gift"),
    ("想给老公买点护肤品当礼物 送什么好", "mens-skincare"),
    ("我寄回给你们的退货 什么时候退款", "refund-time"),
    ("露米有没有高仿 怎么分辨真假", "authenticity"),
])
def test_another_places_matter_is_not_ours(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
