"""`siyu deliveries ...`: what the delivery ledger knows, for managers. Thin: parse, read, print."""

from __future__ import annotations

import click

from bot.clock import SystemClock
from bot.errors import SettingsError
from bot.settings import Settings
from bot.store.connection import connect
from bot.store.ledger import DeliveryLedger


@click.group("deliveries")
def deliveries() -> None:
    """Outbound messages: what failed and why."""


@deliveries.command("failed")
@click.option("--brand", default=None, help="Brand to read (default: SIYU_BRAND).")
@click.option("--count", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many of the newest failures to show.")
def failed(brand: str | None, count: int) -> None:
    """List permanent failures, newest first: time, WeChat errcode and errmsg, route, member, key.

    Exits 0 also when there are none; retried and parked messages are not failures.
    """
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        raise click.ClickException(str(exc)) from exc
    if settings.uses_embedded_redis:
        raise click.ClickException("SIYU_REDIS_URL is not set: the failed ledger lives in the workers' Redis")
    brand = brand or settings.default_brand
    if brand not in settings.brands:
        raise click.ClickException(f"unknown brand {brand!r} (configured: {', '.join(sorted(settings.brands))})")
    rows = DeliveryLedger(connect(settings), SystemClock()).failures(brand, count=count)
    if not rows:
        click.echo(f"no failed deliveries for brand {brand!r}")
        return
    for row in rows:
        code = row.get("errcode") or "-"
        click.echo(f"{row['time']}  errcode {code:>6}  {row.get('route', '-'):<15} member {row.get('member') or '-'}"
                   f"  key {row.get('key', '')}")
        click.echo(f"    {row.get('errmsg', '')}  [{row.get('reason', '')}]")
    click.echo(f"{len(rows)} failed deliveries shown for brand {brand!r}")
