"""All settings, read from the environment (SIYU_*) once at start and validated together.

A missing or invalid setting stops the process with a message that names the variable and the
fix. Secret values are wrapped in `Secret`, whose repr and str never show them.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from bot.errors import SettingsError
from bot.store.redis_url import redis_url_problem

DEFAULT_OA_API_ORIGIN = "https://api.weixin.qq.com"
DEFAULT_WECOM_API_ORIGIN = "https://qyapi.weixin.qq.com"
DEFAULT_TIMESTAMP_TOLERANCE_S = 300  # WeChat retries within ~15 s; 5 min covers clock skew
DEFAULT_MAX_BODY_BYTES = 64 * 1024  # the largest real callback is a few KiB
BRAND_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,31}$")
TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9]{3,32}$")  # OA: 3-32 letters/digits; WeCom: up to 32
ROBOT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
ROBOT_KEY = re.compile(r"^[A-Za-z0-9-]{8,64}$")  # the `key=` of the webhook URL, a UUID in practice
RATE_SPEC = re.compile(r"^(?P<count>\d+(?:\.\d+)?)/(?P<period>s|min|h)(?::(?P<burst>\d+(?:\.\d+)?))?$")
PERIOD_S = {"s": 1, "min": 60, "h": 3600}


class Secret:
    """A secret string that never prints itself; call `reveal()` where the value is needed."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


OA_KINDS = ("service", "subscription")  # SIYU_OA_ACCOUNT: 服务号 or 订阅号
# What each kind of Official Account may send beyond the passive reply (公众号接口权限说明, docs/platform.md §3.3).
# customer_service: message/custom/send; template: message/template/send; subscribe: message/subscribe/bizsend;
# mass_send: message/mass/sendall (once a day for subscription accounts, 4 a month per follower for service ones).
OA_CAPABILITIES: Mapping[tuple[str, bool], frozenset[str]] = {
    ("subscription", False): frozenset(),
    ("subscription", True): frozenset({"customer_service", "mass_send"}),
    ("service", False): frozenset(),
    ("service", True): frozenset({"customer_service", "template", "subscribe", "mass_send"}),
}


@dataclass(frozen=True, kw_only=True)
class OfficialAccount:
    appid: str
    token: Secret
    aes_keys: tuple[Secret, ...] = ()  # current EncodingAESKey first, then the previous one
    secret: Secret | None = None
    kind: str = "service"  # SIYU_OA_ACCOUNT: service (服务号) or subscription (订阅号)
    verified: bool = True  # SIYU_OA_VERIFIED: 微信认证 passed

    @property
    def accepts_encrypted(self) -> bool:
        return bool(self.aes_keys)

    @property
    def capabilities(self) -> frozenset[str]:
        """The send APIs this account kind has (OA_CAPABILITIES); the passive reply is always there."""
        return OA_CAPABILITIES[(self.kind, self.verified)]

    @property
    def sends(self) -> frozenset[str]:
        """The send APIs the bot can call on this account now: its kind's, none without SIYU_OA_SECRET (no access
        token). Then the passive reply is its only way to answer, as bot/channels/readiness.py says at start, and a
        reply must fit it whole: a card promised "below" that only the customer-service API could send never came."""
        return self.capabilities if self.secret is not None else frozenset()

    @property
    def described(self) -> str:
        """e.g. "unverified subscription account", for refusals and start-up notes."""
        return f"{'verified' if self.verified else 'unverified'} {self.kind} account"


@dataclass(frozen=True, kw_only=True)
class WeComApp:
    corp_id: str
    token: Secret
    aes_keys: tuple[Secret, ...]
    secret: Secret | None = None
    agent_id: str = ""
    contact_secret: Secret | None = None  # the 客户联系 secret, a different token from the app's

    @property
    def sends(self) -> bool:
        """Whether the bot can send beyond the passive reply (the app's secret gets the access token for
        message/send and kf); without one a reply must fit the passive reply whole."""
        return self.secret is not None

    @property
    def customer_contact_secret(self) -> Secret | None:
        """The secret customer-contact calls use: the 客户联系 secret when set, else the app's own (a
        self-built app in the 客户联系 "可调用应用" list may call them, docs/platform.md §3.3)."""
        return self.contact_secret or self.secret


