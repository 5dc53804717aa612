"""community: 进群 / join group answers with each group's own join link, and promises no invite."""

from __future__ import annotations

import dataclasses

import pytest

from bot.inbound import Channel
from handlers.community import CommunityHandler
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
HANDLER = CommunityHandler()


@pytest.mark.parametrize("text", ["进群", "我要进群", "拉我进群", "加群", "join group", "Join the group please",
                                  "I want to join"])
def test_a_wecom_contact_replying_join_gets_the_groups_join_links(text: str) -> None:
    """Issue 10 (#7): replying 进群 as the welcome says was told to add the adviser first (they just did)."""
    inbound = make_inbound(text, channel=Channel.WECOM)
    found = HANDLER.match(inbound, make_member(), CONTENT)
    assert found is not None, text
    (answer,) = HANDLER.handle(inbound, make_member(), CONTENT, found).messages
    for group in CONTENT.groups:
        assert group.name in answer.text and f"{group.join_url}?sy_m=" in answer.text
    assert "邀请" not in answer.text and "invite" not in answer.text.lower()  # nobody sends one
    assert "企业微信" not in answer.text and "WeCom" not in answer.text


@pytest.mark.parametrize("text", ["群里发了什么", "join us for dinner?", "jobs", "进群后可以发广告吗",
                                  "退群之后还能再进吗", "我想退货", "leave a review"])
def test_other_messages_about_groups_are_left_to_others(text: str) -> None:
    assert HANDLER.match(make_inbound(text), make_member(), CONTENT) is None


@pytest.mark.parametrize("text", ["怎么退群", "退出群聊", "how do i leave the group"])
def test_leaving_a_group_is_answered_even_without_join_information(text: str) -> None:
    """Members leave a group by themselves in WeChat: the answer says where, whatever groups.yaml says of joining."""
    bare = dataclasses.replace(CONTENT, groups=tuple(dataclasses.replace(g, join_url="", join=dataclasses.replace(
        g.join, zh="", en="")) for g in CONTENT.groups))
    found = HANDLER.match(make_inbound(text), make_member(), bare)
    assert found is not None and found.data == {"leave": True}
    (answer,) = HANDLER.handle(make_inbound(text), make_member(), bare, found).messages
    assert "退出群聊" in answer.text or '"Leave"' in answer.text


def test_without_join_information_it_claims_nothing() -> None:
    bare = dataclasses.replace(CONTENT, groups=tuple(dataclasses.replace(g, join_url="", join=dataclasses.replace(
        g.join, zh="", en="")) for g in CONTENT.groups))
    assert HANDLER.match(make_inbound("进群"), make_member(), bare) is None
