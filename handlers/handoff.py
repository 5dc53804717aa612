"""Handoff to a person (人工): a member asks for one (人工, 客服, 真人, agent, human and handoff.yaml's
own words), or asks what the FAQ cannot answer when the brand wants that, and a handoff opens.

Pure, like every handler: the reply says only what is true (in office hours a colleague will reply
here; outside them, when the team is back, in the brand's time zone; with nobody to tell, that
nobody can be reached), the member field `F_HANDOFF` records the open handoff and its timeout, and a
`handoff.open` event asks bot/webhook/effects.py to store it and tell the staff (one WeCom app
message or staff robot message) and, for WeChat customer service, to pass the session to a person.

While a handoff is open the bot stays quiet on the member's messages (handoff.yaml `quiet`): this
handler, registered right after opt-out, claims them and answers nothing. A staff member closes it
by sending the close word and the id to the WeCom app (`结束 h1a2b3c4d`); `siyu handoffs close ID`
does the same; after `timeout` it lapses by itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from typing import ClassVar
from zoneinfo import ZoneInfo

from bot.content.localized import LocalizedText
from bot.content.model import Content, Handoff
from bot.inbound import Channel, Inbound
from bot.member import F_HANDOFF, Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import REFERENCE, ZH, has_cjk, longest_first, normalize, spelled_out
from handlers.common import brand_name, brand_text, command_text, only_filler, reply_locale, take_terms, terms
from handlers.follow_up import FOLLOW_FIELD, remembered_entry, unspaced

OPEN_EVENT = "handoff.open"  # bot/webhook/effects.py (HANDOFF_OPEN) stores it and tells the staff
CLOSE_EVENT = "handoff.close"  # bot/webhook/effects.py (HANDOFF_CLOSE) closes it and tells the staff member the outcome
UNAVAILABLE_EVENT = "handoff.unavailable"  # asked for a person, but handoff.yaml names nobody to tell
CANCEL_EVENT = "handoff.cancel"  # bot/webhook/effects.py (HANDOFF_CANCEL) closes it, tells the staff: no reply needed
# The member taking back their request while a handoff is open (and the brand's close word, said by the member): a
# member who no longer needed a person was left with no answers until staff closed it or it timed out (verify16).
# Only these explicit words: "不用了" or "算了" may be the member's answer to a colleague's question.
CANCEL_WORDS = ("取消人工", "取消转人工", "不用人工了", "不要人工了", "不需要人工了", "不用转人工了", "取消人工客服",
                "cancel agent", "cancel the agent", "never mind the agent", "no need for an agent",
                "cancel human", "cancel the human", "no need for a person", "dont need a person anymore")
# ... also wrapped in words that only take a request back ("never mind, cancel agent", "算了，取消人工吧", "ok cancel
# the agent thanks"): they were silence while a handoff was open, and the order-cancelling answer while none was
# (verify19).
CANCEL_FILLER_WORDS = frozenset({"never", "mind", "nevermind", "nvm", "ok", "okay", "oh", "actually", "please", "pls",
                                 "plz", "thanks", "thank", "you", "thx", "sorry", "its", "fine", "all", "good", "now",
                                 "then", "just", "i", "sorted", "it", "out", "figured", "no", "need", "worries"})
CANCEL_FILLER_CHARS = "算了不用没事好的吧啦喇谢谢唔使咗嘅呀啊哦嗯那我自己搞掂已经解决问题"
NOTHING_TO_CANCEL = {"zh": "好的，不转人工。有问题直接发给我就好。",
                     "en": "OK, no person then. Just send me your question."}
CANCEL_HINT = {"zh": "（不需要了，回复【取消人工】）", "en": ' (No longer needed? Reply "cancel agent".)'}
CANCELLED = {"zh": "好的，已取消转人工，我继续为你解答。有问题直接发给我就好。",
             "en": "OK, I've cancelled the request for a person; I'm answering again. Just send me your question."}
TEXT_MAX_CHARS = 200  # what an event keeps of the member's message
# The FAQ's answers tell members to 'reply "agent" with your order number' (or the new address, a photo, the company
# for a receipt). "agent LM12345678", "人工 订单号LM12345678 还没到" got the order-tracking answer again, read off the
# number: a loop the member could not leave (lead27). A request word that leads the message and is followed by the
# details (a reference, or a mark such as "agent:" / "人工，"), or ends it after a reference, asks for a person.
# A reference: an order, tracking or phone number (bot.text.REFERENCE).
DETAILS_MARK = re.compile(r"[ \t]*[,，:：;；\-–—!！\n]")  # "agent: my order...", "人工，我收到的..."
TRAILING_FILLER = frozenset({"please", "pls", "plz", "thanks", "thx", "thank you", "asap", "谢谢", "吧", "谢谢啦", "啦",
                             "唔该", "麻烦了", "麻烦"})

# Taking up an answer's offer of a person: the order-tracking answer ends 'For a colleague to look it up, reply "agent"
# with your order number'; a member who then sent "LM12345678" got the same answer again, and "can someone check?" the
# authenticity answer ("check" read as checking a code) (lead32). Just after an answer that offers a person (it quotes a
# request word: 回复【人工】, reply "agent"), a message that is only a reference (REFERENCE, among OFFER_FILLER words)
# or only asks someone to check it (OFFER_CHECK) asks for that person. In 1:1 chats only; read off the text once
# per content version.
OFFER_FILLER_WORDS = frozenset({"my", "order", "orders", "number", "no", "num", "is", "its", "it", "the", "here",
                                "tracking", "ref", "reference", "id", "ok", "okay", "sure", "thanks", "thx", "thank",
                                "you", "please", "pls", "plz", "this", "one", "and", "hi", "hello", "yes", "yeah"})
OFFER_FILLER_CHARS = "我的订单号单快递运编码是这个好谢麻烦了啦呀啊哦嗯吧请帮查一下看唔该系呢"
OFFER_CHECK = re.compile(
    r"(?:(?:ok|okay|so|then|yes|yeah|sure|hi|hello|um|hmm)\s+)*(?:(?:can|could|would|will)\s+(?:someone|somebody|you"
    r"|anyone|a\s+person|a\s+colleague|one\s+of\s+you|your\s+team)(?:\s+please)?\s+|please\s+|pls\s+|plz\s+)"
    r"(?:check|check\s+(?:it|that|this|for\s+me|on\s+it|it\s+for\s+me|on\s+my\s+order|my\s+order)"
    r"|look\s+(?:it|that)\s+up|look\s+into\s+(?:it|that|this|my\s+order)|have\s+a\s+look|take\s+a\s+look"
    r"|chase\s+(?:it|that|this)(?:\s+up)?)(?:\s+(?:for\s+me|please|pls|plz|thanks|thx))*"
    # asked of someone (帮我 / 麻烦 / 可以…吗), not "看看" or "查查" alone, which a member may say to themselves
    r"|(?:(?:可以|能|能不能|可不可以|麻烦|请|那麻烦|唔该)(?:你们|你|同事|有人)?(?:帮我|帮忙|帮手|帮)?"
    r"|(?:你们|你|同事|有人)?(?:帮我|帮忙|帮手|帮))(?:查|看|催|跟进)"
    r"(?:一下|下|查|看|一查|一看)(?:吗|嘛|呀|啊|吧|呢|可以吗|好吗|得唔得|谢谢)*")

# ... or only says the matter is still not settled, after an answer that told the member to look it up themselves
# and offered a person: "it's been 10 days already" after the tracking answer got the customs answer, "已经10天了还没到"
# "I don't know" (lead33). A waiting time (10 days, 两个星期), something not yet come (still not here, 还没收到) or
# tracking that has not moved, alone or two of them, among a few leading and trailing words.
_EN_COUNT = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
             r"|a\s+few|few|several|many|so\s+many)")
_EN_SPAN = rf"(?:(?:over|more\s+than|almost|nearly|like|about|around)\s+)?{_EN_COUNT}\s+(?:business\s+|working\s+)?" \
           r"(?:days?|weeks?|wks?|months?)"
_EN_THING = r"(?:it|anything|my\s+(?:order|parcel|package|stuff|refund)|the\s+(?:order|parcel|package|stuff|refund))"
_EN_STILL = "|".join((
    rf"(?:(?:its|it\s+has|ive|i\s+have|weve|we\s+have|has|have)\s+)?been\s+(?:waiting\s+(?:for\s+)?)?{_EN_SPAN}"
    r"(?:\s+(?:now|already|since\s+i\s+(?:ordered|paid)|since\s+it\s+shipped))?",
    rf"(?:i\s+)?(?:ordered|paid|bought\s+it|it\s+shipped|shipped)\s+{_EN_SPAN}\s+ago",
    rf"(?:{_EN_THING}\s+)?(?:is\s+)?still\s+(?:not\s+(?:here|arrived|received|delivered|shipped|moving|updated|come)"
    r"|hasnt\s+(?:arrived|come|moved|shipped|changed|been\s+(?:delivered|updated|shipped))|nothing|no\s+(?:sign|update"
    r"|updates|news|parcel|package)|waiting|pending|stuck|in\s+transit|the\s+same)",
    rf"(?:i\s+)?(?:still\s+)?(?:havent|have\s+not|didnt|did\s+not|never)\s+(?:got|gotten|get|received|receive)\s+"
    rf"{_EN_THING}(?:\s+yet)?",
    rf"(?:{_EN_THING}\s+)?(?:hasnt|has\s+not|didnt|did\s+not)\s+(?:arrived|come|moved|updated|shipped)(?:\s+yet)?",
    r"(?:the\s+)?tracking\s+(?:hasnt|has\s+not|isnt|is\s+not|doesnt|didnt)\s+(?:moved|updated|changed|updating"
    r"|moving|show\s+anything)(?:\s+(?:at\s+all|yet|in\s+days))?",
    r"(?:nothing|no\s+(?:update|updates|news))\s+yet", r"not\s+(?:here|arrived|received|delivered)\s+yet"))
_EN_LEAD = r"(?:(?:but|and|well|hmm+|um+|ok|okay|so|yeah|yes|yea|no|nope|ugh|hi|hello|sorry|hey)\s+)*"
_EN_TRAIL = r"(?:\s+(?:already|now|yet|though|lol|pls|please|help|thanks|still|at\s+all))*"
STILL_WAITING_EN = re.compile(rf"{_EN_LEAD}(?:{_EN_STILL})(?:\s+(?:and|but|so)?\s*(?:{_EN_STILL})){{0,2}}{_EN_TRAIL}")
_ZH_SPAN = r"(?:快|将近|超过|差不多)?(?:\d+|[一二两三四五六七八九十几半]+)多?个?(?:天|周|星期|礼拜|月|工作日)多?"
_ZH_STILL = "|".join((
    rf"(?:已经|都|都已经|已经等了|都等了|我等了|等了|下单|下单都|付款|买了){_ZH_SPAN}了?|{_ZH_SPAN}了",  # not "10天"
    r"(?:怎么|为什么|咋|咋个)?(?:还|还是|一直|到现在(?:还|都)?|至今|仍然|依然)?(?:没|没有|未|冇|唔)"
    r"(?:到账|退款|退回来|退钱|退|到|收到|送到|来|寄到|更新|动|发货|消息|动静)(?:货|快递|包裹|东西|钱)?",
    r"(?:物流|快递|单号|包裹)(?:信息)?(?:一直|还|都|还是)?(?:没|没有|不)(?:更新|动|变)(?:过)?",
    # nothing named, the still said ("还是没有", "一直都冇" just after the tracking: "I don't know"; lead42); not a bare
    # 没有, which answers a question
    r"(?:还|还是|一直|一直都|到现在(?:还|都)?|至今|仍然|依然|都)(?:没有|没|冇|未有)(?:啊|喔|呢)?(?:动静|消息|反应)?"))
_ZH_JOIN = r"(?:而且|但是|可是|还是|都|了)?"
_ZH_LEAD = r"(?:可是|但是|但|可|而且|那个|嗯|呃|哎|唉|诶|啊|我的|钱|退款|款|快递|包裹|东西|货)*"
_ZH_TRAIL = r"[了啊呀呢啦吧哦喔嘛诶欸]*"
STILL_WAITING_ZH = re.compile(rf"{_ZH_LEAD}(?:{_ZH_STILL})(?:{_ZH_JOIN}(?:{_ZH_STILL})){{0,2}}{_ZH_TRAIL}")

SOMEONE_ZH = re.compile(r"^(?:有没有人|有人|同事|你们同事)")  # "有人能帮我查一下吗": OFFER_CHECK reads the rest

# ... or says the photos it asked for are coming or sent ("here are the photos", "照片发你了"): "here are the photos"
# after the damaged-parcel answer got the resume answer ("without photo") (lead33).
PHOTOS_SENT_EN = re.compile(
    r"(?:(?:ok|okay|sure|yes|yeah|hi|hello|so|and)\s+)*(?:here\s+(?:are|is|r)|heres|these\s+are|this\s+is|sending"
    r"|ill\s+send|i\s+will\s+send|i\s+sent|i\s+have\s+sent|ive\s+sent|sent|attached|see|i\s+attached|uploading"
    r"|i\s+uploaded)\s+(?:you\s+)?(?:the\s+|my\s+|some\s+|a\s+)?(?:photos?|pictures?|pics?|images?|screenshots?)"
    r"(?:\s+(?:of\s+(?:it|the\s+box|the\s+damage|the\s+product|the\s+parcel|my\s+skin)|attached|above|below|now"
    r"|please|pls|thanks))*"
    r"|(?:photos?|pictures?|pics?|images?|screenshots?)\s+(?:attached|sent|above|below|coming)")
_ZH_PHOTO = r"(?:几张照片|几张图|照片|图片|相片|截图|图)"
_ZH_PHOTO_BEFORE = r"(?:这是|这些是|这几张是|已经发了|发了|已发|发给你|发你|发|传|把)"
_ZH_PHOTO_AFTER = (r"(?:(?:已经|我)?(?:发|传|上传)(?:给)?(?:你|你们)?(?:了|啦)?|给(?:你|你们)(?:了)?|在这里?"
                   r"|在下面|在上面|来了)")
PHOTOS_SENT_ZH = re.compile(rf"(?:好的|好|嗯|那)?我?(?:{_ZH_PHOTO_BEFORE}{_ZH_PHOTO}{_ZH_PHOTO_AFTER}?"
                            rf"|{_ZH_PHOTO}{_ZH_PHOTO_AFTER})[了啦啊呀哦吧]*")

IN_HOURS = {"zh": "好的，{brand}的同事会在这里回复你，请稍等。在同事回复之前，我先不自动回答。",
            "en": "Sure, a colleague from the {brand} team will reply here shortly. Until then I'll stay quiet."}
# handoff.yaml `quiet: false`: the bot goes on answering, so it must not say it will stay quiet
IN_HOURS_ANSWERING = {"zh": "好的，{brand}的同事会在这里回复你，请稍等。",
                      "en": "Sure, a colleague from the {brand} team will reply here shortly."}
AFTER_HOURS = {"zh": "好的，已经把你的消息留给{brand}的同事。现在不在工作时间，"
                     "团队会在{when}（{zone}）回来，届时在这里回复你。",
               "en": "Sure, I've left your message for the {brand} team. We're outside office hours; the team is "
                     "back {when} ({zone}) and will reply here."}
# The Official Account's staff answer through customer-service messages, only within 48 h of the member's last
# message (docs/platform.md §0): when the team is back later, the member must write again. (A kf servicer replies
# in the WeCom client, which may also reach an ended session: doc 94669; no such limit is stated for them.)
REPLY_WINDOW_S = 48 * 3600
WINDOWED_CHANNELS = frozenset({Channel.OA})
AFTER_WINDOW = {"zh": "好的，已经把你的消息留给{brand}的同事。现在不在工作时间，团队会在{when}（{zone}）回来。"
                      "微信只允许我们在你最后一条消息后 48 小时内回复，"
                      "所以到时请再给我们发一条消息，同事就能在这里回复你。",
                "en": "Sure, I've left your message for the {brand} team. We're outside office hours; the team is "
                      "back {when} ({zone}). WeChat lets us reply only within 48 hours of your last message, so "
                      "please send us a message then and a colleague will reply here."}
WAITING = {"zh": "已经在为你转接{brand}的同事了，请稍等，他们会在这里回复你。",
           "en": "A colleague from the {brand} team is on the way and will reply here. Thanks for waiting."}
UNAVAILABLE = {"zh": "抱歉，这里暂时没有同事在线接待。你可以直接把问题发给我，我会尽量回答。",
               "en": "Sorry, there's no one from the team available here right now. "
                     "Ask me directly and I'll do my best."}
# Asking whether the bot got one's message, as the whole message ("did you get my message?", "你收到我的消息了吗", "我发
# 的消息你收到了吗", "有冇收到我個message", "你有收到我的訊息嗎"): the FAQ read "message" as the push messages and
# answered how to unsubscribe (lead45, lead46). The truth: every message sent here is read and answered at once; while
# a person is on the way (a handoff open, not quiet), that too, in the handoff's own words: never that they saw it.
_MESSAGE = r"(?:消息|信息|讯息|留言|私信|短讯|message|messages|msg|msgs|问题)"
_OF_MINE = r"(?:我|我的|我嘅|我个|我啲|我条|我发的|我发嘅|我传的|我问的|我发过来的|我发给你的|我发咗俾你嘅|我send嘅)"
_ASKED = r"(?:吗|么|嘛|呀|啊|呢|没|没有|未|冇|无|㗎|喇|啦|了|不|ma)*"
RECEIVED_ASKS = re.compile("|".join((
    # 你收到我的消息了吗, 有冇收到我個message, 你有没有看到我的留言
    rf"(?:请问|喂|哈喽|你好|hello|hi)?(?:你|你们|你哋|你地)?(?:有没有|有冇|有无|有|是否|收唔)?"
    rf"(?:收到|看到|睇到|见到|收)(?:了|咗)?{_OF_MINE}{_MESSAGE}{_ASKED}",
    # 我发的消息你收到了吗, 我傳的訊息你有看到嗎, 消息收到了吗
    rf"(?:请问|喂|哈喽|你好|hello|hi)?{_OF_MINE}?{_MESSAGE}(?:你|你们|你哋|你地)?(?:有没有|有冇|有无|有)?"
    rf"(?:收到|看到|睇到|见到)(?:了|咗)?{_ASKED}",
    # did you get my message, have you received my messages, did u see my msg, did my message go through
    r"(?:(?:hi|hey|hello|um|so|ok|okay|sorry|just checking|just wondering|quick q|yo) )*"
    r"(?:(?:did|have|has|do|are|can|could) (?:you|u|ya|you guys|u guys|anyone|somebody|someone) |(?:you|u) )?"
    r"(?:get|got|receive|received|see|seen|saw|read|getting|receiving|seeing) (?:my|the|all my|any of my) "
    r"(?:last |previous |earlier |first |other |latest )?(?:message|messages|msg|msgs|text|texts|question|questions"
    r"|dm|dms)(?: (?:i (?:just )?sent(?: you)?|i left|earlier|before|yesterday|just now|above|from earlier))?"
    r"(?: (?:at all|yet|ok|okay|please|pls|then|lol))*",
    r"(?:(?:hi|hey|hello|um|so|ok|okay|sorry) )*(?:did|has|have) my (?:last |previous )?(?:message|messages|msg|text"
    r"|question) (?:go|gone|get|got|come|came) (?:through|thru|to you)(?: (?:ok|okay|at all|yet))*",
    # why no answer ("怎么不回我", "你怎么不理我", "點解唔覆我", "why aren't you answering"): the return policy (its 退
    # hidden in nothing: 回), a did-you-mean, "I don't know" (lead46). The same truth.
    r"(?:喂|哈喽|hello|hi)?(?:你|你们|你哋|你地)?(?:怎么|为什么|为啥|咋|点解|做咩|干嘛|干吗)(?:还|都|仲|又)?"
    r"(?:不|没|唔|冇)(?:有)?(?:回|回复|回答|覆|理|睬|应|答)(?:我|人)?(?:的|嘅)?(?:消息|信息|讯息|message)?"
    r"(?:呀|啊|呢|的|嘅|㗎|啦|了|喇|嘛|\?)*",
    r"(?:(?:hello|hi|hey|um|so|ok|okay|helloo+) )*(?:why (?:aren t|arent|are not|don t|dont|do not|didn t|didnt"
    r"|won t|wont|isn t|isnt) (?:you|u|anyone|anybody|someone|somebody) (?:answer|answering|reply|replying|respond"
    r"|responding|get back to)(?: (?:me|my message|my question|my messages))?|why (?:no|no one s|nobody s) "
    r"(?:reply|answer|response|replying|answering)|(?:(?:you|u) (?:aren t|arent|are not|re not|r not)|youre not) "
    r"(?:answering|replying|responding)(?: (?:me|my question|my message))?)(?: (?:yet|lol|pls|please))*",
)))
# While a person is on the way and the bot is quiet (handoff.yaml `quiet`), the member checking on it, as the whole
# message: whether the message got here (RECEIVED_ASKS), whether anyone is there ("在吗", "有人吗", "hello?", "is anyone
# there"), how long the wait is ("还要等多久", "怎么还没人回", "how long do I have to wait", "when will someone reply").
# They got nothing, again and again, after "I'll stay quiet" (lead46, lead47): a member cannot tell silence from a
# broken chat. Told that the request is still open and who replies when (STILL_OPEN): never that a person has read it.
_ZH_WAIT = r"(?:啊|呀|呢|吗|嘛|啦|了|喇|㗎|咩|哦|\?)*"
STATUS_ASKS = re.compile("|".join((
    rf"(?:喂|hello|hi|哈喽|你好)?(?:在吗|在不在|在嘛|在么|还在吗|有人吗|有人在吗|有没有人|有没有人在|有人在不在|人呢"
    rf"|有冇人|有冇人喺度|有人喺度吗|喺唔喺度|喂+){_ZH_WAIT}",
    rf"(?:请问)?(?:我)?(?:还|仲)?(?:要|需要|得)(?:等|排)(?:多久|多长时间|几耐|几久|几时)(?:才有人(?:回复?|理)(?:我)?)?"
    rf"{_ZH_WAIT}",
    rf"(?:请问)?(?:怎么|为什么|为啥|点解|咋)?(?:还|仲)(?:没|冇|未|没有)(?:有)?(?:人|同事|客服|人工)?(?:回复?|覆|理|联系|睬)?"
    rf"(?:我)?{_ZH_WAIT}",
    rf"(?:请问)?(?:人工|客服|同事|真人)?(?:什么时候|几时|啥时候|何时)(?:才)?(?:会)?(?:有人|人工|客服|同事)?(?:回复?|覆|理|联系)"
    rf"(?:我)?{_ZH_WAIT}",
    rf"(?:人工|客服|同事|真人)(?:呢|在哪|去哪了|还没来){_ZH_WAIT}",
    r"(?:(?:hello|hi|hey|um|so|ok|okay|helloo+) )*(?:hello+|hi|hey|anyone|anybody|someone|somebody)"
    r"(?: (?:there|here|around|home))?(?: (?:at all|pls|please))?",
    r"(?:(?:hello|hi|hey|um|so|ok|okay) )*(?:is|are) (?:anyone|anybody|someone|somebody|you|u) (?:there|here|around"
    r"|still there|still here|coming)(?: (?:at all|yet|pls|please))?",
    r"(?:(?:hello|hi|hey|um|so|ok|okay) )*how (?:long|much longer) (?:do|will|should|must) i (?:have to |need to )?"
    r"(?:wait|be waiting)(?: for (?:a reply|an answer|someone|somebody|a person|an agent|them))?",
    r"(?:(?:hello|hi|hey|um|so|ok|okay) )*(?:when|how soon) (?:will|is|does|can) (?:someone|somebody|anyone|a person"
    r"|an agent|the team|a colleague|a human|you) (?:reply|answer|respond|get back to me|come|contact me|be here)"
    r"(?: to me)?",
    r"(?:(?:hello|hi|hey|um|so|ok|okay) )*(?:i m |im |i am )?still waiting(?: (?:for (?:a reply|an answer|someone)"
    r"|here))?",
)))
STILL_OPEN = {"zh": "收到了 👍 你找人工的请求还在等待中，{brand}的同事会在这里回复你，请再稍等。"
                    "在那之前我先不自动回答。",
              "en": "Yes, your messages come through 👍 Your request for a person is still open: a colleague from the "
                    "{brand} team will reply here. Until then I'm not answering automatically."}
STILL_OPEN_AFTER_HOURS = {"zh": "收到了 👍 你找人工的请求还在等待中。现在不在工作时间，"
                                "{brand}的团队会在{when}（{zone}）回来，届时在这里回复你。在那之前我先不自动回答。",
                          "en": "Yes, your messages come through 👍 Your request for a person is still open. We're "
                                "outside office hours; the {brand} team is back {when} ({zone}) and will reply here. "
                                "Until then I'm not answering automatically."}
# The Official Account's 48 h window (REPLY_WINDOW_S) counted from this message: when the team is back later, say so.
WRITE_AGAIN = {"zh": "微信只允许我们在你最后一条消息后 48 小时内回复，所以到时请再给我们发一条消息。",
               "en": " WeChat lets us reply only within 48 hours of your last message, so please send us a message "
                     "then."}

WEEKDAYS = {"zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
            "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")}


class HandoffHandler:
    name = "handoff"
    summary: ClassVar[Mapping[str, str]] = {"zh": "人工：转真人客服", "en": "agent: talk to a person"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not inbound.is_message:
            return None
        handoff = content.handoff
        words = terms(inbound) if inbound.text else ""
        if words and inbound.channel is Channel.WECOM and not inbound.in_group and (
                inbound.user_id in handoff.staff or not handoff.staff):  # WeCom app users are the corp's own
            text, word = command_text(inbound), handoff.close_word.lower()
            if text.startswith(word) and (len(text) == len(word) or not text[len(word)].isalpha()
                                          or text[len(word)] == "h"):  # "结束 h1a2", "结束h1a2", not "结束语"
                rest = text[len(word):].split()
                return Match({"close": rest[0] if rest else ""})
        if words and content.remembered(_asks_for_person)(command_text(inbound)):  # text-only: per content version
            return Match({"ask": True})
        offered = _offer_taken_up(inbound, member, content, content.remembered(_takes_up_offer)) if words else ""
        if offered:
            return Match({"ask": True, "offer": offered})
        waited = _offer_taken_up(inbound, member, content, content.remembered(_still_waiting),
                                 entries=content.handoff.waiting_on) if words and content.handoff.waiting_on else ""
        if waited:  # "it's been 2 weeks" just after the refund's time: a person looks (handoff.yaml waiting_on)
            return Match({"ask": True, "waited": waited})
        if words and not inbound.in_group and content.remembered(_asks_someone_to_check)(command_text(inbound)):
            return Match({"ask": True})  # 1:1 only: in a group, "can someone check?" may be asked of the others
        opened = open_handoff(member, inbound)
        if opened is not None and words and not inbound.in_group and inbound.channel is not Channel.KF \
                and (words in _words((*CANCEL_WORDS, handoff.close_word))
                     or content.remembered(_cancel_wrapped)(words)):
            # not in customer service: the session is with a servicer, which only they can end (docs/platform.md)
            return Match({"cancel": opened})
        if opened is None and words and content.remembered(_cancels)(words):
            # "不用人工了" read 人工 and opened one
            return Match({"cancel": ""})
        # In a group too: the answer promised the member a colleague and no automatic answers until then.
        if handoff.quiet and opened is not None:
            checks = bool(words) and not inbound.in_group and inbound.channel is not Channel.KF \
                and content.remembered(_checks_on_it)(normalize(command_text(inbound)))
            return Match({"quiet": True, "still_open": checks})
        return None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        if "close" in match.data:
            return Result(events=((CLOSE_EVENT, {"id": match.data["close"], "by": inbound.user_id}),))
        if match.data.get("still_open"):  # "在吗", "did you get my message?": the request is open, who replies when
            return Result(messages=(Text(text=still_open_text(inbound, member, content)),))
        if match.data.get("quiet"):
            return Result()  # a person is coming: nothing is answered, the message is in the event stream
        if match.data.get("cancel") == "":
            return Result(messages=(Text(text=NOTHING_TO_CANCEL[reply_locale(inbound, member, content)]),))
        if "cancel" in match.data:
            handoff = content.handoff
            text = CANCELLED[reply_locale(inbound, member, content)]
            return Result(messages=(Text(text=text),), set_fields={F_HANDOFF: ""},
                          events=((CANCEL_EVENT, {"id": match.data["cancel"], "staff": ",".join(handoff.staff),
                                                  "robot": handoff.robot}),))
        offered, waited = match.data.get("offer"), match.data.get("waited")
        reason = f"offer:{offered}" if offered else f"waiting:{waited}" if waited else "asked"
        return open_result(inbound, member, content, reason=reason)


def open_result(inbound: Inbound, member: Member | None, content: Content, *, reason: str,
                extra_events: tuple[tuple[str, Mapping[str, str]], ...] = (),
                fields: Mapping[str, str] | None = None) -> Result:
    """What asking for a person answers: the honest reply, the member field and the `handoff.open`
    event (or, with nobody to tell, the reply that says so). Also used by the FAQ handler for an
    unanswered question or a FAQ entry listed in handoff.yaml `faq`."""
    handoff = content.handoff
    locale = reply_locale(inbound, member, content)
    brand = brand_name(content, locale)
    set_fields = dict(fields or {})
    back = next_opening(handoff, inbound.sent_at)
    if open_handoff(member, inbound) is not None:
        # "a colleague is on the way" is true in office hours; on a Saturday it is when the team is back
        text = (brand_text(content, "handoff_waiting", locale, WAITING, brand=brand) if back is None
                else after_hours_text(inbound, content, locale, brand, back))
        return Result(messages=(Text(text=text + cancel_hint(inbound, content, locale)),), set_fields=set_fields,
                      events=extra_events)
    if not handoff.reachable or member is None:
        text = brand_text(content, "handoff_unavailable", locale, UNAVAILABLE, brand=brand)
        event = {"reason": reason, "channel": str(inbound.channel)}
        if reason.startswith("offer:"):  # an answer's offer of a person, taken up and refused: used up, so the
            set_fields[FOLLOW_FIELD] = ""  # member's next words are read alone (they heard "nobody" each time; lead39)
        return Result(messages=(Text(text=text),), set_fields=set_fields,
                      events=(*extra_events, (UNAVAILABLE_EVENT, event)))
    handoff_id = handoff_id_for(inbound)
    opened_s = int(inbound.sent_at.timestamp())
    if back is None:
        text = brand_text(content, "handoff", locale, IN_HOURS if handoff.quiet else IN_HOURS_ANSWERING, brand=brand)
    else:
        text = after_hours_text(inbound, content, locale, brand, back)
    text += cancel_hint(inbound, content, locale)
    until_s = lapses_at(handoff, opened_s, back)
    set_fields[F_HANDOFF] = f"{handoff_id}|{until_s}"
    event = {"id": handoff_id, "reason": reason, "text": command_text(inbound)[:TEXT_MAX_CHARS],
             "channel": str(inbound.channel), "locale": locale, "staff": ",".join(handoff.staff),
             "robot": handoff.robot, "kf_servicer": handoff.kf_servicer, "after_hours": "1" if back else "",
             "close_word": handoff.close_word, "timezone": handoff.timezone,
             "until": str(until_s)}
    return Result(messages=(Text(text=text),), set_fields=set_fields, events=(*extra_events, (OPEN_EVENT, event)))


def still_open_text(inbound: Inbound, member: Member | None, content: Content) -> str:
    """What a member checking on their open handoff is told (STATUS_ASKS): the request is open and a colleague replies
    here, in office hours, or when the team is back (and on the Official Account, past 48 h from this message, that
    they must write again then); never that anyone has read their messages."""
    locale = reply_locale(inbound, member, content)
    brand = brand_name(content, locale)
    back = next_opening(content.handoff, inbound.sent_at)
    if back is None:
        text = brand_text(content, "handoff_still_open", locale, STILL_OPEN, brand=brand)
    else:
        text = brand_text(content, "handoff_still_open_after_hours", locale, STILL_OPEN_AFTER_HOURS, brand=brand,
                          when=when_text(back, inbound.sent_at, locale), zone=zone_label(content.handoff).get(locale))
        if inbound.channel in WINDOWED_CHANNELS and back.timestamp() - inbound.sent_at.timestamp() > REPLY_WINDOW_S:
            text += WRITE_AGAIN[locale]
    return text + cancel_hint(inbound, content, locale)


def _checks_on_it(normalized: str, _content: Content) -> bool:
    """Whether a normalised message, as a whole, checks on the handoff (STATUS_ASKS, RECEIVED_ASKS); Chinese read
    without the spaces normalising leaves. Text-only (for Content.remembered)."""
    text = unspaced(normalized).strip(" ?？!！.。~")
    return STATUS_ASKS.fullmatch(text) is not None or RECEIVED_ASKS.fullmatch(text) is not None


def cancel_hint(inbound: Inbound, content: Content, locale: str) -> str:
    """How to take the request back, where the member can (CANCEL_WORDS) and the bot would stay quiet meanwhile:
    not in WeChat customer service (a servicer has the session) nor in a group."""
    if not content.handoff.quiet or inbound.channel is Channel.KF or inbound.in_group:
        return ""
    return CANCEL_HINT[locale]


def after_hours_text(inbound: Inbound, content: Content, locale: str, brand: str, back: datetime) -> str:
    """When the team is back, and, on the Official Account when that is past the 48 h reply window, that the
    member must write again then."""
    late = (inbound.channel in WINDOWED_CHANNELS
            and back.timestamp() - inbound.sent_at.timestamp() > REPLY_WINDOW_S)
    return brand_text(content, "handoff_after_window" if late else "handoff_after_hours", locale,
                      AFTER_WINDOW if late else AFTER_HOURS, brand=brand,
                      when=when_text(back, inbound.sent_at, locale), zone=zone_label(content.handoff).get(locale))


def lapses_at(handoff: Handoff, opened_s: int, back: datetime | None) -> int:
    """When a handoff nobody closed ends: `timeout` after it opened, or, opened outside office hours, `timeout`
    after the team is back. Counted from the opening, a Friday evening's handoff lapsed on Saturday evening: it
    left `siyu handoffs` and the dashboard before anyone came in on Monday to answer it."""
    return max(opened_s, int(back.timestamp()) if back is not None else 0) + handoff.timeout_s


def handoff_id_for(inbound: Inbound) -> str:
    """Short enough to type after the close word; the same for every retry of one callback."""
    return "h" + inbound.dedupe_key[:8]


def open_handoff(member: Member | None, inbound: Inbound) -> str | None:
    """The id of the member's open handoff, or None (none, or timed out by the time of `inbound`)."""
    if member is None:
        return None
    handoff_id, _, until = member.get(F_HANDOFF).partition("|")
    if not handoff_id or not until.isdigit() or int(until) <= int(inbound.sent_at.timestamp()):
        return None
    return handoff_id


