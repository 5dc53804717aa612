"""The /_fake/ control API as a Flask Blueprint: read the recorded calls, reset, inject faults, play the platform.

Not a platform API (nothing under /_fake/ exists at WeChat); each view only translates JSON to FakeState calls.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from flask import Blueprint, Response, current_app, request

from bot.sandbox.fake_wechat.faults import parse_fault_rule
from bot.sandbox.fake_wechat.groupchat import join_group
from bot.sandbox.fake_wechat.limits import TOKEN_TTL_S, WELCOME_CODE_TTL_S
from bot.sandbox.fake_wechat.records import GroupMsg, iso_at
from bot.sandbox.fake_wechat.render import json_response
from bot.sandbox.fake_wechat.state import EXTENSION_KEY, FakeState

blueprint = Blueprint("fake", __name__, url_prefix="/_fake")


class ControlError(Exception):
    """A control call the fake cannot follow; answered as {"error": message} with `status` (400 unless said)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


@blueprint.errorhandler(ControlError)
def _refuse(error: ControlError) -> Response:
    return json_response({"error": error.message}, error.status)


@blueprint.after_app_request
def _allow_dashboard(response: Response) -> Response:
    # The sandbox chat page (another origin) polls /_fake/requests to show what the bot sent.
    if request.path.startswith("/_fake/"):
        response.headers["Access-Control-Allow-Origin"] = "*"
    return response


def _state() -> FakeState:
    """The FakeState of the app serving this request (create_fake_wechat puts it there)."""
    state: FakeState = current_app.extensions[EXTENSION_KEY]
    return state


def _body() -> dict[str, Any]:
    """The JSON object posted; an empty body is {} so that reset and faults need none."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        return {}
    try:
        parsed = json.loads(raw)
    except ValueError as error:
        raise ControlError(f"body is not JSON: {error}") from None
    if not isinstance(parsed, dict):
        raise ControlError("body must be a JSON object")
    return parsed


def _required(body: Mapping[str, Any], key: str) -> str:
    """A member the call cannot do without, named in the 400 when it is missing."""
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise ControlError(f"{key!r} is required (a non-empty string)")
    return value


def group_msg_json(msg: GroupMsg) -> dict[str, Any]:
    """A mass send as the control API shows it: per-member tasks, per-target statuses, reminders, cancellation."""
    return {
        "msgid": msg.msgid,
        "chat_type": msg.chat_type,
        "sender": msg.creator,
        "created": iso_at(msg.create_s),
        "text": msg.text,
        "attachments": msg.attachments,
        "cancelled": msg.cancelled,
        "cancelled_at": iso_at(msg.cancel_s) if msg.cancel_s is not None else None,
        "reminders": [iso_at(at) for at in msg.reminds_s],
        "task_list": [{"userid": u, "status": s} for u, s in sorted(msg.task_status.items())],
        "send_list": [
            {"userid": t.userid, "external_userid": t.external_userid, "chat_id": t.chat_id, "status": t.status}
            for t in msg.targets
        ],
    }


# --- reading and resetting -------------------------------------------------------------------------------------


@blueprint.get("/health")
def health() -> Response:
    """Up, how many calls were recorded, the fake's "now", and calls per path and errcode."""
    state = _state()
    counts = {path: {str(code): n for code, n in codes.items()} for path, codes in state.call_counts().items()}
    return json_response({"ok": True, "recorded": state.seq, "now": iso_at(state.now_s()), "calls": counts})


@blueprint.get("/requests")
def list_requests() -> Response:
    """Recorded calls, oldest first; ?path= exact, ?since= a seq (exclusive), ?app=, ?limit= the newest N."""
    state, args = _state(), request.args
    try:
        since = int(args["since"]) if args.get("since") else None
        limit = int(args["limit"]) if args.get("limit") else None
    except ValueError:
        raise ControlError("since and limit must be integers") from None
    found = state.requests(path=args.get("path") or None, since=since, app=args.get("app") or None, limit=limit)
    return json_response({"requests": found, "last_seq": state.seq})


@blueprint.post("/reset")
def reset() -> Response:
    """Forget calls, media, codes, tasks and faults; {"keep_tokens": true} keeps issued tokens."""
    _state().reset(keep_tokens=bool(_body().get("keep_tokens", False)))
    return json_response({"ok": True})


# --- faults ------------------------------------------------------------------------------------------------------


@blueprint.get("/faults")
def list_faults() -> Response:
    """The fault rules in force."""
    return json_response({"rules": [r.as_dict() for r in _state().fault_rules]})


@blueprint.post("/faults")
def set_faults() -> Response:
    """Replace the rules: one rule as the body, or {"rules": [...]}; "seed" makes the draws repeatable."""
    state, body = _state(), _body()
    seed = body.pop("seed", None)
    raw_rules = body.pop("rules", None)
    if raw_rules is None:
        raw_rules = [body] if body else []
    elif body:
        raise ControlError(f"give either 'rules' or one rule, not both (extra: {sorted(body)})")
    try:
        rules = [parse_fault_rule(r) for r in raw_rules]
    except (TypeError, ValueError) as error:
        raise ControlError(str(error)) from None
    state.set_faults(rules, seed=int(seed) if seed is not None else None)
    return json_response({"rules": [r.as_dict() for r in state.fault_rules]})


# --- playing the platform's side ---------------------------------------------------------------------------------


