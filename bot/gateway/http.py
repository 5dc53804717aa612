"""HTTP plumbing shared by the gateway: the hot JSON POST client, a requests session for the rest, and HTTP
failures mapped to the error table.

docs/platform.md §4 (HTTP rows): a connect error is safe to retry; a read timeout after sending is
retried only where the route has an idempotency key; 5xx is retried; 4xx is CONFIG.
"""

from __future__ import annotations

import http.client
import json
import os
import select
import socket
import ssl
import threading
import time
import weakref
from typing import Any
from urllib.parse import urlencode, urlsplit

import requests
from requests.adapters import HTTPAdapter

from bot.errors import ConfigError, GatewayError, MaybeSentError, RetryLaterError

JSON_HEADERS = {"Content-Type": "application/json; charset=utf-8"}
POOL_SIZE = 64  # connections kept alive per host: more than the threads or sends in flight in one process
# An idle keep-alive connection is not reused after this long: servers close idle connections (nginx's
# default after 75 s), and a request written into a connection the server is closing fails as RetryLater.
IDLE_S = 30.0


def new_session(pool_size: int = POOL_SIZE) -> requests.Session:
    """A keep-alive session (tokens, media, the one-shot response_url) without proxy lookups.

    `trust_env = False` measured ~30 % faster per call (requests re-reads proxy variables and .netrc
    on every request); WeChat's API hosts are called directly, never through a proxy.
    """
    session = requests.Session()
    session.trust_env = False
    adapter = HTTPAdapter(pool_connections=8, pool_maxsize=pool_size)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def transport_error(exc: requests.RequestException, platform: str, api: str, *, idempotent: bool) -> GatewayError:
    """Before sending (connect) is safe to retry; a read timeout after sending is only where a key exists."""
    name = type(exc).__name__
    if isinstance(exc, requests.ConnectionError):  # ConnectTimeout is one; ReadTimeout is not
        return RetryLaterError(f"{platform} {api}: {name}", platform=platform, api=api)
    return _after_sending(f"{platform} {api}: {name}", platform, api, idempotent=idempotent)


def _after_sending(what: str, platform: str, api: str, *, idempotent: bool) -> GatewayError:
    if idempotent:
        return RetryLaterError(f"{what} (idempotent, safe to retry)", platform=platform, api=api)
    return MaybeSentError(f"{what} after sending; outcome unknown", platform=platform, api=api)


def status_error(status: int | None, platform: str, api: str) -> GatewayError:
    if status is not None and status >= 500:
        return RetryLaterError(f"{platform} {api}: HTTP {status}", platform=platform, api=api)
    return ConfigError(f"{platform} {api}: HTTP {status}", platform=platform, api=api)


def json_object(status: int, raw: bytes, platform: str, api: str) -> dict[str, Any]:
    """WeChat's JSON object, or the GatewayError its HTTP status or body calls for."""
    if status >= 400:
        raise status_error(status, platform, api)
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise RetryLaterError(f"{platform} {api}: the answer is not JSON", platform=platform, api=api) from exc
    if not isinstance(data, dict):
        raise RetryLaterError(f"{platform} {api}: the answer is not a JSON object", platform=platform, api=api)
    return data


def json_or_error(response: requests.Response, platform: str, api: str) -> dict[str, Any]:
    """json_object for a requests response."""
    return json_object(response.status_code, response.content, platform, api)


def post_json(session: requests.Session, url: str, payload: dict[str, Any], *, params: dict[str, str] | None,
              timeout_s: float, platform: str, api: str, idempotent: bool) -> dict[str, Any]:
    """POST `payload` as UTF-8 JSON through a requests session (the rare calls; JsonClient is the hot path)."""
    body = json.dumps(payload, ensure_ascii=False).encode()
    try:
        response = session.post(url, params=params, data=body, headers=JSON_HEADERS, timeout=timeout_s)
    except requests.RequestException as exc:  # not `from exc`: its text holds the URL, ?access_token= included
        raise transport_error(exc, platform, api, idempotent=idempotent) from None
    return json_or_error(response, platform, api)


class _Origin:
    """One scheme://host:port: where to connect, its Host header, TLS or not, and its idle connections."""

    __slots__ = ("host", "host_header", "idle", "port", "tls")

    def __init__(self, scheme: str, host: str, port: int | None) -> None:
        self.tls = scheme == "https"
        default = 443 if self.tls else 80
        self.host = host
        self.port = port or default
        self.host_header = host if self.port == default else f"{host}:{self.port}"
        self.idle: list[tuple[socket.socket, float]] = []  # (connection, idle since): the last one in first


