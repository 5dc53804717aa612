"""The lead's probing as a follower (stop 36), through the webhook. Each ask failed before its fix; guards beside.

Asking for a person with what to look at: the FAQ's answers tell members to 'reply "agent" with your order number'
(order tracking, a wrong address, a broken item, a receipt, an allergy), and "agent LM12345678" got that same answer
again, the tracking entry read off the order number: a loop the member could not leave. A request word first (or
last, beside a reference) with the details opens the handoff and the staff get the message, number and all."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.settings import Settings
from bot.store import keys
from tests.support.factories import make_settings


@pytest.fixture
def settings() -> Settings:
    """The WeCom app is set up, so the staff (config/handoff.yaml) can be told."""
    return make_settings(SIYU_WECOM_SECRET="appsecret")


def told(queue: RecordingDeliveryQueue) -> list[str]:
    return [d.message.text for d in queue.deliveries if d.purpose == "handoff"]  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "agent LM12345678",
    "Agent, my order LM12345678",
    "agent - LM12345678 hasn't arrived yet",
    "LM12345678 agent",
    "LM12345678 agent please",
    "human pls, order no. LM20241105",
    "人工 LM12345678",
    "人工 订单号LM12345678 还没到",
    "人工LM12345678",
    "LM12345678 人工",
    "转人工，订单号 LM12345678 地址写错了",
    "agent: my order arrived broken",
    "人工，我收到的瓶子漏了",
    "customer service, LM12345678 was charged twice",
])
def test_asking_for_a_person_with_the_details_opens_a_handoff(text: str, simulator: Simulator, clock: ManualClock,
                                                               delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(10 * 3600)  # Monday 10:00 in Vancouver, office hours
    reply = simulator.oa_message("o_with_details", text)
    assert "colleague" in reply.text or "同事" in reply.text, reply.text
    assert "Mini Program" not in reply.text and "小程序" not in reply.text, reply.text
    [message] = told(delivery_queue)
    assert text in message  # the staff read what to look at


@pytest.mark.parametrize("text", [
    "人工智能护肤靠谱吗",  # artificial intelligence, not a person
    "human skin is acidic right",  # a word of the sentence, no details mark, no reference
    "客服几点上班",  # when customer service works: business hours
    "my order LM12345678 hasn't arrived",  # no person asked for: the tracking answer
    "agent commission for resellers?",
])
def test_a_request_word_inside_a_sentence_opens_nothing(text: str, simulator: Simulator, clock: ManualClock,
                                                        delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(10 * 3600)
    simulator.oa_message("o_no_person", text)
    assert told(delivery_queue) == []


# Follow-ups that name only a place, after an answer that differs by place (handlers/follow_up.py): "what about the
# US?" after the shipping times got "I don't know", "what about sydney?" after the stores got Sydney's openings.

US_TIMES = "United States: 5–8 business days"
US_TIMES_ZH = "美国：5–8 个工作日"
STORES = "three pop-up stores"


def test_what_about_a_place_after_shipping_times_is_answered_with_the_times(simulator: Simulator) -> None:
    simulator.oa_message("o_follows", "how long does shipping to canada take")
    reply = simulator.oa_message("o_follows", "what about the US?")
    assert US_TIMES in reply.text, reply.text
    assert US_TIMES in simulator.oa_message("o_follows", "and for new zealand?").text


def test_chinese_and_cantonese_follow_ups(simulator: Simulator) -> None:
    simulator.oa_message("o_follows_zh", "寄到澳洲要多久")
    assert US_TIMES_ZH in simulator.oa_message("o_follows_zh", "那美国呢").text
    assert "美國：5–8 個工作日" in simulator.oa_message("o_follows_zh", "咁寄去新西蘭又點呀").text


def test_a_place_the_answer_leaves_out_is_read_alone(simulator: Simulator) -> None:
    """Times that leave the UK out answer nothing about it: where the shop ships does."""
    simulator.oa_message("o_follows_uk", "how long does shipping to canada take")
    reply = simulator.oa_message("o_follows_uk", "and to the uk?")
    assert US_TIMES not in reply.text and "Other countries aren't supported yet" in reply.text, reply.text


def test_a_city_after_the_stores_is_the_stores_and_after_the_openings_the_openings(simulator: Simulator) -> None:
    simulator.oa_message("o_follows_city", "do you have a store in toronto")
    assert STORES in simulator.oa_message("o_follows_city", "what about sydney?").text
    simulator.oa_message("o_follows_city", "jobs in toronto")
    reply = simulator.oa_message("o_follows_city", "what about vancouver?")
    assert "open positions in Vancouver" in reply.text, reply.text


def test_a_follow_up_half_an_hour_later_is_a_new_conversation(simulator: Simulator, clock: ManualClock) -> None:
    simulator.oa_message("o_follows_late", "how long does shipping to canada take")
    clock.advance(31 * 60)
    assert US_TIMES not in simulator.oa_message("o_follows_late", "what about the US?").text


def test_without_an_answer_before_it_a_follow_up_is_read_alone(simulator: Simulator) -> None:
    assert US_TIMES not in simulator.oa_message("o_follows_nothing", "what about the US?").text
    simulator.oa_message("o_follows_other", "what is your return policy")
    assert US_TIMES not in simulator.oa_message("o_follows_other", "what about the US?").text


# What the Official Account cannot show the bot. A sticker, a red packet or a Channels post arrives as the text
# "【收到不支持的消息类型，暂无法显示】": it was noted as an unanswered question (and listed to managers) and answered
# "I don't know the answer to that yet". A shared article or web page (a link message) got silence, while the same
# link typed got "I can't open links".

PLACEHOLDER = "【收到不支持的消息类型，暂无法显示】"


def test_what_wechat_could_not_show_is_answered_as_media_and_not_noted(simulator: Simulator,
                                                                      services: Services) -> None:
    reply = simulator.oa_message("o_sticker", PLACEHOLDER)
    assert "只看得懂文字消息" in reply.text, reply.text
    assert services.redis.zcard(keys.unanswered("default")) == 0  # nothing for managers to answer
    assert simulator.oa_message("o_sticker", PLACEHOLDER).text == ""  # a burst of stickers: answered once


def test_a_shared_link_is_answered_as_a_typed_link_is(simulator: Simulator) -> None:
    fields = simulator.oa_fields("o_link", MsgType="link", Title="Is this serum legit?", Description="",
                                 Url="https://www.xiaohongshu.com/explore/abc")
    reply = simulator.post_oa(fields)
    assert "打不开链接" in reply.text, reply.text


@pytest.mark.parametrize("text", ["can i see the catalogue", "send me your price list", "do you have a catalog",
                                  "got a price list?", "show me what you got", "有产品目录吗", "发个价目表给我",
                                  "有价格表吗"])
def test_a_catalogue_or_price_list_asked_for_is_the_product_list(text: str, simulator: Simulator) -> None:
    """They got "I don't know", a did-you-mean menu, and "show me what you got" the answer to a broken parcel."""
    reply = simulator.oa_message("o_catalogue", text)
    assert reply.text.startswith(("Our best sellers", "热卖产品")), reply.text


@pytest.mark.parametrize("text", ["有特价吗", "最近有特价吗"])
def test_special_prices_are_the_promo_code_answer(text: str, simulator: Simulator) -> None:
    """特价 (a special price) is a discount: it got "I don't know"."""
    assert "HELLOLUMI" in simulator.oa_message("o_deals", text).text


@pytest.mark.parametrize("text", ["remove me from your list", "please take me off your mailing list",
                                  "unsubscribe me from the list pls", "把我从名单里删掉"])
def test_off_the_list_in_ones_own_words_is_how_to_stop(text: str, simulator: Simulator) -> None:
    """"remove me from your list" got the fragrance-free answer."""
    reply = simulator.oa_message("o_off_the_list", text)
    assert 'Reply "unsubscribe"' in reply.text or '回复"退订"' in reply.text, reply.text


NO_ANSWER_EN = "I don't know the answer to that yet"
NO_ANSWER_ZH = "这个问题我还不会回答"


@pytest.mark.parametrize("text", ["made in china?", "where are your products made", "where is it manufactured",
                                  "how old is the company", "when was lumi founded", "产地是哪里", "是国产的吗"])
def test_where_the_products_are_made_is_not_answered_by_an_entry_sharing_a_word(text: str,
                                                                                 simulator: Simulator) -> None:
    """"made in china?" got "Yes. We ship to mainland China", "where are your products made" the cruelty-free answer,
    "where is it manufactured" the shelf life, "how old is the company" the receipt: the demo FAQ says none of it."""
    reply = simulator.oa_message("o_origin", text)
    assert reply.text.startswith((NO_ANSWER_EN, NO_ANSWER_ZH)), reply.text


@pytest.mark.parametrize(("text", "words"), [("when was it manufactured", "manufacturing date"),
                                             ("生产日期在哪看", "生产日期"),
                                             ("can you ship to china", "mainland China")])
def test_when_it_was_made_and_shipping_to_china_are_still_answered(text: str, words: str,
                                                                   simulator: Simulator) -> None:
    assert words in simulator.oa_message("o_origin_guard", text).text


@pytest.mark.parametrize(("text", "words"), [
    ("afterpay?", "Our Mini Program takes"), ("klarna", "Our Mini Program takes"),
    ("can i pay in installments", "Our Mini Program takes"), ("可以分期吗", "小程序支持微信支付"),
    ("my parcel was stolen", "we open a claim with the carrier"), ("包裹被偷了", "签收后 7 天内"),
])
def test_pay_later_and_a_stolen_parcel(text: str, words: str, simulator: Simulator) -> None:
    """Paying in instalments got "I don't know" (the answer says what is taken); a stolen parcel got the tracking
    answer, not the claim the carrier is asked for."""
    assert words in simulator.oa_message("o_pay_later", text).text


@pytest.mark.parametrize("text", ["i love your products", "you guys are the best", "your toner is amazing",
                                  "great service", "你们家面霜太好用了", "爱了爱了", "你们的产品真不错", "露米yyds"])
def test_praise_with_nothing_asked_is_thanked(text: str, simulator: Simulator, services: Services) -> None:
    """They got "I don't know the answer to that yet, I've noted the question" (a line in the managers' unanswered
    list), the routine-order answer ("你们家面霜太好用了") and the answering hours ("great service")."""
    reply = simulator.oa_message("o_praise", text)
    assert reply.text.startswith(("Thank you, that's lovely to hear", "谢谢你的喜欢")), reply.text
    assert services.redis.zcard(keys.unanswered("default")) == 0


@pytest.mark.parametrize("text", ["the best sunscreen for kids?", "best sunscreen for kids", "good cream for dry skin",
                                  "it's a present, can you make it look nice", "love the serum but it broke me out",
                                  "你们家的防晒怎么样", "好用吗", "绝了 面霜漏了一半", "yyds的防晒到了 盖子碎了",
                                  "the toner is amazing, it arrived smashed"])
def test_praise_words_in_a_question_or_a_complaint_are_not_thanked(text: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_not_praise", text)
    assert not reply.text.startswith(("Thank you, that's lovely to hear", "谢谢你的喜欢")), reply.text


@pytest.mark.parametrize(("text", "words"), [
    ("我从抖音直播间过来的 想问运费多少", "满 CAD 59 包邮"),
    ("hi, found you on xiaohongshu! do you ship to nz", "We ship from our Vancouver and Sydney warehouses"),
    ("从小红书看到的，你们有实体店吗", "快闪店"),
])
def test_where_the_follower_came_from_said_first_leaves_the_question(text: str, words: str,
                                                                    simulator: Simulator) -> None:
    """The brand's own channels bring followers who say so first: "I don't know" (the story of arriving diluted the
    question under the answer line)."""
    assert words in simulator.oa_message("o_arrived", text).text


@pytest.mark.parametrize("text", ["我是抖音过来的", "found you on tiktok!", "从小红书来的～"])
def test_saying_only_where_one_came_from_gets_the_hello(text: str, simulator: Simulator, services: Services) -> None:
    reply = simulator.oa_message("o_arrived_only", text)
    assert reply.text.startswith(("你好 👋", "Hi 👋")), reply.text
    assert services.redis.zcard(keys.unanswered("default")) == 0


def test_a_purchase_on_a_platform_s_shop_is_that_shop_s(simulator: Simulator) -> None:
    """"抖音上买的洗面奶能退货吗": the brand sells through its Mini Program, site and stores; its own content names
    Douyin (a live room followers come from), which had made the platform's shop ours."""
    reply = simulator.oa_message("o_bought_on_douyin", "抖音小店买的面膜能退吗 包装都拆了")
    assert reply.text.startswith(NO_ANSWER_ZH), reply.text
    assert "30 天内" in simulator.oa_message("o_bought_on_douyin2", "在抖音买的你们的面霜能退吗").text


@pytest.mark.parametrize("text", ["who won the match last night", "did you see the game", "how was your weekend",
                                  "我今天好累", "周末过得怎么样", "你吃饭了吗", "昨晚的比赛看了吗", "so bored today"])
def test_small_talk_with_the_bot_gets_the_hello(text: str, simulator: Simulator, services: Services) -> None:
    """They got the routine order ("last night"), the answering hours ("weekend") and "I don't know, I've noted the
    question"."""
    reply = simulator.oa_message("o_small_talk", text)
    assert reply.text.startswith(("你好 👋", "Hi 👋")), reply.text
    assert services.redis.zcard(keys.unanswered("default")) == 0
