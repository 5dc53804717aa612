"""Ninety-eighth round (docs/faq.md, faq98): blind38's and blind39's misses read as kinds (probe81 written first).
Hong Kong Cantonese words the reading lacked (幾點先 a time, not 點先's "how then"; 下晝; 乜 alone; 部電話 the phone;
今日寄 shipped today; 覆繁體 a reply's script); a pastime told as the follower's own time (熬夜追劇, 追劇追到一半,
露營回來, 那週我在山上露營, back from camping) around a question of an order, our messages or a reaction, no more a
veto of another trade; a short Chinese message typed in phrases a space apart, whose asking phrase (with the one
before it) answers the entry the whole reads toward. Other wordings than probe81's and the sets'; each check here
failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import pastime_as_time, zh_phrases_question
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "asked"), [
    ("湊仔湊到頭暈 買多咗一張單 可唔可以取消一張", "買多咗一張單 可唔可以取消一張"),
    ("生日禮怎麼領 我那週剛好出國 想犒賞自己", "生日禮怎麼領"),
    # guards: two phrases, two asking phrases, punctuation: no phrase reading
    ("積分點用 可以換乜", ""),
    ("下單了 怎麼查 什麼時候到", ""),
    ("追劇好累，積分可以點用 想問下", ""),
])
def test_the_asking_phrase_of_a_message_in_phrases(text: str, asked: str) -> None:
    assert zh_phrases_question(text) == asked


@pytest.mark.parametrize(("text", "told"), [
    ("每晚追劇到凌晨 臉好乾", True),
    ("上個週末去露營 回來臉好紅", True),
    ("we were camping all weekend and my package went missing", True),
    # guards: the pastime's own matter asked
    ("露營裝備推薦哪家", False),
    ("追劇平台哪個好", False),
])
def test_a_pastime_told_as_the_followers_own_time(text: str, told: bool) -> None:
    assert pastime_as_time(normalize(text)) is told


@pytest.mark.parametrize(("text", "expected"), [
    # Hong Kong Cantonese words
    ("你哋個推廣成日震我部電話 點樣唔再收", "stop-messages"),
    ("佢問嘢你可唔可以覆簡體", "language"),
    # a pastime told as the follower's own time
    ("露營那三天家裡沒人 包裹顯示已送達卻找不到 怎麼辦", "package-problem"),
    ("got back from camping and my parcel shows delivered but it is not here", "package-problem"),
    # a short message in phrases
    ("帶孖仔去公園 日日曬 我有好多積分 可以換乜", "points-redeem"),
    ("追劇熬夜臉很乾 生日禮怎麼領 想犒賞自己", "birthday-gift"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guards: the pastime's own matter, another's hours, the plain questions
    ("露營裝備推薦哪家", None),
    ("追劇平台哪個好", None),
    ("巴士幾點有車", None),
    ("we went camping last week, which campsite do you like", None),
    ("我哋幾點食飯", None),
    ("今天寄到溫哥華要多少錢", None),
    ("積分可以點用", "points-redeem"),
    ("可以取消訂單嗎", "order-cancel"),
    ("星期六幾點先有人覆你哋", "business-hours"),
])
def test_guards(text: str, expected: str | None) -> None:
    assert outcome(text) == expected


def test_a_broken_phone_is_no_question_of_ours() -> None:
    """部電話 read as 手機 made "部電話壞咗點算" order-change-address's (its menu before): a phone shop's matter."""
    assert outcome("部電話壞咗點算") is None