def next_opening(handoff: Handoff, at: datetime) -> datetime | None:
    """When the team is next in, in the brand's zone; None while they are in now."""
    zone = _zone(handoff.timezone)
    local = at.astimezone(zone)
    minute = local.hour * 60 + local.minute
    if local.isoweekday() in handoff.days and handoff.opens <= minute < handoff.closes:
        return None
    opens = time(handoff.opens // 60, handoff.opens % 60)
    for ahead in range(8):
        day = local.date() + timedelta(days=ahead)
        if day.isoweekday() in handoff.days:
            start = datetime.combine(day, opens, zone)
            if start > local:
                return start
    return None


def when_text(back: datetime, now: datetime, locale: str) -> str:
    """"明天 09:00" / "tomorrow at 09:00", in the zone `back` is in."""
    days = (back.date() - now.astimezone(back.tzinfo or UTC).date()).days
    clock = back.strftime("%H:%M")
    if locale == ZH:
        day = "今天" if days == 0 else "明天" if days == 1 else WEEKDAYS["zh"][back.isoweekday() - 1]
        return f"{day} {clock}"
    day = "today" if days == 0 else "tomorrow" if days == 1 else f"on {WEEKDAYS['en'][back.isoweekday() - 1]}"
    return f"{day} at {clock}"


def zone_label(handoff: Handoff) -> LocalizedText:
    """The zone as members read it: the brand's label, else the IANA name."""
    return handoff.zone_label or LocalizedText(zh=handoff.timezone, en=handoff.timezone)


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(word) for word in words)


