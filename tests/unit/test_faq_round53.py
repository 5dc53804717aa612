"""Fifty-third round (docs/faq.md): messages no entry should answer (probe36). Kinds: the "this" of a time
("this month", 这个月) addresses nobody; Japan's and Korea's carriers and shops, more beauty brands' Chinese names; a
school's application; a medicine a doctor or a pharmacy gave, a vet; a restaurant's hours; a sponsorship's process;
"add me on LINE" with an app; small talk asked of the group. Each kind in other wordings than probe36's, with guards
that stay ours."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # another organisation's or person's matter, sharing an entry's words
    ("telus charged me twice this month, when will the refund come back", None),
    ("koodo overcharged me this month, how do I get my refund", None),
    ("这个月话费被telus多扣了 退款要多久", None),
    ("佐川的包裹放在营业所 多久会被退回", None),
    ("我在酷澎买的面膜 想退货怎么弄", None),
    ("薇姿的面霜开封了能放多久", None),
    ("my daughter applied to three universities, when do admission offers usually come out?", None),
    ("女儿申请了私校 录取结果几时出", None),
    ("孩子申请幼儿园的结果什么时候出来", None),
    ("医生开了一支药膏 过期半年了还能涂吗", None),
    ("the vet says my dog's paws are dry, what lotion is safe", None),
    ("宝宝湿疹 儿科医生开的药膏过敏了怎么办", None),
    ("what time does the bakery near the station open on sunday", None),
    ("饭店周末几点关门", None),
    ("our family sponsorship application is taking ages, anyone know why", None),
    ("best prices on korean skincare, add me on telegram", None),
    ("happy friday everyone", None),
    ("anyone doing anything fun for the long weekend?", None),
    ("anybody up to anything this weekend?", None),
    # guards: ours, though close
    ("any promo codes this weekend?", "promo-code"),
    ("你们这个月有优惠码吗", "promo-code"),
    ("你们门店周末几点关门", "store-locations"),
    ("我在你们家买的面霜开封了能放多久", "shelf-life"),
    ("I applied for a job at Lumi last week, when will I hear back?", "job-application-status"),
    ("我是大学生 申请了你们的店员 还没消息", "job-application-status"),
    ("大学生申请会员有折扣吗", "promo-code"),
    ("孕妇可以用你们的精华吗 医生说要注意", "pregnancy-safe"),
])
def test_another_organisations_matter_is_not_ours(text: str, entry: str | None) -> None:
    assert outcome(text) == entry
