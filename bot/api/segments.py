"""Admin API: segments (count, sample) over the brand's members, in the expression language of
`siyu segment count` (docs/campaigns.md). A malformed expression is a 400 naming the column."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import INT, STR, array, obj
from bot.api.spec import Call, Endpoint, query
from bot.manager import campaigns

EXPRESSION = query("expression", {"type": "string", "minLength": 1, "maxLength": 1000},
                   "e.g. tag:vip & !tag:churned & (city:toronto | city:vancouver)", required=True)
MEMBER = obj(("member", "tags"), member=STR, channel=STR, locale=STR, city=STR, tags=array(STR))


def count_segment(call: Call) -> dict[str, Any]:
    return {"count": campaigns.segment(call.svc, call.brand, call.args["expression"])["count"]}


def sample_segment(call: Call) -> dict[str, Any]:
    return campaigns.segment(call.svc, call.brand, call.args["expression"], limit=call.args["limit"])


ENDPOINTS = (
    Endpoint("GET", "/segments/count", count_segment, "How many members a segment holds", obj(("count",), count=INT),
             tag="segments", params=(EXPRESSION,)),
    Endpoint("GET", "/segments/sample", sample_segment, "The count and a few members of a segment",
             obj(("count", "sample"), count=INT, sample=array(MEMBER)), tag="segments",
             params=(EXPRESSION, query("limit", {"type": "integer", "minimum": 1, "maximum": campaigns.SAMPLE_MAX,
                                                 "default": 5}, "How many members at most."))),
)