@dataclass(frozen=True, kw_only=True)
class GroupBot:
    """WeCom intelligent bot (智能机器人) in callback mode: always encrypted JSON, receive id ""."""

    token: Secret
    aes_keys: tuple[Secret, ...]
    bot_id: str = ""


@dataclass(frozen=True)
class Rate:
    """A token bucket: `per_s` tokens a second, at most `burst` saved up (bot/gateway/limits.py)."""

    per_s: float
    burst: float


@dataclass(frozen=True, kw_only=True)
class Brand:
    name: str
    oa: OfficialAccount | None = None
    wecom: WeComApp | None = None
    group_bot: GroupBot | None = None
    robots: Mapping[str, Secret] = field(default_factory=dict)  # group robot name -> webhook key
    env_prefix: str = "SIYU_"  # where its settings are read from: {env_prefix}OA_TOKEN, ...
    # {prefix}PUBLIC_URL: the brand's public base; every link sent becomes <public>/l/<code> (click tracking).
    # "" = links go out direct, with their tracking parameters only.
    public_url: str = ""
    # {prefix}CONVERSION_SECRET: signs POST /api/v1/conversions (HMAC-SHA256); None = the endpoint refuses all.
    conversion_secret: Secret | None = None


# --- Delivery tuning (workers, retries, claims): read by bot/queueing.py, jobs/, bot/gateway/ -----------------


@dataclass(frozen=True, kw_only=True)
class DeliveryTuning:
    """How delivery paces itself. Defaults suit production; the e2e tests shorten the slow ones.

    `siyu worker` recovers a job whose worker died once its heartbeat lapses (job_monitoring_s +
    heartbeat_grace_s, RQ's rule with its 60 s grace) and a worker's maintenance run notices it (every
    maintenance_s; an idle worker wakes every worker_ttl_s - 15 s): ~1-2 min with these defaults, ~11 min with
    RQ's own (600 s, 420 s). A shorter grace recovers sooner, but a live job whose worker cannot reach Redis
    for longer than it (a Redis pause, a failover) is then run a second time beside the first.
    """

    worker_maintenance_s: int = 60  # SIYU_WORKER_MAINTENANCE_S (RQ default 600)
    worker_job_monitoring_s: int = 10  # SIYU_WORKER_JOB_MONITORING_S (RQ default 30)
    worker_ttl_s: int = 60  # SIYU_WORKER_TTL_S (RQ default 420; at least 20)
    worker_heartbeat_grace_s: int = 60  # SIYU_WORKER_HEARTBEAT_GRACE_S (RQ's fixed 60; at least 5)
    retry_delays_s: tuple[float, ...] | None = None  # SIYU_RETRY_DELAYS_S: in-job retries, all queues
    retry_intervals_s: tuple[int, ...] = (10, 60, 300, 900)  # SIYU_RETRY_INTERVALS_S: RQ's retries
    welcome_retry_intervals_s: tuple[int, ...] = (1, 2, 4)  # SIYU_WELCOME_RETRY_INTERVALS_S: code lives ~20 s
    claim_ttl_s: int = 300  # SIYU_CLAIM_TTL_S: a claim no job execution can take over frees itself after this
    rate_wait_max_s: float = 0.2  # SIYU_RATE_WAIT_MAX_S: longest bucket wait in a job before handing back
    job_slice_s: float = 0.25  # SIYU_JOB_SLICE_S: a default/bulk job sends this long, then hands back the rest
    send_threads: int = 4  # SIYU_SEND_THREADS: concurrent sends in one job (per-member order kept)
    welcome_lanes: int = 4  # SIYU_WELCOME_LANES: threads of `siyu worker` that take only welcome jobs (0: none)


