"""Issue 10 (#6, #7) through the app: jobs on the Official Account, and group and WeCom quirks."""

from __future__ import annotations

from bot.clock import ManualClock
from bot.outbound import Link, MiniProgram, plain_text
from bot.sandbox.simulator import Simulator
from bot.text import HK, TW, in_script

ALREADY_ZH = "这个问题刚刚回答过"


def test_jobs_in_toronto_on_the_oa_is_the_passive_list_and_at_most_one_card(simulator: Simulator,
                                                                             delivery_queue) -> None:
    reply = simulator.oa_message("o_jobs", "jobs in Toronto")
    assert "Store Manager" in reply.text and "https://lumi-skin.example/careers/tor-social-media?" in reply.text
    queued = [d.message for d in delivery_queue.deliveries]
    assert len(queued) <= 1
    for message in queued:  # never a bare title: a card that degrades to its tracked link
        assert isinstance(message, MiniProgram | Link) and "https://" in plain_text(message)


def test_next_lesson_in_a_group_with_no_lesson_in_progress_is_answered_for_each_member(
        simulator: Simulator) -> None:
    first = simulator.group_mention("u1", "下一课", chat_id="wrT")
    second = simulator.group_mention("u2", "下一课", chat_id="wrT")
    assert ALREADY_ZH not in first.text and ALREADY_ZH not in second.text
    assert second.text == first.text


def test_a_menu_in_a_group_is_never_see_above(simulator: Simulator) -> None:
    first = simulator.group_mention("u1", "教程", chat_id="wrM")
    second = simulator.group_mention("u2", "教程", chat_id="wrM")
    assert ALREADY_ZH not in second.text and second.text == first.text


def test_the_same_faq_question_twice_still_points_up(simulator: Simulator, clock: ManualClock) -> None:
    first = simulator.group_mention("u1", "运费多少", chat_id="wrF")
    second = simulator.group_mention("u2", "运费多少", chat_id="wrF")
    assert ALREADY_ZH not in first.text and ALREADY_ZH in second.text


def test_a_wecom_contact_replying_join_as_welcomed_gets_how_to_join(simulator: Simulator) -> None:
    simulator.wecom_contact_added("wm_new_contact")
    reply = simulator.wecom_message("wm_new_contact", "进群")
    assert "https://lumi-skin.example/groups/van-skincare?" in reply.text
    assert "企业微信" not in reply.text and "邀请" not in reply.text


def test_a_follower_writing_traditional_or_cantonese_gets_the_faq_answer(simulator: Simulator) -> None:
    """Issue 10 (#8): traditional characters were right a third of the time (no conversion). The answer comes in the
    writer's script: Taiwan's characters for traditional Mandarin, Hong Kong's for Cantonese."""
    simplified = simulator.oa_message("o_hans", "运费要多少钱").text
    assert "包邮" in simplified
    assert simulator.oa_message("o_hant", "運費要多少錢").text == in_script(simplified, TW)
    assert simulator.oa_message("o_yue", "買幾多先包郵").text == in_script(simplified, HK)


def test_paid_task_spam_gets_no_faq_answer(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_spam", "招兼职刷单，日结300，动动手指在家就能做，加微信详聊")
    assert "兼职" not in reply.text  # the part-time jobs entry would name them


def test_an_advertisement_is_not_a_question_for_the_faq(simulator: Simulator, services) -> None:
    reply = simulator.oa_message("o_spammer", "兼职日结300，加我微信，手机操作")
    assert "记下来" not in reply.text and "回复【帮助】" in reply.text
    simulator.oa_message("o_asker", "你们老板是谁")
    assert [question for question, _ in services.unanswered.top("default")] == ["你们老板是谁"]
