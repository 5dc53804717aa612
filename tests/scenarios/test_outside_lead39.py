"""The lead's probing as a member in conversation (stop 45), through the webhook. Each ask failed before its fix;
guards beside.

A product asked about in the words followers use to ask what something is like: "我想了解一下你们的面霜" got the
FAQ's order of products, "can I know more about the lip balm" winter dry skin, "能介绍下你们家面霜吗", "info on the
toner?" and "詳細講下你哋嘅面霜" "I don't know". They are the product's description and card (handlers/shop.py
ABOUT_WORDS). Where one came from, said before a product question ("我是从小红书来的，想问问你们的面霜"), got a
did-you-mean: the shop reads the question after it, as the FAQ already did (handlers/arrival.py).

What the brand is ("你们是做什么的", "what is lumi", "who are you guys"): the brand's own words (brand.yaml `about`).
"do I need english?" just after picking a posting got a did-you-mean: asked of that job (handlers/qa.py
`_of_picked_posting`). "我是油皮 推荐什么" was asked for the skin type it had just said: the recommendation answer is
followed by that skin type's products (handlers/qa.py `_routine_told`, handlers/routine.py `routine_result`).
"这个多少钱" with nothing shown or quoted got the shipping costs: the products, asking which one. "那我要寄到哪里" and
"运费谁出" just after the refund's time got the countries shipped to and the shipping costs: the return policy (new
follow-up aspect `send`). With nobody to tell, "it's been 10 days" after the order number the tracking answer asked
for heard "nobody is available" again: the offer is used up once refused. "how many do I have" just after the points
got "I don't know": where the balance is (follow-up aspect `balance`)."""

from __future__ import annotations

import pytest

from bot.outbound import Menu
from bot.sandbox.simulator import Simulator

CREAM_ZH, CREAM_EN = "神经酰胺修护霜", "Ceramide Barrier Cream"


