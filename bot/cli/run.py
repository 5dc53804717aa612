"""`siyu demo | serve | worker`: start Siyu's processes. Thin: check the settings, hand over, never return early.

Production processes (`serve`, `worker`) refuse the embedded fakeredis, which would silently lose
everything at exit.
"""

from __future__ import annotations

import os

import click

from bot.cli.options import exit_on_bad_settings, settings_or_exit
from bot.settings import Settings


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def demo(host: str, port: int) -> None:
    """Run everything in one process: no Redis server, no WeChat account needed."""
    from bot.sandbox.demo import run

    try:
        with exit_on_bad_settings():
            run(host=host, port=port)
    except KeyboardInterrupt:
        click.echo("stopped")


@click.command()
@click.option("--bind", default=lambda: os.environ.get("SIYU_BIND", "0.0.0.0:8000"),
              show_default="SIYU_BIND or 0.0.0.0:8000")
@click.option("--workers", default=lambda: int(os.environ.get("SIYU_WEB_WORKERS", "2")), type=int,
              show_default="SIYU_WEB_WORKERS or 2")
def serve(bind: str, workers: int) -> None:
    """Serve the webhook with gunicorn (production)."""
    settings_or_exit(need_redis=True)
    from bot.cli.server import serve as run_gunicorn

    run_gunicorn(bind=bind, workers=workers)


@click.command()
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
@click.option("--name", default=None, help="Worker name (default: RQ's).")
@click.option("--fork", is_flag=True,
              help="Fork a work horse per job (RQ's Worker) instead of running jobs in this process: slower "
                   "(~40 ms per job), but a job that crashes the interpreter takes only its horse.")
def worker(burst: bool, name: str | None, fork: bool) -> None:
    """Run an RQ worker on the welcome, high, default and bulk queues (in that order), with RQ's scheduler."""
    settings = settings_or_exit(need_redis=True)
    from bot.store.connection import connect
    from jobs.worker import run_worker

    _json_logs(settings)
    run_worker(connect(settings), burst=burst, name=name, fork=fork, tuning=settings.delivery)


@click.command()
@click.option("--interval", default=15, show_default=True, type=click.IntRange(1, 3600),
              help="Seconds between two sequence ticks per brand (WeCom confirm tasks are tracked as often, at "
                   "least every 60 s).")
def cron(interval: int) -> None:
    """Run RQ's cron scheduler: it enqueues each brand's sequence tick every INTERVAL seconds (one per
    deployment; the ticks run on `siyu worker`)."""
    settings = settings_or_exit(need_redis=True)
    from bot.store.connection import connect
    from jobs.cron import run_cron

    _json_logs(settings)
    run_cron(connect(settings), sorted(settings.brands), interval_s=interval)


def _json_logs(settings: Settings) -> None:
    """Under SIYU_LOG_FORMAT=json, root logging as JSON lines before RQ starts: RQ then adds no text handler of its
    own (it does only when nothing handles its loggers). Text mode keeps RQ's own worker and cron lines, as before."""
    if settings.log_format == "json":
        from bot.observability.logs import configure

        configure(settings.log_level, "json")
