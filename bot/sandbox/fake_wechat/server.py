"""The fake WeChat + WeCom API over real HTTP for the demo, integration tests and benchmarks.

Serves the platform's paths, shapes and error codes plus a /_fake/ control API; never leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import io
import json
import threading
import time
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from flask import Flask, Response, request
from werkzeug.serving import BaseWSGIServer, make_server
from werkzeug.wrappers import Request

from bot.sandbox.fake_wechat import contact, kf, media, oa, robot, wecom
from bot.sandbox.fake_wechat.call import Call, Handler
from bot.sandbox.fake_wechat.errors import OA_ERRMSG, WECOM_ERRMSG, ApiError
from bot.sandbox.fake_wechat.faults import FaultRule, parse_fault_rule
from bot.sandbox.fake_wechat.keepalive import KeepAliveHandler
from bot.sandbox.fake_wechat.limits import TOKEN_TTL_S, WELCOME_CODE_TTL_S
from bot.sandbox.fake_wechat.records import GroupMsg, iso_at
from bot.sandbox.fake_wechat.state import EXTENSION_KEY, Clock, FakeState

__all__ = ["FakeWeChatServer", "create_fake_wechat", "main"]

JSON_MIMETYPE = "application/json; charset=utf-8"
REDACTED = "<redacted>"
SECRET_KEYS = ("access_token", "secret", "corpsecret")


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One platform API: its HTTP method, error-code family, whether it needs a token, its body kind."""

    method: str
    family: str  # "oa", "wecom", "shared" (the token decides) or "robot" (WeCom codes, no token)
    auth: bool
    handler: Handler
    body: str = "json"  # "json", "multipart" or "none"


def _get(family: str, handler: Handler, *, auth: bool = True) -> Endpoint:
    return Endpoint("GET", family, auth, handler, body="none")


def _post(family: str, handler: Handler, *, auth: bool = True, body: str = "json") -> Endpoint:
    return Endpoint("POST", family, auth, handler, body=body)


ENDPOINTS: dict[str, Endpoint] = {
    # Official Account / Mini Program (api.weixin.qq.com)
    "/cgi-bin/token": _get("oa", oa.token, auth=False),
    "/cgi-bin/stable_token": _post("oa", oa.stable_token, auth=False),
    "/cgi-bin/message/custom/send": _post("oa", oa.custom_send),
    "/cgi-bin/message/template/send": _post("oa", oa.template_send),
    "/cgi-bin/message/subscribe/bizsend": _post("oa", oa.subscribe_bizsend),
    "/cgi-bin/media/upload": _post("shared", media.upload, body="multipart"),
    "/cgi-bin/user/info": _get("oa", oa.user_info),
    "/wxa/generate_urllink": _post("oa", oa.generate_urllink),
    "/wxa/genwxashortlink": _post("oa", oa.genwxashortlink),
    # WeCom (qyapi.weixin.qq.com)
    "/cgi-bin/gettoken": _get("wecom", wecom.gettoken, auth=False),
    "/cgi-bin/message/send": _post("wecom", wecom.message_send),
    "/cgi-bin/externalcontact/send_welcome_msg": _post("wecom", contact.send_welcome_msg),
    "/cgi-bin/externalcontact/add_msg_template": _post("wecom", contact.add_msg_template),
    "/cgi-bin/externalcontact/get_groupmsg_list_v2": _post("wecom", contact.get_groupmsg_list_v2),
    "/cgi-bin/externalcontact/get_groupmsg_task": _post("wecom", contact.get_groupmsg_task),
    "/cgi-bin/externalcontact/get_groupmsg_send_result": _post("wecom", contact.get_groupmsg_send_result),
    "/cgi-bin/externalcontact/remind_groupmsg_send": _post("wecom", contact.remind_groupmsg_send),
    "/cgi-bin/externalcontact/cancel_groupmsg_send": _post("wecom", contact.cancel_groupmsg_send),
    "/cgi-bin/webhook/send": _post("robot", robot.webhook_send, auth=False),
    "/cgi-bin/kf/send_msg": _post("wecom", kf.send_msg),
    "/cgi-bin/kf/sync_msg": _post("wecom", kf.sync_msg),
    "/cgi-bin/kf/send_msg_on_event": _post("wecom", kf.send_msg_on_event),
}