def _cancel_wrapped(words: str, content: Content) -> bool:
    """A cancel word (CANCEL_WORDS) and only words taking a request back around it (CANCEL_FILLER_WORDS / _CHARS).
    Reads the text alone: remembered with it per content version (Content.remembered), as every message asks."""
    if not any(word in words for word in _words(CANCEL_WORDS)):  # the ~all messages naming none pay one scan
        return False
    rest, found = take_terms(words, sorted(_words(CANCEL_WORDS), key=longest_first))
    return found and only_filler(rest, CANCEL_FILLER_WORDS, CANCEL_FILLER_CHARS)


def _asks_for_person(text: str, content: Content) -> bool:
    """A message whose command text is `text` asks for a person: its terms (`handlers.common.terms`) are a request
    word (handoff.yaml `words`) or one with the details after it (`_asks_with_details`). Text-only (for
    Content.remembered): read once per text, not on every message (issue 10)."""
    words = spelled_out(normalize(text))  # terms(inbound), from its command text
    return bool(words) and (words in _words(content.handoff.words)
                            or _asks_with_details(text, words, content.handoff.words))


def offer_detailed(inbound: Inbound, member: Member | None, content: Content) -> str:
    """The entry whose answer just offered a person when this message carries the details it asked for (a reference:
    an order or tracking number) and says more ("订单号LM12345678，新地址是多伦多Yonge街100号" after the address
    answer): asked by the FAQ only where it would otherwise answer nothing or the same answer again, which is what
    the member got (lead32). "" otherwise."""
    return _offer_taken_up(inbound, member, content, lambda text: REFERENCE.search(normalize(text)) is not None)


