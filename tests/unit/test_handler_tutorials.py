"""tutorials: a series starts by name, continues with "next", remembers where each member is, and
says so at the end."""

from __future__ import annotations

import pytest

from bot.inbound import Channel, Kind
from bot.member import Member
from bot.outbound import Image, Link, Menu, MiniProgram, Text
from bot.text import terms
from handlers.tutorials import TutorialsHandler, Words
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
HANDLER = TutorialsHandler()
BASICS = CONTENT.tutorial("sensitive-basics")
SHOWN_AT = int(make_inbound().sent_at.timestamp())


def member(**fields: str) -> Member:
    return make_member(**fields)


def run(text: str, who: Member | None, **overrides):
    inbound = make_inbound(text, **overrides)
    found = HANDLER.match(inbound, who, CONTENT)
    assert found is not None, text
    return HANDLER.handle(inbound, who, CONTENT, found)


def apply(who: Member, fields: dict[str, str]) -> Member:
    merged = {**who.fields, **fields}
    return Member(id=who.id, brand=who.brand, fields={k: v for k, v in merged.items() if v != ""})


@pytest.mark.parametrize("text", ["敏感肌护肤入门", "Sensitive Skin 101", "护肤入门", "skincare basics", "新手 教程",
                                  "敏感肌护肤入门教程"])
def test_a_series_name_alias_or_keyword_with_a_tutorial_word_starts_it(text: str) -> None:
    result = run(text, member())
    # the lesson is shown last ("mn" lesson|…): "还有吗" right after it is the next one (verify16)
    assert result.set_fields == {"tu:sensitive-basics": "1", "tc": "sensitive-basics",
                                 "mn": f"lesson|{SHOWN_AT}|sensitive-basics"}
    assert result.add_tags == {"tutorial:sensitive-basics"}
    assert result.events == (("lesson", {"series": "sensitive-basics", "lesson": "1"}),)
    first = result.messages[0]
    assert isinstance(first, Text) and "1/5" in first.text


def test_the_whole_series_then_the_end_and_a_suggestion() -> None:
    who = member()
    result = run("敏感肌护肤入门", who)
    assert isinstance(result.messages[1], Image)  # lesson 1's picture
    who = apply(who, result.set_fields)
    for number in range(2, len(BASICS.lessons) + 1):
        result = run("下一课", who)
        assert f"{number}/{len(BASICS.lessons)}" in result.messages[0].text
        who = apply(who, result.set_fields)
    assert "tutorial_done:sensitive-basics" in result.add_tags
    assert "学完" in result.messages[0].text and CONTENT.tutorials[1].name.zh in result.messages[0].text
    assert "tc" not in who.fields and who.get("tu:sensitive-basics") == str(len(BASICS.lessons))
    # "next" once more: the menu (no current series)
    assert isinstance(run("next", who).messages[0], Menu)


def test_next_when_the_current_series_is_finished_says_so() -> None:
    who = member(tc="sensitive-basics", **{"tu:sensitive-basics": str(len(BASICS.lessons))})
    result = run("继续", who)
    assert "学完" in result.messages[0].text and result.set_fields == {"tc": ""}


def test_lessons_with_a_product_page_bring_a_tracked_card_and_links_are_tracked() -> None:
    result = run("next", member(tc="sensitive-basics", **{"tu:sensitive-basics": "1"}))
    card = result.messages[-1]
    assert isinstance(card, MiniProgram)
    assert card.page.startswith("pages/product/detail?id=1001&sy_m=m0123456789abcdef&sy_s=oa.tutorials")
    assert card.image and card.fallback_url.startswith("https://")
    result = run("next", member(tc="sensitive-basics", **{"tu:sensitive-basics": "3"}))
    link = result.messages[-1]
    assert isinstance(link, Link) and "sy_c=tutorial:sensitive-basics" in link.url


