"""The Gateway: every WeChat API call, with the shared token, rate limits, one refresh and the error table.

Channels build payloads and call the Gateway; nothing else talks to a WeChat API. The sends (JSON POSTs)
go through http.JsonClient's keep-alive connections; wechatpy is kept for what it does well, the
multipart media upload, with `auto_retry=False`, a timeout and tokens from TokenStore (platform.md §6).
"""

from __future__ import annotations

import hashlib
import logging
import random
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import redis
import requests
from wechatpy import WeChatClient
from wechatpy.client.api.base import BaseWeChatAPI
from wechatpy.exceptions import WeChatClientException
from wechatpy.work import WeChatClient as WeComClient

from bot.errors import ConfigError, ImageUnavailableError, RefreshTokenError, RetryLaterError, SlowDownError
from bot.gateway.errors import OA, ROBOT, WECOM, error_for
from bot.gateway.http import JsonClient, new_session, post_json, status_error, transport_error
from bot.gateway.limits import RateLimiter
from bot.gateway.media import load_image
from bot.gateway.tokens import DEFAULT_TIMEOUT_S, App, TokenStore
from bot.settings import Rate, Settings
from bot.store.media import UNAVAILABLE, MediaCache

log = logging.getLogger(__name__)

RETRY_DELAYS_S = (1.0, 4.0, 16.0)  # RETRY class: 1 s, 4 s, 16 s ±20 %, ≤ 3 attempts (doc 90313 for -1)
# Wait at most this long in all for a bucket token in one call; beyond, SlowDownError and the job hands
# the delivery back to RQ (enqueue_later) instead of holding the worker a welcome may be waiting for.
MAX_RATE_WAIT_S = 0.2
# Tokens a job took ahead for its batch (Gateway.prepay) are used for this long, then left for
# give_back: a call made later takes its own. A call is then at most this much later than the moment its
# bucket counted it, so in any window a bucket allows at most burst + per_s x (window + PREPAID_S);
# DEFAULT_LIMITS keep that under the platform's figures (bot/gateway/limits.py; tests/unit/test_gateway.py).
PREPAID_S = 0.5
MIN_TRY_S = 0.5  # the shortest timeout a call with a deadline tries with; past the deadline it stops retrying


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
        if not isinstance(api, BaseWeChatAPI):
            continue
        base = getattr(api, "API_BASE_URL", "")
        for host in real_hosts:
            if base.startswith(host):
                api.API_BASE_URL = origin + base[len(host):]


class _Renewals:
    """One call's token renewals (§4 REFRESH): a refused token is renewed, a token this call fetched from WeChat
    and still refused is a configuration error, never a loop.

    A renewal usually fetches a fresh token or reads the fresh one another process just fetched. But the token
    read back from Redis can be as old as the refused one (this process's copy lagged behind Redis, and both
    are past their expiry), so a token read back is renewed in turn; MAX_RENEWALS bounds it either way.
    """

    MAX_RENEWALS = 2

    def __init__(self, tokens: TokenStore, app: App, api: str) -> None:
        self.tokens, self.app, self.api = tokens, app, api
        self.done = 0
        self.fetched = False  # the last renewal fetched its token from WeChat itself

    def past(self, error: Exception, token: str) -> str:
        """The token to try next after `error`; raises `error` itself when it is no token problem, and a
        ConfigError when renewing cannot help."""
        if not isinstance(error, RefreshTokenError):
            raise error
        if self.fetched or self.done >= self.MAX_RENEWALS:
            raise ConfigError(f"{error} after a token refresh", errcode=error.errcode, errmsg=error.errmsg,
                              platform=self.app.platform, api=self.api)
        log.info("%s %s: token refused (%s), renewing it", self.app.platform, self.api, error.errcode)
        self.done += 1
        token, self.fetched = self.tokens.renew(self.app, token)
        return token


