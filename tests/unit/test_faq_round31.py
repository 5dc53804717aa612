"""Thirty-first round (docs/faq.md): blind21's misses read as kinds, each kind tested in other wordings than
blind21's, with guards for the same words in clauses that name their own topic."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex, asks_nothing, refers_back
from bot.content.lexicon import read_dialect
from bot.text import normalize
from tests.support.faq_checks import assert_answers


@pytest.mark.parametrize(("text", "expected"), [
    # "what do i do", "what happens now": the trouble the story told, not the remark before the question
    ("My cheeks went red and swollen after using your serum this morning. It's supposed to suit sensitive skin! "
     "what should I do", "allergy-reaction"),
    ("My eyes got puffy and itchy after your eye cream. the box says it's for sensitive skin. "
     "what am i supposed to do now?", "allergy-reaction"),
    ("涂了你们的精华以后脸又红又肿 不是说敏感肌也能用吗 怎么办", "allergy-reaction"),
    ("Tracking shows it was delivered to my building on Monday but it's not in the mailroom, the manager even "
     "checked the cameras, nothing. What happens now?", "package-problem"),
    ("Tracking shows my order was delivered on Monday but it's not in my letterbox, my flatmate never saw it, "
     "nothing. What happens next?", "package-problem"),
    # "is that possible": whether what the story asked for can be done
    ("I'd like to trade the moisturiser I bought for another product, the one for oily skin. Is that ok?", "exchange"),
])
def test_an_asking_clause_of_no_topic_asks_what_the_story_told(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("clause", "back", "nothing"), [
    ("the box says its for sensitive skin what should i do", True, False),
    ("nothing what happens now", True, False),
    ("不是说敏感肌也能用吗 怎么办", True, False),
    ("what do i do if my parcel is damaged", False, False),  # names its topic
    ("what happens after i apply", False, False),
    ("the one for dry skin is that possible", False, True),
    ("is it possible to ship to germany", False, False),  # names its topic
])
def test_which_clauses_name_nothing_of_their_own(clause: str, back: bool, nothing: bool) -> None:
    assert refers_back(clause) is back
    assert asks_nothing(clause) is nothing


@pytest.mark.parametrize(("text", "expected"), [
    # a job's story, then only "how long": the application's wait or its process, not a delivery's
    ("I sent my CV for the weekend sales assistant role on Monday, still waiting. how long does it usually take?",
     "job-application-status"),
    ("我上周去门店面试了，店长说会通知我，到现在还没消息，一般要等多久", "job-application-status"),
    ("我在悉尼刚毕业 在找工作 看到你们门店在招人 想投个简历 整个流程大概要多久", "job-apply"),
    # guards: a duration clause that names the shop's own topic, after a job's story, is the shop's
    ("I moved to Perth for a new job last month. How long does delivery take to WA?", "shipping-time"),
    ("just started a new job in Melbourne, if i order tonight when will it arrive there?", "shipping-time"),
])
def test_a_duration_asked_after_a_jobs_story_is_the_jobs(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an order named and no job: "nobody got back to me", "any news" are the order's silence, not an application's
    ("my parcel still hasnt come and nobody has got back to me", "order-tracking"),
    ("the tracking hasnt moved and nobody got back to me, any news?", "order-tracking"),
    # guards: a job named, with or without an order beside it, stays the job's
    ("I got my parcel last week, by the way any update on my job application?", "job-application-status"),
    ("applied for the store job and still heard nothing, any update?", "job-application-status"),
])
def test_an_order_that_names_no_job_is_no_jobs_question(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Sydney as Taiwan names it
    ("雪梨哪裡可以試用你們的產品", "store-locations"),
    # a trip to a place, told with a store asked of: the store there
    ("下個月去多倫多旅行，那邊有門市可以逛嗎", "store-locations"),
    ("有实体店吗 过年去悉尼旅游想顺便去看看", "store-locations"),
])
def test_a_store_asked_of_a_trip_is_the_stores(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "read"), [
    ("去日本旅游要办签证吗", "去日本旅游要办签证吗"),  # no store: a trip's visa stays another trade's
    ("想去哪玩", "想去哪玩"),  # no place named
    ("门店附近有什么好玩的", "门店附近有什么好玩的"),  # no trip to a place
])
def test_a_trip_without_a_store_stays_a_trip(text: str, read: str) -> None:
    assert read_dialect(normalize(text)) == read


@pytest.mark.parametrize(("text", "expected"), [
    # combination skin described, not named: an oily T-zone and dry cheeks
    ("my t-zone is always shiny and my cheeks feel tight, which moisturiser should i get", "product-recommendation"),
    ("T区油 两颊干", "product-recommendation"),
    # ... in Cantonese (t字位, 兩邊面, 最啱, 邊支)
    ("我T字位好油但兩邊面好乾，邊支最啱我？", "product-recommendation"),
    # guard: dry cheeks alone stay winter dryness
    ("my cheeks get so dry and flaky in winter, what helps", "winter-dry-skin"),
])
def test_combination_skin_described(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "read"), [
    ("呢套最啱我", "呢套最适合我"),
    ("成日都要补", "经常都要补"),
    ("啱啱收到", "刚刚收到"),  # 啱啱: just now, as before
])
def test_more_cantonese_words(text: str, read: str) -> None:
    assert read_dialect(normalize(text)) == read


@pytest.mark.parametrize(("text", "expected"), [
    # what the recipient must give, asked of the recipient: the ID for clearance
    ("a present for my sister in shenzhen, will she have to send you anything for customs?", "shipping-to-china"),
    ("my grandpa in beijing is getting a parcel from me, does he need to show customs anything?",
     "shipping-to-china"),
    ("ordering for my mum in chengdu, does she need to give you anything for customs?", "shipping-to-china"),
])
def test_what_the_recipient_must_give(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)
