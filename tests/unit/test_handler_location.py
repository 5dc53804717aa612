"""location: a location sent 1:1 is where the member is, when its address names one of the brand's cities."""

from __future__ import annotations

import pytest

from bot.inbound import Kind, Location
from bot.outbound import Text
from handlers.location import LocationHandler
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
HANDLER = LocationHandler()


def sent(label: str, kind: Kind = Kind.LOCATION, **overrides):
    return make_inbound("", kind=kind, location=Location(latitude=49.17, longitude=-123.13, precision=15.0,
                                                         label=label), **overrides)


@pytest.mark.parametrize(("label", "city"), [
    ("加拿大不列颠哥伦比亚省列治文市3号路", "vancouver"), ("Markham, ON L3R 0B1", "toronto"),
    ("Sydney NSW 2000, Australia", "sydney"), ("澳大利亚新南威尔士州车士活", "sydney"),
])
def test_a_location_naming_one_of_our_cities_makes_it_the_members(label: str, city: str) -> None:
    """A location message was left unanswered: the follower who shared where they are heard nothing."""
    inbound = sent(label)
    result = HANDLER.handle(inbound, make_member(), CONTENT, HANDLER.match(inbound, make_member(), CONTENT))
    (line,) = result.messages
    name = CONTENT.city(city).name.zh
    assert isinstance(line, Text) and line.text.startswith(f"📍 收到，已记下你在{name}。")
    assert f"【{name}】" in line.text  # its openings, by the word the careers handler lists them for
    assert result.set_fields == {"ci": city, "tz": CONTENT.city(city).timezone}


def test_a_location_naming_none_of_our_cities_says_which_they_are() -> None:
    inbound = sent("Paris, France")
    result = HANDLER.handle(inbound, make_member(), CONTENT, HANDLER.match(inbound, make_member(), CONTENT))
    assert result.messages[0].text == "📍 收到你的位置。露米 Lumi目前的城市是温哥华、多伦多、悉尼；有问题直接问我。"
    assert result.set_fields == {}


def test_a_short_latin_alias_in_an_address_is_not_a_city() -> None:
    """"TO" is Toronto's alias and the "to" of an address; "Van" Vancouver's."""
    inbound = sent("Road to Nowhere, Van Buren County")
    assert HANDLER.match(inbound, make_member(), CONTENT).data == {"city": ""}


def test_the_members_zone_set_otherwise_stays() -> None:
    member = make_member(tz="Europe/London")
    inbound = sent("Markham, ON")
    assert HANDLER.handle(inbound, member, CONTENT, HANDLER.match(inbound, member, CONTENT)).set_fields == \
        {"ci": "toronto"}


def test_the_position_report_and_a_location_in_a_group_get_nothing() -> None:
    assert HANDLER.match(sent("Markham, ON", kind=Kind.LOCATION_REPORT), make_member(), CONTENT) is None
    assert HANDLER.match(sent("Markham, ON", chat_id="wrGROUP1"), make_member(), CONTENT) is None
