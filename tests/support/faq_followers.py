"""Judge the FAQ as followers meet it: each message of tests/data/faq_followers.yaml goes through the
whole handler chain (`handlers.register_all` on the demo content, a new member on the Official
Account), so another handler taking an FAQ question counts against it, as it would in production.

Outcomes per message: `right` (the FAQ answered with the expected entry), `wrong` (another entry,
or another handler took an FAQ question), `menu` (a did-you-mean menu), `none` (no answer: "I don't
know", the hello for a bare greeting or "you're welcome" for thanks). For messages no entry should
answer, anything but `none` counts as answered. Used by bench/faq_followers.py (numbers) and
tests/unit/test_faq_followers.py (thresholds).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import fakeredis
import yaml

from bot.app import create_app
from bot.clock import ManualClock
from bot.content.model import Content
from bot.queueing import RecordingDeliveryQueue
from bot.router import Router
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import build_services
from bot.text import simplified
from handlers.common import brand_text
from handlers.handoff import AFTER_HOURS, IN_HOURS, OPEN_EVENT, UNAVAILABLE, UNAVAILABLE_EVENT, WAITING
from handlers.qa import ACK, BOT_SELF, BOT_SELF_ALONE, DID_YOU_MEAN, GOODBYE, HELLO, NO_ANSWER, NO_MENU, PRAISE, THANKS
from tests.support.factories import demo_content, make_inbound, make_member, make_settings, router_with

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


def judge_webhook(items: Iterable[Mapping[str, Any]]) -> list[Judged]:
    """Judge as issue 10's judges do: each message posted as a signed, encrypted Official Account
    callback to the real app (`create_app` on fakeredis, the demo content, every handler), each from a
    new follower, and judged by the passive reply's text alone: an entry's answer, a did-you-mean
    menu, the no-answer, hello, you're-welcome, goodbye, what-the-bot-is or what-the-brand-is reply, a
    handoff's reply (the human-agent entry), or anything else (another handler's). ~3 ms a message."""
    settings = make_settings()
    clock = ManualClock(datetime(2026, 11, 23, 18, 0, tzinfo=UTC))  # a weekday, office hours in Vancouver
    services = build_services(settings, redis_client=fakeredis.FakeRedis(server=fakeredis.FakeServer()),
                              clock=clock, queue=RecordingDeliveryQueue(), router=router_with())
    brand = settings.brands[settings.default_brand]
    simulator = Simulator(brand=brand.name, oa=brand.oa, transport=flask_transport(create_app(services=services)
                                                                                     .test_client()),
                          now=lambda: int(clock.now().timestamp()))
    content = demo_content()
    answers = {_squeeze(e.answers.get(locale)): e.id for e in content.faq for locale in ("zh", "en")}
    quiet = _openings(content, {"no_answer": NO_ANSWER, "hello": HELLO, "thanks": THANKS, "praise": PRAISE,
                                "bot_self": BOT_SELF, "goodbye": GOODBYE, "ack": ACK, "about": BOT_SELF_ALONE,
                                "no_menu": NO_MENU})
    handoff = _openings(content, {"handoff": IN_HOURS, "handoff_after_hours": AFTER_HOURS,
                                  "handoff_waiting": WAITING, "handoff_unavailable": UNAVAILABLE})
    menus = _openings(content, {"did_you_mean": DID_YOU_MEAN})
    out = []
    for number, item in enumerate(items):
        reply = _squeeze(simulator.oa_message(f"o_follower_{number}", str(item["q"])).text)
        expected = item.get("expected")
        got = next((i for text, i in answers.items() if reply.startswith(text)), None)
        if got is not None:
            outcome = "right" if got == expected else "wrong"
        elif any(reply.startswith(m) for m in menus):
            got, outcome = "menu", "menu"
        elif not reply or any(reply.startswith(q) for q in quiet):
            got, outcome = "-", "none"
        elif any(reply.startswith(h) for h in handoff):
            got = next(iter(content.handoff.faq), "handoff")
            outcome = "right" if got == expected else "wrong"
        else:
            got, outcome = f"other:{reply[:30]}", "wrong"
        if expected is None and outcome == "wrong":
            outcome = "answered"
        out.append(Judged(q=str(item["q"]), expected=expected, lang=str(item["lang"]), style=str(item["style"]),
                          outcome=outcome, got=got))
    return out


def _openings(content: Content, templates: Mapping[str, Mapping[str, str]]) -> list[str]:
    """How each of these replies starts, in both languages, as the brand words it (brand.yaml
    `templates`) or as the handler's default: the text before its first placeholder."""
    marker = "\x00"
    out = []
    for name, fallback in templates.items():
        for locale in ("zh", "en"):
            text = brand_text(content, name, locale, fallback, brand=marker, when=marker, zone=marker)
            out.append(_squeeze(text.split(marker)[0]))
    return out


def _squeeze(text: str) -> str:
    """`text` without spaces, in simplified characters: a traditional writer's reply comes in traditional ones
    (bot.text.in_script), and is recognised as the same answer."""
    return "".join(simplified(text).split())


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
