"""The lead's probing as a member in conversation, continued (lead46), through the webhook. Each ask failed before its
fix; guards beside.

Whether the bot got one's message: "did you get my message?", "你收到我的消息了吗", "我发的消息你收到了吗", "有冇收到我
個message" got how to unsubscribe (the FAQ read "message" as the push messages). Now the truth: every message sent here
is read and answered at once (handlers/qa.py RECEIVED_ASKS, brand template `message_received`).

The link asked again after the invite: "邀请" then "链接再发一次" got the products to pick a link from. The link sent
is now the thing shown last (handlers/referral.py, handlers/common.py LINK_KIND): that link again.

What one just asked: "我刚才问了什么", "what did I just ask" got "I don't know", noted as a question the FAQ lacks. Said
back from what the member's fields keep (handlers/qa.py `_last_asked`): the last answer's question as the FAQ read it,
or the list, product or posting shown after it; with none, that the bot cannot look back at the member's words.

Another of the list after a pick: after a product or a posting was picked from a list, "第三个呢", "and the fourth?" got
"no list to pick from", while the member still reads the list above. The list a pick was made from is kept with it
(handlers/common.py PICKED_FROM_FIELD) and read while the item shown last is one of it, within the hour the list was
shown; a bare number after a pick stays no choice (tests/scenarios/test_outside_conversations.py, lead45)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.clock import ManualClock
from bot.outbound import Text
from bot.pending_menu import MENU_TTL_S
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
    # why no answer: the return policy (怎么不回我), "I don't know", a did-you-mean, the business hours
    ("怎么不回我", RECEIVED_ZH), ("你怎么不理我", RECEIVED_ZH), ("為什麼不回覆我", "收到了 👍 你在這"),
    ("點解唔覆我", RECEIVED_HANT), ("why aren't you answering", RECEIVED_EN), ("you're not answering me", RECEIVED_EN),
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
    ("客服怎么不回我", "真人客服："), ("投了简历怎么没回复", "简历筛选在 5 个工作日内完成"),  # a person's, a job's
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


INVITE_ZH, INVITE_EN = "这是你的专属邀请链接", "Here is your own invite link"


@pytest.mark.parametrize(("first", "said", "start"), [
    ("邀请", "链接再发一次", INVITE_ZH), ("邀请", "可以再发一下链接吗", INVITE_ZH), ("邀请", "再发一次", INVITE_ZH),
    ("邀请", "再俾條link我", "這是你的專屬邀請鏈接"),
    ("invite", "send me the link again", INVITE_EN), ("invite", "can you send the link one more time", INVITE_EN),
    ("invite", "link again pls", INVITE_EN), ("invite", "resend the link", INVITE_EN),
    ("加你微信", "链接再发一次", "你现在就在和露米 Lumi聊天"),
])
def test_the_link_asked_again_after_the_invite_is_the_invite(first: str, said: str, start: str,
                                                             simulator: Simulator) -> None:
    """"邀请" then "链接再发一次" got the products to pick a link from; "再发一次" the last FAQ answer, if any
    (handlers/referral.py: the link sent is the thing shown last, handlers/common.py LINK_KIND)."""
    simulator.oa_message("o_invite_again", first)
    reply = simulator.oa_message("o_invite_again", said).text
    assert reply.startswith(start), reply


@pytest.mark.parametrize(("between", "start"), [("运费多少", "想要哪款的链接？"), ("洁面多少钱", "氨基酸温和洁面乳｜")])
def test_the_link_asked_after_something_else_is_of_that(between: str, start: str, simulator: Simulator) -> None:
    """The invite, then a question answered or a product shown: "链接再发一次" is no longer the invite's."""
    for said in ("邀请", between):
        simulator.oa_message("o_invite_then", said)
    assert simulator.oa_message("o_invite_then", "链接再发一次").text.startswith(start)


