"""Hundred-and-third round (docs/faq.md, faq103): blind42's, blind43's and blind38's Chinese and code-switched misses
read as kinds (probe86 written first). The input method's homophones of a word of ours said as ours (你们的汇员,
你们的汇源); Cantonese short asks (點用？晚晚搽得唔得, 招唔招人，點報, someone's claim then 係咪真㗎); code-switched
messages whose English nouns named another entry (ship / cancel / refund, apply / resume, ship / mainland / customs /
info); one's languages then work in our store; a blind date's story around a vague ask about our parcel. Other
wordings than probe86's and the sets'; each check of what is answered failed before the round, with guards that
passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_dialect
from tests.support.faq_checks import outcome


def test_a_claim_then_is_it_true() -> None:
    """Someone's claim, then 係咪真㗎: the claim is the question, not whether our goods are genuine."""
    assert "正品" not in read_dialect("佢话烟酰胺同维c唔夹得 系咪真㗎")
    assert "正品" in read_dialect("你哋啲面霜系咪真㗎")


@pytest.mark.parametrize(("text", "expected"), [
    # a homophone of a word of ours, said as ours
    ("你们的汇员一年要多少钱，分几档", "membership"),
    ("你们的汇员是免费的吗，分几档", "membership"),
    # Cantonese short asks
    ("個女送咗支A醛畀我，點用？晚晚搽得唔得", "retinoid-start"),
    ("開咗十年車，想轉吓工，你哋招唔招人，點報", "job-apply"),
    ("隔籬屋師奶係藥劑師，佢話煙酰胺同維C唔夾得，係咪真㗎", "niacinamide-combine"),
    # code-switched: the English nouns named another entry
    ("第一单还没 ship，我想 cancel 掉，refund 多久到", "order-cancel"),
    ("想 apply 你们仓库的工，resume 发到哪个 email", "job-apply"),
    ("给深圳的外婆寄一盒当 gift，能 ship 到 mainland 吗，customs 要外婆什么 info", "shipping-to-china"),
    # one's languages told, then whether one can work in our store (not the store's address)
    ("只会讲普通话和一点点英文 能去你们多伦多门店上班吗", "job-language"),
    ("英文只会一点点 可以去你们门市上班吗", "job-language"),
    # a blind date's story, then a vague ask about our parcel
    ("被我妈拉去相亲前一晚，拆快递发现精华盖子裂了，漏了一盒子，签收才一天，这种怎么处理", "package-problem"),
    # guards: other parties' claims, parcels, orders and quarrels
    ("隔籬藥房話佢哋啲維C係正貨，係咪真㗎", None),
    ("淘宝买的精华瓶子裂了，漏了一盒子，这种怎么处理", None),
    ("跟男朋友吵架了，他把我送的香水摔碎了，这种怎么办", None),
    ("相亲对象把我送他的香水摔碎了，这种怎么办", None),
    ("我家狗狗冬天爪子干裂，怎么办", None),
    ("Amazon 那单还没 ship，can I cancel？refund 回原卡吗", None),
    ("我妈天天催我去相亲，这周又安排了两个，烦死了，怎么拒绝才不伤和气", None),
    ("你们门店几点开门", "store-locations"),  # the store asked, no language: stays the store's
])
def test_outcomes(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
