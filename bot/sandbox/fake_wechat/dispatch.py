"""The hot path: serves the platform paths straight from the WSGI environ and records every call.

It applies faults, checks method, body and token, runs the endpoint, and hands /_fake/ to Flask.
"""

from __future__ import annotations

import io
import json
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl

from werkzeug.wrappers import Request

from bot.sandbox.fake_wechat.call import Call
from bot.sandbox.fake_wechat.endpoints import ENDPOINTS, Endpoint
from bot.sandbox.fake_wechat.errors import ApiError, error_payload
from bot.sandbox.fake_wechat.records import iso_at
from bot.sandbox.fake_wechat.render import JSON_MIMETYPE, json_bytes
from bot.sandbox.fake_wechat.state import FakeState

REDACTED = "<redacted>"
SECRET_KEYS = ("access_token", "secret", "corpsecret")


def _redacted_query(query: dict[str, str]) -> dict[str, str]:
    """The query as recorded: tokens and secrets never reach /_fake/requests or the sandbox page."""
    if not any(k in query for k in SECRET_KEYS):
        return query
    return {k: (REDACTED if k in SECRET_KEYS else v) for k, v in query.items()}


def _multipart_record(form: Request) -> dict[str, Any]:
    """An upload as recorded: its form fields and the file's name, type and size, never its bytes."""
    described: dict[str, Any] = dict(form.form)
    media = form.files.get("media")
    if media is not None:
        media.stream.seek(0, io.SEEK_END)
        described["media"] = {
            "filename": media.filename,
            "content_type": media.content_type,
            "size": media.stream.tell(),
        }
        media.stream.seek(0)
    return described


WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class PlatformApi:
    """WSGI middleware serving the platform paths straight from the environ; Flask keeps /_fake/.

    Flask's request context and routing cost more than the fake's own work per call, and the fake
    must keep up with 1,500+ calls a second, so only the control API goes through Flask.
    """

    def __init__(self, flask_wsgi: WsgiApp, state: FakeState) -> None:
        self.flask_wsgi = flask_wsgi
        self.state = state
        self._hint = 0

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path.startswith("/_fake/"):
            return self.flask_wsgi(environ, start_response)
        endpoint = ENDPOINTS.get(path)
        if endpoint is None:
            status, body, content_type = (
                "404 NOT FOUND",
                json_bytes({"errcode": 404, "errmsg": f"fake_wechat: no such API {path}"}),
                JSON_MIMETYPE,
            )
        else:
            status, body, content_type = self.handle(environ, path, endpoint)
        start_response(status, [("Content-Type", content_type), ("Content-Length", str(len(body)))])
        return [body]

    def handle(self, environ: dict[str, Any], path: str, endpoint: Endpoint) -> tuple[str, bytes, str]:
        """Run one platform call: fault, method, body, token, handler, record. Kept flat for speed."""
        state = self.state
        now = state.now_s()
        method = environ.get("REQUEST_METHOD", "GET")
        query = dict(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
        call = Call(state=state, now=now, query=query, body=None, files=None, family=endpoint.family)
        fault = state.pick_fault(path) if state.fault_rules else None
        if fault is not None and fault.latency_s:
            time.sleep(fault.latency_s)
        recorded_body: Any = None
        form: Request | None = None
        fault_kind: str | None = None
        http_status: int | None = None
        try:
            if method != endpoint.method:
                raise ApiError(43001 if endpoint.method == "GET" else 43002)
            if endpoint.body == "json":  # read before a fault applies, so a faulted call's record says what it carried
                call.body = recorded_body = self._json_body(environ, endpoint.family)
                if recorded_body is not None and "secret" in recorded_body:
                    recorded_body = {k: (REDACTED if k == "secret" else v) for k, v in recorded_body.items()}
            if fault is not None and fault.timeout_s is not None and not fault.handle_before_timeout:
                fault_kind = "timeout"
                time.sleep(fault.timeout_s)
                raise ApiError(-1, "injected timeout")
            if fault is not None and fault.errcode is not None:
                fault_kind = "error"
                http_status = fault.http_status
                raise ApiError(fault.errcode, "injected fault")
            if endpoint.body == "multipart":
                form = Request(environ)
                call.files = form.files
                recorded_body = _multipart_record(form)
            if endpoint.auth:
                token = state.authenticate(query.get("access_token", ""), family=endpoint.family, now=now)
                call.app_id = token.app_id
                call.token_family = token.family
            payload = endpoint.handler(call)
        except ApiError as error:
            family = (call.token_family or "oa") if endpoint.family == "shared" else endpoint.family
            self._hint += 1
            payload = error_payload(
                error.errcode,
                family="oa" if family == "oa" else "wecom",
                detail=error.detail,
                seq_hint=self._hint,
                now=now,
            )
        if form is not None:
            form.close()  # werkzeug spools uploads to temporary files
        if fault is not None and fault.timeout_s is not None and fault.handle_before_timeout:
            fault_kind = "timeout"
            time.sleep(fault.timeout_s)
        state.record(
            {
                "at": iso_at(now),
                "at_s": now,
                "method": method,
                "path": path,
                "query": _redacted_query(query),
                "app": call.app_id,
                "body": recorded_body,
                "errcode": payload.get("errcode", 0),
                "response": payload,
                "fault": fault_kind,
            }
        )
        if http_status is not None and http_status != 200:
            return f"{http_status} INJECTED", f"fake_wechat: injected HTTP {http_status}".encode(), "text/plain"
        return "200 OK", json_bytes(payload), JSON_MIMETYPE

    @staticmethod
    def _json_body(environ: dict[str, Any], family: str) -> dict[str, Any] | None:
        stream = environ["wsgi.input"]
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        raw = stream.read(length) if length > 0 else (stream.read() if environ.get("wsgi.input_terminated") else b"")
        if not raw.strip():
            return None
        try:
            parsed = json.loads(raw)
        except ValueError:
            raise ApiError(47001 if family == "oa" else 40058, "Warning: wrong json format.") from None
        if not isinstance(parsed, dict):
            raise ApiError(47001 if family == "oa" else 40058, "the body must be a JSON object")
        return parsed
