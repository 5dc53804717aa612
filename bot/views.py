"""Flask views: translate the HTTP request into a CallbackRequest and the result back. No logic."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from http import HTTPStatus
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

import redis
from flask import Blueprint, Response, current_app, jsonify, request

from bot.errors import ContentError, MalformedCallbackError, WebhookError
from bot.observability import logs
from bot.observability.metrics import WEBHOOK_SECONDS, labelled
from bot.services import Services
from bot.webhook.base import CallbackEndpoint
from bot.webhook.request import CallbackRequest, CallbackResponse

if TYPE_CHECKING:
    from _typeshed.wsgi import StartResponse, WSGIApplication, WSGIEnvironment

log = logging.getLogger("siyu.web")
blueprint = Blueprint("siyu", __name__)
STORAGE_DOWN = CallbackResponse(body=b"storage unavailable, retry later", status=503)


def services() -> Services:
    return current_app.extensions["siyu"]


@blueprint.route("/wechat/<brand>/<kind>", methods=["GET", "POST"])
def callback(brand: str, kind: str) -> Response:
    """The URL handshake (GET), and a POST that CallbackFastPath did not take (it takes every POST to a configured
    endpoint when the app is served by create_app)."""
    siyu = services()
    endpoint = siyu.endpoint(brand, kind)
    if request.method in ("GET", "HEAD"):  # HEAD is the GET without its body (Flask drops it), never a callback
        return _response(endpoint.handshake(CallbackRequest(method="GET", query=request.args.to_dict(), body=b"")))
    return _response(post_callback(siyu, endpoint, kind, request.args.to_dict(), _read_body))


def post_callback(siyu: Services, endpoint: CallbackEndpoint, kind: str, query: dict[str, str],
                  read_body: Callable[[int], bytes]) -> CallbackResponse:
    """A callback POST, timed (WEBHOOK_SECONDS); WebhookError and RedisError are the caller's to answer."""
    started = time.perf_counter()
    try:
        body = read_body(siyu.settings.max_body_bytes)
        return siyu.pipeline.receive(endpoint, CallbackRequest(method="POST", query=query, body=body))
    finally:  # refused and failed callbacks too: their time is WeChat's wait as well
        labelled(WEBHOOK_SECONDS, kind).observe(time.perf_counter() - started)


class CallbackFastPath:
    """WSGI middleware (create_app installs it as `app.wsgi_app`): a POST to /wechat/<brand>/<kind> of a configured
    endpoint goes straight to the pipeline, without Flask's request context, URL map, hooks and response object
    (~0.1 ms of a callback's CPU on the 2-core VM, issue 10: the callback is the one route whose cost is
    measured against peers). It does what the Flask route, `_start_request` and the error handlers below would:
    a request id per log line, the same statuses, bodies and log lines. Everything else goes to Flask."""

    def __init__(self, app: WSGIApplication, siyu: Services) -> None:
        self.app = app
        self.siyu = siyu

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if not path.isprintable():  # %0A in a path forged log lines, here and in gunicorn's access log (%(U)s)
            environ["PATH_INFO"] = path = printable(path)
        parts = path.split("/")
        endpoint = (self.siyu.endpoints.get((parts[2], parts[3]))
                    if environ.get("REQUEST_METHOD") == "POST" and len(parts) == 4 and parts[1] == "wechat" and
                    not parts[0] else None)
        if endpoint is None:
            return self.app(environ, start_response)
        logs.new_request_id(environ.get("HTTP_X_REQUEST_ID", ""))
        try:
            result = post_callback(self.siyu, endpoint, parts[3], _query(environ.get("QUERY_STRING", "")),
                                   lambda limit: _read_wsgi_body(environ, limit))
        except WebhookError as error:
            log.warning("refused POST %s: %s (%d)", environ.get("PATH_INFO"), error.reason, error.status)
            result = CallbackResponse(body=error.reason.encode(), status=error.status)
        except redis.RedisError as error:
            log.error("redis unavailable on POST %s: %s", environ.get("PATH_INFO"), type(error).__name__)
            result = STORAGE_DOWN
        except Exception:
            log.exception("callback failed: POST %s", environ.get("PATH_INFO"))
            result = CallbackResponse(body=b"Internal Server Error", status=500)
        start_response(f"{result.status} {HTTPStatus(result.status).phrase}",
                       [("Content-Type", result.content_type), ("Content-Length", str(len(result.body)))])
        return [result.body]


def printable(path: str) -> str:
    """`path` (PATH_INFO: the raw bytes as Latin-1) with each character a log line cannot show as itself escaped
    (\\x0a): no route has one, so the request still gets its 404, and a log line stays one line."""
    return "".join(c if c.isprintable() else f"\\x{ord(c):02x}" for c in path)


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
    return _response(STORAGE_DOWN)


# Reading a body the client garbled or cut short raises: an OSError or werkzeug's ClientDisconnected for a dropped
# connection, or gunicorn's parser refusing a chunked body. gunicorn 23 raised an OSError for a bad chunk size; 24 and
# later raise http.errors.ParseException (InvalidChunkSize, ChunkMissingTerminator...), a bare Exception, which
# answered 500 with a traceback. Naming it would import gunicorn.http (and ssl) into every process, so the two readers
# below take any exception from the input stream as an unreadable body (400).


def _read_body(limit: int) -> bytes:
    if request.content_length is not None and request.content_length > limit:
        raise MalformedCallbackError(f"body larger than {limit} bytes")
    try:
        body = request.stream.read(limit + 1)
    except Exception as exc:  # a garbled or cut body (above _read_body)
        raise MalformedCallbackError("unreadable body") from exc
    if len(body) > limit:
        raise MalformedCallbackError(f"body larger than {limit} bytes")
    return body


def _read_wsgi_body(environ: WSGIEnvironment, limit: int) -> bytes:
    """`_read_body` on the WSGI environ: a declared length over `limit` is refused before reading, and so is a
    body (chunked, or longer than declared) that turns out longer; a stream cut short is malformed too."""
    declared = environ.get("CONTENT_LENGTH") or None
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise MalformedCallbackError(f"body larger than {limit} bytes" if declared.isdigit() else "bad length")
    if declared is None and not environ.get("wsgi.input_terminated"):
        return b""  # as werkzeug: no length and a server that does not end the stream: no body
    try:
        if environ.get("wsgi.input_terminated"):
            body = environ["wsgi.input"].read(limit + 1)
        else:
            body = environ["wsgi.input"].read(int(declared or 0))
    except Exception as exc:  # a garbled or cut body (above _read_body)
        raise MalformedCallbackError("unreadable body") from exc
    if len(body) > limit:
        raise MalformedCallbackError(f"body larger than {limit} bytes")
    if declared is not None and len(body) < int(declared):
        raise MalformedCallbackError("unreadable body")
    return body


def _query(query_string: str) -> dict[str, str]:
    """request.args.to_dict(): the first value of each name, UTF-8 with replacement. WeChat's query
    (signature, timestamp, nonce, openid, encrypt_type, msg_signature) is hex, digits and words: without a `%`
    or a `+` there is nothing to unquote, and splitting it is what parse_qsl would do (~40 % of its cost)."""
    out: dict[str, str] = {}
    if "%" in query_string or "+" in query_string:
        for name, value in parse_qsl(query_string, keep_blank_values=True, errors="replace"):
            out.setdefault(name, value)
        return out
    for field in query_string.split("&"):
        if field:
            name, _, value = field.partition("=")
            out.setdefault(name, value)
    return out


def _response(result: CallbackResponse) -> Response:
    return Response(result.body, status=result.status, content_type=result.content_type)