class Gateway:
    """Calls WeChat APIs with the shared token, rate limits, one token refresh and the error table.

        gateway = Gateway(redis_client, settings)
        gateway.call(oa_app(settings, "acme"), "message/custom/send", payload)

    `retry_delays_s` is how long to wait before each in-process retry of a RETRY-class failure.
    Calls may pass their own (jobs.deliver passes its queue's, bot/queueing.py); a value given here
    overrides those everywhere (tests, the e2e harness); with neither, RETRY_DELAYS_S.
    """

    def __init__(self, redis_client: redis.Redis, settings: Settings, *, timeout_s: float = DEFAULT_TIMEOUT_S,
                 limits: Mapping[tuple[str, str], Rate] | None = None,
                 retry_delays_s: tuple[float, ...] | None = None, max_rate_wait_s: float = MAX_RATE_WAIT_S,
                 sleep: Callable[[float], None] = time.sleep, http: requests.Session | None = None,
                 json_client: JsonClient | None = None) -> None:
        self.redis = redis_client
        self.settings = settings
        self.timeout_s = timeout_s
        self.retry_delays_s = retry_delays_s
        self.max_rate_wait_s = max_rate_wait_s
        self.sleep = sleep
        self.http = http or new_session()  # tokens, media, response_url: the rare calls
        self.json = json_client or JsonClient(timeout_s=timeout_s)  # the sends
        self.tokens = TokenStore(redis_client, http=self.http, timeout_s=timeout_s, sleep=sleep)
        self.limiter = RateLimiter(redis_client, {**settings.rate_limits, **(limits or {})})
        self.media = MediaCache(redis_client)
        self.api_hosts = frozenset(urlsplit(o).hostname or "" for o in (settings.oa_api_origin,
                                                                         settings.wecom_api_origin))
        self._clients: dict[str, Any] = {}
        self._prepaid: dict[tuple[str, tuple[tuple[str, str], ...]], int] = {}  # (platform, buckets) -> calls
        self._prepaid_until = 0.0
        self._prepaid_lock = threading.Lock()

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

    def call(self, app: App, path: str, payload: dict[str, Any], *, api: str = "", idempotent: bool = False,
             member: str = "", retry_delays_s: tuple[float, ...] | None = None, timeout_s: float | None = None,
             deadline: float | None = None) -> dict[str, Any]:
        """POST `path` (relative to /cgi-bin/) and return WeChat's JSON, or raise a GatewayError.

        `api` names the rate bucket (default: the path); `idempotent` says a read timeout may be
        retried (the route has a key, §4); `member` adds the per-member bucket where the platform
        drops excess silently (WeCom message/send). Every attempt, retries included, takes its
        tokens: WeChat counts each call against its limits, not each message.

        `timeout_s` bounds each attempt (default: the gateway's); `deadline` (time.monotonic()) bounds the
        whole call, retries and their waits included: a welcome's code dies ~20 s after its callback, and a
        try or a wait past that is wasted. Each attempt gets at least MIN_TRY_S, so a call always tries once.
        """
        api = api or path
        buckets = self.buckets(app, api, member)
        url = f"{app.origin}/cgi-bin/{path}"
        per_try_s = self.timeout_s if timeout_s is None else timeout_s

        def attempt() -> dict[str, Any]:
            self._throttle(app.platform, buckets)
            left_s = per_try_s if deadline is None else max(MIN_TRY_S, min(per_try_s, deadline - time.monotonic()))
            try:
                return self._with_token(app, api, lambda token: self.json.post(
                    url, payload, params={"access_token": token}, platform=app.platform, api=api,
                    idempotent=idempotent, timeout_s=left_s))
            except SlowDownError as exc:  # WeChat's rate limit: every worker stops this (app, api) for a while
                self.limiter.pause(app.platform, buckets[0], exc.retry_after)
                raise

        return self._with_retries(attempt, retry_delays_s, deadline=deadline)

    @staticmethod
    def buckets(app: App, api: str, member: str = "") -> list[tuple[str, str]]:
        """The rate buckets one call takes a token from: the app's for the API, and WeCom's per member."""
        return [(app.key, api)] + ([(f"{app.key}:{member}", "member")] if member else [])

    def prepay(self, calls: Sequence[tuple[App, str, str]]) -> int:
        """Take the rate tokens of calls about to be made, (app, api, member) each, in one round trip per
        platform; `call` then uses them instead of one script per call. Returns how many calls got theirs.

        Each call gets all of its tokens or none (a call that got none takes its own, waiting or slowing
        down as usual). Every call keeps taking tokens for its retries. Tokens unused after PREPAID_S, or
        when the job ends, go back with give_back().
        """
        by_platform: dict[str, list[tuple[tuple[str, str], ...]]] = {}
        for app, api, member in calls:
            by_platform.setdefault(app.platform, []).append(tuple(self.buckets(app, api, member)))
        got = 0
        for platform, wanted in by_platform.items():
            taken = self.limiter.take_each(platform, wanted)
            with self._prepaid_lock:
                for buckets, ok in zip(wanted, taken, strict=True):
                    if ok:
                        self._prepaid[(platform, buckets)] = self._prepaid.get((platform, buckets), 0) + 1
                        got += 1
                self._prepaid_until = time.monotonic() + PREPAID_S
        return got

    def give_back(self) -> None:
        """Return the tokens prepay() took for calls that were not made (skipped, parked, handed back)."""
        with self._prepaid_lock:
            left, self._prepaid = self._prepaid, {}
        counts: dict[str, dict[tuple[str, str], int]] = {}
        for (platform, buckets), n in left.items():
            for bucket in buckets:
                per = counts.setdefault(platform, {})
                per[bucket] = per.get(bucket, 0) + n
        for platform, per_bucket in counts.items():
            self.limiter.give_back(platform, per_bucket)

    def _use_prepaid(self, platform: str, buckets: list[tuple[str, str]]) -> bool:
        key = (platform, tuple(buckets))
        with self._prepaid_lock:
            n = self._prepaid.get(key)
            if not n or time.monotonic() >= self._prepaid_until:
                return False
            if n == 1:
                del self._prepaid[key]
            else:
                self._prepaid[key] = n - 1
            return True

    def upload(self, app: App, kind: str, filename: str, data: bytes, *,
               retry_delays_s: tuple[float, ...] | None = None) -> str:
        """Upload temporary media (valid 3 days) and return its media_id."""
        def once() -> dict[str, Any]:
            self._throttle(app.platform, [(app.key, "media/upload")])
            return self._request(app, lambda c: c.media.upload(kind, (filename, data)), api="media/upload",
                                 idempotent=True)

        return str(self._with_retries(once, retry_delays_s)["media_id"])

    def publish_menu(self, app: App, body: Mapping[str, Any]) -> None:
        """Replace the Official Account's menu (wechatpy's `menu.create`); it reaches followers' WeChat within
        about 5 minutes (docs/platform.md §3.4). Safe to repeat: the same body makes the same menu."""
        self._with_retries(lambda: self._request(app, lambda c: c.menu.create(dict(body)), api="menu/create",
                                                 idempotent=True), None)

    def published_menu(self, app: App) -> dict[str, Any] | None:
        """The menu WeChat shows now (`menu/get`, its `menu` object), None when the account has none."""
        def once() -> dict[str, Any]:
            return self._request(app, lambda c: c.menu.get() or {}, api="menu/get", idempotent=True)

        answer = self._with_retries(once, None)
        menu = answer.get("menu")
        return menu if isinstance(menu, dict) else None

    def image_media_id(self, app: App, source: str, *, retry_delays_s: tuple[float, ...] | None = None) -> str:
        """`media:<id>` as is; a file path or URL uploaded once per app and cached just under 3 days."""
        if source.startswith("media:"):
            return source.removeprefix("media:")
        cached = self.media.get(app.key, source)
        if cached and cached.startswith(UNAVAILABLE):
            raise ImageUnavailableError(cached.removeprefix(UNAVAILABLE) + " (remembered for a few minutes)")
        if cached:
            return cached
        try:
            filename, data = self.image_bytes(source)
        except ImageUnavailableError as exc:
            self.media.put_unavailable(app.key, source, str(exc))
            raise
        media_id = self.upload(app, "image", filename, data, retry_delays_s=retry_delays_s)
        self.media.put(app.key, source, media_id)
        return media_id

    def image_bytes(self, source: str) -> tuple[str, bytes]:
        """(file name, bytes) of a file path or http(s) URL image (bot/gateway/media.py has the policy)."""
        if source.startswith("media:"):
            raise ConfigError(f"image {source!r}: this route needs the image itself, not a media_id")
        return load_image(source, http=self.http, http_hosts=self.api_hosts)

    def robot_send(self, robot_key: str, payload: dict[str, Any], *,
                   retry_delays_s: tuple[float, ...] | None = None) -> dict[str, Any]:
        """The group robot webhook (wechatpy has none): POST /cgi-bin/webhook/send?key=."""
        robot_id = "robot:" + hashlib.blake2b(robot_key.encode(), digest_size=6).hexdigest()
        url = f"{self.settings.wecom_api_origin}/cgi-bin/webhook/send"

        def attempt() -> dict[str, Any]:
            self._throttle(ROBOT, [(robot_id, "webhook/send")])
            data = self.json.post(url, payload, params={"key": robot_key}, platform=ROBOT, api="webhook/send",
                                  idempotent=False)
            try:
                return self._checked(data, ROBOT, "webhook/send")
            except SlowDownError as exc:  # 130101: the robot stops for every worker
                self.limiter.pause(ROBOT, (robot_id, "webhook/send"), exc.retry_after)
                raise

        return self._with_retries(attempt, retry_delays_s)

    def response_url_send(self, url: str, payload: dict[str, Any]) -> dict[str, Any]:
        """POST plain JSON to an intelligent bot's response_url (one-shot, doc 101138), never retried.

        The URL comes from a callback, so only the WeCom API origin's scheme and host are accepted:
        anything else would let a forged callback make workers call arbitrary hosts.
        """
        parts, origin = urlsplit(url), urlsplit(self.settings.wecom_api_origin)
        if (parts.scheme, parts.netloc) != (origin.scheme, origin.netloc):
            raise ConfigError(f"response_url host {parts.netloc!r} is not the WeCom API host {origin.netloc!r}",
                              platform=WECOM, api="aibot/response")
        data = post_json(self.http, url, payload, params=None, timeout_s=self.timeout_s, platform=WECOM,
                         api="aibot/response", idempotent=False)
        return self._checked(data, WECOM, "aibot/response")

    # -- internals -------------------------------------------------------------------------------------------

    def _throttle(self, platform: str, buckets: list[tuple[str, str]]) -> None:
        """Take one token from each bucket at once, waiting up to max_rate_wait_s in all; beyond, SlowDownError.

        The error's `api` is the bucket that was short ("member" for WeCom's per-member bucket), so
        the job can hand back just that member's deliveries, or the rest of the batch for an app bucket.
        """
        if self._prepaid and self._use_prepaid(platform, buckets):
            return
        waited = 0.0
        while True:
            wait_s, short = self.limiter.take_all(platform, buckets)
            if wait_s <= 0:
                return
            if waited + wait_s > self.max_rate_wait_s:
                raise SlowDownError(f"{platform} {short}: local rate limit", retry_after=wait_s, platform=platform,
                                    api=short)
            self.sleep(wait_s)
            waited += wait_s

    def _with_retries(self, attempt: Callable[[], dict[str, Any]], delays: tuple[float, ...] | None, *,
                      deadline: float | None = None) -> dict[str, Any]:
        """`attempt` until it answers, sleeping `delays` between RetryLater failures; none past `deadline`
        (time.monotonic()): a retry that could not start before it is not made, and the error goes on."""
        if self.retry_delays_s is not None:
            delays = self.retry_delays_s
        for delay in (*(RETRY_DELAYS_S if delays is None else delays), None):
            try:
                return attempt()
            except RetryLaterError:
                if delay is None:
                    raise
                wait_s = delay * random.uniform(0.8, 1.2)  # noqa: S311 (jitter, not crypto)
                if deadline is not None and time.monotonic() + wait_s + MIN_TRY_S > deadline:
                    raise
                self.sleep(wait_s)
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def _checked(data: dict[str, Any], platform: str, api: str) -> dict[str, Any]:
        """A call without an access token (robot, response_url): its errcode through the table, no refresh."""
        if data.get("errcode"):
            raise error_for(platform, int(data["errcode"]), str(data.get("errmsg", "")), api=api)
        return data

    def _with_token(self, app: App, api: str, post: Callable[[str], dict[str, Any]]) -> dict[str, Any]:
        """`post` with the shared token; on 40001/40014/42001 renew it and post again (§4 REFRESH)."""
        token, renewals = self.tokens.get(app), _Renewals(self.tokens, app, api)
        while True:
            data = post(token)
            if not data.get("errcode"):
                return data
            token = renewals.past(error_for(app.platform, int(data["errcode"]), str(data.get("errmsg", "")),
                                            api=api), token)

    def _request(self, app: App, send: Callable[[Any], Any], *, api: str, idempotent: bool) -> dict[str, Any]:
        client, renewals = self.client(app), _Renewals(self.tokens, app, api)
        while True:
            token = self.tokens.get(app)  # what wechatpy's client reads (_TokenFromStore)
            try:
                result = send(client)
            except WeChatClientException as exc:
                if exc.errcode is None:  # raised while handling requests' HTTPError, whose text has ?access_token=
                    raise status_error(getattr(exc.response, "status_code", None), app.platform, api) from None
                renewals.past(error_for(app.platform, int(exc.errcode), str(exc.errmsg or ""), api=api), token)
                continue
            except requests.RequestException as exc:  # not `from exc`: its text holds the URL and access_token
                raise transport_error(exc, app.platform, api, idempotent=idempotent) from None
            if not isinstance(result, dict):
                raise RetryLaterError(f"{app.platform} {api}: the answer is not JSON", platform=app.platform, api=api)
            return result
