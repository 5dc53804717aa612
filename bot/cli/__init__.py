"""The `siyu` command (also `python -m bot`): demo, serve, worker, simulate, config.

Commands are thin: parse, call the core, print. Production commands refuse to run on the
embedded fakeredis, which would silently lose everything at exit.
"""

from __future__ import annotations

import os
import sys

import click
import requests
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from bot.cli import content, deliveries
from bot.errors import SettingsError
from bot.settings import Settings


def _create_app() -> object:
    """FlaskGroup builds the app before any command runs: a bad setting must read as one."""
    from bot.app import create_app

    try:
        return create_app()
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(cls=FlaskGroup, create_app=_create_app, add_default_commands=False, add_version_option=False,
             load_dotenv=False, set_debug_flag=False)
def cli() -> None:
    """Siyu (私域): a WeChat community bot. Start with `siyu demo`."""


def _settings_or_exit(*, need_redis: bool) -> Settings:
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
    if need_redis and settings.uses_embedded_redis:
        raise click.ClickException("SIYU_REDIS_URL is not set: production processes need a real Redis "
                                   "(e.g. redis://127.0.0.1:6379/0). For a trial without one, run `siyu demo`.")
    return settings


@cli.command(with_appcontext=False)  # builds its own app, or none
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def demo(host: str, port: int) -> None:
    """Run everything in one process: no Redis server, no WeChat account needed."""
    from bot.sandbox.demo import run

    try:
        run(host=host, port=port)
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        click.echo("stopped")


@cli.command(with_appcontext=False)  # builds its own app, or none
@click.option("--bind", default=lambda: os.environ.get("SIYU_BIND", "0.0.0.0:8000"),
              show_default="SIYU_BIND or 0.0.0.0:8000")
@click.option("--workers", default=lambda: int(os.environ.get("SIYU_WEB_WORKERS", "2")), type=int,
              show_default="SIYU_WEB_WORKERS or 2")
def serve(bind: str, workers: int) -> None:
    """Serve the webhook with gunicorn (production)."""
    _settings_or_exit(need_redis=True)
    from bot.cli.server import serve as run_gunicorn

    run_gunicorn(bind=bind, workers=workers)


@cli.command(with_appcontext=False)  # builds its own app, or none
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
@click.option("--name", default=None, help="Worker name (default: RQ's).")
@click.option("--fork", is_flag=True,
              help="Fork a work horse per job (RQ's Worker) instead of running jobs in this process: slower "
                   "(~40 ms per job), but a job that crashes the interpreter takes only its horse.")
def worker(burst: bool, name: str | None, fork: bool) -> None:
    """Run an RQ worker on the high, default and bulk queues, with RQ's scheduler."""
    settings = _settings_or_exit(need_redis=True)
    from bot.store.connection import connect
    from jobs.worker import run_worker

    run_worker(connect(settings), burst=burst, name=name, fork=fork, tuning=settings.delivery)


@cli.command(with_appcontext=False)  # builds its own app, or none
@click.argument("text")
@click.option("--url", default="http://127.0.0.1:8000", show_default=True, help="Where Siyu listens.")
@click.option("--channel", type=click.Choice(["oa", "wecom"]), default="oa", show_default=True)
@click.option("--user", default="o_demo_follower", show_default=True, help="openid / userid of the sender.")
@click.option("--mode", type=click.Choice(["safe", "compat", "plain"]), default="safe", show_default=True,
              help="Official Account encryption mode.")
def simulate(text: str, url: str, channel: str, user: str, mode: str) -> None:
    """Post TEXT as a signed (and encrypted) callback, as WeChat would, and print the reply.

    Uses the accounts in SIYU_* when set, else the demo's.
    """
    from bot.sandbox.demo import demo_environment
    from bot.sandbox.simulator import Simulator, http_transport

    settings = Settings.from_env(demo_environment(os.environ))
    brand = settings.brands[settings.default_brand]
    with requests.Session() as session:
        simulator = Simulator(brand=brand.name, oa=brand.oa, wecom=brand.wecom,
                              transport=http_transport(url, session=session))
        reply = simulator.oa_message(user, text, mode=mode) if channel == "oa" else simulator.wecom_message(user, text)
    click.echo(f"HTTP {reply.status}")
    click.echo(reply.text or reply.body.decode("utf-8", "replace") or "(empty)")
    if reply.status != 200:
        sys.exit(1)


@cli.command()
@click.option("--brand", default=None, help="Brand (default: SIYU_BRAND).")
@click.option("--count", default=30, show_default=True, type=click.IntRange(1, 1000))
@with_appcontext
def unanswered(brand: str | None, count: int) -> None:
    """The questions the bot could not answer, most asked first: what the FAQ should cover next."""
    siyu = current_app.extensions["siyu"]
    rows = siyu.unanswered.top(brand or siyu.settings.default_brand, count)
    if not rows:
        click.echo("no unanswered questions")
    for question, times in rows:
        click.echo(f"{times:6d}  {question}")


cli.add_command(content.config)  # siyu config validate | apply
cli.add_command(deliveries.deliveries)  # siyu deliveries failed


def main() -> None:
    cli(prog_name="siyu")
