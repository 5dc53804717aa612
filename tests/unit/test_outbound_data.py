"""to_data / from_data: every outbound type survives the trip, a Text by its written-out form too."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from bot.outbound import Image, Link, Markdown, Menu, MenuChoice, News, Outbound, Text, from_data, to_data

MESSAGES: list[Outbound] = [Text(text="pong"), Text(text=""), Markdown(text="**hi**"), Image(source="media:1"),
                            Link(title="t", url="https://example.com/x"),
                            News(articles=(Link(title="a", url="https://example.com/a"),)),
                            Menu(header="h", choices=(MenuChoice(id="1", text="one"),), footer="f")]


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: m.type)
def test_to_data_is_the_tagged_dataclass_and_from_data_reverses_it(message: Outbound) -> None:
    assert to_data(message) == {"type": message.type, **asdict(message)}
    assert from_data(to_data(message)) == message
