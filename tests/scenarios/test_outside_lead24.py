"""Judged from outside (lead24, the lead probing the demo as a follower): the handlers' own asks (jobs, the shop's list,
the courses) in Taiwan's and Cantonese words, classes and learning, and goodbyes, through the real webhook on the demo
content. Each case failed before; the guards beside them show what must stay as it was."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator
from tests.support.factories import ServeWith


@pytest.fixture
def simulator(serve_with: ServeWith) -> Simulator:
    """The demo app with every handler, on the test's fakeredis, clock and delivery queue."""
    simulator, _ = serve_with()
    return simulator


@pytest.mark.parametrize(("said", "city"), [
    ("多倫多有職缺嗎", "多倫多"), ("溫哥華在徵人嗎", "溫哥華"), ("溫哥華有冇工", "温哥華"), ("悉尼有冇工開", "悉尼"),
    ("你哋悉尼請人嗎", "悉尼")])
def test_jobs_asked_in_taiwan_or_cantonese_words_list_the_citys_postings(
        simulator: Simulator, said: str, city: str) -> None:
    """Before: 多倫多有職缺嗎 (職缺, Taiwan's opening) got the pop-up stores' hours, 溫哥華有冇工 "I don't know",
    溫哥華在徵人嗎 the FAQ's part-time answer. After: the city's postings."""
    reply = simulator.oa_message("o_tw_jobs", said).text
    assert reply.startswith(f"{city}目前有") and "職位在招" in reply, reply


def test_openings_asked_with_no_city_list_every_posting(simulator: Simulator) -> None:
    assert simulator.oa_message("o_tw_all", "有什麼職缺").text.startswith("目前在招 8 個職位")


@pytest.mark.parametrize("said", ["有冇工具推薦", "溫哥華有冇工作室", "請人幫我看看訂單"])
def test_words_that_only_contain_a_job_word_are_not_the_postings(simulator: Simulator,
                                                                 said: str) -> None:
    assert "職位在招" not in simulator.oa_message("o_tw_not_jobs", said).text


@pytest.mark.parametrize(("said", "starts"), [
    ("點樣買", "這樣下單"), ("我想買嘢", "這樣下單"), ("我想買東西", "這樣下單"), ("我想买东西", "这样下单"),
    ("想睇下有咩產品", "熱賣產品"), ("有咩產品", "熱賣產品"), ("你哋有咩賣", "熱賣產品"), ("你哋賣咩㗎", "熱賣產品")])
def test_the_shop_asked_in_cantonese_is_the_product_list(simulator: Simulator,
                                                          said: str, starts: str) -> None:
    """Before: 點樣買 (how to buy) and 想睇下有咩產品 (let me see what products) got "I don't know", 你哋有咩賣 (what do
    you sell) the privacy answer (賣 read as selling one's data), 我想買東西 a did-you-mean. After: the list, under
    how to buy when that was asked."""
    assert simulator.oa_message("o_hk_shop", said).text.startswith(starts)


@pytest.mark.parametrize("said", ["有冇課堂", "我想上課", "我想上课", "有冇教學"])
def test_courses_asked_in_cantonese_or_as_going_to_class_are_the_course_menu(
        simulator: Simulator, said: str) -> None:
    """Before: 有冇課堂 (any classes?) got the groups' list, 我想上課 (I want to take a class) "I don't know"."""
    assert "小課堂" in simulator.oa_message("o_hk_course", said).text.replace("小课堂", "小課堂")


@pytest.mark.parametrize(("said", "starts"), [
    ("我想买东西送给妈妈", ""), ("课程收费吗", ""), ("你们卖不卖我的信息", "我们只用你的信息")])
def test_questions_about_buying_or_courses_stay_the_faqs(simulator: Simulator,
                                                         said: str, starts: str) -> None:
    reply = simulator.oa_message("o_guard", said).text
    assert not reply.startswith(("这样下单", "热卖产品", "露米小课堂")), reply
    assert reply.startswith(starts)


@pytest.mark.parametrize(("said", "reply"), [
    ("bye", "Bye 👋 Come back any time you have a question."), ("good night", "Bye 👋"), ("ok thanks bye", "Bye 👋"),
    ("gtg thanks", "Bye 👋"), ("掰掰", "再见 👋 有问题随时回来问我。"), ("先咁啦", "再见 👋"), ("晚安", "再见 👋"),
    ("謝謝，晚安", "再見 👋")])
def test_a_goodbye_is_answered_as_one(simulator: Simulator, said: str,
                                      reply: str) -> None:
    """Before: "bye" and 晚安 got the hello ("Hi 👋 Just ask me a question"), 掰掰, 先咁啦 and "gtg thanks" "I don't
    know", each listed for the brand as an unanswered question."""
    assert simulator.oa_message("o_bye", said).text.startswith(reply)


@pytest.mark.parametrize(("said", "starts"), [
    ("bye, where is my order", "In our Mini Program"), ("拜托帮我查下订单", "打开小程序"), ("谢谢", "不客气"),
    ("hi", "Hi 👋")])
def test_a_question_after_a_goodbye_thanks_or_a_hello_is_still_what_it_was(
        simulator: Simulator, said: str, starts: str) -> None:
    assert simulator.oa_message("o_not_bye", said).text.startswith(starts)


@pytest.mark.parametrize(("said", "starts"), [
    ("any classes?", "Lumi mini courses"), ("do you have classes", "Lumi mini courses"),
    ("skincare class", "Lumi mini courses"), ("any free classes", "Lumi mini courses"),
    ("i want to learn skincare", "Lumi mini courses"), ("我想学护肤", "露米小课堂"), ("教我护肤", "露米小课堂")])
def test_classes_and_wanting_to_learn_skincare_are_the_course_menu(simulator: Simulator, said: str,
                                                                   starts: str) -> None:
    """Before: "any classes?" got "I don't know", "i want to learn skincare" the routine-order answer."""
    assert simulator.oa_message("o_classes", said).text.startswith(starts)


@pytest.mark.parametrize("said", ["how do i learn to apply sunscreen", "what time is the class",
                                  "i have classes mon-fri, do you need people sat and sun"])
def test_questions_that_only_mention_classes_or_learning_are_not_the_menu(
        simulator: Simulator, said: str) -> None:
    assert not simulator.oa_message("o_not_classes", said).text.startswith("Lumi mini courses")
