"""Where a follower came from, said before (or instead of) a question: "我从抖音直播间过来的 想问运费多少", "hi, found
you on xiaohongshu! do you ship to nz", "I'm here from TikTok". The FAQ (handlers/qa.py) and the shop (handlers/shop.py)
both read the question after it; said alone, it gets the hello."""

from __future__ import annotations

import re

# Where the follower came from, said before the question ("我从抖音直播间过来的 想问运费多少", "hi, found you on
# xiaohongshu! do you ship to nz"): the question after it is asked. The story of arriving diluted the question's words
# under the answer line: "I don't know" (lead27), though the brand's own channels (config/channels.yaml) bring them.
_PLATFORMS_EN = "tiktok|douyin|xiaohongshu|xhs|rednote|instagram|ig|facebook|youtube|your live|your livestream"
ARRIVAL = re.compile(
    r"^(?:(?:你好|您好|hi|hello|hey|哈喽|嗨)[\s,，!！~]*)?(?:我|我们)?(?:是)?(?:从|在|喺|由)?"
    r"(?:抖音|小红书|快手|微博|视频号|朋友圈|直播间?|抖音直播间?|小红书直播间?|朋友(?:推荐|介绍)?|公众号|b站)(?:上|里|那边|嗰度)?"
    r"(?:过来|来|看到你们|看到|刷到你们|刷到|关注)(?:的|嘅)?(?:啦|了|呀)?[\s,，。.!！~]+"
    r"|^(?:(?:hi|hello|hey)(?: there)?[\s,!]*)?(?:i )?(?:just )?(?:found|saw|came across|discovered|followed)"
    r" (?:you|ur page|your page|your account)(?: guys)? (?:on|from|via|through) (?:" + _PLATFORMS_EN + r"|a friend)"
    r"[\s,.!]+(?:and )?"
    # ... and come from one ("I'm here from TikTok", "came over from xiaohongshu": "I don't know"; lead38)
    r"|^(?:(?:hi|hello|hey)(?: there)?[\s,!]*)?(?:i(?:'|’)?m here|i am here|i (?:just )?came(?: over| here)?"
    r"|just came(?: over| here)?) (?:from|via) (?:" + _PLATFORMS_EN + r")"
    r"[\s,.!]+(?:and )?", re.IGNORECASE)


def without_arrival(question: str) -> str:
    """`question` without an opening that says where the follower came from (ARRIVAL), when a question follows."""
    found = ARRIVAL.match(question.strip())
    rest = question.strip()[found.end():].strip() if found is not None else ""
    return rest if len(rest) >= 2 else question


def arrival_only(question: str) -> bool:
    """Whether `question` only says where the follower came from (ARRIVAL), asking nothing."""
    said = question.strip()
    found = ARRIVAL.match(said + " ")
    return found is not None and found.end() >= len(said)
