"""Admin API: the overview (today and this week) and queue health (depth, oldest job, failed and scheduled
jobs, workers, sequence tick lag)."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import INT, NUM, STR, array, obj
from bot.api.spec import Call, Endpoint
from bot.manager import queues
from bot.manager.overview import overview

HEALTH = obj(("queues", "workers", "sequences"),
             queues=array(obj(("name", "depth", "oldest_age_s"), name=STR, depth=INT, oldest_age_s=NUM, started=INT,
                              failed=INT, scheduled=INT)),
             workers=array(obj(("name",), name=STR, state=STR, queues=array(STR), current_job=STR,
                               last_heartbeat=STR)),
             sequences=array(obj(("brand", "tick_lag_s"), brand=STR, tick_lag_s=INT, due_backlog=INT)))


COUNTS = {"type": "object", "additionalProperties": INT}
OVERVIEW = obj(("brand", "day", "members", "today", "week"), brand=STR, day=STR, members=INT, today=COUNTS,
               week=COUNTS, sent_today=COUNTS, in_sequences=INT, open_handoffs=INT, unanswered_questions=INT,
               failed_deliveries=INT, parked_deliveries=INT)


def get_overview(call: Call) -> dict[str, Any]:
    return overview(call.svc, call.brand)


def queue_health(call: Call) -> dict[str, Any]:
    return queues.health(call.svc)


ENDPOINTS = (
    Endpoint("GET", "/overview", get_overview, "Members, today's and this week's events by type (in.subscribe, "
             "in.text, new:<channel>, out.sent, out.parked...), messages sent today by route, members in sequences, "
             "open handoffs, unanswered, failed, parked",
             OVERVIEW, tag="operations"),
    Endpoint("GET", "/queues", queue_health, "Queue health", HEALTH, tag="operations"),
)
