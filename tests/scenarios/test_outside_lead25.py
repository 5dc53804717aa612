"""Judged from outside (lead25, the lead probing the demo as a follower): jobs asked by their kind (full time, part
time, remote), with a city or with no posting shown, through the real webhook on the demo content. Each case failed
before; the guards beside them show what must stay as it was."""

from __future__ import annotations

import pytest

from bot.sandbox.simulator import Simulator
from tests.support.factories import ServeWith


@pytest.fixture
def simulator(serve_with: ServeWith) -> Simulator:
    """The demo app with every handler, on the test's fakeredis, clock and delivery queue."""
    simulator, _ = serve_with()
    return simulator


@pytest.mark.parametrize(("said", "starts"), [
    ("any full time jobs in toronto", "full-time openings in Toronto"),
    ("Full-time positions in Vancouver?", "full-time openings in Vancouver"),
    ("多伦多有全职吗", "多伦多的全职职位"), ("悉尼有冇全職工", "悉尼的全職職位"),
    ("sydney contract roles?", "open positions in Sydney")])
def test_jobs_of_a_kind_in_a_city_list_the_citys_postings(simulator: Simulator, said: str, starts: str) -> None:
    """Before: "any full time jobs in toronto" got the FAQ's shipping times, 多伦多有全职吗 a did-you-mean. Since lead43
    a kind the postings' descriptions say (full time, remote) lists only those of the city."""
    reply = simulator.oa_message("o_kind_city", said).text
    assert starts in reply.splitlines()[0], reply


def test_part_time_jobs_asked_with_a_job_word_narrow_the_list(simulator: Simulator) -> None:
    """Part time is the Toronto weekend posting's own keyword: that posting alone."""
    reply = simulator.oa_message("o_kind_narrow", "toronto part time jobs").text
    assert "1 open positions in Toronto" in reply and "Part-time Weekend Sales Associate" in reply, reply


@pytest.mark.parametrize("said", ["多伦多有兼职吗", "有part time的吗 在Toronto", "悉尼有实习吗"])
def test_part_time_work_asked_of_a_city_stays_the_faqs_part_time_answer(simulator: Simulator, said: str) -> None:
    """Every set's writers expect the FAQ's part-time answer here (it names each city's part-time work)."""
    reply = simulator.oa_message("o_kind_part", said).text
    assert reply.startswith(("有的！", "Yes! Our Toronto store")), reply


@pytest.mark.parametrize("said", ["is it full time?", "is it remote", "全职吗", "can i work remotely?"])
def test_a_jobs_kind_asked_with_no_posting_shown_asks_which_posting(simulator: Simulator, said: str) -> None:
    """Before: "is it full time?" with nothing shown got the fragrance answer (Full ingredients), "can i work
    remotely?" "I don't know". After: which posting, and the openings to pick from by number."""
    reply = simulator.oa_message("o_kind_which", said).text
    assert ("Which opening" in reply or "哪个职位" in reply) and ("1. " in reply), reply
    assert "fragrance" not in reply


@pytest.mark.parametrize(("said", "city"), [("is the job in Sydney full time", "2 open positions in Sydney"),
                                            ("悉尼的工作是全职吗", "悉尼目前有 2 个职位")])
def test_a_postings_kind_asked_of_a_city_asks_which_above_the_citys_list(simulator: Simulator, said: str,
                                                                        city: str) -> None:
    """A yes-or-no question about one posting: the list alone would not answer it."""
    reply = simulator.oa_message("o_kind_which_city", said).text
    assert reply.startswith(("Which opening", "你问的是哪个职位")) and city in reply, reply


def test_the_kind_asked_after_a_posting_is_still_that_postings_description(simulator: Simulator) -> None:
    simulator.oa_message("o_kind_picked", "jobs in toronto")
    simulator.oa_message("o_kind_picked", "3")
    reply = simulator.oa_message("o_kind_picked", "is it full time?").text
    assert reply.startswith("Here is what the posting says"), reply


