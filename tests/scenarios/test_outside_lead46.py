"""The lead's probing as a member in conversation, continued (lead46), through the webhook. Each ask failed before its
fix; guards beside.

Whether the bot got one's message: "did you get my message?", "你收到我的消息了吗", "我发的消息你收到了吗", "有冇收到我
個message" got how to unsubscribe (the FAQ read "message" as the push messages). Now the truth: every message sent here
is read and answered at once (handlers/qa.py RECEIVED_ASKS, brand template `message_received`)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.outbound import Text
from bot.sandbox.simulator import Simulator
from handlers.qa import QaHandler
from tests.support.factories import demo_content, make_inbound, make_member

RECEIVED_ZH, RECEIVED_EN = "收到了 👍 你在这里发的每条消息我都会读", "Yes, I got it 👍 I read every message sent here"
RECEIVED_HANT = "收到了 👍 你在這"  # a traditional writer reads the reply in traditional characters


@pytest.mark.parametrize(("asked", "start"), [
    ("did you get my message?", RECEIVED_EN), ("did u get my msg", RECEIVED_EN),
    ("have you received my messages", RECEIVED_EN), ("you got my message?", RECEIVED_EN),
    ("did my message go through", RECEIVED_EN),
    ("你收到我的消息了吗", RECEIVED_ZH), ("我发的消息你收到了吗", RECEIVED_ZH), ("你看到我的留言了吗", RECEIVED_ZH),
    ("有冇收到我個message", RECEIVED_HANT), ("你有收到我的訊息嗎", RECEIVED_HANT),
    ("我傳的訊息你有看到嗎", RECEIVED_HANT),
])
def test_whether_the_message_was_got_is_answered_truly(asked: str, start: str, simulator: Simulator) -> None:
    reply = simulator.oa_message("o_received", asked).text
    assert reply.startswith(start), reply
    assert "退订" not in reply and "unsubscribe" not in reply, reply


def test_whether_the_message_was_got_after_an_answer_is_the_same(simulator: Simulator) -> None:
    simulator.oa_message("o_received_after", "运费多少")
    assert simulator.oa_message("o_received_after", "did you get my message?").text.startswith(RECEIVED_EN)


@pytest.mark.parametrize(("said", "start"), [
    ("怎么退订推送消息", '回复"退订"'), ("我不想收到你们的消息", '回复"退订"'),  # the pushes: how to stop, as before
    ("收到了吗", "你是想问"),  # received what? (a parcel, a refund): the FAQ's menu, as before
])
def test_the_push_messages_and_a_parcel_are_read_as_before(said: str, start: str, simulator: Simulator) -> None:
    assert simulator.oa_message("o_received_not", said).text.startswith(start)


def test_while_a_person_is_on_the_way_the_reply_says_so_and_no_more() -> None:
    """With a handoff open and the bot not quiet (handoff.yaml `quiet: false`; the demo is quiet, and its handoff
    handler claims the message), the handoff's own waiting words follow: a colleague will reply here, not that one
    has read anything."""
    content = demo_content()
    content = replace(content, handoff=replace(content.handoff, quiet=False))
    inbound = make_inbound("你收到我的消息了吗")
    member = make_member(ho=f"h1a2b3c4d|{int(inbound.sent_at.timestamp()) + 3600}")  # F_HANDOFF: open an hour
    handler = QaHandler()
    match = handler.match(inbound, member, content)
    assert match is not None
    first = handler.handle(inbound, member, content, match).messages[0]
    assert isinstance(first, Text)
    reply = first.text
    assert reply.startswith(RECEIVED_ZH) and "他们会在这里回复你" in reply, reply