# --- rendering -------------------------------------------------------------------------------------------------


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _json_response(payload: Any, status: int = 200) -> Response:
    return Response(_json_bytes(payload), status=status, content_type=JSON_MIMETYPE)


def _error_payload(errcode: int, *, family: str, detail: str, seq_hint: int, now: float) -> dict[str, Any]:
    """The platform's error JSON: OA appends a rid, WeCom a hint and a lookup link."""
    extra = f" ({detail})" if detail else ""
    if family == "oa":
        base = OA_ERRMSG.get(errcode, "fault injected")
        return {"errcode": errcode, "errmsg": f"{base}{extra} rid: {int(now):08x}-{seq_hint:08x}-fake"}
    base = WECOM_ERRMSG.get(errcode, "fault injected")
    return {
        "errcode": errcode,
        "errmsg": f"{base}{extra}, hint: [{int(now)}{seq_hint:06d}], "
        f"more info at https://open.work.weixin.qq.com/devtool/query?e={errcode}",
    }


def _redacted_query(query: dict[str, str]) -> dict[str, str]:
    if not any(k in query for k in SECRET_KEYS):
        return query
    return {k: (REDACTED if k in SECRET_KEYS else v) for k, v in query.items()}


def _multipart_record(form: Request) -> dict[str, Any]:
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


# --- the dispatcher -------------------------------------------------------------------------------------------

WsgiApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class _FastApi:
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
                _json_bytes({"errcode": 404, "errmsg": f"fake_wechat: no such API {path}"}),
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
            if fault is not None and fault.timeout_s is not None and not fault.handle_before_timeout:
                fault_kind = "timeout"
                time.sleep(fault.timeout_s)
                raise ApiError(-1, "injected timeout")
            if fault is not None and fault.errcode is not None:
                fault_kind = "error"
                http_status = fault.http_status
                raise ApiError(fault.errcode, "injected fault")
            if method != endpoint.method:
                raise ApiError(43001 if endpoint.method == "GET" else 43002)
            if endpoint.body == "json":
                call.body = recorded_body = self._json_body(environ, endpoint.family)
                if recorded_body is not None and "secret" in recorded_body:
                    recorded_body = {k: (REDACTED if k == "secret" else v) for k, v in recorded_body.items()}
            elif endpoint.body == "multipart":
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
            payload = _error_payload(
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
        return "200 OK", _json_bytes(payload), JSON_MIMETYPE

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


# --- control API ------------------------------------------------------------------------------------------------


class _ControlError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def _control_body() -> dict[str, Any]:
    raw = request.get_data(cache=True)
    if not raw.strip():
        return {}
    try:
        parsed = json.loads(raw)
    except ValueError as error:
        raise _ControlError(f"body is not JSON: {error}") from None
    if not isinstance(parsed, dict):
        raise _ControlError("body must be a JSON object")
    return parsed


def _required(body: Mapping[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise _ControlError(f"{key!r} is required (a non-empty string)")
    return value


def _group_msg_json(msg: GroupMsg) -> dict[str, Any]:
    return {
        "msgid": msg.msgid,
        "cancelled": msg.cancelled,
        "task_list": [{"userid": u, "status": s} for u, s in sorted(msg.task_status.items())],
        "send_list": [
            {"userid": t.userid, "external_userid": t.external_userid, "chat_id": t.chat_id, "status": t.status}
            for t in msg.targets
        ],
    }


def _register_control_api(app: Flask, state: FakeState) -> None:
    """The /_fake/ routes: read what was called, reset, inject faults, play the platform's side."""

    def route(rule: str, methods: Sequence[str]) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
        def decorate(view: Callable[[], Any]) -> Callable[[], Any]:
            def wrapped() -> Response:
                try:
                    return _json_response(view())
                except _ControlError as error:
                    return _json_response({"error": error.message}, error.status)

            app.add_url_rule(rule, endpoint="fake_" + view.__name__, view_func=wrapped, methods=list(methods))
            return view

        return decorate

    @route("/_fake/health", ["GET"])
    def health() -> dict[str, Any]:
        counts = {path: {str(code): n for code, n in codes.items()} for path, codes in state.call_counts().items()}
        return {"ok": True, "recorded": state.seq, "now": iso_at(state.now_s()), "calls": counts}

    @route("/_fake/requests", ["GET"])
    def requests_() -> dict[str, Any]:
        args = request.args
        try:
            since = int(args["since"]) if args.get("since") else None
            limit = int(args["limit"]) if args.get("limit") else None
        except ValueError:
            raise _ControlError("since and limit must be integers") from None
        found = state.requests(path=args.get("path") or None, since=since, app=args.get("app") or None, limit=limit)
        return {"requests": found, "last_seq": state.seq}

    @route("/_fake/reset", ["POST"])
    def reset() -> dict[str, Any]:
        state.reset(keep_tokens=bool(_control_body().get("keep_tokens", False)))
        return {"ok": True}

    @route("/_fake/faults", ["GET", "POST"])
    def faults() -> dict[str, Any]:
        if request.method == "POST":
            body = _control_body()
            seed = body.pop("seed", None)
            raw_rules = body.pop("rules", None)
            if raw_rules is None:
                raw_rules = [body] if body else []
            elif body:
                raise _ControlError(f"give either 'rules' or one rule, not both (extra: {sorted(body)})")
            try:
                rules = [parse_fault_rule(r) for r in raw_rules]
            except (TypeError, ValueError) as error:
                raise _ControlError(str(error)) from None
            state.set_faults(rules, seed=int(seed) if seed is not None else None)
        return {"rules": [r.as_dict() for r in state.fault_rules]}

    @route("/_fake/welcome_codes", ["POST"])
    def welcome_codes() -> dict[str, Any]:
        body = _control_body()
        code = state.issue_welcome_code(
            userid=_required(body, "userid"),
            external_userid=_required(body, "external_userid"),
            corpid=body.get("corpid") or None,
        )
        return {"welcome_code": code, "expires_in": WELCOME_CODE_TTL_S}

    @route("/_fake/kf_messages", ["POST"])
    def kf_messages() -> dict[str, Any]:
        body = _control_body()
        messages = body.get("messages", [body] if "msgtype" in body else [])
        if not isinstance(messages, list) or not messages:
            raise _ControlError("give 'messages': [...] or one message with a msgtype")
        try:
            token, msgids = state.queue_kf_messages(messages, corpid=body.get("corpid") or None)
        except (TypeError, ValueError) as error:
            raise _ControlError(str(error)) from None
        return {"token": token, "msgids": msgids}

    @route("/_fake/groupmsg/confirm", ["POST"])
    def groupmsg_confirm() -> dict[str, Any]:
        body = _control_body()
        try:
            msg = state.confirm_group_msg(
                _required(body, "msgid"), userid=body.get("userid") or None, statuses=body.get("statuses")
            )
        except KeyError as error:
            raise _ControlError(str(error), 404) from None
        except ValueError as error:
            raise _ControlError(str(error), 409) from None
        return _group_msg_json(msg)

    @route("/_fake/tokens", ["POST"])
    def tokens() -> dict[str, Any]:
        body = _control_body()
        if body.get("expire"):
            try:
                state.expire_token(str(body["expire"]))
            except KeyError:
                raise _ControlError("no such token", 404) from None
            return {"ok": True}
        try:
            value = state.issue_token(_required(body, "app_id"), family=body.get("family", "oa"))
        except ValueError as error:
            raise _ControlError(str(error)) from None
        return {"access_token": value, "expires_in": TOKEN_TTL_S}

    @route("/_fake/users", ["POST"])
    def users() -> dict[str, Any]:
        body = _control_body()
        openid = _required(body, "openid")
        state.set_user(openid, **{k: v for k, v in body.items() if k != "openid"})
        return {"ok": True}

    @route("/_fake/contacts", ["POST"])
    def contacts() -> dict[str, Any]:
        body = _control_body()
        state.add_contact(_required(body, "userid"), _required(body, "external_userid"))
        return {"ok": True}

    @route("/_fake/robots/remove", ["POST"])
    def robots_remove() -> dict[str, Any]:
        state.remove_robot(_required(_control_body(), "key"))
        return {"ok": True}

    @app.after_request
    def allow_dashboard(response: Response) -> Response:
        # The sandbox chat page (another origin) polls /_fake/requests to show what the bot sent.
        if request.path.startswith("/_fake/"):
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response


# --- app factory ------------------------------------------------------------------------------------------------


def create_fake_wechat(
    *,
    apps: Mapping[str, str | Collection[str]] | None = None,
    clock: Clock | None = None,
    max_records: int | None = None,
) -> Flask:
    """The fake API as a Flask app; its state is `app.extensions["fake_wechat"]` (a FakeState).

    `apps` maps appid/corpid to secret (a corp may list several secrets); None accepts any pair.
    `clock` (anything with `now() -> aware datetime`, e.g. bot.clock.ManualClock) drives token and
    media expiry, welcome-code windows and the robot's per-minute limit.
    """
    state = FakeState(apps=apps, clock=clock, **({"max_records": max_records} if max_records else {}))
    app = Flask("bot.sandbox.fake_wechat")
    app.extensions[EXTENSION_KEY] = state
    _register_control_api(app, state)
    app.wsgi_app = _FastApi(app.wsgi_app, state)  # type: ignore[method-assign]
    return app


# --- serving ---------------------------------------------------------------------------------------------------


class FakeWeChatServer:
    """The fake served over real HTTP on 127.0.0.1 in a background thread; use as a context manager.

    `port=0` picks a free port; `.origin` is then "http://127.0.0.1:PORT", the value for both
    SIYU_OA_API_ORIGIN and SIYU_WECOM_API_ORIGIN. The Python accessors below do what the /_fake/
    control API does, without HTTP::

        with FakeWeChatServer(apps={"wx123": "s3cret"}, clock=clock) as fake:
            code = fake.issue_welcome_code(userid="zhangsan", external_userid="wmAbc123")
            assert fake.requests(path="/cgi-bin/externalcontact/send_welcome_msg")[-1]["errcode"] == 0

    Alone: ``python -m bot.sandbox.fake_wechat --port 8081 [--app APPID=SECRET ...]``.
    """

    def __init__(
        self,
        *,
        apps: Mapping[str, str | Collection[str]] | None = None,
        clock: Clock | None = None,
        port: int = 0,
        max_records: int | None = None,
    ) -> None:
        self.app = create_fake_wechat(apps=apps, clock=clock, max_records=max_records)
        self.state: FakeState = self.app.extensions[EXTENSION_KEY]
        self._port = port
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> FakeWeChatServer:
        if self._server is not None:
            raise RuntimeError("FakeWeChatServer is already running")
        server = make_server("127.0.0.1", self._port, self.app, threaded=True, request_handler=KeepAliveHandler)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-wechat", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> FakeWeChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeWeChatServer is not running; call start() first")
        return self._server.server_port

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- Python twins of the control API ------------------------------------------------------------------

    def requests(
        self, path: str | None = None, *, since: int | None = None, app: str | None = None
    ) -> list[dict[str, Any]]:
        """Recorded calls, oldest first (seq, at, method, path, query, app, body, errcode, response, fault)."""
        return self.state.requests(path=path, since=since, app=app)

    def call_counts(self) -> dict[str, dict[int, int]]:
        """Calls per path and errcode since the last reset; unlike requests(), never truncated."""
        return self.state.call_counts()

    def reset(self, *, keep_tokens: bool = False) -> None:
        self.state.reset(keep_tokens=keep_tokens)

    def set_faults(self, *rules: Mapping[str, Any] | FaultRule, seed: int | None = None, **rule: Any) -> None:
        """Replace the fault rules: `set_faults(rate=0.2, errcodes=[-1, 45009])`, several dicts, or none.

        Example mixing a retryable and a permanent error::

            fake.set_faults({"rate": 0.2, "errcodes": [-1]}, {"rate": 0.05, "errcodes": [40003]}, seed=7)
        """
        raw: Iterable[Mapping[str, Any] | FaultRule] = [*rules, rule] if rule else rules
        parsed = [r if isinstance(r, FaultRule) else parse_fault_rule(r) for r in raw]
        self.state.set_faults(parsed, seed=seed)

    def issue_welcome_code(self, *, userid: str, external_userid: str, corpid: str | None = None) -> str:
        """A WelcomeCode as an add_external_contact event carries it: valid 20 s (fake clock), once."""
        return self.state.issue_welcome_code(userid=userid, external_userid=external_userid, corpid=corpid)

    def queue_kf_messages(self, messages: Iterable[Mapping[str, Any]], *, corpid: str | None = None) -> str:
        """Queue customer messages for kf/sync_msg; returns the Token the kf callback would carry.

        An enter_session event gets a fresh `welcome_code` (valid 20 s from the event, once, for
        kf/send_msg_on_event) unless the message gives one; `"welcome_code": ""` means none."""
        token, _ = self.state.queue_kf_messages(messages, corpid=corpid)
        return token

    def confirm_groupmsg(
        self, msgid: str, *, userid: str | None = None, statuses: Mapping[str, int] | None = None
    ) -> dict[str, Any]:
        """A member confirms a mass-send task in WeCom (all members when `userid` is None)."""
        return _group_msg_json(self.state.confirm_group_msg(msgid, userid=userid, statuses=statuses))

    def issue_access_token(self, app_id: str, *, family: str = "oa") -> str:
        """A valid token without a fetch, to seed a client's session in a test."""
        return self.state.issue_token(app_id, family=family)

    def set_user(self, openid: str, **fields: Any) -> None:
        """Override user/info for a follower; `subscribe=0` also makes sends to them answer 43004."""
        self.state.set_user(openid, **fields)

    def add_contact(self, userid: str, external_userid: str) -> None:
        self.state.add_contact(userid, external_userid)


# --- command line ------------------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the fake alone until Ctrl-C: `python -m bot.sandbox.fake_wechat --port 8081`."""
    parser = argparse.ArgumentParser(prog="python -m bot.sandbox.fake_wechat", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8081, help="port on 127.0.0.1 (0 picks a free one)")
    parser.add_argument(
        "--app",
        action="append",
        default=[],
        metavar="ID=SECRET",
        help="accept only these appid/corpid secrets (repeatable); default accepts any",
    )
    args = parser.parse_args(argv)
    apps: dict[str, list[str]] | None = None
    if args.app:
        apps = {}
        for item in args.app:
            app_id, sep, secret = item.partition("=")
            if not sep or not app_id or not secret:
                parser.error(f"--app expects ID=SECRET, got {item!r}")
            apps.setdefault(app_id, []).append(secret)
    server = FakeWeChatServer(apps=apps, port=args.port).start()
    print(f"fake WeChat API on {server.origin} (control API: {server.origin}/_fake/health)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
