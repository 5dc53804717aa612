"""`create_app()`: the Flask application factory (gunicorn serves `bot.app:create_app()`)."""

from __future__ import annotations

import logging

import redis
from flask import Flask

from bot.errors import SiyuError
from bot.services import Services, build_services
from bot.settings import Settings
from bot.views import blueprint


def create_app(settings: Settings | None = None, *, services: Services | None = None) -> Flask:
    """Settings come from the environment unless given; a bad one raises SettingsError naming it."""
    settings = settings or (services.settings if services else Settings.from_env())
    configure_logging(settings.log_level)
    services = services or build_services(settings)
    services.router.freeze()
    warm_content(services)
    app = Flask("siyu")
    app.config["MAX_CONTENT_LENGTH"] = None  # the webhook enforces its own limit, answering 400
    app.extensions["siyu"] = services
    app.register_blueprint(blueprint)
    return app


def warm_content(services: Services) -> None:
    """Load each brand's content and build its FAQ index now, not inside the first callback's 5 s
    (the index takes ~150 ms for the demo FAQ, seconds for 10,000 entries). Redis or content
    trouble is logged, not fatal: the first callback will try again and report it."""
    for brand in services.settings.brands:
        try:
            content = services.content(brand)
            _ = content.faq_index
        except (SiyuError, redis.RedisError) as exc:
            logging.getLogger("siyu").warning("content for brand %s not loaded at start: %s", brand, exc)


def configure_logging(level: str) -> None:
    """Plain one-line logs; never configured twice (gunicorn and tests may have set handlers)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("siyu").setLevel(level)
