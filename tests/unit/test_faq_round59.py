"""Fifty-ninth round (docs/faq.md): Chinese answerable messages in regional and non-native registers (probe42).
Kinds: Shanghainese / Wu words and grammar read as the standard words (额 的, 勒 在, 脱 掉, 好…伐 可以…吗, 搿搭, 哪能,
面孔, 覅, 钞票, 拨, 寻, 调一只); Beijing speech (儿化, 买岔了, 能给 + a verb, 甭, 俩, 瞧, 搁, 准信儿, 零活儿, 劳驾);
Tianjin and northeastern words (嘛时候, 介 + a thing, 嘎哈, 老鼻子); learners of Chinese (付钱多少, 分数 for the points,
你可以说英文吗); a place asked with 送到, the time to a place outside the mainland, a store asked where it is, looking
for a job. Each kind tested in other wordings than probe42's, with guards that must stay unanswered or another
entry's."""

from __future__ import annotations

import pytest

from bot.content.lexicon import read_dialect
from bot.text import normalize
from tests.support.faq_checks import outcome


@pytest.mark.parametrize(("text", "entry"), [
    # Wu
    ("我额面霜到啥地方了？", "order-tracking"),
    ("瓶子摔脱了，里向额精华漏光了，哪能弄？", "package-problem"),
    ("面孔痒得来，还起红点点，哪能办？", "allergy-reaction"),
    ("侬拉额店开勒温哥华啥地方？", "store-locations"),
        ("颜色拣错了，想调一只别的，好调伐？", "exchange"),
    ("阿拉额面孔交关敏感，一涂就红，用啥好？", "sensitive-skin"),
    # Beijing
    ("劳驾，订单还没发货吧？能给撤了不？", "order-cancel"),
    ("劳驾，昨儿下的单还没发吧，能给撤了不？", "order-cancel"),
    ("这罐儿面霜拿岔了，能给换个别的不？", "exchange"),
    ("这瓶儿开了盖儿能搁多久？", "shelf-life"),
    ("您这儿有零活儿没？周末能干", "job-part-time"),
    ("甭老给我推那些活动的了", "stop-messages"),
    ("面完试俩礼拜了，连个准信儿都没有", "job-application-status"),
    # Cantonese
    ("我琴日买嘅面霜而家去咗边度？", "order-tracking"),
    # learners
    ("我要付钱多少为运送到澳洲？", "shipping-cost"),
    ("我的中文不太好，你们可以讲英语吗？", "language"),
    ("我有三千分数，分数可以换什么吗？", "points-redeem"),
    ("请问你们可以送到澳大利亚吗？", "shipping-destinations"),
    # time to a place, a store, a job
    ("寄到美国得几天？", "shipping-time"),
    ("你们的店在哪？周末想去试试", "store-locations"),
    ("你们还招人吗？我想找份工作", "job-apply"),
])
def test_regional_and_learner_chinese_reads_as_the_question(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize("text", [
    "今朝落雨了，侬带伞了伐？",
    "甭提了，俩钟头都没打着车",
    "劳驾，请问洗手间在哪儿？",
    "我女儿的分数很好吗，她考了一百",
    "介天儿真冷啊",
    "侬晓得附近有啥好吃额伐？",
])
def test_chit_chat_in_those_registers_stays_unanswered(text: str) -> None:
    assert outcome(text) is None


@pytest.mark.parametrize(("text", "entry"), [
    ("店员需要会说英语吗", "job-language"),  # the job's English, not ours
    ("我买的面霜到哪了", "order-tracking"),  # a thing bought, where it has got to: not the order of the routine
])
def test_neighbours_keep_their_entries(text: str, entry: str) -> None:
    assert outcome(text) == entry


@pytest.mark.parametrize(("text", "kept"), [
    ("你们的精华好用伐", "好用"),  # good to use, not "can one use"
    ("余额可以付款吗", "余额"),  # an amount's 额
    ("额头长痘", "额头"),
    ("婴儿能用吗", "婴儿"),  # a child's 儿
    ("女儿的生日", "女儿"),
    ("脸上脱皮怎么办", "脱皮"),  # the skin's 脱
    ("考完试终于解脱了", "解脱"),
    ("勒索电话", "勒索"),
    ("物流耽搁了", "耽搁"),
    ("介绍朋友有奖励吗", "介绍"),
    ("我的分数是九十", "分数"),  # a score, nothing bought with it
])
def test_words_the_readings_leave_alone(text: str, kept: str) -> None:
    assert kept in read_dialect(normalize(text))
