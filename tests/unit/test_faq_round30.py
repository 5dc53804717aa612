"""Thirtieth round (docs/faq.md): Hong Kong Cantonese read as Mandarin (probe15's no-answers), each reading tested in
other wordings than probe15's, with guards for the same characters in other senses."""

from __future__ import annotations

import pytest

from bot.content.faq import FaqIndex
from bot.content.lexicon import read_dialect
from bot.text import normalize
from tests.support.faq_checks import assert_answers


@pytest.mark.parametrize(("text", "expected"), [
    ("搬咗屋，貨寄去舊屋點算", "order-change-address"),  # 搬屋: moving house (搬家)
    ("呢隻面霜會唔會塞毛孔", "acne-prone"),  # 塞毛孔: 堵毛孔
    ("點樣先入到會", "membership"),  # 點樣先 / 點先: 怎么才
    ("我啲分可以點用？", "points-redeem"),  # 點 + a verb: 怎么 + the verb
    ("儲咗好多分點用", "points-redeem"),  # 儲分: collecting points (攒积分)
    ("換唔換到第二隻", "exchange"),  # V唔V到: can one V (能不能换到)
    ("你哋寄咗嘅貨而家去到邊", "order-tracking"),  # 去到邊: where has it got to (到哪了)
    ("我張order而家去到邊", "order-tracking"),
    ("琴日落單，今日會唔會ship出去", "shipping-time"),  # ship出: sent out (发出)
    ("我張單ship咗未", "order-tracking"),  # ... but shipped yet? (咗未) stays order-tracking's
])
def test_cantonese_read_as_mandarin(index: FaqIndex, text: str, expected: str) -> None:
    assert_answers(index, text, expected)


@pytest.mark.parametrize(("text", "read"), [
    ("你哋幾點開門", "你们几点开门"),  # 几点: a time, not "how"
    ("有一點用都冇", "有一点用都没有"),  # 一点: a little
    ("晚點寄得唔得", "晚点寄可以吗"),  # 晚点: later
    ("點樣儲存", "怎么储存"),  # 儲存: storing, no points
    ("試吓先", "试下先"),  # 先 after a verb: first
    ("寄唔寄到 3 號", "能不能寄 3 号"),  # V唔V到 before no place
])
def test_the_same_characters_in_other_senses(text: str, read: str) -> None:
    assert read_dialect(normalize(text)) == read
