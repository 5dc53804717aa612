"""JSON Schemas shared by the admin API's families (what the manager functions return)."""

from __future__ import annotations

from typing import Any

Schema = dict[str, Any]


def obj(required: tuple[str, ...] = (), **properties: Schema) -> Schema:
    return {"type": "object", "required": list(required), "properties": properties}


def array(items: Schema) -> Schema:
    return {"type": "array", "items": items}


STR: Schema = {"type": "string"}
INT: Schema = {"type": "integer"}
NUM: Schema = {"type": "number"}
BOOL: Schema = {"type": "boolean"}
NULLABLE_STR: Schema = {"type": "string", "nullable": True}
ANY_OBJECT: Schema = {"type": "object"}

PROFILE = obj(("id", "brand", "tags", "opted_out", "sequences"), id=STR, brand=STR, channel=STR, user_id=STR,
              nickname=STR, locale=STR, city=STR, timezone=STR, opted_out=BOOL, tags=array(STR),
              first_seen=NULLABLE_STR, handoff=NULLABLE_STR,
              sequences={"type": "object", "additionalProperties": obj(("step", "state", "active"), step=STR,
                                                                         state=STR, active=BOOL,
                                                                         due=NULLABLE_STR)})
HANDOFF = obj(("id", "member", "opened_at", "until"), id=STR, member=STR, channel=STR, reason=STR, text=STR,
              opened_at=STR, until=STR, age_s=INT, told=STR)
QUEUED = obj(("key", "outcome"), key=STR, outcome=STR)
QUEUED_MANY = obj(("queued",), queued=INT, keys=array(STR))