@pytest.mark.parametrize(("said", "not_in"), [
    ("is the cream fragrance free", "Which opening"), ("full ingredient list?", "Which opening"),
    ("are you open on weekends", "Which opening"), ("toronto store hours", "open positions")])
def test_kinds_of_other_things_are_not_the_postings(simulator: Simulator, said: str, not_in: str) -> None:
    assert not_in not in simulator.oa_message("o_kind_other", said).text


@pytest.mark.parametrize(("first", "menu", "lesson"), [
    ("你好", "tutorial", "[Sensitive Skin 101] Lesson 1/5"), ("hello", "教程", "【敏感肌护肤入门】第 1/5 课")])
def test_a_number_picked_from_a_menu_is_answered_in_the_menus_language(
        simulator: Simulator, first: str, menu: str, lesson: str) -> None:
    """Before: "你好", then "tutorial" (the English menu), then "1" got the Chinese lesson: a command word does not
    change the member's stored language, and a bare number has none of its own. After: the menu's language."""
    simulator.oa_message("o_menu_lang", first)
    simulator.oa_message("o_menu_lang", menu)
    assert simulator.oa_message("o_menu_lang", "1").text.startswith(lesson)


def test_the_members_own_words_after_a_menu_still_choose_the_language(simulator: Simulator) -> None:
    simulator.oa_message("o_menu_words", "你好")
    simulator.oa_message("o_menu_words", "tutorial")
    assert simulator.oa_message("o_menu_words", "下一课").text.startswith("露米小课堂")  # no lesson yet: the menu


@pytest.mark.parametrize(("said", "first"), [
    ("防晒和面霜多少钱", "1. 神经酰胺修护霜｜CAD 42.00"), ("我想买防晒和面霜", "1. 神经酰胺修护霜｜CAD 42.00"),
    ("防晒同面霜几钱", "1. 神经酰胺修护霜｜CAD 42.00"),
    ("i want the sunscreen and the cream", "1. Ceramide Barrier Cream｜CAD 42.00"),
    ("sunscreen and cream price", "1. Ceramide Barrier Cream｜CAD 42.00")])
def test_two_products_asked_for_together_are_listed_with_their_prices(simulator: Simulator, said: str,
                                                                     first: str) -> None:
    """Before: "防晒和面霜多少钱" (the sunscreen and the cream, how much) got the FAQ's routine order: the 和 between
    the products was read as saying more than a price ask."""
    lines = simulator.oa_message("o_two_products", said).text.splitlines()
    assert lines[1] == first and len(lines) == 3, lines


@pytest.mark.parametrize("said", ["防晒和面霜一起用吗", "防晒和面霜哪个先用"])
def test_two_products_asked_about_together_stay_the_faqs(simulator: Simulator, said: str) -> None:
    assert "CAD" not in simulator.oa_message("o_two_products_faq", said).text


@pytest.mark.parametrize(("said", "first"), [
    ("toner还有货吗", "玻尿酸保湿水｜CAD 24.00"), ("面霜什么时候补货", "神经酰胺修护霜｜CAD 42.00"),
    ("sunscreen sold out?", "Mineral Sunscreen SPF 50 | CAD 32.00"),
    ("when will the cream be back in stock", "Ceramide Barrier Cream | CAD 42.00")])
def test_a_product_asked_whether_in_stock_says_where_stock_shows(simulator: Simulator, said: str,
                                                                  first: str) -> None:
    """Before: "toner还有货吗", "sunscreen sold out?" got "I don't know". Siyu holds no stock levels: the product, and
    that its page in the Mini Program shows them, never a guess."""
    reply = simulator.oa_message("o_stock", said).text
    assert reply.startswith(first) and ("小程序里它的页面" in reply or "Its page in the Mini Program" in reply), reply


