"""Hundred-and-sixth round (docs/faq.md, faq106): blind44's Chinese and code-switched misses read as kinds (probe89
written first). A message's shape read as plain clauses (bot/content/shapes.py): the writer's bracketed inner voice
left out, a ✅ / ❓ checklist's marks and two or more slashes between Chinese fragments as clause breaks, stretched
letters and baby talk's doubled characters typed once; telegram and classical asks (如何处理 is no 何处, 贵品,
真伪, 如何辨); Cantonese 点申请 and 开放工签; someone's words quoted, then our question; a reaction told as a new
product then symptoms; a publisher's or a printer's matter. Other wordings than probe89's and the sets'; each check
of what is answered failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_dialect
from bot.content.shapes import (
    baby_talk_once,
    checklist_as_clauses,
    plain_shape,
    slashes_as_commas,
    unstretched,
    without_asides,
)
from tests.support.faq_checks import outcome


def test_asides_left_out() -> None:
    assert without_asides("精华能早晚都用吗（内心：懒得分两瓶）？") == "精华能早晚都用吗？"
    assert without_asides("能退吗 (OS: 钱包在哭)") == "能退吗"
    assert without_asides("能退吗（买了两瓶）") == "能退吗（买了两瓶）"  # a plain bracket is part of what is said


def test_checklist_as_clauses() -> None:
    assert checklist_as_clauses("✅ 已付款 ✅ 五天没动 ❓ 物流去哪查") == "已付款，五天没动，物流去哪查"
    assert checklist_as_clauses("✅ 已付款 ✅ 五天没动") == "✅ 已付款 ✅ 五天没动"  # nothing asked: as it is


def test_slashes_as_commas() -> None:
    assert slashes_as_commas("搬咗屋/新地址/點改？") == "搬咗屋，新地址，點改？"
    assert slashes_as_commas("男生/女生都能用吗") == "男生/女生都能用吗"  # one slash is "or"
    assert slashes_as_commas("12/25 前能到吗") == "12/25 前能到吗"


def test_unstretched() -> None:
    assert unstretched("好干干干 救命呀呀呀") == "好干 救命呀"
    assert unstretched("你们的霜 gooood 但 soooo 贵") == "你们的霜 good 但 so 贵"
    assert unstretched("www 打不开") == "www 打不开"
    assert unstretched("sooo good") == "sooo good"  # English alone is read by its own rules
    assert plain_shape("sooo good") == "sooo good"


def test_baby_talk_once() -> None:
    assert baby_talk_once("手手好干，脸脸也是") == "手好干，脸也是"
    assert baby_talk_once("看看脸脸") == "看看脸脸"  # one doubled word is no register
    # everyday doublings keep theirs
    assert baby_talk_once("常常长痘痘，脸脸好干，手手也是") == "常常长痘痘，脸好干，手也是"
    assert baby_talk_once("小手手和脸脸都红红痒痒") == "小手和脸都红红痒痒"  # an AABB word keeps its (红红痒痒)


def test_telegram_readings() -> None:
    assert read_dialect("何处可查 如何处理") == "哪里可查 如何处理"  # 如何处理 is no 何处
    assert "真假怎么分辨" in read_dialect("网上所售贵品 真伪如何辨")
    assert "你们的产品" in read_dialect("贵品可用否")


def test_cantonese_readings() -> None:
    assert "怎么申请" in read_dialect("你哋请人点申请")
    assert "开放工签" in read_dialect("拎紧开放工签")
    assert "九点报名" in read_dialect("九点报名")  # a time keeps its


@pytest.mark.parametrize(("text", "expected"), [
    # shapes
    ("精华还没开封，发现买重了（内心：钱都充进游戏里了），能退吗？", "return-policy"),
    ("老豆/六十幾/日日行山/剃完鬚又紅又痕/你哋有冇男士用嘅？", "mens-skincare"),
    ("✅ 住山上的民宿 ✅ 零下五度 ✅ 臉乾到脫皮 ❓ 要怎麼保養？", "winter-dry-skin"),
    ("✅ 在機場轉機 ✅ 看到你們家的乳液很便宜 ❓ 怎麼確認是正品？", "authenticity"),
    # telegram and classical
    ("网上见贵品，价极低。真伪如何辨。", "authenticity"),
    ("救命啊啊啊 擦了新精华 脸好痒痒痒 怎么办", "allergy-reaction"),
    # Cantonese
    ("揸咗十年貨車/想轉工/你哋請人點報名？", "job-apply"),
    # whether we send to the mainland, with what the recipient must give (the quote before it is another's words)
    ("外婆住杭州，她跟我讲：「帮我寄瓶面霜回来行不行？」你们寄不寄国内？要填什么资料？", "shipping-to-china"),
    # guards: other parties' matters in the same shapes
    ("出版社的版税什么时候到账（内心：等着交房租）？", None),
    ("✅ 訂了飯店 ✅ 行程改了 ❓ 訂金可以退嗎", None),
    ("隔籬酒樓/請緊人/佢哋點申請？", None),
    ("救命啊啊啊 猫猫耳朵红红的 一直挠 怎么办", None),
    ("麻雀館冷氣好勁，塊面成日紅紅痕痕，好敏感，用你哋啲嘢得唔得？", "sensitive-skin"),  # AABB: no baby talk
    ("房东跟我说：「下个月房租涨两百。」我该怎么回？", None),
    ("你们寄不寄国内？", "shipping-destinations"),  # no recipient's details asked: stays the destinations'

])
def test_outcomes(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
