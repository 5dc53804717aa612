"""`siyu handoffs [--json]` (the open handoffs to a person, oldest first, with their age) and `siyu handoffs
close ID` (the bot answers that member again). Thin: parse, call bot/store/handoffs.py, print."""

from __future__ import annotations

import json

import click

from bot.cli.options import brand_option, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.store.connection import connect
from bot.store.handoffs import HandoffStore

WHY = "open handoffs live in the webhook's Redis"


@click.group("handoffs", invoke_without_command=True)
@brand_option("Brand to read (default: SIYU_BRAND).")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (id, member, channel, reason, "
                                                        "text, opened_at, until, age_s, told).")
@click.pass_context
def handoffs(ctx: click.Context, brand: str | None, as_json: bool) -> None:
    """Handoffs to a person still open, oldest first, with their age. `close ID` ends one."""
    ctx.ensure_object(dict)
    ctx.obj["brand"] = brand
    if ctx.invoked_subcommand is not None:
        return
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    clock = SystemClock()
    rows = HandoffStore(connect(settings), clock).list_open(brand)
    now = clock.now()
    if as_json:
        click.echo(json.dumps([row.to_data(now) for row in rows], ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no open handoffs for brand {brand!r}")
        return
    for row in rows:
        left = max(0, int((row.until - now).total_seconds()))
        click.echo(f"{row.id}  age {_age(row.age_s(now)):>7}  {row.channel:<9} member {row.member_id}  "
                   f"{row.reason}  (lapses in {_age(left)})")
        click.echo(f"    \"{row.text}\"  told: {row.told or 'nobody (handoff.yaml names no staff)'}")
    click.echo(f"{len(rows)} open handoff(s) for brand {brand!r}")


@handoffs.command("close")
@click.argument("handoff_id")
@click.pass_context
def close(ctx: click.Context, handoff_id: str) -> None:
    """End handoff HANDOFF_ID: the bot answers its member again. Exit 1 when no such handoff is open."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, ctx.obj.get("brand") if ctx.obj else None)
    closed = HandoffStore(connect(settings), SystemClock()).close(brand, handoff_id)
    if closed is None:
        raise click.ClickException(f"no open handoff {handoff_id!r} for brand {brand!r} (see `siyu handoffs`)")
    click.echo(f"closed {handoff_id}: the bot answers member {closed.member_id} again")
    if closed.channel == "kf":  # the session stays with a person until a servicer ends it (bot/webhook/effects.py)
        click.echo("note: the member's WeChat customer service (kf) session stays with a person until a servicer "
                   "ends it in WeCom; only then can the bot reply there")


def _age(seconds: int) -> str:
    if seconds < 3600:
        return f"{seconds // 60}m"
    if seconds < 86400:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 86400}d{seconds % 86400 // 3600:02d}h"
