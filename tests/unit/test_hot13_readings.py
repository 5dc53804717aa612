"""Branch hot13 (issue 10's performance part): more of the handlers' text-only readings made once per text and kept
per content version (bounded, as Content.remembered keeps them), and checks asked only when their answer can matter.
Each reading gives what the code before it gave (the old readings are written out here, as they were)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

import bot.pending_menu as pending_menu_module
import bot.router as router
import handlers.careers as careers
import handlers.catchup as catchup
import handlers.common as common
import handlers.community as community
import handlers.follow_up as follow_up
import handlers.handoff as handoff
import handlers.help as help_handler
import handlers.optout as optout
import handlers.qa as qa
import handlers.referral as referral
import handlers.shop as shop
from bot.content.model import SCAN_MEMO_SIZE, Content
from bot.member import Member
from bot.pending_menu import MENU_FIELD
from bot.text import LOCALES, ZH, command_text, detect_locale, has_cjk, letters, terms, without_stickers
from tests.support.factories import demo_content, make_inbound, make_member

MEMBER = make_member(lc="zh")
FAQ_QUESTION = "可以寄到美国吗？"  # bench/peers.py's demo FAQ question
TEXTS = (
    "可以寄到美国吗？", "运费多少", "jobs in toronto", "is it full time?", "全职吗", "工资多少", "还有吗", "any more?",
    "加你微信", "推荐链接", "邀请码", "怎么退群", "进群", "多伦多的群", "join the sydney group", "人工",
    "转人工 订单号12345", "人工 lm12345678", "算了，取消人工吧", "不用人工了", "取消", "what about the US?",
    "那英国呢", "那个A醛精华呢", "what about the toner", "I'm in Toronto", "我在温哥华", "[Smile]", "[微笑]", "123",
    "。。。", "", "hi", "TD", "how much is the serum", "面膜怎么用", "cheaper?", "@露米 这个多少钱",
    "how much?", "how do i join", "where is it", "几点关门", "要多久", "怎么操作",
)


def fresh() -> Content:
    return dataclasses.replace(demo_content())  # a content version of the test's own: empty memos


def counting(monkeypatch: pytest.MonkeyPatch, module: Any, names: tuple[str, ...]) -> Counter[str]:
    """Calls of `module`'s functions `names`, counted (each still answers as before)."""
    calls: Counter[str] = Counter()
    for name in names:
        original: Callable[..., Any] = getattr(module, name)

        def counted(*args: Any, _name: str = name, _original: Callable[..., Any] = original, **kwargs: Any) -> Any:
            calls[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return calls


# The shop ------------------------------------------------------------------------------------------------------------


def test_the_shop_reads_the_follow_up_only_of_a_message_it_would_take(monkeypatch: pytest.MonkeyPatch) -> None:
    content = fresh()
    calls = counting(monkeypatch, shop, ("followed_entry", "_asks_only_to_buy"))
    followed = make_member(lc="zh", fu=f"shipping-destinations|{int(make_inbound('x').sent_at.timestamp())}")
    assert shop.ShopHandler().match(make_inbound(FAQ_QUESTION), followed, content) is None
    assert calls == Counter()  # not the shop's, quoting nothing: neither asked
    found = shop.ShopHandler().match(make_inbound("多少钱", quote_text="神经酰胺修护霜"), MEMBER, content)
    assert found is not None and calls == Counter({"_asks_only_to_buy": 1, "followed_entry": 1})


def test_a_product_follow_up_after_a_per_product_answer_stays_the_faqs() -> None:
    content = fresh()
    entry = next(e for e in content.faq if e.per_product)
    sent = make_inbound("那个A醛精华呢")
    followed = make_member(lc="zh", fu=f"{entry.id}|{int(sent.sent_at.timestamp())}")
    assert shop.ShopHandler().match(sent, MEMBER, content) is not None  # the serum, to a member who asked nothing
    assert shop.ShopHandler().match(sent, followed, content) is None  # the answer it follows up on, again


# The jobs ------------------------------------------------------------------------------------------------------------


def old_careers_asked(text: str) -> str:
    return "pay" if careers.PAY_ASKS.fullmatch(text) else "more" if careers.MORE_ASKS.fullmatch(text) else ""


@pytest.mark.parametrize("text", TEXTS)
def test_the_jobs_words_read_what_the_checks_read(text: str) -> None:
    said = fresh().remembered(careers.Words)(terms(make_inbound(text)))
    assert said.follow_up == old_careers_asked(said.text)
    assert said.kind_asked_alone == careers._kind_asked_alone(said.text)


def test_the_jobs_words_are_read_once_per_text_and_content_version(monkeypatch: pytest.MonkeyPatch) -> None:
    content = fresh()
    calls = counting(monkeypatch, careers, ("_kind_asked_alone",))
    handler = careers.CareersHandler()
    assert handler.match(make_inbound(FAQ_QUESTION), MEMBER, content) is None
    assert handler.match(make_inbound(FAQ_QUESTION), MEMBER, content) is None
    assert calls["_kind_asked_alone"] == 1
    assert handler.match(make_inbound(FAQ_QUESTION), MEMBER, dataclasses.replace(content)) is None
    assert calls["_kind_asked_alone"] == 2  # a new content version reads afresh
    assert content.remembered(careers.Words).cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]
    found = handler.match(make_inbound("is it full time?"), MEMBER, content)
    assert found is not None and found.data == {"city": "", "keyword": "", "which": "yes"}