def test_progress_is_per_series() -> None:
    who = member(tc="sensitive-basics", **{"tu:sensitive-basics": "3"})
    result = run("冬季屏障修护", who)
    assert result.set_fields == {"tu:winter-barrier": "1", "tc": "winter-barrier",
                                 "mn": f"lesson|{SHOWN_AT}|winter-barrier"}
    result = run("敏感肌护肤入门", apply(who, result.set_fields))
    assert "4/5" in result.messages[0].text


def test_naming_a_finished_series_starts_it_over() -> None:
    result = run("敏感肌护肤入门", member(**{"tu:sensitive-basics": "5"}))
    assert "1/5" in result.messages[0].text and result.set_fields["tu:sensitive-basics"] == "1"


def test_the_menu_shows_progress_and_a_number_picks() -> None:
    result = run("教程", member(**{"tu:sensitive-basics": "2"}))
    (menu,) = result.messages
    assert isinstance(menu, Menu) and "2/5" in menu.choices[0].text
    assert result.set_fields == {"mn": f"tut|{SHOWN_AT}|*"}  # every series, in content order
    picked = run("3", member(mn=result.set_fields["mn"]))
    assert picked.set_fields["tc"] == "job-seeker" and picked.set_fields["mn"] == f"lesson|{SHOWN_AT}|job-seeker"


def test_in_a_group_a_lesson_is_text_and_links_only() -> None:
    result = run("@RobotA 敏感肌护肤入门", member(), channel=Channel.GROUP_BOT, chat_id="wrGROUP1")
    assert all(isinstance(m, Text | Link) for m in result.messages)
    menu = run("@RobotA tutorial", member(), channel=Channel.GROUP_BOT, chat_id="wrGROUP1").messages[0]
    assert isinstance(menu, Text) and "1. " in menu.text


@pytest.mark.parametrize("text", ["冬天皮肤干怎么办", "入门", "winter", "求职", "next week delivery", "3",
                                  "how do I continue my order", ""])
def test_other_messages_are_ignored(text: str) -> None:
    assert HANDLER.match(make_inbound(text), member(), CONTENT) is None


def test_a_number_for_another_menu_is_ignored() -> None:
    assert HANDLER.match(make_inbound("1"), member(mn=f"faq|{SHOWN_AT}|refund-time"), CONTENT) is None


def test_events_are_ignored() -> None:
    assert HANDLER.match(make_inbound("", kind=Kind.SUBSCRIBE), member(), CONTENT) is None


@pytest.mark.parametrize(("text", "number"), [
    ("what was lesson 1 again?", 1), ("第一课", 1), ("重看第2课", 2), ("lesson two please", 2), ("上一课", 2),
    ("第三节讲什么", 3), ("previous lesson", 2),
    ("review the first lesson", 1),
])
def test_a_lesson_asked_by_its_number_is_that_lesson_of_the_current_series(text: str, number: int) -> None:
    """"what was lesson 1 again" got the unsubscribe answer (it names lessons); 上一课 is the one before the lesson
    shown last (lesson 3 here); the member's place moves to the lesson shown."""
    who = member(tc="sensitive-basics", **{"tu:sensitive-basics": "3"})
    result = run(text, who)
    assert f"{number}/{len(BASICS.lessons)}" in result.messages[0].text
    assert result.set_fields["tu:sensitive-basics"] == str(number)


@pytest.mark.parametrize("text", ["final lesson", "the final lesson", "最后一课"])
def test_jumping_to_the_final_lesson_does_not_count_the_series_as_finished(text: str) -> None:
    """Nor moves the member's place there (lead49: its footer and the menu then said the series was finished)."""
    result = run(text, member(tc="sensitive-basics", **{"tu:sensitive-basics": "1"}))
    assert "5/5" in result.messages[0].text
    assert result.add_tags == {"tutorial:sensitive-basics"}
    assert "tu:sensitive-basics" not in result.set_fields and result.set_fields["tc"] == "sensitive-basics"
    reached = run("final lesson", member(tc="sensitive-basics", **{"tu:sensitive-basics": "4"}))
    assert "tutorial_done:sensitive-basics" in reached.add_tags


