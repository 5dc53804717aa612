"""`siyu sequences list | preview ID | stats ID | enrol ID MEMBER | exit ID MEMBER`: nurture sequences for
community managers (tables) and scripts (`--json`). Thin: parse, call bot/sequences, print.

`preview` needs no Redis: without SIYU_REDIS_URL it previews the content directory (SIYU_CONFIG_DIR); with
it, the content in force and, with `--member`, that member's attributes.
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import click

from bot.cli.options import brand_option, content_or_exit, exit_on_bad_settings, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.content.model import Content
from bot.content.sequences import Sequence, Trigger
from bot.manager.sequences import summarise
from bot.queueing import RQDeliveryQueue
from bot.sequences.preview import as_json as rows_as_json
from bot.sequences.preview import preview
from bot.services import build_services
from bot.settings import Settings
from bot.store.connection import connect
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore

WHY = "enrolments live in the webhook's Redis"


@click.group("sequences")
def sequences() -> None:
    """Nurture sequences: list, preview a member's timeline, stats per step, enrol or exit a member."""



def _sequence(content: Content, sequence_id: str) -> Sequence:
    found = content.sequence(sequence_id)
    if found is None:
        known = ", ".join(s.id for s in content.sequences) or "none (add config/sequences.yaml)"
        raise click.ClickException(f"no sequence {sequence_id!r}; known: {known}")
    return found


@sequences.command("list")
@brand_option()
@click.option("--json", "as_json", is_flag=True,
              help="One JSON array of objects (id, name, triggers, steps, days, active, waiting, paused).")
def list_sequences(brand: str | None, as_json: bool) -> None:
    """Every sequence: triggers, steps, and how many members are in it now (when a Redis is configured)."""
    settings = settings_or_exit(need_redis=False)
    brand = resolve_brand(settings, brand)
    content = content_or_exit(settings, brand)
    store = None if settings.uses_embedded_redis else EnrolmentStore(connect(settings))
    rows: list[dict[str, Any]] = []
    for spec in content.sequences:
        stats = store.stats(brand, spec.id) if store is not None else {}
        rows.append({"id": spec.id, "name": spec.name.get(content.brand.default_locale),
                     "triggers": [_trigger(t) for t in spec.triggers], "steps": [s.id for s in spec.steps],
                     "days": max((s.day or 0) for s in spec.steps),
                     "active": sum(v for k, v in stats.items() if k.endswith("|-|at")),
                     "waiting": sum(v for k, v in stats.items() if k.endswith("|-|waiting")), "paused": spec.paused})
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no sequences (config/sequences.yaml defines them)")
        return
    for row in rows:
        state = " (paused)" if row["paused"] else ""
        counts = "" if store is None else f"  active {row['active']}, waiting {row['waiting']}"
        click.echo(f"{row['id']}{state}: {row['name']}  [{', '.join(row['triggers']) or 'enrol by command'}]"
                   f"  {len(row['steps'])} steps over {row['days']} days{counts}")
        click.echo(f"    {' -> '.join(row['steps'])}")


def _trigger(trigger: Trigger) -> str:
    value = trigger.value or ",".join(trigger.keywords)
    return f"{trigger.kind}:{value}" if value else trigger.kind


@sequences.command("preview")
@click.argument("sequence_id")
@brand_option()
@click.option("--member", "member_id", default=None, help="Preview for this member (their zone, language, city, "
                                                          "tags and channel); needs SIYU_REDIS_URL.")
@click.option("--tz", "zone", default=None, help="Preview for a new follower in this IANA time zone, "
                                                 "e.g. Asia/Shanghai (default: the brand's).")
@click.option("--days", default=14, show_default=True, type=click.IntRange(1, 366))
@click.option("--channel", type=click.Choice(["oa", "wecom", "kf"]), default="oa", show_default=True,
              help="The new follower's channel (with --tz).")
@click.option("--silent", is_flag=True, help="The member never writes after joining (default: once a day), "
                                             "which shows the steps that wait and expire.")