# The follow-up -------------------------------------------------------------------------------------------------------


def old_followed_entry(inbound: Any, member: Member | None, content: Content) -> str:
    """handlers.follow_up.followed_entry without hot13's one lookup (each reading made in turn), with lead31's aspects
    ("how much?" after the shipping times), lead32's doings named ("how do i apply") and its guard (a place follows
    up only an entry that differs by place)."""
    followed = follow_up.remembered_entry(member, int(inbound.sent_at.timestamp()))
    if not followed:
        return ""
    text = command_text(inbound)
    place = follow_up.follow_up_place(text, content)
    if place:
        return followed if follow_up.follows_up(followed, content) \
            and follow_up.answers_for(f"{followed}|{place}", content) else ""
    entry = content.faq_entry(followed)
    if entry is None:
        return ""
    aspect = "" if follow_up.names_products_only(text, content) else follow_up.aspect_asked(text, content)
    if aspect == "how":  # lead32: a doing named continues the last answer only when it speaks of it
        verb = follow_up.how_verb(text, content)
        named = dict(entry.follow_ups).get(aspect)
        return named or (followed if not verb or follow_up.speaks_of(f"{followed}|{verb}", content) else "")
    if aspect and entry.follow_ups:
        return dict(entry.follow_ups).get(aspect, "")
    return followed if entry.per_product and follow_up.names_products_only(text, content) else ""


def test_the_follow_up_is_what_it_was() -> None:
    content = fresh()
    now = int(make_inbound("x").sent_at.timestamp())
    per_product = next(e.id for e in content.faq if e.per_product)
    members = [None, MEMBER, make_member(fu=""), make_member(fu=f"shipping-time|{now - 60}"),
               make_member(fu=f"shipping-destinations|{now}"), make_member(fu=f"shipping-time|{now - 3600}"),
               make_member(fu=f"store-locations|{now}"), make_member(fu=f"{per_product}|{now}"),
               make_member(fu=f"no-such-entry|{now}"), make_member(fu="shipping-time|soon")]
    seen = set()
    for text in TEXTS:
        for member in members:
            got = follow_up.followed_entry(make_inbound(text), member, content)
            assert got == old_followed_entry(make_inbound(text), member, content), (text, member)
            seen.add(got)
    assert {"", "shipping-time", per_product} <= seen  # each way of answering was met


