"""Eighty-eighth round (docs/faq.md, faq88): blind37's answerable misses read as kinds (probe71 written first; blind36
held out, not read). Regional English grammar and words: Newfoundland's ye, me for my, mudder, "some dry", a closing
b'y, the Rock and the mainland beside it; Pittsburgh's yinz, n'at, nebby, a g dropped (gettin, hirin) and where a parcel
"is at"; Philadelphia's youse, jawn, what shipping "runs" and a shop that "covers" it, a parcel that "leaves"; the West
Country's my lover, you lot, "I commits", adverts and a closing "mind"; points that "go bad"; a shop to "walk into" and
the closest one; a team cheered or the game asked about (no answer). A question told with the follower's place and
life around it: an island's heat, a plateau town, a Pacific passport beside a job, a ruble rate before a cancel, a
supermarket of one's own abroad, pushes that cost mobile data; which-ones questions (用你们哪几样, 从哪几样开始);
Cantonese 係咪真嘢; how much sunscreen to put on; a small set to try; brands that stung before; a place that is also a
word (东北季风, 寄回 a place home, 金门 and the outlying islands). Other wordings than probe71's and blind37's; each
outcome check here failed before the round (checked on the probe's commit), with guards that passed before and still
do."""

from __future__ import annotations

import pytest

from tests.support.factories import demo_content
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Newfoundland, Pittsburgh, Philadelphia and West Country English
    ("me fadder's after movin to Gander, can ye post a box out there b'y?", "shipping-destinations"),
    ("do ye post out to Newfoundland at all or is it the mainland only b'y?", "shipping-destinations"),
    ("do yinz mail stuff to Pittsburgh n'at?", "shipping-destinations"),
    ("I ain't seen nothin yet, how do I find out where my box is at n'at", "order-tracking"),
    ("got heaps of points saved, what do I do with em before they go bad", "points-redeem"),
    ("any store I could walk into to test things? closest one to Pittsburgh", "store-locations"),
    ("how do I get the adverts to stop? want to keep asking yous questions mind", "stop-messages"),
    ("alright my lover, can you lot send a parcel to me gran in Exeter?", "shipping-destinations"),
    ("I don't speak Chinese at all, can I still get a job in your shop?", "job-language"),
    # a place and a life told around the question, which-ones questions, Cantonese, a place that is a word
    ("精华开了多久要用完？这边好热怕坏", "shelf-life"),
    ("我拿汤加护照，在奥克兰读书，能去你们墨尔本的店打工吗", "job-work-permit"),
    ("我在萨摩亚开了个小超市，能不能批你们的货过去卖", "wholesale-partnership"),
    ("付款后发现汇率很亏，还没发货的话能不要了吗", "order-cancel"),
    ("喺卡市街市見到你哋啲面霜，係咪真嘢嚟㗎？", "authenticity"),
    ("我以前都用别的牌子防晒，换你们的要涂多少才够？", "sunscreen"),
    ("我在关岛开了间小超市，能批你们的货来卖吗", "wholesale-partnership"),
    ("有沒有那種小小的一整套可以先試？", "samples"),
    ("換了好幾個牌子的乳液都刺刺的又泛紅，你們的適合我嗎", "sensitive-skin"),
    ("東北季風一來臉就紅癢，皮膚超敏感，要先從哪幾樣開始用？", "sensitive-skin"),
    ("我在東莞，想寄回台灣給我爸，運費多少？買多少免運？", "shipping-cost"),
    ("住澎湖的可以下單嗎？", "shipping-destinations"),
])
def test_blind37_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # wordings of this round's kinds already right before it, and neighbours that keep their answers
    ("Do you ship to Newfoundland?", "shipping-destinations"),
    ("do youse ship to Texas? me cousin's down there", "shipping-destinations"),
    ("what does postage run to Chicago, and how much I gotta spend so youse cover it", "shipping-cost"),
    ("这里常年湿热，额头老长痘，用你们哪几样好", "acne-prone"),
    ("防曬一次要擦多少才夠？", "sunscreen"),
    ("do you ship to China?", "shipping-to-china"),
    ("Does it go bad?", "shelf-life"),
    ("do my points expire?", "points-redeem"),
    ("Can you ship to Halifax?", "shipping-destinations"),
    ("I need it by Friday, how long does shipping take?", "shipping-time"),
    ("if i order on a saturday when does it actually leave the warehouse", "shipping-time"),
    ("乾肌適合哪幾款", "product-recommendation"),
    ("收到的東西還沒拆，想退貨要怎麼申請", "return-policy"),
    ("寄回中国大陆要注意什么？", "shipping-to-china"),
    ("用了你们的精华脸又红又痒，是过敏吗", "allergy-reaction"),
    ("冲动下单了，能不要了吗", "order-cancel"),
    ("您这儿的东西是真货不？", "authenticity"),
    ("How should I adjust my routine for cold weather?", "winter-dry-skin"),
])
def test_neighbours_keep_their_answers(text: str, entry: str | None) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # no answer, in the same registers: a team cheered, the game, the weather, a fishing trip, a cheesesteak
    "Go Birds!! 🦅🦅",
    "Let's go Pens!!",
    "you going to the game tonight?",
    "E-A-G-L-E-S Eagles!",
    "best cheesesteak in South Philly?",
    "岛上今天又停电了，热死",
])
def test_no_answer_stays(text: str) -> None:
    assert outcome(text) is None


def test_fixed_constructions_leave_the_faq_texts() -> None:
    """The shipping-time keywords "need it by" and "get here by" keep their closing "by" (a Newfoundland "b'y" is
    only read off in a message that speaks Newfoundland's), and 寄回国内 stays shipping-to-china's own word."""
    index = demo_content().faq_index
    assert index.canonical("need it by").endswith(" by")
    assert index.canonical("寄回国内").startswith("寄回")
