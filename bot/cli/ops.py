"""`siyu overview [--json]` (today and this week at a glance) and `siyu queues [--json]` (queue health): the
admin API's GET /overview and GET /queues for people and scripts. Thin: call bot/manager, print."""

from __future__ import annotations

import json

import click

from bot.cli.options import brand_option, resolve_brand, settings_or_exit
from bot.manager.overview import overview as read_overview
from bot.manager.queues import health
from bot.services import build_services
from bot.store.connection import connect

WHY = "the counters and queues live in Redis"


@click.command("overview")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON object (members, today, week, sent_today, "
                                                      "in_sequences, open_handoffs, unanswered_questions, failed "
                                                      "and parked).")
def overview(brand: str | None, as_json: bool) -> None:
    """Members, today's and this week's events by type, members in sequences, what waits for a person."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    data = read_overview(build_services(settings, redis_client=connect(settings)), resolve_brand(settings, brand))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    click.echo(f"brand {data['brand']}: {data['members']} members, {data['in_sequences']} in sequences, "
               f"{data['open_handoffs']} open handoffs, {data['unanswered_questions']} unanswered questions, "
               f"{data['failed_deliveries']} failed and {data['parked_deliveries']} parked deliveries")
    for label, counts in (("today " + data["day"], data["today"]), ("sent today by route", data["sent_today"]),
                          ("last 7 days", data["week"])):
        click.echo(f"  {label}: " + (", ".join(f"{k} {v}" for k, v in counts.items()) or "nothing yet"))


@click.command("queues")
@click.option("--json", "as_json", is_flag=True, help="One JSON object (queues, workers, sequences).")
def queues(as_json: bool) -> None:
    """Each RQ queue's depth, oldest job and failed jobs; the workers; each brand's sequence tick lag."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    data = health(build_services(settings, redis_client=connect(settings)))
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    for row in data["queues"]:
        click.echo(f"{row['name']:<8} depth {row['depth']:>6}  oldest {row['oldest_age_s']:>8.1f} s  "
                   f"running {row['started']:>3}  failed {row['failed']:>4}  scheduled {row['scheduled']:>4}")
    click.echo(f"{len(data['workers'])} worker(s)")
    for row in data["sequences"]:
        click.echo(f"brand {row['brand']}: sequence tick lag {row['tick_lag_s']} s, {row['due_backlog']} due")
