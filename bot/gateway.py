"""The only way to WeChat: wechatpy clients on configured origins, the shared token, rate limits, errors.

Channels build payloads and call `Gateway.call`/`robot_send`; nothing else talks to a WeChat API.
Rules and sources: docs/platform.md §4 (error table), §5 (rate limits), §6 (tokens, wechatpy traps).
"""

from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis
import requests
from wechatpy import WeChatClient
from wechatpy.client.api.base import BaseWeChatAPI
from wechatpy.exceptions import WeChatClientException
from wechatpy.work import WeChatClient as WeComClient

from bot.errors import (
    AlreadyDoneError,
    ConfigError,
    GatewayError,
    MaybeSentError,
    RefreshTokenError,
    RetryLaterError,
    SlowDownError,
    UnreachableError,
)
from bot.settings import Settings
from bot.store import keys

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_S = 5.0  # every call; wechatpy's default is None = forever (docs/platform.md §6)
RETRY_DELAYS_S = (1.0, 4.0, 16.0)  # RETRY class: 1 s, 4 s, 16 s ±20 %, ≤ 3 attempts (doc 90313 for -1)
TOKEN_MARGIN_S = 300  # refetch when fewer than 300 s remain (docs/platform.md §6 rule 2)
TOKEN_LOCK_TTL_S = 10.0  # one fetch at a time; a crashed holder frees the lock after this
TOKEN_POLL_S = 0.05  # waiters poll the token key this often
STABLE_FORCE_GAP_S = 30  # force_refresh ≥ 30 s apart (stable_token doc)
STABLE_FORCE_PER_DAY = 10  # platform allows 20/day; we keep half (docs/platform.md §5)
MAX_RATE_WAIT_S = 1.0  # wait this long for a bucket token in the worker; beyond, SlowDownError

OA, WECOM, ROBOT = "oa", "wecom", "robot"

# --- the error table ------------------------------------------------------------------------------------

REFRESH, RETRY, SLOW, UNREACHABLE, DONE, CONFIG = "refresh", "retry", "slow", "unreachable", "done", "config"

_CLASSES: dict[str, type[GatewayError]] = {
    REFRESH: RefreshTokenError, RETRY: RetryLaterError, SLOW: SlowDownError,
    UNREACHABLE: UnreachableError, DONE: AlreadyDoneError, CONFIG: ConfigError,
}


def _both(code: int, kind: str, retry_after: float = 0.0) -> dict[tuple[str, int], tuple[str, float]]:
    return {(OA, code): (kind, retry_after), (WECOM, code): (kind, retry_after)}


