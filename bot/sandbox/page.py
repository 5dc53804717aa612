"""`/sandbox` (the page) and its JSON endpoints under `/_sandbox/`: demo only, `siyu serve` never mounts them.

Thin: each view reads JSON, calls the Playground (which plays WeChat's side over HTTP), and answers JSON. The page
is server-rendered HTML with one script and one stylesheet served from here: nothing loads from the internet.

    GET  /sandbox                          the page
    GET  /_sandbox/state                   personas, groups, every chat's items, each persona's window and parked
    GET  /_sandbox/exchanges/<id>          one exchange, raw: request as posted, decrypted, reply, API calls
    POST /_sandbox/personas                {"name", "channel": "oa"|"kf"|"wecom"}
    POST /_sandbox/say                     {"persona", "text", "menu_id"?}
    POST /_sandbox/mention                 {"persona", "group", "text"}
    POST /_sandbox/event                   {"persona", "event", "argument"?}
    POST /_sandbox/open                    {"chat", "url"} or {"chat", "appid", "page"} (a Mini Program card)
    POST /_sandbox/tasks/<msgid>/confirm   {"chat"}
    POST /_sandbox/advance                 {"advance_s": N} or {"to": "next"} (the next due sequence step)
    POST /_sandbox/reset
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from flask import Blueprint, Response, current_app, jsonify, render_template, request, send_file

from bot.sandbox import member_view
from bot.sandbox.local_media import DEMO_MEDIA, SANDBOX_PREFIX, demo_file
from bot.sandbox.playground import CHANNELS, ActionError, Playground
from bot.services import Services
from bot.store import keys

log = logging.getLogger("siyu.sandbox")
HERE = Path(__file__).resolve().parent
ASSETS = HERE / "page_assets"
DASHBOARD = "/admin/"  # the manager dashboard (issue 14); linked, not built here


def playground_blueprint(playground: Playground, *, next_due: Callable[[], int | None],
                         track_tasks: Callable[[], object]) -> Blueprint:
    blueprint = Blueprint("sandbox_page", __name__, template_folder=str(ASSETS))

    def siyu() -> Services:
        services: Services = current_app.extensions["siyu"]
        return services

    @blueprint.errorhandler(ActionError)
    def refused(error: ActionError) -> tuple[Response, int]:
        return jsonify(error=str(error)), error.status

    @blueprint.errorhandler(requests.RequestException)
    def unreachable(error: requests.RequestException) -> tuple[Response, int]:
        log.warning("sandbox action failed on its way: %s", error)
        return jsonify(error=f"the sandbox could not reach the bot or the fake WeChat API: {error}"), 502

    @blueprint.get("/sandbox")
    @blueprint.get("/sandbox/")
    def page() -> str:
        return render_template("sandbox.html", dashboard=DASHBOARD, brand=playground.brand.name,
                               groups=playground.groups, channels=CHANNELS,
                               fake=f"{playground.fake_origin}/_fake/requests")

    @blueprint.get("/sandbox/assets/<name>")
    def asset(name: str) -> Response:
        if name not in ("sandbox.js", "sandbox.css"):
            return Response("not found", status=404)
        response = send_file(ASSETS / name, max_age=0)
        return response

    @blueprint.get("/sandbox/media/<media_id>")
    def media(media_id: str) -> Response:
        """An image the bot uploaded (by the name it uploaded), from the demo's own media folder."""
        playground.refresh()
        name = playground.directory.media.get(media_id, "")
        found = next((p for p in sorted(DEMO_MEDIA.rglob(name)) if p.is_file()), None) if name else None
        if found is None:
            return Response("unknown media", status=404)
        return send_file(found, mimetype="image/png" if found.suffix == ".png" else "image/jpeg", max_age=3600)

    @blueprint.get(f"{SANDBOX_PREFIX}<host>/<path:path>")
    def demo_image(host: str, path: str) -> Response:
        """A demo-content image by its CDN address (cards drawn from a passive reply or a news message name it)."""
        found = demo_file(host, path)
        if found is None:
            return Response("unknown media", status=404)
        return send_file(found, mimetype="image/png", max_age=3600)  # the demo's images are PNG, whatever their name

    @blueprint.get("/_sandbox/state")
    def state() -> Response:
        services = siyu()
        brand = playground.brand.name
        chats = playground.chats()
        _task_states(playground, chats)
        due = next_due()
        return jsonify(
            now=services.clock.now().isoformat(timespec="seconds"),
            next_due=datetime.fromtimestamp(due, UTC).isoformat() if due else None,
            personas=[{"key": p.key, "name": p.name, "channel": p.channel, "user": p.user, "chat": p.chat}
                      for p in playground.personas.values()],
            groups=[{"id": g.id, "name": g.name, "chat": f"group:{g.chat_id}"} for g in playground.groups],
            chats=chats,
            members={p.chat: member_view.status(services, brand, p) for p in playground.personas.values()},
            clicked=sorted(playground.clicked),
            menu=playground.menu(),
            exchanges=playground.summaries(),
            dashboard=DASHBOARD)

    @blueprint.get("/_sandbox/exchanges/<int:exchange_id>")
    def exchange(exchange_id: int) -> Response:
        return jsonify(playground.exchange(exchange_id))

    @blueprint.post("/_sandbox/personas")
    def add_persona() -> tuple[Response, int]:
        body = _body()
        persona = playground.add_persona(str(body.get("name", "")), str(body.get("channel", "")))
        return jsonify(key=persona.key, chat=persona.chat), 201

    @blueprint.post("/_sandbox/say")
    def say() -> Response:
        body = _body()
        exchange = playground.say(playground.persona(body.get("persona")), body.get("text"),
                                  menu_id=str(body.get("menu_id") or ""))
        return jsonify(exchange=exchange.id, reply=exchange.reply_text)

    @blueprint.post("/_sandbox/mention")
    def mention() -> Response:
        body = _body()
        exchange = playground.mention(playground.persona(body.get("persona")), playground.group(body.get("group")),
                                      body.get("text"))
        return jsonify(exchange=exchange.id, reply=exchange.reply_text)

    @blueprint.post("/_sandbox/event")
    def event() -> Response:
        body = _body()
        exchange = playground.event(playground.persona(body.get("persona")), str(body.get("event", "")),
                                    str(body.get("argument") or ""))
        return jsonify(exchange=exchange.id, reply=exchange.reply_text)

    @blueprint.post("/_sandbox/open")
    def open_item() -> Response:
        body = _body()
        chat = str(body.get("chat", ""))
        if body.get("page"):
            exchange = playground.open_card(chat, str(body.get("appid", "")), str(body["page"]),
                                            links=siyu().links, content=siyu().content(playground.brand.name))
        else:
            exchange = playground.open_link(chat, body.get("url"))
        return jsonify(exchange=exchange.id, status=exchange.status, notes=exchange.notes)

    @blueprint.post("/_sandbox/tasks/<msgid>/confirm")
    def confirm(msgid: str) -> Response:
        exchange = playground.confirm_task(str(_body().get("chat", "")), msgid, track_tasks)
        return jsonify(exchange=exchange.id, status=exchange.status)

    @blueprint.post("/_sandbox/advance")
    def advance() -> Response:
        body = _body()
        if body.get("to") == "next":
            due = next_due()
            if due is None:
                raise ActionError("no sequence step is due: follow or add a contact first", 409)
            seconds = max(0.0, due - siyu().clock.now().timestamp())
        else:
            given = body.get("advance_s")
            if isinstance(given, bool) or not isinstance(given, int | float) or not 0 <= given <= 366 * 86400:
                raise ActionError('send {"advance_s": N} (0 to a year) or {"to": "next"}')
            seconds = float(given)
        exchange = playground.clock(seconds)
        return jsonify(exchange=exchange.id, now=exchange.reply_text)

    @blueprint.post("/_sandbox/reset")
    def reset() -> Response:
        services = siyu()
        playground.reset(lambda: _wipe(services))
        return jsonify(ok=True)

    return blueprint


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise ActionError("send a JSON object")
    return body


