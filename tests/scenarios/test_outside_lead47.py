"""The lead's probing as a member in conversation, continued (lead47), through the webhook. Each ask failed before its
fix; guards beside.

Checking on a person asked for: with a handoff open (the demo is quiet while one is), "在吗", "did you get my
message?", "还要等多久", "hello?", "is anyone there" got nothing, again and again, after "I'll stay quiet": a member
cannot tell that silence from a broken chat. Now told that the request is still open and who replies when (in office
hours a colleague, here; outside them when the team is back), never that anyone has read the messages
(handlers/handoff.py STATUS_ASKS, STILL_OPEN). Any other words stay unanswered, as before.

Another of the courses after a pick: "教程", "2", then "第三个" got "there is no list to pick from", while the member
still reads the menu above. The course menu is kept with the pick, as the products' and postings' were (lead46):
that course; "下一个" is still the next lesson (handlers/tutorials.py).

The next or the previous on the list after a pick: "products", "2", then "下一个" got "I don't know", "next one" the
courses' menu; after a posting "next one" the courses' menu too. Now the item after (or before: "上一个", "the
previous one") the one shown, on the list it was picked from (handlers/common.py STEP_ASKS, `picked_again`).

The lesson before: "上一个", "previous one" just after a lesson got "I don't know" ("上一课" worked). The lesson
before the one shown (handlers/tutorials.py).

The updates asked back in one's own words: after "退订", "resubscribe", "re-subscribe", "turn notifications back
on", "恢复推送", "我又想收到你们的消息了" got how to unsubscribe, as if nothing had been done. Now resumed, as
"恢复订阅" does (handlers/optout.py RESUME_ASKS); from a member who never opted out, that the updates still come
(handlers/qa.py SUBSCRIBED), not how to stop them.

The last answer in the other language: "运费多少", then "in English please", "can you say that in english", "用英文回
答" got the FAQ's words on which languages the bot answers in. Now that answer again, in the language asked
(handlers/qa.py SWITCH_ASKS); with no answer just given, the languages' answer as before.

"Not that one": "不是这个" just after a product card got "I don't know" (noted as a question the FAQ lacks), "not that
one" after a product picked from the list a did-you-mean of its own words, "不是这个" after an answer "I don't know".
Now what was understood is said back and the member asked which, then (handlers/qa.py NOT_THIS); "不是这个，我是问退
货" names what was meant and is the FAQ's, as before.

Left: the did-you-mean menu is not kept after its pick ("收到了吗", "1", then "第二个" is still no list: its answer
would have to keep the menu, which the FAQ's "再说一遍" and follow-ups read); "下一个" past the end of a list is read as
before; "what did I just ask" while a handoff is open stays unanswered (the bot is quiet); the member's own words are
still not kept (lead46: what the fields keep is said back, or that it cannot be)."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.settings import Settings
from tests.support.factories import make_settings

STILL_OPEN_ZH = "收到了 👍 你找人工的请求还在等待中，露米 Lumi的同事会在这里回复你"
STILL_OPEN_EN = "Yes, your messages come through 👍 Your request for a person is still open: a colleague"
AFTER_HOURS_ZH = "收到了 👍 你找人工的请求还在等待中。现在不在工作时间，露米 Lumi的团队会在"


@pytest.fixture
def settings() -> Settings:
    """The WeCom app is set up, so the staff (config/handoff.yaml) can be told and a handoff opens."""
    return make_settings(SIYU_WECOM_SECRET="appsecret")


@pytest.mark.parametrize(("asked", "checks", "start"), [
    ("人工", ("在吗", "你收到我的消息了吗", "怎么还没人回", "还要等多久", "有人吗？"), STILL_OPEN_ZH),
    ("talk to a person", ("did you get my message?", "hello?", "is anyone there", "how long do I have to wait",
                          "when will someone reply"), STILL_OPEN_EN),
])
def test_checking_on_a_person_asked_for_is_told_the_request_is_open(asked: str, checks: tuple[str, ...], start: str,
                                                                     simulator: Simulator, clock: ManualClock,
                                                                     delivery_queue: RecordingDeliveryQueue) -> None:
    clock.advance(10 * 3600)  # 2026-11-23 18:00 UTC: Monday 10:00 in Vancouver, office hours
    simulator.oa_message("o_checks_on_it", asked)
    told = len(delivery_queue.deliveries)
    for said in checks:
        reply = simulator.oa_message("o_checks_on_it", said).text
        assert reply.startswith(start), (said, reply)
    assert len(delivery_queue.deliveries) == told  # nobody is told again
    assert simulator.oa_message("o_checks_on_it", "运费多少").text == ""  # other words: quiet, as before


def test_checking_on_it_outside_office_hours_says_when_the_team_is_back(simulator: Simulator) -> None:
    simulator.wecom_message("wm_checks_late", "人工")  # 2026-11-23 08:00 UTC: Monday 00:00 in Vancouver
    reply = simulator.wecom_message("wm_checks_late", "有冇人喺度").text
    assert reply.startswith(AFTER_HOURS_ZH) and "今天 09:00" in reply, reply


def test_after_the_request_is_taken_back_the_hello_again(simulator: Simulator, clock: ManualClock) -> None:
    clock.advance(10 * 3600)
    for said in ("人工", "取消人工"):
        simulator.oa_message("o_checks_cancel", said)
    assert simulator.oa_message("o_checks_cancel", "在吗").text.startswith("你好")


@pytest.mark.parametrize(("said", "start"), [
    (("教程", "2", "第三个"), "【海外求职小课堂】第 1/5 课"),
    (("教程", "2", "下一课", "第一个"), "【敏感肌护肤入门】第 1/5 课"),
    (("tutorials", "1", "the third one"), "[Job Hunting Abroad] Lesson 1/5"),
    (("教程", "2", "下一个"), "【冬季屏障修护】第 2/4 课"),  # the next lesson, as before
])
def test_another_course_after_a_pick(said: tuple[str, ...], start: str, simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_course_again", text)
    reply = simulator.oa_message("o_course_again", said[-1]).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("said", "start"), [
    (("products", "2", "下一个"), "5%烟酰胺精华｜CAD 36.00"),
    (("products", "2", "next one"), "5% Niacinamide Serum | CAD 36.00"),
    (("products", "2", "下一款呢", "上一个"), "玻尿酸保湿水｜CAD 24.00"),
    (("products", "3", "the previous one"), "Hyaluronic Hydrating Toner | CAD 24.00"),
    (("有什么工作", "1", "下一个"), "双语客服专员｜"),
    (("jobs", "1", "next one"), "Bilingual Customer Service Specialist"),
    (("教程", "1", "products", "2", "next"), "Niacinamide"),  # a course started: the list shown last is the products'
])
def test_the_next_or_previous_on_the_list_after_a_pick(said: tuple[str, ...], start: str,
                                                       simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_step_along", text)
    reply = simulator.oa_message("o_step_along", said[-1]).text
    assert start in reply.split("\n")[0], reply


@pytest.mark.parametrize(("said", "start"), [
    (("教程", "1", "next"), "[Sensitive Skin 101] Lesson 2/5"),  # a lesson shown last: the next lesson, as before
    (("运费多少", "下一个"), "这个问题我还不会回答"),  # after an answer: as before (after a product not picked from a
    # list it is now told that only that one was shown: tests/scenarios/test_outside_lead48.py)
])
def test_a_step_with_no_list_picked_from_is_read_as_before(said: tuple[str, ...], start: str,
                                                           simulator: Simulator) -> None:
    for text in said[:-1]:
        simulator.oa_message("o_step_none", text)
    assert simulator.oa_message("o_step_none", said[-1]).text.startswith(start)


@pytest.mark.parametrize(("said", "start"), [
    ("上一个", "【冬季屏障修护】第 1/4 课"), ("previous one", "[Winter Barrier Rescue] Lesson 1/4"),
    ("上一課", "【冬季屏障修護】第 1/4 課"),  # as before
])
def test_the_lesson_before(said: str, start: str, simulator: Simulator) -> None:
    for text in ("教程", "2", "下一课"):
        simulator.oa_message("o_lesson_before", text)
    assert simulator.oa_message("o_lesson_before", said).text.startswith(start)


RESUMED_ZH, RESUMED_EN = "已恢复订阅 🌿", "You're subscribed again 🌿"


@pytest.mark.parametrize(("stop", "said", "start"), [
    ("退订", "resubscribe", RESUMED_EN), ("退订", "re-subscribe", RESUMED_EN),
    ("unsubscribe", "turn notifications back on", RESUMED_EN), ("退订", "恢复推送", RESUMED_ZH),
    ("退订", "我又想收到你们的消息了", RESUMED_ZH), ("退訂", "恢復推送", "已恢復訂閱 🌿"),
])
def test_the_updates_asked_back_after_unsubscribing_are_resumed(stop: str, said: str, start: str,
                                                                simulator: Simulator) -> None:
    simulator.oa_message("o_resume_asked", stop)
    assert simulator.oa_message("o_resume_asked", said).text.startswith(start)
    assert simulator.oa_message("o_resume_asked", "退订了吗").text.startswith("你没有退订")


@pytest.mark.parametrize(("said", "start"), [("how do i get updates again", 'Reply "unsubscribe" and we'),
                                             ("怎么重新订阅", '回复"退订"就不会')])
def test_how_to_get_the_updates_back_after_unsubscribing_is_told_as_before(said: str, start: str,
                                                                          simulator: Simulator) -> None:
    simulator.oa_message("o_resume_how", "退订" if "订" in said else "unsubscribe")
    assert simulator.oa_message("o_resume_how", said).text.startswith(start)


@pytest.mark.parametrize(("said", "start"), [
    ("resubscribe", "You're subscribed: Lumi 露米 updates still reach you"),
    ("恢复推送", "你没有退订：露米 Lumi的推送消息照常会发给你"),
])
def test_the_updates_asked_back_by_a_subscribed_member_still_come(said: str, start: str,
                                                                  simulator: Simulator) -> None:
    assert simulator.oa_message("o_resume_subscribed", said).text.startswith(start)


@pytest.mark.parametrize(("first", "said", "start"), [
    ("运费多少", "in English please", "· Canada: free over CAD 59"),
    ("运费多少", "can you say that in english", "· Canada: free over CAD 59"),
    ("运费多少", "用英文回答", "· Canada: free over CAD 59"),
    ("how much is shipping", "说中文", "· 加拿大：满 CAD 59 包邮"),
    ("how much is shipping", "講中文得唔得", "· 加拿大：滿 CAD 59 包郵"),
])
def test_the_last_answer_in_the_other_language(first: str, said: str, start: str, simulator: Simulator) -> None:
    simulator.oa_message("o_switch_language", first)
    assert simulator.oa_message("o_switch_language", said).text.startswith(start)


@pytest.mark.parametrize(("said", "start"), [("in English please", "Sure! I reply in the language you write in"),
                                             ("说中文", "可以！我会用你发消息的语言回复")])
def test_the_language_asked_with_no_answer_before_is_the_faq_s(said: str, start: str, simulator: Simulator) -> None:
    assert simulator.oa_message("o_switch_none", said).text.startswith(start)


@pytest.mark.parametrize(("first", "said", "start"), [
    (("洁面多少钱",), "不是这个", "好的，不是氨基酸温和洁面乳。你想看哪一款？"),
    (("products", "2"), "not that one", "OK, not the Hyaluronic Hydrating Toner. Which one do you mean?"),
    (("有什么工作", "1"), "不是这个", "好的，不是「美妆顾问（列治文门店）」这个职位。"),
    (("运费多少",), "不是这个", "抱歉，我可能理解错了：我刚才回答的是「运费怎么算？」"),
    (("how much is shipping",), "that's not what I asked", 'Sorry, I may have got that wrong: I answered "How much'),
    (("运费多少",), "不是这个，我是问退货", "未拆封产品 30 天内可无理由退货"),  # what was meant: the FAQ's, as before
])
def test_not_that_one(first: tuple[str, ...], said: str, start: str, simulator: Simulator) -> None:
    for text in first:
        simulator.oa_message("o_not_that", text)
    reply = simulator.oa_message("o_not_that", said).text
    assert reply.startswith(start), reply