# (platform, errcode) -> (class, retry_after seconds for SLOW). docs/platform.md §4, checked 2026-11-23.
# Codes not listed are CONFIG: never retried, recorded with errcode and errmsg for a person to read.
ERROR_TABLE: dict[tuple[str, int], tuple[str, float]] = {
    **_both(-1, RETRY),
    (OA, 40001): (REFRESH, 0), (WECOM, 40001): (CONFIG, 0),  # WeCom 40001 = invalid secret
    **_both(40014, REFRESH), **_both(42001, REFRESH),
    **_both(41001, CONFIG),
    **_both(40003, UNREACHABLE),
    **_both(40004, CONFIG),
    **_both(40007, RETRY),  # temporary media expired: the channel re-uploads once
    (OA, 43004): (UNREACHABLE, 0), (WECOM, 43004): (CONFIG, 0),
    (OA, 43101): (UNREACHABLE, 0),
    (OA, 45009): (SLOW, 3600), (WECOM, 45009): (SLOW, 60),  # OA: until tomorrow; WeCom: minute block
    (OA, 45011): (SLOW, 60),
    (WECOM, 45033): (SLOW, 2),
    (OA, 45015): (UNREACHABLE, 0), (OA, 45047): (UNREACHABLE, 0),
    **_both(45002, CONFIG), **_both(48001, CONFIG),
    (OA, 48002): (UNREACHABLE, 0), (WECOM, 48002): (CONFIG, 0),
    (OA, 40164): (CONFIG, 0), (WECOM, 60020): (CONFIG, 0),
    (OA, 40013): (CONFIG, 0), (OA, 40125): (CONFIG, 0), (WECOM, 40013): (CONFIG, 0),
    (WECOM, 60011): (CONFIG, 0), (WECOM, 60111): (UNREACHABLE, 0), (WECOM, 81013): (UNREACHABLE, 0),
    (WECOM, 84061): (UNREACHABLE, 0), (WECOM, 40096): (UNREACHABLE, 0), (WECOM, 40098): (CONFIG, 0),
    (WECOM, 41050): (UNREACHABLE, 0), (WECOM, 41051): (DONE, 0), (WECOM, 41096): (RETRY, 0),
    (WECOM, 41053): (UNREACHABLE, 0), (WECOM, 41048): (UNREACHABLE, 0), (WECOM, 41063): (RETRY, 0),
    (WECOM, 41093): (DONE, 0), (WECOM, 41094): (UNREACHABLE, 0),
    (WECOM, 90206): (CONFIG, 0), (WECOM, 90207): (CONFIG, 0), (WECOM, 90208): (CONFIG, 0),
    (ROBOT, 130101): (SLOW, 60), (ROBOT, 93000): (CONFIG, 0), (ROBOT, 93004): (CONFIG, 0),
    (ROBOT, -1): (RETRY, 0), (ROBOT, 45009): (SLOW, 60),
    (WECOM, 95000): (CONFIG, 0), (WECOM, 95004): (CONFIG, 0), (WECOM, 95001): (UNREACHABLE, 0),
    (WECOM, 95002): (UNREACHABLE, 0), (WECOM, 95003): (CONFIG, 0), (WECOM, 95007): (RETRY, 0),
    (WECOM, 95013): (UNREACHABLE, 0), (WECOM, 95018): (UNREACHABLE, 0), (WECOM, 95031): (UNREACHABLE, 0),
    (OA, 40037): (CONFIG, 0), (OA, 47003): (CONFIG, 0), (OA, 41030): (CONFIG, 0),
    (OA, 45028): (SLOW, 86400), (OA, 45065): (DONE, 0), (OA, 45067): (CONFIG, 0),
}


def error_for(platform: str, errcode: int, errmsg: str = "", *, api: str = "") -> GatewayError:
    """The exception the table names for this (platform, errcode); unknown codes are CONFIG."""
    kind, retry_after = ERROR_TABLE.get((platform, errcode), (CONFIG, 0.0))
    message = f"{platform} {api or 'call'} failed: errcode {errcode} ({errmsg or 'no errmsg'})"
    info: dict[str, Any] = {"errcode": errcode, "errmsg": errmsg, "platform": platform, "api": api}
    if kind == SLOW:
        return SlowDownError(message, retry_after=retry_after, **info)
    return _CLASSES[kind](message, **info)


# --- apps -------------------------------------------------------------------------------------------------


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
    """The app secret (message/send) or, with `contact`, the 客户联系 secret (welcome, 群发)."""
    wecom = settings.brands[brand].wecom if brand in settings.brands else None
    secret = None if wecom is None else (wecom.contact_secret if contact else wecom.secret)
    if wecom is None or secret is None:
        name = "SIYU_WECOM_CONTACT_SECRET" if contact else "SIYU_WECOM_SECRET"
        raise ConfigError(f"brand {brand!r} has no WeCom secret for this route (set {name})")
    return App(platform=WECOM, app_id=wecom.corp_id, secret=secret.reveal(), origin=settings.wecom_api_origin)


