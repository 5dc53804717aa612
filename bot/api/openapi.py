"""The OpenAPI 3 document at /api/v1/openapi.json, built from the endpoint declarations (bot/api/spec.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.api.spec import Endpoint, Param, query

PREFIX = "/api/v1"
ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
COMMON_ERRORS = {
    400: "Bad input: the message names the parameter or field.",
    401: "No token, or a token that is unknown or revoked.",
    403: "A read token on a write endpoint, or a token of another brand.",
    404: "No such brand, member, sequence, campaign, handoff or delivery.",
    409: "Well formed, but the state does not allow it (not enrolled, content invalid...).",
}
BRAND = query("brand", {"type": "string", "minLength": 1, "maxLength": 32},
              "The brand to act on (default: the token's brand, else SIYU_BRAND).")


def document(endpoints: Iterable[Endpoint], *, extra_paths: dict[str, Any] | None = None) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for ep in endpoints:
        operation: dict[str, Any] = {
            "operationId": ep.operation_id, "summary": ep.summary, "tags": [ep.tag] if ep.tag else [],
            "parameters": [_param(p) for p in (*ep.params, BRAND)],
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": ep.response}}},
                **{str(code): {"description": text, "content": {"application/json": {"schema": ERROR}}}
                   for code, text in {**COMMON_ERRORS, **ep.extra_responses}.items()},
            },
            "x-siyu-role": "write" if ep.write else "read",
        }
        if ep.description:
            operation["description"] = ep.description
        if ep.body is not None:
            operation["requestBody"] = {"required": False,
                                        "content": {"application/json": {"schema": ep.body}}}
        paths.setdefault(PREFIX + ep.path, {})[ep.method.lower()] = operation
    paths.update(extra_paths or {})
    return {
        "openapi": "3.0.3",
        "info": {"title": "Siyu admin API", "version": "1",
                 "description": "Manage a Siyu community: members, sequences, content, deliveries, handoffs. "
                                "Bearer tokens from `siyu admin token create --role read|write [--brand B]`. "
                                "Writes need a write token and are audited (GET /api/v1/audit)."},
        "servers": [{"url": "/"}],
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
                       "schemas": {"Error": ERROR}},
        "security": [{"bearer": []}],
        "paths": paths,
    }


def _param(param: Param) -> dict[str, Any]:
    out: dict[str, Any] = {"name": param.name, "in": param.where, "required": param.required,
                           "schema": param.schema}
    if param.description:
        out["description"] = param.description
    return out


# The signed conversions endpoint (bot/tracking/views.py): HMAC, not a bearer token. Described here so the
# document covers every /api/v1 endpoint.
CONVERSIONS = {
    PREFIX + "/conversions": {"post": {
        "operationId": "conversion", "summary": "Record a conversion (signed with SIYU_CONVERSION_SECRET)",
        "tags": ["tracking"], "security": [],
        "parameters": [
            {"name": "X-Siyu-Timestamp", "in": "header", "required": True, "schema": {"type": "string"}},
            {"name": "X-Siyu-Signature", "in": "header", "required": True, "schema": {"type": "string"},
             "description": "sha256=<hex HMAC-SHA256(secret, timestamp + '.' + body)>"},
        ],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "required": ["member", "kind", "id"],
            "properties": {"member": {"type": "string"}, "kind": {"type": "string"}, "value": {"type": "string"},
                           "currency": {"type": "string"}, "id": {"type": "string"}}}}}},
        "responses": {
            "200": {"description": "Counted, or a repeat of a counted id", "content": {"application/json": {
                "schema": {"type": "object", "properties": {"status": {"type": "string"}, "id": {"type": "string"},
                                                            "campaign": {"type": "string"}}}}}},
            "400": {"description": "Malformed body", "content": {"application/json": {"schema": ERROR}}},
            "401": {"description": "Forged, unsigned or older than 300 s",
                    "content": {"application/json": {"schema": ERROR}}},
            "413": {"description": "Body too large", "content": {"application/json": {"schema": ERROR}}},
        },
    }},
}
