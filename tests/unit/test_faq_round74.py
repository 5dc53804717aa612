"""Seventy-fourth round (docs/faq.md, faq74): did-you-mean menus between two entries tied on shared words, read as kinds
(probe57 written first). The message says which entry it asks (config/faq.yaml `matter` + `before`): a return asked with
no refund, money or time (return-policy, not refund-time or store-locations); what members get besides points or the
birthday gift, or a level that earns more (membership); points spent, swapped or worth something (points-redeem, not
membership or samples); a job's English with the job named (job-language, now also before language); an international
student asking to work for us (job-work-permit; part-time or weekend work stays job-part-time's); an application's
status, progress or news (job-application-status); one's own phone or address kept, seen or sold (privacy); what
shipping to a place costs (shipping-cost, not where we ship; a country we do not ship to stays shipping-destinations');
a product for one's own breakouts (acne-prone); and a bank's job (OFF_TOPIC). Other wordings than probe57's and the
development sets'; each outcome check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("I haven't tried the serum yet, can I return it?", "return-policy"),
    ("what else do members get apart from points", "membership"),
    ("do members get anything other than the birthday present", "membership"),
    ("can I trade points for a sample", "points-redeem"),
    ("会员积分能换试用装吗", "points-redeem"),
    ("会员积分怎么用", "points-redeem"),
    ("does the warehouse role need english", "job-language"),
    ("留学生能来你们仓库打工吗", "job-work-permit"),
    ("留学生可以在你们门店打工不", "job-work-permit"),
    ("what's the status of my job application", "job-application-status"),
    ("who gets to see my phone number", "privacy"),
    ("who gets to see my address", "privacy"),
    ("寄去台北 shipping要多少", "shipping-cost"),
    ("can you send to NZ and how much is it", "shipping-cost"),
    ("which one do you recommend for acne", "acne-prone"),
    ("what do you recommend for breakouts", "acne-prone"),
])
def test_the_message_says_which_of_two_tied_entries_it_asks(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: right before the round, and still
    ("I sent my return back a week ago, still no money on my card", "refund-time"),
    ("how long until my refund shows up", "refund-time"),
    ("你们招兼职吗 我是留学生", "job-part-time"),
    ("international student here, how do I apply for a job with you", "job-apply"),
    ("can you reply in english", "language"),
    ("do you ship to spain", "shipping-destinations"),
    ("what's the store address in Sydney", "store-locations"),
    ("I have combination skin with dark spots, which products should I buy", "product-recommendation"),
    ("I typed the wrong address on my order, can you change it", "order-change-address"),
])
def test_guards_right_before_stay_right(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "银行的工作对英语要求高吗",  # another employer's job (OFF_TOPIC)
    "is english a must for a bank job",
])
def test_a_banks_job_is_not_ours(text: str) -> None:
    assert outcome(text) is None
