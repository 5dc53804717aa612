"""The FAQ as followers meet it (issue 10 #8): tests/data/faq_followers.yaml (the development set, tuned
against) through the whole handler chain. Thresholds sit just under what the matcher reaches
(bench/faq_followers.py prints the numbers). The two held-out sets are guarded through the real webhook
in tests/scenarios/test_faq_followers_webhook.py."""

from __future__ import annotations

import pytest

from bot.text import normalize
from tests.support.factories import demo_content, make_inbound, make_member, router_with
from tests.support.faq_followers import FOLLOWERS, judge, load, report

# Measured on 2026-12-03 (branch faq2): right 93.5 %, wrong 1.5 %, no-answer answered 6.2 %; en 92.8,
# mixed 93.6, zh-hans 90.5, zh-hant 97.5.
# After faq9 (the set grew by two probes of the round, 107 + 47): right 96.4 %, wrong 0.6 %, no-answer answered
# 3.0 % (3 of 100); en 95.6, mixed 97.9, zh-hans 96.5, zh-hant 98.1.
# After faq10: the set grew by the round's two probes (61 + 8 long messages, 50 + 8 everyday English, written from the
# answers, fresh: main scored them 62.3 % and 76.0 % right), so the floors below were LOWERED to just under the whole
# set's numbers: right 93.6 %, wrong 1.3 %, no-answer answered 3.4 % (4 of 116); en 91.6, mixed 98.0, zh-hans 96.0,
# zh-hant 97.0. On the 799 + 100 messages of before, the round raised them: right 96.4 -> 96.6 %, wrong 0.6 -> 0.6 %,
# 3 of 100 both times (docs/faq.md, tenth round).
# After the sixty-second (faq62: "my boss wants a pdf of what i paid, where's that" the receipt's): right 96.9 % (882 of
# 910), en 95.8 (524 of 547)
RIGHT_MIN = 0.969  # 95.1 % after faq7 (94.5 before); 0.96 after faq9, before faq10's probes; 94.4 after faq14
WRONG_MAX = 0.012  # 0.9 % after faq7 (1.3 before); 0.008 after faq9, before faq10's probes; 1.3 -> 1.1 % after faq16
UNANSWERABLE_ANSWERED_MAX = 0.035  # 1 of 53 since faq4 (negative evidence: a quiz, a love life); 4 before
LANG_RIGHT_MIN = {"en": 0.957, "mixed": 0.97, "zh-hans": 0.955, "zh-hant": 0.965}  # en 0.928 after faq14 (92.9 %)
# tests/data/faq_near_misses.yaml: messages about other trades that share words with an entry
NEAR_MISSES_ANSWERED_MAX = 0.05  # 1 of 40 since faq4; 4 before
NEAR_MISSES_IN_SCOPE_RIGHT_MIN = 0.79  # 12 of 15 since main's package-problem fix (e4860ab)


@pytest.fixture(scope="module")
def followers():
    judged = judge()
    return report(judged)


def misses(rep) -> str:
    return "\n".join(f"  {j.q!r}: expected {j.expected}, got {j.got}" for j in rep.judged
                     if (j.expected is None) != (j.outcome == "none") or (j.expected and j.outcome != "right"))


def test_right_entry_share(followers) -> None:
    assert followers.right >= RIGHT_MIN, f"right {followers.right:.1%}\n{misses(followers)}"


def test_wrong_entry_share(followers) -> None:
    assert followers.wrong <= WRONG_MAX, f"wrong {followers.wrong:.1%}\n{misses(followers)}"


def test_messages_no_entry_should_answer_mostly_get_none(followers) -> None:
    assert followers.unanswerable_answered <= UNANSWERABLE_ANSWERED_MAX, misses(followers)


def test_messages_about_other_trades_are_not_answered_and_in_scope_ones_still_are() -> None:
    near = report(judge(load(FOLLOWERS.with_name("faq_near_misses.yaml"))))
    assert near.unanswerable.total >= 40 and near.answerable.total >= 15
    assert near.unanswerable_answered <= NEAR_MISSES_ANSWERED_MAX, misses(near)
    assert near.right >= NEAR_MISSES_IN_SCOPE_RIGHT_MIN, misses(near)


def test_every_language(followers) -> None:
    shares = followers.lang_right()
    assert set(shares) == set(LANG_RIGHT_MIN)
    for lang, minimum in LANG_RIGHT_MIN.items():
        assert shares[lang] >= minimum, f"{lang}: {shares[lang]:.1%}"


# --- the general behaviour behind the numbers, one reproduction each ----------------------------


def answered(text: str) -> str | None:
    routed = router_with().dispatch(make_inbound(text), make_member(), demo_content())
    events = dict(routed.result.events)
    return events["answered"]["faq"] if routed.handler == "qa" and "answered" in events else None