def test_a_message_that_follows_up_on_nothing_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    content = fresh()
    calls = counting(monkeypatch, follow_up, ("follow_up_place", "names_products_only", "remembered_entry"))
    now = int(make_inbound("x").sent_at.timestamp())
    member = make_member(fu=f"shipping-destinations|{now}")
    for _ in range(3):
        assert follow_up.followed_entry(make_inbound(FAQ_QUESTION), member, content) == ""
        assert follow_up.followed_entry(make_inbound(FAQ_QUESTION), MEMBER, content) == ""
    assert calls == Counter({"follow_up_place": 1, "names_products_only": 1})  # the member's field never read


# Where a member lives, said as the whole message --------------------------------------------------------------------


def test_where_a_member_lives_said_whole_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch) -> None:
    content = fresh()
    calls = counting(monkeypatch, qa, ("_lives_in_said",))
    said = make_inbound("我在温哥华")
    city = qa.residence(said, content, whole=True)
    assert city is not None and city.id == "vancouver"
    assert qa.residence(make_inbound("我在温哥华"), content, whole=True) is city
    assert calls["_lives_in_said"] == 1
    assert qa.residence(make_inbound(FAQ_QUESTION), content, whole=True) is None
    assert qa.residence(said, dataclasses.replace(content), whole=True) is city  # read afresh, the same city
    assert calls["_lives_in_said"] == 3


# The reply's language ------------------------------------------------------------------------------------------------


def old_detect_locale(text: str, hint: str | None = None) -> str:
    text = without_stickers(text)
    if has_cjk(text):
        return ZH
    if any(ch.isalpha() for ch in text):
        return "en"
    return hint if hint in LOCALES else ZH


@pytest.mark.parametrize("hint", [None, "", "zh", "en", "fr"])
def test_the_language_of_a_text_is_what_it_was(hint: str | None) -> None:
    for text in (*TEXTS, "[Smile] ok", "shipping 到多伦多", "Ｓｈｉｐ", "😀", "１２３", "/:smile", "é"):
        assert detect_locale(text, hint) == old_detect_locale(text, hint), text


def test_the_language_of_a_text_is_remembered_by_text() -> None:
    letters.cache_clear()
    assert letters("可以寄到美国吗") == (True, "zh") and letters("[Smile]") == (True, "")
    assert letters("123") == (False, "")
    letters("可以寄到美国吗")
    assert letters.cache_info().hits == 1 and letters.cache_info().maxsize == 4096


def old_reply_locale(inbound: Any, member: Member | None, default: str) -> str:
    """bot.pending_menu.reply_locale before branch hot13."""
    if not any(ch.isalpha() for ch in command_text(inbound)):
        shown_in = pending_menu_module.pending_menu_locale(member, inbound)
        if shown_in:
            return shown_in
    return old_detect_locale(command_text(inbound), member.locale if member is not None and member.locale in LOCALES
                             else default)


def test_the_reply_language_is_what_it_was() -> None:
    shown = int(make_inbound("x").sent_at.timestamp())
    members = [None, make_member(), make_member(lc="en"), make_member(lc="fr"),
               make_member(lc="zh", mn=f"tut|{shown}|a,b|en"), make_member(mn=f"faq|{shown}|a,b"),
               make_member(lc="en", mn=f"faq|{shown - 7200}|a|zh")]
    for text in (*TEXTS, "2", "[Smile]", "😀"):
        for member in members:
            for default in ("zh", "en"):
                inbound = make_inbound(text)
                assert pending_menu_module.reply_locale(inbound, member, default) == \
                    old_reply_locale(inbound, member, default), (text, member, default)


# Referral, community, handoff: their text-only readings in one lookup -----------------------------------------------


