"""What every `siyu` command shares: the `--brand` option and the one way to load settings or stop.

A bad setting, a missing Redis or an unknown brand ends a command with one line naming the culprit
and exit status 1. Nothing here reads Redis or builds an app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import click
import redis

from bot.content.model import Content
from bot.errors import ContentError, SettingsError
from bot.services import ContentLibrary
from bot.settings import Settings
from bot.store.connection import connect

PRODUCTION_NEEDS_REDIS = ("production processes need a real Redis (e.g. redis://127.0.0.1:6379/0). "
                          "For a trial without one, run `siyu demo`.")


def brand_option(help_text: str = "Brand (default: SIYU_BRAND).") -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--brand NAME`, None when not given: `resolve_brand` turns None into SIYU_BRAND's brand.

    The fallback goes through the settings, the one reader of SIYU_BRAND (which also checks it), so
    the option itself reads no environment variable.
    """
    return click.option("--brand", default=None, help=help_text)


@contextmanager
def exit_on_bad_settings() -> Iterator[None]:
    """Turn a SettingsError into click's one-line `Error: ...` and exit status 1, instead of a traceback."""
    try:
        yield
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc


def settings_or_exit(*, need_redis: bool, why: str = PRODUCTION_NEEDS_REDIS,
                     environ: Mapping[str, str] | None = None) -> Settings:
    """The settings from SIYU_* (or `environ`), or exit naming the bad variable.

    With `need_redis`, the embedded fakeredis is refused too (`why` says what would be lost on it).
    """
    with exit_on_bad_settings():
        settings = Settings.from_env(environ)
    if need_redis:
        require_real_redis(settings, why=why)
    return settings


def require_real_redis(settings: Settings, *, why: str) -> None:
    """Stop when SIYU_REDIS_URL is unset: the embedded fakeredis lives and dies with this process.

    An app's settings may be a stand-in without the flag (tests build one); that counts as a real Redis.
    """
    if getattr(settings, "uses_embedded_redis", False):
        raise click.ClickException(f"SIYU_REDIS_URL is not set: {why}")


def resolve_brand(settings: Settings, brand: str | None, *, must_be_configured: bool = True) -> str:
    """`brand`, or the default brand (SIYU_BRAND) when none was given; one not configured stops the command."""
    chosen = brand or settings.default_brand
    if must_be_configured and chosen not in settings.brands:
        raise click.ClickException(f"unknown brand {chosen!r} (configured: {', '.join(sorted(settings.brands))})")
    return chosen


def content_or_exit(settings: Settings, brand: str, redis_client: redis.Redis | None = None) -> Content:
    """The brand's content in force (published in Redis when a Redis is configured, else the content directory),
    read through `redis_client` when the command has one; content that cannot load is click's one-line error."""
    try:
        return ContentLibrary(redis_client if redis_client is not None else connect(settings), settings)(brand)
    except ContentError as exc:
        raise click.ClickException(str(exc)) from exc
