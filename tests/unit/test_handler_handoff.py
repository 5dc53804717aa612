"""handoff: asking for a person opens a handoff with an honest reply (office hours in the brand's zone),
the bot stays quiet while it is open, staff close it; the FAQ no longer promises a person it cannot send."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.content import Content, load_content, validate_directory
from bot.content.model import Handoff
from bot.inbound import Channel, Kind
from bot.member import F_HANDOFF
from bot.outbound import Text
from handlers.handoff import (
    CLOSE_EVENT,
    OPEN_EVENT,
    UNAVAILABLE_EVENT,
    HandoffHandler,
    handoff_id_for,
    next_opening,
    open_handoff,
    when_text,
)
from handlers.qa import QaHandler
from tests.support.factories import WECOM_CORP_ID, demo_content, make_inbound, make_member
from tests.unit.test_content import minimal, problems_of

CONTENT = demo_content()
HANDLER = HandoffHandler()
# 2026-11-23 is a Monday. 18:00 UTC = 10:00 in Vancouver (PST, UTC-8): office hours.
IN_HOURS = datetime(2026, 11, 23, 18, 0, tzinfo=UTC)
FRIDAY_NIGHT = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)  # Friday 19:00 in Vancouver


def with_handoff(**changes: object) -> Content:
    return dataclasses.replace(CONTENT, handoff=dataclasses.replace(CONTENT.handoff, **changes))  # type: ignore[arg-type]


def ask(text: str, content: Content = CONTENT, at: datetime = IN_HOURS, **fields: str):
    inbound = make_inbound(text, sent_at=at)
    member = make_member(**fields)
    found = HANDLER.match(inbound, member, content)
    assert found is not None, text
    return inbound, HANDLER.handle(inbound, member, content, found)


@pytest.mark.parametrize("word", ["人工", "客服", "真人", "转人工", "agent", "Agent!", "human", "人工客服",
                                  "real person"])
def test_the_words_open_a_handoff_in_office_hours(word: str) -> None:
    inbound, result = ask(word)
    [message] = result.messages
    assert isinstance(message, Text) and ("这里回复你" in message.text or "reply here" in message.text)
    assert "notified" not in message.text and "已通知" not in message.text
    [(kind, event)] = result.events
    assert kind == OPEN_EVENT and event["id"] == handoff_id_for(inbound)
    assert event["staff"] == "lumi-service,lumi-adviser-van"
    handoff_id, until = result.set_fields[F_HANDOFF].split("|")
    assert handoff_id == event["id"] and int(until) == int(IN_HOURS.timestamp()) + 24 * 3600


def test_outside_office_hours_the_reply_says_when_the_team_is_back() -> None:
    _, zh = ask("人工", at=FRIDAY_NIGHT)
    assert "周一 09:00（温哥华时间）" in zh.messages[0].text  # type: ignore[union-attr]
    _, en = ask("agent", at=FRIDAY_NIGHT)
    assert "back on Monday at 09:00 (Vancouver time)" in en.messages[0].text  # type: ignore[union-attr]
    assert en.events[0][1]["after_hours"] == "1"


@pytest.mark.parametrize(("zone", "at", "back"), [
    # Vancouver, Monday 08:59 local: opens at 09:00 the same day
    ("America/Vancouver", datetime(2026, 11, 23, 16, 59, tzinfo=UTC), "2026-11-23T09:00:00-08:00"),
    ("America/Vancouver", datetime(2026, 11, 23, 17, 0, tzinfo=UTC), None),  # 09:00 sharp: in
    ("America/Vancouver", datetime(2026, 11, 24, 2, 0, tzinfo=UTC), "2026-11-24T09:00:00-08:00"),  # 18:00: out
    # Shanghai (UTC+8): Saturday 10:00 local -> Monday 09:00
    ("Asia/Shanghai", datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "2026-11-30T09:00:00+08:00"),
    ("Asia/Shanghai", datetime(2026, 11, 23, 2, 0, tzinfo=UTC), None),  # Monday 10:00 local
    # Sydney (AEDT, UTC+11 in November): Monday 08:00 UTC is 19:00 local -> Tuesday 09:00
    ("Australia/Sydney", datetime(2026, 11, 23, 8, 0, tzinfo=UTC), "2026-11-24T09:00:00+11:00"),
    # Vancouver on the day summer time ends (2026-11-01, a Sunday): next opening Monday in PST
    ("America/Vancouver", datetime(2026, 11, 1, 20, 0, tzinfo=UTC), "2026-11-02T09:00:00-08:00"),
])
def test_office_hours_in_several_zones(zone: str, at: datetime, back: str | None) -> None:
    found = next_opening(Handoff(timezone=zone), at)
    assert (found.isoformat() if found else None) == back


def test_when_text_says_today_tomorrow_or_the_weekday() -> None:
    handoff = Handoff(timezone="Asia/Shanghai")
    friday_night = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # Friday 20:00 in Shanghai
    back = next_opening(handoff, friday_night)
    assert back is not None
    assert when_text(back, friday_night, "zh") == "周一 09:00"
    assert when_text(back, friday_night, "en") == "on Monday at 09:00"
    early = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # Monday 08:00 in Shanghai
    assert when_text(next_opening(handoff, early), early, "en") == "today at 09:00"  # type: ignore[arg-type]


def test_asking_again_while_open_opens_nothing_new() -> None:
    until = int(IN_HOURS.timestamp()) + 600
    _, result = ask("人工", **{F_HANDOFF: f"h1234abcd|{until}"})
    assert [kind for kind, _ in result.events] == [] and F_HANDOFF not in result.set_fields
    assert "稍等" in result.messages[0].text  # type: ignore[union-attr]


def test_with_nobody_to_tell_the_bot_says_so_and_opens_nothing() -> None:
    content = with_handoff(staff=(), robot="")
    _, result = ask("人工", content=content)
    assert [kind for kind, _ in result.events] == [UNAVAILABLE_EVENT] and not result.set_fields
    assert "没有同事" in result.messages[0].text  # type: ignore[union-attr]


def test_while_open_the_member_s_messages_are_claimed_and_not_answered() -> None:
    until = int(IN_HOURS.timestamp()) + 600
    member = make_member(**{F_HANDOFF: f"h1234abcd|{until}"})
    inbound = make_inbound("运费多少", sent_at=IN_HOURS)
    found = HANDLER.match(inbound, member, CONTENT)
    assert found is not None
    assert HANDLER.handle(inbound, member, CONTENT, found).messages == ()
    image = make_inbound("", kind=Kind.IMAGE, sent_at=IN_HOURS)
    assert HANDLER.match(image, member, CONTENT) is not None


def test_in_a_group_too_the_member_s_messages_wait_for_the_colleague() -> None:
    """Judged from outside: "人工" @-mentioned in a group answers "until a colleague replies I won't answer
    automatically", and the member's next @-mention ("运费多少") was answered at once."""
    until = int(IN_HOURS.timestamp()) + 600
    member = make_member(**{F_HANDOFF: f"h1234abcd|{until}"})
    inbound = make_inbound("@RobotA 运费多少", chat_id="wrGROUP1", channel=Channel.GROUP_BOT, sent_at=IN_HOURS)
    found = HANDLER.match(inbound, member, CONTENT)
    assert found is not None and HANDLER.handle(inbound, member, CONTENT, found).messages == ()