@blueprint.post("/welcome_codes")
def welcome_codes() -> Response:
    """A WelcomeCode as an add_external_contact event carries it, for the callback a test posts."""
    body = _body()
    code = _state().issue_welcome_code(
        userid=_required(body, "userid"),
        external_userid=_required(body, "external_userid"),
        corpid=body.get("corpid") or None,
    )
    return json_response({"welcome_code": code, "expires_in": WELCOME_CODE_TTL_S})


@blueprint.post("/kf_messages")
def kf_messages() -> Response:
    """Queue customer messages for kf/sync_msg; answers the Token the kf callback would carry."""
    body = _body()
    messages = body.get("messages", [body] if "msgtype" in body else [])
    if not isinstance(messages, list) or not messages:
        raise ControlError("give 'messages': [...] or one message with a msgtype")
    try:
        token, msgids = _state().queue_kf_messages(messages, corpid=body.get("corpid") or None)
    except (TypeError, ValueError) as error:
        raise ControlError(str(error)) from None
    return json_response({"token": token, "msgids": msgids})


@blueprint.post("/groupmsg/confirm")
def groupmsg_confirm() -> Response:
    """A member taps "send" on a mass-send task in WeCom: 404 for an unknown msgid, 409 if cancelled."""
    body = _body()
    return _confirm(_required(body, "msgid"), body)


@blueprint.post("/wecom/tasks/<msgid>/confirm")
def wecom_task_confirm(msgid: str) -> Response:
    """The same, with the msgid in the path: `userid` (default: every member with a task) and `statuses`
    (external_userid or chat_id -> 1 sent, 2 not a friend, 3 receipt limit; default 1) optional."""
    return _confirm(msgid, _body())


@blueprint.get("/wecom/tasks/<msgid>")
def wecom_task(msgid: str) -> Response:
    """One mass send as the fake holds it: tasks, targets, reminders (times) and cancellation; 404 if unknown."""
    msg = _state().group_msgs.get(msgid)
    if msg is None:
        raise ControlError(f"no group message {msgid!r}", 404)
    return json_response(group_msg_json(msg))


def _confirm(msgid: str, body: Mapping[str, Any]) -> Response:
    statuses = body.get("statuses")
    if statuses is not None and not isinstance(statuses, dict):
        raise ControlError("statuses must be an object: external_userid or chat_id -> status")
    try:
        msg = _state().confirm_group_msg(msgid, userid=body.get("userid") or None, statuses=statuses)
    except KeyError as error:
        raise ControlError(str(error), 404) from None
    except ValueError as error:
        raise ControlError(str(error), 409) from None
    return json_response(group_msg_json(msg))


@blueprint.post("/tokens")
def tokens() -> Response:
    """Mint a valid token ({"app_id", "family"}) or expire one now ({"expire": token})."""
    state, body = _state(), _body()
    if body.get("expire"):
        try:
            state.expire_token(str(body["expire"]))
        except KeyError:
            raise ControlError("no such token", 404) from None
        return json_response({"ok": True})
    try:
        value = state.issue_token(_required(body, "app_id"), family=body.get("family", "oa"))
    except ValueError as error:
        raise ControlError(str(error)) from None
    return json_response({"access_token": value, "expires_in": TOKEN_TTL_S})


@blueprint.get("/users")
def user() -> Response:
    """What the fake knows of one follower: `subscribe` is 1 or 0 once a follow or unfollow was recorded
    (by a test or the simulator, which plays the follower), null for an openid never told about."""
    openid = request.args.get("openid", "")
    if not openid:
        raise ControlError("give ?openid=")
    return json_response({"openid": openid, "subscribe": _state().user_overrides(openid).get("subscribe")})


@blueprint.get("/menus")
def menus() -> Response:
    """The menu an Official Account's followers see (what menu/create set), null when it has none."""
    appid = request.args.get("appid", "")
    if not appid:
        raise ControlError("give ?appid=")
    state = _state()
    with state.lock:
        menu = state.oa_menus.get(appid)
    return json_response({"appid": appid, "menu": menu})


@blueprint.post("/users")
def users() -> Response:
    """Override what user/info says about a follower; "subscribe": 0 also makes sends answer 43004."""
    body = _body()
    openid = _required(body, "openid")
    _state().set_user(openid, **{k: v for k, v in body.items() if k != "openid"})
    return json_response({"ok": True})


@blueprint.post("/contacts")
def contacts() -> Response:
    """Record that a member has a customer, so mass sends without a sender reach them."""
    body = _body()
    _state().add_contact(_required(body, "userid"), _required(body, "external_userid"))
    return json_response({"ok": True})


@blueprint.post("/groupchats/members")
def groupchat_members() -> Response:
    """A customer joins a customer group (before WeCom's change_external_chat callback): `chat_id`, `userid`, and
    `config_id` (a join way: its state) or `state`; `join_scene` optional (3: by QR code)."""
    body = _body()
    try:
        row = join_group(_state(), chat_id=_required(body, "chat_id"), userid=_required(body, "userid"),
                         now=_state().now_s(), join_scene=int(body.get("join_scene", 3)),
                         way_state=str(body.get("state", "")), config_id=str(body.get("config_id", "")))
    except (ValueError, TypeError) as exc:
        return json_response({"error": str(exc)}, 400)
    return json_response(row)


@blueprint.post("/robots/remove")
def robots_remove() -> Response:
    """A robot removed from its group: its key answers 93000 from now on."""
    _state().remove_robot(_required(_body(), "key"))
    return json_response({"ok": True})
