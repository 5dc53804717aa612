"""RQ job: who joined a customer group by which code. The change_external_chat callback names the joiners but not
the join way's `state`; groupchat/get does (docs/platform.md). Thin: gateway read -> attribution."""

from __future__ import annotations

from collections.abc import Sequence

from bot.community.attribution import GROUP, Arrival, state_prefixes
from bot.community.channel_codes import joiner_states
from jobs import context


def attribute_group_join(brand: str, chat_id: str, user_ids: Sequence[str], at_s: int) -> dict[str, int]:
    svc = context.services()
    group = svc.drops.content(brand).group_for_chat(chat_id)
    states = joiner_states(svc.gateway, brand, chat_id)
    prefixes = state_prefixes(svc.redis)
    taken = 0
    for user in user_ids:
        state, joined_s = states.get(user, ("", 0))
        if state and prefixes.attribute(Arrival(brand=brand, kind=GROUP, user_id=user, state=state,
                                                at_s=joined_s or at_s, group=group.id if group else "")):
            taken += 1
    return {"joined": len(user_ids), "attributed": taken}
