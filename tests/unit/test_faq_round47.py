"""Forty-seventh round (docs/faq.md): English misreadings of blind10, blind12, probe12, blind8, blind21 and blind15 as
kinds (probe30): the wrong product picked and the one wanted (exchange), skin told at length as reacting to most
products or rosacea had (sensitive-skin), an interview had and its answer waited for (job-application-status), a
product one is stuck with (return-policy). Each kind tested in other wordings than probe30's, with guards."""

from __future__ import annotations

import pytest

from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # the pick and the want told as two: exchange (return-policy took "sealed", samples "travel", niacinamide-combine
    # two products named)
    ("ordered the retinal serum but I wanted the vitamin c one, box still sealed", "exchange"),
    ("I got the 100ml toner but really needed the 200ml one, can you change it", "exchange"),
    ("mistakenly bought the tinted sunscreen instead of the clear one", "exchange"),
    ("I meant to buy the ceramide cream but clicked the gel one", "exchange"),
    # guards: not the follower's own pick; another order on top; where the order is
    ("I wanted a chocolate cake but the bakery made vanilla", None),
    ("wheres my order rn? need the tracking no pls", "order-tracking"),
])
def test_the_wrong_pick_and_the_one_wanted_is_an_exchange(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("most products make my skin sting within a minute, can I use yours?", "sensitive-skin"),
    ("I suffer from rosacea, which of your products can I use", "sensitive-skin"),
    ("my cheeks burn with most creams, would yours be OK", "sensitive-skin"),
    # guard: a rosacea treatment
    ("my rosacea laser appointment got moved to friday", None),
])
def test_reacting_to_most_products_or_rosacea_had_is_sensitive_skin(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("had my interview at the Surrey store on Wednesday, when will I know?", "job-application-status"),
    ("I interviewed for the cashier role last week, how long until you decide", "job-application-status"),
    ("did the final interview monday, roughly when do you let people know?", "job-application-status"),
    # guards: another employer's or office's interview; the process asked, not its answer
    ("had an interview at the university on Monday, when do they usually call?", None),
    ("how do I apply for a job at your store?", "job-apply"),
])
def test_an_interview_had_and_its_answer_waited_for_is_the_application_status(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("the toner smells weird to me, opened it once, am I stuck with it?", "return-policy"),
    ("the cleanser is too strong for me, can it go back?", "return-policy"),
    # guards: stuck elsewhere; a reaction told is allergy-reaction's first (its answer speaks of the return)
    ("stuck at the airport, flight delayed again", None),
    ("I'm stuck with a gym membership I never use", None),
])
def test_stuck_with_a_product_is_a_return(text: str, entry: str | None) -> None:
    assert answered(text) == entry