def _wipe(services: Services) -> None:
    """The bot's data only (`siyu:*`): members, enrolments, ledgers, links, published content, tokens. RQ's own
    keys stay, so the in-process worker and its scheduler keep running."""
    batch: list[Any] = []
    for key in services.redis.scan_iter(match=f"{keys.ROOT}:*", count=1000):
        batch.append(key)
        if len(batch) >= 500:
            services.redis.delete(*batch)
            batch.clear()
    if batch:
        services.redis.delete(*batch)


def _task_states(playground: Playground, chats: dict[str, list[dict[str, Any]]]) -> None:
    """Each staff confirm task's state at the fake (waiting, sent, cancelled): the card shows it and its button."""
    seen: dict[str, dict[str, Any]] = {}
    for items in chats.values():
        for item in items:
            for part in item.get("parts") or []:
                if part.get("type") != "task" or not part.get("msgid"):
                    continue
                msgid = part["msgid"]
                if msgid not in seen:
                    answer = playground.session.get(f"{playground.fake_origin}/_fake/wecom/tasks/{msgid}", timeout=10)
                    seen[msgid] = answer.json() if answer.ok else {}
                task = seen[msgid]
                statuses = [t.get("status") for t in task.get("task_list", [])]
                part["state"] = ("cancelled" if task.get("cancelled") else
                                 "sent" if statuses and all(s == 2 for s in statuses) else "waiting")
