"""A small HTTP front for the fake WeChat state (bot/sandbox/fake_wechat_*), for delivery tests.

The sandbox's own FakeWeChatServer is still being written; this serves the same endpoint handlers
over real HTTP (werkzeug, port 0) with .origin, .requests(), .set_faults(), .issue_welcome_code().
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from bot.sandbox import fake_wechat_oa as oa
from bot.sandbox import fake_wechat_wecom as wecom
from bot.sandbox.fake_wechat_core import OA_ERRMSG, WECOM_ERRMSG, ApiError, FakeState, FaultRule

# path -> (handler, family, token family or None)
ROUTES: dict[str, tuple[Any, str, str | None]] = {
    "/cgi-bin/stable_token": (oa.stable_token, "oa", None),
    "/cgi-bin/gettoken": (wecom.gettoken, "wecom", None),
    "/cgi-bin/message/custom/send": (oa.custom_send, "oa", "oa"),
    "/cgi-bin/message/send": (wecom.message_send, "wecom", "wecom"),
    "/cgi-bin/externalcontact/send_welcome_msg": (wecom.send_welcome_msg, "wecom", "wecom"),
    "/cgi-bin/webhook/send": (wecom.webhook_send, "wecom", None),
    "/cgi-bin/media/upload": (oa.media_upload, "oa", "shared"),
}


class FakeWeChatHTTP:
    def __init__(self, state: FakeState | None = None) -> None:
        self.state = state or FakeState()
        self._server = make_server("127.0.0.1", 0, self._app, threaded=True)
        self.origin = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeWeChatHTTP:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def requests(self, path: str | None = None) -> list[dict[str, Any]]:
        return self.state.requests(path=path)

    def set_faults(self, rules: Iterable[FaultRule], *, seed: int | None = None) -> None:
        self.state.set_faults(rules, seed=seed)

    def issue_welcome_code(self, **kwargs: Any) -> str:
        return self.state.issue_welcome_code(**kwargs)

    def _app(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        route = ROUTES.get(request.path)
        if route is None:
            return Response("not found", status=404)(environ, start_response)
        handler, family, token_family = route
        body = None
        if request.mimetype != "multipart/form-data" and request.get_data():
            body = json.loads(request.get_data())
        call = oa.Call(state=self.state, now=self.state.now_s(), query=dict(request.args), body=body,
                       files=request.files, family=family)
        try:
            if token_family is not None:
                token = self.state.authenticate(request.args.get("access_token", ""), family=token_family,
                                                now=call.now)
                call.app_id, call.token_family = token.app_id, token.family
                call.family = token.family
            fault = self.state.pick_fault(request.path)
            if fault is not None and fault.errcode is not None:
                raise ApiError(fault.errcode)
            result = handler(call)
        except ApiError as exc:
            table = OA_ERRMSG if call.family == "oa" else WECOM_ERRMSG
            result = {"errcode": exc.errcode, "errmsg": table.get(exc.errcode, "error")}
        self.state.record({"path": request.path, "app": call.app_id, "body": body, "query": dict(request.args),
                           "errcode": result.get("errcode", 0)})
        return Response(json.dumps(result), mimetype="application/json")(environ, start_response)
