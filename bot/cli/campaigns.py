"""`siyu campaigns list | create | dry-run | launch | pause | resume | cancel | progress | report`: brand
campaigns for managers (tables, a progress bar) and scripts (`--json`). Thin: parse, call
bot/campaigns/service.py, print. A refused action (launching a running campaign, an unknown id) exits 1."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import click

from bot.campaigns import service
from bot.campaigns.queue import RQCampaignQueue
from bot.channels import RouteContext
from bot.cli.options import brand_option, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.content.campaigns import CAMPAIGN_ROUTES
from bot.errors import ContentError
from bot.gateway import Gateway
from bot.manager.campaigns import Draft, spec_of
from bot.manager.errors import InvalidRequestError
from bot.services import ContentLibrary
from bot.store.budget import BudgetStore
from bot.store.connection import connect
from bot.store.tasks import TaskStore

WHY = "campaigns live in the webhook's Redis"
BAR = 30


def _context() -> tuple[service.CampaignContext, Any]:
    settings = settings_or_exit(need_redis=True, why=WHY)
    redis_client = connect(settings)
    routes = RouteContext(gateway=Gateway(redis_client, settings), budget=BudgetStore(redis_client),
                          tasks=TaskStore(redis_client))
    ctx = service.CampaignContext(redis=redis_client, clock=SystemClock(),
                                  content=ContentLibrary(redis_client, settings), queue=RQCampaignQueue(redis_client),
                                  routes=routes)
    return ctx, settings


def _call(action: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The action's result; a refusal, or content that cannot load, is click's one-line error (exit 1)."""
    try:
        return action(*args, **kwargs)
    except (ValueError, ContentError) as exc:
        raise click.ClickException(str(exc)) from exc


@click.group("campaigns")
def campaigns() -> None:
    """Brand campaigns: a segment, one message each by the routes WeChat allows, progress and reports."""


@campaigns.command("list")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (id, name, status, segment, ...).")
def list_command(brand: str | None, as_json: bool) -> None:
    """Every campaign (config/campaigns.yaml and created ones) with its status."""
    ctx, settings = _context()
    rows = _call(service.list_campaigns, ctx, resolve_brand(settings, brand))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no campaigns (config/campaigns.yaml, or siyu campaigns create)")
    for row in rows:
        click.echo(f"{row['id']:<20} {row['status']:<10} {row['source']:<7} {row['send']:<8} "
                   f"{row['schedule']:<18} {row['segment']}")


@campaigns.command("create")
@click.argument("campaign_id")
@click.option("--segment", required=True, help="e.g. 'tag:vip & !tag:churned'")
@click.option("--name", default="", help="Its name (default: the id).")
@click.option("--text-zh", default="", help="Text in Chinese.")
@click.option("--text-en", default="", help="Text in English.")
@click.option("--product", default="", help="A product id: its Mini Program card.")
@click.option("--job", default="", help="A job id, or member-city.")
@click.option("--link", default="", help="A URL (with --title-zh/--title-en as its title).")
@click.option("--title-zh", default="")
@click.option("--title-en", default="")
@click.option("--schedule", default="now", help="now | local:10:00[@2026-12-05] | window:2h")
@click.option("--routes", default="", help=f"Comma-separated, in order: {', '.join(CAMPAIGN_ROUTES)}")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON object: the draft campaign.")
def create_command(campaign_id: str, segment: str, name: str, text_zh: str, text_en: str, product: str, job: str,
                   link: str, title_zh: str, title_en: str, schedule: str, routes: str, brand: str | None,
                   as_json: bool) -> None:
    """Create (or replace) a draft campaign; `dry-run` then `launch` it."""
    draft = Draft(id=campaign_id, segment=segment, name=name, text_zh=text_zh, text_en=text_en, product=product,
                  job=job, link=link, title_zh=title_zh, title_en=title_en,
                  routes=tuple(r.strip() for r in routes.split(",") if r.strip()), schedule=schedule)
    try:
        spec = spec_of(draft)
    except InvalidRequestError as exc:
        raise click.UsageError(str(exc)) from None
    ctx, settings = _context()
    result = _call(service.create, ctx, resolve_brand(settings, brand), spec)
    click.echo(json.dumps(result) if as_json else f"campaign {campaign_id}: draft (next: siyu campaigns dry-run "
                                                  f"{campaign_id})")


@campaigns.command("dry-run")
@click.argument("campaign_id")
@brand_option()
@click.option("--json", "as_json", is_flag=True,
              help="One JSON object: id, segment, schedule, targeted, would_send, would_wait, would_skip, would_tone.")
