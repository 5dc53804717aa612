"""`create_app()`: the Flask application factory (gunicorn serves `bot.app:create_app()`)."""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime

import redis
from flask import Flask, request

from bot.admin.views import blueprint as admin_blueprint
from bot.api import blueprint as api_blueprint
from bot.channels.readiness import log_gaps
from bot.content.model import Content
from bot.errors import SiyuError
from bot.inbound import Channel, Inbound, Kind
from bot.observability import logs
from bot.observability.views import blueprint as metrics_blueprint
from bot.services import Services, build_services
from bot.settings import Settings
from bot.tracking.views import blueprint as tracking_blueprint
from bot.views import CallbackFastPath, blueprint


def create_app(settings: Settings | None = None, *, services: Services | None = None) -> Flask:
    """Settings come from the environment unless given; a bad one raises SettingsError naming it.

    Called bare, as gunicorn calls it in each worker, it builds a long-lived server process: once
    warm it freezes the heap (`freeze_heap`). Tests and the demo pass settings or services and
    keep the collector as it is.
    """
    serving = settings is None and services is None
    settings = settings or (services.settings if services else Settings.from_env())
    configure_logging(settings.log_level, settings.log_format)
    services = services or build_services(settings)
    services.router.freeze()
    contents = warm_content(services)
    log_gaps(settings, contents)  # what the settings leave unsendable, said once
    app = Flask("siyu", static_folder=None)  # no /static/: the default serves the working directory's static/
    app.config["MAX_CONTENT_LENGTH"] = None  # the webhook enforces its own limit, answering 400
    app.extensions["siyu"] = services
    app.register_blueprint(blueprint)
    app.register_blueprint(tracking_blueprint)  # /l/<code>, /api/v1/conversions
    app.register_blueprint(api_blueprint)  # /api/v1/... (admin API, bearer tokens), /api/v1/openapi.json
    app.register_blueprint(metrics_blueprint)  # /metrics (SIYU_METRICS_TOKEN, else loopback only)
    app.before_request(_start_request)
    app.register_blueprint(admin_blueprint)  # /admin/: the dashboard (docs/dashboard.md)
    app.wsgi_app = CallbackFastPath(app.wsgi_app, services)  # type: ignore[method-assign]  # callback POSTs
    if serving:
        warm_handlers(services, contents)
        freeze_heap()
    return app


def _start_request() -> None:
    """Every log line of this request carries one id (a proxy's X-Request-Id, else a fresh one)."""
    logs.new_request_id(request.headers.get("X-Request-Id", ""))


def freeze_heap() -> None:
    """Move everything built at start (imports, content, the FAQ index: ~77,000 objects) out of the
    garbage collector's reach. Otherwise each full collection walks it all and stalls the callbacks
    in flight for ~50-60 ms, once every few seconds under load: the webhook's p99 (bench/webhook.py).
    Collect first, so no garbage is frozen with it (CPython's documented use of gc.freeze)."""
    gc.collect()
    gc.freeze()


def warm_content(services: Services) -> dict[str, Content]:
    """Load each brand's content and build its FAQ index now, not inside the first callback's 5 s
    (the index takes ~150 ms for the demo FAQ, seconds for 10,000 entries). Redis or content
    trouble is logged, not fatal: the first callback will try again and report it. The contents loaded."""
    loaded = {}
    for brand in services.settings.brands:
        try:
            content = services.content(brand)
            _ = content.faq_index
            loaded[brand] = content
        except (SiyuError, redis.RedisError) as exc:
            logging.getLogger("siyu").warning("content for brand %s not loaded at start: %s", brand, exc)
    return loaded


def configure_logging(level: str, fmt: str = "text") -> None:
    """Text or JSON lines with a request id (bot/observability/logs.py); never configured twice."""
    logs.configure(level, fmt)


# What followers send first, in the languages they send it: routed once per brand when a web worker starts.
WARM_MESSAGES = ("ping", "hi", "怎么退货", "請問幾時到貨", "how long does shipping take", "zen me tui huo")


def warm_handlers(services: Services, contents: dict[str, Content]) -> None:
    """Route WARM_MESSAGES once per brand, so that what the handlers build on first use (the pinyin reader, other
    businesses' names, the handlers' word lists: ~0.4 s of CPU in a cProfile of the first two callbacks) is built in
    each web worker before it accepts, not inside its first callbacks' 5 s: under gevent a worker's CPU is every
    callback's at once. The handlers are pure (they return a Result; the pipeline stores and sends it), so nothing is
    stored, sent or counted. A handler failing here is logged, not fatal: the first callback meets it and reports it."""
    for brand, content in contents.items():
        oa = services.settings.brands[brand].oa
        account = oa.appid if oa is not None else ""
        for text in WARM_MESSAGES:
            inbound = Inbound(brand=brand, channel=Channel.OA, account=account, kind=Kind.TEXT,
                              sent_at=datetime.now(UTC), user_id="warm-up", msg_id="warm-up", text=text)
            try:
                services.router.dispatch(inbound, None, content)
            except Exception:  # any handler's bug: the worker still starts and serves
                logging.getLogger("siyu").exception("brand %s: routing %r at start failed", brand, text)

