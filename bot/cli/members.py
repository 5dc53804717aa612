"""`siyu members search | show | timeline | tag | untag | optout | handoff`: the admin API's member endpoints
for scripts and people. Thin: parse, call bot/manager/members.py, print (a table, or `--json`).

Exit codes: 0 done (an empty search too); 1 refused or not found, with the reason; 2 bad usage (click).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import click

from bot.cli.options import brand_option, resolve_brand, settings_or_exit
from bot.manager import members as manager
from bot.manager.errors import ManagerError
from bot.services import Services, build_services
from bot.store.connection import connect

WHY = "members live in the webhook's Redis"
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def _services() -> tuple[Services, Callable[[str | None], str]]:
    settings = settings_or_exit(need_redis=True, why=WHY)
    return build_services(settings, redis_client=connect(settings)), lambda b: resolve_brand(settings, b)


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except ManagerError as exc:
        raise click.ClickException(str(exc)) from exc


def _line(row: dict[str, Any]) -> str:
    flags = " opted-out" if row["opted_out"] else ""
    flags += f" handoff {row['handoff']}" if row.get("handoff") else ""
    return (f"{row['id']}  {row.get('channel') or '-':<6} {row.get('nickname') or '-':<16} "
            f"{row.get('city') or '-':<10} tags {','.join(row['tags']) or '-'}{flags}")


def _show(row: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(row, ensure_ascii=False))
        return
    click.echo(_line(row))
    for sequence, state in row.get("sequences", {}).items():
        click.echo(f"    {sequence}: {state['state']} at {state['step']}")


@click.group("members")
def members() -> None:
    """Members: search, show, timeline, tag, untag, opt out, hand over to a person."""


@members.command("search")
@click.option("--tag", default="", help="Members carrying this tag.")
@click.option("--name", default="", help="Part of the nickname (the newest 5,000 members are read).")
@click.option("--channel-id", default="", help="An openid / external userid (or a member id).")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 200))
@brand_option()
@JSON_OPTION
def search(tag: str, name: str, channel_id: str, limit: int, brand: str | None, as_json: bool) -> None:
    """Members matching every criterion given, newest first. No match: exit 0 with an empty list."""
    svc, brand_of = _services()
    with _refusals():
        rows = manager.search(svc, brand_of(brand), tag=tag, name=name, channel_id=channel_id, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        click.echo(_line(row))
    click.echo(f"{len(rows)} member(s)")


@members.command("show")
@click.argument("member_id")
@brand_option()
@JSON_OPTION
def show(member_id: str, brand: str | None, as_json: bool) -> None:
    """A member's profile, tags and sequences. Exit 1 when unknown."""
    svc, brand_of = _services()
    with _refusals():
        _show(manager.profile(svc, brand_of(brand), member_id), as_json)


@members.command("timeline")
@click.argument("member_id")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 200))
@brand_option()
@JSON_OPTION
def timeline(member_id: str, limit: int, brand: str | None, as_json: bool) -> None:
    """What the member did and received, newest first."""
    svc, brand_of = _services()
    with _refusals():
        rows = manager.timeline(svc, brand_of(brand), member_id, limit=limit)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        details = " ".join(f"{k}={v}" for k, v in row["details"].items() if k != "text")
        click.echo(f"{row['at']}  {row['type']:<16} {details}")


@members.command("tag")
@click.argument("member_id")
@click.argument("tags", nargs=-1, required=True)
@brand_option()
@JSON_OPTION
def tag(member_id: str, tags: tuple[str, ...], brand: str | None, as_json: bool) -> None:
    """Add TAGS to MEMBER_ID (sequences whose exit goal is a tag end on their next look)."""
    svc, brand_of = _services()
    with _refusals():
        _show(manager.tag(svc, brand_of(brand), member_id, list(tags)), as_json)


@members.command("untag")
@click.argument("member_id")
@click.argument("tags", nargs=-1, required=True)
@brand_option()
@JSON_OPTION
def untag(member_id: str, tags: tuple[str, ...], brand: str | None, as_json: bool) -> None:
    """Remove TAGS from MEMBER_ID."""
    svc, brand_of = _services()
    with _refusals():
        _show(manager.untag(svc, brand_of(brand), member_id, list(tags)), as_json)


@members.command("optout")
@click.argument("member_id")
@brand_option()
@JSON_OPTION
def optout(member_id: str, brand: str | None, as_json: bool) -> None:
    """Opt MEMBER_ID out, as if they had sent 退订: no proactive message from now on; their sequences end."""
    svc, brand_of = _services()
    with _refusals():
        _show(manager.opt_out(svc, brand_of(brand), member_id), as_json)


@members.command("handoff")
@click.argument("member_id")
@click.option("--note", default="", help="Why (shown in `siyu handoffs`).")
@brand_option()
@JSON_OPTION
def handoff(member_id: str, note: str, brand: str | None, as_json: bool) -> None:
    """Hand MEMBER_ID to a person: the bot stays quiet on them until `siyu handoffs close ID`."""
    svc, brand_of = _services()
    with _refusals():
        row = manager.open_handoff(svc, brand_of(brand), member_id, note=note)
    click.echo(json.dumps(row, ensure_ascii=False) if as_json else f"opened handoff {row['id']} for {member_id}")