def _offer_taken_up(inbound: Inbound, member: Member | None, content: Content, says: Callable[[str], bool],
                    entries: Collection[str] | None = None) -> str:
    """The entry whose answer just offered the member a person (1:1, within the follow-up window, no handoff open)
    when the message's command text `says` what taking it up needs, else "". Cheapest first: most last answers offer
    nobody, so the text is read only after the last answer's id. `entries`: the answers that count (default: those
    offering a person, `_offering`)."""
    last = member.get(FOLLOW_FIELD).partition("|")[0] if member is not None else ""
    if not last or last not in (content.remembered(_offering)("") if entries is None else entries) \
            or inbound.in_group or not says(command_text(inbound)):
        return ""
    return last if remembered_entry(member, int(inbound.sent_at.timestamp())) == last \
        and open_handoff(member, inbound) is None else ""


def _offering(_: str, content: Content) -> frozenset[str]:
    """The entries whose answers tell the member to reply a request word for a person (回复【人工】, reply "agent"),
    with the details they ask for. Once per content version (Content.remembered)."""
    quoted = [f"{open_mark}{word.casefold()}{close_mark}" for word in content.handoff.words
              for open_mark, close_mark in (("【", "】"), ('"', '"'), ("“", "”"), ("「", "」"))]
    return frozenset(entry.id for entry in content.faq
                     if any(mark in " ".join(entry.answers.get(locale) for locale in ("zh", "en")).casefold()
                            for mark in quoted))


