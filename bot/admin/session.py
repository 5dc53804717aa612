"""The dashboard's session cookie: signed, HttpOnly, SameSite=Lax, scoped to /admin, Secure over https.

Its signing key comes from SIYU_ADMIN_SESSION_SECRET, else from a random key kept in Redis (created once),
so every web process behind a load balancer accepts the others' cookies without a setting.
"""

from __future__ import annotations

import os
import secrets

import redis
from flask import Flask, request
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from flask.wrappers import Request
from itsdangerous import URLSafeTimedSerializer

from bot.store import keys

COOKIE_NAME = "siyu_admin"
SESSION_MAX_AGE_S = 12 * 3600  # a signed-in day's work; the token is checked again on every request anyway
SECRET_ENV = "SIYU_ADMIN_SESSION_SECRET"  # noqa: S105 - the variable's name, not its value


def session_secret(redis_client: redis.Redis) -> str:
    """The environment's secret, else the one in Redis (made on first use; SET NX, so racing processes agree)."""
    configured = os.environ.get(SECRET_ENV, "")
    if configured:
        return configured
    redis_client.set(keys.admin_session_secret(), secrets.token_urlsafe(32), nx=True)
    stored = redis_client.get(keys.admin_session_secret())
    return stored.decode() if isinstance(stored, bytes) else str(stored)


def served_over_https(public_url: str) -> bool:
    """True when this request reached us over https (directly, or through a proxy that says so)."""
    return (request.is_secure or request.headers.get("X-Forwarded-Proto", "").lower() == "https"
            or public_url.startswith("https://"))


class AdminSessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie session with the dashboard's cookie rules; the app's other paths set no cookie."""

    def __init__(self, redis_client: redis.Redis, public_url: str = "") -> None:
        self.redis = redis_client
        self.public_url = public_url
        self._secret = ""

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        """No session outside /admin: the webhook and /healthz never read the signing key (from Redis), so a
        Redis outage still answers them as before (503 with the reason), not with a 500 from here."""
        if not request.path.startswith("/admin"):
            return None  # Flask then uses a null session
        return super().open_session(app, request)

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        if not self._secret:
            self._secret = session_secret(self.redis)
        return URLSafeTimedSerializer(self._secret, salt="siyu-admin-session", serializer=self.serializer,
                                      signer_kwargs={"key_derivation": self.key_derivation,
                                                     "digest_method": self.digest_method})

    def get_cookie_name(self, app: Flask) -> str:
        return COOKIE_NAME

    def get_cookie_path(self, app: Flask) -> str:
        return "/admin"

    def get_cookie_httponly(self, app: Flask) -> bool:
        return True

    def get_cookie_samesite(self, app: Flask) -> str:
        return "Lax"

    def get_cookie_secure(self, app: Flask) -> bool:
        return served_over_https(self.public_url)

    def should_set_cookie(self, app: Flask, session: object) -> bool:
        return request.path.startswith("/admin") and super().should_set_cookie(app, session)  # type: ignore[arg-type]
