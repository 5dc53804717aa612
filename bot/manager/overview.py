"""The numbers a manager opens first: members, what happened today and this week (the daily counters: follows,
messages, first sights by channel, sends, parked and failed...), messages sent today by route, members in
sequences now, open handoffs, unanswered questions, the failed and parked ledgers. Days are UTC dates, as the
counters are kept. The admin API, `siyu overview` and the dashboard's overview all read it here."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.errors import ContentError
from bot.services import Services
from bot.store import keys
from bot.store.handoffs import HandoffStore
from bot.store.ledger import DAY_COUNTER, SENT_EVENT

WEEK_DAYS = 7
SENT_PREFIX = "sent:"  # the delivery ledger's day counter: sent:<route>, failed, parked
# The delivery ledger counts these outcomes as it settles them; the event stream's counter counted them too until
# the delivery job stopped logging them there (2026-12), so the events' own counts of them are left out.
FROM_DELIVERY_COUNTER = {"failed": "out.failed", "parked": "out.parked"}
LEDGER_KINDS = frozenset({SENT_EVENT, *FROM_DELIVERY_COUNTER.values()})


def overview(svc: Services, brand: str) -> dict[str, Any]:
    today = svc.clock.now().date()
    days = [(today - timedelta(days=back)).isoformat() for back in range(WEEK_DAYS)]
    pipe = svc.redis.pipeline(transaction=False)
    for day in days:
        pipe.hgetall(keys.counter(brand, "events", day))
        pipe.hgetall(keys.counter(brand, DAY_COUNTER, day))
    pipe.zcard(keys.unanswered(brand))
    pipe.xlen(keys.failed_ledger(brand))
    pipe.xlen(keys.parked_ledger(brand))
    *counters, unanswered, failed, parked = pipe.execute()
    per_day = [_day(events, deliveries) for events, deliveries in zip(counters[::2], counters[1::2], strict=True)]
    week: dict[str, int] = {}
    for counts in per_day:
        for name, count in counts.items():
            week[name] = week.get(name, 0) + count
    sent_today = {name.removeprefix(SENT_PREFIX): int(n) for name, n in _strs(counters[1]).items()
                  if name.startswith(SENT_PREFIX)}
    try:
        sequence_ids = [spec.id for spec in svc.content(brand).sequences]
    except ContentError:
        sequence_ids = []
    active = 0
    for sequence_id in sequence_ids:
        active += sum(v for k, v in svc.enrolments.stats(brand, sequence_id).items() if k.endswith("|-|at"))
    return {
        "brand": brand, "day": days[0], "members": svc.members.count(brand),
        "today": dict(sorted(per_day[0].items())), "week": dict(sorted(week.items())),
        "sent_today": dict(sorted(sent_today.items())),
        "in_sequences": active, "open_handoffs": len(HandoffStore(svc.redis, svc.clock).list_open(brand)),
        "unanswered_questions": int(unanswered), "failed_deliveries": int(failed), "parked_deliveries": int(parked),
    }


def _day(events: dict[Any, Any], deliveries: dict[Any, Any]) -> dict[str, int]:
    """One day's counts by name: the event stream's, with sends (out.sent), failures and parks taken from the
    delivery ledger's counter, which counts each once as it settles it."""
    counts = {name: int(n) for name, n in _strs(events).items() if name not in LEDGER_KINDS}
    for name, n in _strs(deliveries).items():
        kind = SENT_EVENT if name.startswith(SENT_PREFIX) else FROM_DELIVERY_COUNTER.get(name)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + int(n)
    return counts


def _strs(counter: dict[Any, Any]) -> dict[str, Any]:
    return {_s(k): v for k, v in counter.items()}


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