def test_a_handoff_past_its_timeout_or_not_quiet_lets_the_bot_answer() -> None:
    until = int(IN_HOURS.timestamp())
    lapsed = make_member(**{F_HANDOFF: f"h1234abcd|{until}"})
    assert open_handoff(lapsed, make_inbound("x", sent_at=IN_HOURS)) is None
    assert HANDLER.match(make_inbound("运费多少", sent_at=IN_HOURS), lapsed, CONTENT) is None
    fresh = make_member(**{F_HANDOFF: f"h1234abcd|{until + 600}"})
    assert HANDLER.match(make_inbound("运费多少", sent_at=IN_HOURS), fresh, with_handoff(quiet=False)) is None


def test_staff_close_a_handoff_with_the_close_word_on_wecom() -> None:
    inbound = make_inbound("结束 h1234abcd", channel=Channel.WECOM, account=WECOM_CORP_ID, user_id="lumi-service")
    found = HANDLER.match(inbound, make_member(), CONTENT)
    assert found is not None
    result = HANDLER.handle(inbound, make_member(), CONTENT, found)
    assert result.events == ((CLOSE_EVENT, {"id": "h1234abcd", "by": "lumi-service"}),) and result.messages == ()
    stranger = make_inbound("结束 h1234abcd", channel=Channel.WECOM, account=WECOM_CORP_ID, user_id="someone")
    assert HANDLER.match(stranger, make_member(), CONTENT) is None
    on_oa = make_inbound("结束 h1234abcd")
    assert HANDLER.match(on_oa, make_member(), CONTENT) is None


