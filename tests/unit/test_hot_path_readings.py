"""The handlers' text-only readings of a message, kept per content version (branch hot8, issue 10's performance part):
made once per distinct text, bounded, and made afresh for a new content version (a publish, a reload)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest

import bot.community.effects as community_effects
import bot.webhook.effects as effects
import handlers.community as community
import handlers.handoff as handoff
import handlers.qa as qa
import handlers.tutorials as tutorials
from bot.content.model import SCAN_MEMO_SIZE, Content
from bot.inbound import Channel, Inbound, Kind, MassResult
from bot.router import Result
from bot.text import is_text
from handlers.common import chosen_number, command_text, number_typed, pending_menu
from handlers.welcome import WelcomeHandler
from tests.support.factories import demo_content, make_inbound, make_member

MEMBER = make_member(lc="zh")


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, names: tuple[str, ...]) -> Counter[str]:
    """Calls of `module`'s functions `names`, counted (each still answers as before)."""
    calls: Counter[str] = Counter()
    for name in names:
        original: Callable[..., Any] = getattr(module, name)

        def counted(*args: Any, _name: str = name, _original: Callable[..., Any] = original) -> Any:
            calls[_name] += 1
            return _original(*args)

        monkeypatch.setattr(module, name, counted)
    return calls


def ask(text: str, content: Content) -> Any:
    inbound = make_inbound(text)
    handler = qa.QaHandler()
    found = handler.match(inbound, MEMBER, content)
    assert found is not None
    return handler.handle(inbound, MEMBER, content, found)


CHECKS = ("asks_to_stop", "bot_language_asked", "weather_remark", "greets_from_somewhere", "_link_only")


def test_the_faq_handlers_text_checks_are_made_once_per_question_and_content_version(
        monkeypatch: pytest.MonkeyPatch) -> None:
    content = dataclasses.replace(demo_content())  # a content version of this test's own: empty memos
    calls = counting(monkeypatch, qa, CHECKS)
    first = ask("可以寄到美国吗？", content)
    assert calls == Counter(dict.fromkeys(CHECKS, 1))
    assert ask("可以寄到美国吗？", content) == first  # the same answer, its checks remembered
    assert calls == Counter(dict.fromkeys(CHECKS, 1))
    ask("运费多少", content)  # another question: its own checks
    assert calls == Counter(dict.fromkeys(CHECKS, 2))
    again = dataclasses.replace(content)  # a new content version starts with an empty memo
    assert ask("可以寄到美国吗？", again) == first
    assert calls == Counter(dict.fromkeys(CHECKS, 3))


def test_the_readings_are_bounded_per_content_version() -> None:
    content = dataclasses.replace(demo_content())
    readings = content.remembered(qa.Reading)
    assert readings.cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]
    first = readings("运费多少")
    assert readings("运费多少") is first
    assert dataclasses.replace(content).remembered(qa.Reading)("运费多少") is not first


def test_where_a_member_lives_is_read_afresh_when_the_cities_change() -> None:
    content = dataclasses.replace(demo_content())
    said = make_inbound("I'm in Toronto, any jobs for students?")
    city = qa.residence(said, content)
    assert city is not None and city.id == "toronto"
    assert qa.residence(said, content) is city  # remembered with the text
    without = dataclasses.replace(content, cities=tuple(c for c in content.cities if c.id != "toronto"))
    assert qa.residence(said, without) is None  # a content version without Toronto does not remember it
    assert qa.residence(make_inbound("I'm in Toronto"), content, whole=True) is city


@pytest.mark.parametrize("text", ["2", "１", "第三个", "the first one", "选2", "11", "0", "可以寄到美国吗", "x" * 17])
def test_a_typed_number_is_the_menu_choice_of_its_text(text: str) -> None:
    inbound = make_inbound(text)
    assert number_typed(command_text(inbound)) == chosen_number(inbound)


def test_a_clicked_choice_is_read_from_the_click_alone() -> None:
    assert chosen_number(make_inbound("第三个", menu_choice="2")) == 2
    assert chosen_number(make_inbound("2", menu_choice="abc")) is None


def test_the_tutorials_words_are_read_once_per_text_and_content_version(monkeypatch: pytest.MonkeyPatch) -> None:
    content = dataclasses.replace(demo_content())
    calls = counting(monkeypatch, tutorials, ("read_dialect",))
    handler, asked = tutorials.TutorialsHandler(), make_inbound("可以寄到美国吗？")
    assert handler.match(asked, MEMBER, content) is None
    assert handler.match(asked, MEMBER, content) is None  # every check passed again, none of them made again
    assert calls["read_dialect"] == 1
    assert handler.match(asked, MEMBER, dataclasses.replace(content)) is None  # a new version reads afresh
    assert calls["read_dialect"] == 2
    words = content.remembered(tutorials.Words)
    assert words.cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]
    assert words("下一课吧").next and words("教程").menu and not words("教程").next
    assert words("第2课").lesson is not None and words("skip").skip and words("重新开始").restart


def test_asking_to_leave_a_group_is_read_once_per_text_and_content_version(monkeypatch: pytest.MonkeyPatch) -> None:
    content = dataclasses.replace(demo_content())
    handler = community.CommunityHandler()
    calls = counting(monkeypatch, community, ("take_terms",))
    assert handler.match(make_inbound("可以寄到美国吗？"), MEMBER, content) is None
    made = calls["take_terms"]
    assert handler.match(make_inbound("可以寄到美国吗？"), MEMBER, content) is None
    assert calls["take_terms"] == made  # remembered, with the join and city scans
    found = handler.match(make_inbound("怎么退群"), MEMBER, content)
    assert found is not None and found.data == {"leave": True}
    assert handler.match(make_inbound("可以寄到美国吗？"), MEMBER, dataclasses.replace(content)) is None
    assert calls["take_terms"] > made + 1  # a new content version: read afresh


