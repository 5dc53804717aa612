"""Flask views: translate the HTTP request into a CallbackRequest and the result back. No logic."""

from __future__ import annotations

import logging
import time

import redis
from flask import Blueprint, Response, current_app, jsonify, request
from werkzeug.exceptions import ClientDisconnected

from bot.errors import ContentError, MalformedCallbackError, WebhookError
from bot.observability.metrics import WEBHOOK_SECONDS
from bot.services import Services
from bot.webhook.request import CallbackRequest, CallbackResponse

log = logging.getLogger("siyu.web")
blueprint = Blueprint("siyu", __name__)


def services() -> Services:
    return current_app.extensions["siyu"]


@blueprint.route("/wechat/<brand>/<kind>", methods=["GET", "POST"])
def callback(brand: str, kind: str) -> Response:
    siyu = services()
    endpoint = siyu.endpoint(brand, kind)
    if request.method == "GET":
        return _response(endpoint.handshake(CallbackRequest(method="GET", query=request.args.to_dict(), body=b"")))
    started = time.perf_counter()
    try:
        body = _read_body(siyu.settings.max_body_bytes)
        callback_request = CallbackRequest(method=request.method, query=request.args.to_dict(), body=body)
        return _response(siyu.pipeline.receive(endpoint, callback_request))
    finally:  # refused and failed callbacks too: their time is WeChat's wait as well
        WEBHOOK_SECONDS.labels(kind).observe(time.perf_counter() - started)


@blueprint.get("/healthz")
def healthz() -> tuple[Response, int]:
    siyu = services()
    try:
        siyu.redis.ping()
    except redis.RedisError as exc:
        return jsonify(status="unavailable", reason=f"redis unreachable ({type(exc).__name__})"), 503
    for brand in siyu.settings.brands:  # never healthy while blind: callbacks would all be 503
        try:
            siyu.content(brand)
        except ContentError:
            return jsonify(status="unavailable", reason=f"no loadable content for brand {brand}"), 503
    return jsonify(status="ok", redis="ok", content="ok"), 200


@blueprint.app_errorhandler(WebhookError)
def refuse(error: WebhookError) -> Response:
    log.warning("refused %s %s: %s (%d)", request.method, request.path, error.reason, error.status)
    return Response(error.reason, status=error.status, content_type="text/plain; charset=utf-8")


@blueprint.app_errorhandler(redis.RedisError)
def storage_down(error: redis.RedisError) -> Response:
    """Without Redis we cannot dedupe or remember; 503 makes WeChat retry, so nothing is lost."""
    log.error("redis unavailable on %s %s: %s", request.method, request.path, type(error).__name__)
    return Response("storage unavailable, retry later", status=503, content_type="text/plain; charset=utf-8")


def _read_body(limit: int) -> bytes:
    if request.content_length is not None and request.content_length > limit:
        raise MalformedCallbackError(f"body larger than {limit} bytes")
    try:
        body = request.stream.read(limit + 1)
    except (OSError, ClientDisconnected) as exc:  # gunicorn's InvalidChunkSize is an OSError (a bad chunked body)
        raise MalformedCallbackError("unreadable body") from exc
    if len(body) > limit:
        raise MalformedCallbackError(f"body larger than {limit} bytes")
    return body


def _response(result: CallbackResponse) -> Response:
    return Response(result.body, status=result.status, content_type=result.content_type)
