"""The Official Account's text reply, written out, is the string wechatpy's TextReply renders."""

from __future__ import annotations

import pytest
from wechatpy import replies

from bot.outbound import Markdown, Text
from bot.webhook.base import cdata_safe, oa_text_reply, render_xml_reply

TEXTS = ["pong", "我们从温哥华和悉尼两个仓发货 🚚\n1. 加拿大\n2. 美国", "a ]]> b", "<b>&amp;</b>", "", " spaced "]


@pytest.mark.parametrize("text", TEXTS)
def test_the_text_reply_is_wechatpys(text: str) -> None:
    expected = replies.TextReply(content=cdata_safe(text), source="gh_1", target="o_1]]>x", time=1796324773).render()
    assert oa_text_reply(cdata_safe(text), source="gh_1", target="o_1]]>x", time=1796324773) == expected
    assert render_xml_reply(Text(text=text), source="gh_1", target="o_1]]>x", wecom=False,
                            created_s=1796324773) == expected.replace("o_1]]>x", cdata_safe("o_1]]>x"))
    assert render_xml_reply(Markdown(text=text), source="gh_1", target="o_1", wecom=False, created_s=7) == \
        replies.TextReply(content=cdata_safe(text), source="gh_1", target="o_1", time=7).render()
