"""Ninety-third round (docs/faq.md, faq93): blind39's answerable misses read as ways of typing (probe76 written first).
Handwriting and pinyin input typed a character or a word at a time with its full-width punctuation standing apart;
voice input's homophones (优惠吗, 小成序, Cantonese 星级) and its run-ons closed by a particle instead of a comma;
Hong Kong Cantonese words the lexicon lacked (甩皮, 爆晒, 油淋淋, 男人老狗, 唔识); new graduates' formal letters
(尊敬的贵司负责人, 冒昧, 盼复为感, 二面); a secretary's receipt or address change with the order number given; hurried
shorthand (pt shifts, m-f, the return "got there", "don't tell me ..."); followers and likes sold by the thousand.
Other wordings than probe76's and the sets'; each check here failed before the round, with guards that passed before
and still do."""

from __future__ import annotations

import pytest

from bot.content.faq import joined_handwriting, punctuated_handwriting
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "joined"), [
    ("你好 ，面 霜 多 少 钱 ？ 我 想 买 两 瓶 。", "你好，面霜多少钱？我想买两瓶。"),
    ("请问 ，维 C 和 A 醇 能 一 起 用 吗 ？", "请问，维 C 和 A 醇能一起用吗？"),
])
def test_spaced_words_with_their_punctuation_apart_are_joined(text: str, joined: str) -> None:
    assert joined_handwriting(text) == joined


@pytest.mark.parametrize("text", [
    # guards: a writer who spaces clauses, a Latin word of its own, no punctuation (joined only when it answers nothing)
    "老铁 俺们在德国杜塞尔多夫 你家这玩意儿能整到德国不",
    "请问 ，toner 能 寄 到 美国 吗 ？",
    "请问 会员 怎么 办理 要 交钱 吗",
])
def test_other_spacings_are_read_as_typed_first(text: str) -> None:
    assert punctuated_handwriting(text) == text


@pytest.mark.parametrize(("text", "entry"), [
    # spaced with full-width punctuation
    ("您好 ，我 的 包 裹 寄 出 三 天 了 ，怎 么 查 到 了 哪 里 ？", "order-tracking"),
    ("您好 ，我 外 甥 女 想 應 徵 ，她 只 會 講 英 文 ，中 文 不 太 會 ，可 以 嗎 ？", "job-language"),
    # voice input's homophones
    ("俺家小子给了个优惠吗说能便宜点在哪输啊俺输了没反应", "promo-code"),
    ("那个我在果园摘果子呢就问下小成序里咋改地址", "order-change-address"),
    # a run-on closed by particles
    ("我老婆買咗枝乳液未開過退唔退得呀有冇時限㗎我喺長洲", "return-policy"),
    # Cantonese words
    ("我阿爸成日行山塊面油淋淋男人老狗用唔用得你哋啲嘢", "mens-skincare"),
    ("冬天我塊面成日甩皮你哋有冇嘢可以搽", "winter-dry-skin"),
    # formal letters
    ("尊敬的贵公司负责人：冒昧来信，本人已于上周完成终面，至今未收到结果，盼复为感。", "job-application-status"),
    # a receipt or an address with the order number given
    ("總經理交代要報帳，請開收據，抬頭寫公司，訂單LM50023311", "receipt-invoice"),
    ("地址打成舊公司了 還沒出貨能改成新的嗎 LM50023312", "order-change-address"),
    # hurried shorthand
    ("any pt jobs? m-f after 5 only", "job-part-time"),
    ("MY CHIN IS BREAKING OUT AGAIN!!! WHAT'S FOR ACNE AND DON'T TELL ME TO STOP EATING CHOCOLATE", "acne-prone"),
])
def test_ways_of_typing_now_answer(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: the plain questions keep their answers
    ("有优惠吗", "promo-code"),
    ("优惠码在哪里输入", "promo-code"),
    ("寄到多伦多要几天", "shipping-time"),
    ("單號LM50023313 到哪了", "order-tracking"),
    ("我想开收据", "receipt-invoice"),
    ("can I work part time?", "job-part-time"),
])
def test_plain_questions_keep_theirs(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # followers sold by the thousand
    "代購IG粉絲，一萬個粉只要五百元",
])
def test_another_bodys_matter_or_an_advert_gets_no_answer(text: str) -> None:
    assert outcome(text) is None
