"""`siyu segment count EXPR [--json]`: how many members a segment holds, and a few of them. Thin: parse,
call bot/segments, print. A malformed expression exits 2 with a caret under the column.
`siyu segment reindex [--batch N] [--json]`: backfill the indexes for members written before them."""

from __future__ import annotations

import json
import re
import secrets
from typing import Any

import click

from bot.cli.options import brand_option, content_or_exit, resolve_brand, settings_or_exit
from bot.clock import SystemClock, epoch_s
from bot.content.model import Content
from bot.segments.evaluate import Segments, sample
from bot.segments.parser import SegmentSyntaxError
from bot.segments.reindex import BATCH, reindex
from bot.store.connection import connect
from bot.store.members import MemberStore
from bot.text import normalize

WHY = "segments are evaluated over the members in the webhook's Redis"
SAMPLE = 5


@click.group("segment")
def segment() -> None:
    """Segments of members: tag:, city:, locale:, channel:, active:<Nd, joined:>DATE with & | ! ( )."""


@segment.command("count")
@click.argument("expression")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help='{"count": N}')
def count(expression: str, brand: str | None, as_json: bool) -> None:
    """Count the members in EXPRESSION, e.g. 'tag:vip & !tag:churned & (city:toronto | city:vancouver)'."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)
    try:
        # the sample reads a kept copy, under a name of this run's own; --json needs only the count
        into = "" if as_json else f"preview:{secrets.token_hex(4)}"
        result = Segments(redis_client, SystemClock()).evaluate(brand, expression, into=into, ttl_s=60)
    except SegmentSyntaxError as exc:
        click.echo(exc.pointer(), err=True)
        raise SystemExit(2) from exc
    for note in _unknown_cities(expression, content_or_exit(settings, brand, redis_client)):
        click.echo(note, err=True)
    if as_json:  # exactly the contract's shape (CONTRACTS.md): the sample is for people, in table mode
        click.echo(json.dumps({"count": result.count}))
        return
    members = MemberStore(redis_client, SystemClock())
    rows = []
    for number in sample(redis_client, result.key, SAMPLE):
        member_id = members.member_id_of(brand, number)
        found = members.get(brand, member_id) if member_id else None
        if found is not None:
            rows.append({"member": found.id, "channel": found.channel, "locale": found.locale, "city": found.city,
                         "tags": sorted(found.tags)})
    redis_client.delete(result.key)
    click.echo(f"{result.count} member(s)")
    _table(rows)


def _table(rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    click.echo(f"sample of {len(rows)}:")
    click.echo(f"  {'member':<18} {'channel':<8} {'locale':<6} {'city':<12} tags")
    for row in rows:
        click.echo(f"  {row['member']:<18} {row['channel']:<8} {row['locale']:<6} {row['city']:<12} "
                   f"{','.join(row['tags'])}")


def _unknown_cities(expression: str, content: Content) -> list[str]:
    """A note per `city:NAME` that is no city id of the content: the index holds ids, so "city:温哥华" or a misspelt
    id counts 0 members, which reads as an empty city. A name or alias of a city (jobs.yaml) names its id."""
    notes = []
    for name in dict.fromkeys(re.findall(r"\bcity:([^\s&|!()]+)", expression)):
        if content.city(name) is not None:
            continue
        meant = next((c.id for c in content.cities if normalize(name) in content.match_terms[("city", c.id)]), None)
        known = ", ".join(sorted(c.id for c in content.cities))
        notes.append(f"note: city {name!r} is no city id; did you mean {meant!r}?" if meant else
                     f"note: city {name!r} is no city id (known: {known})")
    return notes


@segment.command("reindex")
@brand_option()
@click.option("--batch", default=BATCH, show_default=True, type=click.IntRange(1, 100_000),
              help="member numbers per Redis script call")
@click.option("--json", "as_json", is_flag=True, help='{"members": N, "batches": M}')
def reindex_command(brand: str | None, batch: int, as_json: bool) -> None:
    """Backfill the segment indexes (city, locale, channel, tags, last-seen day, join day) from the members'
    own records, for members written before the indexes existed. Safe to run again, and beside traffic."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    redis_client = connect(settings)

    def shown(done: int, total: int) -> None:
        if not as_json:
            click.echo(f"  {done}/{total} member numbers", err=True)

    result = reindex(redis_client, brand, now_s=epoch_s(SystemClock().now()), batch=batch, progress=shown)
    if as_json:
        click.echo(json.dumps(result))
        return
    click.echo(f"reindexed {result['members']} member(s) of {brand} in {result['batches']} batch(es)")
