"""Everything the fake WeChat/WeCom API remembers (tokens, media, calls, codes, tasks), behind one lock.

Shared by the OA and WeCom endpoint modules; it knows no HTTP and never talks to the network.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import datetime
from typing import Any, Protocol

from bot.sandbox.fake_wechat.errors import ApiError
from bot.sandbox.fake_wechat.faults import FaultDecision, FaultRule, decide
from bot.sandbox.fake_wechat.limits import (
    DUPLICATE_CHECK_DEFAULT_S,
    DUPLICATE_CHECK_MAX_S,
    KF_BAD_CODE_ERRCODE,
    KF_WELCOME_CODE_TTL_S,
    MEDIA_TTL_S,
    ROBOT_PER_MINUTE,
    STABLE_EARLY_REFRESH_S,
    STABLE_FORCE_GAP_S,
    STABLE_FORCE_PER_DAY,
    TOKEN_FETCHES_PER_DAY,
    TOKEN_OVERLAP_S,
    TOKEN_TTL_S,
    WELCOME_CODE_TTL_S,
)
from bot.sandbox.fake_wechat.records import (
    GroupMsg,
    KfMessage,
    KfWelcomeCode,
    Media,
    Token,
    WelcomeCode,
    new_id,
)

DEFAULT_MAX_RECORDS = 50_000  # recorded calls kept (~2 KB each; the oldest drop out, counters keep all)
EXTENSION_KEY = "fake_wechat"  # the fake's Flask app keeps its FakeState in app.extensions under this key


class Clock(Protocol):
    """Anything with an aware `now()`, such as the bot's ManualClock; the fake does not import it."""

    def now(self) -> datetime: ...


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
        # kf session states by (corpid, open_kfid, external_userid): 0 new (the default), 1 bot, 2 queued,
        # 3 with a person, 4 ended (doc 94669); kf/service_state/trans moves them, kf/send_msg reads them
        self.kf_states: dict[tuple[str, str, str], int] = {}
        self.kf_welcome_codes: dict[str, KfWelcomeCode] = {}
        # WeCom app messages: what members really receive. With enable_duplicate_check=1 the same request
        # JSON inside duplicate_check_interval is answered ok and not delivered again (doc 90236).
        self.app_seen: dict[tuple[str, str], float] = {}  # (corpid, request JSON) -> first delivery
        self.app_delivered: list[dict[str, Any]] = []
        self.robot_sends: dict[str, deque[float]] = {}
        self.removed_robots: set[str] = set()
        self.contact_ways: dict[str, dict[str, Any]] = {}  # config_id -> the contact way (groupchat.py)
        self.join_ways: dict[str, dict[str, Any]] = {}  # config_id -> the group join way
        self.groupchats: dict[str, dict[str, Any]] = {}  # chat_id -> {"members": {userid: row}, ...}
        self.fault_rules: list[FaultRule] = []
        # OA tags and mass sends (oa_mass.py): kinds by appid (default service), tags, members, limits
        self.oa_kinds: dict[str, str] = {}
        self.oa_menus: dict[str, dict[str, Any]] = {}  # appid -> the menu menu/create set (menu.py)
        self.oa_tags: dict[str, dict[int, str]] = {}
        self.tag_members: dict[tuple[str, int], set[str]] = {}
        self.seq_tag = 0
        self.mass_sends: list[dict[str, Any]] = []
        self.mass_days: dict[tuple[str, str], int] = {}  # (appid, Beijing day) -> successful sends
        self.mass_receipts: dict[tuple[str, str, str], int] = {}  # (appid, openid, Beijing month) -> received
        self.mass_client_ids: dict[tuple[str, str], tuple[int, float]] = {}

    def reset(self, *, keep_tokens: bool = False) -> None:
        """Forget everything (calls, media, codes, tasks, faults); tokens survive if asked."""
        with self.lock:
            self._clear(keep_tokens=keep_tokens)

    def deliver_app_message(self, corpid: str, body: dict[str, Any], now: float) -> bool:
        """Record what a member receives; False for a duplicate WeCom drops (enable_duplicate_check)."""
        with self.lock:
            if body.get("enable_duplicate_check") in (1, "1"):
                interval = _duplicate_interval(body.get("duplicate_check_interval"))
                key = (corpid, json.dumps(body, sort_keys=True, ensure_ascii=False))
                first = self.app_seen.get(key)
                if first is not None and now - first < interval:
                    return False
                self.app_seen[key] = now
            self.app_delivered.append({"at_s": now, "corpid": corpid, "body": body})
            return True

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
        """This call's fault under the current rules, drawn from the seeded generator."""
        rules = self.fault_rules
        return decide(rules, path, self.rng) if rules else None

    # -- relationships, users ---------------------------------------------------------------------------------

    def add_contact(self, userid: str, external_userid: str) -> None:
        """Record that a member has a customer: group sends without a sender go to this member."""
        with self.lock:
            self.owners[external_userid] = userid
            self.contacts.setdefault(userid, set()).add(external_userid)

    def user_overrides(self, openid: str) -> dict[str, Any]:
        """What set_user recorded for this follower (a copy; empty if nothing was)."""
        with self.lock:
            return dict(self.users.get(openid, {}))

    def may_reach(self, userid: str, external_userid: str) -> bool:
        """Whether a member's mass send may name this customer: yes unless the fake knows who the customer's
        contacts are (a welcome code or /_fake/contacts recorded one) and this member is not among them."""
        with self.lock:
            known = external_userid in self.owners
            return not known or external_userid in self.contacts.get(userid, ())

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
                code,
                corpid,
                str(event.get("open_kfid") or message.get("open_kfid") or ""),
                str(event.get("external_userid") or message.get("external_userid") or ""),
                float(message.get("send_time", at)),
            )

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


def _duplicate_interval(value: Any) -> float:
    """duplicate_check_interval: default 1800 s, at most 4 hours (doc 90236)."""
    try:
        seconds = float(value) if value not in (None, "") else DUPLICATE_CHECK_DEFAULT_S
    except (TypeError, ValueError):
        seconds = DUPLICATE_CHECK_DEFAULT_S
    return min(max(seconds, 0.0), DUPLICATE_CHECK_MAX_S)