def _read_delivery(reader: _Reader) -> DeliveryTuning:
    d = DeliveryTuning()
    return DeliveryTuning(
        worker_maintenance_s=reader.integer("SIYU_WORKER_MAINTENANCE_S", d.worker_maintenance_s, minimum=1),
        worker_job_monitoring_s=reader.integer("SIYU_WORKER_JOB_MONITORING_S", d.worker_job_monitoring_s, minimum=1),
        worker_ttl_s=reader.integer("SIYU_WORKER_TTL_S", d.worker_ttl_s, minimum=20),
        worker_heartbeat_grace_s=reader.integer("SIYU_WORKER_HEARTBEAT_GRACE_S", d.worker_heartbeat_grace_s, minimum=5),
        retry_delays_s=reader.numbers("SIYU_RETRY_DELAYS_S", None),
        retry_intervals_s=tuple(int(n) for n in reader.numbers("SIYU_RETRY_INTERVALS_S", d.retry_intervals_s) or ()),
        welcome_retry_intervals_s=tuple(int(n) for n in reader.numbers("SIYU_WELCOME_RETRY_INTERVALS_S",
                                                                        d.welcome_retry_intervals_s) or ()),
        claim_ttl_s=reader.integer("SIYU_CLAIM_TTL_S", d.claim_ttl_s, minimum=5),
        rate_wait_max_s=reader.number("SIYU_RATE_WAIT_MAX_S", d.rate_wait_max_s),
        job_slice_s=reader.number("SIYU_JOB_SLICE_S", d.job_slice_s),
        send_threads=reader.integer("SIYU_SEND_THREADS", d.send_threads, minimum=1),
        welcome_lanes=reader.integer("SIYU_WELCOME_LANES", d.welcome_lanes, minimum=0),
    )