def _takes_up_offer(text: str, _content: Content) -> bool:
    """A whole message that is only a reference ("LM12345678", "order number LM12345678", "单号是LM12345678"), only
    asks someone to check ("can someone check?", "帮我查一下") or only says it is still not settled ("it's been 10
    days already", "还没收到"): the details, the yes or the reason an answer offering a person asked for. Text-only
    (for Content.remembered)."""
    normalized = normalize(text)
    if not normalized or len(normalized) > 60:
        return False
    joined = normalized if not has_cjk(normalized) else normalized.replace(" ", "")
    if OFFER_CHECK.fullmatch(joined) or _says_still_waiting(normalized) \
            or (PHOTOS_SENT_ZH if has_cjk(joined) else PHOTOS_SENT_EN).fullmatch(joined):
        return True
    reference = REFERENCE.search(normalized)
    if reference is None:
        return False
    rest = normalized[:reference.start()] + " " + normalized[reference.end():]
    return only_filler(rest, OFFER_FILLER_WORDS, OFFER_FILLER_CHARS)


def _still_waiting(text: str, _content: Content) -> bool:
    """A whole message saying only that it is still not settled (`_says_still_waiting`). Text-only (for
    Content.remembered)."""
    return _says_still_waiting(normalize(text))


def _says_still_waiting(normalized: str) -> bool:
    """Whether a normalised whole message only says it is still not settled: a time waited ("it's been 10 days",
    "都两个星期了"), something not come ("still not here", "还没到账") or tracking that has not moved."""
    if not normalized or len(normalized) > 80:
        return False
    if has_cjk(normalized):
        return STILL_WAITING_ZH.fullmatch(normalized.replace(" ", "")) is not None
    return STILL_WAITING_EN.fullmatch(normalized) is not None


