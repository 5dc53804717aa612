"""The /_fake/ control API: what tests and the sandbox page use to read calls and play the platform.

Not a platform API: nothing under /_fake/ exists at WeChat.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from flask import Flask, Response, request

from bot.sandbox.fake_wechat.faults import parse_fault_rule
from bot.sandbox.fake_wechat.limits import TOKEN_TTL_S, WELCOME_CODE_TTL_S
from bot.sandbox.fake_wechat.records import GroupMsg, iso_at
from bot.sandbox.fake_wechat.render import json_response
from bot.sandbox.fake_wechat.state import FakeState


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


def group_msg_json(msg: GroupMsg) -> dict[str, Any]:
    return {
        "msgid": msg.msgid,
        "cancelled": msg.cancelled,
        "task_list": [{"userid": u, "status": s} for u, s in sorted(msg.task_status.items())],
        "send_list": [
            {"userid": t.userid, "external_userid": t.external_userid, "chat_id": t.chat_id, "status": t.status}
            for t in msg.targets
        ],
    }


def register_control_api(app: Flask, state: FakeState) -> None:
    """The /_fake/ routes: read what was called, reset, inject faults, play the platform's side."""

    def route(rule: str, methods: Sequence[str]) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
        def decorate(view: Callable[[], Any]) -> Callable[[], Any]:
            def wrapped() -> Response:
                try:
                    return json_response(view())
                except _ControlError as error:
                    return json_response({"error": error.message}, error.status)

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
        return group_msg_json(msg)

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