def test_in_stock_asked_right_after_a_product_is_about_it(simulator: Simulator) -> None:
    simulator.oa_message("o_stock_after", "ceramide cream")
    reply = simulator.oa_message("o_stock_after", "in stock?").text
    assert reply.startswith("Ceramide Barrier Cream | CAD 42.00") and "shows whether it's in stock" in reply, reply


@pytest.mark.parametrize(("said", "state"), [
    ("what lesson am i on", "Winter Barrier Rescue (1/4 done)"), ("my progress", "Winter Barrier Rescue (1/4 done)"),
    ("where did i leave off", "Winter Barrier Rescue (1/4 done)"), ("我学到第几课了", "冬季屏障修护（学到第 1/4 课）"),
    ("学到哪了", "冬季屏障修护（学到第 1/4 课）")])
def test_asking_where_one_is_in_the_courses_shows_each_ones_place(simulator: Simulator, said: str,
                                                                  state: str) -> None:
    """Before: "what lesson am i on" got the unsubscribe answer; none of these showed where the member is."""
    simulator.oa_message("o_progress", "tutorial")
    simulator.oa_message("o_progress", "2")
    assert state in simulator.oa_message("o_progress", said).text


@pytest.mark.parametrize("said", ["到哪了", "快递到哪了", "申请进度"])
def test_where_a_parcel_or_an_application_is_stays_the_faqs(simulator: Simulator, said: str) -> None:
    simulator.oa_message("o_progress_other", "tutorial")
    simulator.oa_message("o_progress_other", "2")
    assert "小课堂" not in simulator.oa_message("o_progress_other", said).text


@pytest.mark.parametrize(("said", "starts"), [
    ("hw much 4 sunscreen", "Mineral Sunscreen SPF 50 | CAD 32.00"),
    ("wat jobs u got in syd", "2 open positions in Sydney"), ("r u hiring in toronto", "3 open positions in Toronto"),
    ("send me the toner link", "Hyaluronic Hydrating Toner |"),
    ("can you send me the link for the sunscreen", "Mineral Sunscreen SPF 50 |"),
    ("pls send link toner", "Hyaluronic Hydrating Toner |")])
def test_texting_and_send_me_the_link_reach_the_handlers(simulator: Simulator, said: str, starts: str) -> None:
    """Before: "hw much 4 sunscreen" got the sunscreen's FAQ answer, "wat jobs u got in syd" the FAQ's how to apply, "r
    u hiring in toronto" "I don't know", "send me the toner link" the referral programme's invite link."""
    assert simulator.oa_message("o_texting", said).text.startswith(starts)


def test_after_a_lesson_nxt_is_the_next_lesson(simulator: Simulator) -> None:
    simulator.oa_message("o_texting_next", "tutorial")
    simulator.oa_message("o_texting_next", "2")
    assert simulator.oa_message("o_texting_next", "nxt").text.startswith("[Winter Barrier Rescue] Lesson 2/4")


@pytest.mark.parametrize(("said", "not_in"), [("lesson 4", "CAD"), ("send me the referral link", "CAD")])
def test_numbers_and_other_links_keep_their_meaning(simulator: Simulator, said: str, not_in: str) -> None:
    assert not_in not in simulator.oa_message("o_texting_guard", said).text


def test_a_long_message_pricing_shipping_is_not_the_products_price(simulator: Simulator) -> None:
    """faq26's probe12: a story naming "the moisturizer", then "how much would shipping be to saskatoon": the shop
    answered the cream's price (a wrong answer) because the FAQ was unsure. The price asked is shipping's."""
    said = ("i've been buying from a local pharmacy but they stopped carrying the brand i like. a friend told me "
            "about you guys and the moisturizer looks great. how much would shipping be to saskatoon though")
    assert "CAD 42.00" not in simulator.oa_message("o_long_shipping", said).text


def test_a_products_price_with_nothing_else_is_still_the_shops(simulator: Simulator) -> None:
    assert simulator.oa_message("o_cream_price", "how much is the cream").text.startswith("Ceramide Barrier Cream |")


