"""Hundred-and-seventeenth round (docs/faq.md, faq117): every development set's WRONG answers and did-you-mean MENUS
on answerable messages (blind46 among them), read as kinds (probe100 written first): the follower's matter plain,
and another entry nearer in words took it or tied with it. People recommended or introduced and what the
follower gets (推荐人, 介绍人: membership's 好处, birthday-gift's); a promo code named as typed beside a first
order, member-day prices, an expiry or where it goes in (membership's, birthday-gift's, shelf-life's 过期,
order-cancel's); the wrong thing ordered or buy pressed by accident, then cancelled or taken back, and an order
not wanted named by its 单 (package-problem's wrong item, return-policy's 退, shipping-time's 寄出); skin that goes
red or stings, then whether your stuff is safe or OK for me (privacy's and pregnancy-safe's "safe", human-agent's
"someone", mens-skincare's face words); sunscreen as the last step (sunscreen's); niacinamide and vitamin C both
named and used together (routine-order's, shelf-life's). Other wordings than probe100's and the sets'; each check
here failed before the round, with guards (the same words about another matter, or the pulled entries' own
questions) that passed before and still do."""

from __future__ import annotations

import pytest

from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "expected"), [
    # the one who recommends, and what they get
    ("推薦人有乜嘢著數", "referral"),
    # a code named as typed, beside a first order
    ("第一回在你家买东西 有啥折扣码没", "promo-code"),
    # the wrong thing ordered, or buy pressed by accident, then taken back; an order not wanted, by its 单
    ("I ordered the wrong one just now, want to cancel it", "order-cancel"),
    ("tapped buy by accident lol can I take it back", "order-cancel"),
    ("我唔想要嗰張單，仲未寄出可唔可以唔要", "order-cancel"),
    # skin that goes red or flares, and whether ours are safe for it
    ("my cheeks go red if I even try a new serum, is your stuff safe for me", "sensitive-skin"),
    ("My skin flares up with most new things. Are your products safe for someone like me?", "sensitive-skin"),
    # sunscreen as the last step
    ("防晒是最后一步涂的吗", "routine-order"),
    ("防曬係咪最尾搽", "routine-order"),
    # niacinamide and vitamin C, used together
    ("bought the niacinamide and the vitamin c one, can I use them together", "niacinamide-combine"),
])
def test_matter_over_nearer_words(text: str, expected: str) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same words, another matter
    ("介绍人在婚礼上要讲话吗", None),
    ("the gym gives me a free month if I refer a friend, worth it?", None),
    ("my dog gets red itchy skin, is the vet's shampoo safe for him", None),
    ("打完疫苗能同时吃维c和烟酰胺片吗", None),
    # the pulled entries' own questions, already answered
    ("会员有什么好处", "membership"),
    ("is there a birthday discount", "birthday-gift"),
    ("where is my referral code", "referral"),
    ("I received the wrong item in the box", "package-problem"),
    ("防晒要补涂吗", "sunscreen"),
    ("how long does sunscreen last once opened", "shelf-life"),
    ("is my data safe with you", "privacy"),
    ("can I use the niacinamide and vitamin c serum together", "niacinamide-combine"),
])
def test_guards_unchanged(text: str, expected: str | None) -> None:
    assert outcome(text) == expected
