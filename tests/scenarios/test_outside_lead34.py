"""The lead's probing as a member in conversation (stop 43), through the webhook. Each ask failed before its fix;
guards beside.

"What should I do" just after the delivered-but-not-received answer got "I don't know", though the answer says what
to do ("那我该怎么办" already got it again): asking only what to do now is asking how, and a "how" alone after an
answer is that answer again (handlers/follow_up.py, the `how` aspect)."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator

NO_ANSWER = ("I don't know the answer", "这个问题我还不会回答")


@pytest.mark.parametrize(("first", "then", "says"), [
    ("it says delivered but I didn't get it", "what should I do", "we open a claim with the carrier"),
    ("it says delivered but I didn't get it", "so what do I do now?", "we open a claim with the carrier"),
    ("it says delivered but I didn't get it", "now what?", "we open a claim with the carrier"),
    ("I think I'm allergic to the serum, my face is itchy", "what am i supposed to do now", "Stop the new product"),
    ("I want to return the cream", "ok what should we do", "Request return"),
    ("我的包裹显示签收了但是我没收到", "那我该怎么办", "申请调查"),
])
def test_asking_only_what_to_do_now_after_an_answer_is_that_answer_again(first: str, then: str, says: str,
                                                                        simulator: Simulator) -> None:
    simulator.oa_message("o_what_now", first)
    reply = simulator.oa_message("o_what_now", then)
    assert says in reply.text, reply.text


def test_what_to_do_with_no_answer_before_is_not_an_answer(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_what_now_alone", "what should I do")
    assert any(said in reply.text for said in NO_ANSWER), reply.text


# Just after a lesson, "what's next?" got the membership tiers, "and then?", "接下来呢" and "done" "I don't know", "ok"
# and "好了" a hello: what comes after it is the next lesson; saying it is done, that the next one is ready.
@pytest.mark.parametrize(("then", "says"), [
    ("what's next?", "Lesson 2/5"),
    ("and then?", "Lesson 2/5"),
    ("ok cool, what's next", "Lesson 2/5"),
    ("接下来呢", "第 2/5 课"),
    ("下一个", "第 2/5 课"),
    ("done", 'reply "next" for lesson 2/5'),
    ("I did the homework!", 'reply "next" for lesson 2/5'),
    ("ok", 'reply "next" for lesson 2/5'),
    ("做完了", "回复【下一课】看第 2/5 课"),
    ("好的，看完了", "回复【下一课】看第 2/5 课"),
])
def test_after_a_lesson_what_comes_next_or_done_goes_on(then: str, says: str, simulator: Simulator) -> None:
    first = "教程" if any("\u4e00" <= ch <= "\u9fff" for ch in then) else "tutorial"
    simulator.oa_message("o_lesson", first)
    assert "1" in simulator.oa_message("o_lesson", "1").text
    reply = simulator.oa_message("o_lesson", then)
    assert says in reply.text, reply.text


def test_done_keeps_the_lesson_so_next_still_goes_on(simulator: Simulator) -> None:
    for said in ("tutorial", "1", "done"):
        simulator.oa_message("o_lesson_done", said)
    assert "Lesson 2/5" in simulator.oa_message("o_lesson_done", "any more?").text


@pytest.mark.parametrize("said", ["done", "ok", "what's next?", "接下来呢"])
def test_with_no_lesson_shown_they_are_no_lessons(said: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_no_lesson", said)
    assert "Lesson 2/5" not in reply.text and "lesson 2/5" not in reply.text and "第 2/5 课" not in reply.text


# "how many points do I have" / "where can I see my points" got how points are spent, and nowhere to see them.
@pytest.mark.parametrize(("asked", "says"), [
    ("how many points do I have", "Me → Points"),
    ("where can I see my points", "Me → Points"),
    ("我的积分在哪看", "「我的 → 积分」"),
])
def test_the_points_answer_says_where_the_balance_is(asked: str, says: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_points", asked)
    assert says in reply.text, reply.text


# "how do i get there" / "怎么去" just after the stores got "I don't know": the way there is where they are (the
# stores' `follow_ups` `where`); after an answer with no `where` it stays unread.
@pytest.mark.parametrize(("first", "then", "says"), [
    ("do you have a store in toronto", "how do i get there", "Pacific Mall, Markham"),
    ("你们有实体店吗", "怎么去", "万锦 Pacific Mall"),
    ("你们有实体店吗", "那要怎么走呢", "万锦 Pacific Mall"),
])
def test_the_way_there_after_the_stores_is_where_they_are(first: str, then: str, says: str,
                                                         simulator: Simulator) -> None:
    simulator.oa_message("o_way", first)
    reply = simulator.oa_message("o_way", then)
    assert says in reply.text, reply.text


def test_the_way_there_after_shipping_times_is_not_the_stores(simulator: Simulator) -> None:
    simulator.oa_message("o_way_shipping", "寄到多伦多要几天")
    assert "Pacific Mall" not in simulator.oa_message("o_way_shipping", "怎么去").text


# Just after a product: "when should I apply it" got how to apply for a job, "when should I use it" a did-you-mean,
# "tell me more", "what's in it" and "有什么成分" "I don't know": when and how it goes on (`usage`), what it is and
# holds (`description`). "tell me about the vitamin c serum" got the price and card alone.
@pytest.mark.parametrize(("said", "says"), [
    (("vitamin c serum", "when should I apply it"), "3–4 drops"),
    (("vitamin c serum", "when should I use it"), "3–4 drops"),
    (("vitamin c serum", "tell me more"), "stable vitamin C derivative"),
    (("vitamin c serum", "what's in it?"), "stable vitamin C derivative"),
    (("tell me about the vitamin c serum",), "stable vitamin C derivative"),
    (("维C精华", "有什么成分"), "稳定型维C衍生物"),
    (("维C精华", "什么时候用"), "3–4 滴"),
    (("维C精华", "详细介绍一下"), "稳定型维C衍生物"),
])
def test_asking_of_the_product_just_shown_when_to_use_it_or_what_it_is(said: tuple[str, ...], says: str,
                                                                       simulator: Simulator) -> None:
    for message in said[:-1]:
        simulator.oa_message("o_product", message)
    reply = simulator.oa_message("o_product", said[-1])
    assert says in reply.text, reply.text


def test_how_to_apply_with_no_product_shown_is_still_the_jobs(simulator: Simulator) -> None:
    assert "resume" in simulator.oa_message("o_apply", "how do I apply").text
