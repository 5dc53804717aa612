"""State of the fake WeChat/WeCom API: tokens, media, recorded calls, faults, and the error table.

Shared by the OA and WeCom endpoint modules; it knows no HTTP and never talks to the network.
"""

from __future__ import annotations

import random
import re
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

# --- platform numbers (each with its source; PLATFORM.md is ../shared/PLATFORM.md) -------------------

TOKEN_TTL_S = 7200  # access_token lives 7200 s (OA doc Get_access_token; WeCom doc 91039)
TOKEN_OVERLAP_S = 300  # a new /cgi-bin/token fetch leaves the old one usable 5 more minutes (PLATFORM.md §5)
# stable_token renews 5 min before expiry, so expires_in >= 300 (doc api_getstableaccesstoken)
STABLE_EARLY_REFRESH_S = 300
STABLE_FORCE_GAP_S = 30  # force_refresh within 30 s of the last one does not refresh (same doc)
STABLE_FORCE_PER_DAY = 20  # force_refresh is limited to 20 a day (same doc)
TOKEN_FETCHES_PER_DAY = 2000  # /cgi-bin/token daily quota, "about 2000" (PLATFORM.md §0)
MEDIA_TTL_S = 3 * 86400  # temporary media live 3 days (OA media/upload doc; WeCom doc 90253)
WELCOME_CODE_TTL_S = 20  # send_welcome_msg within 20 s of the event, once (WeCom doc 92137 / 92599)
ROBOT_PER_MINUTE = 20  # group robot: 20 messages a minute per key, then 130101 (PLATFORM.md §3.3)
KF_TOKEN_TTL_S = 600  # the kf_msg_or_event Token is valid 10 minutes (WeCom doc 94670)
# An enter_session event's welcome_code: kf/send_msg_on_event within 20 s, once (WeCom doc 96428). The
# code refused when expired, used or unknown is not published; the fake answers 95007 (docs/platform.md
# §3.2 "kf event replies", [uncertain]).
KF_WELCOME_CODE_TTL_S = 20
KF_BAD_CODE_ERRCODE = 95007
GROUPMSG_REMINDS_PER_DAY = 3  # remind_groupmsg_send: at most 3 reminders in 24 h (hexdocs GroupMsg.remind)
DEFAULT_TIMEOUT_S = 10.0  # a "timeout" fault holds the response this long unless the rule says otherwise
DEFAULT_MAX_RECORDS = 50_000  # recorded calls kept (~2 KB each; the oldest drop out, counters keep all)

TOKEN_PATHS = frozenset({"/cgi-bin/token", "/cgi-bin/stable_token", "/cgi-bin/gettoken"})

# Identifier shapes. Real OA openids are 28 chars starting with "o"; WeCom external userids start
# with "wm" (WeChat users) or "wo" (WeCom users); kf account ids start with "wk". The fake accepts any
# id of the right shape, so tests can invent them, and refuses the rest with the platform's code.
OPENID_RE = re.compile(r"o[A-Za-z0-9_-]{5,63}\Z")
EXTERNAL_USERID_RE = re.compile(r"w[mo][A-Za-z0-9_-]{4,63}\Z")
OPEN_KFID_RE = re.compile(r"wk[A-Za-z0-9_-]{4,63}\Z")
WECOM_USERID_RE = re.compile(r"[A-Za-z0-9_.@-]{1,64}\Z")
ROBOT_KEY_RE = re.compile(r"[A-Za-z0-9-]{8,64}\Z")

# --- error table --------------------------------------------------------------------------------------
# Codes and meanings: OA from binarywang/WxJava@3e48dc7f8 WxMpErrorMsgEnum.java and the OA global
# return-code page; WeCom from doc 90313 (global codes) as crawled on 2024-04-08 into
# xen0n/go-workwx@3887053 errcodes/mod.go. English errmsg strings are the ones seen in real responses
# where known (40001, 40002, 40013, 40125, 41001, 42001, 40014, 41051, 130101); the rest are close
# English renderings of the Chinese doc text, since clients must branch on errcode, never errmsg.