@pytest.mark.parametrize(("said", "name"), [
    ("我想了解一下你们的面霜", CREAM_ZH),
    ("想了解下你们的面霜", CREAM_ZH),
    ("能介绍下你们家面霜吗", CREAM_ZH),
    ("詳細講下你哋嘅面霜", "神經酰胺修護霜"),
    ("can I know more about the cream", CREAM_EN),
    ("info on the cream?", CREAM_EN),
    ("i'd like to learn more about your cream", CREAM_EN),
])
def test_a_product_asked_about_gets_its_description(said: str, name: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_about", said)
    assert reply.text.startswith(f"{name}："if "\u4e00" <= name[0] <= "\u9fff" else f"{name}:"), reply.text


@pytest.mark.parametrize(("said", "start"), [
    ("我是从小红书来的，想问问你们的面霜", CREAM_ZH),
    ("刚从抖音过来的，面霜多少钱", CREAM_ZH),
    ("hi! just followed you from tiktok, how much is the cream", CREAM_EN),
])
def test_a_product_question_after_where_one_came_from_is_the_shops(said: str, start: str,
                                                                    simulator: Simulator) -> None:
    reply = simulator.oa_message("o_arrived_shop", said)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("said", ["我想了解一下你们的面霜适合油皮吗", "can I know more about the cream for oily skin?",
                                  "我是从小红书来的，面霜怎么退货"])
def test_more_said_of_the_product_is_still_the_faqs(said: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_about_more", said)
    assert not reply.text.startswith((CREAM_ZH, CREAM_EN)), reply.text


@pytest.mark.parametrize(("said", "start"), [
    ("what is lumi?", "Lumi 露米 is"),
    ("What is Lumi about", "Lumi 露米 is"),
    ("who are you guys", "Lumi 露米 is"),
    ("what's this account about?", "Lumi 露米 is"),
    ("你们是做什么的", "露米 Lumi 是"),
    ("你们是什么品牌？", "露米 Lumi 是"),
    ("露米是什么牌子", "露米 Lumi 是"),
    ("你哋係做咩嘅", "露米 Lumi 是"),
])
def test_what_the_brand_is_gets_the_brands_own_words(said: str, start: str, simulator: Simulator) -> None:
    """"你们是做什么的" and "what's this account about" got the privacy answer, "what is lumi" a did-you-mean led by
    wholesale, "你们是什么品牌" "I don't know", "who are you guys" the hello: the brand's `about` (brand.yaml)."""
    reply = simulator.oa_message("o_about_us", said)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize(("said", "start"), [
    ("who are you", "I'm Lumi 露米's automated assistant"),
    ("what is lumi's return policy", "Unopened products"),
])
def test_what_the_bot_is_and_a_question_about_the_brands_policy_keep_their_answers(said: str, start: str,
                                                                                   simulator: Simulator) -> None:
    reply = simulator.oa_message("o_about_us_guard", said)
    assert reply.text.startswith(start), reply.text


@pytest.mark.parametrize("asked", ["do I need english?", "need english?", "do I need to know english",
                                   "is english a must", "english required?", "do i have to speak mandarin"])
def test_a_language_asked_just_after_a_posting_is_the_jobs(asked: str, simulator: Simulator) -> None:
    """"do I need english?" just after picking a posting got a did-you-mean between the résumé's language, the
    interview's and the bot's: the picked posting says what it is asked of (the job's languages)."""
    simulator.oa_message("o_posting_lang", "jobs in toronto")
    simulator.oa_message("o_posting_lang", "1")
    reply = simulator.oa_message("o_posting_lang", asked)
    assert reply.text.startswith("Store and customer-service roles need Mandarin"), reply.text


def test_the_posting_stays_picked_after_it(simulator: Simulator) -> None:
    for said in ("jobs in toronto", "1", "do I need english?"):
        simulator.oa_message("o_posting_lang_stays", said)
    reply = simulator.oa_message("o_posting_lang_stays", "how do I apply for it")
    assert reply.text.startswith("Store Manager, Markham Pop-up"), reply.text


def test_the_same_question_with_no_posting_picked_keeps_its_menu(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_posting_lang_guard", "do I need english?")
    assert reply.text.startswith("Did you mean"), reply.text


@pytest.mark.parametrize(("said", "first_product"), [
    ("我是油皮 推荐什么", "氨基酸温和洁面乳"),
    ("my skin is dry and flaky, what should I use", "Amino Gentle Cleanser"),
    ("I have combination skin, what do you recommend?", "Amino Gentle Cleanser"),
])
def test_a_skin_type_told_with_the_question_gets_its_products_after_the_answer(
        said: str, first_product: str, simulator: Simulator, delivery_queue) -> None:
    """"我是油皮 推荐什么" got the recommendation answer asking for the skin type it had just been told, and the
    products came only once the member said it again. The answer stays (it is the FAQ's), and the products for that
    skin type follow it, numbered (config/routines.yaml), in place of the lesson hint."""
    reply = simulator.oa_message("o_skin_told", said)
    assert reply.text.startswith(("小程序首页有 1 分钟「肤质测试」", "Take the 1-minute skin quiz")), reply.text
    sent = [d.message for d in delivery_queue.deliveries if d.user_id == "o_skin_told"]
    assert len(sent) == 1 and isinstance(sent[0], Menu) and sent[0].choices[0].text.startswith(first_product), sent
    picked = simulator.oa_message("o_skin_told", "1")
    assert picked.text.startswith(first_product), picked.text


def test_the_recommendation_asked_with_no_skin_type_keeps_its_lesson_hint(simulator: Simulator, delivery_queue) -> None:
    simulator.oa_message("o_skin_untold", "what do you recommend for me?")
    sent = [d.message.text for d in delivery_queue.deliveries if d.user_id == "o_skin_untold"]
    assert len(sent) == 1 and "Sensitive Skin 101" in sent[0], sent


@pytest.mark.parametrize(("said", "header"), [
    ("这个多少钱", "你问的是哪一款？"),
    ("那个多少钱？", "你问的是哪一款？"),
    ("這個幾多錢", "你問的是哪一款？"),
    ("呢个几钱", "你问的是哪一款？"),
    ("how much is this", "Which one do you mean?"),
    ("how much for that one?", "Which one do you mean?"),
])
def test_a_price_asked_of_this_with_nothing_shown_asks_which(said: str, header: str, simulator: Simulator) -> None:
    """"这个多少钱" / "那个多少钱" with no product shown or quoted got the shipping costs, "how much is this" "I don't
    know": the products, asking which one (handlers/shop.py PRICE_OF_THIS)."""
    reply = simulator.oa_message("o_price_this", said)
    assert reply.text.startswith(header) and "\n1. " in reply.text, reply.text


def test_a_price_asked_of_this_just_after_a_product_is_that_products(simulator: Simulator) -> None:
    simulator.oa_message("o_price_this_shown", "防晒")
    reply = simulator.oa_message("o_price_this_shown", "这个多少钱")
    assert reply.text.startswith("物理防晒乳 SPF50｜CAD 32.00"), reply.text


@pytest.mark.parametrize("asked", ["那我要寄到哪里", "寄回哪里？", "退货地址是什么", "where do I send it back?",
                                   "what's the return address", "where do i ship it to"])
@pytest.mark.parametrize("after", ["怎么退货", "退款要多久", "可以换货吗"])
def test_where_to_send_a_return_just_after_the_returns_is_the_return_policy(after: str, asked: str,
                                                                             simulator: Simulator) -> None:
    """"那我要寄到哪里" just after the refund's time got the countries shipped to, and "where do I send it back?"
    after the return policy "I don't know": the return policy (its prepaid label), new follow-up aspect `send`."""
    simulator.oa_message("o_send_back", after)
    reply = simulator.oa_message("o_send_back", asked)
    assert reply.text.startswith(("未拆封产品 30 天内可无理由退货", "Unopened products can be returned")), reply.text


def test_who_pays_to_send_it_back_just_after_the_refunds_time_is_the_return_policy(simulator: Simulator) -> None:
    """"运费谁出" just after the refund's time got the shipping costs."""
    simulator.oa_message("o_send_cost", "退款要多久")
    reply = simulator.oa_message("o_send_cost", "运费谁出")
    assert reply.text.startswith("未拆封产品 30 天内可无理由退货"), reply.text


@pytest.mark.parametrize("asked", ["寄到哪里", "where do you ship to?"])
def test_where_one_can_ship_to_asked_alone_is_still_the_destinations(asked: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_send_alone", asked)
    assert reply.text.startswith(("我们从温哥华和悉尼两个仓发货", "We ship from our Vancouver")), reply.text


def test_with_nobody_to_tell_an_offer_taken_up_is_told_so_once(simulator: Simulator) -> None:
    """With staff named but no way to tell them (no WeCom app secret: make_settings), the order number the tracking
    answer asked for gets "nobody is available" (true), and so did the next message, "it's been 10 days", which asks
    for nobody: the offer is used up once refused, and the message is read alone (the tracking answer)."""
    simulator.oa_message("o_offer_unreachable", "I ordered last week and it still hasn't arrived")
    first = simulator.oa_message("o_offer_unreachable", "LM20461937")
    assert first.text.startswith("Sorry, there's no one from the team available"), first.text
    reply = simulator.oa_message("o_offer_unreachable", "it's been 10 days")
    assert reply.text.startswith("In our Mini Program open"), reply.text


@pytest.mark.parametrize("asked", ["how many do I have", "how many have I got now?", "what's my balance", "我有多少",
                                   "我现在有多少积分了", "还剩多少"])
@pytest.mark.parametrize("after", ["how do points work", "积分怎么用", "what are the membership tiers"])
def test_ones_own_balance_just_after_the_points_is_where_to_see_it(after: str, asked: str,
                                                                  simulator: Simulator) -> None:
    """"how many do I have" just after the points answer got "I don't know": that answer, which says where the
    balance is (new follow-up aspect `balance`)."""
    simulator.oa_message("o_balance", after)
    reply = simulator.oa_message("o_balance", asked)
    assert reply.text.startswith(("100 points take 1 dollar off", "100 积分可抵 1 元")), reply.text
