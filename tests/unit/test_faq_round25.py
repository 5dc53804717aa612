"""Twenty-fifth round (docs/faq.md): blind19's misses read as kinds of message, each tested in other wordings."""

from __future__ import annotations

import pytest

from bot.content import load_content
from bot.content.faq import FaqIndex
from bot.content.lexicon import read_dialect
from bot.text import normalize
from tests.support.faq_checks import ROOT, assert_answers


@pytest.mark.parametrize(("text", "read"), [
    ("我張單而家喺邊度", "我订单现在在哪里"),
    ("你哋間鋪頭喺邊間商場", "你们店在哪家商场"),
    ("包裹去咗邊度", "包裹去了哪里"),
    ("我係咪要自己付運費", "我是不是要自己付运费"),
    ("塊面痕晒", "脸痒了"),  # 晒 after a skin's state: all over (痕 alone is 痒)
])
def test_cantonese_words_sharing_a_hinge_are_read_whole(text: str, read: str) -> None:
    """喺边 + 边度, 去咗边 + 边度, 我系 + 系咪, 间铺 + 铺头: the first word took the shared character and left the rest
    unread ("在哪里度", "我是咪", "店头")."""
    assert read_dialect(normalize(text)).replace(" ", "") == read


@pytest.mark.parametrize(("text", "expected"), [
    ("我嘅追蹤號碼喺邊度睇", "order-tracking"),
    ("用完面霜成面起晒粒", "allergy-reaction"),
    ("用了精華之後眼皮腫起來了", "allergy-reaction"),
    ("寄去台中要課稅嗎", "customs-duties"),
])
def test_cantonese_and_taiwan_words_of_reactions_duties_and_partnerships(index: FaqIndex, text: str,
                                                                           expected: str) -> None:
    """Hong Kong's bumps all over (起晒粒), itchy all over (痕晒); Taiwan's swelling up (腫起來), duties levied (課稅,
    進口稅, 繳稅) and a partnership discussed (洽談合作): no answer before."""
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("can you giftwrap the set for my mum", "gift-wrap"),
])
def test_texting_shortenings_of_the_faqs_words(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("word", "same_as"), [
    ("進口稅", "关税"), ("課稅", "关税"), ("繳稅", "交税"), ("洽談", "合作"), ("追蹤編號", "单号"),
    ("vit c", "vitamin c"), ("cxl my order", "cancel my order"),
])
def test_regional_and_texting_words_read_as_the_faqs(index: FaqIndex, word: str, same_as: str) -> None:
    """Taiwan's duty words, a partnership discussed, a tracking number as Hong Kong writes it, texting's shortenings."""
    assert index.canonical(word) == index.canonical(same_as)


@pytest.mark.parametrize(("text", "expected"), [
    ("please cancel LM12345678", "order-cancel"),
    ("can i change the address on LM12345678", "order-change-address"),
    ("LM12345678 arrived broken", "package-problem"),
    ("where is LM12345678", "order-tracking"),
    ("could you check the status of LM12345678", "order-tracking"),  # an order's status, not a job application's
    ("LM12345678 到哪了", "order-tracking"),
    ("寄回国内会被海关收税吗", "customs-duties"),
])
def test_an_order_number_is_what_is_asked_about_not_the_question(index: FaqIndex, text: str, expected: str) -> None:
    """The order number (order-tracking's pattern) named in a request to cancel, change or replace the order: that
    request's entry answers (each was the tracking entry's); alone or asked where it is, it is still tracking's, and
    a pattern that asks its entry's question (要交税, 收税) still answers."""
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("换季脸一直泛红 医生说屏障受损要修护 想问你们家的适不适合我这种情况", "sensitive-skin"),
    ("最近在备孕 医生说护肤品要小心 我每天用你们的精华和面霜 晚上还用A醛 这些还能继续用吗", "pregnancy-safe"),
])
def test_a_question_pointing_back_at_its_story_is_read_with_it(index: FaqIndex, text: str, expected: str) -> None:
    """A long message whose question points back at its story (这种情况, 这些) for its topic: the whole message's answer
    stands, not the question clause's own (适合 is return-policy's "不适合可以退吗", 还能用 shelf-life's)."""
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "kinds"), [
    ("saw on instagram that retinal and vitamin c shouldn't be mixed, true?", frozenset()),
    ("抖音上说A醛不能和维C一起用 真的假的", frozenset()),
    ("ordered last week and dhl still shows nothing", frozenset()),
    ("显示已签收 但快递柜里没有", frozenset()),
    ("netflix says my payment failed, how do i fix that", frozenset({"platform"})),
    ("快递柜的取件码过期了怎么办", frozenset({"courier"})),
    ("does tiktok shop do returns", frozenset({"platform"})),
])
def test_a_business_heard_from_or_carrying_an_order_is_not_the_business_asked_about(text: str,
                                                                                   kinds: frozenset[str]) -> None:
    """A platform where a claim was heard ("tiktok says", 小红书上说) and a courier or locker carrying an order placed
    or signed for are not what the question is about (blind19: both got no answer); asked about themselves, they are.
    A business that says something of its own business is still that business ("netflix says my payment failed")."""
    content = load_content(ROOT / "config")
    assert content.elsewhere.kinds_named(text) == kinds


