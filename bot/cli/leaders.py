"""`siyu leaders [--group ID] [--json] [--limit N] [--tag]` (the top members over the rolling window, each with
the breakdown of their score) and `siyu tones [--json]` (tone variants measured against their holdout).
Thin: parse, call bot/community, print."""

from __future__ import annotations

import json
from typing import Any

import click

from bot.cli.options import brand_option, content_or_exit, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.community.leaders import LeaderBoard, corp_of, leaders_report
from bot.community.tones import ToneStats
from bot.community.tones import configured as configured_tones
from bot.content.community import ACTIVITIES, ARCHIVE, TENURE
from bot.store.connection import connect
from bot.store.events import EventLog
from bot.store.members import MemberStore

WHY = "the activity log lives in the webhook's Redis"


@click.command("leaders")
@brand_option()
@click.option("--group", "group", default=None, help="A group (groups.yaml id or WeCom chat id): scores from "
                                                     "what members did in it, against the group threshold (tag "
                                                     "leader:<group id>). Default: the whole brand.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--tag", "apply_tags", is_flag=True, help="Also tag members at the thresholds (the brand's and each "
                                                        "group's) and untag those below now (what `siyu cron` "
                                                        "does hourly).")
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object: scope, window_days, threshold, tag, leaders (member, score, breakdown, "
                   "occurrences, counted, window_capped, tenure_days, leader, leads, and with an archive "
                   "archive_edges), archive (what the chat archive export gave, when configured).")
def leaders(brand: str | None, group: str | None, limit: int, apply_tags: bool, as_json: bool) -> None:
    """The members who lead the community, in the brand or in one group: score over the rolling window,
    weighted and capped per day, with what each activity contributed, and the groups each member leads."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    content = content_or_exit(settings, brand, redis_client)
    clock = SystemClock()
    board = LeaderBoard(redis_client, MemberStore(redis_client, clock), clock, EventLog(redis_client, clock),
                        corp_of=corp_of(settings))
    rules = content.community.leaders
    changed = board.refresh(brand, content) if apply_tags else None
    found = leaders_report(board, brand, content, group=group or "", limit=limit)
    if as_json:
        if changed is not None:
            found.update(tagged=changed.tagged, untagged=changed.untagged,
                         groups={g: {"tagged": r.tagged, "untagged": r.untagged} for g, r in changed.groups.items()})
        click.echo(json.dumps(found, ensure_ascii=False))
        return
    where = f"group {group}" if group else f"brand {brand}"
    tag = f"tag {found['tag']!r}" if found["tag"] else "no tag: not a groups.yaml group"
    click.echo(f"{where}: last {rules.window_days} days, threshold {found['threshold']:g} ({tag})")
    archive: dict[str, Any] | None = found.get("archive")  # type: ignore[assignment]
    if archive is not None and "lines" in archive:
        skipped = ", ".join(f"{n} {why}" for why, n in archive["skipped"].items()) or "none"
        click.echo(f"archive {archive['source']}: {archive['messages']} group messages of {archive['lines']} lines "
                   f"(skipped: {skipped}; {archive['unresolved_mentions']} mentions of no room member); "
                   f"PageRank x{archive['weight']:g} at the average rank, at most {archive['cap']:g}")
    elif archive is not None:
        click.echo(f"archive {archive['source']}: not read ({archive['why']})")
    rows: list[dict[str, Any]] = found["leaders"]  # type: ignore[assignment]
    if not rows:
        click.echo("no activity in the window")
    for place, row in enumerate(rows, 1):
        mark = " *" if row["leader"] else ""
        leads = f"  leads {', '.join(row['leads'])}" if row["leads"] else ""
        click.echo(f"{place:>3}. {row['member'] or row['number']:<18} {row['score']:6.1f}{mark}{leads}")
        click.echo("       " + "; ".join(_parts(row)))
    if changed is not None:
        click.echo(f"tagged {len(changed.tagged)}, untagged {len(changed.untagged)}; {changed.leaders} leader(s)")
        for group_id, done in changed.groups.items():
            click.echo(f"  group {group_id}: tagged {len(done.tagged)}, untagged {len(done.untagged)}; "
                       f"{done.leaders} leader(s) ({rules.group_tag(group_id)})")


def _parts(row: dict[str, Any]) -> list[str]:
    """Each activity's points with what the caps cut, then tenure: the score explained."""
    parts = []
    for name in (*ACTIVITIES, ARCHIVE, TENURE):
        points = row["breakdown"].get(name, 0.0)
        if not points:
            continue
        if name == ARCHIVE:
            window = " (cap)" if name in row["window_capped"] else ""
            parts.append(f"archive {row.get('archive_edges', 0)} replies/mentions, PageRank={points:g}{window}")
            continue
        if name == TENURE:
            parts.append(f"tenure {row['tenure_days']}d={points:g}")
            continue
        seen, counted = row["occurrences"].get(name, 0), row["counted"].get(name, 0)
        cut = f" ({seen} seen, daily cap)" if seen > counted else ""
        window = " (window cap)" if name in row["window_capped"] else ""
        parts.append(f"{name} {counted}x={points:g}{cut}{window}")
    return parts


@click.command("tones")
@brand_option()
@click.option("--configured", is_flag=True, help="List the tones in the content instead: item, tone, audience, "
                                                 "where it is counted, holdout_pct (and a series' groups).")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: item, arm, shown, replied, "
                                                      "clicked, converted and their rates per shown.")
def tones(brand: str | None, configured: bool, as_json: bool) -> None:
    """Tone variants per arm, beside their holdout (`<tone>~hold`): shown, replied, clicked, converted, for FAQ
    answers (`faq:<id>`), campaign messages (`camp:<id>`) and group drops (`drop:<series>`). Sequence steps'
    tones are in `siyu sequences stats`."""
    settings = settings_or_exit(need_redis=not configured, why=WHY)  # the content alone needs no Redis
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    if configured:
        _configured(configured_tones(content_or_exit(settings, brand, redis_client)), as_json)
        return
    rows = ToneStats(redis_client).report(brand)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no tone variants shown yet (faq.yaml `tones:`)")
    for row in rows:
        click.echo(f"{row['item']:<24} {row['arm']:<18} shown {row['shown']:>6}  replied {row['replied']:>5} "
                   f"({row['replied_rate']:.1%})  clicked {row['clicked']:>5} ({row['clicked_rate']:.1%})  "
                   f"converted {row['converted']:>4}")


def _configured(rows: list[dict[str, object]], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no tones in the content (faq.yaml, sequences.yaml, campaigns.yaml, tutorials.yaml `tones:`)")
    for row in rows:
        groups = row.get("groups")
        where = f"; groups {', '.join(groups)}" if isinstance(groups, list) and groups else \
            ("; fits no group" if isinstance(groups, list) else "")
        click.echo(f"{row['item']:<28} {row['tone']:<14} {row['audience']:<28} holdout {row['holdout_pct']}%  "
                   f"({row['counted_in']}{where})")
