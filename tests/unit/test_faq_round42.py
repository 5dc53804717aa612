"""Forty-second round (docs/faq.md): blind23's simplified-Chinese dialect, Europe, complaint and mum misses and its
mixed pinyin ones read as kinds (probe25): northeastern Mandarin words, a yes-no tag 不, sarcasm that stands for
"when", a peeling face drawn as a picture, a floor asked, friends brought along, one's own supermarket, pinyin's
等级. Each kind tested in other wordings than blind23's and probe25's, with guards."""

from __future__ import annotations

import pytest

from tests.unit.test_faq_followers import answered


@pytest.mark.parametrize(("text", "entry"), [
    # 俺 / 玩意儿 / 整到 a place / a tag 不: can it be sent there
    ("俺在英国伦敦 你家这玩意儿能整到英国不", "shipping-destinations"),
    # 头回 (the first time), 一礼拜 (a week), 几回 (how many times)
    ("头回用A醛 一礼拜用几回", "retinoid-start"),
    # 搁哪疙瘩 (where): a 疙瘩 alone stays a bump
    ("你家店搁哪疙瘩 俺想去试试", "store-locations"),
    # guards: a pet's trouble said in the same words asks nothing of ours
    ("老铁 俺家猫不吃饭 咋整", None),
])
def test_northeastern_mandarin_is_read_as_the_faq_words(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # asked whether they speak Chinese, with one's own English 不中 after it: the shop's language
    ("客服会说中文不 我英文不中", "language"),
    # guard: the same said of a job stays the job's language
    ("能去你们店里上班不 我英文不中", "job-language"),
])
def test_a_tag_question_asking_if_they_speak_chinese_is_the_shops_language(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("退款半个月了还没到 你们是打算拿去吃利息吗", "refund-time"),
    # guard: a landlord's deposit, kept the same way, is no refund of ours
    ("房东押金扣着不还 他是打算留着过年吗", None),
])
def test_sarcasm_about_money_kept_asks_when(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("用A醇第三天 脸皮掉得跟头皮屑一样 正常吗", "retinoid-start"),
    ("白得跟刷了墙一样 防晒都这样吗", "sunscreen"),
    # guard: a pet snake's shedding
    ("家里的蛇蜕皮蜕得一块一块的 正常吗", None),
])
def test_a_face_peeling_or_a_picture_after_de_is_read_for_what_it_says(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # a bare 补 beside sunscreen is reapplying it
    ("下个月去泰国海边 你家防晒防水吗 要不要一直补", "sunscreen"),
    # guard: a missing item to be sent again keeps its entry
    ("少发了一件 要不要补", "package-problem"),
])
def test_sunscreens_bare_bu_is_reapplying(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # one's own supermarket may stock ours
    ("我开了一家亚洲超市 想卖你们的产品 怎么合作", "wholesale-partnership"),
    # guards: a supermarket one works at or shops at stays another trade's
    ("在超市打工 工资怎么算", None),
    ("超市几点关门", None),
])
def test_ones_own_supermarket_is_a_shop(text: str, entry: str | None) -> None:
    assert answered(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # a group one is in is where the story happens, not a group asked to join
    ("宝妈群里有人发拼团链接 靠谱吗", None),
    ("huiyuan dengji zenme suan", "membership"),  # pinyin's dengji is 等级 here, not 登机
])
def test_a_group_one_is_in_and_pinyins_dengji(text: str, entry: str | None) -> None:
    assert answered(text) == entry
