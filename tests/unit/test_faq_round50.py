"""Fiftieth round (docs/faq.md): the formal, business-letter register (probe33). Kinds: its openings and closings
(尊敬的客服, 敬启者, 此致敬礼, 顺颂商祺, 望复为盼; "Dear Sir or Madam", "Kind regards") ask nothing; its
是否 / 能否 / 可否 + verb is the plain question; 办理 / 手续 / 事宜 / 相关 are the matter itself (会员如何办理 stays
the membership's); 贵司 is us, 本人 the writer, 拟 wanting; its written words (初次, 尚未, 所购, 面部, 瘙痒) the plain
ones. An organisation addressed as 贵行, 贵校, 贵院 is not us. Each kind tested in other wordings than probe33's,
with guards."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # the procedure asked of a matter (如何办理, 相关手续, 事宜): the matter's entry, not the membership's 会员怎么办理
    ("尊敬的客服您好：本人拟将昨天所下的订单取消，烦请告知相关手续如何办理。", "order-cancel"),
    ("您好，关于换货事宜，请问需要办理哪些手续？望复。", "exchange"),
    ("您好，本人报销需要收据，请问应如何办理？顺颂商祺", "receipt-invoice"),
    # guard: the membership's own 如何办理 stays the membership's
    ("您好，请问贵公司会员如何办理？", "membership"),
])
def test_the_procedure_asked_is_the_matter_asked(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # 是否 / 可否 + verb and 贵司: the plain question, asked of us
    ("敬启者：请问贵司是否提供小样试用？此致 敬礼", "samples"),
    ("您好，请问贵公司是否设有实体店？谢谢。", "store-locations"),
    ("烦请告知贵司产品是否适合长痘痘的皮肤。", "acne-prone"),
    ("您好，煩請告知貴司是否可寄送至香港？", "shipping-destinations"),
])
def test_whether_a_verb_asked_formally_is_the_plain_question(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # written words for plain ones (初次 第一次, 面部 脸上, 瘙痒 痒, 应如何处理 怎么办)
    ("您好，本人初次使用视黄醛精华，请问有何注意事项？", "retinoid-start"),
    ("您好，本人使用精华后面部起红疹并伴有瘙痒，请问应如何处理？", "allergy-reaction"),
])
def test_written_words_are_read_as_plain_ones(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # formal English: a salutation, a reference and a sign-off around the question
    ("Dear Customer Service Team, I wish to cancel the order I placed yesterday. Please advise the process. "
     "Best regards", "order-cancel"),
    ("Further to my order of last Monday, could you please confirm its current status?", "order-tracking"),
    ("Regarding my parcel sent last week, could you please update me on its status?", "order-tracking"),
])
def test_formal_english_is_read_without_its_letter(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # another organisation addressed in the same register: not ours
    "您好，请问贵校研究生申请进度如何查询？",
    "尊敬的客服：请问贵行信用卡如何办理相关手续？",
    "您好，请问贵院的体检报告如何领取？",
    "您好，请问税务局的退税多久到账？",
    "Dear Sir or Madam, could you kindly advise the status of my mortgage application?",
])
def test_another_organisation_addressed_formally_is_not_ours(text: str) -> None:
    assert outcome(text) is None