# --- the shared access token ------------------------------------------------------------------------------

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

    def get(self, app: App) -> str:
        value = self.redis.get(keys.access_token(app.key))
        return _s(value) if value else self._obtain(app, stale=None)

    def refresh(self, app: App, bad: str) -> str:
        """Drop `bad` (only if it is still the shared one) and obtain a different token once."""
        self._cad(keys=[keys.access_token(app.key)], args=[bad])
        return self._obtain(app, stale=bad)

    def _obtain(self, app: App, *, stale: str | None) -> str:
        token_key, lock_key = keys.access_token(app.key), keys.access_token_lock(app.key)
        deadline = time.monotonic() + TOKEN_LOCK_TTL_S * 2
        while True:
            value = self.redis.get(token_key)
            if value and _s(value) != stale:
                return _s(value)
            nonce = secrets.token_hex(8)
            if self.redis.set(lock_key, nonce, nx=True, px=int(TOKEN_LOCK_TTL_S * 1000)):
                try:
                    value = self.redis.get(token_key)  # someone may have finished just before us
                    if value and _s(value) != stale:
                        return _s(value)
                    token, expires_in = self._fetch(app, stale=stale)
                    ttl = max(expires_in - TOKEN_MARGIN_S, expires_in // 2, 1)
                    self.redis.set(token_key, token, ex=ttl)
                    return token
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
            raise RetryLaterError(f"token fetch failed: {type(exc).__name__}", platform=app.platform,
                                  api="token") from exc
        data = _json_or_retry(response, app.platform, "token")
        if data.get("errcode") or "access_token" not in data:
            error = error_for(app.platform, int(data.get("errcode", -1)), str(data.get("errmsg", "")), api="token")
            raise (ConfigError(str(error), errcode=error.errcode, errmsg=error.errmsg, platform=app.platform,
                               api="token") if isinstance(error, RefreshTokenError) else error)
        return data


# --- the rate limiter ----------------------------------------------------------------------------------------

_BUCKET_LUA = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local state = redis.call('HMGET', KEYS[1], 't', 'ts')
local tokens = tonumber(state[1]) or burst
local ts = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - ts) * rate / 1000)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) * 1000 / rate) end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) * 3 + 1000)
return wait
"""


@dataclass(frozen=True)
class Rate:
    per_s: float
    burst: float


# (platform, api) -> bucket. docs/platform.md §5 "suggested bucket"; override with Gateway(limits=...).
DEFAULT_LIMITS: dict[tuple[str, str], Rate] = {
    (OA, "custom_send"): Rate(5, 5),
    (OA, "template_send"): Rate(1, 1),
    (OA, "media_upload"): Rate(5, 5),
    (WECOM, "*"): Rate(100, 100),
    (WECOM, "member"): Rate(25 / 60, 25),  # per member 30/min and 1000/h, excess silently dropped
    (ROBOT, "webhook_send"): Rate(1 / 3, 3),  # 20 msgs/min per robot (130101)
}


class RateLimiter:
    """Token buckets in Redis, one per (app, api); `take` answers how long to wait (0 = go)."""

    def __init__(self, redis_client: redis.Redis, limits: Mapping[tuple[str, str], Rate] | None = None) -> None:
        self.limits = {**DEFAULT_LIMITS, **(limits or {})}
        self._script = redis_client.register_script(_BUCKET_LUA)

    def rate(self, platform: str, api: str) -> Rate | None:
        return self.limits.get((platform, api)) or self.limits.get((platform, "*"))

    def take(self, platform: str, app_key: str, api: str) -> float:
        rate = self.rate(platform, api)
        if rate is None:
            return 0.0
        wait_ms = self._script(keys=[keys.rate_bucket(app_key, api)],
                               args=[rate.per_s, rate.burst, int(time.time() * 1000)])
        return int(wait_ms) / 1000.0


# --- wechatpy clients ----------------------------------------------------------------------------------------


class _TokenFromStore:
    """Mixin: wechatpy reads the token from Siyu's TokenStore and never fetches one itself."""

    _siyu_tokens: TokenStore
    _siyu_app: App

    @property
    def access_token(self) -> str:
        return self._siyu_tokens.get(self._siyu_app)

    def fetch_access_token(self) -> None:  # pragma: no cover - auto_retry=False: never called
        raise ConfigError("wechatpy tried to fetch a token itself; tokens come from TokenStore")


class SiyuOAClient(_TokenFromStore, WeChatClient):
    pass


class SiyuWeComClient(_TokenFromStore, WeComClient):
    pass


def _point_at(client: Any, origin: str, real_hosts: tuple[str, ...]) -> None:
    """Every base URL of the client and its sub-APIs to `origin` (several hard-code their host)."""
    client.API_BASE_URL = origin + "/cgi-bin/"
    for name in dir(client):
        api = getattr(client, name, None)
        base = getattr(api, "API_BASE_URL", "") if isinstance(api, BaseWeChatAPI) else ""
        for host in real_hosts:
            if base.startswith(host):
                api.API_BASE_URL = origin + base[len(host):]


# --- the gateway ---------------------------------------------------------------------------------------------


