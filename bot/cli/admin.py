"""`siyu admin token create | list | revoke` (admin API tokens) and `siyu admin audit` (who changed what).
Thin: parse, call bot/store/tokens.py and audit.py, print. Token changes are audited too."""

from __future__ import annotations

import getpass
import json

import click

from bot.cli.options import settings_or_exit
from bot.clock import SystemClock
from bot.store.audit import AuditLog
from bot.store.connection import connect
from bot.store.tokens import Role, TokenStore

WHY = "tokens live in the Redis the web processes read"


@click.group("admin")
def admin() -> None:
    """Admin API access: tokens (create, list, revoke) and the audit log of writes."""


@admin.group("token")
def token() -> None:
    """Bearer tokens for /api/v1 (read or write, one brand or all)."""


def _who() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli"


@token.command("create")
@click.option("--role", type=click.Choice(["read", "write"]), required=True, help="read: GET endpoints only.")
@click.option("--brand", default=None, help="Limit the token to this brand (default: every brand).")
@click.option("--label", default="", help="Who or what the token is for (shown in lists and audits).")
def create(role: str, brand: str | None, label: str) -> None:
    """Create a token and print it as the last line. It is shown only now: Siyu keeps only its hash."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    if brand is not None and brand not in settings.brands:
        raise click.ClickException(f"unknown brand {brand!r} (configured: {', '.join(sorted(settings.brands))})")
    redis_client = connect(settings)
    record, secret = TokenStore(redis_client, SystemClock()).create(role=Role(role), brand=brand or "", label=label)
    AuditLog(redis_client, SystemClock()).record(who=_who(), action="token create", brand=brand or "",
                                                 target=record.id, detail=f"role={role} label={label}"[:200])
    click.echo(f"token {record.id} ({role}, brand {brand or 'every brand'}); store it now, it is not shown again:",
               err=True)
    click.echo(secret)


@token.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (id, role, brand, label, created).")
def list_tokens(as_json: bool) -> None:
    """Live tokens, oldest first (never the tokens themselves: only their hashes are kept)."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    rows = [r.to_data() for r in TokenStore(connect(settings), SystemClock()).list()]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not rows:
        click.echo("no tokens (siyu admin token create --role read)")
        return
    for row in rows:
        click.echo(f"{row['id']}  {row['role']:<5}  brand {row['brand'] or '*':<12} {row['label']}")
    click.echo(f"{len(rows)} token(s)")


@token.command("revoke")
@click.argument("token_id")
def revoke(token_id: str) -> None:
    """Revoke token TOKEN_ID at once. Exit 1 when there is no such token."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    redis_client = connect(settings)
    if not TokenStore(redis_client, SystemClock()).revoke(token_id):
        raise click.ClickException(f"no token {token_id!r} (see `siyu admin token list`)")
    AuditLog(redis_client, SystemClock()).record(who=_who(), action="token revoke", brand="", target=token_id)
    click.echo(f"revoked {token_id}")


@admin.command("audit")
@click.option("--brand", default=None, help="Only this brand's writes (and token changes).")
@click.option("--count", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="One JSON array of objects (id, time, who, action, brand, "
                                                      "target, detail, outcome).")
def audit(brand: str | None, count: int, as_json: bool) -> None:
    """Writes made through the admin API and `siyu admin`, newest first: who, when, what, outcome."""
    settings = settings_or_exit(need_redis=True, why=WHY)
    rows = AuditLog(connect(settings), SystemClock()).recent(count=count, brand=brand)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    for row in rows:
        click.echo(f"{row['time']}  {row.get('who', ''):<24} {row.get('action', ''):<36} {row.get('brand') or '-':<10}"
                   f" {row.get('target', '')}  {row.get('outcome', '')}")
    click.echo(f"{len(rows)} audit entr{'y' if len(rows) == 1 else 'ies'}")
