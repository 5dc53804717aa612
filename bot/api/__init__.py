"""The admin JSON API under /api/v1: one blueprint, its endpoints declared by one small module per family
(members, sequences, campaigns, segments, groups, content, inbox, deliveries, queues, audit), registered in
FAMILIES below.

Every request: bearer token (401) -> role and brand (403) -> parameters and body checked (400) -> the
manager function (bot/manager/) -> JSON. Errors are JSON `{"error": message}`; bad input never gives a 5xx.
Writes are audited (who, when, what, outcome). A new family is one module with `ENDPOINTS` and one line here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any

import redis
from flask import Blueprint, Response, current_app, request
from werkzeug.exceptions import HTTPException

from bot.api import audit, campaigns, content, deliveries, groups, inbox, members, queues, segments, sequences
from bot.api.auth import AuthError, authenticate, authorise
from bot.api.openapi import CONVERSIONS, PREFIX, document
from bot.api.spec import Call, Endpoint, parse_args, parse_body
from bot.manager.audit import Actor, audited
from bot.manager.errors import InvalidRequestError, ManagerError
from bot.services import Services
from bot.store.tokens import TokenStore

log = logging.getLogger("siyu.api")
blueprint = Blueprint("siyu_api", __name__, url_prefix=PREFIX)
MAX_BODY_BYTES = 64 * 1024

# One line per family; each module declares its ENDPOINTS (bot/api/spec.py).
FAMILIES = (members, sequences, campaigns, segments, groups, content, inbox, deliveries, queues, audit)


def endpoints() -> Iterator[Endpoint]:
    for family in FAMILIES:
        yield from family.ENDPOINTS


def _json(data: Any, status: int = 200) -> Response:
    return Response(json.dumps(data, ensure_ascii=False), status=status, content_type="application/json")


def _error(status: int, message: str) -> Response:
    return _json({"error": message}, status)


def _view(endpoint: Endpoint) -> Any:
    def view(**path_args: str) -> Response:
        svc: Services = current_app.extensions["siyu"]
        try:
            token = authenticate(TokenStore(svc.redis, svc.clock), request.headers.get("Authorization"))
            brand = authorise(token, settings=svc.settings, brand=request.args.get("brand") or None,
                              write=endpoint.write)
        except AuthError as exc:
            return _error(exc.status, exc.message)
        except LookupError as exc:
            return _error(404, str(exc.args[0]))
        what: dict[str, Any] = dict(path_args)

        def run() -> Any:
            if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
                raise InvalidRequestError(f"body larger than {MAX_BODY_BYTES} bytes")
            args = parse_args(endpoint, request.args, path_args)
            body = parse_body(endpoint, request.get_data(cache=False)[:MAX_BODY_BYTES + 1])
            what.update(body)
            return endpoint.handler(Call(svc=svc, brand=brand, token=token, args=args, body=body))

        try:
            if endpoint.write:  # audited, refused ones too, as the dashboard's writes are (bot/manager/audit.py)
                result = audited(svc, Actor(token_id=token.id, label=token.label),
                                 action=f"{endpoint.method} {endpoint.path}", brand=brand, what=what, write=run)
            else:
                result = run()
        except ManagerError as exc:
            return _error(exc.status, str(exc))
        return _json(result)

    view.__name__ = endpoint.operation_id
    return view


for _endpoint in endpoints():
    blueprint.add_url_rule(_endpoint.flask_rule, endpoint=_endpoint.operation_id, view_func=_view(_endpoint),
                           methods=[_endpoint.method])


@blueprint.get("/openapi.json")
def openapi() -> Response:
    """The document itself needs no token: it names endpoints, never data."""
    return _json(document(endpoints(), extra_paths=CONVERSIONS))


@blueprint.app_errorhandler(404)
@blueprint.app_errorhandler(405)
def not_routed(error: HTTPException) -> Response | HTTPException:
    """Unknown paths and methods under /api/v1 answer JSON too (Flask routes before any blueprint sees them);
    elsewhere Flask's own answer stands."""
    if request.path.startswith(PREFIX + "/"):
        return _error(error.code or 404, error.description or "not found")
    return error


@blueprint.errorhandler(redis.RedisError)
def storage_down(error: redis.RedisError) -> Response:
    log.error("redis unavailable on %s %s: %s", request.method, request.path, type(error).__name__)
    return _error(503, "storage unavailable, retry later")
