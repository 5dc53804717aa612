"""Hundred-and-ninth round (docs/faq.md, faq109): blind45's Chinese and code-switched misses and its no-answer
messages answered, read as kinds of message structure (probe92 written first). A reaction red all over or itching
still with the first step asked (a 歇后语's meaning: 通红); a ledger's 大写 numerals, lead and item lines
(bot/content/shapes.py `everyday_numerals`, `ledger_asked`); fill-in-the-blank asks (`blank_asked`); what was
already tried before the ask (`tried_first`, read only when the whole answers nothing); a change of trade then how to
apply; one's languages then whether they are enough for our store; one's status with whether it can be hired; people
of any kind introduced; Hong Kong's English sending verb said A唔A; and other parties' matters in the same shapes (a
platform's deposit, an invoice the follower issues to her own customer). Other wordings than probe92's and the sets';
each check here failed before the round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.shapes import blank_asked, everyday_numerals, ledger_asked, tried_first
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # a reaction red all over or itching still, the first step asked (a 歇后语's meaning: 通红)
    ("用了新面霜，脸是关公照镜子——通红，还痒，现在第一步要做啥？", "allergy-reaction"),
    # a ledger: 大写 numerals, its lead and its item lines
    ("记一笔：爽肤水叁瓶，合计贰佰肆拾元，寄到多伦多要几天？", "shipping-time"),
    ("记账：会员积分贰仟伍佰分，能抵多少钱？", "points-redeem"),
    # a change of trade, then how to apply
    ("揸咗八年的士，想轉吓行，你哋門市請人點申請？", "job-apply"),
    ("送了六年快递，想换个行当，去你们店里上班咋申请？", "job-apply"),
    # what was already tried before the ask
    ("我開了兩間選物店，想把你們的面霜放在店裡賣，已經寄過信，還是沒人回，要跟誰談合作？", "wholesale-partnership"),
    # one's languages, then whether they are enough for our store
    ("只會講國語同一點客家話，英文不太行，去你們門市夠嗎？", "job-language"),
    # one's status named, can it be hired
    ("我拿的是陪读的身份，想去你们店里打工，这种身份能不能被雇？", "job-work-permit"),
    # people of any kind introduced, and what the follower gets
    ("介紹咗幾個行山友註冊買嘢，我自己有咩着數？", "referral"),
    # an English sending verb said A唔A
    ("有個客喺Perth，你哋ship唔ship去澳洲？", "shipping-destinations"),
])
def test_answered_since_the_round(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an invoice the follower is asked to issue to her own customer
    ("客户让我开张发票给他公司报销，我一个自由职业的去哪开？", None),
])
def test_no_answer_since_the_round(text: str, expected: None) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same shapes where the entry got is right
    ("我英语是哑巴说话——一句没有，只会普通话，你们招人要会英语吗？", "job-language"),
    ("购面霜贰瓶，未拆封，拾日内，能不能退？", "return-policy"),
    ("收货一箱，碎了壹瓶，漏了一地，怎么处理？", "package-problem"),
    ("给广州的姐姐寄礼物，预算人民币贰仟元，寄大陆要什么证件？", "shipping-to-china"),
    ("第一次用A醇，一週擦____次比較好？", "retinoid-start"),
    ("我已經投過履歷，等了三個禮拜都沒消息，去哪裡看進度？", "job-application-status"),
    ("拿开放工签，能在你们店里上班吗？", "job-work-permit"),
    ("你们寄不寄新西兰？", "shipping-destinations"),
    # another party's matter, no answer before and after
    ("【求助】跑腿平台扣了我一百押金，申诉后多久能退回来？", None),
    ("民宿房东说订金要____天才退，去哪里申请？", None),
    ("我已經打過電話給健身房、也寄過信，年費扣了兩次還是沒退，要怎麼辦？", None),
])
def test_guards_stay(text: str, expected: str | None) -> None:
    assert outcome(text) == expected


def test_the_readings() -> None:
    assert everyday_numerals("面霜贰瓶，壹佰陆拾元") == "面霜二瓶，一百六十元"
    assert everyday_numerals("寄大陆的队伍") == "寄大陆的队伍"  # 陆, 伍 alone are everyday words
    assert ledger_asked("记一笔：面霜二瓶，共计一百六十元，寄到温哥华要几天？", False) == "寄到温哥华要几天？"
    assert ledger_asked("收货一箱，碎了一瓶，怎么处理？", True) == "收货一箱，碎了一瓶，怎么处理？"
    assert blank_asked("一週擦____次") == "一週擦几次"
    assert blank_asked("是不是____（正品）？") == "是不是正品？"
    assert tried_first("我已經找過粉專，還是沒人回，要跟誰談合作？") == "要跟誰談合作？"
    assert tried_first("我已經投履歷兩個禮拜了，在哪看進度？") == ""