def test_traditional_characters_are_read_as_simplified() -> None:
    assert normalize("請問運費多少？") == "请问运费多少"
    assert answered("運費要多少錢") == answered("运费要多少钱") == "shipping-cost"


@pytest.mark.parametrize(("text", "entry"), [
    ("買幾多先包郵", "shipping-cost"), ("面試完幾耐有結果", "job-application-status"),
    ("你哋間舖喺邊", "store-locations"),
])
def test_cantonese_is_read_as_mandarin(text: str, entry: str) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize("text", ["好的 收到", "收到 多謝", "ok thanks", "好嘅 唔該晒", "嗯嗯 明白了"])
def test_acknowledgements_are_not_questions(text: str) -> None:
    assert answered(text) is None
    assert answered("收到的貨少了一件") == "package-problem"  # 收到 inside a question still counts


@pytest.mark.parametrize("text", ["招兼职刷单，日结300，加微信详聊", "earn $500 a day from home, DM me",
                                  "網上兼職 點讚賺錢 每單即結"])
def test_paid_task_spam_is_not_answered_with_the_part_time_jobs_entry(text: str) -> None:
    assert answered(text) is None
    assert answered("請問有兼職嗎") == "job-part-time"


def test_a_question_that_names_a_product_is_not_taken_by_the_shop() -> None:
    routed = router_with().dispatch(make_inbound("买的洁面想换成面霜行不"), make_member(), demo_content())
    assert routed.handler == "qa"




def test_a_long_message_is_also_matched_on_its_question() -> None:
    """Issue 10: long messages got a wrong answer one time in five; the story before the question
    drowned it."""
    from bot.content.faq import question_focus

    text = "hi 我上个月在你们快闪店试了修护霜很喜欢，现在想网上买一瓶寄到卡尔加里，想问下大概多久能收到？"
    assert question_focus(text) == "想问下大概多久能收到"
    assert question_focus("寄到多伦多要几天") == ""  # short: the message is the question
    english = "hi, i ordered a set for my sister last week, she lives in auckland, how many days will it take?"
    assert question_focus(english) == "she lives in auckland how many days will it take"  # short: and before
    assert answered(text) == "shipping-time"


@pytest.mark.parametrize(("text", "entry"), [
    ("can i swap it for a bigger size", "exchange"),  # "bigger": an everyday word, not the topic
    ("what should i eat for dinner tonight", None),  # everyday words around another trade's: still nothing
    ("good morning, lovely weather today", None),
])
def test_everyday_english_words_the_faq_never_uses_do_not_drown_the_topic(text: str, entry: str | None) -> None:
    """A word no entry knows weighs like the rarest word (it may be the topic: a flight, a dentist); an everyday
    one ("bigger", "accident", "last friday") weighs less, so it does not push a clear question under the line."""
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("信用卡账单怎么分期", None),  # a bank's bill, not how we take cards
    ("大学申请什么时候截止", None),  # admissions, not a job application
    ("我男朋友不理我了怎么办", None),  # love life, not men's skincare
    ("what is the capital of canada", None),  # general knowledge, not winter skin
    ("what is the meaning of life", None),  # not shelf life
    ("可以用信用卡付款吗", "payment-methods"),  # the entries' own questions still answer
    ("我的申请有结果了吗", "job-application-status"),
])
def test_an_entrys_words_about_another_thing_get_no_answer(text: str, entry: str | None) -> None:
    """Negative evidence (lexicon.OFF_TOPIC): words of a bank, a visa office, a university, a love life or a
    quiz say the message is about another thing, even when it shares an entry's words (信用卡, 申请, 男朋友)."""
    assert answered(text) == entry


def test_the_bots_language_and_a_jobs_language_are_told_apart() -> None:
    """Two entries about languages: faq.yaml's keywords say whom the language is for (跟我说英文 / for the job).
    The job's question is not answered with the bot's language any more (a did-you-mean between the two)."""
    assert answered("能跟我说英文吗") == "language"
    assert answered("do i have to speak chinese for the job") != "language"


@pytest.mark.parametrize(("text", "focus", "entry"), [
    ("前天开始用你们的新精华 第一天还好 今天早上起来发现下巴和脸颊起了一片红疹子还有点痒 该怎么办",
     "今天早上起来发现下巴和脸颊起了一片红疹子还有点痒 该怎么办", "allergy-reaction"),
    ("之前退回去的那瓶精华 快递查到你们上周三就签收了 但我的信用卡到现在还没看到退款 一般要多久",
     "但我的信用卡到现在还没看到退款 一般要多久", "refund-time"),
])
def test_a_long_message_punctuated_with_spaces_has_clauses(text: str, focus: str, entry: str) -> None:
    """Many followers type clauses apart with a space, not a comma: such a message had no clause, so its
    question was never matched alone and the story drowned it (no answer). A space between Chinese
    characters ends a clause; one next to a Latin word does not."""
    from bot.content.faq import question_focus

    assert question_focus(text) == focus
    assert question_focus("上次buy的serum用了一个月效果不错 这次想多买几支 想问下有没有gift box可以包装一下") == \
        "想问下有没有gift box可以包装一下"
    assert answered(text) == entry