def dry_run_command(campaign_id: str, brand: str | None, as_json: bool) -> None:
    """Who would receive it now, by route, and who would be skipped and why. Sends nothing."""
    ctx, settings = _context()
    result = _call(service.dry_run, ctx, resolve_brand(settings, brand), campaign_id)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    click.echo(f"{result['id']}: {result['targeted']} member(s) in {result['segment']!r} ({result['schedule']})")
    for route, n in sorted(result["would_send"].items()):
        click.echo(f"  would send by {route:<14} {n}")
    if result["would_wait"]:
        click.echo(f"  would wait for their time  {result['would_wait']}")
    for reason, n in sorted(result["would_skip"].items()):
        click.echo(f"  would skip: {reason:<14} {n}")
    for arm, n in sorted(result.get("would_tone", {}).items()):
        click.echo(f"  would read tone {arm:<14} {n}" if arm != "-" else f"  no tone fits   {'':<14} {n}")


def _action(name: str, action: Callable[..., dict[str, Any]], help_text: str) -> None:
    @campaigns.command(name, help=help_text)
    @click.argument("campaign_id")
    @brand_option()
    @click.option("--json", "as_json", is_flag=True, help="One JSON object: id, status, targeted, handled, sent (by "
                                                          "route), skipped (by reason), in_flight, waiting, mass.")
    def command(campaign_id: str, brand: str | None, as_json: bool) -> None:
        ctx, settings = _context()
        result = _call(action, ctx, resolve_brand(settings, brand), campaign_id)
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False))
        else:
            _print_progress(result)


_action("launch", service.launch, "Freeze the audience and start sending.")
_action("pause", service.pause, "Stop new sends (within a second); resume carries on.")
_action("resume", service.resume, "Carry on a paused campaign; nobody gets it twice.")
_action("cancel", service.cancel, "Stop for good (within a second); open WeCom tasks are cancelled.")
_action("progress", service.progress, "Targeted, sent by route, skipped by reason, with a progress bar.")


@campaigns.command("report")
@click.argument("campaign_id")
@brand_option()
@click.option("--sequence", "is_sequence", is_flag=True, help="ID is a sequence: one row per step.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object: progress's fields, and clicks, clicked, "
                                                      "converted, value, tasks, tones (with --sequence: an array).")
def report_command(campaign_id: str, brand: str | None, is_sequence: bool, as_json: bool) -> None:
    """Sent by route, skipped by reason, clicks (unique members), conversions and value, WeCom tasks."""
    ctx, settings = _context()
    if is_sequence:
        rows = _call(service.sequence_report, ctx, resolve_brand(settings, brand), campaign_id)
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False))
            return
        for row in rows:
            sent = ", ".join(f"{r} {n}" for r, n in sorted(row["sent"].items())) or "none"
            value = ", ".join(f"{v} {c}" for c, v in sorted(row["value"].items())) or "0"
            click.echo(f"{row['step']:<14} sent: {sent}; clicked {row['clicked']} ({row['clicks']} clicks); "
                       f"converted {row['converted']}; value {value}")
        return
    result = _call(service.report, ctx, resolve_brand(settings, brand), campaign_id)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    _print_progress(result, bar=False)
    value = ", ".join(f"{v} {c}" for c, v in sorted(result["value"].items())) or "0"
    click.echo(f"  clicked {result['clicked']} member(s) ({result['clicks']} clicks); converted "
               f"{result['converted']}; value {value}")
    for task in result["tasks"]:
        if task["chat_type"] == "oa_tag":
            click.echo(f"  Official Account mass send {task['msgid']} by tag: {task['status']}, "
                       f"{task['targets']} follower(s), results {task['results']}")
            continue
        click.echo(f"  WeCom {task['chat_type']} task {task['msgid']} by {task['staff']}: {task['status']}, "
                   f"{task['targets']} target(s), {task['reminders']} reminder(s), results {task['results']}")
    for row in result.get("tones", []):
        click.echo(f"  tone {row['arm']:<18} shown {row['shown']:>6}  replied {row['replied']:>5}  clicked "
                   f"{row['clicked']:>5}  converted {row['converted']:>4}")
    if result.get("snapshot"):
        click.echo(f"  (archived: the report as of {result['snapshot']}, its last daily snapshot)")


def _print_progress(p: dict[str, Any], *, bar: bool = True) -> None:
    targeted, handled = p["targeted"], p["handled"]
    click.echo(f"{p['id']}: {p['status']}")
    if bar:
        share = handled / targeted if targeted else 1.0
        filled = int(BAR * share)
        click.echo(f"  [{'#' * filled}{'.' * (BAR - filled)}] {handled}/{targeted} ({share:.0%})")
    sent = ", ".join(f"{r} {n}" for r, n in sorted(p["sent"].items())) or "none"
    skipped = ", ".join(f"{r} {n}" for r, n in sorted(p["skipped"].items())) or "none"
    click.echo(f"  targeted {targeted}; sent: {sent}; skipped: {skipped}")
    if p.get("in_flight"):
        click.echo(f"  in flight {p['in_flight']}")
    if p.get("waiting"):
        click.echo(f"  waiting for their local time or slot: {p['waiting']}")
    if p["mass"]["queued"] or p["mass"]["tasks"]:
        click.echo(f"  WeCom mass: {p['mass']['queued']} customer(s) queued, {p['mass']['tasks']} task(s)")