@pytest.mark.parametrize(("text", "kind"), [
    ("惠康的積分可以換什麼", "shop"), ("全家便利商店取貨要帶證件嗎", "shop"), ("康是美的會員點數怎麼查", "shop"),
    ("劳保的给付多久会下来", "government"), ("強積金可以提早拿嗎", "government"),
])
def test_hong_kong_and_taiwan_shops_and_offices_are_other_businesses(text: str, kind: str) -> None:
    """A Hong Kong or Taiwan supermarket's, drugstore's or convenience store's points and pick-ups, and social
    insurance, are theirs (blind19: 百佳's points got our points entry, 勞保's refund our refund time)."""
    content = load_content(ROOT / "config")
    assert content.elsewhere.kinds_named(text) == frozenset({kind})
    assert content.elsewhere.kinds_named("你們的積分可以換什麼") == frozenset()


@pytest.mark.parametrize(("text", "expected"), [
    ("i want change it to the cream, is possible", "exchange"),
    ("ordered the cleanser by mistake, can i change it to the toner", "exchange"),
])
def test_a_product_changed_to_the_one_wanted_is_an_exchange(index: FaqIndex, text: str, expected: str) -> None:
    """A product changed "to the" one wanted (blind19: the retinal serum entry took "change it to the night serum")."""
    assert_answers(index, text, expected)


def test_going_about_something_is_how_to_do_it(index: FaqIndex) -> None:
    assert index.canonical("how would i go about applying") == index.canonical("how do i applying")
    assert index.canonical("how should we go about returning it") == index.canonical("how do i returning it")


def test_a_time_zone_weighs_as_a_time_of_day() -> None:
    """"is that est or pst" asks nothing an entry lacks: a time zone weighs as a number (a time of day) does, not as a
    word no entry knows (blind19: "wat time does cs open, is that est or pst?" had no answer)."""
    index = load_content(ROOT / "config").faq_index
    units = index._query(index.canonical("open at 9am pst or edt")).units
    assert units["pst"] == units["edt"] == units["9am"]


@pytest.mark.parametrize(("text", "expected"), [
    ("im 5 months pregnant now, can i still use the retinal serum and the cream", "pregnancy-safe"),
    ("my english isnt good, could i still apply for the store job", "job-language"),
])
def test_a_question_asked_in_spite_of_its_story_is_read_with_it(index: FaqIndex, text: str, expected: str) -> None:
    """"can i still ...": despite what the story before it said (pregnant, a language not spoken well), which holds the
    topic; the question clause alone read as using a product or applying (blind19, blind11, blind5: wrong answers)."""
    assert_answers(index, text, expected)


def test_handing_in_an_application_and_silence_after_it(index: FaqIndex) -> None:
    """Where to hand in an application (交申请, 提交申请) is applying; "total silence" after an interview or an
    application is no reply yet (blind19: both had no answer)."""
    assert index.canonical("要去哪里交申请") == index.canonical("要去哪里申请")
    assert_answers(index, "interviewed last friday and total silence since", "job-application-status")


def test_what_customs_needs_from_the_recipient_is_the_clearance_paperwork(index: FaqIndex) -> None:
    """What customs needs (information, documents) is the recipient's ID for clearance, shipping-to-china's answer, not
    paying duties (blind19: customs-duties took it); paying at the door is still customs-duties'."""
    assert_answers(index, "my grandma lives in chengdu, can you send her the cream and what info does customs need "
                          "from her", "shipping-to-china")
    assert_answers(index, "will customs charge me when it arrives", "customs-duties")