@pytest.mark.parametrize(("first", "asked", "start"), [
    (("运费多少",), "我刚才问了什么", "你刚才问的是：「运费怎么算？」"),
    (("how much is shipping",), "what did I just ask", 'You just asked: "How much is shipping?"'),
    (("how much is shipping",), "what was my last question", 'You just asked: "How much is shipping?"'),
    (("运费多少", "洁面多少钱"), "我頭先問咗咩", "你剛才問的是氨基酸"),
    (("有什么工作", "1"), "what did i ask", 'You were just looking at the "Beauty Advisor, Richmond" opening'),
    (("products",), "what did I just ask", "You just asked for the list above (10 items)"),
    ((), "我刚才问了什么", "我这边看不到你之前发的原话"),
])
def test_what_one_just_asked_is_said_back(first: tuple[str, ...], asked: str, start: str,
                                          simulator: Simulator) -> None:
    for said in first:
        simulator.oa_message("o_last_asked", said)
    reply = simulator.oa_message("o_last_asked", asked).text
    assert reply.startswith(start), reply


def test_what_one_just_asked_then_again_is_the_answer(simulator: Simulator) -> None:
    simulator.oa_message("o_last_again", "运费多少")
    simulator.oa_message("o_last_again", "我刚才问了什么")
    assert simulator.oa_message("o_last_again", "再说一遍").text.startswith("· 加拿大：满 CAD 59 包邮")


@pytest.mark.parametrize(("said", "start"), [("你刚才说什么", "· 加拿大：满 CAD 59 包邮"),  # what we said: lead45's
                                             ("what did you say", "· Canada: free over CAD 59")])
def test_what_was_said_is_still_said_again(said: str, start: str, simulator: Simulator) -> None:
    simulator.oa_message("o_said_again", "运费多少")
    assert simulator.oa_message("o_said_again", said).text.startswith(start)


@pytest.mark.parametrize(("listed", "said", "start"), [
    (("products", "3"), "第三个呢", "5%烟酰胺精华｜CAD 36.00"),
    (("products", "3"), "and the fourth?", "10% Vitamin C Brightening Serum | CAD 39.00"),
    (("products", "3", "and the fourth?"), "what about the 2nd one", "Hyaluronic Hydrating Toner | CAD 24.00"),
    (("有什么工作", "1"), "第三个呢", "仓库助理（大促季临时工）｜"),
    (("有什么工作", "1"), "and the fourth?", "Store Manager, Markham Pop-up"),
    (("温哥华", "第一个"), "那第二个", "双语客服专员｜"),
])
def test_another_of_the_list_after_a_pick_picks_it(listed: tuple[str, ...], said: str, start: str,
                                                  simulator: Simulator) -> None:
    for first in listed:
        simulator.oa_message("o_pick_again", first)
    reply = simulator.oa_message("o_pick_again", said).text
    assert reply.startswith(start), reply


NO_LIST_ZH, NO_LIST_EN = "现在没有可以选的列表", "There's no list to pick from"


@pytest.mark.parametrize(("listed", "said", "start"), [
    (("products", "3"), "2", NO_LIST_EN),  # a bare number after a pick: a quantity, or the pick again
    (("有什么工作", "1"), "1", NO_LIST_ZH),
    (("products", "3", "运费多少"), "第三个呢", NO_LIST_ZH),  # a question answered since: the list is left
    (("洁面多少钱",), "第三个呢", NO_LIST_ZH),  # a product asked by name, from no list
    (("products", "3", "有什么工作"), "第三个呢", "仓库助理（大促季临时工）"),  # the newer list's
])
def test_a_pick_after_a_pick_is_read_as_before(listed: tuple[str, ...], said: str, start: str,
                                               simulator: Simulator) -> None:
    for first in listed:
        simulator.oa_message("o_pick_not_again", first)
    reply = simulator.oa_message("o_pick_not_again", said).text
    assert start in reply, reply


def test_the_list_picked_from_is_left_after_the_hour(simulator: Simulator, clock: ManualClock) -> None:
    for first in ("products", "3"):
        simulator.oa_message("o_pick_stale", first)
    clock.advance(MENU_TTL_S + 1)
    assert simulator.oa_message("o_pick_stale", "and the fourth?").text.startswith(NO_LIST_EN)