OA_ERRMSG: dict[int, str] = {
    -1: "system error",
    40001: (
        "invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken"
    ),
    40002: "invalid grant_type",
    40003: "invalid openid",
    40004: "invalid media type",
    40005: "invalid file type",
    40007: "invalid media_id",
    40008: "invalid message type",
    40009: "invalid image size",
    40013: "invalid appid",
    40037: "invalid template_id",
    40066: "invalid url",
    40113: "unsupported file type",
    40125: "invalid appsecret",
    40165: "invalid weapp pagepath",
    40212: "invalid query",
    41001: "access_token missing",
    41002: "appid missing",
    41004: "appsecret missing",
    41005: "media data missing",
    41009: "missing openid",
    42001: "access_token expired",
    43001: "require GET method",
    43002: "require POST method",
    43004: "require subscribe",
    44002: "empty post data",
    44004: "empty content",
    45002: "content size out of limit",
    45008: "article size out of limit",
    45009: "reach max api daily quota limit",
    45015: "response out of time limit or subscription is canceled",
    45047: "out of response count limit",
    47001: "data format error",
    85401: "invalid expire time",
    85402: "invalid env_version",
}

WECOM_ERRMSG: dict[int, str] = {
    -1: "system busy",
    40001: "invalid credential",
    40003: "invalid userid",
    40004: "invalid media type",
    40005: "invalid type",
    40007: "invalid media_id",
    40008: "invalid message type",
    40013: "invalid corpid",
    40014: "invalid access_token",
    40056: "invalid agentid",
    40058: "invalid Request Parameter",
    40096: "invalid external userid",
    40123: "invalid image format",
    41001: "access_token missing",
    41002: "corpid missing",
    41004: "corpsecret missing",
    41009: "missing userid",
    41010: "missing url",
    41011: "missing agentid",
    41016: "missing title",
    41033: "missing description",
    41046: "missing msgid",
    41047: "invalid msgid",
    41048: "no customer to send",
    41049: "missing welcome_code",
    41050: "invalid welcome_code",
    41051: "externaluser has started chatting",
    41064: "attachment count out of limit",
    41065: "invalid attachment type",
    41093: "group msg task has been canceled",
    41094: "remind group msg too frequently",
    42001: "access_token expired",
    43001: "require GET method",
    43002: "require POST method",
    44001: "empty media data",
    44004: "empty content",
    45001: "media size out of limit",
    45002: "content size out of limit",
    45008: "article size out of limit",
    45009: "api freq out of limit",
    81013: "user & party & tag all invalid",
    93000: "invalid webhook url",
    95000: "invalid open_kfid",
    95007: "invalid msg token",
    95008: "msgmenu item count out of limit",
    95009: "invalid msgmenu item type",
    130101: "send too fast, exceed 20 times per minute",
}


class ApiError(Exception):
    """An endpoint refuses the call with a platform errcode; the dispatcher renders the JSON."""

    def __init__(self, errcode: int, detail: str = "") -> None:
        super().__init__(errcode, detail)
        self.errcode = errcode
        self.detail = detail


class Clock(Protocol):
    def now(self) -> datetime: ...


# --- small records --------------------------------------------------------------------------------------


@dataclass(slots=True)
class Token:
    """One issued access_token. `revoked_s` is when a newer fetch made it stop working."""

    value: str
    app_id: str
    family: str  # "oa" or "wecom"
    source: str  # "token", "stable", "gettoken" or "manual"
    issued_s: float
    expires_s: float
    revoked_s: float | None = None


@dataclass(slots=True)
class Media:
    media_id: str
    kind: str  # image, voice, video, thumb, file
    app_id: str
    created_s: float


@dataclass(slots=True)
class WelcomeCode:
    code: str
    corpid: str | None
    userid: str
    external_userid: str
    issued_s: float
    used: bool = False


@dataclass(slots=True)
class GroupMsgTarget:
    userid: str
    external_userid: str | None
    chat_id: str | None
    status: int = 0  # 0 not sent, 1 sent, 2 not a friend, 3 already got another mass send (doc 93338)
    send_s: float | None = None