# --- end of delivery tuning -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Settings:
    brands: Mapping[str, Brand]
    default_brand: str = "default"
    redis_url: str | None = None  # None: the embedded default (fakeredis, in-process)
    replica_wait_ms: int = 100  # SIYU_REPLICA_WAIT_MS: with Sentinel, how long an answer waits for the replica
    # (bot/store/replication.py REPLICA_WAIT_MS says why 100; 0: never wait)
    timestamp_tolerance_s: int = DEFAULT_TIMESTAMP_TOLERANCE_S
    oa_api_origin: str = DEFAULT_OA_API_ORIGIN
    wecom_api_origin: str = DEFAULT_WECOM_API_ORIGIN
    config_dir: Path = Path("config")
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    log_level: str = "INFO"
    rate_limits: Mapping[tuple[str, str], Rate] = field(default_factory=dict)  # overrides of the defaults
    delivery: DeliveryTuning = field(default_factory=DeliveryTuning)
    # SIYU_METRICS_TOKEN: /metrics wants `Authorization: Bearer <it>`; None = /metrics answers loopback callers only.
    metrics_token: Secret | None = None
    log_format: str = "text"  # SIYU_LOG_FORMAT: "text" or "json" (one JSON object a line, with a request id)

    @property
    def uses_embedded_redis(self) -> bool:
        return self.redis_url is None

    def brand(self, name: str) -> Brand | None:
        return self.brands.get(name)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read and validate every SIYU_* setting; raise SettingsError listing all problems."""
        env = os.environ if environ is None else environ
        reader = _Reader(env)
        default_brand = reader.text("SIYU_BRAND", "default")
        if not BRAND_NAME.match(default_brand):
            reader.problem("SIYU_BRAND", "must be 1-32 lowercase letters, digits, '-' or '_'")
        brands = {default_brand: _read_brand(reader, default_brand, "SIYU_")}
        brands_file = reader.text("SIYU_BRANDS_FILE", "")
        if brands_file:
            for name, prefix in _read_brands_file(reader, Path(brands_file)).items():
                if name == default_brand:
                    reader.problem("SIYU_BRANDS_FILE", f"brand {name!r} is already the default brand (SIYU_BRAND)")
                brands[name] = _read_brand(reader, name, prefix)
        settings = cls(
            brands=brands,
            default_brand=default_brand,
            redis_url=reader.text("SIYU_REDIS_URL", "") or None,
            replica_wait_ms=reader.integer("SIYU_REPLICA_WAIT_MS", 100, minimum=0),
            timestamp_tolerance_s=reader.integer("SIYU_TIMESTAMP_TOLERANCE_S", DEFAULT_TIMESTAMP_TOLERANCE_S),
            oa_api_origin=reader.origin("SIYU_OA_API_ORIGIN", DEFAULT_OA_API_ORIGIN),
            wecom_api_origin=reader.origin("SIYU_WECOM_API_ORIGIN", DEFAULT_WECOM_API_ORIGIN),
            config_dir=Path(reader.text("SIYU_CONFIG_DIR", "config")),
            max_body_bytes=reader.integer("SIYU_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES, minimum=1024),
            log_level=reader.choice("SIYU_LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR")),
            rate_limits=reader.rate_limits("SIYU_RATE_LIMITS"),
            delivery=_read_delivery(reader),
            metrics_token=reader.secret("SIYU_METRICS_TOKEN"),
            log_format=reader.choice("SIYU_LOG_FORMAT", "TEXT", ("TEXT", "JSON")).lower(),
        )
        if settings.redis_url:
            problem = redis_url_problem(settings.redis_url)
            if problem:
                reader.problem("SIYU_REDIS_URL", problem)
        for brand in brands.values():
            _one_redis_per_deployment(reader, brand.env_prefix, settings.redis_url or "")
        reader.raise_if_any()
        return settings


def _one_redis_per_deployment(reader: _Reader, prefix: str, redis_url: str) -> None:
    """A brand's own `{prefix}REDIS_URL` is refused unless it is SIYU_REDIS_URL: a process (its services, its RQ
    queues and workers) works on one Redis, and a URL read but not used would put the brand's data on another
    Redis than its operator meant. Brands go on different Redis deployments by running one deployment per Redis,
    each with its own brands file (README, "Running it for real"; docs/scale-out.md)."""
    name = f"{prefix}REDIS_URL"
    own = reader.text(name, "")
    if prefix != "SIYU_" and own and own != redis_url:
        reader.problem(name, "a brand's Redis is its deployment's: run web, workers and cron for this brand with "
                             "SIYU_REDIS_URL set to it and a brands file naming the brands that live there")


class _Reader:
    """Collects every problem so one start-up run reports them all."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.problems: list[str] = []

    def problem(self, name: str, message: str) -> None:
        self.problems.append(f"{name}: {message}")

    def raise_if_any(self) -> None:
        if self.problems:
            raise SettingsError("invalid settings:\n  " + "\n  ".join(self.problems))

    def text(self, name: str, default: str) -> str:
        return self.env.get(name, default).strip()

    def secret(self, name: str) -> Secret | None:
        value = self.env.get(name, "").strip()
        return Secret(value) if value else None

    def integer(self, name: str, default: int, *, minimum: int = 0) -> int:
        raw = self.env.get(name, "").strip()
        if not raw:
            return default
        try:
            value = int(raw)
        except ValueError:
            self.problem(name, f"must be a whole number, got {raw!r}")
            return default
        if value < minimum:
            self.problem(name, f"must be at least {minimum}, got {value}")
        return value

    def number(self, name: str, default: float) -> float:
        """A non-negative number of seconds (or any quantity)."""
        raw = self.env.get(name, "").strip()
        if not raw:
            return default
        try:
            value = float(raw)
        except ValueError:
            self.problem(name, f"must be a number, got {raw!r}")
            return default
        if value < 0:
            self.problem(name, f"must not be negative, got {value}")
        return value

    def numbers(self, name: str, default: tuple[float, ...] | None) -> tuple[float, ...] | None:
        """Comma-separated non-negative numbers, e.g. `1,4,16`."""
        raw = self.env.get(name, "").strip()
        if not raw:
            return default
        try:
            values = tuple(float(part) for part in raw.split(","))
        except ValueError:
            self.problem(name, f"must be comma-separated numbers like 1,4,16, got {raw!r}")
            return default
        if any(v < 0 for v in values):
            self.problem(name, f"must not be negative, got {raw!r}")
        return values

    def word(self, name: str, default: str, allowed: tuple[str, ...]) -> str:
        """One of `allowed`, lower case (SIYU_OA_ACCOUNT=service)."""
        value = self.text(name, default).lower()
        if value not in allowed:
            self.problem(name, f"must be one of {', '.join(allowed)}, got {value!r}")
            return default
        return value

    def flag(self, name: str, default: bool) -> bool:
        """true/false (also 1/0, yes/no)."""
        raw = self.text(name, "").lower()
        if not raw:
            return default
        if raw in ("true", "1", "yes"):
            return True
        if raw in ("false", "0", "no"):
            return False
        self.problem(name, f"must be true or false, got {raw!r}")
        return default

    def choice(self, name: str, default: str, allowed: tuple[str, ...]) -> str:
        value = self.text(name, default).upper()
        if value not in allowed:
            self.problem(name, f"must be one of {', '.join(allowed)}, got {value!r}")
            return default
        return value

    def origin(self, name: str, default: str) -> str:
        value = self.text(name, default).rstrip("/")
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path not in ("", "/"):
            self.problem(name, f"must be an origin like https://api.weixin.qq.com (no path), got {value!r}")
        return value

    def rate_limits(self, name: str) -> dict[tuple[str, str], Rate]:
        """`oa:message/custom/send=5/s,robot:webhook/send=18/min:2` (count/period[:burst]).

        The platform is oa, wecom or robot; the API is the path after /cgi-bin/, `*` for any API
        of that platform, or `member` (WeCom's per-member bucket). Burst defaults to the count.
        """
        limits: dict[tuple[str, str], Rate] = {}
        for item in filter(None, (part.strip() for part in self.text(name, "").split(","))):
            target, _, spec = item.partition("=")
            platform, _, api = target.strip().partition(":")
            match = RATE_SPEC.match(spec.strip())
            if platform not in ("oa", "wecom", "robot") or not api or match is None:
                self.problem(name, f"{item!r} must look like oa:message/custom/send=5/s or robot:webhook/send=18/min:2")
                continue
            count = float(match["count"])
            if count <= 0:
                self.problem(name, f"{item!r}: the count must be above 0")
                continue
            limits[(platform, api.strip())] = Rate(count / PERIOD_S[match["period"]], float(match["burst"] or count))
        return limits

    def robots(self, name: str) -> dict[str, Secret]:
        """`name=key,name2=key2`: group robot webhook keys by the name content uses for them."""
        robots: dict[str, Secret] = {}
        for item in filter(None, (part.strip() for part in self.text(name, "").split(","))):
            robot, _, key = (part.strip() for part in item.partition("="))
            if not ROBOT_NAME.match(robot) or not ROBOT_KEY.match(key):
                self.problem(name, f"entry {robot or '?'!r} must be name=key, the key being the webhook URL's key= "
                                   "(8-64 letters, digits or '-')")
            elif robot in robots:
                self.problem(name, f"robot {robot!r} is listed twice")
            else:
                robots[robot] = Secret(key)
        return robots

    def token(self, name: str) -> Secret | None:
        token = self.secret(name)
        if token is not None and not TOKEN_SHAPE.match(token.reveal()):
            self.problem(name, "must be 3-32 letters or digits (the Token from the WeChat/WeCom console)")
        return token

    def aes_key(self, name: str) -> Secret | None:
        key = self.secret(name)
        if key is None:
            return None
        value = key.reveal()
        try:
            decoded = base64.b64decode(value + "=", validate=True)
        except (binascii.Error, ValueError):
            decoded = b""
        if len(value) != 43 or len(decoded) != 32:
            self.problem(name, f"must be the 43-character EncodingAESKey from the console (got {len(value)})")
            return None
        return key


