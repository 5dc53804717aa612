"""The fake WeChat API as a Flask app: the platform dispatcher in front, the control API behind it.

Builds the app and its FakeState; serving it over HTTP is server.py's job.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from flask import Flask

from bot.sandbox.fake_wechat.control import blueprint as control_api
from bot.sandbox.fake_wechat.dispatch import PlatformApi
from bot.sandbox.fake_wechat.state import EXTENSION_KEY, Clock, FakeState


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
    app.register_blueprint(control_api)
    app.wsgi_app = PlatformApi(app.wsgi_app, state)  # type: ignore[method-assign]
    return app