class Gateway:
    """Calls WeChat APIs with the shared token, rate limits, one token refresh and the error table.

        gateway = Gateway(redis_client, settings)
        gateway.call(oa_app(settings, "acme"), "message/custom/send", payload, api="custom_send")
    """

    def __init__(self, redis_client: redis.Redis, settings: Settings, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                 limits: Mapping[tuple[str, str], Rate] | None = None,
                 retry_delays_s: tuple[float, ...] = RETRY_DELAYS_S,
                 sleep: Callable[[float], None] = time.sleep, http: requests.Session | None = None) -> None:
        self.redis = redis_client
        self.settings = settings
        self.timeout_s = timeout_s
        self.retry_delays_s = retry_delays_s
        self.sleep = sleep
        self.http = http or requests.Session()
        self.tokens = TokenStore(redis_client, http=self.http, timeout_s=timeout_s, sleep=sleep)
        self.limiter = RateLimiter(redis_client, limits)
        self._clients: dict[str, Any] = {}

    def client(self, app: App) -> Any:
        client = self._clients.get(app.key)
        if client is None:
            if app.platform == OA:
                client = SiyuOAClient(app.app_id, app.secret, timeout=self.timeout_s, auto_retry=False)
                _point_at(client, app.origin, ("https://api.weixin.qq.com",))
            else:
                client = SiyuWeComClient(app.app_id, app.secret, timeout=self.timeout_s, auto_retry=False)
                _point_at(client, app.origin, ("https://qyapi.weixin.qq.com",))
            client._siyu_tokens, client._siyu_app = self.tokens, app
            client._http = self.http
            self._clients[app.key] = client
        return client

    def call(self, app: App, path: str, payload: dict[str, Any], *, api: str, idempotent: bool = False,
             member: str = "") -> dict[str, Any]:
        """POST `path` (relative to /cgi-bin/) and return WeChat's JSON, or raise a GatewayError.

        `idempotent` says a read timeout may be retried (the route has a key, §4); `member` adds the
        per-member bucket where the platform drops excess silently (WeCom message/send).
        """
        self._throttle(app.platform, app.key, api)
        if member:
            self._throttle(app.platform, f"{app.key}:{member}", "member")
        return self._with_retries(lambda: self._post(app, path, payload, api=api, idempotent=idempotent))

    def upload(self, app: App, kind: str, filename: str, data: bytes) -> str:
        """Upload temporary media (valid 3 days) and return its media_id."""
        self._throttle(app.platform, app.key, "media_upload")

        def once() -> dict[str, Any]:
            return self._request(app, lambda c: c.media.upload(kind, (filename, data)), api="media_upload",
                                 idempotent=True)

        return str(self._with_retries(once)["media_id"])

    def image_media_id(self, app: App, source: str) -> str:
        """`media:<id>` as is; a file path uploaded once and cached just under the 3-day expiry."""
        if source.startswith("media:"):
            return source.removeprefix("media:")
        cache_key = keys.media_cache(app.key, hashlib.blake2b(source.encode(), digest_size=12).hexdigest())
        cached = self.redis.get(cache_key)
        if cached:
            return _s(cached)
        if source.startswith(("http://", "https://")):
            raise ConfigError(f"image {source!r}: URL images are not supported yet; use a file path or media:<id>")
        path = Path(source)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"image {source!r} cannot be read: {exc.strerror}") from exc
        media_id = self.upload(app, "image", path.name, data)
        self.redis.set(cache_key, media_id, ex=3 * 86400 - 3600)
        return media_id

    def robot_send(self, robot_key: str, payload: dict[str, Any]) -> dict[str, Any]:
        """The group robot webhook (wechatpy has none): POST /cgi-bin/webhook/send?key=."""
        robot_id = "robot:" + hashlib.blake2b(robot_key.encode(), digest_size=6).hexdigest()
        self._throttle(ROBOT, robot_id, "webhook_send")

        def once() -> dict[str, Any]:
            url = f"{self.settings.wecom_api_origin}/cgi-bin/webhook/send"
            try:
                response = self.http.post(url, params={"key": robot_key}, json=payload, timeout=self.timeout_s)
            except requests.RequestException as exc:
                raise _transport_error(exc, ROBOT, "webhook_send", idempotent=False) from exc
            data = _json_or_retry(response, ROBOT, "webhook_send")
            if data.get("errcode"):
                raise error_for(ROBOT, int(data["errcode"]), str(data.get("errmsg", "")), api="webhook_send")
            return data

        return self._with_retries(once)

    # -- internals -------------------------------------------------------------------------------------------

    def _throttle(self, platform: str, app_key: str, api: str) -> None:
        wait_s = self.limiter.take(platform, app_key, api)
        if wait_s > MAX_RATE_WAIT_S:
            raise SlowDownError(f"{platform} {api}: local rate limit", retry_after=wait_s, platform=platform, api=api)
        if wait_s > 0:
            self.sleep(wait_s)

    def _with_retries(self, attempt: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        for delay in (*self.retry_delays_s, None):
            try:
                return attempt()
            except RetryLaterError:
                if delay is None:
                    raise
                self.sleep(delay * random.uniform(0.8, 1.2))  # noqa: S311 (jitter, not crypto)
        raise AssertionError("unreachable")  # pragma: no cover

    def _post(self, app: App, path: str, payload: dict[str, Any], *, api: str, idempotent: bool) -> dict[str, Any]:
        return self._request(app, lambda c: c.post(path, data=payload), api=api, idempotent=idempotent)

    def _request(self, app: App, send: Callable[[Any], Any], *, api: str, idempotent: bool) -> dict[str, Any]:
        client = self.client(app)
        for refreshed in (False, True):
            token = self.tokens.get(app)
            try:
                result = send(client)
            except WeChatClientException as exc:
                if exc.errcode is None:
                    raise _http_status_error(exc, app.platform, api) from exc
                error = error_for(app.platform, int(exc.errcode), str(exc.errmsg or ""), api=api)
                if isinstance(error, RefreshTokenError) and not refreshed:
                    log.info("%s %s: token refused (%s), refreshing once", app.platform, api, exc.errcode)
                    self.tokens.refresh(app, token)
                    continue
                if isinstance(error, RefreshTokenError):
                    raise ConfigError(f"{error} after one token refresh", errcode=error.errcode,
                                      errmsg=error.errmsg, platform=app.platform, api=api) from exc
                raise error from exc
            except requests.RequestException as exc:
                raise _transport_error(exc, app.platform, api, idempotent=idempotent) from exc
            if not isinstance(result, dict):
                raise RetryLaterError(f"{app.platform} {api}: the answer is not JSON", platform=app.platform, api=api)
            return result
        raise AssertionError("unreachable")  # pragma: no cover


def _transport_error(exc: requests.RequestException, platform: str, api: str, *, idempotent: bool) -> GatewayError:
    """Before sending (connect) is safe to retry; a read timeout after sending is only where a key exists."""
    name = type(exc).__name__
    if isinstance(exc, requests.ConnectionError):  # ConnectTimeout is one; ReadTimeout is not
        return RetryLaterError(f"{platform} {api}: {name}", platform=platform, api=api)
    if idempotent:
        return RetryLaterError(f"{platform} {api}: {name} (idempotent, safe to retry)", platform=platform, api=api)
    return MaybeSentError(f"{platform} {api}: {name} after sending; outcome unknown", platform=platform, api=api)


def _http_status_error(exc: WeChatClientException, platform: str, api: str) -> GatewayError:
    status = getattr(exc.response, "status_code", None)
    if status is not None and status >= 500:
        return RetryLaterError(f"{platform} {api}: HTTP {status}", platform=platform, api=api)
    return ConfigError(f"{platform} {api}: HTTP {status}", platform=platform, api=api)


def _json_or_retry(response: requests.Response, platform: str, api: str) -> dict[str, Any]:
    if response.status_code >= 500:
        raise RetryLaterError(f"{platform} {api}: HTTP {response.status_code}", platform=platform, api=api)
    if response.status_code >= 400:
        raise ConfigError(f"{platform} {api}: HTTP {response.status_code}", platform=platform, api=api)
    try:
        data = response.json()
    except ValueError as exc:
        raise RetryLaterError(f"{platform} {api}: the answer is not JSON", platform=platform, api=api) from exc
    if not isinstance(data, dict):
        raise RetryLaterError(f"{platform} {api}: the answer is not a JSON object", platform=platform, api=api)
    return data


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
