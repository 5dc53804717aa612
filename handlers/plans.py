"""A member's own plan, said as the whole message: what they will do next, and nothing asked.

"ok I'll check it out", "let me think about it", "let me ask my husband first", "好 我晚点下单", "ok 那我去小程序看看",
"我问问我老公": the conversation closing, as a shop assistant hears it. The FAQ read their words as questions ("let me
think about it" got the work permit's answer, "我问问我老公" the men's skincare, "好 我晚点下单" the shipping times;
lead42); the acknowledgement words (bot.content.lexicon ACKNOWLEDGEMENTS) listed a few plans whole, and every
other wording of one fell through. Read here as a small grammar instead: a lead-in (ok, 好的, 那), who (I, let me,
我), when (later, tonight, 晚点, 回头), a plan's verb (check, think, ask, order, 看看, 考虑, 问问, 下单), and only
what such a plan names after it (it, the app, my husband, 小程序, 老公) and a closing (thanks, 吧, 先). Anything else
in the message, a product, a question word or a question mark, and it is no plan alone: the FAQ reads it as before.
"""

from __future__ import annotations

import re

from bot.text import has_cjk

_PEOPLE_EN = (r"(?:husband|hubby|wife|partner|bf|gf|boyfriend|girlfriend|fiance|fiancee|mom|mum|mother|mama|dad|"
              r"father|sister|sis|brother|friend|friends|bestie|family|daughter|son|kids|roommate|flatmate|boss)")
_WHEN_EN = (r"(?:later|later on|tonight|tomorrow|tmr|tmrw|today|soon|now|first|then|again|this weekend|next week|"
            r"next month|on the weekend|at the weekend|after work|after my shift|after class|when i get home|"
            r"when im home|when i get paid|on payday|next payday|after payday|in a bit|in a while|sometime)")
_WHERE_EN = (r"(?:in|on|at|via|through)?\s?(?:the|your|ur)?\s?(?:app|mini program|miniprogram|website|site|store|"
             r"shop|pop up|popup|online)")
# what a plan may name after its verb: the thing (it, them), a place to look, a person to ask, when
_PLAN_OBJECT_EN = (r"(?:it|them|that|this|one|some|those|these|out|over|back|around|in|into it|about it|it over|"
                   r"it out|with (?:my|the) " + _PEOPLE_EN + r"|(?:my|the) " + _PEOPLE_EN + r"|to (?:my|the) "
                   + _PEOPLE_EN + r"|" + _WHEN_EN + r"|" + _WHERE_EN + r"|there|by|up)")
PLAN_EN = re.compile(
    r"(?:(?:ok|okay|oki|okie|k|kk|alright|all right|right|sure|cool|great|perfect|nice|thanks|thank you|thx|ty|"
    r"got it|gotcha|noted|hmm|hm|ah|oh|yeah|yep|yes|ya|fair enough|sounds good|no worries|np|and|so|well)\s)*"
    r"(?:i ll|ill|i will|i m going to|im going to|i m gonna|im gonna|i am going to|gonna|i might|i may|maybe ill|"
    r"maybe i ll|i think ill|i think i ll|let me|lemme|i need to|i have to|i ll have to|ill have to|will)"
    r"(?:\s(?:just|probably|prob|definitely|def|go|go and|first|maybe|have to|need to))*"
    r"\s(?:check|look|have a look|take a look|have a think|think|mull|sleep on|ask|talk|chat|discuss|consult|"
    r"order|buy|grab|get|pick up|try|come back|check back|get back to you|pop|drop|swing|stop|visit|head|go|"
    r"do that|do it|wait|save up|browse|shop|decide|figure it out)"
    r"(?:\s" + _PLAN_OBJECT_EN + r")*"
    r"(?:\s(?:thanks|thank you|thx|ty|cheers|bye|lol|haha|x|xx|ok))*")

_PEOPLE_ZH = (r"(?:老公|老婆|男朋友|女朋友|男票|女票|对象|家人|家里人|家里|我妈|妈妈|老妈|我爸|爸爸|老爸|"
              r"闺蜜|朋友|姐妹|室友|同事|孩子|女儿|儿子|老婆大人|老公大人|屋企人|老豆|老母)")
_WHEN_ZH = (r"(?:先|再|就|回头|晚点|晚些|晚一点|迟啲|等下|等一下|等会|等会儿|一会|一会儿|过会|过会儿|明天|今晚|"
            r"改天|有空|下次|周末|下周|下个月|发工资|发工资了|出粮|自己|稍后|之后|到时|到时候)")
_WHERE_ZH = r"(?:小程序|app|官网|网站|网上|店里|门店|实体店|快闪店|商场)(?:里|上|度)?"
_LEAD_ZH = (r"(?:好的|好滴|好吧|好嘞|好啊|好呀|好|行吧|行|嗯+|哦+|噢|ok|okay|收到|明白了|明白|知道了|了解|谢谢|"
            r"多谢|唔该|那么|那|咁|得|可以|那好)")
PLAN_ZH = re.compile(
    # a lead-in, who or when first: a bare verb ("买", "下单") is the shop's or the FAQ's
    r"(?=" + _LEAD_ZH + r"|我|俺|" + _WHEN_ZH + r")"
    r"(?:好的|好滴|好吧|好嘞|好啊|好呀|好|行吧|行|嗯+|哦+|噢|ok|okay|收到|明白了|明白|知道了|了解|谢谢|多谢|唔该|"
    r"那么|那|咁|得|可以|那好)*"
    r"(?:我|我们|俺|我哋)?" + _WHEN_ZH + r"*"
    r"(?:(?:跟|和|同|问问|问下|问一下)" + _PEOPLE_ZH + r")?"
    r"(?:去|过去|嚟)?(?:" + _WHERE_ZH + r")?"
    r"(?:看看|看下|看一下|看一看|瞧瞧|逛逛|研究一下|研究研究|研究下|考虑|考虑下|考虑一下|考虑考虑|想想|想一下|想一想|"
    r"问问|问下|问一下|商量|商量下|商量一下|商量商量|下单|买|入手|试试|试下|试一下|睇下|睇睇|谂下|谂谂|去看看|去买|"
    r"问你|找你|联系你|回复你|来|过来)"
    r"(?:(?:我)?" + _PEOPLE_ZH + r"|" + _WHERE_ZH + r")?"
    r"(?:先|吧|哈|啦|了|哦|喔|呀|啊|嘞|咯|喇|再说|再决定|再来|再问你|再找你|再联系|再回复你|谢谢|多谢|唔该)*")


def states_a_plan(normalized: str) -> bool:
    """Whether a normalised whole message only says what the member will do next (PLAN_EN / PLAN_ZH; Chinese read
    without its spaces), asking nothing."""
    if not normalized or len(normalized) > 80:
        return False
    if has_cjk(normalized):
        return PLAN_ZH.fullmatch(normalized.replace(" ", "")) is not None
    return PLAN_EN.fullmatch(normalized) is not None
