"""Admin API: deliveries that failed or were parked, with their reasons; retry one or all."""

from __future__ import annotations

from typing import Any

from bot.api.schemas import BOOL, QUEUED, QUEUED_MANY, STR, array, obj
from bot.api.spec import Call, Endpoint, limit_param
from bot.manager import deliveries

FAILED = obj(("key", "reason", "retryable"), id=STR, time=STR, key=STR, member=STR, route=STR, errcode=STR,
             errmsg=STR, reason=STR, retryable=BOOL)
PARKED = obj(("key", "reason", "waiting"), id=STR, time=STR, key=STR, member=STR, purpose=STR, type=STR,
             reason=STR, waiting=BOOL)
KEY_BODY = {"type": "object", "required": ["key"], "additionalProperties": False, "properties": {
    "key": {"type": "string", "minLength": 1, "maxLength": 400}}}


def list_failed(call: Call) -> list[dict[str, Any]]:
    return deliveries.failed(call.svc, call.brand, limit=call.args["limit"])


def list_parked(call: Call) -> list[dict[str, Any]]:
    return deliveries.parked(call.svc, call.brand, limit=call.args["limit"])


def retry_failed(call: Call) -> dict[str, Any]:
    return deliveries.retry_failed(call.svc, call.brand, call.body["key"])


def retry_all_failed(call: Call) -> dict[str, Any]:
    return deliveries.retry_all_failed(call.svc, call.brand)


def retry_parked(call: Call) -> dict[str, Any]:
    return deliveries.retry_parked(call.svc, call.brand, call.body["key"])


def retry_all_parked(call: Call) -> dict[str, Any]:
    return deliveries.retry_all_parked(call.svc, call.brand)


LIMIT = limit_param(50, 1000)
ENDPOINTS = (
    Endpoint("GET", "/deliveries/failed", list_failed, "Permanent failures, newest first, with WeChat's errcode",
             array(FAILED), tag="deliveries", params=(LIMIT,)),
    Endpoint("GET", "/deliveries/parked", list_parked, "Deliveries no route allowed, newest first, and why",
             array(PARKED), tag="deliveries", params=(LIMIT,)),
    Endpoint("POST", "/deliveries/failed/retry", retry_failed, "Queue one failed delivery again", QUEUED,
             write=True, tag="deliveries", body=KEY_BODY),
    Endpoint("POST", "/deliveries/failed/retry-all", retry_all_failed,
             "Queue every retryable failure again (the newest 1,000)", QUEUED_MANY, write=True, tag="deliveries"),
    Endpoint("POST", "/deliveries/parked/retry", retry_parked,
             "Queue one parked delivery now (it parks again if its route is still closed)", QUEUED, write=True,
             tag="deliveries", body=KEY_BODY),
    Endpoint("POST", "/deliveries/parked/retry-all", retry_all_parked, "Queue every waiting parked delivery now",
             QUEUED_MANY, write=True, tag="deliveries"),
)
