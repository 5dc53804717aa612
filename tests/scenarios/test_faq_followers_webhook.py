"""The FAQ as issue 10's judges meet it (#8): the held-out follower sets, each message posted to the
real webhook (signed, encrypted Official Account callbacks to `create_app`, every handler, the demo
content) and judged by the reply's text, so another handler taking an FAQ question counts as wrong.

tests/data/faq_followers_holdout.yaml was written before the matcher's first tuning round and looked
at during the second (its misses were printed); tests/data/faq_followers_blind.yaml was written before
the second round, tests/data/faq_followers_blind2.yaml before the third and tests/data/faq_followers_blind3.yaml
before the fourth, tests/data/faq_followers_blind4.yaml before the fifth and
tests/data/faq_followers_blind5.yaml before the seventh, none looked at message by message
while tuning. Thresholds sit just under the numbers measured
on 2026-12-03 (bench/faq_followers.py --webhook --set ...), so a regression fails; issue 10's targets
(right >= 90 %, wrong <= 1 %, no-answer answered <= 5 %, languages within 5 points) are not all met on
the blind set: see docs/faq.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tests.support.faq_followers import FOLLOWERS, Report, judge_webhook, load, report


@dataclass(frozen=True)
class Floor:
    right: float
    wrong: float
    unanswerable_answered: float
    lang_right: dict[str, float]


FLOORS = {
    # measured: right 96.1 %, wrong 1.0 %, no-answer answered 5.5 %, then 7.3 % (4 of 55) once answers told
    # followers to reply 人工 to send things to a colleague (they said "send us", and only the bot reads here): a
    # borderline did-you-mean for 英文怎么学最快 (0.506 against the 0.5 line). After the seventh round (faq7):
    # right 97.1 %, wrong 0.5 %; en 94.6, mixed 97.6, zh-hans 98.1, zh-hant 98.1
    "faq_followers_holdout.yaml": Floor(0.965, 0.01, 0.075, {"en": 0.94, "mixed": 0.97, "zh-hans": 0.975,
                                                               "zh-hant": 0.975}),
    # measured: right 91.8 %, wrong 2.9 %, no-answer answered 0.0 %; en 87.3, mixed 92.7, zh-hans 91.7,
    # zh-hant 96.1 (unchanged by the seventh round)
    "faq_followers_blind.yaml": Floor(0.91, 0.03, 0.03, {"en": 0.86, "mixed": 0.92, "zh-hans": 0.91,
                                                          "zh-hant": 0.955}),
    # written before the third round (branch faq3); measured: right 87.9 %, wrong 2.7 %, no-answer answered
    # 3.1 % (after the sixth round: right 91.9 %, wrong 1.3 %; after the seventh: 92.8 %, 1.3 %); en 92.5,
    # mixed 100 (16 messages), zh-hans 87.0, zh-hant 97.9
    "faq_followers_blind2.yaml": Floor(0.92, 0.015, 0.04, {"en": 0.92, "mixed": 0.99, "zh-hans": 0.865,
                                                            "zh-hant": 0.975}),
    # written before the fourth round (branch faq4), only its totals printed; measured after the seventh: right
    # 90.5 %, wrong 2.3 %, no-answer answered 2.4 %; en 87.3, mixed 97.8, zh-hans 93.2, zh-hant 87.7
    "faq_followers_blind3.yaml": Floor(0.90, 0.025, 0.03, {"en": 0.87, "mixed": 0.97, "zh-hans": 0.93,
                                                            "zh-hant": 0.87}),
    # written before the fifth round (branch faq5), only its totals printed; the hardest set (its wordings
    # share the fewest words with the FAQ's): right 79.2 %, after the sixth round 82.6 %, after the seventh
    # 83.4 %, wrong 5.7 %, no-answer answered 10.4 %; en 80.4, mixed 84.0, zh-hans 79.7, zh-hant 92.6
    "faq_followers_blind4.yaml": Floor(0.83, 0.06, 0.11, {"en": 0.80, "mixed": 0.83, "zh-hans": 0.79,
                                                           "zh-hant": 0.92}),
    # written before the seventh round (branch faq7) and committed on its own, only its totals printed: right
    # 85.5 % before the round, 85.9 % after, wrong 2.7 %, no-answer answered 4.0 %; en 83.3, mixed 94.1,
    # zh-hans 86.8, zh-hant 82.0
    "faq_followers_blind5.yaml": Floor(0.855, 0.03, 0.05, {"en": 0.83, "mixed": 0.94, "zh-hans": 0.865,
                                                            "zh-hant": 0.815}),
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def measured(request: pytest.FixtureRequest) -> tuple[Report, Floor]:
    return report(judge_webhook(load(FOLLOWERS.with_name(request.param)))), FLOORS[request.param]


def misses(rep: Report) -> str:
    return "\n".join(f"  {j.q!r}: expected {j.expected}, got {j.got}" for j in rep.judged
                     if (j.expected is None) != (j.outcome == "none") or (j.expected and j.outcome != "right"))


def test_held_out_followers_through_the_webhook(measured: tuple[Report, Floor]) -> None:
    rep, floor = measured
    assert rep.answerable.total >= 150 and rep.unanswerable.total >= 25
    assert rep.right >= floor.right, f"right {rep.right:.1%}\n{misses(rep)}"
    assert rep.wrong <= floor.wrong, f"wrong {rep.wrong:.1%}\n{misses(rep)}"
    assert rep.unanswerable_answered <= floor.unanswerable_answered, misses(rep)
    shares = rep.lang_right()
    assert set(shares) == set(floor.lang_right)
    for lang, minimum in floor.lang_right.items():
        assert shares[lang] >= minimum, f"{lang}: {shares[lang]:.1%}\n{misses(rep)}"
