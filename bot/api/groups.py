"""Admin API: groups, read only (drops status, channels report, leaders), as `siyu drops status`,
`siyu channels report` and `siyu leaders` print them with --json."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import BOOL, INT, NUM, STR, array, obj
from bot.api.spec import Call, Endpoint, limit_param, query
from bot.manager import groups

DROP = obj(("group", "lesson", "at", "state"), group=STR, lesson=INT, at=STR,
           state={"type": "string", "enum": ["queued", "skipped", "claimed", "due", "upcoming"]}, route=STR,
           late_s=INT, tone=STR)
CHANNEL = obj(("channel", "contacts", "follows", "group_joins"), channel=STR, name=STR, contacts=INT, follows=INT,
              group_joins=INT, still_members_7d=INT, eligible_7d=INT, still_members_30d=INT, eligible_30d=INT,
              clicks=INT, unique_clicks=INT, conversions=INT)
NUMBERS = {"type": "object", "additionalProperties": NUM}
LEADER = obj(("member", "score", "leader"), member=STR, number=INT, score=NUM, breakdown=NUMBERS,
             occurrences={"type": "object", "additionalProperties": INT},
             counted={"type": "object", "additionalProperties": INT}, window_capped=array(STR), tenure_days=INT,
             leader=BOOL, leads=array(STR))
LEADERS = obj(("scope", "window_days", "threshold", "tag", "leaders"), scope=STR, window_days=INT, threshold=NUM,
              tag=STR, leaders=array(LEADER))


def drops_status(call: Call) -> list[dict[str, Any]]:
    return groups.drops_status(call.svc, call.brand)


def channels_report(call: Call) -> list[dict[str, Any]]:
    return groups.channels_report(call.svc, call.brand)


def list_leaders(call: Call) -> dict[str, Any]:
    return groups.leaders(call.svc, call.brand, group=call.args.get("group", ""), limit=call.args["limit"])


ENDPOINTS = (
    Endpoint("GET", "/drops/status", drops_status, "Every scheduled group lesson and what happened to it",
             array(DROP), tag="groups"),
    Endpoint("GET", "/channels/report", channels_report,
             "Per acquisition channel: contacts, follows, group joins, who stayed 7 and 30 days, clicks",
             array(CHANNEL), tag="groups"),
    Endpoint("GET", "/leaders", list_leaders, "The community's leaders: score over the window, with its parts",
             LEADERS, tag="groups",
             params=(query("group", {"type": "string", "minLength": 1, "maxLength": 200},
                           "A groups.yaml id or WeCom chat id (default: the whole brand): scored on what members "
                           "did in it, against the group threshold; `tag` is then leader:<group id>."),
                     limit_param(20, 200))),
)