@dataclass(slots=True)
class GroupMsg:
    msgid: str
    corpid: str
    chat_type: str
    creator: str
    create_s: float
    text: dict[str, Any] | None
    attachments: list[dict[str, Any]]
    targets: list[GroupMsgTarget]
    task_status: dict[str, int]  # userid -> 0 not sent, 2 sent (doc 93338 get_groupmsg_task)
    task_send_s: dict[str, float]
    cancelled: bool = False
    reminds_s: list[float] = field(default_factory=list)


@dataclass(slots=True)
class KfMessage:
    corpid: str | None
    message: dict[str, Any]


@dataclass(slots=True)
class KfWelcomeCode:
    code: str
    corpid: str | None
    open_kfid: str
    external_userid: str
    issued_s: float
    used: bool = False


@dataclass(slots=True)
class FaultRule:
    """One fault rule: errors at `rate`, timeouts at `timeout_rate`, latency on every matching call."""

    rate: float = 0.0
    errcodes: tuple[int, ...] = (-1,)
    latency_ms: float = 0.0
    timeout_rate: float = 0.0
    timeout_s: float = DEFAULT_TIMEOUT_S
    paths: tuple[str, ...] = ()
    http_status: int | None = None
    handle_before_timeout: bool = False

    def matches(self, path: str) -> bool:
        if self.paths:
            return path.startswith(self.paths)
        return path not in TOKEN_PATHS

    def as_dict(self) -> dict[str, Any]:
        return {
            "rate": self.rate,
            "errcodes": list(self.errcodes),
            "latency_ms": self.latency_ms,
            "timeout_rate": self.timeout_rate,
            "timeout_s": self.timeout_s,
            "paths": list(self.paths),
            "http_status": self.http_status,
            "handle_before_timeout": self.handle_before_timeout,
        }


@dataclass(slots=True)
class FaultDecision:
    latency_s: float = 0.0
    timeout_s: float | None = None
    handle_before_timeout: bool = False
    errcode: int | None = None
    http_status: int | None = None


def parse_fault_rule(raw: Mapping[str, Any]) -> FaultRule:
    """Build a FaultRule from JSON, refusing unknown keys and out-of-range rates by name."""
    known = set(FaultRule.__dataclass_fields__)
    unknown = set(raw) - known
    if unknown:
        raise ValueError(f"unknown fault rule keys: {sorted(unknown)} (known: {sorted(known)})")
    rule = FaultRule(
        rate=float(raw.get("rate", 0.0)),
        errcodes=tuple(int(c) for c in raw.get("errcodes", (-1,))),
        latency_ms=float(raw.get("latency_ms", 0.0)),
        timeout_rate=float(raw.get("timeout_rate", 0.0)),
        timeout_s=float(raw.get("timeout_s", DEFAULT_TIMEOUT_S)),
        paths=tuple(str(p) for p in raw.get("paths", ())),
        http_status=int(raw["http_status"]) if raw.get("http_status") is not None else None,
        handle_before_timeout=bool(raw.get("handle_before_timeout", False)),
    )
    for name in ("rate", "timeout_rate"):
        value = getattr(rule, name)
        if not 0.0 <= value <= 1.0:
            raise ValueError(f"fault rule {name}={value} must be between 0 and 1")
    if rule.rate > 0 and not rule.errcodes and rule.http_status is None:
        raise ValueError("fault rule with rate > 0 needs errcodes or http_status")
    return rule


def new_id(nbytes: int = 24) -> str:
    """An opaque id in the alphabet WeChat uses for tokens and media ids."""
    return secrets.token_urlsafe(nbytes)


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


# --- the state ---------------------------------------------------------------------------------------------


