"""Access tokens: one per credential in Redis, shared by every process, fetched under a lock.

docs/platform.md §6: OA uses stable_token (wechatpy lacks it), WeCom gettoken per secret; a new
fetch can invalidate the old token, so only the holder of a Redis lock fetches.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import redis
import requests

from bot.errors import ConfigError, RefreshTokenError, RetryLaterError
from bot.gateway.errors import OA, WECOM, error_for
from bot.gateway.http import json_or_error
from bot.settings import Settings
from bot.store import keys

DEFAULT_TIMEOUT_S = 5.0  # every call; wechatpy's default is None = forever (docs/platform.md §6)
TOKEN_MARGIN_S = 300  # refetch when fewer than 300 s remain (docs/platform.md §6 rule 2)
TOKEN_LOCK_TTL_S = 10.0  # one fetch at a time; a crashed holder frees the lock after this
TOKEN_POLL_S = 0.05  # waiters poll the token key this often
STABLE_FORCE_GAP_S = 30  # force_refresh ≥ 30 s apart (stable_token doc)
STABLE_FORCE_PER_DAY = 10  # platform allows 20/day; we keep half (docs/platform.md §5)
# A process keeps the token it read from Redis this long (never past its Redis TTL). Redis stays the
# source of truth: a token another process replaced reaches us within this bound, or at once when
# WeChat refuses the old one (40001/40014/42001 -> refresh, which reads Redis again).
LOCAL_TOKEN_S = 30.0


@dataclass(frozen=True, kw_only=True)
class App:
    """One credential: an OA appid, or one WeCom secret (each secret has its own token, §6)."""

    platform: str  # oa or wecom
    app_id: str  # OA appid or WeCom corp_id
    secret: str
    origin: str

    @property
    def key(self) -> str:
        """Redis id of this credential's token: the secret's hash, never the secret."""
        digest = hashlib.blake2b(self.secret.encode(), digest_size=6).hexdigest()
        return f"{self.platform}:{self.app_id}:{digest}"


def oa_app(settings: Settings, brand: str) -> App:
    account = settings.brands[brand].oa if brand in settings.brands else None
    if account is None or account.secret is None:
        raise ConfigError(f"brand {brand!r} has no Official Account secret (set SIYU_OA_APPID and SIYU_OA_SECRET)")
    return App(platform=OA, app_id=account.appid, secret=account.secret.reveal(), origin=settings.oa_api_origin)


def wecom_app(settings: Settings, brand: str, *, contact: bool = False) -> App:
    """The app secret (message/send) or, with `contact`, the 客户联系 secret (welcome, 群发), falling back
    to the app secret when no 客户联系 secret is set (WeComApp.customer_contact_secret)."""
    wecom = settings.brands[brand].wecom if brand in settings.brands else None
    secret = None if wecom is None else (wecom.customer_contact_secret if contact else wecom.secret)
    if wecom is None or secret is None:
        name = "SIYU_WECOM_CONTACT_SECRET or SIYU_WECOM_SECRET" if contact else "SIYU_WECOM_SECRET"
        raise ConfigError(f"brand {brand!r} has no WeCom secret for this route (set {name})")
    return App(platform=WECOM, app_id=wecom.corp_id, secret=secret.reveal(), origin=settings.wecom_api_origin)


_COMPARE_AND_DELETE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


class TokenStore:
    """One token per credential in Redis; only the holder of a SET NX lock fetches (§6 rule 1)."""

    def __init__(self, redis_client: redis.Redis, *, http: requests.Session, timeout_s: float = DEFAULT_TIMEOUT_S,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.redis = redis_client
        self.http = http
        self.timeout_s = timeout_s
        self.sleep = sleep
        self._cad = redis_client.register_script(_COMPARE_AND_DELETE)
        self.fetches = 0  # fetches this process made (tests and metrics)
        self._local: dict[str, tuple[str, float]] = {}  # app key -> (token, monotonic time to forget it)

    def get(self, app: App) -> str:
        """The shared token: from this process's copy while it is fresh, else from Redis (or a fetch)."""
        cached = self._local.get(app.key)
        if cached is not None and cached[1] > time.monotonic():
            return cached[0]
        pipe = self.redis.pipeline(transaction=False)
        pipe.get(keys.access_token(app.key))
        pipe.pttl(keys.access_token(app.key))
        value, pttl_ms = pipe.execute()
        if not value:
            return self._remember(app, self._obtain(app, stale=None)[0], LOCAL_TOKEN_S)
        return self._remember(app, _s(value), int(pttl_ms) / 1000.0)

    def refresh(self, app: App, bad: str) -> str:
        """Drop `bad` (only if it is still the shared one) and obtain a different token once."""
        return self.renew(app, bad)[0]

    def renew(self, app: App, bad: str) -> tuple[str, bool]:
        """`refresh`, and whether this call fetched the new token from WeChat (True) or read the one another
        process had already put in Redis (False). Only a fetched token is known to be fresh: one read back may
        be as old as `bad` (a process whose own copy lagged behind Redis), so a caller may renew it in turn."""
        self._local.pop(app.key, None)
        self._cad(keys=[keys.access_token(app.key)], args=[bad])
        token, fetched = self._obtain(app, stale=bad)
        return self._remember(app, token, LOCAL_TOKEN_S), fetched

    def _remember(self, app: App, token: str, ttl_s: float) -> str:
        if ttl_s > 0:
            self._local[app.key] = (token, time.monotonic() + min(ttl_s, LOCAL_TOKEN_S))
        return token

    def _obtain(self, app: App, *, stale: str | None) -> tuple[str, bool]:
        """The shared token other than `stale`, and whether this call fetched it (else it was in Redis)."""
        token_key, lock_key = keys.access_token(app.key), keys.access_token_lock(app.key)
        deadline = time.monotonic() + TOKEN_LOCK_TTL_S * 2
        while True:
            value = self.redis.get(token_key)
            if value and _s(value) != stale:
                return _s(value), False
            nonce = secrets.token_hex(8)
            if self.redis.set(lock_key, nonce, nx=True, px=int(TOKEN_LOCK_TTL_S * 1000)):
                try:
                    value = self.redis.get(token_key)  # someone may have finished just before us
                    if value and _s(value) != stale:
                        return _s(value), False
                    token, expires_in = self._fetch(app, stale=stale)
                    ttl = max(expires_in - TOKEN_MARGIN_S, expires_in // 2, 1)
                    self.redis.set(token_key, token, ex=ttl)
                    return token, True
                finally:
                    self._cad(keys=[lock_key], args=[nonce])
            if time.monotonic() > deadline:
                raise RetryLaterError(f"{app.platform} token for {app.app_id}: another process holds the lock",
                                      platform=app.platform, api="token")
            self.sleep(TOKEN_POLL_S)

    def _fetch(self, app: App, *, stale: str | None) -> tuple[str, int]:
        self.fetches += 1
        if app.platform == WECOM:
            data = self._http("get", f"{app.origin}/cgi-bin/gettoken", app,
                              params={"corpid": app.app_id, "corpsecret": app.secret})
            return str(data["access_token"]), int(data.get("expires_in", 7200))
        token, expires_in = self._stable(app, force=False)
        if stale is not None and token == stale and self._may_force(app):
            token, expires_in = self._stable(app, force=True)  # §6 rule 3.2: the same token came back
        return token, expires_in

    def _stable(self, app: App, *, force: bool) -> tuple[str, int]:
        """POST /cgi-bin/stable_token, which wechatpy lacks (docs/platform.md §9)."""
        body = {"grant_type": "client_credential", "appid": app.app_id, "secret": app.secret, "force_refresh": force}
        data = self._http("post", f"{app.origin}/cgi-bin/stable_token", app, json=body)
        return str(data["access_token"]), int(data.get("expires_in", 7200))

    def _may_force(self, app: App) -> bool:
        if not self.redis.set(keys.access_token_force(app.key), "1", nx=True, ex=STABLE_FORCE_GAP_S):
            return False
        day = datetime.now(UTC).strftime("%Y-%m-%d")
        count_key = keys.access_token_force_count(app.key, day)
        count = int(self.redis.incr(count_key))
        self.redis.expire(count_key, 86400)
        return count <= STABLE_FORCE_PER_DAY

    def _http(self, method: str, url: str, app: App, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self.http.request(method, url, timeout=self.timeout_s, **kwargs)
        except requests.RequestException as exc:
            # not `from exc`: requests writes the URL into its errors, here ?corpsecret= (a traceback, RQ's too,
            # prints the cause); the error's name says what happened
            raise RetryLaterError(f"token fetch failed: {type(exc).__name__}", platform=app.platform,
                                  api="token") from None
        data = json_or_error(response, app.platform, "token")
        if data.get("errcode") or "access_token" not in data:
            error = error_for(app.platform, int(data.get("errcode", -1)), str(data.get("errmsg", "")), api="token")
            raise (ConfigError(str(error), errcode=error.errcode, errmsg=error.errmsg, platform=app.platform,
                               api="token") if isinstance(error, RefreshTokenError) else error)
        return data


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
