"""Paths only `siyu demo` adds to the bot's app, under `/_sandbox/`; `siyu serve` never mounts them (404).

`GET /_sandbox/fake` tells `siyu simulate` where the demo's fake WeChat API listens: it plays WeChat's
side of an event there (records a follow, gets the WelcomeCode a contact-added event carries) and
points the user at what the bot sent. The fake picks a free port at start, so nothing else knows it.
"""

from __future__ import annotations

from flask import Blueprint, Response, jsonify


def sandbox_blueprint(*, fake_origin: str) -> Blueprint:
    blueprint = Blueprint("sandbox", __name__, url_prefix="/_sandbox")

    @blueprint.get("/fake")
    def fake() -> Response:
        return jsonify({"origin": fake_origin, "requests": f"{fake_origin}/_fake/requests"})

    return blueprint