@click.option("--start", default=None, help="When the member joins, ISO 8601 (default: now).")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects: step, at (ISO 8601 with the "
                                                      "member's UTC offset), outcome, and route, reason, variant, "
                                                      "next_at where they apply.")
def preview_sequence(sequence_id: str, brand: str | None, member_id: str | None, zone: str | None, days: int,
                     channel: str, silent: bool, start: str | None, as_json: bool) -> None:
    """The timeline a member would get, computed by the engine on a simulated clock: each step's local time,
    its route, and the steps that wait, defer or are skipped, and why. Nothing is sent."""
    if member_id and zone:
        raise click.UsageError("give --member or --tz, not both")
    if zone:
        try:
            ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise click.BadParameter(f"{zone!r} is not an IANA time zone (e.g. Asia/Shanghai)",
                                     param_hint="--tz") from exc
    settings = settings_or_exit(need_redis=bool(member_id), why="--member reads the member from Redis")
    brand = resolve_brand(settings, brand)
    content = content_or_exit(settings, brand)
    _sequence(content, sequence_id)
    if channel == "oa":
        settings = _with_declared_account(settings, brand)
    member = None
    if member_id:
        member = MemberStore(connect(settings), SystemClock()).get(brand, member_id)
        if member is None:
            raise click.ClickException(f"no member {member_id!r} in brand {brand!r}")
    try:
        begin = datetime.fromisoformat(start) if start else SystemClock().now()
    except ValueError as exc:
        raise click.BadParameter(f"{start!r} is not ISO 8601", param_hint="--start") from exc
    if begin.tzinfo is None:
        begin = begin.replace(tzinfo=UTC)
    rows = preview(content, settings, brand, sequence_id, start=begin, days=days, zone=zone or "", member=member,
                   channel=channel, active=not silent)
    if as_json:
        click.echo(json.dumps(rows_as_json(rows), ensure_ascii=False))
        return
    for row in rows:
        how = f"by {row.route}" if row.route else ""
        variant = f" [{row.variant}]" if row.variant and row.variant != "-" else ""
        click.echo(f"{row.at}  {row.step:<12}{variant} {row.outcome:<11} {how}"
                   f"{'  ' + row.reason if row.reason else ''}")
    sent = sum(1 for row in rows if row.outcome == "sent")
    click.echo(f"{sent} of {len(_sequence(content, sequence_id).steps)} steps reach the member within {days} days "
               f"({'silent member' if silent else 'member writes once a day'})")


def _with_declared_account(settings: Settings, brand: str) -> Settings:
    """The settings the preview routes by: with no Official Account configured ({prefix}OA_TOKEN unset) its kind
    ({prefix}OA_ACCOUNT, {prefix}OA_VERIFIED) is not read, so a manager previewing before the account is wired would
    see the sends of a verified service account. The kind is read as declared (same validation, a placeholder
    token), and stderr says what the preview assumed."""
    found = settings.brands[brand]
    if found.oa is not None:
        return settings
    prefix = found.env_prefix
    declared = os.environ.get(f"{prefix}OA_ACCOUNT") or os.environ.get(f"{prefix}OA_VERIFIED")
    note = f"note: no Official Account is configured for brand {brand} ({prefix}OA_TOKEN is not set): "
    if not declared:
        click.echo(note + f"routes are shown as for a verified service account ({prefix}OA_ACCOUNT, "
                   f"{prefix}OA_VERIFIED to preview another kind)", err=True)
        return settings
    with exit_on_bad_settings():
        placeholder = Settings.from_env({**os.environ, f"{prefix}OA_TOKEN": "previewplaceholder"})
    account = placeholder.brands[brand].oa
    if account is None:  # pragma: no cover - the placeholder token always configures one
        return settings
    click.echo(note + f"routes are shown as for the declared {account.described}", err=True)
    brands = {**settings.brands, brand: dataclasses.replace(found, oa=account)}
    return dataclasses.replace(settings, brands=brands)


