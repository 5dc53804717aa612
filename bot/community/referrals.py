"""Referral codes (裂变) in Redis: codes registered when their owner asks, the edges they rebuild (who brought
whom, by which channel, when), the stay checks, and the reward once enough of the people brought stayed.

The codes themselves are values (bot/community/codes.py); docs/leaders.md says why an acquisition link and
not a contact way per member.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import redis

from bot.clock import Clock, epoch_s
from bot.community.activity import RECORD, RECORD_BODY, record_args
from bot.community.codes import CODE_FIELD, PREFIX, code_for, link_for, referral_from_state
from bot.content.community import BROUGHT, STAYED
from bot.member import Member
from bot.store import keys
from bot.store.events import STREAM_MAXLEN
from bot.store.member_codec import id_slot

log = logging.getLogger("siyu.referrals")

SETTLE_BATCH = 500

# Record an edge once and count it. ARGV: code key, referrer id, edge key, edge field, edge value, pending key,
# due, new member id, counts key, events key, stream cap, channel, now, then RECORD's ARGV for the referrer's
# `brought`. Returns 1 when recorded (and the edge is in the event stream as `referral`).
EDGE = RECORD_BODY + """
if redis.call('GET', ARGV[1]) ~= ARGV[2] then return 0 end
if redis.call('HSETNX', ARGV[3], ARGV[4], ARGV[5]) == 0 then return 0 end
redis.call('ZADD', ARGV[6], ARGV[7], ARGV[8])
redis.call('HINCRBY', ARGV[9], ARGV[2] .. ':b', 1)
redis.call('XADD', ARGV[10], 'MAXLEN', '~', ARGV[11], '*', 'type', 'referral', 'at', ARGV[13], 'member', ARGV[8],
           'referrer', ARGV[2], 'channel', ARGV[12])
record(14)
return 1
"""


@dataclass(frozen=True)
class Edge:
    referrer: str
    member: str
    channel: str
    at_s: int


class ReferralStore:
    def __init__(self, redis_client: redis.Redis, clock: Clock) -> None:
        self.redis = redis_client
        self.clock = clock

    @staticmethod
    def register(pipe: redis.client.Pipeline, brand: str, member_id: str, code: str) -> None:
        """The member asked for their code: from now on it credits them (idempotent)."""
        pipe.set(keys.referral_code(brand, code), member_id, nx=True)

    @staticmethod
    def queue_arrival(pipe: redis.client.Pipeline, brand: str, member: Member, state: str, *, channel: str,
                      now_s: int, stay_s: int, day: str) -> bool:
        """A new member arrived with a `state`: when it is a registered referral code of someone else, record
        the edge (once: the first code wins), queue the stay check and count `brought` for the referrer.
        Adds one command to `pipe`; False when the state is no referral code."""
        referrer = referral_from_state(state)
        if referrer is None or referrer == member.id:
            return False
        bucket, field = id_slot(member.id)
        pipe.eval(EDGE, 0, keys.referral_code(brand, state.strip()), referrer, keys.referral_edges(brand, bucket),
                  field, f"{referrer}|{channel}|{now_s}", keys.referral_pending(brand), now_s + stay_s, member.id,
                  keys.referral_counts(brand), keys.events(brand), STREAM_MAXLEN, channel, now_s,
                  *record_args(brand, referrer, BROUGHT, day=day, scopes=("*",)))
        return True

    def edge(self, brand: str, member_id: str) -> Edge | None:
        bucket, field = id_slot(member_id)
        found = self.redis.hget(keys.referral_edges(brand, bucket), field)
        if found is None:
            return None
        referrer, channel, at = (found.decode() if isinstance(found, bytes) else found).split("|")
        return Edge(referrer=referrer, member=member_id, channel=channel, at_s=int(at))

    def counts(self, brand: str, referrer: str) -> tuple[int, int, bool]:
        """(brought, stayed, rewarded) for one referrer."""
        found = self.redis.hmget(keys.referral_counts(brand), [f"{referrer}:b", f"{referrer}:s", f"{referrer}:r"])
        return int(found[0] or 0), int(found[1] or 0), bool(found[2])

    def claim_due(self, brand: str, limit: int = SETTLE_BATCH) -> list[str]:
        """New members whose stay is due now, each removed by exactly one caller (ZREM decides)."""
        now_s = epoch_s(self.clock.now())
        due = [m.decode() if isinstance(m, bytes) else m for m in
               self.redis.zrangebyscore(keys.referral_pending(brand), "-inf", now_s, start=0, num=limit)]
        if not due:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for member_id in due:
            pipe.zrem(keys.referral_pending(brand), member_id)
        return [m for m, removed in zip(due, pipe.execute(), strict=True) if removed]

    def count_stayed(self, brand: str, referrer: str, *, day: str) -> int:
        """One more person the referrer brought stayed: counted, and `stayed` logged for them. Returns their
        stayed total."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.hincrby(keys.referral_counts(brand), f"{referrer}:s", 1)
        pipe.eval(RECORD, 0, *record_args(brand, referrer, STAYED, day=day, scopes=("*",)))
        return int(pipe.execute()[0])

    def claim_reward(self, brand: str, referrer: str) -> bool:
        """True exactly once per referrer: the reward goes out once."""
        return bool(self.redis.hsetnx(keys.referral_counts(brand), f"{referrer}:r", 1))


__all__ = ["CODE_FIELD", "PREFIX", "Edge", "ReferralStore", "code_for", "link_for", "referral_from_state"]