def _read_brand(reader: _Reader, name: str, prefix: str) -> Brand:
    """One brand's accounts from `{prefix}OA_*`, `{prefix}WECOM_*`, `{prefix}GROUP_BOT_*`."""
    return Brand(
        name=name,
        oa=_read_oa(reader, prefix),
        wecom=_read_wecom(reader, prefix),
        group_bot=_read_group_bot(reader, prefix),
        robots=_read_robots(reader, prefix),
        env_prefix=prefix,
        public_url=_read_public_url(reader, f"{prefix}PUBLIC_URL"),
        conversion_secret=_read_conversion_secret(reader, f"{prefix}CONVERSION_SECRET"),
    )


def _read_public_url(reader: _Reader, name: str) -> str:
    """An http(s) base URL, optionally with a path (https://lumi.example/siyu); stored without its last '/'."""
    value = reader.text(name, "").rstrip("/")
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        reader.problem(name, f"must be an http(s) base URL like https://lumi.example (no query), got {value!r}")
        return ""
    return value


def _read_conversion_secret(reader: _Reader, name: str) -> Secret | None:
    secret = reader.secret(name)
    if secret is not None and len(secret.reveal()) < 16:
        reader.problem(name, "must be at least 16 characters (it signs conversions; a short one can be guessed)")
        return None
    return secret


