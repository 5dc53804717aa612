"""Hundred-and-eleventh round (docs/faq.md, faq111): blind45's English misses where a follower's own work gear and
places (the ute, the shed, the roster, the phone's signal) sit beside a question of ours (probe94 written first). "A
real person" asked of us is no question whether goods are real (the phone of one's own signal made it "goods", another
maker's); one of ours kept in one's own gear, never opened or still sealed, and whether it is still alright to use
(the shelf life's); our promotions switched off or stopped while one stays (the unsubscribe's); a hand put up or a
name chucked in when we hire (applying). Other wordings than probe94's and the sets'; each check here failed before
the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # "a real person" asked of us, beside the follower's own phone
    ("my phone's flat half the day on the farm. what hours is a real person on here to answer?", "business-hours"),
    # one of ours kept in one's own gear, never opened or still sealed, and whether it is still alright
    ("left a jar of your night cream behind the seat of the tractor, never opened. still alright to use?",
     "shelf-life"),
    ("your toner's been in my work bag since last spring, still sealed. ok to use or chuck it?", "shelf-life"),
    # our promotions switched off, the chat kept
    ("sale messages keep coming while I'm checking the tide chart. can I switch those off?", "stop-messages"),
    # a hand put up or a name chucked in, asked of us when we hire
    ("Finished my last season at the packhouse. You lot taking people on? how do I put my hand up?", "job-apply"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another maker's goods asked real, another party's phone line, hiring or messages: no answer
    ("bought a phone from a bloke at the pub, how can I tell if it's real?", None),
    ("got a watch off marketplace, is it a real one?", None),  # "a real one" still asks after goods
    ("found a tin of soup in the shed from last winter, still alright to eat?", None),
    ("the council keeps texting me, how do I switch those off?", None),
    # the entries asked plainly
    ("what hours is customer service open?", "business-hours"),
    ("how do I stop the promo messages?", "stop-messages"),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
