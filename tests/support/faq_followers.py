"""Judge the FAQ as followers meet it: each message of tests/data/faq_followers.yaml goes through the
whole handler chain (`handlers.register_all` on the demo content, a new member on the Official
Account), so another handler taking an FAQ question counts against it, as it would in production.

Outcomes per message: `right` (the FAQ answered with the expected entry), `wrong` (another entry,
or another handler took an FAQ question), `menu` (a did-you-mean menu), `none` (no answer: "I don't
know" or the hello for a bare greeting). For messages no entry should answer, anything but `none`
counts as answered. Used by bench/faq_followers.py (numbers) and tests/unit/test_faq_followers.py
(thresholds).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.content.model import Content
from bot.router import Router
from handlers.handoff import OPEN_EVENT, UNAVAILABLE_EVENT
from tests.support.factories import demo_content, make_inbound, make_member, router_with

FOLLOWERS = Path(__file__).resolve().parents[1] / "data" / "faq_followers.yaml"
OUTCOMES = ("right", "wrong", "menu", "none")


@dataclass(frozen=True)
class Judged:
    q: str
    expected: str | None
    lang: str
    style: str
    outcome: str
    got: str  # the entry answered, the handler that took it, "menu:<ids>" or "-"


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, outcome: str) -> float:
        return self.counts[outcome] / self.total if self.total else 0.0


def load(path: Path = FOLLOWERS) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text("utf-8"))["questions"])


def judge_one(item: Mapping[str, Any], router: Router, content: Content) -> Judged:
    inbound = make_inbound(str(item["q"]), msg_id=str(abs(hash(item["q"]))))
    routed = router.dispatch(inbound, make_member(), content)
    events = dict(routed.result.events)
    expected = item.get("expected")
    handoff = next((data for name, data in events.items() if name in (OPEN_EVENT, UNAVAILABLE_EVENT)), None)
    if routed.handler == "qa" and "answered" in events:
        got = events["answered"]["faq"]
        outcome = "right" if got == expected else "wrong"
    elif handoff is not None and routed.handler in ("qa", "handoff") and handoff.get("reason") != "unanswered":
        # Asking for a person, in a handoff word or in the words of an entry listed in handoff.yaml `faq`
        # (human-agent): the real handoff is that entry's answer.
        reason = handoff.get("reason", "")
        got = reason.removeprefix("faq:") if reason.startswith("faq:") else next(iter(content.handoff.faq), "handoff")
        outcome = "right" if got == expected else "wrong"
    elif routed.handler == "qa" and "suggested" in events:
        got, outcome = f"menu:{events['suggested']['faq']}", "menu"
    elif routed.handler == "qa" or routed.handler is None:
        got, outcome = "-", "none"
    else:
        got, outcome = f"handler:{routed.handler}", "wrong"
    if expected is None and outcome == "wrong":
        outcome = "answered"  # for a message no entry should answer, any answer is an answer
    return Judged(q=str(item["q"]), expected=expected, lang=str(item["lang"]), style=str(item["style"]),
                  outcome=outcome, got=got)


def judge(items: Iterable[Mapping[str, Any]] | None = None) -> list[Judged]:
    content, router = demo_content(), router_with()
    return [judge_one(item, router, content) for item in (load() if items is None else items)]


@dataclass
class Report:
    judged: list[Judged]
    answerable: Tally = field(default_factory=Tally)
    unanswerable: Tally = field(default_factory=Tally)
    by_lang: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_style: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))

    @property
    def right(self) -> float:
        return self.answerable.share("right")

    @property
    def wrong(self) -> float:
        return self.answerable.share("wrong")

    @property
    def unanswerable_answered(self) -> float:
        """Messages no entry should answer that got an answer or a did-you-mean menu."""
        return 1 - self.unanswerable.share("none") if self.unanswerable.total else 0.0

    def lang_right(self) -> dict[str, float]:
        return {lang: tally.share("right") for lang, tally in sorted(self.by_lang.items())}


def report(judged: list[Judged]) -> Report:
    out = Report(judged)
    for j in judged:
        if j.expected is None:
            out.unanswerable.counts["none" if j.outcome == "none" else "answered"] += 1
        else:
            out.answerable.counts[j.outcome] += 1
            out.by_lang[j.lang].counts[j.outcome] += 1
            out.by_style[j.style].counts[j.outcome] += 1
    return out
