"""bot/text.py command_text and terms, kept on the inbound: the same values, and the inbound unchanged."""

from __future__ import annotations

import dataclasses

from bot.text import _command_text, command_text, normalize, terms
from tests.support.factories import make_inbound


def test_kept_values_are_the_functions_values() -> None:
    for text, chat in [("  Ｓｈｉｐｐｉｎｇ？ ", ""), ("@Bot 運費多少？", "wrchat1"), ("@Bot", "wrchat1"), ("", ""),
                       ("Don't  know!!", "")]:
        inbound = make_inbound(text, chat_id=chat)
        for _ in range(2):  # computed, then kept
            assert command_text(inbound) == _command_text(text, bool(chat))
            assert terms(inbound) == normalize(_command_text(text, bool(chat)))


def test_keeping_them_leaves_the_inbound_as_it_was() -> None:
    inbound, twin = make_inbound("运费多少"), make_inbound("运费多少")
    terms(inbound)
    assert inbound == twin and hash(inbound.dedupe_key) == hash(twin.dedupe_key)
    assert [getattr(inbound, f.name) for f in dataclasses.fields(inbound)] == \
        [getattr(twin, f.name) for f in dataclasses.fields(twin)]
    typed = dataclasses.replace(inbound, text="tutorial")  # a menu tap typed as its words (bot/menu_clicks.py)
    assert command_text(typed) == "tutorial" and terms(typed) == "tutorial"
    assert command_text(inbound) == "运费多少"


def test_member_fields_and_tags_decode_as_before() -> None:
    from bot.store.members import _names, _pairs

    flat: list[bytes | str] = [b"lc", b"zh", "ci", "toronto", b"nick", "小\u00e9", b"lc", b"en"]
    assert _pairs(flat) == {"lc": "en", "ci": "toronto", "nick": "小é"}  # a repeated name: its last value
    assert _names([b"vip", "asked:x", b"vip"]) == frozenset({"vip", "asked:x"})


def test_the_touched_member_is_the_constructors() -> None:
    from bot.member import Member
    from bot.store.members import _member

    made = _member("b", "m1", [1, 7, [b"lc", b"zh", b"u", b"o1"], [b"vip"]])
    assert made == Member(id="m1", brand="b", fields={"lc": "zh", "u": "o1"}, tags=frozenset({"vip"}), is_new=True)
    assert made.is_new is True and _member("b", "m1", [0, 7, [], []]).is_new is False
