"""`siyu config validate|apply` (check a content directory, publish it) and `siyu unanswered` (what the
content does not cover yet). Thin: parse, call the content core, print."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import click
from flask import current_app, has_app_context
from flask.cli import ScriptInfo, with_appcontext

from bot.cli.options import brand_option, require_real_redis, resolve_brand, settings_or_exit
from bot.content import content_directory, load_content, validate_directory
from bot.errors import ContentError
from bot.manager.content import publish_content

_DIRECTORY = click.Path(exists=True, file_okay=False, path_type=Path)


@click.group("config")
def config() -> None:
    """The community's content (config/*.yaml): validate it, publish it."""


def _siyu() -> Any | None:
    """The app's services (`.redis`, `.settings`) if an app can be loaded, else None: validating
    must work on a manager's laptop where no Redis or WeChat settings exist."""
    if has_app_context():
        return current_app.extensions.get("siyu")
    info = click.get_current_context().find_object(ScriptInfo)
    if info is None:
        return None
    try:
        app = info.load_app()
    except click.ClickException:  # NoAppException, or settings the app refused
        return None
    return app.extensions.get("siyu")


def _directory(directory: Path | None, brand: str | None, settings: Any | None) -> Path:
    """DIR if given, else the brand's folder under the content root (settings, else SIYU_*)."""
    if directory is not None:
        return directory
    root = Path(getattr(settings, "config_dir", None) or os.environ.get("SIYU_CONFIG_DIR") or "config")
    default = getattr(settings, "default_brand", None) or os.environ.get("SIYU_BRAND") or "default"
    return content_directory(root, brand or default, default_brand=default)


@config.command("validate")
@click.argument("directory", required=False, type=_DIRECTORY)
@brand_option("Brand whose folder to check when DIR is not given.")
def validate(directory: Path | None, brand: str | None) -> None:
    """Check DIR (default: the brand's content folder) and print every problem with file and line.

    Exits 1 when there is any problem, 0 with a one-line summary when the content is valid.
    Needs no Redis: community managers can run it on their laptop.
    """
    services = _siyu()
    target = _directory(directory, brand, getattr(services, "settings", None))
    problems = validate_directory(target)
    for problem in problems:
        click.echo(str(problem))
    if problems:
        files = len({problem.file for problem in problems})
        click.echo(f"{len(problems)} problem(s) in {files} file(s) under {target}; nothing was changed", err=True)
        raise SystemExit(1)
    click.echo(f"{target} is valid: {load_content(target).summary()}")


@config.command("apply")
@click.argument("directory", required=False, type=_DIRECTORY)
@brand_option("Brand to publish for (default: SIYU_BRAND).")
@with_appcontext
def apply(directory: Path | None, brand: str | None) -> None:
    """Validate DIR, then publish it as the brand's next content version.

    Web processes and workers switch to it within about a second, without a restart. Nothing is
    published when any problem is found.
    """
    services = current_app.extensions["siyu"]
    settings = services.settings
    brand = resolve_brand(settings, brand)
    require_real_redis(settings, why="publishing into the embedded in-memory Redis would reach no running process")
    target = _directory(directory, brand, settings)
    try:
        content = load_content(target)
    except ContentError as exc:
        click.echo(str(exc), err=True)
        click.echo("nothing was published", err=True)
        raise SystemExit(1) from exc
    version, moved = publish_content(services, brand, content)
    click.echo(f"published {target} as content version {version} for brand {brand!r}: {content.summary()}")
    for sequence_id, steps in moved.items():
        click.echo(f"sequence {sequence_id}: steps {', '.join(steps)} changed time; a worker moves the members "
                   "due at them where the new time is earlier (jobs.sequences.reschedule)")


@click.command()
@brand_option()
@click.option("--count", default=30, show_default=True, type=click.IntRange(1, 1000))
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (question, count).")
def unanswered(brand: str | None, count: int, as_json: bool) -> None:
    """The questions the bot could not answer, most asked first: what the FAQ should cover next."""
    from bot.store import connection
    from bot.store.unanswered import UnansweredQuestions

    # Settings and Redis only, not the web app: its start-up checks are the web process's to log, not this
    # command's to print before its answer (issue 10 #9).
    settings = settings_or_exit(need_redis=True, why="the unanswered questions live in the web processes' Redis")
    # An unknown brand has simply never been asked anything: no error, as before.
    brand = resolve_brand(settings, brand, must_be_configured=False)
    rows = UnansweredQuestions(connection.connect(settings)).top(brand, count)
    if as_json:
        click.echo(json.dumps([{"question": q, "count": n} for q, n in rows], ensure_ascii=False))
        return
    if not rows:
        click.echo("no unanswered questions")
    for question, times in rows:
        click.echo(f"{times:6d}  {question}")
