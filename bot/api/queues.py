"""Admin API: queue health (depth, oldest job, failed and scheduled jobs, workers, sequence tick lag)."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import INT, NUM, STR, array, obj
from bot.api.spec import Call, Endpoint
from bot.manager import queues

HEALTH = obj(("queues", "workers", "sequences"),
             queues=array(obj(("name", "depth", "oldest_age_s"), name=STR, depth=INT, oldest_age_s=NUM, started=INT,
                              failed=INT, scheduled=INT)),
             workers=array(obj(("name",), name=STR, state=STR, queues=array(STR))),
             sequences=array(obj(("brand", "tick_lag_s"), brand=STR, tick_lag_s=INT, due_backlog=INT)))


def queue_health(call: Call) -> dict[str, Any]:
    return queues.health(call.svc)


ENDPOINTS = (Endpoint("GET", "/queues", queue_health, "Queue health", HEALTH, tag="operations"),)