def test_the_words_inside_a_question_are_left_to_the_faq() -> None:
    assert HANDLER.match(make_inbound("客服电话是多少"), make_member(), CONTENT) is None


# --- the FAQ's unanswered reply (report 1: "已经记录下来……同事会在工作时间尽快回复你", nobody told) ---


def qa(text: str, content: Content = CONTENT):
    inbound = make_inbound(text, sent_at=IN_HOURS)
    handler = QaHandler()
    found = handler.match(inbound, make_member(), content)
    assert found is not None
    return handler.handle(inbound, make_member(), content, found)


def test_an_unanswered_question_promises_no_colleague_by_default() -> None:
    result = qa("你们老板是谁")
    text = result.messages[0].text  # type: ignore[union-attr]
    assert "同事会" not in text and "回复你" not in text
    assert [kind for kind, _ in result.events] == ["unanswered"]


def test_an_unanswered_question_opens_a_handoff_when_the_brand_wants_it() -> None:
    result = qa("你们老板是谁", with_handoff(on_unanswered=True))
    assert [kind for kind, _ in result.events] == ["unanswered", OPEN_EVENT]
    assert result.events[1][1]["reason"] == "unanswered" and F_HANDOFF in result.set_fields
    assert "这里回复你" in result.messages[0].text  # type: ignore[union-attr]


@pytest.mark.parametrize("ad", ["兼职日结300，加我微信", "在家手机操作 日赚500 有意者私聊",
                                "Make $500 a week from home, DM me"])
def test_an_advertisement_is_spam_not_an_unanswered_question(ad: str) -> None:
    result = qa(ad)
    assert [kind for kind, _ in result.events] == ["spam"]
    assert result.events[0][1]["question"].casefold().replace(",", "，") == ad.casefold().replace(",", "，")
    [message] = result.messages
    assert isinstance(message, Text) and "记下来" not in message.text and "noted" not in message.text


def test_an_advertisement_pages_nobody_even_when_unanswered_questions_open_handoffs() -> None:
    result = qa("兼职日结300，加我微信", with_handoff(on_unanswered=True))
    assert [kind for kind, _ in result.events] == ["spam"] and F_HANDOFF not in result.set_fields


def test_an_advertisement_mentioning_the_bot_in_a_group_gets_no_reply() -> None:
    inbound = make_inbound("兼职日结300，加我微信 @RobotA", chat_id="wrGROUP1", sent_at=IN_HOURS)
    handler = QaHandler()
    found = handler.match(inbound, make_member(), CONTENT)
    assert found is not None
    result = handler.handle(inbound, make_member(), CONTENT, found)
    assert result.messages == () and [kind for kind, _ in result.events] == ["spam"]


def test_asking_for_a_person_in_other_words_opens_a_handoff_through_the_faq() -> None:
    result = qa("能转人工吗？")
    assert [kind for kind, _ in result.events] == [OPEN_EVENT]
    assert result.events[0][1]["reason"] == "faq:human-agent"


def test_no_demo_text_claims_a_person_was_notified() -> None:
    answers = [entry.answers.get(loc) for entry in CONTENT.faq for loc in ("zh", "en")]
    templates = [t.get(loc) for t in CONTENT.brand.templates.values() for loc in ("zh", "en")]
    for text in answers + templates:
        assert "notified" not in text and "已通知" not in text, text


