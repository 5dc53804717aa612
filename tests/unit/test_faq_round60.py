"""Sixtieth round (docs/faq.md): English answerable messages with no answer or a menu (probe43). Kinds: another
shop's or brand's way told as the measure of ours ("X does Y. Do you?"); messages cancelled or closed, as learners'
and machine-translated English asks it; whether one passed an interview or an application ("how to know I pass or
not", "what now?" after an interview); a university's or college's application (not ours); "need what", "direct
mail", "can only work weekends", "will it get to X by Friday", bookkeepers' words, "which first which after", "easy
red", "still can use", a small bottle to try, a chain's buyer, messages complained of, "you can send to X or not",
shipping called a rip-off. Each kind tested in other wordings than probe43's, with
guards that must stay unanswered or another entry's."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("Sephora accepts returns on opened makeup for 60 days. Are yours the same?", "return-policy"),
    ("iHerb gives me free shipping over $40. What about your shipping fee?", "shipping-cost"),
    ("Amazon lets me pay with Klarna. Can I do that here?", "payment-methods"),
    ("Do you accept returns of opened serums like Sephora does?", "return-policy"),
    ("Your notification too many, how to close?", "stop-messages"),
    ("Your texts come every day too many, how to cancel?", "stop-messages"),
    ("I not want receive promotion message every day, how to cancel?", "stop-messages"),
    ("I did the interview on Friday, how can I know if I passed?", "job-application-status"),
    ("I sent my resume already, how to know I get the job or not?", "job-application-status"),
    ("I already submit application last month, how to check the progress?", "job-application-status"),
    ("Had the second interview three weeks ago with your manager. Still waiting. What next?",
     "job-application-status"),
    ("Your shop can direct post to China mainland? Need what papers?", "shipping-to-china"),
    ("I can only work on Sundays because of uni, anything for me?", "job-part-time"),
    ("if I order tonight can it reach Ottawa by Tuesday?", "shipping-time"),
    ("I have a beauty studio and my bookkeeper wants an itemised invoice for the last order", "receipt-invoice"),
    ("Cleanser, toner, essence, which to use first which one after?", "routine-order"),
    ("My cheeks so easy get red, can use your cream?", "sensitive-skin"),
    ("The serum opened already two years, can still use?", "shelf-life"),
    ("Got mini size to try first?", "samples"),
    ("We are buyers for a salon chain, what are your stockist terms?", "wholesale-partnership"),
    ("all these promo texts are so annoying", "stop-messages"),
    ("I live in Vietnam now, you can send the serum to Vietnam or not?", "shipping-destinations"),
    ("they charged me 18 dollars shipping for one cleanser, what a rip off", "shipping-cost"),
])
def test_answered(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "Sephora takes back opened stuff, they are the best",
    "Amazon gives me free delivery with prime, love it",
    "I applied to college last month, how to know the result?",
    "applied to uni in january, still waiting, so nervous",
    "the news today is too depressing, I turned off the tv",
    "my amazon order is late again, do you know why they are so slow",
    "Costco gives free samples every weekend, do you go there?",
    "I'm 6 months pregnant with my second, still can use my old car seat?",
    "My bank charged me a fee again, what a rip off",
])
def test_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # an order cancelled stays the order's, whatever messages are told beside it
    ("I got too many messages about my order, how to cancel the order?", "order-cancel"),
    ("I'm a college student, do you have part-time jobs?", "job-part-time"),
    ("you can send it to my new address instead?", "order-change-address"),
    ("I'm 5 months pregnant, still can use the retinol?", "pregnancy-safe"),
    ("do you guys ship to japan", "shipping-destinations"),
])
def test_other_entries_kept(text: str, entry: str) -> None:
    assert outcome(text) == entry
