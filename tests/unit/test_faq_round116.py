"""Hundred-and-sixteenth round (docs/faq.md, faq116): blind46's Chinese and code-switched misses read as kinds of
message STRUCTURE (probe99 written first): the framing a follower puts before the ask, set aside
(bot/content/shapes.py `framing_set_aside`): a diary's dated line with the weather (read whole, its date became an
identifier and its weather a remark: small talk), a loudspeaker's lead and sign-off, a commentator's opener, an
English weather or sea header before a Chinese ask (a weather remark: the hello), a wrong-chat note (发错了 read as a
wrong item sent). Other wordings than probe99's and the sets'; each check here failed before the round, with guards
(the same framings about another matter, 发错 as a wrong item sent, a framing whose message as typed reads surer) that
passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # a diary's date and weather
    ("2月2日 小雨。釉面的粉尘够呛了，洗面奶里加没加香精？", "fragrance-alcohol-free"),
    # a loudspeaker's lead and sign-off
    ("喂喂，现在播报：你们寄到温哥华要几天？广播完毕。", "shipping-time"),
    # a commentator's opener
    ("赛前播报：打了一晚上排位，脸上爆了好多痘，你们有适合的吗？", "acne-prone"),
    # an English weather or sea header
    ("Sunny, 33°C, UV 12. 你们的防晒能防水吗?", "sunscreen"),
    ("Heavy rain, 8°C. 我的 order 一个礼拜了还没到, 怎么 track?", "order-tracking"),
    # a wrong-chat note
    ("发错了，这是给我老公的. 顺便问: 你们寄不寄新西兰?", "shipping-destinations"),
    ("发错群了 sorry. 顺便问: 会员年费要多少?", "membership"),
])
def test_framing_set_aside(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same framings, another matter
    ("喂喂，村民们注意：明天上午九点开会，广播完毕。", None),
    ("Swell 2m. 明天的船几点开?", None),
    ("发错群了. 顺便问一下: 周六的聚餐在哪个饭店?", None),
    ("Fog, 5°C. 今天的航班会延误吗?", None),
    # 发错 as a wrong item sent; a stage direction, an interruption, already answered
    ("你们发错颜色了，能换吗", "exchange"),
    ("（掀開布簾）想問一下會員生日有禮物嗎？", "birthday-gift"),
    ("我想換個色號（客人叫我找錢…）好了，未開封可以換嗎？", "exchange"),
    # a loudspeaker's lead whose message as typed reads surer (its colon before the ask)
    ("喂喂，现在播报：俺在你们那儿买的东西说是发了，走到哪儿了咋查？", "order-tracking"),
    ("10月8日 晴。攒了两千多分，能当钱用吗？", "points-redeem"),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