def test_no_demo_answer_asks_for_something_only_the_bot_would_read() -> None:
    """"Send us the photos" in a chat only the bot reads goes nowhere: an answer that asks the follower to send
    something says how it reaches a person (reply 人工 / "agent", which opens a handoff)."""
    for entry in CONTENT.faq:
        zh, en = entry.answers.get("zh"), entry.answers.get("en")
        if "发给" in zh:
            assert "人工" in zh, (entry.id, zh)
        if re.search(r"\bsend (?:us|me)\b", en, re.IGNORECASE):
            raise AssertionError((entry.id, en))
        if re.search(r"\bsend (?:a colleague|.{0,40}to a colleague)", en):
            assert '"agent"' in en, (entry.id, en)


# --- handoff.yaml validation ---------------------------------------------------------------


def test_the_demo_handoff_config() -> None:
    handoff = CONTENT.handoff
    assert handoff.staff == ("lumi-service", "lumi-adviser-van") and handoff.timezone == "America/Vancouver"
    assert (handoff.opens, handoff.closes, handoff.days) == (540, 1080, (1, 2, 3, 4, 5))
    assert handoff.quiet and not handoff.on_unanswered and handoff.timeout_s == 86400
    assert {"人工", "客服", "真人", "转人工", "agent", "human", "real person"} <= set(handoff.words)
    assert handoff.waiting_on == ("refund-time", "order-cancel", "shipping-time")


def test_without_handoff_yaml_the_defaults_reach_nobody(tmp_path: Path) -> None:
    handoff = load_content(minimal(tmp_path)).handoff
    assert not handoff.reachable and "人工" in handoff.words and handoff.quiet


BAD = """\
staff: [lumi service]
robot: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc
timezone: Vancouver
office_hours:
  days: [mon, tuesday, funday]
  from: "9am"
  to: "18:00"
words: [退订]
close_word: close it
on_unanswered: maybe
timeout: 30d
faq: [no-such-entry]
color: blue
waiting_on: [refund-tme]
"""


def test_handoff_yaml_problems_are_reported_with_file_and_line(tmp_path: Path) -> None:
    problems = problems_of(minimal(tmp_path, handoff=BAD))
    expected = [
        "handoff.yaml:1: staff[0]: 'lumi service' is not a WeCom userid",
        "handoff.yaml:2: robot: name a robot",
        "handoff.yaml:3: timezone: unknown time zone 'Vancouver'",
        "handoff.yaml:5: office_hours.days[2]: unknown day 'fun'",
        "handoff.yaml:6: office_hours.from: '9am': write the time as HH:MM",
        "handoff.yaml:8: words: ['退订'] also opt out",
        "handoff.yaml:9: close_word: one word",
        "handoff.yaml:10: on_unanswered: expected true or false",
        "handoff.yaml:11: timeout: 30d: between 5 minutes and 7 days",
        "handoff.yaml:12: faq: unknown faq id 'no-such-entry'",
        "handoff.yaml:13: color: unknown key 'color'",
        "handoff.yaml:14: waiting_on: unknown faq id 'refund-tme'",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)


def test_a_good_handoff_yaml_loads(tmp_path: Path) -> None:
    good = ("staff: [zhangsan]\ntimezone: Asia/Shanghai\n"
            "office_hours: {days: [sat, sun], from: '10:00', to: '16:30'}\n"
            "timeout: 2h\non_unanswered: true\nfaq: [shipping-time]\nwords: [找人]\n")
    directory = minimal(tmp_path, handoff=good)
    assert validate_directory(directory) == []
    handoff = load_content(directory).handoff
    assert (handoff.days, handoff.opens, handoff.closes, handoff.timeout_s) == ((6, 7), 600, 990, 7200)
    assert handoff.on_unanswered and handoff.faq == ("shipping-time",) and "找人" in handoff.words