@sequences.command("stats")
@click.argument("sequence_id")
@brand_option()
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object: sequence, enrolled, completed, exited, steps (per step and variant).")
def stats(sequence_id: str, brand: str | None, as_json: bool) -> None:
    """Per step and variant: members there now, waiting now, handed out and sent by route, deferred, expired,
    skipped, parked, failed, clicked, exited by goal."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    spec = _sequence(content_or_exit(settings, brand), sequence_id)
    report = summarise(spec, EnrolmentStore(connect(settings)).stats(brand, sequence_id))
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False))
        return
    why = ", ".join(f"{reason} {count}" for reason, count in sorted(report["exited"].items()))
    click.echo(f"{sequence_id}: enrolled {report['enrolled']}, completed {report['completed']}, "
               f"exited {sum(report['exited'].values())}" + (f" ({why})" if why else ""))
    for row in report["steps"]:
        variant = f" [{row['variant']}]" if row["variant"] != "-" else ""
        parts = [f"now {row['at']}", f"waiting {row['waiting']}"]
        for name in ("sent", "handed", "deferred", "skipped", "failed"):
            if row[name]:
                parts.append(f"{name} " + ", ".join(f"{k} {v}" for k, v in sorted(row[name].items())))
        for name in ("expired", "parked", "clicked", "woken"):
            if row[name]:
                parts.append(f"{name} {row[name]}")
        click.echo(f"  {row['step']}{variant}: " + "; ".join(parts))


@sequences.command("enrol")
@click.argument("sequence_id")
@click.argument("member_id")
@brand_option()
def enrol(sequence_id: str, member_id: str, brand: str | None) -> None:
    """Enrol MEMBER_ID in SEQUENCE_ID now (the entry rules apply). Exit 1 when refused, saying why."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    services = build_services(settings)
    _sequence(services.content(brand), sequence_id)
    member = services.members.get(brand, member_id)
    if member is None:
        raise click.ClickException(f"no member {member_id!r} in brand {brand!r}")
    decision = services.sequences.enrol(brand, member, sequence_id, reason="cli")[0]
    if decision.outcome != "entered":
        raise click.ClickException(f"not enrolled: {decision.reason}")
    RQDeliveryQueue(services.redis).kick_tick(brand)
    click.echo(f"enrolled {member_id} in {sequence_id}: next step {decision.step}")


@sequences.command("exit")
@click.argument("sequence_id")
@click.argument("member_id")
@brand_option()
def exit_sequence(sequence_id: str, member_id: str, brand: str | None) -> None:
    """End MEMBER_ID's enrolment in SEQUENCE_ID now: nothing more of it is sent. Exit 1 when not enrolled."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    services = build_services(settings)
    if not services.sequences.exit(brand, member_id, sequence_id, "manager"):
        raise click.ClickException(f"{member_id} is not in sequence {sequence_id!r} now")
    click.echo(f"{member_id} left {sequence_id}")


def _set_paused(sequence_id: str, brand: str | None, paused: bool) -> None:
    from bot.manager import sequences as manager
    from bot.manager.errors import ManagerError

    settings = settings_or_exit(need_redis=True, why=WHY)
    brand = resolve_brand(settings, brand)
    try:
        row = manager.set_paused(build_services(settings, redis_client=connect(settings)), brand, sequence_id, paused)
    except ManagerError as exc:
        raise click.ClickException(str(exc)) from exc
    state = "paused" if row["paused"] else "running"
    extra = " (sequences.yaml says paused: true)" if row["paused_in_content"] and not paused else ""
    click.echo(f"{sequence_id}: {state}{extra}")


@sequences.command("pause")
@click.argument("sequence_id")
@brand_option()
def pause(sequence_id: str, brand: str | None) -> None:
    """Pause SEQUENCE_ID: no new members, and due steps wait until it is resumed."""
    _set_paused(sequence_id, brand, True)


@sequences.command("resume")
@click.argument("sequence_id")
@brand_option()
def resume(sequence_id: str, brand: str | None) -> None:
    """Resume SEQUENCE_ID: waiting steps go on within the hour (PAUSED_RECHECK_S)."""
    _set_paused(sequence_id, brand, False)
