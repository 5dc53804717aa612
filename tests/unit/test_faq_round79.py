"""Seventy-ninth round (docs/faq.md, faq79): blind31's Chinese-side misses read as kinds (probe62 written first):
Xinjiang Mandarin (麻达, 羊缸子, 巴郎子, X得很, 咋回事 of a reaction), Guangxi and Hainan Mandarin (克 for 去, a final
咯), classical and literary Chinese (吾, 贵店, 此物, a final 否 or 乎, 可否, 何处), Chinese in Europe typing a parcel's,
an invoice's or a discount's local word, Indonesian mixed into Chinese (kak, gimana, nggak, udah, poin, paket), office
workers' "check 一下" and OT, anxious openers (不好意思打扰了, 冒昧问一下), a parent asking for a teenager's
breakouts, a wrong assumption stated first (你们不是只…吗), an item short by count (少一支), A醇 / A醛 in a Chinese
sentence, and the no-answer messages of another body (a supermarket's card, a town hall, a school's work-study, a
travel permit, a study permit's extension typed as keywords). Each kind tested in other wordings than the sets' and
the probe's, with guards that keep their answers."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_classical, read_dialect, read_indonesian
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("kak, kirim ke Bandung bisa nggak? mau beli 面霜", "shipping-destinations"),
    ("kak, paket aku udah dua minggu belum sampai, 单号在哪看 gimana?", "order-tracking"),
    ("kak poin aku bisa tukar apa? 积分能换什么", "points-redeem"),
    ("toner nya salah warna, belum dibuka, bisa tukar nggak kak?", "exchange"),
    ("kak 我想 batal pesanan, udah bayar bisa nggak?", "order-cancel"),
])
def test_indonesian_mixed_in(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("吾居巴黎，貴店可寄往法蘭西否？", "shipping-destinations"),
    ("吾母年事已高，膚易敏，此乳可用否？", "sensitive-skin"),
    ("此霜含香精否？", "fragrance-alcohol-free"),
    ("吾所購之包裹，今在何處？", "order-tracking"),
    ("昨夜下單有誤，可否撤單？", "order-cancel"),
    ("貴店所售之物，皆正品否？", "authenticity"),
    ("貴店之物，曾以兔試之否？", "cruelty-free"),
    ("可否以英文回覆？", "language"),
])
def test_classical_chinese(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("乳液擦了以后脸上痒得很，起了些红点，咋回事？", "allergy-reaction"),
    ("我羊缸子怀上了，抹你们的防晒有没有麻达？", "pregnancy-safe"),
    ("我家巴郎子上初三了，脸上痘痘多得很，给他用你们哪样好？", "acne-prone"),
    ("我们丫头子读高一，额头一直长闭口，有适合她的吗", "acne-prone"),
    ("我想克你们门店试一下，店在哪咯？", "store-locations"),
    ("退货寄回克了，退款几时到账咯？", "refund-time"),
])
def test_xinjiang_guangxi_and_parents(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("米兰的 pacco 寄来瓶子碎了，怎么办", "package-problem"),
    ("寄到意大利会被 dogana 收税吗", "customs-duties"),
    ("公司要 fattura，可以开发票吗", "receipt-invoice"),
    ("麻煩 check 下我的退款到了沒，都三個禮拜了", "refund-time"),
    ("打扰了，想问下我的包裹签收了可是没收到怎么办", "package-problem"),
    ("冒昧请教一下，你们招兼职吗？", "job-part-time"),
    ("收到快递了，但是少一瓶爽肤水，订单上是两瓶", "package-problem"),
    ("你们不是说都包邮吗，怎么运费还要另算", "shipping-cost"),
    ("第一次用A醇，可以每天晚上都涂吗", "retinoid-start"),
    ("派件员说要先付一笔钱才能把包裹给我，正常吗", "customs-duties"),
    ("温哥华有没有地方可以先试用你们的东西？", "store-locations"),
    ("寄到伦敦大概要等两个星期吧？", "shipping-time"),
    ("面霜买成清爽型的了，想要滋润的，能换个别的吗？还没开", "exchange"),
    ("本來以為只能取關才能不收推播，但我還有問題要問，還有其他辦法嗎", "stop-messages"),
    ("最近加班加到很晚，額頭一直冒痘，有推薦的嗎", "acne-prone"),
    ("我兒子上國三想開始保養，早晚要擦哪些、順序是什麼？他什麼都不懂", "routine-order"),
])
def test_europe_office_anxious_and_assumptions(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "Albert Heijn 的积分卡怎么注册？",
    "Lidl 的 app 积分能换什么",
    "德国 Anmeldung 一般要等多久才有 Termin",
    "意大利 permesso di soggiorno 续签去哪里办",
    "学校的勤工俭学申请结果什么时候出",
    "澳洲 工签 延期 多久能批",
    "办台胞证要几天？",
])
def test_another_bodys_matter(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # guards: modern Chinese with 是否 / 因此 reads as before, a lone "kak" or an English message is not
    # Indonesian, a chocolate's 克, grams, 克服, Taiwan's 工讀生 (a shop's part-timer), A醇 in a routine's order
    ("你们是否可以寄到新加坡？", "shipping-destinations"),
    ("因此我想问下退货运费谁出", "return-policy"),
    ("do you ship to indonesia?", "shipping-destinations"),
    ("有巧克力味的唇膏吗", None),
    ("門市有在找工讀生嗎？暑假想打工", "job-part-time"),
    ("晚上的A醇要放在面霜前面还是后面", "routine-order"),
])
def test_neighbours_keep_their_answers(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "read"), [
    ("巧克力味的唇膏", "巧克力味的唇膏"),
    ("50克装的面霜", "50克装的面霜"),
    ("怎么克服换季过敏", "怎么克服换季过敏"),
])
def test_words_that_keep_their_sense(text: str, read: str) -> None:
    assert read_dialect(normalize(text)) == read


def test_readers_only_with_their_marks() -> None:
    assert read_indonesian(normalize("kak can you ship to bali")) == normalize("kak can you ship to bali")
    assert read_indonesian(normalize("kak bisa kirim ke bali nggak")) == "ship to bali"
    assert read_classical(normalize("此外还想问运费")) == normalize("此外还想问运费")
    assert read_classical(normalize("此物可用否")) == "这个产品可用吗"
    assert read_classical(normalize("吾因此欲退货")) == "我因此想退货"
