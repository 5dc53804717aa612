"""Campaign helpers shared by the integration and e2e tests: members of every kind a campaign must tell
apart, and running the queued campaign jobs in this process."""

from __future__ import annotations

from datetime import datetime
from importlib import import_module
from typing import Any

from bot.campaigns.queue import RecordingCampaignQueue
from bot.inbound import Channel, Inbound, Kind
from bot.member import F_OPTED_OUT, F_TIMEZONE, Member
from bot.sequences.timing import local_day
from bot.store.enrolments import EnrolmentStore
from bot.store.members import MemberStore
from tests.support.factories import OA_APPID, WECOM_CORP_ID
from tests.support.sequences import BRAND, follower


def audience(members: MemberStore, enrolments: EnrolmentStore, at: datetime, *, reachable: int, opted_out: int,
             capped: int, quiet: int, tag: str = "vip", prefix: str = "o_camp") -> dict[str, list[Member]]:
    """Official Account followers who wrote at `at` (window open), all tagged `tag`: `reachable` plain ones,
    `opted_out`, `capped` (2 proactive messages today already: the demo's cap) and `quiet` ones (in
    Los Angeles, where 08:00 UTC is midnight). By kind."""
    out: dict[str, list[Member]] = {"reachable": [], "opted_out": [], "capped": [], "quiet": []}
    i = 0
    for kind, count in (("reachable", reachable), ("opted_out", opted_out), ("capped", capped), ("quiet", quiet)):
        for _ in range(count):
            fields = {F_OPTED_OUT: "1"} if kind == "opted_out" else \
                {F_TIMEZONE: "America/Los_Angeles"} if kind == "quiet" else {F_TIMEZONE: "Asia/Shanghai"}
            member = follower(members, f"{prefix}{i:05d}", at, kind=Kind.TEXT, fields=fields)
            members.update(BRAND, member.id, add_tags=[tag])
            if kind == "capped":
                from zoneinfo import ZoneInfo
                enrolments.count_sent(BRAND, {(member.id, local_day(int(at.timestamp()),
                                                                    ZoneInfo("Asia/Shanghai"))): 2})
            out[kind].append(member)
            i += 1
    return out


def wecom_customer(members: MemberStore, external_userid: str, staff: str, at: datetime, *, tag: str = "vip"
                   ) -> Member:
    inbound = Inbound(brand=BRAND, channel=Channel.WECOM, account=WECOM_CORP_ID, kind=Kind.CONTACT_ADDED, sent_at=at,
                      user_id=external_userid, staff_id=staff)
    member = members.touch(inbound)
    assert member is not None
    members.update(BRAND, member.id, add_tags=[tag])
    return member


def run_queued(queue: RecordingCampaignQueue, *, limit: int = 1000, skip: tuple[str, ...] = ()) -> list[Any]:
    """Run the queued jobs (and what they queue) in order, here; delayed ones too, at once. Returns results."""
    from jobs.campaigns import install_queue

    install_queue(queue)
    results = []
    for _ in range(limit):
        if not queue.jobs:
            return results
        func, args, _delay = queue.jobs.pop(0)
        if func.rsplit(".", 1)[1] in skip:
            continue
        module, name = func.rsplit(".", 1)
        results.append(getattr(import_module(module), name)(*args))
    if limit > 1:
        raise AssertionError(f"more than {limit} campaign jobs")
    return results


__all__ = ["BRAND", "OA_APPID", "audience", "run_queued", "wecom_customer"]


def zone_at_local_hour(now: datetime, hour: int) -> str:
    """An IANA zone (Etc/GMT±N) where it is `hour` o'clock at `now`: e2e members whose day is never in quiet
    hours (or always is), whatever time the suite runs."""
    offset = (hour - now.hour + 12) % 24 - 12
    return "Etc/GMT+0" if offset == 0 else f"Etc/GMT{-offset:+d}"


def bulk_audience(members: MemberStore, enrolments: EnrolmentStore, now: datetime, *, counts: dict[str, int],
                  tag: str, batch: int = 1000) -> dict[str, list[Member]]:
    """Many Official Account followers who wrote at `now`, in pipelined batches: kinds reachable, opted_out,
    capped and quiet as in `audience`, in zones where it is midday (quiet: 03:00)."""
    from zoneinfo import ZoneInfo

    noon, night = zone_at_local_hour(now, 12), zone_at_local_hour(now, 3)
    day = local_day(int(now.timestamp()), ZoneInfo(noon))
    kinds = [kind for kind, n in counts.items() for _ in range(n)]
    out: dict[str, list[Member]] = {kind: [] for kind in counts}
    for start in range(0, len(kinds), batch):
        pipe = members.redis.pipeline(transaction=False)
        pending = [members.queue_touch(pipe, Inbound(
            brand=BRAND, channel=Channel.OA, account=OA_APPID, kind=Kind.TEXT, sent_at=now, user_id=f"o_{tag}{i:06d}",
            msg_id=f"m-{tag}-{i}", text="hi")) for i in range(start, min(start + batch, len(kinds)))]
        results = pipe.execute()
        created = [finish(results) for finish in pending if finish is not None]
        pipe = members.redis.pipeline(transaction=False)
        caps: dict[tuple[str, str], int] = {}
        for member, kind in zip(created, kinds[start:start + batch], strict=True):
            fields = {F_TIMEZONE: night if kind == "quiet" else noon}
            if kind == "opted_out":
                fields[F_OPTED_OUT] = "1"
            if kind == "capped":
                caps[(member.id, day)] = 2
            members.update(BRAND, member.id, set_fields=fields, add_tags=[tag], pipe=pipe)
            out[kind].append(member)
        pipe.execute()
        enrolments.count_sent(BRAND, caps)
    return out