def test_a_lesson_number_past_the_series_says_how_many_there_are() -> None:
    result = run("lesson 9", member(tc="sensitive-basics", **{"tu:sensitive-basics": "2"}))
    assert result.messages[0].text.startswith(f'"{BASICS.name.en}" has 5 lessons')
    assert result.set_fields == {}


@pytest.mark.parametrize("text", ["what was lesson 1 again", "第2课"])
def test_a_lesson_number_with_no_series_of_ones_own_is_the_menu(text: str) -> None:
    assert isinstance(run(text, member()).messages[0], Menu)


def test_a_lesson_number_after_a_finished_series_is_that_series_lesson() -> None:
    result = run("第2课", member(**{"tu:sensitive-basics": "5"}))  # finished: no current series, one started
    assert "2/5" in result.messages[0].text


@pytest.mark.parametrize("text", ["how many lessons are there?", "一共几课", "还有几节课",
                                  "how many courses do you have"])
def test_how_many_lessons_is_the_menu_with_each_series_length(text: str) -> None:
    """They got the unsubscribe answer."""
    menu = run(text, member(tc="sensitive-basics", **{"tu:sensitive-basics": "2"})).messages[0]
    assert isinstance(menu, Menu)
    assert "2/5" in menu.choices[0].text and len(menu.choices) == len(CONTENT.tutorials)


@pytest.mark.parametrize("text", ["when is the next lesson coming?", "下一课什么时候发", "whens the next lesson",
                                  "下节课啥时候更新呀"])
def test_when_the_next_lesson_comes_it_is_ready_now(text: str) -> None:
    """下一课什么时候发 got the shipping-time answer, "when is the next lesson coming" the unsubscribe one: the series
    go at the member's pace, so the answer is the next lesson's number and title and how to get it, without sending
    it or moving the member's place."""
    result = run(text, member(tc="sensitive-basics", **{"tu:sensitive-basics": "2"}))
    (line,) = result.messages
    assert isinstance(line, Text) and "3/5" in line.text and BASICS.lessons[2].title.get(
        "zh" if "课" in text else "en") in line.text
    assert result.set_fields == {} and result.events == ()


@pytest.mark.parametrize("text", ["is there a next lesson?", "is there another lesson", "any more lessons?",
                                  "are there more lessons", "the lesson was great thanks, is there a next one?",
                                  "还有下一课吗", "有下节课没有", "還有下一課嗎"])
def test_whether_there_is_a_next_lesson_is_whether_it_is_ready(text: str) -> None:
    """Lead28: "is there a next lesson" got the unsubscribe answer (its words: lessons and what comes next), "the lesson
    was great thanks, is there a next one?" "you're welcome": the next lesson is ready, and how to get it."""
    result = run(text, member(tc="sensitive-basics", **{"tu:sensitive-basics": "2"}))
    (line,) = result.messages
    assert isinstance(line, Text) and "3/5" in line.text and result.set_fields == {}


@pytest.mark.parametrize("text", ["is there a next day delivery", "any more discounts", "is there another store",
                                  "还有优惠吗", "the cream was great thanks", "is there another one",
                                  "the cream was great thanks, is there another one"])
def test_other_things_next_or_more_are_not_the_lessons(text: str) -> None:
    assert not Words(terms(make_inbound(text)), CONTENT).next_when


def test_when_the_next_lesson_comes_with_no_series_of_ones_own_is_the_menu() -> None:
    assert isinstance(run("when is the next lesson coming", member()).messages[0], Menu)


@pytest.mark.parametrize("text", ["can u send the tutorial again", "再发一次这节课", "resend the lesson again pls"])
def test_the_lesson_again_is_the_one_shown_last(text: str) -> None:
    """"can u send the tutorial again" was "I don't know"."""
    result = run(text, member(tc="sensitive-basics", **{"tu:sensitive-basics": "2"}))
    assert "2/5" in result.messages[0].text and result.set_fields["tu:sensitive-basics"] == "2"