class FakeState:
    """Everything the fake remembers, behind one lock; the endpoint modules call into it.

    Per-request work is a few dict lookups under the lock, so the fake keeps up with benchmarks.
    `apps` maps an appid or corpid to its secret (or several secrets, for a corp's apps); None accepts
    any id and secret.
    """

    def __init__(
        self,
        *,
        apps: Mapping[str, str | Collection[str]] | None = None,
        clock: Clock | None = None,
        max_records: int = DEFAULT_MAX_RECORDS,
        token_fetches_per_day: int = TOKEN_FETCHES_PER_DAY,
    ) -> None:
        self.apps: dict[str, frozenset[str]] | None = None
        if apps is not None:
            self.apps = {
                app_id: frozenset([secret] if isinstance(secret, str) else secret) for app_id, secret in apps.items()
            }
        self.now_s: Callable[[], float] = time.time if clock is None else (lambda: clock.now().timestamp())
        self.lock = threading.RLock()
        self.max_records = max_records
        self.token_fetches_per_day = token_fetches_per_day
        self.rng = random.Random()  # noqa: S311 (fault injection and fake ids, not security)
        self._clear(keep_tokens=False)

    # -- lifecycle ------------------------------------------------------------------------------------

    def _clear(self, *, keep_tokens: bool) -> None:
        if not keep_tokens:
            self.tokens: dict[str, Token] = {}
            self.latest_token: dict[str, str] = {}  # appid -> newest /cgi-bin/token value
            self.latest_stable: dict[str, str] = {}  # appid -> current stable token value
            self.latest_wecom: dict[tuple[str, str], str] = {}  # (corpid, secret) -> token value
            self.token_fetch_days: dict[tuple[str, int], int] = {}
            self.stable_force_s: dict[str, list[float]] = {}
        self.records: deque[dict[str, Any]] = deque(maxlen=self.max_records)
        self.seq = 0
        self.counts: dict[str, dict[int, int]] = {}  # path -> errcode -> calls, never truncated
        self.media: dict[str, Media] = {}
        self.welcome_codes: dict[str, WelcomeCode] = {}
        self.owners: dict[str, str] = {}  # external_userid -> the member who last added them
        self.contacts: dict[str, set[str]] = {}  # userid -> external_userids
        self.users: dict[str, dict[str, Any]] = {}  # OA openid -> overrides for user/info
        self.group_msgs: dict[str, GroupMsg] = {}
        self.group_msg_order: list[str] = []
        self.kf_messages: list[KfMessage] = []
        self.kf_tokens: dict[str, float] = {}
        self.kf_welcome_codes: dict[str, KfWelcomeCode] = {}
        self.robot_sends: dict[str, deque[float]] = {}
        self.removed_robots: set[str] = set()
        self.fault_rules: list[FaultRule] = []

    def reset(self, *, keep_tokens: bool = False) -> None:
        """Forget everything (calls, media, codes, tasks, faults); tokens survive if asked."""
        with self.lock:
            self._clear(keep_tokens=keep_tokens)

    # -- credentials ------------------------------------------------------------------------------------

    def check_app(self, app_id: str, secret: str, *, family: str) -> None:
        """Raise the platform's code when `apps` is configured and the id or secret is wrong."""
        if self.apps is None:
            return
        secrets_ = self.apps.get(app_id)
        if secrets_ is None:
            raise ApiError(40013)
        if secret not in secrets_:
            # OA answers a wrong secret with 40125 "invalid appsecret" (community reports, 2024);
            # WeCom with 40001 "invalid credential" (doc 90313).
            raise ApiError(40125 if family == "oa" else 40001)

    def _new_token(self, app_id: str, *, family: str, source: str, now: float) -> Token:
        token = Token(new_id(96), app_id, family, source, now, now + TOKEN_TTL_S)
        self.tokens[token.value] = token
        return token

    def fetch_oa_token(self, app_id: str, now: float) -> Token:
        """/cgi-bin/token: a new token each call; the previous one keeps working 5 more minutes."""
        with self.lock:
            day_key = (app_id, int(now // 86400))
            fetches = self.token_fetch_days.get(day_key, 0)
            if fetches >= self.token_fetches_per_day:
                raise ApiError(45009)
            self.token_fetch_days[day_key] = fetches + 1
            previous = self.tokens.get(self.latest_token.get(app_id, ""))
            if previous is not None and previous.revoked_s is None:
                previous.revoked_s = min(previous.expires_s, now + TOKEN_OVERLAP_S)
            token = self._new_token(app_id, family="oa", source="token", now=now)
            self.latest_token[app_id] = token.value
            return token

    def fetch_stable_token(self, app_id: str, *, force_refresh: bool, now: float) -> Token:
        """/cgi-bin/stable_token: same token until 5 min before expiry; force_refresh renews it."""
        with self.lock:
            current = self.tokens.get(self.latest_stable.get(app_id, ""))
            if force_refresh and current is not None:
                recent = [t for t in self.stable_force_s.get(app_id, []) if now - t < 86400]
                if recent and now - recent[-1] < STABLE_FORCE_GAP_S:
                    return current  # "连续使用该模式时，请保证调用时间隔至少为 30s，否则不会刷新"
                if len(recent) >= STABLE_FORCE_PER_DAY:
                    raise ApiError(45009)
                self.stable_force_s[app_id] = [*recent, now]
                current.revoked_s = now  # force refresh invalidates the previous token at once
            elif current is not None and current.expires_s - now > STABLE_EARLY_REFRESH_S:
                return current
            token = self._new_token(app_id, family="oa", source="stable", now=now)
            self.latest_stable[app_id] = token.value
            return token

    def fetch_wecom_token(self, corpid: str, secret: str, now: float) -> Token:
        """/cgi-bin/gettoken: one token per (corp, secret), the same one while it has > 5 min left.

        The old doc said a repeat fetch in the validity window returns the same token (PLATFORM.md
        §3.4, marked uncertain); renewing in the last 5 minutes keeps clients from refetching in a loop.
        """
        with self.lock:
            key = (corpid, secret)
            current = self.tokens.get(self.latest_wecom.get(key, ""))
            if current is not None and current.expires_s - now > STABLE_EARLY_REFRESH_S:
                return current
            token = self._new_token(corpid, family="wecom", source="gettoken", now=now)
            self.latest_wecom[key] = token.value
            return token

    def issue_token(self, app_id: str, *, family: str = "oa", now: float | None = None) -> str:
        """A valid token without a fetch: lets a test seed a client's session directly."""
        if family not in ("oa", "wecom"):
            raise ValueError(f"family must be 'oa' or 'wecom', not {family!r}")
        with self.lock:
            return self._new_token(app_id, family=family, source="manual", now=now or self.now_s()).value

    def expire_token(self, value: str) -> None:
        """Make a token expire now (next call answers 42001): tests of the refresh path."""
        with self.lock:
            token = self.tokens.get(value)
            if token is None:
                raise KeyError(value)
            token.expires_s = self.now_s()

    def authenticate(self, value: str, *, family: str, now: float) -> Token:
        """Check a call's access_token the way the platform does and return its record."""
        if not value:
            raise ApiError(41001)
        token = self.tokens.get(value)
        invalid = 40001 if family == "oa" else 40014
        if token is None or (family != "shared" and token.family != family):
            raise ApiError(invalid)
        if now >= token.expires_s:
            raise ApiError(42001)
        if token.revoked_s is not None and now >= token.revoked_s:
            raise ApiError(40001 if token.family == "oa" else 40014)
        return token

    # -- media --------------------------------------------------------------------------------------------

    def add_media(self, kind: str, app_id: str, now: float) -> Media:
        media = Media(new_id(32), kind, app_id, now)
        with self.lock:
            self.media[media.media_id] = media
        return media

    def check_media(self, media_id: Any, app_id: str, now: float, *, kinds: Collection[str]) -> Media:
        """A media_id must be one this app uploaded in the last 3 days (40007), of the right kind (40004)."""
        if not isinstance(media_id, str) or not media_id:
            raise ApiError(40007, "media_id missing")
        media = self.media.get(media_id)
        if media is None or media.app_id != app_id or now - media.created_s >= MEDIA_TTL_S:
            raise ApiError(40007)
        if media.kind not in kinds:
            raise ApiError(40004, f"media is {media.kind}, need {'/'.join(sorted(kinds))}")
        return media

    # -- recording -------------------------------------------------------------------------------------------

    def record(self, entry: dict[str, Any]) -> int:
        with self.lock:
            self.seq += 1
            entry["seq"] = self.seq
            self.records.append(entry)
            by_code = self.counts.setdefault(entry["path"], {})
            errcode = entry.get("errcode", 0)
            by_code[errcode] = by_code.get(errcode, 0) + 1
            return self.seq

    def call_counts(self) -> dict[str, dict[int, int]]:
        """Calls per path and errcode since the last reset, including those the record buffer dropped."""
        with self.lock:
            return {path: dict(codes) for path, codes in self.counts.items()}

    def requests(
        self,
        *,
        path: str | None = None,
        since: int | None = None,
        app: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Recorded calls, oldest first: `since` is a seq (exclusive), `path` exact, `app` the appid/corpid."""
        with self.lock:
            records = list(self.records)
        out = [
            r
            for r in records
            if (since is None or r["seq"] > since)
            and (path is None or r["path"] == path)
            and (app is None or r["app"] == app)
        ]
        return out[-limit:] if limit else out

    # -- faults ---------------------------------------------------------------------------------------------

    def set_faults(self, rules: Iterable[FaultRule], *, seed: int | None = None) -> None:
        with self.lock:
            self.fault_rules = list(rules)
            if seed is not None:
                self.rng.seed(seed)

    def pick_fault(self, path: str) -> FaultDecision | None:
        """Decide this call's fault; combined rules share one draw so their rates add up exactly."""
        rules = self.fault_rules
        if not rules:
            return None
        matching = [r for r in rules if r.matches(path)]
        if not matching:
            return None
        decision = FaultDecision(latency_s=max(r.latency_ms for r in matching) / 1000.0)
        draw = self.rng.random()
        for rule in matching:
            if draw < rule.timeout_rate:
                decision.timeout_s = rule.timeout_s
                decision.handle_before_timeout = rule.handle_before_timeout
                break
            draw -= rule.timeout_rate
        if decision.timeout_s is None:
            draw = self.rng.random()
            for rule in matching:
                if draw < rule.rate:
                    decision.http_status = rule.http_status
                    decision.errcode = self.rng.choice(rule.errcodes) if rule.errcodes else -1
                    break
                draw -= rule.rate
        if not decision.latency_s and decision.timeout_s is None and decision.errcode is None:
            return None
        return decision

    # -- relationships, users ---------------------------------------------------------------------------------

    def add_contact(self, userid: str, external_userid: str) -> None:
        """Record that a member has a customer: group sends without a sender go to this member."""
        with self.lock:
            self.owners[external_userid] = userid
            self.contacts.setdefault(userid, set()).add(external_userid)

    def set_user(self, openid: str, **fields: Any) -> None:
        """Override what user/info says about a follower (e.g. subscribe=0 after an unfollow)."""
        with self.lock:
            self.users.setdefault(openid, {}).update(fields)

    # -- welcome codes ---------------------------------------------------------------------------------------

    def issue_welcome_code(
        self, *, userid: str, external_userid: str, corpid: str | None = None, now: float | None = None
    ) -> str:
        """The WelcomeCode an add_external_contact event would carry; also records the contact."""
        code = new_id(32)
        with self.lock:
            self.welcome_codes[code] = WelcomeCode(
                code, corpid, userid, external_userid, self.now_s() if now is None else now
            )
        self.add_contact(userid, external_userid)
        return code

    def use_welcome_code(self, code: Any, corpid: str, now: float) -> WelcomeCode:
        """Single use within 20 s: unknown/expired -> 41050, already used -> 41051 (docs 92137, 90313)."""
        if not isinstance(code, str) or not code:
            raise ApiError(41049)
        with self.lock:
            welcome = self.welcome_codes.get(code)
            if welcome is None or (welcome.corpid is not None and welcome.corpid != corpid):
                raise ApiError(41050)
            if welcome.used:
                raise ApiError(41051)
            if now - welcome.issued_s > WELCOME_CODE_TTL_S:
                raise ApiError(41050, "welcome_code expired (20 s)")
            welcome.used = True
            return welcome

    # -- customer service (kf) -----------------------------------------------------------------------------

    def queue_kf_messages(
        self, messages: Iterable[Mapping[str, Any]], *, corpid: str | None = None, now: float | None = None
    ) -> tuple[str, list[str]]:
        """Queue customer messages for kf/sync_msg; returns the callback Token and the msgids."""
        at = self.now_s() if now is None else now
        token = "ENC" + new_id(32)
        msgids: list[str] = []
        with self.lock:
            for raw in messages:
                message = dict(raw)
                message.setdefault("msgid", new_id(16))
                message.setdefault("send_time", int(at))
                if "msgtype" not in message:
                    raise ValueError("each kf message needs a msgtype (text, image, event, ...)")
                # 3 = sent by the WeChat customer, 4 = a system event (doc 94670)
                message.setdefault("origin", 4 if message["msgtype"] == "event" else 3)
                self._issue_kf_welcome_code(message, corpid, at)
                self.kf_messages.append(KfMessage(corpid, message))
                msgids.append(message["msgid"])
            self.kf_tokens[token] = at
        return token, msgids

    def _issue_kf_welcome_code(self, message: dict[str, Any], corpid: str | None, at: float) -> None:
        """An enter_session event carries a fresh welcome_code unless the test gave one ("" for none: the
        customer was welcomed or wrote in the last 48 h). Valid from the event's time."""
        event = message.get("event")
        if not isinstance(event, Mapping) or event.get("event_type") != "enter_session":
            return
        event = message["event"] = dict(event)
        code = event.setdefault("welcome_code", new_id(32))
        if code:
            self.kf_welcome_codes[code] = KfWelcomeCode(
                code, corpid, str(event.get("open_kfid") or message.get("open_kfid") or ""),
                str(event.get("external_userid") or message.get("external_userid") or ""),
                float(message.get("send_time", at)))

    def use_kf_welcome_code(self, code: Any, corpid: str, now: float) -> KfWelcomeCode:
        """Single use within 20 s of the event; unknown, expired or used -> KF_BAD_CODE_ERRCODE."""
        if not isinstance(code, str) or not code:
            raise ApiError(40058, "code missing")
        with self.lock:
            welcome = self.kf_welcome_codes.get(code)
            if welcome is None or (welcome.corpid is not None and welcome.corpid != corpid):
                raise ApiError(KF_BAD_CODE_ERRCODE, "unknown code")
            if welcome.used:
                raise ApiError(KF_BAD_CODE_ERRCODE, "code already used")
            if now - welcome.issued_s > KF_WELCOME_CODE_TTL_S:
                raise ApiError(KF_BAD_CODE_ERRCODE, "code expired (20 s)")
            welcome.used = True
            return welcome

    # -- group sends -------------------------------------------------------------------------------------------

    def confirm_group_msg(
        self,
        msgid: str,
        *,
        userid: str | None = None,
        statuses: Mapping[str, int] | None = None,
        now: float | None = None,
    ) -> GroupMsg:
        """What a member tapping "send" in WeCom does: their task becomes sent, targets get a status."""
        at = self.now_s() if now is None else now
        with self.lock:
            msg = self.group_msgs.get(msgid)
            if msg is None:
                raise KeyError(f"no group message {msgid!r}")
            if msg.cancelled:
                raise ValueError(f"group message {msgid!r} was cancelled")
            members = [userid] if userid is not None else list(msg.task_status)
            for member in members:
                if member not in msg.task_status:
                    raise KeyError(f"{member!r} has no task in {msgid!r}")
                if msg.task_status[member] == 2:
                    continue
                msg.task_status[member] = 2
                msg.task_send_s[member] = at
                for target in msg.targets:
                    if target.userid == member and target.status == 0:
                        key = target.external_userid or target.chat_id or ""
                        target.status = int((statuses or {}).get(key, 1))
                        target.send_s = at
            return msg

    # -- group robot -----------------------------------------------------------------------------------------

    def robot_send(self, key: str, now: float) -> None:
        """Count one accepted robot message; the 21st within a sliding minute is refused (130101)."""
        with self.lock:
            if key in self.removed_robots:
                raise ApiError(93000)
            window = self.robot_sends.setdefault(key, deque())
            while window and now - window[0] >= 60.0:
                window.popleft()
            if len(window) >= ROBOT_PER_MINUTE:
                raise ApiError(130101)
            window.append(now)

    def remove_robot(self, key: str) -> None:
        """A robot removed from its group: its key answers 93000 from now on."""
        with self.lock:
            self.removed_robots.add(key)


def iso_at(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat()
