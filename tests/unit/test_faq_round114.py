"""Hundred-and-fourteenth round (docs/faq.md, faq114): the development sets' Chinese answerable messages that got no
answer or a menu, read as kinds (probe97 written first). Hong Kong Cantonese "in time" (趕唔趕得切, 嚟唔嚟得切,
趕得切, 嚟唔切: the V唔V得 reading made 能不能赶切 of it, which no entry says); where a parcel went asked 寄咗去邊
with 邊 closing the clause (read 去边, no word); how to use points or a code 嗰陣 / 嘅時候 (at the time of: 点 + a
verb was read 怎么 only after a few words). Other wordings than probe97's and the sets'; each check here failed
before the round, with guards (the same words about another matter, or our own matters already answered) that
passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # "in time", Cantonese
    ("下個禮拜一考完試想送俾同學，寄去渥太華趕唔趕得切？", "shipping-time"),
    # where a parcel went, 邊 closing the clause
    ("我琴日買嗰盒面膜寄咗去邊", "order-tracking"),
    ("啲面霜寄咗去邊呀", "order-tracking"),
])
def test_cantonese_words_read(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same words, another matter
    ("收工搭小巴去碼頭趕唔趕得切尾班船", None),
    ("阿爺朝早出咗門，而家唔聽電話，佢去咗邊", None),
    ("搭地鐵入閘嗰陣點用手機拍卡", None),
    # our own matters, already answered
    ("聖誕前寄到布里斯本嚟唔嚟得切？", "shipping-time"),
    ("付款嗰陣點用積分", "points-redeem"),
    ("積分可以點用", "points-redeem"),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