# --- handlers that took FAQ questions (issue 10: another handler answering one is a wrong answer) -------


def handled_by(text: str) -> str | None:
    return router_with().dispatch(make_inbound(text), make_member(), demo_content()).handler


@pytest.mark.parametrize(("text", "handler", "entry"), [
    ("are there any part time positions", "qa", "job-part-time"),  # a job keyword next to a job word
    ("jobs in toronto", "careers", None),  # the list
    ("怎么加群", "qa", "join-group"),  # a question about joining
    ("how do i join your group", "qa", "join-group"),
    ("进群", "community", None),  # the request the welcome asks for
    ("拉我进群", "community", None),
    ("how much is shipping for the cream", "qa", "shipping-cost"),  # a product, a buy word, and more
    ("how much is the sunscreen", "shop", None),
    # a product, a buy word and more, that the FAQ is torn over (a did-you-mean): its question, not the price (faq12)
    ("whats the delivery fee if i only buy one toner", "qa", None),
    ("How much is postage to the US if I only buy one serum?", "qa", None),
    ("how much is the ceramide cream?", "shop", None),
])
def test_faq_questions_stay_with_the_faq_and_requests_with_their_handler(text: str, handler: str,
                                                                        entry: str | None) -> None:
    assert handled_by(text) == handler
    if entry is not None:
        assert answered(text) == entry


@pytest.mark.parametrize("text", ["what time does customer service open", "你是真人还是AI"])
def test_a_middling_match_of_the_handoff_entry_opens_no_handoff(text: str) -> None:
    routed = router_with().dispatch(make_inbound(text), make_member(), demo_content())
    assert not any(name.startswith("handoff") for name, _ in routed.result.events)


@pytest.mark.parametrize("text", ["能不能转人工", "i want to talk to a real person", "有真人吗"])
def test_asking_for_a_person_in_ones_own_words_still_opens_one(text: str) -> None:
    routed = router_with().dispatch(make_inbound(text), make_member(), demo_content())
    assert any(name.startswith("handoff") for name, _ in routed.result.events)


@pytest.mark.parametrize("text", ["周末愉快", "see you", "你是谁", "how old are you", "好的 我知道了 谢谢你呀",
                                  "who won the hockey game last night", "did the lakers win"])
def test_small_talk_goodbyes_and_sports_get_no_entry(text: str) -> None:
    assert answered(text) is None


@pytest.mark.parametrize("text", ["can i chat with an actual human", "could i get a human to look at this"])
def test_an_unsure_request_for_a_person_gets_how_to_reach_one_without_a_handoff(text: str) -> None:
    """Under the handoff's bar, with nothing else answering, the follower is told how to reach a person (the
    human-agent entry's answer) rather than "I don't know"; no handoff quiets the bot."""
    routed = router_with().dispatch(make_inbound(text), make_member(), demo_content())
    events = dict(routed.result.events)
    assert not any(name.startswith("handoff") for name in events)
    assert events["answered"]["faq"] == "human-agent" and float(events["answered"]["confidence"]) >= 0.5


@pytest.mark.parametrize("text", ["你是真人还是AI", "你是AI吗", "are you a bot or a human"])
def test_asking_what_the_bot_is_is_small_talk(text: str) -> None:
    """A Latin word next to Chinese is apart when the message is read: the small talk had to be too."""
    routed = router_with().dispatch(make_inbound(text), make_member(), demo_content())
    assert routed.handler == "qa" and "answered" not in dict(routed.result.events)


@pytest.mark.parametrize("text", ["hello from toronto 👋", "Hi everyone from Sydney!", "gm from snowy Calgary"])
def test_a_hello_from_somewhere_is_small_talk(text: str) -> None:
    """"good night from Brisbane!" got a did-you-mean, "hello from snowy calgary!" the shipping cost (the place read
    as a destination): a hello from where one is asks nothing. A question after it is still one."""
    assert answered(text) is None
    routed = router_with().dispatch(make_inbound(text), make_member(), demo_content())
    assert routed.handler == "qa" and "👋" in routed.result.messages[0].text  # type: ignore[union-attr]
    assert not dict(routed.result.events)  # neither a did-you-mean nor an unanswered question


def test_a_question_after_a_hello_from_somewhere_is_still_asked() -> None:
    routed = router_with().dispatch(make_inbound("hi from toronto, how much is shipping"), make_member(),
                                    demo_content())
    events = dict(routed.result.events)  # the matcher's (a did-you-mean of the shipping entries), not the hello
    assert "shipping-cost" in events.get("answered", events.get("suggested", {})).get("faq", ""), events