def test_no_menu_field_is_no_pending_menu() -> None:
    asked = make_inbound("2")
    assert pending_menu(None, asked) is None
    assert pending_menu(make_member(), asked) is None and pending_menu(make_member(mn=""), asked) is None
    shown = int(asked.sent_at.timestamp())
    assert pending_menu(make_member(mn=f"faq|{shown}|a,b"), asked) == ("faq", ("a", "b"))
    assert pending_menu(make_member(mn=f"faq|{shown - 3601}|a,b"), asked) is None


def test_a_cancel_wrapped_in_polite_words_is_read_once_per_text_and_content_version() -> None:
    content = dataclasses.replace(demo_content())
    handler, asked = handoff.HandoffHandler(), make_inbound("算了，取消人工吧")
    found = handler.match(asked, MEMBER, content)
    assert found is not None and found.data == {"cancel": ""}
    assert handler.match(make_inbound("算了，取消人工吧"), MEMBER, content) == found
    wrapped = content.remembered(handoff._cancels)  # a cancel word, or one wrapped (branch hot13: one lookup)
    assert wrapped.cache_info().hits == 1 and wrapped.cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]
    assert handler.match(make_inbound("可以寄到美国吗？"), MEMBER, content) is None
    assert dataclasses.replace(content).remembered(handoff._cancels).cache_info().currsize == 0  # type: ignore[attr-defined]


def welcomed_before(inbound: Inbound) -> bool:
    """WelcomeHandler.match as it read before its kinds became a module constant (branch hot8)."""
    return ((inbound.kind in (Kind.SUBSCRIBE, Kind.SCAN) and inbound.channel is Channel.OA)
            or inbound.kind is Kind.CONTACT_ADDED
            or (inbound.kind is Kind.CONTACT_APPROVED and bool(inbound.welcome_code))
            or (inbound.kind is Kind.ENTER_CHAT and inbound.channel is Channel.GROUP_BOT)
            or (inbound.kind is Kind.ENTER_CHAT and inbound.channel is Channel.KF and bool(inbound.welcome_code))
            or (inbound.kind is Kind.GROUP_UPDATED and inbound.update_detail == "add_member" and bool(inbound.chat_id)))


@pytest.mark.parametrize("kind", list(Kind))
def test_the_welcome_answers_the_kinds_it_did(kind: Kind) -> None:
    handler = WelcomeHandler()
    for channel in Channel:
        for extra in ({}, {"welcome_code": "w1"}, {"update_detail": "add_member", "chat_id": "c1"}):
            inbound = make_inbound("hi", kind=kind, channel=channel, **extra)
            assert (handler.match(inbound, MEMBER, demo_content()) is not None) == welcomed_before(inbound)


@pytest.mark.parametrize("kind", list(Kind))
def test_what_is_text_is_as_it_was(kind: Kind) -> None:
    for text in ("", "hi"):
        inbound = make_inbound(text, kind=kind)
        assert is_text(inbound) == (kind in (Kind.TEXT, Kind.MIXED) or (kind is Kind.VOICE and bool(text)))


def busy_inbound(kind: Kind) -> Inbound:
    """An inbound of `kind` carrying everything the after-route reports and the community's record act on."""
    return make_inbound("hi", kind=kind, scene="s1", chat_id="c1", member_changes=("u1",), update_detail="add_member",
                        subscribe_choices=(("t1", True),), open_kfid="wk1", kf_token="tok",
                        mass_result=MassResult(msg_id="1", status="send success", total=1, filtered=1, sent=1,
                                               errors=0))


@pytest.mark.parametrize("kind", [kind for kind in Kind if kind not in effects._REPORTS])
def test_a_kind_left_out_of_the_reports_is_one_they_do_nothing_for(kind: Kind) -> None:
    route, pipe, inbound = mock.Mock(), mock.Mock(), busy_inbound(kind)
    effects.AfterRoute.record_subscribe_choices(route, inbound, MEMBER)
    effects.AfterRoute.record_mass_result(inbound, pipe)
    effects.AfterRoute.record_template_result(route, inbound)
    effects.AfterRoute.queue_kf_pull(route, inbound)
    assert route.mock_calls == [] and pipe.mock_calls == []


@pytest.mark.parametrize("kind", [kind for kind in Kind if kind not in community_effects._RECORDED])
def test_a_kind_left_out_of_the_community_record_is_one_it_notes_nothing_of(kind: Kind) -> None:
    community = mock.Mock()
    community_effects.CommunityEffects.record(community, busy_inbound(kind))
    assert community.mock_calls == []


def test_the_reports_and_the_record_still_run_for_their_kinds() -> None:
    route = mock.Mock(community=None, groups=None)
    for kind in Kind:
        route.reset_mock()
        effects.AfterRoute.run(route, busy_inbound(kind), MEMBER, Result(), has_parked=False, pipe=mock.Mock())
        assert route.record_template_result.called == (kind in effects._REPORTS)
        assert route.queue_kf_pull.called == (kind in effects._REPORTS)
    community = mock.Mock()
    community_effects.CommunityEffects.record(community, busy_inbound(Kind.CONTACT_LEFT))
    assert community.stats.on_departure.called
