"""Who brought each newcomer: the `state` a WeCom contact way or join way hands back (or an Official Account QR
scene) read once, by prefix, into whoever owns that prefix (`ch_` acquisition channels, `rf_` referral codes
as one source, `referral`), and the per-channel counts `siyu channels report` prints.

    prefixes = StatePrefixes()
    prefixes.register("rf_", ReferralSource(redis_client, stats).on_arrival)   # True when it took the arrival
    prefixes.attribute(Arrival(brand="default", kind=GROUP, user_id="wm...", state="rf_m8fae", at_s=...))
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import redis

from bot.community.codes import PREFIX as REFERRAL_STATE_PREFIX
from bot.community.codes import referral_from_state
from bot.content.groups import CHANNEL_STATE_PREFIX, REFERRAL_SOURCE
from bot.content.model import Content
from bot.store import keys
from bot.store.links import LinkStore

log = logging.getLogger("siyu.channels")

CONTACT, GROUP, FOLLOW = "contact", "group", "follow"  # a WeCom contact added, a customer group joined, an OA follow
KINDS = (CONTACT, GROUP, FOLLOW)
RETENTION_DAYS = (7, 30)
# Referral codes (`rf_<member>`) are one source in the channel report (REFERRAL_SOURCE): one row, however many
# members share a code; channels.yaml refuses that id (bot/content/schema/channels.py).
REFERRAL_SOURCE_NAME = "referral codes (邀请)"


@dataclass(frozen=True)
class Arrival:
    """Someone arrived by a code: `state` as the platform handed it back, `at_s` the epoch second."""

    brand: str
    kind: str
    user_id: str
    state: str
    at_s: int
    group: str = ""  # groups.yaml id, for a group join


ArrivalReader = Callable[[Arrival], bool]


class StatePrefixes:
    """Ordered registry of state prefixes; the longest registered prefix of a state decides who reads it."""

    def __init__(self) -> None:
        self._readers: dict[str, ArrivalReader] = {}

    def register(self, prefix: str, reader: ArrivalReader) -> None:
        if not prefix or prefix in self._readers:
            raise ValueError(f"state prefix {prefix!r} is empty or registered already")
        self._readers[prefix] = reader

    def attribute(self, arrival: Arrival) -> bool:
        """True when a reader took the arrival; a state nobody registered is left alone (a code made by hand)."""
        matches = [p for p in self._readers if arrival.state.startswith(p)]
        if not matches:
            return False
        return self._readers[max(matches, key=len)](arrival)


def state_prefixes(redis_client: redis.Redis) -> StatePrefixes:
    """Every reader of a code's `state`, by prefix: `ch_` acquisition channels, `rf_` referral codes (the referral
    edge itself is recorded by bot/community/feed.py in the callback's last pipeline; this counts the source)."""
    stats = ChannelStats(redis_client)
    prefixes = StatePrefixes()
    prefixes.register(CHANNEL_STATE_PREFIX, stats.on_arrival)
    prefixes.register(REFERRAL_STATE_PREFIX, ReferralSource(redis_client, stats).on_arrival)
    return prefixes


def report_sources(content: Content) -> list[tuple[str, str]]:
    """The rows of `siyu channels report`: each channels.yaml channel, then referral codes where the brand has
    them (community.yaml `referral.link`)."""
    rows = [(c.id, c.name) for c in content.channels]
    if content.community.referral.link:
        rows.append((REFERRAL_SOURCE, REFERRAL_SOURCE_NAME))
    return rows


class ReferralSource:
    """Arrivals by anyone's referral code, counted as the one source REFERRAL_SOURCE. Only a registered code
    counts (its owner asked for it): a made-up `rf_` state is no referral, as it credits nobody either."""

    def __init__(self, redis_client: redis.Redis, stats: ChannelStats) -> None:
        self.redis = redis_client
        self.stats = stats

    def on_arrival(self, arrival: Arrival) -> bool:
        state = arrival.state.strip()
        referrer = referral_from_state(state)
        if referrer is None or _s(self.redis.get(keys.referral_code(arrival.brand, state)) or b"") != referrer:
            log.info("state %s: not a registered referral code, not attributed", state)
            return False
        return self.stats.arrive(arrival, REFERRAL_SOURCE)


