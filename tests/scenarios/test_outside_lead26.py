"""Judged from outside (lead26, the lead probing the demo as a follower), through the real webhook on the demo
content. Each case failed before; the guards beside them show what must stay as it was."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator
from bot.text import simplified
from tests.support.factories import ServeWith


@pytest.fixture
def simulator(serve_with: ServeWith) -> Simulator:
    """The demo app with every handler, on the test's fakeredis, clock and delivery queue."""
    simulator, _ = serve_with()
    return simulator


@pytest.mark.parametrize("said", [
    "你好 我想问下", "在吗？想咨询一下", "您好，请问一下", "哈喽 问个问题", "亲 我有个问题想请教一下", "你好，想問下",
    "有啲嘢想問", "hello can i ask something", "hi i have a question", "Hi! quick question", "hey, got a sec?",
    "Hello, I'd like to ask something please", "excuse me, can I ask a question?", "hi there i have a few questions",
])
def test_saying_a_question_is_coming_is_told_to_ask_not_that_it_was_noted(simulator: Simulator, said: str) -> None:
    """Before: "你好 我想问下" got "这个问题我还不会回答 🙏 已经记下来": a question noted that nobody asked yet, and one
    more line in the managers' unanswered list. After: the hello, which says just ask."""
    reply = simulator.oa_message("o_prelude", said).text
    assert reply.startswith(("你好 👋", "Hi 👋")), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("你好 我想问下运费多少", "满 CAD 59 包邮"), ("hi quick question, how long does shipping take", "Canada: 1–3"),
])
def test_a_question_after_its_prelude_is_still_answered(simulator: Simulator, said: str, starts: str) -> None:
    reply = simulator.oa_message("o_prelude_q", said).text
    assert starts in reply, reply


@pytest.mark.parametrize("said", ["what are your top sellers", "top 3 products", "top sellers?", "your top 5 items"])
def test_top_sellers_are_the_best_seller_list(simulator: Simulator, said: str) -> None:
    """Before: "what are your top sellers" got the wholesale answer (we don't work with resellers), "top 3 products"
    the pop-up stores ("three pop-up stores")."""
    reply = simulator.oa_message("o_top", said).text
    assert reply.startswith("Our best sellers") and "1. " in reply, reply


@pytest.mark.parametrize(("said", "starts"), [("can i become a reseller", "We don't work with personal resellers"),
                                              ("where are your stores", "We have three pop-up stores")])
def test_resellers_and_stores_keep_their_answers(simulator: Simulator, said: str, starts: str) -> None:
    reply = simulator.oa_message("o_top_guard", said).text
    assert reply.startswith(starts), reply


@pytest.mark.parametrize("said", [
    "thanks for the help", "cheers for the help mate", "thanks for your help!", "ta very much", "cheers for that",
    "thank you so much for helping", "thx for the info", "thanks for getting back to me", "thanks for the quick reply",
    "thank you for your time", "ty for explaining", "thanks for letting me know", "many thanks", "thanks heaps",
    "thanks a bunch", "ok thanks for the advice 🙏", "谢谢你的帮助", "谢谢帮忙", "多谢你嘅帮助", "感谢解答", "谢谢回复",
    "谢谢你的耐心解答", "好的 谢谢你的回复", "謝謝你的幫忙", "多謝晒", "收到 谢谢",
])
def test_thanks_for_the_help_is_answered_you_re_welcome(simulator: Simulator, said: str) -> None:
    """Before: "谢谢帮忙" got the job work-permit answer, "thanks for letting me know" too, "thx for the info" order
    tracking, "thanks for the help" "I don't know" (noted as an unanswered question): what a thanks is for ("for the
    help") was read as a question's words."""
    reply = simplified(simulator.oa_message("o_thanks_for", said).text)  # a traditional thanks is answered so
    assert reply.startswith(("不客气", "You're welcome")), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("thanks! how long does shipping take to the us", "Orders paid before 2 pm"),
    ("谢谢 那运费多少", "· 加拿大：满 CAD 59 包邮"),
    ("thanks for the help but my parcel still hasn't arrived", ""),
])
def test_a_question_beside_the_thanks_is_still_read(simulator: Simulator, said: str, starts: str) -> None:
    reply = simulator.oa_message("o_thanks_q", said).text
    assert not reply.startswith(("不客气", "You're welcome")) and reply.startswith(starts), reply


