"""Admin API tokens: created once (the secret is shown then and never again), stored hashed, revoked by id.

A token is `sy_<id>_<secret>`: the id names it in lists, audits and revocations; only the sha256 of the whole
token is stored, so a copy of Redis yields no usable token. It must not decide what a role may do
(bot/api/auth.py does).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from enum import StrEnum

import redis

from bot.clock import Clock, epoch_s
from bot.store import keys

SECRET_BYTES = 32  # secrets.token_urlsafe(32): 256 bits, ~43 characters


class Role(StrEnum):
    READ = "read"
    WRITE = "write"


@dataclass(frozen=True, kw_only=True)
class TokenRecord:
    id: str
    role: Role
    brand: str  # "" = every brand
    label: str
    created_s: int

    def to_data(self) -> dict[str, str | int]:
        return {"id": self.id, "role": str(self.role), "brand": self.brand, "label": self.label,
                "created": self.created_s}

    def may_write(self) -> bool:
        return self.role is Role.WRITE

    def covers(self, brand: str) -> bool:
        return not self.brand or self.brand == brand


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class TokenStore:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock

    def create(self, *, role: Role, brand: str = "", label: str = "") -> tuple[TokenRecord, str]:
        """A new token: its record and the token itself, which exists nowhere else after this call."""
        token_id = secrets.token_hex(4)
        token = f"sy_{token_id}_{secrets.token_urlsafe(SECRET_BYTES)}"
        record = TokenRecord(id=token_id, role=role, brand=brand, label=label, created_s=epoch_s(self.clock.now()))
        data = {**record.to_data(), "digest": digest(token)}
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(keys.admin_tokens(), token_id, json.dumps(data))
        pipe.hset(keys.admin_token_digests(), data["digest"], token_id)
        pipe.execute()
        return record, token

    def verify(self, token: str) -> TokenRecord | None:
        """The record of a live token, None for anything else (unknown, revoked, malformed)."""
        if not token.startswith("sy_") or len(token) > 200:
            return None
        wanted = digest(token)
        token_id = self.redis.hget(keys.admin_token_digests(), wanted)
        if token_id is None:
            return None
        raw = self.redis.hget(keys.admin_tokens(), token_id)
        if raw is None:
            return None
        data = json.loads(raw)
        if not hmac.compare_digest(str(data.get("digest", "")), wanted):
            return None
        return _record(data)

    def list(self) -> list[TokenRecord]:
        """Every live token, oldest first (never their secrets: those are not stored)."""
        rows = [_record(json.loads(raw)) for raw in self.redis.hvals(keys.admin_tokens())]
        return sorted(rows, key=lambda r: (r.created_s, r.id))

    def revoke(self, token_id: str) -> bool:
        """False when no such token exists."""
        raw = self.redis.hget(keys.admin_tokens(), token_id)
        if raw is None:
            return False
        pipe = self.redis.pipeline(transaction=True)
        pipe.hdel(keys.admin_token_digests(), json.loads(raw).get("digest", ""))
        pipe.hdel(keys.admin_tokens(), token_id)
        pipe.execute()
        return True


def _record(data: dict[str, object]) -> TokenRecord:
    return TokenRecord(id=str(data["id"]), role=Role(str(data["role"])), brand=str(data.get("brand") or ""),
                       label=str(data.get("label") or ""), created_s=int(str(data.get("created") or 0)))
