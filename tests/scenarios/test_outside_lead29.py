"""The lead's probing as a follower (stop 38), through the webhook. Each ask failed before its fix; guards beside.

In a group, "运费多少" then, from the same member, "那美国呢" got a did-you-mean menu: a follow-up was remembered in
1:1 chats only. The member who asked is remembered, in a group as in a chat; another member's "那美国呢" is theirs."""

from __future__ import annotations

from bot.sandbox.simulator import Simulator

SHIPPING_COST_ZH = "加拿大：满 CAD 59 包邮"
CHAT = "wrGroupFollowUps01"


def test_a_place_follow_up_in_a_group_answers_the_same_member_again(simulator: Simulator) -> None:
    assert SHIPPING_COST_ZH in simulator.group_mention("u_asker", "运费多少", chat_id=CHAT).text
    reply = simulator.group_mention("u_asker", "那美国呢", chat_id=CHAT).text
    assert SHIPPING_COST_ZH in reply, reply


def test_another_members_follow_up_is_not_the_askers(simulator: Simulator) -> None:
    assert SHIPPING_COST_ZH in simulator.group_mention("u_asker2", "运费多少", chat_id=CHAT).text
    reply = simulator.group_mention("u_bystander", "那美国呢", chat_id=CHAT).text
    assert SHIPPING_COST_ZH not in reply, reply


def test_an_english_follow_up_in_a_group(simulator: Simulator) -> None:
    assert "free over CAD 59" in simulator.group_mention("u_asker_en", "how much is shipping", chat_id=CHAT).text
    reply = simulator.group_mention("u_asker_en", "what about the US?", chat_id=CHAT).text
    assert "free over CAD 59" in reply, reply