def _asks_someone_to_check(text: str, _content: Content) -> bool:
    """A whole message asking us to check, with nothing named to check (OFFER_CHECK: "can someone check?", "could
    you look into it", "同事帮我查一下"), and no answer offering a person just before: only a person can, so it asks
    for one. "can someone check?" got the authenticity answer ("check" read as checking a code) (lead33). In
    Chinese only when a person is named (有人 / 同事): "帮我查一下" alone is the tracking answer's matter, which
    offers a person itself. Text-only (for Content.remembered)."""
    normalized = normalize(text)
    if not normalized or len(normalized) > 60:
        return False
    if has_cjk(normalized):
        joined = normalized.replace(" ", "")
        rest = SOMEONE_ZH.sub("", joined, count=1)
        return rest != joined and OFFER_CHECK.fullmatch(rest) is not None
    return OFFER_CHECK.fullmatch(normalized) is not None


def _cancels(words: str, content: Content) -> bool:
    """The normalised message cancels a request for a person: a cancel word (CANCEL_WORDS), or one wrapped in polite
    words (`_cancel_wrapped`). Text-only (for Content.remembered)."""
    return words in _words(CANCEL_WORDS) or _cancel_wrapped(words, content)


def _asks_with_details(text: str, words: str, request_words: tuple[str, ...]) -> bool:
    """A request word (handoff.yaml `words`) leading the message with the details after it, or ending it after a
    reference: what the FAQ's answers ask members to send (REFERENCE). A request word inside a sentence asks
    nothing ("人工智能护肤", "human skin is acidic", "客服几点上班")."""
    leading = _leading(request_words)
    for word in leading if words.startswith(leading) else ():
        if not words.startswith(word):
            continue
        after = words[len(word):]
        if after[:1] == " " or (after and not has_cjk(after[0]) and has_cjk(word)):  # "人工lm12345678"
            if REFERENCE.search(after) is not None:
                return True
            typed = text.lstrip().casefold()
            return typed.startswith(word) and DETAILS_MARK.match(typed, len(word)) is not None
    if REFERENCE.search(words) is None:
        return False
    rest = words
    for filler in TRAILING_FILLER:
        if rest.endswith(" " + filler):
            rest = rest[:-len(filler) - 1]
    return any(rest.endswith(" " + word)
               or (has_cjk(word) and rest.endswith(word) and not has_cjk(rest[-len(word) - 1]))  # "lm12345678人工"
               for word in leading if len(rest) > len(word))


@lru_cache(maxsize=64)
def _leading(words: tuple[str, ...]) -> tuple[str, ...]:
    """The request words, normalised, longest first ("转人工" before "人工")."""
    return tuple(sorted(_words(words), key=longest_first))
