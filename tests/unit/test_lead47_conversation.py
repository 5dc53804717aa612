"""lead47's conversational rules, pure: a member checking on an open handoff (handlers/handoff.py STATUS_ASKS), a step
along the list an item was picked from (handlers/common.py STEP_ASKS), the updates asked back in one's own words
(handlers/optout.py RESUME_ASKS), the last answer asked for in the other language (handlers/qa.py SWITCH_ASKS) and
"not that one" (handlers/qa.py NOT_THIS). Each failed before its change."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.member import F_HANDOFF, Member
from bot.outbound import Text
from bot.text import normalize
from handlers.common import list_step
from handlers.handoff import HandoffHandler
from handlers.optout import OptOutHandler
from handlers.qa import _says_not_this, _switch_asked
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
IN_HOURS = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)  # Monday 10:00 in Vancouver
SATURDAY = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)  # Saturday 12:00 in Vancouver


def _handoff_reply(text: str, at: datetime) -> str:
    inbound = make_inbound(text, sent_at=at)
    member = make_member(**{F_HANDOFF: f"h1a2b3c4d|{int(at.timestamp()) + 3600 * 72}"})
    handler = HandoffHandler()
    match = handler.match(inbound, member, CONTENT)
    assert match is not None
    messages = handler.handle(inbound, member, CONTENT, match).messages
    return messages[0].text if messages and isinstance(messages[0], Text) else ""


@pytest.mark.parametrize("text", ["在吗", "有人吗？", "你收到我的消息了吗", "还要等多久", "怎么还没人回",
                                  "仲未有人覆我", "有冇人喺度", "did you get my message?", "hello?", "is anyone there",
                                  "how long do I have to wait", "when will someone reply", "still waiting"])
def test_checking_on_an_open_handoff_is_told_it_is_open(text: str) -> None:
    reply = _handoff_reply(text, IN_HOURS)
    assert "还在等待中" in reply or "still open" in reply, reply
    assert "看过" not in reply and "has read" not in reply and "seen" not in reply


def test_checking_on_it_outside_office_hours_says_when_the_team_is_back() -> None:
    reply = _handoff_reply("在吗", SATURDAY)
    assert "现在不在工作时间" in reply and "周一 09:00" in reply, reply


@pytest.mark.parametrize("text", ["运费多少", "我想问一下退货", "how much is shipping", "好的", "谢谢"])
def test_other_words_with_a_handoff_open_stay_unanswered(text: str) -> None:
    assert _handoff_reply(text, IN_HOURS) == ""


@pytest.mark.parametrize(("text", "step"), [
    ("下一个", 1), ("下一款呢", 1), ("下一個", 1), ("next", 1), ("next one", 1), ("the next one please", 1),
    ("and the next?", 1), ("上一个", -1), ("previous one", -1), ("the previous one", -1), ("上一款", -1),
    ("下一课", 0), ("next lesson", 0), ("下个月", 0), ("next week", 0), ("运费多少", 0), ("第三个", 0),
    ("the last one", 0),  # the list's last, maybe: no step
])
def test_a_step_along_a_list(text: str, step: int) -> None:
    assert list_step(normalize(text)) == step


@pytest.mark.parametrize("text", ["resubscribe", "re-subscribe", "turn notifications back on", "恢复推送",
                                  "我又想收到你们的消息了", "帮我恢复消息通知"])
def test_the_updates_asked_back_by_a_member_who_opted_out_are_resumed(text: str) -> None:
    handler, member = OptOutHandler(), make_member(oo="1")
    inbound = make_inbound(text)
    match = handler.match(inbound, member, CONTENT)
    assert match is not None
    assert handler.handle(inbound, member, CONTENT, match).set_fields["oo"] == ""


@pytest.mark.parametrize(("text", "member"), [("resubscribe", make_member()),  # subscribed: handlers/qa.py's
                                              ("how do i get updates again", make_member(oo="1")),  # how: the how-to
                                              ("怎么重新订阅", make_member(oo="1"))])
def test_the_updates_asked_back_otherwise_are_not_the_opt_out_s(text: str, member: Member) -> None:
    assert OptOutHandler().match(make_inbound(text), member, CONTENT) is None


@pytest.mark.parametrize(("text", "language"), [
    ("in English please", "en"), ("can you say that in english", "en"), ("English pls", "en"), ("用英文回答", "en"),
    ("说中文", "zh"), ("中文回复吧", "zh"), ("講中文得唔得", "zh"),
    ("do you speak english", ""), ("你们会说英文吗", ""), ("english teacher jobs", ""),
])
def test_the_last_answer_asked_for_in_another_language(text: str, language: str) -> None:
    assert _switch_asked(normalize(text), CONTENT) == language


@pytest.mark.parametrize(("text", "says"), [
    ("不是这个", True), ("不对", True), ("我问的不是这个", True), ("not that one", True),
    ("that's not what I asked", True), ("wrong one", True), ("no, not that one", True),
    ("不是这个，我是问退货", False), ("不是很懂", False), ("not that expensive", False), ("不对劲", False),
])
def test_not_that_one(text: str, says: bool) -> None:
    assert _says_not_this(normalize(text), CONTENT) is says