@pytest.mark.parametrize(("said", "name"), [
    ("how much is the vit c serum", "10% Vitamin C Brightening Serum"),
    ("vit c price?", "10% Vitamin C Brightening Serum"),
    ("i'd like to order the toner please", "Hyaluronic Hydrating Toner"),
    ("can i buy the lip balm here", "Repair Lip Balm"),
    ("can i order the sunscreen online", "Mineral Sunscreen SPF 50"),
])
def test_buying_a_named_product_in_ones_own_words_gets_it(simulator: Simulator, said: str, name: str) -> None:
    """Before: "how much is the vit c serum" got the shelf-life answer, "i'd like to order the toner please" the
    routine order, "can i buy the lip balm here" the skin quiz: "vit" (texting's vitamin), "order" (a buy word) and
    "here" (filler) were read as more asked than the product."""
    reply = simulator.oa_message("o_buy_own_words", said).text
    assert reply.startswith(f"{name} | CAD"), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("what order do i use the toner and serum in", "Go from thinnest to thickest"),
    ("what order should i apply toner and serum", "Go from thinnest to thickest"),
])
def test_the_order_of_a_routine_stays_the_faqs(simulator: Simulator, said: str, starts: str) -> None:
    reply = simulator.oa_message("o_buy_guard", said).text
    assert reply.startswith(starts), reply


@pytest.mark.parametrize(("said", "name"), [
    ("面霜咋卖", "神经酰胺修护霜"), ("防晒多钱", "物理防晒乳 SPF50"), ("vc精华多少", "10%维C亮肤精华"),
    ("我想入手那个修护霜", "神经酰胺修护霜"), ("给我来两支唇膏", "修护唇膏"), ("爽肤水怎么卖的", "玻尿酸保湿水"),
    ("唇膏點賣", "修护唇膏"), ("洗面奶多少米", "氨基酸温和洁面乳"),
])
def test_a_product_priced_in_colloquial_chinese_gets_its_price(simulator: Simulator, said: str, name: str) -> None:
    """Before: "vc精华多少" and "爽肤水怎么卖的" got the shelf-life answer, "面霜咋卖" a did-you-mean, "防晒多钱" the
    sunscreen FAQ, "我想入手那个修护霜" and "给我来两支唇膏" "I don't know": 咋卖 / 怎么卖 / 点卖 (how is it sold),
    多钱 / 多少 / 多少米 (how much), 入手 (to buy) and a count (两支) were read as more asked than the product."""
    reply = simplified(simulator.oa_message("o_zh_price", said).text)
    assert reply.startswith(f"{name}｜CAD"), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("面霜用多少", ""), ("防晒霜要涂多少才够", "露米防晒是纯物理防晒"), ("洗面奶早晚都要用吗", ""),
    ("防晒SPF多少，去海边够不够", ""), ("A醇小白 刚入手 每周涂几晚比较稳", ""),
])
def test_how_much_of_a_product_to_use_is_no_price(simulator: Simulator, said: str, starts: str) -> None:
    """多少 and 入手 are a price or a purchase only when nothing else is said."""
    reply = simplified(simulator.oa_message("o_zh_price_guard", said).text)
    assert "｜CAD" not in reply and reply.startswith(starts), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("你们有几种精华", "找到这几款"), ("面霜有几种", "神经酰胺修护霜｜CAD"),
    ("got any masks", "Centella Calming Sheet Mask | CAD"),
])
def test_how_many_kinds_of_a_product_lists_them(simulator: Simulator, said: str, starts: str) -> None:
    """Before: "你们有几种精华" got "I don't know", "面霜有几种" the routine order, "got any masks" "I don't know"."""
    reply = simplified(simulator.oa_message("o_kinds", said).text)
    assert reply.startswith(starts), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("悉尼有啥工作", "悉尼目前有"), ("i'm looking for work in vancouver", "open positions in Vancouver"),
    ("any work going in toronto?", "open positions in Toronto"), ("温哥华有甚么工作", "温哥华目前有"),
    ("多倫多有咩工", "多伦多目前有"), ("悉尼有冇工做", "悉尼目前有"),
])
def test_work_asked_of_a_city_lists_the_citys_openings(simulator: Simulator, said: str, starts: str) -> None:
    """Before: "悉尼有啥工作" got the pop-up stores, "i'm looking for work in vancouver" a did-you-mean led by
    reapplying sunscreen: 啥 (what) and "work" next to a city were read as more than a job ask."""
    reply = simplified(simulator.oa_message("o_city_work", said).text)
    assert starts in reply.splitlines()[0], reply


