"""Fifty-fifth round (docs/faq.md): a message that touches two entries is about the follower's matter (probe38).
faq.yaml's `matter` and `before` say which (FaqIndex._matter): a reaction after using something with what to do asked
(the reaction, not the refund's time), an order placed and not come asked as how long shipping takes (where it is),
a job in our store (the job, not the store's address) and an application already made (where it stands), when a
person is in (the team's hours, not a handoff now), what happens to one's data said with an address or a store in it
(privacy), a pregnancy with what to use (pregnancy-safe), one's own code or a reward for bringing friends (referral,
not a code that won't apply). Each kind in other wordings than probe38's, with guards where the other entry is asked."""

from __future__ import annotations

import pytest

from bot.content.faq import Verdict
from tests.support.faq_checks import ROOT, outcome


@pytest.mark.parametrize(("text", "entry"), [
    # a reaction, with what to do asked beside a refund or a return
    ("my forehead got itchy red patches after the ceramide cream, what should i do? can i get a refund",
     "allergy-reaction"),
    ("用了爽肤水之后脸上起了红疹 怎么处理 钱能退吗", "allergy-reaction"),
    ("the sunscreen gave me a rash yesterday, what do i do, can i return it", "allergy-reaction"),
    # an order placed and not come, asked as how long
    ("ordered two weeks back, the parcel still isnt here, how long is shipping supposed to be", "order-tracking"),
    ("我的包裹都半个月了还没收到 运输一般要几天", "order-tracking"),
    # a job in our store, an application made
    ("how do i apply for a job at your markham store", "job-apply"),
    ("i applied to the toronto store job ages ago and no reply, is it still being looked at", "job-application-status"),
    # when a person is in
    ("what hours can i talk to a real person", "business-hours"),
    # privacy, said with an address or a store
    ("what happens to my phone number and home address once my order is delivered", "privacy"),
    ("please erase everything you store about me", "privacy"),
    # a pregnancy, with what to use
    ("I'm six months along, which products would you recommend", "pregnancy-safe"),
    # one's own code, a reward for bringing friends
    ("my gym buddy wants to try your serum, do I get anything if she orders with my code", "referral"),
])
def test_the_matter_of_two_entries(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # guards: the other entry is what is asked
    ("the cream made my cheeks a bit red after a week, I opened it already, can I still return it", "return-policy"),
    ("if I order today, how long does shipping to Calgary take", "shipping-time"),
    ("my refund still hasn't come through, how long does it take", "refund-time"),
    ("where is your Toronto store and when does it open", "store-locations"),
    ("can she give her ID number for the parcel to Shanghai", "shipping-to-china"),
    ("my code isn't working at checkout, is there a minimum", "promo-code"),
    ("share the tracking number of my order please", "order-tracking"),
])
def test_the_other_entry_asked(text: str, entry: str) -> None:
    assert outcome(text) == entry


def test_matter_goes_with_before() -> None:
    """faq.yaml: each entry's `before` names entries that exist, and `matter` comes with it."""
    from bot.content import load_content
    index = load_content(ROOT / "config").faq_index
    entries = {e.id: e for e in index._faq}
    with_matter = [e for e in entries.values() if e.matter]
    assert with_matter
    for entry in with_matter:
        assert entry.before and all(other in entries and other != entry.id for other in entry.before), entry.id
    assert index.match("what hours can i talk to a real person").verdict is Verdict.ANSWER
    # a person asked for now stays the handoff's entry
    found = index.match("can i talk to a real person please")
    assert found.best is not None and found.best.id == "human-agent"
