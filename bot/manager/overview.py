"""The numbers a manager opens first: members, what happened today and this week (the event stream's daily
counters: follows, messages, sends, parked and failed...), members in sequences now, open handoffs,
unanswered questions, the failed and parked ledgers. Days are UTC dates, as the counters are kept."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.errors import ContentError
from bot.services import Services
from bot.store import keys
from bot.store.handoffs import HandoffStore

WEEK_DAYS = 7


def overview(svc: Services, brand: str) -> dict[str, Any]:
    today = svc.clock.now().date()
    days = [(today - timedelta(days=back)).isoformat() for back in range(WEEK_DAYS)]
    pipe = svc.redis.pipeline(transaction=False)
    for day in days:
        pipe.hgetall(keys.counter(brand, "events", day))
    pipe.zcard(keys.unanswered(brand))
    pipe.xlen(keys.failed_ledger(brand))
    pipe.xlen(keys.parked_ledger(brand))
    *counters, unanswered, failed, parked = pipe.execute()
    per_day = [{_s(k): int(v) for k, v in counter.items()} for counter in counters]
    week: dict[str, int] = {}
    for counts in per_day:
        for name, count in counts.items():
            week[name] = week.get(name, 0) + count
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
        "in_sequences": active, "open_handoffs": len(HandoffStore(svc.redis, svc.clock).list_open(brand)),
        "unanswered_questions": int(unanswered), "failed_deliveries": int(failed), "parked_deliveries": int(parked),
    }


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
