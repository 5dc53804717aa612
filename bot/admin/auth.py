"""Who may use the dashboard: the one seam between sign-in and the token store.

The dashboard asks two questions only: `verify_token(redis, raw)` (sign-in: is this token good, with which
role and brand?) and `verify_grant(redis, token_id)` (each request: is the signed-in token still good?).
Until the admin API's token store lands (`siyu admin token create`, stored hashed), a minimal store of
SHA-256 digests in one hash answers them; swap the bodies of these two functions for that store's and
delete the rest. Tokens are never stored or logged in clear, and the session keeps only the digest.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum

import redis

from bot.store import keys

TOKEN_PREFIX = "siyu_dash_"  # noqa: S105 - a prefix, not a secret: tells a dashboard token from other secrets in a shell history or a leak scan


class Role(StrEnum):
    READ = "read"  # sees every page
    WRITE = "write"  # also acts: close a handoff, retry a delivery, requeue failed jobs


@dataclass(frozen=True, kw_only=True)
class Grant:
    """A verified token: its id (the digest, never the token), role and brand ("" = every brand)."""

    token_id: str
    role: Role
    brand: str = ""

    @property
    def can_write(self) -> bool:
        return self.role is Role.WRITE

    def allows_brand(self, brand: str) -> bool:
        return not self.brand or self.brand == brand


def token_id_of(raw: str) -> str:
    return hashlib.sha256(raw.strip().encode()).hexdigest()


def verify_token(redis_client: redis.Redis, raw: str) -> Grant | None:
    """The token's grant, or None for an unknown, revoked or malformed one."""
    raw = raw.strip()
    if not raw or len(raw) > 200:
        return None
    return verify_grant(redis_client, token_id_of(raw))


def verify_grant(redis_client: redis.Redis, token_id: str) -> Grant | None:
    """The grant of a signed-in session's token while that token is still valid (a revoked one ends it)."""
    if len(token_id) != 64:
        return None
    # Looked up by digest: a timing difference would leak bits of a SHA-256, not of the token.
    value = redis_client.hget(keys.admin_dashboard_tokens(), token_id)
    if value is None:
        return None
    data = json.loads(value)
    return Grant(token_id=token_id, role=Role(data["role"]), brand=data.get("brand", ""))


def issue_token(redis_client: redis.Redis, *, role: Role, brand: str = "", created_s: int = 0) -> str:
    """Create a token and store only its digest; the caller shows it once (the demo prints one)."""
    raw = TOKEN_PREFIX + secrets.token_urlsafe(24)
    redis_client.hset(keys.admin_dashboard_tokens(), token_id_of(raw),
                      json.dumps({"role": str(role), "brand": brand, "created": created_s}))
    return raw
