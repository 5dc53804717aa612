"""The lead's probing as a follower (stop 38), through the webhook. Each ask failed before its fix; guards beside.

In a group, "运费多少" then, from the same member, "那美国呢" got a did-you-mean menu: a follow-up was remembered in
1:1 chats only. The member who asked is remembered, in a group as in a chat; another member's "那美国呢" is theirs."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

SHIPPING_COST_ZH = "加拿大：满 CAD 59 包邮"
CHAT = "wrGroupFollowUps01"


def test_a_place_follow_up_in_a_group_answers_the_same_member_again(simulator: Simulator) -> None:
    assert SHIPPING_COST_ZH in simulator.group_mention("u_asker", "运费多少", chat_id=CHAT).text
    reply = simulator.group_mention("u_asker", "那美国呢", chat_id=CHAT).text
    assert SHIPPING_COST_ZH in reply, reply


def test_another_members_follow_up_is_not_the_askers(simulator: Simulator) -> None:
    assert SHIPPING_COST_ZH in simulator.group_mention("u_asker2", "运费多少", chat_id=CHAT).text
    reply = simulator.group_mention("u_bystander", "那美国呢", chat_id=CHAT).text
    assert SHIPPING_COST_ZH not in reply, reply


def test_an_english_follow_up_in_a_group(simulator: Simulator) -> None:
    assert "free over CAD 59" in simulator.group_mention("u_asker_en", "how much is shipping", chat_id=CHAT).text
    reply = simulator.group_mention("u_asker_en", "what about the US?", chat_id=CHAT).text
    assert "free over CAD 59" in reply, reply


# A question about one named product's use or worth: its usage or its description (products.yaml), not an entry
# whose answer merely names the product, not "I don't know".
@pytest.mark.parametrize(("asked", "expected"), [
    ("面膜怎么用", "洁面后敷 15 分钟"),  # was: I don't know
    ("面膜多久用一次", "洁面后敷 15 分钟"),  # was: shipping times
    ("how do i use the mask", "leave on for 15 minutes"),  # was: I don't know
    ("is the toner good", "Three sizes of hyaluronic acid"),  # was: the points shop
    ("is the vitamin c serum good for dark spots", "stable vitamin C derivative"),  # was: shelf life
    ("维C精华能淡斑吗", "稳定型维C衍生物"),  # was: shelf life
    ("does the retinal serum work for wrinkles", "0.05% retinal in a slow-release base"),  # was: retinoid start
    ("神经酰胺面霜怎么样", "3 种神经酰胺"),  # was: the price and the card only
    ("what's in the cleanser", "low-pH amino acid cleanser"),  # was: the price and the card only
    ("面膜有什么用", "积雪草 + 泛醇"),  # was: the price and the card only
])
def test_a_question_about_one_products_use_or_worth(simulator: Simulator, asked: str, expected: str) -> None:
    reply = simulator.oa_message("o_product_q", asked).text
    assert expected in reply, reply


def test_a_kind_asked_about_shows_each_side_by_side(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_serums", "serum good?").text  # was: shelf life
    assert "Side by side" in reply and "Niacinamide" in reply and "Retinal" in reply, reply


@pytest.mark.parametrize(("asked", "expected"), [
    ("is the toner good for acne", "non-comedogenic"),  # a concern the FAQ answers: acne-prone
    ("面霜孕妇能用吗", "除视黄醛晚间精华外"),  # pregnancy-safe
    ("is the vitamin c serum still good", "Unopened products keep for 3 years"),  # shelf life
])
def test_a_product_question_that_says_more_is_still_the_faqs(simulator: Simulator, asked: str, expected: str) -> None:
    reply = simulator.oa_message("o_product_faq", asked).text
    assert expected in reply, reply


@pytest.mark.parametrize("asked", ["我在南非约翰内斯堡，你们发货吗", "我在肯尼亚内罗毕 可以买吗", "我在沙特 能买吗",
                                   "do you ship to kenya", "can i order from lagos", "我在巴西圣保罗 能寄过来吗"])
def test_a_place_in_latin_america_africa_or_the_middle_east_asks_where_we_ship(simulator: Simulator,
                                                                                asked: str) -> None:
    """They had no answer (the places were not known as places); where we ship says what is true for them."""
    reply = simulator.oa_message("o_far_away", asked).text
    assert "Vancouver and Sydney warehouses" in reply or "温哥华和悉尼两个仓" in reply, reply


def test_help_with_an_order_naming_a_product_is_not_a_question_about_the_product(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_order_help", "can you help me with the toner order").text
    assert "Three sizes of hyaluronic acid" not in reply, reply