class JsonClient:
    """POSTs JSON to WeChat over keep-alive connections: the hot path of every send.

        client = JsonClient(timeout_s=5.0)
        client.post(url, payload, params={"access_token": token}, platform="wecom", api="message/send",
                    idempotent=True)

    Each call writes its request (request line, 4 headers, body) in one `sendall` and reads the answer
    with the standard library's parser (`http.client.HTTPResponse`: status line, headers, Content-Length
    or chunked body, keep-alive). A connection serves one call at a time: a caller takes one from the
    origin's idle list (or connects) and puts it back after reading the whole answer, so threads never
    share one. requests/urllib3 cost ~0.2 ms of CPU per call on top of this (bench/README.md), which was
    the largest single cost of a send. Timeouts and the error mapping are the session's (module docstring):
    connect failures are RetryLater; a timeout or a dropped connection after the request was written is
    as requests mapped it: a timeout MaybeSent unless idempotent, a dropped connection RetryLater.
    """

    def __init__(self, *, timeout_s: float, max_idle: int = POOL_SIZE, idle_s: float = IDLE_S,
                 ssl_context: ssl.SSLContext | None = None) -> None:
        self.timeout_s = timeout_s
        self.max_idle = max_idle
        self.idle_s = idle_s
        self._ssl = ssl_context
        self._origins: dict[tuple[str, str, int | None], _Origin] = {}
        self._urls: dict[str, tuple[_Origin, str]] = {}
        self._lock = threading.Lock()
        _CLIENTS.add(self)

    def post(self, url: str, payload: dict[str, Any], *, params: dict[str, str] | None, platform: str, api: str,
             idempotent: bool, timeout_s: float | None = None) -> dict[str, Any]:
        """WeChat's JSON object for this POST, or the GatewayError the transport, status or body calls for.

        `timeout_s` bounds this call's connect and each read instead of the client's own (a welcome's try
        is cut to what is left of its code's life)."""
        timeout_s = self.timeout_s if timeout_s is None else timeout_s
        origin, target = self._resolve(url)
        if params:
            target += ("&" if "?" in target else "?") + urlencode(params)
        body = json.dumps(payload, ensure_ascii=False).encode()
        head = (f"POST {target} HTTP/1.1\r\nHost: {origin.host_header}\r\nAccept-Encoding: identity\r\n"
                f"Content-Type: application/json; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n")
        sock = self._checkout(origin, platform, api, timeout_s)
        try:
            sock.settimeout(timeout_s)  # a kept-alive connection keeps the timeout of the call that used it last
            sock.sendall(head.encode("latin-1") + body)
            response = http.client.HTTPResponse(sock, method="POST")
            response.begin()
            raw = response.read()
        except TimeoutError as exc:
            sock.close()
            raise _after_sending(f"{platform} {api}: timeout", platform, api, idempotent=idempotent) from exc
        except (OSError, http.client.HTTPException) as exc:  # dropped, reset, malformed: as requests.ConnectionError
            sock.close()
            raise RetryLaterError(f"{platform} {api}: {type(exc).__name__}", platform=platform, api=api) from exc
        if response.will_close:
            sock.close()
        else:
            self._checkin(origin, sock)
        return json_object(response.status, raw, platform, api)

    def close(self) -> None:
        """Close every idle connection (calls in flight close theirs when they end)."""
        with self._lock:
            idle = [sock for origin in self._origins.values() for sock, _ in origin.idle]
            for origin in self._origins.values():
                origin.idle.clear()
        for sock in idle:
            sock.close()

    # -- internals ------------------------------------------------------------------------------------------

    def _resolve(self, url: str) -> tuple[_Origin, str]:
        known = self._urls.get(url)
        if known is not None:
            return known
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"not an http(s) URL: {url!r}")
        key = (parts.scheme, parts.hostname, parts.port)
        with self._lock:
            origin = self._origins.get(key)
            if origin is None:
                origin = self._origins[key] = _Origin(parts.scheme, parts.hostname, parts.port)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        if len(self._urls) < 1024:  # API paths: a handful per origin; a one-off URL is just not remembered
            self._urls[url] = (origin, target)
        return origin, target

    def _checkout(self, origin: _Origin, platform: str, api: str, timeout_s: float) -> socket.socket:
        """An idle connection still open (as urllib3 checks: not readable before we write), or a new one."""
        now = time.monotonic()
        while True:
            with self._lock:
                if not origin.idle:
                    break
                sock, since = origin.idle.pop()
            if now - since < self.idle_s and not _readable(sock):
                return sock
            sock.close()  # the server closed it, or will soon
        try:
            sock = socket.create_connection((origin.host, origin.port), timeout=timeout_s)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # one write per request: send it now
            if origin.tls:
                if self._ssl is None:
                    self._ssl = ssl.create_default_context()
                sock = self._ssl.wrap_socket(sock, server_hostname=origin.host)
        except OSError as exc:  # refused, unreachable, DNS, connect or TLS handshake timeout: nothing was sent
            raise RetryLaterError(f"{platform} {api}: connect failed ({type(exc).__name__})", platform=platform,
                                  api=api) from exc
        return sock

    def _checkin(self, origin: _Origin, sock: socket.socket) -> None:
        with self._lock:
            if len(origin.idle) < self.max_idle:
                origin.idle.append((sock, time.monotonic()))
                return
        sock.close()

    def _forget_after_fork(self) -> None:
        """A forked child must not write into its parent's connections: drop its copies (the parent's stay)."""
        self._lock = threading.Lock()
        for origin in self._origins.values():
            for sock, _ in origin.idle:
                sock.close()
            origin.idle.clear()


def _readable(sock: socket.socket) -> bool:
    """True when an idle connection has something to read: the server closed it (EOF) or broke protocol."""
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    try:
        return bool(poller.poll(0))
    except OSError:
        return True


_CLIENTS: weakref.WeakSet[JsonClient] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    for client in list(_CLIENTS):
        client._forget_after_fork()


os.register_at_fork(after_in_child=_after_fork_in_child)
