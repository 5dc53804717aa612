"""`siyu channels sync | list | report [--json]`: acquisition channels (config/channels.yaml), their WeCom codes
and what each brought. Thin: parse, call bot/community, print."""

from __future__ import annotations

import json

import click

from bot.cli.options import brand_option, content_or_exit, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.community.attribution import ChannelStats, channel_report, report_sources
from bot.community.channel_codes import CodeStore, sync
from bot.errors import SiyuError
from bot.gateway import Gateway
from bot.store.connection import connect
from bot.store.links import LinkStore

WHY = "channel codes and arrivals live in the webhook's Redis"


@click.group("channels")
def channels() -> None:
    """Acquisition channels: create their WeCom codes, list them, report what each brought."""



@channels.command("sync")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: channel, kind, config_id, "
                                                      "qr_code, state, created.")
def sync_codes(brand: str | None, as_json: bool) -> None:
    """Create the contact way or join way of every channel that has none yet (running it again creates nothing)."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    content = content_or_exit(settings, brand, redis_client)
    try:
        created, kept = sync(Gateway(redis_client, settings), CodeStore(redis_client), brand, content)
    except SiyuError as exc:
        raise click.ClickException(f"WeCom refused a code: {exc}") from exc
    rows = [{**code.__dict__, "created": True} for code in created] + \
           [{**code.__dict__, "created": False} for code in kept]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['channel']:<20} {row['kind']:<12} {row['state']:<24} {row['qr_code']}"
                   f"{'  (new)' if row['created'] else ''}")
    click.echo(f"{len(created)} code(s) created, {len(kept)} already there")


@channels.command("list")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: channel, name, kind, state, "
                                                      "tags, config_id, qr_code ('' before sync).")
def list_channels(brand: str | None, as_json: bool) -> None:
    """Every channel of config/channels.yaml and its code, if created."""
    settings = settings_or_exit(need_redis=False)
    brand = resolve_brand(settings, brand)
    content = content_or_exit(settings, brand)
    codes = {} if settings.uses_embedded_redis else CodeStore(connect(settings)).all(brand)
    rows = [{"channel": c.id, "name": c.name, "kind": c.kind, "state": c.state, "tags": list(c.tags),
             "config_id": codes[c.id].config_id if c.id in codes else "",
             "qr_code": codes[c.id].qr_code if c.id in codes else ""} for c in content.channels]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no channels (config/channels.yaml defines them)")
    for row in rows:
        click.echo(f"{row['channel']:<20} {row['kind']:<12} {row['state']:<24} {row['qr_code'] or '(no code yet)'}")


@channels.command("report")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects per channel: channel, name, "
                                                      "contacts, follows, group_joins, still_members_7d, "
                                                      "still_members_30d (of eligible_7d / eligible_30d), clicks, "
                                                      "unique_clicks, conversions.")
def report(brand: str | None, as_json: bool) -> None:
    """What each channel brought: contacts, group joins, how many stayed 7 and 30 days, clicks and conversions."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    content = content_or_exit(settings, brand, redis_client)
    rows = channel_report(ChannelStats(redis_client), LinkStore(redis_client), brand,
                          report_sources(content), int(SystemClock().now().timestamp()))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no channels (config/channels.yaml defines them)")
    for row in rows:
        click.echo(f"{row['channel']:<20} contacts {row['contacts']}, follows {row['follows']}, group joins "
                   f"{row['group_joins']}, stayed 7d {row['still_members_7d']}/{row['eligible_7d']}, 30d "
                   f"{row['still_members_30d']}/{row['eligible_30d']}, clicks {row['clicks']}, conversions "
                   f"{row['conversions']}")
