"""`siyu drops preview [--group ID] [--days N] [--json] | status [--json]`: group tutorial drops for community
managers (tables) and scripts (`--json`). Thin: parse, call bot/community, print.

`preview` needs no Redis (without SIYU_REDIS_URL it reads the content directory, and a schedule without a
`start` is shown as if it began now); `status` reads what the drop tick did.
"""

from __future__ import annotations

import json
from datetime import timedelta

import click

from bot.cli.options import brand_option, content_or_exit, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.community.drops import DropStore, drop_tone, status_rows
from bot.community.schedule import schedule_of, upcoming
from bot.store.connection import connect

MAX_DAYS = 366


@click.group("drops")
def drops() -> None:
    """Tutorial drops into groups (config/groups.yaml): what comes when, and what went out."""



@drops.command("preview")
@brand_option()
@click.option("--group", "group_id", default="", help="One group (a groups.yaml id); default every group.")
@click.option("--days", default=28, show_default=True, type=click.IntRange(1, MAX_DAYS), help="How far ahead.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: group, lesson, at (ISO 8601 "
                                                      "with offset, in the group's zone), series, route, tone "
                                                      "(the arm the lesson goes out in: a tone id, <id>~hold, "
                                                      "or - when no tone fits the group).")
def preview(brand: str | None, group_id: str, days: int, as_json: bool) -> None:
    """The drops coming in the next N days, in time order."""
    settings = settings_or_exit(need_redis=False)
    brand = resolve_brand(settings, brand)
    content = content_or_exit(settings, brand)
    if group_id and content.group(group_id) is None:
        known = ", ".join(g.id for g in content.groups) or "none"
        raise click.ClickException(f"no group {group_id!r}; known: {known}")
    anchors = {} if settings.uses_embedded_redis else DropStore(connect(settings)).anchors(brand, content.groups)
    now = SystemClock().now()
    rows = []
    for drop in upcoming(content, anchors, now=now, until=now + timedelta(days=days), group_id=group_id):
        group = content.group(drop.group)
        route = "group_robot" if group is not None and group.robot_key_env else "wecom_task"
        series = content.tutorial(drop.series)
        title = series.lessons[drop.lesson - 1].title.get(group.locale if group else "zh") if series else ""
        tone = drop_tone(content, group, series, drop.lesson).arm if group is not None and series else "-"
        rows.append({"group": drop.group, "lesson": drop.lesson, "at": drop.at.isoformat(), "series": drop.series,
                     "title": title, "route": route, "tone": tone})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no drops in the next {days} days (config/groups.yaml `drops` schedules them)")
        return
    for row in rows:
        tone = f", tone {row['tone']}" if row["tone"] != "-" else ""
        click.echo(f"{row['at']}  {row['group']:<16} lesson {row['lesson']} {row['title']}  ({row['route']}{tone})")


@drops.command("status")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: group, lesson, at, state "
                                                      "(queued, skipped, claimed, due, upcoming), route, late_s, "
                                                      "tone (a queued lesson's measured tone arm).")
def status(brand: str | None, as_json: bool) -> None:
    """Every scheduled lesson of every group and what happened to it; skipped drops say how late they were."""
    settings = settings_or_exit(need_redis=True, why="what the drop tick did lives in the webhook's Redis")
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    content = content_or_exit(settings, brand, redis_client)
    store = DropStore(redis_client)
    anchors = store.anchors(brand, content.groups)
    calendar = {g.id: schedule_of(content, g, anchors) for g in content.groups if g.drops is not None}
    states = {group_id: store.states(brand, group_id) for group_id in calendar}
    tones = {group_id: store.tones(brand, group_id) for group_id in calendar}
    rows = status_rows(calendar, states, SystemClock().now(), tones)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no drop schedules (config/groups.yaml `drops`), or none anchored yet (the tick has not run)")
        return
    for row in rows:
        extra = f" by {row['route']}" if "route" in row else (f", {row['late_s']} s late" if "late_s" in row else "")
        extra += f" (tone {row['tone']})" if "tone" in row else ""
        click.echo(f"{row['at']}  {row['group']:<16} lesson {row['lesson']}: {row['state']}{extra}")
    skipped = sum(1 for row in rows if row["state"] == "skipped")
    if skipped:
        click.echo(f"{skipped} drop(s) skipped: missed by more than their group's max_late")
