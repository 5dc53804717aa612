"""Who may use the dashboard: the one seam between its sign-in and the admin token store (bot/store/tokens.py,
`siyu admin token create --role read|write [--brand B]`, stored hashed).

The dashboard asks two questions only: `verify_token(redis, raw)` at sign-in (is this token good, with which
role and brand?) and `verify_grant(redis, token_id)` on each request (is the signed-in token still good? a
revoked one ends its sessions). The session keeps the token's id, never the token.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis

from bot.clock import SystemClock
from bot.store.tokens import Role, TokenRecord, TokenStore

__all__ = ["Grant", "Role", "verify_grant", "verify_token"]


@dataclass(frozen=True, kw_only=True)
class Grant:
    """A verified token: its id (never the token), role, brand ("" = every brand) and label (for the audit)."""

    token_id: str
    role: Role
    brand: str = ""
    label: str = ""

    @property
    def can_write(self) -> bool:
        return self.role is Role.WRITE

    def allows_brand(self, brand: str) -> bool:
        return not self.brand or self.brand == brand


def _store(redis_client: redis.Redis) -> TokenStore:
    return TokenStore(redis_client, SystemClock())  # the clock only stamps new tokens: none are made here


def _grant(record: TokenRecord) -> Grant:
    return Grant(token_id=record.id, role=record.role, brand=record.brand, label=record.label)


def verify_token(redis_client: redis.Redis, raw: str) -> Grant | None:
    """The token's grant, or None for an unknown, revoked or malformed one."""
    record = _store(redis_client).verify(raw.strip())
    return _grant(record) if record is not None else None


def verify_grant(redis_client: redis.Redis, token_id: str) -> Grant | None:
    """The grant of a signed-in session's token while that token still exists (revoking it ends the session)."""
    if not token_id or len(token_id) > 64:
        return None
    record = next((r for r in _store(redis_client).list() if r.id == token_id), None)
    return _grant(record) if record is not None else None
