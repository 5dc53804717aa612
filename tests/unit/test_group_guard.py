"""The group guard's memory: the same question twice points up; per-member answers and menus do not."""

from __future__ import annotations

from datetime import UTC, datetime

import fakeredis

from bot.clock import ManualClock
from bot.inbound import Channel
from bot.outbound import Text
from bot.webhook.group_guard import ALREADY, GroupReplyGuard
from tests.support.factories import make_inbound

SEE_ABOVE = (Text(text=ALREADY["zh"]),)
ANSWER = (Text(text="还没有开始的课程。回复数字开始：\n1. 敏感肌护肤入门"),)


def guard() -> GroupReplyGuard:
    return GroupReplyGuard(fakeredis.FakeRedis(), ManualClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC)))


def said(text: str, user: str):
    return make_inbound(f"@RobotA {text}", channel=Channel.GROUP_BOT, chat_id="wrG", user_id=user)


def test_a_per_member_answer_to_the_same_words_is_not_see_above() -> None:
    """Issue 10 (#7): "下一课" from a second member, no lesson in progress, got "see above"."""
    g = guard()
    assert g.screen(said("下一课", "u1"), ANSWER, locale="zh", handler="tutorials") == ANSWER
    assert g.screen(said("下一课", "u2"), ANSWER, locale="zh", handler="tutorials") == ANSWER
    assert g.screen(said("下一课", "u2"), ANSWER, locale="zh", handler="tutorials") == SEE_ABOVE  # u2 twice


def test_a_menu_is_never_see_above() -> None:
    g = guard()
    menu = {"mn": "tut|1700000000|*"}
    for user in ("u1", "u2", "u1"):
        assert g.screen(said("教程", user), ANSWER, locale="zh", handler="tutorials", set_fields=menu) == ANSWER


def test_a_shared_answer_to_the_same_question_points_up_but_not_to_another_question() -> None:
    g = guard()
    no_answer = (Text(text="这个问题我还不会回答"),)
    assert g.screen(said("运费多少", "u1"), ANSWER, locale="zh", handler="qa") == ANSWER
    assert g.screen(said("运费多少", "u2"), ANSWER, locale="zh", handler="qa") == SEE_ABOVE
    assert g.screen(said("你们老板是谁", "u3"), no_answer, locale="zh", handler="qa") == no_answer
    assert g.screen(said("明天下雨吗", "u3"), no_answer, locale="zh", handler="qa") == no_answer
