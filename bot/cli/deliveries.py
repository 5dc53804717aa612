"""`siyu deliveries ...`: what the delivery ledger knows, for managers. Thin: parse, read, print."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import click

from bot.cli.options import brand_option, resolve_brand, settings_or_exit
from bot.clock import SystemClock
from bot.manager import deliveries as manager
from bot.manager.errors import ManagerError
from bot.services import Services, build_services
from bot.store.connection import connect
from bot.store.ledger import DeliveryLedger
from bot.store.tasks import ConfirmTask, TaskStore


@click.group("deliveries")
def deliveries() -> None:
    """Outbound messages: what failed or was parked, and why; WeCom confirm tasks waiting for staff."""


@deliveries.command("parked")
@brand_option("Brand to read (default: SIYU_BRAND).")
@click.option("--count", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many of the newest parked deliveries to show.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (time, key, member, purpose, "
                                                          "type, reason).")
def parked(brand: str | None, count: int, as_json: bool) -> None:
    """List deliveries no route allowed, newest first: time, purpose, message type, member, key, and why
    each route refused (budget used up, an account kind without that API, a missing secret...)."""
    settings = settings_or_exit(need_redis=True, why="the parked ledger lives in the workers' Redis")
    brand = resolve_brand(settings, brand)
    rows = DeliveryLedger(connect(settings), SystemClock()).parked_entries(brand, count=count)
    if as_json:
        click.echo(json.dumps([{k: row.get(k, "") for k in ("time", "key", "member", "purpose", "type", "reason")}
                               for row in rows], ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no parked deliveries for brand {brand!r}")
        return
    for row in rows:
        click.echo(f"{row['time']}  {row.get('purpose') or '-':<9} {row.get('type') or '-':<12}"
                   f" member {row.get('member') or '-'}  key {row.get('key', '')}")
        click.echo(f"    {row.get('reason', '')}")
    click.echo(f"{len(rows)} parked deliveries shown for brand {brand!r}")


@deliveries.command("failed")
@brand_option("Brand to read (default: SIYU_BRAND).")
@click.option("--count", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many of the newest failures to show.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (time, key, member, route, "
                                                          "errcode, errmsg, reason).")
def failed(brand: str | None, count: int, as_json: bool) -> None:
    """List permanent failures, newest first: time, WeChat errcode and errmsg, route, member, key.

    Exits 0 also when there are none; retried and parked messages are not failures.
    """
    settings = settings_or_exit(need_redis=True, why="the failed ledger lives in the workers' Redis")
    brand = resolve_brand(settings, brand)
    rows = DeliveryLedger(connect(settings), SystemClock()).failures(brand, count=count)
    if as_json:
        click.echo(json.dumps([{k: row.get(k, "") for k in ("time", "key", "member", "route", "errcode", "errmsg",
                                                            "reason")} for row in rows], ensure_ascii=False))
        return
    if not rows:
        click.echo(f"no failed deliveries for brand {brand!r}")
        return
    for row in rows:
        code = row.get("errcode") or "-"
        click.echo(f"{row['time']}  errcode {code:>6}  {row.get('route', '-'):<15} member {row.get('member') or '-'}"
                   f"  key {row.get('key', '')}")
        click.echo(f"    {row.get('errmsg', '')}  [{row.get('reason', '')}]")
    click.echo(f"{len(rows)} failed deliveries shown for brand {brand!r}")


@deliveries.command("tasks")
@brand_option("Brand to read (default: SIYU_BRAND).")
@click.option("--ended", is_flag=True, help="How tasks ended (sent, expired, parked, rerouted), newest first, "
                                             "instead of the open ones.")
@click.option("--count", default=20, show_default=True, type=click.IntRange(1, 10_000),
              help="How many tasks to show.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (open: msgid, key, member, staff, "
                                                          "created, remind_at, deadline, otherwise, reminders; ended: "
                                                          "time, msgid, key, member, staff, state, reason, reminders).")
def confirm_tasks(brand: str | None, ended: bool, count: int, as_json: bool) -> None:
    """WeCom confirm tasks: customer messages a staff member must confirm in WeCom before they go out.

    Open tasks are not sent yet (the delivery ledger says task:<msgid>): each shows who must confirm, when
    they are reminded and when the task is cancelled and branched (skip, wait, or another route).
    """
    settings = settings_or_exit(need_redis=True, why="confirm tasks live in the workers' Redis")
    brand = resolve_brand(settings, brand)
    store = TaskStore(connect(settings))
    if ended:
        rows = store.ended(brand, count=count)
        if as_json:
            click.echo(json.dumps([{k: row.get(k, "") for k in ("time", "msgid", "key", "member", "staff", "state",
                                                                "reason", "reminders")} for row in rows],
                                  ensure_ascii=False))
            return
        for row in rows:
            click.echo(f"{row['time']}  {row.get('state', ''):<18} staff {row.get('staff') or '-'}  member "
                       f"{row.get('member') or '-'}  key {row.get('key', '')}  ({row.get('reminders', '0')} reminders)")
            click.echo(f"    {row.get('reason', '')}")
        click.echo(f"{len(rows)} ended confirm tasks shown for brand {brand!r}")
        return
    tasks = store.open_tasks(brand, count=count)
    if as_json:
        click.echo(json.dumps([_open_row(task) for task in tasks], ensure_ascii=False))
        return
    for task in tasks:
        shown = _open_row(task)
        click.echo(f"{shown['created']}  staff {task.staff}  member {task.member_id or '-'}  key {task.key}")
        click.echo(f"    remind {shown['remind_at']} ({len(task.reminders)} sent), deadline {shown['deadline']}, "
                   f"otherwise {task.otherwise or 'skip'}  msgid {task.msgid}")
    click.echo(f"{len(tasks)} open confirm tasks shown for brand {brand!r}")


def _open_row(task: ConfirmTask) -> dict[str, object]:
    return {"msgid": task.msgid, "key": task.key, "member": task.member_id, "staff": task.staff,
            "created": _iso(task.created_s), "remind_at": _iso(task.remind_at_s), "deadline": _iso(task.deadline_s),
            "otherwise": task.otherwise or "skip", "reminders": len(task.reminders)}


def _iso(epoch_s: int) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat()


def _manager_services(brand: str | None) -> tuple[Services, str]:
    settings = settings_or_exit(need_redis=True, why="deliveries are queued on the workers' Redis")
    return build_services(settings, redis_client=connect(settings)), resolve_brand(settings, brand)


@deliveries.command("retry")
@click.argument("key")
@click.option("--parked", is_flag=True, help="KEY is a parked delivery (default: a failed one).")
@brand_option()
def retry(key: str, parked: bool, brand: str | None) -> None:
    """Queue the failed (or, with --parked, parked) delivery KEY again; the delivery layer chooses its route
    anew, so a parked one whose route is still closed parks again. Exit 1 when KEY cannot be retried."""
    svc, brand = _manager_services(brand)
    try:
        (manager.retry_parked if parked else manager.retry_failed)(svc, brand, key)
    except ManagerError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"queued {key} again")


@deliveries.command("retry-all")
@click.option("--parked", is_flag=True, help="Parked deliveries (default: failed ones).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@brand_option()
@click.option("--json", "as_json", is_flag=True, help="One JSON object: queued, keys (the first 100).")
def retry_all(parked: bool, yes: bool, brand: str | None, as_json: bool) -> None:
    """Queue every retryable failed (or waiting parked) delivery again, the newest 1,000. Nothing to retry: exit 0."""
    svc, brand = _manager_services(brand)
    kind = "parked" if parked else "failed"
    if not yes:
        click.confirm(f"Queue every {kind} delivery of brand {brand!r} again?", abort=True)
    result = (manager.retry_all_parked if parked else manager.retry_all_failed)(svc, brand)
    click.echo(json.dumps(result) if as_json else f"queued {result['queued']} {kind} deliveries again")