def test_a_customer_group_s_robot_cannot_tell_the_staff(tmp_path: Path) -> None:
    groups = ("groups:\n  - {id: van, name: Van, chat_id: wrVAN, robot_key_env: SIYU_ROBOT_KEY_VAN}\n")
    problems = problems_of(minimal(tmp_path, groups=groups, handoff="robot: SIYU_ROBOT_KEY_VAN\n"))
    assert any(p.startswith("handoff.yaml:1: robot: SIYU_ROBOT_KEY_VAN is the robot of customer group 'van'")
               for p in problems), problems


def test_a_handoff_opened_after_hours_lasts_until_the_team_has_had_its_timeout() -> None:
    """Verify11: a Friday evening's handoff lapsed on Saturday evening (24 h after it opened), so it left `siyu
    handoffs` before the team came in on Monday to answer it. The timeout now counts from the next opening."""
    _, result = ask("人工", at=FRIDAY_NIGHT)
    _, until = result.set_fields[F_HANDOFF].split("|")
    monday_nine = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)  # 09:00 in Vancouver
    assert int(until) == int(monday_nine.timestamp()) + 24 * 3600
    assert result.events[0][1]["until"] == until


def test_asking_again_after_hours_says_when_the_team_is_back_not_that_someone_is_on_the_way() -> None:
    saturday = datetime(2026, 11, 28, 20, 0, tzinfo=UTC)  # Saturday 12:00 in Vancouver
    until = int(saturday.timestamp()) + 3 * 86400
    _, result = ask("agent", at=saturday, **{F_HANDOFF: f"h1234abcd|{until}"})
    text = result.messages[0].text  # type: ignore[union-attr]
    assert "on the way" not in text and "back on Monday at 09:00" in text
    assert not result.events and F_HANDOFF not in result.set_fields


def test_a_brand_whose_bot_keeps_answering_is_not_told_the_bot_stays_quiet() -> None:
    """handoff.yaml `quiet: false`: the handler's own wording (a brand without a `handoff` template) said "Until
    then I'll stay quiet" while the bot went on answering."""
    answering = with_handoff(quiet=False)
    templates = {name: text for name, text in answering.brand.templates.items() if name != "handoff"}
    answering = dataclasses.replace(answering, brand=dataclasses.replace(answering.brand, templates=templates))
    _, result = ask("agent", content=answering)
    text = result.messages[0].text  # type: ignore[union-attr]
    assert "reply here" in text and "quiet" not in text
    _, zh = ask("人工", content=answering)
    assert "不自动回答" not in zh.messages[0].text  # type: ignore[union-attr]


def test_the_faq_s_office_hours_are_the_handoff_s() -> None:
    """The demo's business-hours answer promised a team on Saturdays 10:00-16:00 while handoff.yaml's office hours
    are weekdays only, so a Saturday's "agent" said the team is back on Monday."""
    [entry] = [item for item in CONTENT.faq if item.id == "business-hours"]
    days = {"zh": ("周一到周五", "周六", "周日"), "en": ("Monday to Friday", "Saturday", "Sunday")}
    for locale, (weekdays, *weekend) in days.items():
        answer = entry.answers.get(locale)
        assert weekdays in answer and not any(day in answer for day in weekend), answer
    assert CONTENT.handoff.days == (1, 2, 3, 4, 5) and (CONTENT.handoff.opens, CONTENT.handoff.closes) == (540, 1080)


def test_the_way_to_take_a_request_back_is_told_only_where_it_works() -> None:
    """取消人工 closes the member's handoff on the Official Account and WeCom; in WeChat customer service a servicer
    has the session (the bot cannot take it back: docs/platform.md §3.2), and in a group the bot answers anyway."""
    from handlers.handoff import cancel_hint

    assert "取消人工" in cancel_hint(make_inbound("人工", sent_at=IN_HOURS), CONTENT, "zh")
    assert cancel_hint(make_inbound("人工", sent_at=IN_HOURS, channel=Channel.KF), CONTENT, "zh") == ""
    assert cancel_hint(make_inbound("人工", sent_at=IN_HOURS), with_handoff(quiet=False), "zh") == ""
