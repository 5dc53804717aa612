"""Who may call the admin API: the bearer token (401 without a live one), its role (403 for a read token on
a write endpoint) and its brand (403 for another brand's). One Redis round trip a request (the token)."""

from __future__ import annotations

from bot.settings import Settings
from bot.store.tokens import TokenRecord, TokenStore


class AuthError(Exception):
    """Refused: `status` (401 or 403) and a message that names no secret."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def authenticate(store: TokenStore, header: str | None) -> TokenRecord:
    scheme, _, token = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "missing bearer token (Authorization: Bearer <token>; `siyu admin token create`)")
    record = store.verify(token.strip())
    if record is None:
        raise AuthError(401, "unknown or revoked token")
    return record


def authorise(record: TokenRecord, *, settings: Settings, brand: str | None, write: bool) -> str:
    """The brand the request acts on, or AuthError 403; an unknown brand is a LookupError (404)."""
    chosen = brand or record.brand or settings.default_brand
    if not record.covers(chosen):
        raise AuthError(403, f"this token is for brand {record.brand!r}, not {chosen!r}")
    if write and not record.may_write():
        raise AuthError(403, "this token is read-only; this endpoint needs a write token")
    if chosen not in settings.brands:
        raise LookupError(f"unknown brand {chosen!r}")
    return chosen
