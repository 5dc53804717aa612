"""handlers/plans.py: a member's own next step, said as the whole message, and what is no plan alone."""

from __future__ import annotations

import pytest

from bot.text import normalize
from handlers.plans import states_a_plan


@pytest.mark.parametrize("text", [
    "let me think about it", "I'll have a look in the app", "got it, will order tonight", "ok I'll check it out",
    "let me ask my husband first", "I'll grab one next payday", "ok I'm gonna sleep on it", "i'll get back to you",
    "alright, I'll pop by the store this weekend", "gonna head over there tomorrow", "I'll try it tonight",
    "I need to talk to my wife", "thanks, I'll come back later", "I'll wait", "let me check with my mom, thanks",
    "我问问我老公", "好 我晚点下单", "ok 那我去小程序看看", "好的我去看看", "我跟老公商量一下", "嗯嗯 我回头去店里看看",
    "好吧 我明天再买", "我先考虑一下吧", "那我晚点再问你", "我问问我老公先", "行 我有空去快闪店试试", "我發工資再買",
])
def test_a_plan_alone(text: str) -> None:
    assert states_a_plan(normalize(text))


@pytest.mark.parametrize("text", [
    "let me know how to return", "I'll order tonight, will it ship tomorrow", "let me think, is the cream ok",
    "I'll order the ceramide cream tonight", "I need to return it", "let me talk to someone", "I need to ask something",
    "买", "下单", "看看", "我想买面霜", "我要下单", "我晚点下单今天能发货吗", "我考虑买哪个", "我问问你们有没有实体店",
    "我去小程序看了找不到优惠码", "I'll be in Toronto next week", "",
])
def test_no_plan_alone(text: str) -> None:
    assert not states_a_plan(normalize(text))