@pytest.mark.parametrize("text", TEXTS)
def test_each_handlers_one_lookup_reads_what_its_checks_read(text: str) -> None:
    content, inbound = fresh(), make_inbound(text)
    words = terms(inbound)
    add_us, link = referral._asks_to_add_us(words, content), referral._asks_for_link(words, content)
    assert referral._asked(words, content) == ("add_us" if add_us else "link" if link else "")
    assert community._said(words, content) == (community._asks_to_leave(words, content),
                                               community._city_group_asked(words, content),
                                               community._asks_to_join(words, content))
    request = content.handoff.words
    old_asks = bool(words) and (words in handoff._words(request) or old_asks_with_details(inbound, words, request))
    assert handoff._asks_for_person(command_text(inbound), content) == old_asks
    assert handoff._cancels(words, content) == (words in handoff._words(handoff.CANCEL_WORDS)
                                                or handoff._cancel_wrapped(words, content))


def old_asks_with_details(inbound: Any, words: str, request_words: tuple[str, ...]) -> bool:
    """handlers.handoff._asks_with_details before branch hot13 (it read the command text off the inbound)."""
    return handoff._asks_with_details(command_text(inbound), words, request_words)


@pytest.mark.parametrize(("module", "handler", "reading"), [
    (referral, referral.ReferralHandler(), "_asked"), (community, community.CommunityHandler(), "_said"),
    (handoff, handoff.HandoffHandler(), "_asks_for_person"), (handoff, handoff.HandoffHandler(), "_cancels")])
def test_each_handlers_reading_is_made_once_per_text_and_content_version(module: Any, handler: Any,
                                                                       reading: str) -> None:
    content = fresh()
    memo = content.remembered(getattr(module, reading))
    assert handler.match(make_inbound(FAQ_QUESTION), MEMBER, content) is None
    assert handler.match(make_inbound(FAQ_QUESTION), MEMBER, content) is None
    assert memo.cache_info().misses == 1 and memo.cache_info().hits == 1  # type: ignore[attr-defined]
    assert memo.cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]
    assert dataclasses.replace(content).remembered(getattr(module, reading)).cache_info().currsize == 0  # type: ignore[attr-defined]


def test_the_handlers_still_take_their_own_messages() -> None:
    content = fresh()
    member = make_member("m0123456789abcdef", lc="zh")
    assert referral.ReferralHandler().match(make_inbound("加你微信"), member, content) is not None
    left = community.CommunityHandler().match(make_inbound("怎么退群"), member, content)
    assert left is not None and left.data == {"leave": True}
    assert community.CommunityHandler().match(make_inbound("进群"), member, content) is not None
    asked = handoff.HandoffHandler().match(make_inbound("人工"), member, content)
    assert asked is not None and asked.data == {"ask": True}
    cancel = handoff.HandoffHandler().match(make_inbound("不用人工了"), member, content)
    assert cancel is not None and cancel.data == {"cancel": ""}


def test_the_joinable_groups_are_found_once_per_content_version() -> None:
    content = fresh()
    groups = community.joinable(content)
    assert groups == tuple(g for g in content.groups if g.join_url or g.join) and groups
    assert community.joinable(content) is groups
    assert community.joinable(dataclasses.replace(content, groups=())) == ()


# A menu choice with no menu ------------------------------------------------------------------------------------------


def test_a_member_with_no_menu_field_picks_nothing_and_no_menu_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = counting(monkeypatch, common, ("pending_menu",))
    for member in (None, make_member(), make_member(**{MENU_FIELD: ""})):
        assert common.menu_choice(make_inbound("2"), member, "faq") is None
    assert calls == Counter()
    shown = int(make_inbound("2").sent_at.timestamp())
    assert common.menu_choice(make_inbound("2"), make_member(**{MENU_FIELD: f"faq|{shown}|a,b"}), "faq") == "b"
    assert calls["pending_menu"] == 1


# Opt-out, help, catch-up, the shop's four readings, the router's pinyin, the FAQ's weighing -------------------------


