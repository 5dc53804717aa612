"""Hundredth round (docs/faq.md, faq100): blind38-41's Chinese misses read as kinds (probe83 written first). A bet to
settle whose claims are the question (同X賭…佢話…我話…邊個啱, 跟X打赌…他说…我说…谁对); a question forwarded in quotes
with the forwarder's own answer (轉發X問題：「…」我答…啱唔啱); a short Chinese story of another trade (驾校, 外卖, 房租)
around a question to us, whose off-topic words count only where it asks; which first and which after, and an unopened
jar's age, in other words; other parties' matters (a document or a bank card expiring, an agency's fee, a complaint
about another shop) left unanswered. Other wordings than probe83's and the sets'; each check here failed before the
round, with guards that passed before and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import disputed_question, zh_story_then_ask
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "asked"), [
    ("同家姐賭咗一餐：佢話你哋寄唔到澳洲，我話寄得到。邊個啱？", "你哋寄唔到澳洲"),
    ("跟表哥打赌：他说你们的面霜有香精，我说没有。谁对？", "你们的面霜有香精"),
    ("轉發阿爸問題：「積分幾耐會過期？」我話唔會過期，我講啱唔啱？", "積分幾耐會過期？"),
    # guards: no bet, no forward with an answer
    ("跟你们买和在淘宝买哪个好", ""),
    ("轉發：「積分幾耐會過期？」", ""),
])
def test_the_question_of_a_bet_or_a_forward(text: str, asked: str) -> None:
    assert disputed_question(text) == asked


@pytest.mark.parametrize(("text", "asked"), [
    ("健身教练工资还没发，刚下的那单能撤回吗", "刚下的那单能撤回吗"),
    ("那单退款几天到账？等着交房租呢", "那单退款几天到账"),
    # guards: all asking, or one clause
    ("那单能撤回吗", ""),
    ("能撤回吗，多久退款", ""),
])
def test_a_story_then_a_question(text: str, asked: str) -> None:
    assert zh_story_then_ask(text)[0] == asked


@pytest.mark.parametrize(("text", "expected"), [
    ("同阿嫂賭咗一個下午茶：佢話退款要等成個月，我話幾日就到。邊個贏？", "refund-time"),
    ("跟老公打赌一顿烧烤：他说你们的防晒是化学的，我说是物理防晒。谁赢了？", "sunscreen"),
    ("和同事打了个赌：她说你们的积分两年就过期，我说永久。快说谁赢", "points-redeem"),
    ("轉發阿姨問題：「會員要唔要俾年費？」我話要，我講啱唔啱㗎？", "membership"),
    ("健身教练工资还没发，刚下的那单能撤回吗", "order-cancel"),
    ("外卖跑了一天，那单退款几天能到微信", "refund-time"),
    ("哈尔滨驾校练车，冷风吹得脸干裂，嘴唇也起皮了，怎么护", "winter-dry-skin"),
    ("那单退款几天能到支付宝？等着交驾校的尾款呢", "refund-time"),
    ("卸完妆洗了脸，先搽乜再搽乜", "routine-order"),
    ("拍完夜戲卸咗妝，搽嘢嘅次序係點", "routine-order"),
    ("買咗成年嘅眼霜一直未開過，依家仲用唔用得？", "shelf-life"),
    # other parties' matters, answered before the round
    ("学生证快过期了怎么续", None),
    ("银行卡快到期了，新卡什么时候寄", None),
    ("外籍看护的仲介费可以退吗？才做了一个月", None),
    ("淘宝上买的别家眼霜说是正品，咋投诉那个淘宝店", None),
    # guards: bets and forwards of other things, a bet lost, a pet's skin, a vague ask after another product
    ("跟同事打赌：他说明天会下雨，我说不会。谁对？", None),
    ("轉發朋友問題：「考車牌要幾錢？」我話兩千，啱唔啱？", None),
    ("同老公賭咗今晚湖人贏，結果輸咗，要請佢食飯", None),
    ("教练跑路了，年卡能退吗", None),
    ("护照快到期了，去哪里换", None),
    ("我家狗狗脸上掉毛又红，是不是皮肤敏感", None),
    ("飲咗親戚介紹嘅中藥之後塊面腫咗 點算", None),
])
def test_outcomes(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
