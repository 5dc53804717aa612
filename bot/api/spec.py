"""The admin API's endpoints as small declarations: method, path, role, parameters, body and response
schemas, and the function that answers. The blueprint (bot/api/__init__.py) routes and checks requests
from them, and the OpenAPI document is built from the same declarations, so the two cannot drift.

    ENDPOINTS = (Endpoint("GET", "/members/{member_id}", show, summary="A member's profile",
                          params=(path("member_id"),), response=PROFILE),)

The JSON Schema subset checked here (type, properties, required, items, enum, min/max, lengths) is the one
the declarations use; anything else in a schema is documentation only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.manager.errors import InvalidRequestError
from bot.services import Services
from bot.store.tokens import TokenRecord

Schema = dict[str, Any]
ID_MAX_CHARS = 200


@dataclass(frozen=True)
class Param:
    name: str
    schema: Schema
    where: str = "query"  # "query" or "path"
    required: bool = False
    description: str = ""


def path(name: str, description: str = "") -> Param:
    return Param(name, {"type": "string", "minLength": 1, "maxLength": ID_MAX_CHARS}, where="path", required=True,
                 description=description)


def query(name: str, schema: Schema, description: str = "", *, required: bool = False) -> Param:
    return Param(name, schema, required=required, description=description)


def limit_param(default: int = 50, maximum: int = 200) -> Param:
    return query("limit", {"type": "integer", "minimum": 1, "maximum": maximum, "default": default},
                 "How many rows at most.")


@dataclass(frozen=True)
class Call:
    """One request as a handler sees it: checked parameters and body, the brand it may act on, who asks."""

    svc: Services
    brand: str
    token: TokenRecord
    args: Mapping[str, Any]
    body: Mapping[str, Any]


Handler = Callable[[Call], Any]


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # OpenAPI form, under /api/v1: "/members/{member_id}"
    handler: Handler
    summary: str
    response: Schema
    write: bool = False
    params: tuple[Param, ...] = ()
    body: Schema | None = None
    tag: str = ""
    description: str = ""
    extra_responses: Mapping[int, str] = field(default_factory=dict)  # status -> description, beyond the common

    @property
    def operation_id(self) -> str:
        return self.handler.__name__.strip("_")

    @property
    def flask_rule(self) -> str:
        return self.path.replace("{", "<").replace("}", ">")


def check(value: Any, schema: Schema, where: str) -> None:
    """Raise InvalidRequestError naming `where` when `value` does not fit `schema` (the subset above)."""
    kind = schema.get("type")
    if value is None:
        if schema.get("nullable"):
            return
        raise InvalidRequestError(f"{where}: must not be null")
    if kind == "object":
        if not isinstance(value, dict):
            raise InvalidRequestError(f"{where}: must be a JSON object")
        for name in schema.get("required", ()):
            if name not in value:
                raise InvalidRequestError(f"{where}: {name!r} is required")
        props = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            extra = sorted(set(value) - set(props))
            if extra:
                raise InvalidRequestError(f"{where}: unknown field(s) {', '.join(map(repr, extra[:5]))}")
        for name, sub in props.items():
            if name in value:
                check(value[name], sub, f"{where}.{name}")
    elif kind == "array":
        if not isinstance(value, list):
            raise InvalidRequestError(f"{where}: must be an array")
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 10**9):
            raise InvalidRequestError(f"{where}: {schema.get('minItems', 0)} to {schema.get('maxItems', 'any')} "
                                      "items")
        for index, item in enumerate(value):
            check(item, schema.get("items", {}), f"{where}[{index}]")
    elif kind == "string":
        if not isinstance(value, str):
            raise InvalidRequestError(f"{where}: must be a string")
        if not schema.get("minLength", 0) <= len(value) <= schema.get("maxLength", 10**9):
            raise InvalidRequestError(f"{where}: {schema.get('minLength', 0)} to {schema.get('maxLength', 'any')} "
                                      "characters")
        if "\x00" in value:
            raise InvalidRequestError(f"{where}: must not contain NUL")
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            raise InvalidRequestError(f"{where}: must be an integer")
        if not schema.get("minimum", -(10**18)) <= value <= schema.get("maximum", 10**18):
            raise InvalidRequestError(f"{where}: from {schema.get('minimum')} to {schema.get('maximum')}")
    elif kind == "boolean" and not isinstance(value, bool):
        raise InvalidRequestError(f"{where}: must be true or false")
    if "enum" in schema and value not in schema["enum"]:
        raise InvalidRequestError(f"{where}: one of {', '.join(map(str, schema['enum']))}")


def parse_args(endpoint: Endpoint, raw_query: Mapping[str, str], raw_path: Mapping[str, str]) -> dict[str, Any]:
    """The endpoint's parameters from the query string and path, converted and checked; defaults filled in."""
    out: dict[str, Any] = {}
    for param in endpoint.params:
        source = raw_path if param.where == "path" else raw_query
        if param.name not in source:
            if param.required:
                raise InvalidRequestError(f"{param.name}: required")
            if "default" in param.schema:
                out[param.name] = param.schema["default"]
            continue
        text = source[param.name]
        kind = param.schema.get("type")
        value: Any = text
        if kind == "integer":
            try:
                value = int(text.strip())
            except ValueError:
                raise InvalidRequestError(f"{param.name}: must be an integer") from None
        elif kind == "boolean":
            if text not in ("true", "false"):
                raise InvalidRequestError(f"{param.name}: must be true or false")
            value = text == "true"
        check(value, param.schema, param.name)
        out[param.name] = value
    return out


def parse_body(endpoint: Endpoint, raw: bytes) -> dict[str, Any]:
    if endpoint.body is None:
        return {}
    if not raw.strip():
        raw = b"{}"
    try:
        value = json.loads(raw)
        if _SURROGATE_ESCAPE.search(raw):  # half a UTF-16 pair: Python keeps it, Redis cannot store it
            json.dumps(value, ensure_ascii=False).encode("utf-8")
    except (ValueError, UnicodeDecodeError):  # UnicodeEncodeError is a ValueError
        raise InvalidRequestError("body: not JSON (or a string with half a UTF-16 surrogate pair)") from None
    check(value, endpoint.body, "body")
    return value


_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