def _read_robots(reader: _Reader, prefix: str) -> dict[str, Secret]:
    """Group robot keys are secrets, so they live in the environment, never in config/.

    Two spellings: `{prefix}GROUP_ROBOT_KEYS=name=key,...`, and one variable per robot,
    `{prefix}ROBOT_KEY_<NAME>=key`, named by that variable (what a group's `robot_key_env` in
    config/groups.yaml points at).
    """
    name = f"{prefix}GROUP_ROBOT_KEYS"
    if prefix == "SIYU_" and not reader.text(name, "") and reader.text("SIYU_ROBOT_KEYS", ""):
        name = "SIYU_ROBOT_KEYS"  # the stop-gap name, still read until the e2e harness moves over
    robots = reader.robots(name)
    for variable in sorted(v for v in reader.env if v.startswith(f"{prefix}ROBOT_KEY_")):
        key = reader.text(variable, "")
        if not ROBOT_KEY.match(key):
            reader.problem(variable, "must be the group robot webhook URL's key= (8-64 letters, digits or '-')")
        else:
            robots[variable] = Secret(key)
    return robots


def _keys(reader: _Reader, prefix: str, kind: str) -> tuple[Secret, ...]:
    keys = (reader.aes_key(f"{prefix}{kind}_AES_KEY"), reader.aes_key(f"{prefix}{kind}_PREVIOUS_AES_KEY"))
    if keys[0] is None and keys[1] is not None:
        reader.problem(f"{prefix}{kind}_PREVIOUS_AES_KEY", f"is set but {prefix}{kind}_AES_KEY is not")
    return tuple(k for k in keys if k is not None)


