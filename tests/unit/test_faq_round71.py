"""Seventy-first round (docs/faq.md, faq71): blind29's Chinese-side misses read as kinds (probe54 written first):
Taiwanese Minnan (Hokkien) Mandarin in traditional characters, read only where a mark no Mandarin sentence has is in
the message (lexicon.MINNAN_MARK); Yunnan and Guizhou Mandarin (嘎, 好久 "how long", 咋个整); shape-alike slips (奇 for
寄, 廉职); problems stated with no question; and other offices' matters (an address at an office or on a document, an
immigration application, a bank card's points, one's own shop, a document sent with a carrier). Each kind tested in
other wordings than the sets', with guards that stay as they were."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_minnan
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    ("阮小弟蹛佇布里斯班，恁敢有寄去澳洲？", "shipping-destinations"),
    ("寄一組去奧克蘭運費愛偌濟？", "shipping-cost"),
    ("阮查某囝欲換收件的地址，會使無？", "order-change-address"),
    ("阮彼罐精華開了偌久矣，閣會使用無？", "shelf-life"),
    ("阮的退款等規禮拜矣，猶未入來", "refund-time"),
    ("阮佇飼母奶，恁的化妝水會使抹無？", "pregnancy-safe"),
    ("抹了恁的面霜了後，面攏紅紅閣足癢，是按怎？", "allergy-reaction"),
    ("寒天到矣，阮的面足焦燥，愛抹啥物較好？", "winter-dry-skin"),
    ("阮干焦會當禮拜日來做，恁敢有兼差？", "job-part-time"),
])
def test_minnan_mandarin_is_read(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    # a Mandarin sentence with the words Minnan reads otherwise keeps its reading (no mark)
    "我爱你们家的面霜，足够用三个月",
    "敢问你们的精华孕妇能用吗",
    "这个面霜阁楼放着会不会坏",
])
def test_mandarin_without_a_minnan_mark_reads_as_before(text: str) -> None:
    assert read_minnan(normalize(text)) == normalize(text)


@pytest.mark.parametrize(("text", "entry"), [
    ("你们收到我退的货了嘎 钱好久退给我", "refund-time"),
    ("想找份廉职 晚上能做的", "job-part-time"),
    ("能不能奇到温哥华", "shipping-destinations"),
])
def test_yunnan_guizhou_mandarin_and_slips(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("不小心拍了两单一样的，另一单不想要了", "order-cancel"),
    ("会员积分有八千多了，从来没用过", "points-redeem"),
    ("叫了五个朋友来买，我什么都没得到", "referral"),
    ("代购给我的面霜，包装和官网上的不大一样", "authenticity"),
])
def test_a_problem_stated_with_no_question(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "户政事务所线上能不能改住址",
    "信用卡的红利积分可以换什么",
    "我自己开的网店退货政策怎么写比较好",
    "IRCC 的 PR application 进度怎么查",
    "顺丰寄的合同显示签收了但对方说没收到",
])
def test_another_offices_matter_is_not_ours(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    # ours stays ours: an order's address, our points, a parcel of ours not come, Yunnan and Guizhou questions the
    # matcher read already
    ("我搬家了，订单的收货地址能改吗", "order-change-address"),
    ("寄去墨尔本好久能到嘛", "shipping-time"),
    ("这个精华孕妇能搽得嘎", "pregnancy-safe"),
    ("积分能抵多少钱", "points-redeem"),
    ("下单一周了还没收到包裹", "order-tracking"),
])
def test_ours_stays_ours(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    # blind29's other Chinese-side kinds, as entry patterns: an address refused at checkout, where to look once
    # shipped, a product used twice asked back, a return's money not seen, an address wrong once shipped (mixed),
    # whether a boy may use it
    ("人在爱尔兰 结账时一直提示不支持配送", "shipping-destinations"),
    ("客服说已经发出了 我在哪里查", "order-tracking"),
    ("面霜用过两次了 还能不能退 有点闷痘", "return-policy"),
    ("退货寄回去一周了 卡里还是没看到钱", "refund-time"),
    ("已经 ship 了但 address 有误 可以 redirect 吗 extra fee 怎么算", "order-change-address"),
    ("我外孙十九岁了 皮肤很油 男孩能用你们的东西吗", "mens-skincare"),
])
def test_other_chinese_side_kinds(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "entry"), [
    ("已经发货了吗", "order-tracking"),
    ("email 的 language 能改成 English 吗 在哪设置", "language"),
])
def test_their_neighbours_stay(text: str, entry: str) -> None:
    assert outcome(text) == entry