@pytest.mark.parametrize("said", ["does the sunscreen work in vancouver winters", "悉尼有啥店", "多伦多的工厂"])
def test_other_asks_of_a_city_are_no_job_ask(simulator: Simulator, said: str) -> None:
    reply = simplified(simulator.oa_message("o_city_work_guard", said).text)
    assert "open positions" not in reply and "目前有" not in reply, reply


@pytest.mark.parametrize("said", ["换一个课程", "我想换个课", "有其他课程吗", "switch course",
                                  "i want a different course", "can i change to another course", "other courses?"])
def test_another_course_asked_for_shows_the_courses(simulator: Simulator, said: str) -> None:
    """Before, a lesson in progress: "换一个课程" got how to unsubscribe, "switch course" the bot's languages, "i want a
    different course" the product exchange answer."""
    simulator.oa_message("o_switch", "教程")
    simulator.oa_message("o_switch", "2")
    reply = simplified(simulator.oa_message("o_switch", said).text)
    assert reply.startswith(("露米小课堂", "Lumi mini courses")) and "1/4" in reply, reply


@pytest.mark.parametrize("said", ["停止课程", "不想学了", "退出课程", "stop the course", "quit the lessons please"])
def test_stopping_the_courses_says_how_and_what_stops(simulator: Simulator, said: str) -> None:
    """Before: "停止课程" and "不想学了" got "I don't know" (noted as an unanswered question). After: how to stop the
    lessons and promotions that are sent (the opt-out word), and that questions are still answered."""
    reply = simplified(simulator.oa_message("o_stop_course", said).text)
    assert reply.startswith(('回复"退订"', 'Reply "unsubscribe"')), reply


@pytest.mark.parametrize("said", ["取消", "暂停", "停止", "cancel", "stop"])
def test_a_bare_verb_is_no_course_stop_ask(simulator: Simulator, said: str) -> None:
    """取消 alone (cancel an order) is not asked to stop the lessons; "stop" is the opt-out word itself."""
    reply = simplified(simulator.oa_message("o_stop_course_guard", said).text)
    assert not reply.startswith('回复"退订"'), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("我在温哥华", "📍 收到，已记下你在温哥华"), ("I live in Sydney", "📍 Got it, you're in Sydney"),
    ("我刚搬到多伦多", "📍 收到，已记下你在多伦多"), ("i just moved to toronto", "📍 Got it, you're in Toronto"),
    ("im based in vancouver", "📍 Got it, you're in Vancouver"), ("我住在悉尼", "📍 收到，已记下你在悉尼"),
])
def test_saying_where_one_lives_is_noted_with_what_the_city_has(simulator: Simulator, said: str, starts: str) -> None:
    """Before: "我在温哥华" got Vancouver's openings, "I live in Sydney" the pop-up stores, "我刚搬到多伦多" the
    shipping times: a statement of where one lives, answered as a question it does not ask. After: the city noted,
    as a shared location is, and what it has (its openings, its group)."""
    reply = simplified(simulator.oa_message("o_lives", said).text)
    assert reply.startswith(simplified(starts)), reply


@pytest.mark.parametrize(("said", "starts"), [
    ("jobs in vancouver", "Vancouver"), ("温哥华", "温哥华目前有"), ("我在温哥华 有工作吗", "温哥华目前有"),
    ("i live in sydney, where is your store", "We have three pop-up stores"),
])
def test_a_city_asked_for_stays_the_asked_answer(simulator: Simulator, said: str, starts: str) -> None:
    reply = simplified(simulator.oa_message("o_lives_guard", said).text)
    assert starts in reply.splitlines()[0], reply
