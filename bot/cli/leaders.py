"""`siyu leaders [--group ID] [--json] [--limit N] [--tag]` (the top members over the rolling window, each with
the breakdown of their score) and `siyu tones [--json]` (tone variants measured against their holdout).
Thin: parse, call bot/community, print."""

from __future__ import annotations

import json

import click

from bot.cli.options import brand_option, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.community.activity import BRAND_SCOPE
from bot.community.leaders import LeaderBoard
from bot.community.tones import ToneStats
from bot.content.community import ACTIVITIES, TENURE
from bot.services import ContentLibrary
from bot.store.connection import connect
from bot.store.events import EventLog
from bot.store.members import MemberStore

WHY = "the activity log lives in the webhook's Redis"


@click.command("leaders")
@brand_option()
@click.option("--group", "group", default=None, help="A group (groups.yaml id or WeCom chat id): scores from "
                                                     "what members did in it. Default: the whole brand.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--tag", "apply_tags", is_flag=True, help="Also tag members at the threshold and untag those "
                                                        "below now (what `siyu cron` does hourly).")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object: scope, window_days, threshold, tag, leaders (member, score, breakdown, "
                   "occurrences, counted, window_capped, tenure_days, leader).")
def leaders(brand: str | None, group: str | None, limit: int, apply_tags: bool, as_json: bool) -> None:
    """The members who lead the community: score over the rolling window, weighted and capped per day, with
    what each activity contributed."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    content = ContentLibrary(redis_client, settings)(brand)
    scope = BRAND_SCOPE
    if group:
        found = content.group(group) or content.group_for_chat(group)
        scope = found.chat_id if found is not None else group
    clock = SystemClock()
    board = LeaderBoard(redis_client, MemberStore(redis_client, clock), clock, EventLog(redis_client, clock))
    rules = content.community.leaders
    changed = board.refresh(brand, content) if apply_tags else None
    rows = board.scores(brand, content, scope=scope, limit=limit)
    if as_json:
        click.echo(json.dumps({
            "scope": group or "brand", "window_days": rules.window_days, "threshold": rules.threshold,
            "tag": rules.tag,
            "leaders": [{**row.as_json(), "leader": row.total >= rules.threshold} for row in rows],
            **({"tagged": changed.tagged, "untagged": changed.untagged} if changed else {})}, ensure_ascii=False))
        return
    where = f"group {group}" if group else f"brand {brand}"
    click.echo(f"{where}: last {rules.window_days} days, threshold {rules.threshold:g} (tag {rules.tag!r})")
    if not rows:
        click.echo("no activity in the window")
    for place, row in enumerate(rows, 1):
        mark = " *" if row.total >= rules.threshold else ""
        click.echo(f"{place:>3}. {row.member_id or row.number:<18} {row.total:6.1f}{mark}")
        parts = []
        for name in (*ACTIVITIES, TENURE):
            points = row.points.get(name, 0.0)
            if not points:
                continue
            if name == TENURE:
                parts.append(f"tenure {row.tenure_days}d={points:g}")
                continue
            seen, counted = row.raw.get(name, 0), row.counted.get(name, 0)
            cut = f" ({seen} seen, daily cap)" if seen > counted else ""
            window = " (window cap)" if name in row.capped else ""
            parts.append(f"{name} {counted}x={points:g}{cut}{window}")
        click.echo("       " + "; ".join(parts))
    if changed is not None:
        click.echo(f"tagged {len(changed.tagged)}, untagged {len(changed.untagged)}; {changed.leaders} leader(s)")


@click.command("tones")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: item, arm, shown, replied, "
                                                      "clicked, converted and their rates per shown.")
def tones(brand: str | None, as_json: bool) -> None:
    """Tone variants of FAQ answers per arm, beside their holdout (`<tone>~hold`): shown, replied, clicked,
    converted. Sequence steps' tones are in `siyu sequences stats`."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    rows = ToneStats(connect(settings)).report(brand)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no tone variants shown yet (faq.yaml `tones:`)")
    for row in rows:
        click.echo(f"{row['item']:<24} {row['arm']:<18} shown {row['shown']:>6}  replied {row['replied']:>5} "
                   f"({row['replied_rate']:.1%})  clicked {row['clicked']:>5} ({row['clicked_rate']:.1%})  "
                   f"converted {row['converted']:>4}")
