"""Forty-first round (docs/faq.md): busy parents' long messages whose story names other topics (a child's homework,
the dog, a family dinner) around a question about our products, and a short "how much / how long" question that goes
on from the question before it (probe24). Each kind tested in other wordings than probe24's, with guards."""

from __future__ import annotations

import pytest

from tests.support.factories import demo_content
from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # the story's homework, dog and football match are a parent's day; the question names our serum, toner
    ("女儿在家写作业写到十点 我忙完才有空护肤 烟酰胺精华和维c能叠加吗", "niacinamide-combine"),
    ("狗狗今天又把家里拆了 收拾了一下午 寄回去退的那支精华钱多久能到账", "refund-time"),
    ("老大踢足球比赛赢了 全家出去吃饭庆祝 那个玻尿酸爽肤水保质期多久", "shelf-life"),
    # guards: no product named, or the other trade is what the question is about
    ("我的航班取消了 等了一整天 机场说退款多久能到账", None),
    ("我家的猫最近掉毛很厉害 皮肤也干 面霜能给它用吗", None),
])
def test_a_story_of_family_life_does_not_veto_a_question_about_our_products(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # "需要另加多少" alone named nothing: it asks what the gift wrapping before it costs
    ("表妹在温哥华刚生完宝宝 想送她一套面霜 能包成礼物送过去吗 需要另加多少", "gift-wrap"),
    ("婆婆下个月七十大寿 想送她一套面霜 你们有礼盒包装吗 另外收费吗", "gift-wrap"),
    # guards: a follow-up that names its own topic stays the question
    ("你们寄加拿大吗 运费多少", "shipping-cost"),
    ("老公下个月去多伦多出差 想顺便买点东西带回去 你们积分怎么攒的 会员有等级吗", "membership"),
])
def test_a_short_how_much_question_goes_on_from_the_question_before_it(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # an English run without punctuation or a question word: its question starts at "can i", "do you"
    ("finally got the baby down for a nap and the toddler is glued to cartoons so i have two minutes "
     "can i pay with apple pay on your site", "payment-methods"),
    # guards: another trade's question stays unanswered; a run already read whole keeps its answer
    ("my neighbour runs a bakery and she keeps asking me about birthday cakes for her twins "
     "do you know anyone who bakes custom cakes", None),
    ("my in laws arrive tomorrow and the house is a mess and i still have to cook for six people "
     "do you have any stores in vancouver i could pop into", "store-locations"),
])
def test_a_long_english_run_is_cut_before_its_yes_no_question(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("written", "meant"), [
    # handwriting's look-alikes (时侯, 兔运费, 皮扶, 优惠玛, 等圾, 句裹, 汀单), read as meant where that makes a word
    # the FAQ asks with
    ("句裹 破 了 怎么 办", "包裹 破 了 怎么 办"),
    ("什么时侯能到", "什么时候能到"),
    ("会员等圾怎么算", "会员等级怎么算"),
    # guards: the characters in their own words stay themselves
    ("一句话说不清楚", "一句话说不清楚"),
    ("扶老人过马路", "扶老人过马路"),
    ("小兔子", "小兔子"),
])
def test_more_handwriting_look_alikes_are_read_as_meant(written: str, meant: str) -> None:
    assert demo_content().faq_index._spell(written) == meant


def test_a_look_alike_now_answers() -> None:
    assert answered("句裹 破 了 怎么 办") == "package-problem"


@pytest.mark.parametrize(("text", "entry"), [
    ("我妈想报个兴趣班 社区的那种 在哪里报名", None),  # a class for grown-ups is no job application
    ("书法 课 怎么 报名 要 交 钱 吗", None),
    ("你们店里招人吗 怎么报名", "job-apply"),  # guard: our own hiring still is
])
def test_a_class_sign_up_is_not_a_job_application(text: str, entry: str | None) -> None:
    assert answered(text) == entry