class ChannelStats:
    """Arrivals and departures per acquisition channel, first arrival kept (a re-add is not a new newcomer)."""

    def __init__(self, redis_client: redis.Redis) -> None:
        self.redis = redis_client

    def on_arrival(self, arrival: Arrival) -> bool:
        channel = arrival.state.removeprefix(CHANNEL_STATE_PREFIX)
        return self.arrive(arrival, channel) if channel else False

    def arrive(self, arrival: Arrival, channel: str) -> bool:
        """Count `arrival` for `channel` (first arrival kept; a return after leaving clears the departure)."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.zadd(keys.channel_arrivals(arrival.brand, channel, arrival.kind), {arrival.user_id: arrival.at_s},
                  nx=True)
        pipe.set(keys.member_channel(arrival.brand, arrival.kind, arrival.user_id), channel, nx=True)
        pipe.hdel(keys.channel_departures(arrival.brand, channel, arrival.kind), arrival.user_id)
        pipe.execute()
        log.info("channel %s: %s %s arrived (%s)", channel, arrival.kind, arrival.user_id, arrival.group or "-")
        return True

    def on_departure(self, brand: str, kind: str, user_id: str, at_s: int) -> None:
        channel = self.redis.get(keys.member_channel(brand, kind, user_id))
        if channel:
            name = channel.decode() if isinstance(channel, bytes) else channel
            self.redis.hsetnx(keys.channel_departures(brand, name, kind), user_id, at_s)

    def counts(self, brand: str, channel: str, kind: str, now_s: int) -> dict[str, int]:
        """Arrivals, and of those who arrived at least N days ago, how many were still there N days after."""
        arrived = self.redis.zrange(keys.channel_arrivals(brand, channel, kind), 0, -1, withscores=True)
        left = {_s(k): int(v) for k, v in self.redis.hgetall(keys.channel_departures(brand, channel, kind)).items()}
        out = {"arrived": len(arrived)}
        for days in RETENTION_DAYS:
            span = days * 86400
            old_enough = [(_s(user), int(at)) for user, at in arrived if now_s - int(at) >= span]
            out[f"eligible_{days}d"] = len(old_enough)
            out[f"still_{days}d"] = sum(1 for user, at in old_enough if user not in left or left[user] - at >= span)
        return out


def channel_report(stats: ChannelStats, links: LinkStore, brand: str, channels: list[tuple[str, str]],
                   now_s: int) -> list[dict[str, object]]:
    """One row per channel (id, name): contacts, follows, group joins, still members after 7 and 30 days (of
    those who arrived long enough ago), and clicks / conversions on the channel's tracked links."""
    rows: list[dict[str, object]] = []
    for channel_id, name in channels:
        per_kind = {kind: stats.counts(brand, channel_id, kind, now_s) for kind in KINDS}
        clicks = links.click_counts(brand, f"channel:{channel_id}")
        row: dict[str, object] = {"channel": channel_id, "name": name, "contacts": per_kind[CONTACT]["arrived"],
                                  "follows": per_kind[FOLLOW]["arrived"], "group_joins": per_kind[GROUP]["arrived"]}
        for days in RETENTION_DAYS:
            row[f"still_members_{days}d"] = sum(c[f"still_{days}d"] for c in per_kind.values())
            row[f"eligible_{days}d"] = sum(c[f"eligible_{days}d"] for c in per_kind.values())
        row.update(clicks=clicks["clicks"], unique_clicks=clicks["unique"], conversions=clicks["conversions"])
        rows.append(row)
    return rows


def _s(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