def _read_oa(reader: _Reader, prefix: str) -> OfficialAccount | None:
    token = reader.token(f"{prefix}OA_TOKEN")
    appid = reader.text(f"{prefix}OA_APPID", "")
    aes_keys = _keys(reader, prefix, "OA")
    if token is None:
        if appid or aes_keys:
            reader.problem(f"{prefix}OA_TOKEN", "is required when the Official Account is configured")
        return None
    if aes_keys and not appid:
        reader.problem(f"{prefix}OA_APPID", "is required with an AES key (it is checked after decryption)")
    return OfficialAccount(appid=appid, token=token, aes_keys=aes_keys, secret=reader.secret(f"{prefix}OA_SECRET"),
                           kind=reader.word(f"{prefix}OA_ACCOUNT", "service", OA_KINDS),
                           verified=reader.flag(f"{prefix}OA_VERIFIED", True))


def _read_wecom(reader: _Reader, prefix: str) -> WeComApp | None:
    token = reader.token(f"{prefix}WECOM_TOKEN")
    corp_id = reader.text(f"{prefix}WECOM_CORP_ID", "")
    aes_keys = _keys(reader, prefix, "WECOM")
    if token is None:
        if corp_id or aes_keys:
            reader.problem(f"{prefix}WECOM_TOKEN", "is required when WeCom is configured")
        return None
    if not corp_id:
        reader.problem(f"{prefix}WECOM_CORP_ID", "is required when WeCom is configured (the receive id)")
    if not aes_keys:
        reader.problem(f"{prefix}WECOM_AES_KEY", "is required: WeCom callbacks are always encrypted")
    return WeComApp(
        corp_id=corp_id,
        token=token,
        aes_keys=aes_keys,
        secret=reader.secret(f"{prefix}WECOM_SECRET"),
        agent_id=reader.text(f"{prefix}WECOM_AGENT_ID", ""),
        contact_secret=reader.secret(f"{prefix}WECOM_CONTACT_SECRET"),
    )


def _read_group_bot(reader: _Reader, prefix: str) -> GroupBot | None:
    token = reader.token(f"{prefix}GROUP_BOT_TOKEN")
    aes_keys = _keys(reader, prefix, "GROUP_BOT")
    if token is None:
        if aes_keys:
            reader.problem(f"{prefix}GROUP_BOT_TOKEN", f"is required with {prefix}GROUP_BOT_AES_KEY")
        return None
    if not aes_keys:
        reader.problem(f"{prefix}GROUP_BOT_AES_KEY", "is required: intelligent bot callbacks are always encrypted")
    return GroupBot(token=token, aes_keys=aes_keys, bot_id=reader.text(f"{prefix}GROUP_BOT_ID", ""))


def _read_brands_file(reader: _Reader, path: Path) -> dict[str, str]:
    """The brands file names further brands and the env prefix of each one's credentials.

    Secrets stay in the environment: the file says only where to find them, e.g.

        brands:
          acme: {env_prefix: ACME_}   # reads ACME_OA_APPID, ACME_OA_TOKEN, ACME_WECOM_TOKEN, ...
    """
    name = "SIYU_BRANDS_FILE"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        reader.problem(name, f"cannot read {path}: {exc.strerror}")
        return {}
    except yaml.YAMLError as exc:
        reader.problem(name, f"{path} is not valid YAML: {exc}")
        return {}
    brands = data.get("brands") if isinstance(data, dict) else None
    if not isinstance(brands, dict) or not brands:
        reader.problem(name, f"{path} must contain a 'brands:' mapping of brand name to {{env_prefix: ...}}")
        return {}
    result: dict[str, str] = {}
    for brand, spec in brands.items():
        brand = str(brand)
        prefix = spec.get("env_prefix") if isinstance(spec, dict) else None
        if not BRAND_NAME.match(brand):
            reader.problem(name, f"brand {brand!r} must be 1-32 lowercase letters, digits, '-' or '_'")
        elif not isinstance(prefix, str) or not re.match(r"^[A-Z][A-Z0-9_]*_$", prefix):
            reader.problem(name, f"brand {brand!r} needs env_prefix: an upper-case prefix ending in '_', e.g. ACME_")
        else:
            result[brand] = prefix
    return result