@pytest.mark.parametrize(("module", "handler", "reading"), [
    (optout, optout.OptOutHandler(), "_opt_word"), (help_handler, help_handler.HelpHandler(lambda _: []),
                                                     "_asks_for_help"),
    (catchup, catchup.CatchupHandler(), "_asks_to_catch_up"), (shop, shop.ShopHandler(), "_read")])
def test_more_readings_are_made_once_per_text_and_content_version(module: Any, handler: Any, reading: str) -> None:
    test_each_handlers_reading_is_made_once_per_text_and_content_version(module, handler, reading)


@pytest.mark.parametrize("text", [*TEXTS, "退订", "请帮我退订 谢谢", "resume", "td", "help", "你能做什么", "补课"])
def test_the_one_lookup_readings_read_what_the_checks_read(text: str) -> None:
    content, words = fresh(), terms(make_inbound(text))
    opt_out, resume = optout._words(content.brand.opt_out_words), optout._words(content.brand.resume_words)
    candidates = (words,)
    if words not in opt_out and words not in resume and \
            optout._mentions(content.brand.opt_out_words, content.brand.resume_words).search(words):
        candidates = (optout._unwrapped(words),)
    old = next(((word in opt_out, word) for word in candidates if word in opt_out or word in resume), None)
    assert optout._opt_word(words, content) == old
    assert help_handler._asks_for_help(words, content) == (help_handler.HELP_ASKS.fullmatch(words) is not None)
    assert catchup._asks_to_catch_up(words, content) == (any(g.drops is not None for g in content.groups)
                                                         and words in catchup._words(content.catchup_words))
    assert shop._read(words, content) == (shop._compared(words, content), shop._asks_for_everything(words, content),
                                          shop._asked_of(words, content), shop._products_named(words, content),
                                          shop._bought(words, content))
    assert router._pinyin_read(text, content) == content.faq_index.read_pinyin(text)


def test_the_router_reads_pinyin_once_per_text_and_content_version() -> None:
    content = fresh()
    assert router.as_read(make_inbound("zhao ren gong"), content).text != "zhao ren gong"
    router.as_read(make_inbound("zhao ren gong"), content)
    memo = content.remembered(router._pinyin_read)
    assert memo.cache_info().hits == 1 and memo.cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]


def test_the_faqs_weighing_of_a_question_is_made_once_per_locale_and_content_version(
        monkeypatch: pytest.MonkeyPatch) -> None:
    content = fresh()
    calls = counting(monkeypatch, qa, ("_weigh",))
    first = qa._weighed_for(FAQ_QUESTION, "zh", content)
    assert first[0] == "answer" and first[2] is not None and first[2].id == "shipping-destinations"
    assert qa._weighed_for(FAQ_QUESTION, "zh", content) is first and calls["_weigh"] == 1
    assert qa._weighed_for(FAQ_QUESTION, "en", content)[1] in LOCALES and calls["_weigh"] == 2  # its own locale
    assert qa._weighed_for(FAQ_QUESTION, "fr", content)[0] == "answer"  # a locale of no reply: weighed, not kept
    assert qa._weighed_for(FAQ_QUESTION, "fr", content)[0] == "answer" and calls["_weigh"] == 4
    assert qa._weighed_for(FAQ_QUESTION, "zh", dataclasses.replace(content)) == first and calls["_weigh"] == 5
    assert content.remembered(qa._weighed).cache_info().maxsize == SCAN_MEMO_SIZE  # type: ignore[attr-defined]


@pytest.mark.parametrize(("question", "what"), [
    ("可以寄到美国吗？", "answer"), ("转人工", "handoff"), ("can i chat with an actual human", "handoff-unsure"),
    ("屈臣氏嘅退貨期係幾耐", "unanswered"), ("asdkjh qwe", ""), ("made in china?", "unanswered")])
def test_the_weighing_says_what_the_faq_makes_of_a_question(question: str, what: str) -> None:
    assert qa._weighed_for(question, "zh", fresh())[0] == what