@pytest.mark.parametrize(("said", "first"), [
    ("what's the cheapest thing you sell", "1. Repair Lip Balm｜CAD 12.00"),
    ("最便宜的是哪个", "1. 修护唇膏｜CAD 12.00"), ("最平嘅系边款", "1. 修护唇膏｜CAD 12.00")])
def test_the_cheapest_asked_lists_every_product_from_the_lowest_price(simulator: Simulator, said: str,
                                                                     first: str) -> None:
    """Before: "最便宜的是哪个" got the authenticity answer, "what's the cheapest thing you sell" "I don't know"."""
    lines = simulator.oa_message("o_cheapest", said).text.splitlines()
    assert lines[1] == first and len(lines) == 11, lines


@pytest.mark.parametrize(("said", "count"), [("anything under $30?", 4), ("30块以下有什么", 4),
                                             ("something below 21 dollars", 2)])
def test_a_price_to_stay_under_lists_what_costs_at_most_that(simulator: Simulator, said: str, count: int) -> None:
    lines = simulator.oa_message("o_under", said).text.splitlines()
    assert lines[0].startswith(("Up to", "30 以内")) and len(lines) == 1 + count, lines
    assert lines[1].startswith(("1. Repair Lip Balm", "1. 修护唇膏"))


def test_nothing_under_the_price_says_so_and_names_the_cheapest(simulator: Simulator) -> None:
    reply = simulator.oa_message("o_under_none", "anything under 10").text
    assert reply == "Nothing up to 10; our lowest price is the Repair Lip Balm (CAD 12.00)."
    assert simulator.oa_message("o_under_none", "link?").text.startswith("Repair Lip Balm | CAD 12.00")


@pytest.mark.parametrize("said", ["most popular product?", "你们卖得最好的是什么", "whats your top selling product"])
def test_what_sells_best_is_the_best_seller_list(simulator: Simulator, said: str) -> None:
    assert simulator.oa_message("o_popular", said).text.startswith(("Our best sellers", "热卖产品"))


@pytest.mark.parametrize("said", ["the lesson today was great thanks", "谢谢 很有用", "thx that was so helpful",
                                  "谢谢你们的课程 学到了很多"])
def test_thanks_with_praise_is_answered_youre_welcome(simulator: Simulator, said: str) -> None:
    """Before: "the lesson today was great thanks" got the unsubscribe answer ("lessons" is in it)."""
    assert simulator.oa_message("o_praise", said).text.startswith(("You're welcome", "不客气"))


@pytest.mark.parametrize("said", ["great cream but it broke me out, thanks", "thanks, is it good for acne?"])
def test_thanks_beside_a_complaint_or_a_question_is_not_only_thanks(simulator: Simulator, said: str) -> None:
    assert not simulator.oa_message("o_praise_not", said).text.startswith("You're welcome")


def test_a_bare_under_a_number_is_a_price_only_with_its_currency(simulator: Simulator) -> None:
    """"under $25" is a price ("$" said it, though normalising drops it); "under 18?" alone (an age) is not."""
    assert simulator.oa_message("o_under_cur", "under $25").text.startswith("Up to 25")
    assert not simulator.oa_message("o_under_age", "under 18?").text.startswith("Up to")


@pytest.mark.parametrize("said", ["i can only work weekends",
                                  "i have classes mon-fri, do you need people sat and sun",
                                  "我只有周末有空 可以来上班吗"])
def test_only_weekends_free_to_work_is_the_part_time_answer(simulator: Simulator, said: str) -> None:
    """Before: "i can only work weekends" got the team's office hours ("not at weekends"), "i have classes mon-fri,
    do you need people sat and sun" "I don't know"."""
    assert simulator.oa_message("o_weekends", said).text.startswith(("Yes! Our Toronto store", "有的！多伦多门店"))


def test_the_teams_weekend_hours_stay_the_office_hours(simulator: Simulator) -> None:
    assert simulator.oa_message("o_weekend_hours", "do you reply on weekends").text.startswith("Our team answers")
