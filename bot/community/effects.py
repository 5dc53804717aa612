"""What a callback means for the community, after routing (bot/webhook/effects.py runs it): arrivals by a code
attributed to their channel, group joins remembered (for the lessons a late joiner missed) and read for their
`state` later, departures counted, and a member's catch-up request turned into 1:1 deliveries.

Only Redis writes and one queued job here: the 5-second path never calls a WeChat API.
"""

from __future__ import annotations

from bot.community.attribution import CONTACT, FOLLOW, GROUP, Arrival, ChannelStats, StatePrefixes
from bot.community.drops import Drops
from bot.inbound import Inbound, Kind
from bot.member import Member
from bot.outbound import Delivery
from bot.queueing import DeliveryQueue
from bot.router import Result
from handlers.catchup import CATCHUP_EVENT  # the member asked for the lessons they missed

ADD_MEMBER, DEL_MEMBER = "add_member", "del_member"  # change_external_chat UpdateDetail (docs/platform.md)


# The kinds `record` notes, read once: on Python 3.11 each `Kind.X` is a lookup through EnumType's `__getattr__` hook
# (~0.9 k instructions), and every callback asks.
_RECORDED = (Kind.CONTACT_ADDED, Kind.SUBSCRIBE, Kind.SCAN, Kind.CONTACT_LEFT, Kind.GROUP_UPDATED)


class CommunityEffects:
    def __init__(self, *, drops: Drops, prefixes: StatePrefixes, stats: ChannelStats, queue: DeliveryQueue) -> None:
        self.drops, self.prefixes, self.stats, self.queue = drops, prefixes, stats, queue

    def deliveries(self, inbound: Inbound, member: Member | None, result: Result) -> list[Delivery]:
        """A catch-up request: the missed lessons, 1:1, in the name of the member's staff contact."""
        if not any(event == CATCHUP_EVENT for event, _fields in result.events):
            return []
        return self.drops.catch_up(inbound.brand, inbound.user_id, staff_id=member.staff_id if member else "")

    def record(self, inbound: Inbound) -> None:
        if inbound.kind not in _RECORDED:  # a message, as most callbacks: none of the cases below
            return
        at_s = int(inbound.sent_at.timestamp())
        brand = inbound.brand
        if inbound.kind is Kind.CONTACT_ADDED and inbound.scene:
            self.prefixes.attribute(Arrival(brand=brand, kind=CONTACT, user_id=inbound.user_id, state=inbound.scene,
                                            at_s=at_s))
        elif inbound.kind in (Kind.SUBSCRIBE, Kind.SCAN) and inbound.scene:
            self.prefixes.attribute(Arrival(brand=brand, kind=FOLLOW, user_id=inbound.user_id, state=inbound.scene,
                                            at_s=at_s))
        elif inbound.kind is Kind.CONTACT_LEFT:
            self.stats.on_departure(brand, CONTACT, inbound.user_id, at_s)
        elif inbound.kind is Kind.GROUP_UPDATED and inbound.chat_id and inbound.member_changes:
            group = self.drops.content(brand).group_for_chat(inbound.chat_id)
            if inbound.update_detail == ADD_MEMBER:
                if group is not None:
                    for user in inbound.member_changes:
                        self.drops.store.record_join(brand, user, group.id, at_s)
                self.queue.enqueue_group_read(brand, inbound.chat_id, inbound.member_changes, at_s)
            elif inbound.update_detail == DEL_MEMBER:
                for user in inbound.member_changes:
                    self.stats.on_departure(brand, GROUP, user, at_s)
