"""A follow-up that names only a place ("what about the US?", "and to the uk?", "那英国呢", "咁澳洲又点呀") after an
answer that differs by place (shipping times, costs, destinations, duties, stores): the same entry, for that place.

Alone, "what about the US?" asks nothing the FAQ can read: it got "I don't know" after the shipping times it followed
(lead27). The member's last answer is kept a short while (FOLLOW_FIELD, written only when it changes), and a
message that is a follow-up frame around a place the content knows answers it again when the answer differs by
place. Which entries differ by place is read from the content, not listed here: an entry two or more of whose
questions name a place (lexicon.PLACES, the brand's synonyms of them, its cities' names).

A follow-up naming only products ("那个A醛精华呢", "what about the toner?") after an entry the content marks
`per_product` (its answer holds for every product: "everything except the retinal serum is fine in pregnancy") is that
answer again: the shop read it as the serum's buy card, offered to a member who had just asked whether it was safe.

The member's last answer is remembered whichever entry it was (FOLLOW_FIELD): handlers/qa.py answers a short,
vague question ("what if it's opened", "怎么加入") that the FAQ reads only as a did-you-mean among that answer and
others with that answer again, the topic it continues (lead31).

A follow-up asking only how ("how do I join?", "how does it work", "怎么操作", "具体流程呢") asks how to do what
the last answer spoke of: that answer again (the membership: how to sign up), unless `follow_ups` names another entry
for `how`; the groups' handler read "how do I join?" after the membership as joining a group (lead31). A "how" that
names a doing (apply, join, sign up, request: HOW_VERBS) continues the last answer only when that answer speaks of
it: "怎么申请" after the Mandarin a job needs is how to apply for a job, read alone (lead32).

A follow-up asking only an aspect ("how much?", "is it free?", "要多久", "幾多錢呀") after an entry whose content names
an entry for that aspect (`follow_ups: {cost: shipping-cost, time: shipping-time}` on the shipping entries) is that
entry's question: after "do you ship to Australia?", the shop read "how much is it?" as its best sellers (lead31)."""

from __future__ import annotations

import re

from bot.content.lexicon import PLACES, stem
from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import Member
from bot.pending_menu import pending_menu
from bot.text import command_text, has_cjk, normalize, simplified
from handlers.common import contains_term
from handlers.product_names import named_products

FOLLOW_FIELD = "fu"  # member field: "<entry id>|<epoch s>" of the member's last FAQ answer
FOLLOW_WINDOW_S = 30 * 60  # a follow-up comes within minutes; later, "what about the US?" is a new conversation
REWRITE_AFTER_S = 5 * 60  # the same entry answered again within this: the field is left as it is (no write)

# Asking to hear the last thing again, as the whole message ("again", "say that again", "can you repeat that",
# "再说一遍", "没看懂，再发一次", "你刚才说什么"): the lesson shown last (handlers/tutorials.py) or the last answer
# (handlers/qa.py).
# "again" got "Hi", "say that again" the damaged-parcel answer, "再说一遍" "I don't know" (lead33).
REPEAT_ASKS = re.compile("|".join((
    r"(?:(?:sorry|pardon|huh|what|ok|okay|um|hmm|so|i dont get it|i didnt get that|i didnt get it|i dont understand"
    r"|im confused|confused) )*(?:can you |could you |can u |could u |would you |pls |please )?"
    r"(?:again|say (?:that|it|this) again|repeat(?: that| it| this| yourself)?|come again|one more time|once more"
    r"|send (?:that|it|this) again|explain (?:that|it|this) again|go over (?:that|it|this) again)"
    r"(?: please| pls| plz| thanks| again| slowly| sorry)*",
    r"(?:pardon|sorry what|what did you say|huh what)",
    # what was said before ("你刚才说什么", "你之前讲咗咩", "what did you say earlier", "what was that again"): "I don't
    # know", noted as a question the FAQ lacks (lead45)
    r"(?:sorry |wait |huh |um |hmm |so )*(?:what did you (?:just )?(?:say|tell me|write|send)"
    r"|what was (?:that|it|your answer|your last message)|whats that)(?: again| earlier| before| just now| above)*",
    r"(?:不好意思|抱歉|等等)?(?:你|您)?(?:刚才|刚刚|之前|头先|啱先|啱啱)(?:说|讲|回|回复|回答|发)(?:了|咗)?(?:的)?(?:是)?"
    r"(?:什么|啥|咩|乜|乜嘢|什么来着|啥来着)(?:来着)?(?:呀|啊|呢|嚟)?",
    r"(?:不好意思|抱歉|没看懂|看不懂|没看清|没看清楚|不明白|没明白|听不懂|唔明|睇唔明)?(?:可以|能|麻烦|请|你)?"
    r"(?:再说一遍|再说一次|再讲一遍|再讲一次|再发一遍|再发一次|再发一下|重复一遍|重复一下|重复一次|再来一遍|再来一次"
    r"|再解释一下|再解释一遍|讲多次|讲多一次|再讲多次|再说下|再讲下)(?:吗|嘛|吧|呀|啊|呢|好吗|可以吗|得唔得|谢谢|唔该)*",
)))


# Asking what one asked oneself, as the whole message ("我刚才问了什么", "我头先问咗咩", "what did I just ask",
# "what was my last question"): "I don't know", noted as a question the FAQ lacks (lead46). Said back (handlers/qa.py):
# the last answer's question as the FAQ read it, or the list, product or posting shown after it.
_JUST = r"(?:刚才|刚刚|之前|头先|啱先|啱啱|上一条|上条|上一个|上个|刚)"
_WHAT = r"(?:什么|啥|咩|乜|乜嘢|什么问题|咩问题|乜问题|哪个问题|边个问题)"
_TAIL = r"(?:来着|嚟|呀|啊|呢|吖|嘅|㗎)*"
LAST_ASKED_ASKS = re.compile("|".join((
    rf"(?:不好意思|抱歉|等等|咦)?(?:我?{_JUST}(?:问|问了|问咗|问过)|我(?:问了|问咗|问过))(?:你)?(?:的|嘅)?(?:是)?"
    rf"{_WHAT}{_TAIL}",
    rf"(?:不好意思|抱歉|等等|咦)?我(?:{_JUST}(?:说|讲|发)|(?:说|讲|发)(?:了|咗))(?:了|咗)?(?:的|嘅)?(?:是)?{_WHAT}{_TAIL}",
    rf"我{_JUST}(?:的|嘅)?(?:问题|消息|信息)(?:是)?{_WHAT}{_TAIL}",
    r"(?:(?:sorry|wait|um|hmm|so|ok|oh|lol) )*(?:what (?:did|was|were) i (?:just |last |earlier )?"
    r"(?:ask|asking|say|saying|send|write|type)(?: you)?(?: (?:again|earlier|before|just now|last|about))*"
    r"|what (?:was|is) my (?:last |previous |earlier )?(?:question|message|msg)(?: again)?"
    r"|do you (?:remember|know) what i (?:just )?(?:asked|said)(?: you)?)",
)))


def asks_what_was_asked(normalized: str) -> bool:
    """Whether a normalised message only asks what the member asked last (LAST_ASKED_ASKS), Chinese read `unspaced`."""
    return LAST_ASKED_ASKS.fullmatch(unspaced(normalized)) is not None


def unspaced(normalized: str) -> str:
    """A normalised Chinese message without the spaces normalising left for its punctuation ("没看懂，再说一遍",
    "好的，做完了"), as the whole-message readings here are written; other text as it is."""
    return normalized.replace(" ", "") if has_cjk(normalized) else normalized


def asks_again(normalized: str) -> bool:
    """Whether a normalised message only asks to hear the last thing again (REPEAT_ASKS), Chinese read `unspaced`."""
    return REPEAT_ASKS.fullmatch(unspaced(normalized)) is not None
# The places' own groups name kinds of place too ("country", "overseas"): a follow-up names one place.
NOT_A_PLACE = frozenset({"国家", "country", "countries", "overseas", "abroad", "international", "internationally",
                         "海外", "国外"})
# How followers name the United States in a follow-up, beside the lexicon's 美国 / usa / united states.
US_NAMES = ("us", "u s", "america", "the states", "states", "usa")
EN_FRAME = re.compile(r"(?:(?:and|but|ok|okay|so|oh|hmm|then)\s+)*(?:what|how)\s+about\s+(?:to\s+|for\s+|in\s+)?"
                      r"(?:the\s+)?(?P<place>.+?)(?:\s+then)?|(?:and|also)\s+(?:to|for|in)\s+(?:the\s+)?(?P<place2>.+)")
ZH_FRAME = re.compile(r"(?:那|那么|咁|如果|那如果)?(?P<place>.+?)"
                      r"(?:的话|嘅话)?(?:呢|又点|又点样|又如何|又怎么样|怎么样|点呀|又点呀|又点啊|呀|啊)+")
# A follow-up about products: "what about the toner", "same for the serum?", "the cream too?"; "那个A醛精华呢",
# "面霜也可以吗".
EN_PRODUCT_FRAME = re.compile(
    r"(?:(?:and|but|ok|okay|so|oh|hmm|then)\s+)*(?:(?:(?:what|how)\s+about|same\s+for|and|also)\s+(?P<thing>.+?)"
    r"(?:\s+(?:too|as\s+well|also|then))?|(?P<thing2>.+?)\s+(?:too|as\s+well))")
ZH_PRODUCT_FRAME = re.compile(r"(?:那|那么|咁|那如果)?(?P<thing>.+?)(?:的话|嘅话)?"
                              r"(?:呢|又点|又点样|又如何|又怎么样|怎么样|也可以吗|也可以用吗|也能用吗|也行吗|也一样吗"
                              r"|也是吗|得唔得|又得唔得|呀|啊)+")
# What else a follow-up about products may say beside their names.
PRODUCT_FILLER = frozenset({"the", "your", "that", "this", "one", "ones", "lumi", "个", "款", "这个", "那个", "这款",
                            "那款", "你们的", "你们家的", "的", "支", "瓶"})
# A whole message asking only what something costs or how long it takes, around nothing but fillers (lead31).
EN_FILLERS = r"(?:(?:and|but|ok|okay|so|oh|hmm|then|also|great|cool|thanks|thank\s+you|right)\s+)*"
# The holidays a store's opening is asked of ("open christmas day?", "are you open on boxing day"; lead44)
_HOLIDAYS_EN = (r"(?:holidays?|public\s+holidays?|stat\s+holidays?|christmas(?:\s+day)?|boxing\s+day"
                r"|new\s+years?(?:\s+day)?)")
EN_ASPECTS = {
    "cost": re.compile(
        EN_FILLERS + r"(?:how\s+much(?:\s+(?:is|does|would|will|do\s+you\s+charge\s+for)\s+"
        r"(?:it|that|shipping|delivery|postage|the\s+shipping|the\s+delivery)(?:\s+(?:be|cost))?)?"
        r"(?:\s+(?:to\s+(?:ship|send|deliver|post)(?:\s+(?:it|there|that|one))?|for\s+(?:shipping|delivery|postage|it"
        r"|that)))?|(?:whats\s+|what\s+is\s+|what\s+are\s+)?(?:the\s+)?(?:cost|price|fee|charge)s?"
        r"(?:\s+(?:of|for)\s+(?:shipping|delivery|postage|it|that))?|what\s+does\s+(?:it|that|shipping)\s+cost"
        r"|is\s+(?:it|(?:the\s+)?(?:return\s+)?(?:shipping|delivery|postage)|that)\s+(?:free|expensive|pricey)"
        r"|who\s+pays(?:\s+for\s+(?:it|that|shipping|the\s+shipping|postage|the\s+postage|the\s+label))?"
        # "do I pay for shipping", "is return shipping free" after the return policy got the shipping costs (lead35)
        r"|do\s+(?:i|we)\s+(?:(?:have|need)\s+to\s+)?pay(?:\s+for\s+(?:it|that|(?:the\s+)?(?:return\s+)?shipping"
        r"|(?:the\s+)?postage|the\s+label))?"
        r"|(?:any|is\s+there\s+(?:a|any))\s+"
        r"(?:fee|charge|cost)s?|do\s+you\s+charge(?:\s+for\s+(?:it|that|shipping))?)(?:\s+then)?(?:\s+(?:pls|please))?"),
    "time": re.compile(
        EN_FILLERS + r"(?:how\s+long(?:\s+(?:does|will|would)\s+(?:it|that|shipping|delivery)\s+take)?"
        r"(?:\s+to\s+(?:get\s+there|get\s+here|arrive|come|ship|get\s+it))?|how\s+many\s+days"
        r"|when\s+(?:will|would|does)\s+it\s+(?:arrive|get\s+there|come)"
        r"|how\s+long\s+do\s+(?:i|we|you)\s+(?:have|get)(?:\s+to\s+(?:return|send)(?:\s+it)?(?:\s+back)?)?)(?:\s+then)?(?:\s+(?:pls|please))?"),
    "how": re.compile(
        EN_FILLERS + r"(?:how|how\s+(?:do|can|would|should)\s+(?:i|we)(?:\s+(?:do|join|apply|start|sign\s+up|get"
        r"|request|go\s+about|set\s+up)(?:\s+(?:it|that|this|one|them|these|those|some|in|up|for\s+it))?)?"
        r"|how\s+does\s+(?:it|that)\s+work"
        r"|what\s+do\s+i\s+(?:do|need\s+to\s+do)|what\s+(?:are|r)\s+the\s+steps|how\s+to\s+(?:do|join|apply|start"
        r"|sign\s+up|get)(?:\s+(?:it|that|this|one|in|up))?"
        # what to do now, after an answer that says it: "what should I do", "so what do I do now", "now what?" got
        # "I don't know" after the delivered-but-not-received answer (lead34; "那我该怎么办" read as 怎么办 above)
        r"|what\s+(?:do|should|can|shall|must)\s+(?:i|we)\s+do(?:\s+(?:now|next|about\s+it|about\s+that))?"
        r"|what\s+(?:am\s+i|are\s+we)\s+(?:supposed|meant)\s+to\s+do(?:\s+(?:now|next))?"
        r"|now\s+what|what\s+now|what\s+happens\s+(?:now|next))"
        r"(?:\s+then)?(?:\s+exactly)?(?:\s+(?:pls|please))?"),
    # how to use it, just after an answer that says what is used (lead41; the Chinese below)
    "use": re.compile(EN_FILLERS + r"(?:how\s+(?:do|can|should|would)\s+(?:i|we)\s+use"
                      r"(?:\s+(?:it|them|that|this|those|these|one))?|how\s+to\s+use(?:\s+(?:it|them|that|this))?)"
                      r"(?:\s+then)?(?:\s+(?:pls|please))?"),
    "hours": re.compile(
        EN_FILLERS + r"(?:(?:what\s+time|when)\s+(?:do|does|are|is)\s+(?:you|they|it|that\s+one|the\s+(?:store|shop)s?)"
        r"\s+(?:open|close|shut)(?:\s+(?:today|tonight|on\s+(?:the\s+)?weekends?|on\s+\w+days?))?"
        r"|(?:what\s+are\s+)?(?:the\s+|your\s+|their\s+)?(?:opening\s+|business\s+)?hours"
        r"|(?:are|is)\s+(?:you|they|it|that\s+one|the\s+(?:store|shop)s?)\s+open(?:\s+(?:today|now|late|tonight"
        r"|on\s+(?:the\s+)?weekends?|on\s+\w+days?|on\s+(?:the\s+)?" + _HOLIDAYS_EN + "))?"
        r"|open\s+(?:today|now|on\s+(?:the\s+)?weekends?|on\s+\w+days?"
        r"|(?:on\s+)?(?:the\s+)?" + _HOLIDAYS_EN + "))"
        r"(?:\s+(?:pls|please))?"),
    # one's own balance, just after the points ("how many do I have" got "I don't know"; lead39)
    "balance": re.compile(
        EN_FILLERS + r"(?:how\s+many\s+(?:points\s+)?(?:do|have|did)\s+i\s+(?:have|got|get|earn|earned)"
        r"(?:\s+(?:now|left|so\s+far|already|then))?|how\s+many\s+(?:points\s+)?(?:are\s+)?left"
        r"|how\s+much\s+(?:do\s+i\s+have|have\s+i\s+got)(?:\s+left)?|(?:whats|what\s+is|what\s+s)\s+my\s+(?:points\s+)?"
        r"balance|my\s+(?:points\s+)?balance|(?:where|how)\s+(?:do|can)\s+i\s+(?:check|see)\s+(?:my\s+)?"
        r"(?:points|balance|them)|check\s+my\s+(?:points|balance))"),
    # whether what was just answered runs out, just after an answer that speaks of expiry ("and do they expire?"
    # after the points got the products' shelf life; lead40)
    "expire": re.compile(
        EN_FILLERS + r"(?:(?:do|does|will|would|can|could)\s+(?:they|it|them|these|those|that|mine|the\s+points"
        r"|my\s+points|the\s+code|the\s+coupon)\s+(?:ever\s+)?(?:expire|run\s+out|lapse)"
        r"|(?:when|how\s+soon)\s+(?:do|does|will|would)\s+(?:they|it|them|these|those|that|mine)\s+(?:expire|run\s+out"
        r"|lapse)|how\s+long\s+(?:do|does|will|would|are|is)\s+(?:they|it|these|those|that)\s+(?:last|good\s+for|valid)"
        r"|(?:is|are)\s+there\s+(?:an?\s+|any\s+)?(?:expiry|expiration|expiry\s+date|expiration\s+date|time\s+limit)"
        r"|(?:any\s+)?(?:expiry|expiration)(?:\s+date)?|expire|they\s+expire|it\s+expires"
        # ... or that it has, said ("it says expired" after the promo code got the products' shelf life; lead43)
        r"|(?:(?:it|the\s+code|my\s+code|the\s+coupon|code)\s+)?(?:(?:says|said|shows|showing|is\s+showing)\s+)?"
        r"(?:(?:it\s+is|its|it\s+s|is|has|was)\s+)?(?:already\s+)?expired)"
        r"(?:\s+(?:then|too|as\s+well|though|at\s+all|ever))*(?:\s+(?:pls|please))?"),
    # what one gets, just after an answer that says ("what do I get" after the membership got the skin quiz, "what
    # does she get" after the referral "I don't know"; lead40)
    "get": re.compile(
        EN_FILLERS + r"(?:(?:what|wat|wut)\s+(?:do|does|would|will|can|did)\s+(?:i|we|you|she|he|they|my\s+friend"
        r"|the\s+friend|my\s+\w+|the\s+\w+)\s+get(?:\s+(?:out\s+of\s+it|for\s+it|from\s+it|back|exactly|then"
        r"|in\s+return))*|whats\s+in\s+it\s+for\s+(?:me|us|her|him|them|my\s+friend)|(?:what\s+are\s+the\s+"
        r"|what\s+about\s+the\s+|any\s+)?(?:perks|benefits|rewards)|what\s+(?:is|s)\s+the\s+(?:reward|benefit|perk))"
        r"(?:\s+(?:then|exactly|though))?(?:\s+(?:pls|please))?"),
    # where to send a return, just after the returns ("where do i ship it to" got the countries shipped to; lead39)
    "send": re.compile(
        EN_FILLERS + r"(?:so\s+)?where\s+(?:do|should|can|would|will)\s+(?:i|we)\s+(?:send|ship|mail|post|return)"
        r"(?:\s+(?:it|them|this|that|the\s+\w+))?(?:\s+back)?(?:\s+to)?(?:\s+then)?"
        r"|where\s+to\s+(?:send|ship|mail|post|return)(?:\s+(?:it|them))?(?:\s+back)?(?:\s+to)?"
        r"|(?:whats|what\s+is|what\s+s)\s+the\s+(?:return|returns|shipping)\s+address|(?:the\s+)?return\s+address"),
    "where": re.compile(
        EN_FILLERS + r"(?:where\s+(?:is|are)\s+(?:it|they|that|that\s+one|the\s+(?:store|shop)s?)(?:\s+exactly)?"
        r"|where\s+exactly|whats\s+the\s+address|what\s+is\s+the\s+address|the\s+address|address"
        # the way there, after the stores: "how do i get there" got "I don't know" (lead34); their answer says where
        r"|how\s+(?:do|can|would|should)\s+(?:i|we)\s+get\s+there|how\s+to\s+get\s+there|directions"
        # where money goes back to, after the refund's time: "where does it go" got the shelf life (lead37)
        r"|where\s+(?:does|will|would|do)\s+(?:it|the\s+money|the\s+refund|my\s+money|my\s+refund)"
        r"\s+(?:go|goes|land|show\s+up|come\s+back|get\s+paid)(?:\s+(?:back|to))*"
        r"|(?:back\s+)?(?:to|on|onto)\s+(?:which|what)\s+(?:card|account|method))"
        r"(?:\s+(?:pls|please))?"),
    # what to use instead, after an answer that holds for every product ("what can I use instead" after the
    # pregnancy answer got how to exchange an order; lead36)
    "instead": re.compile(
        EN_FILLERS + r"(?:what\s+(?:else\s+)?(?:can|could|should|do|would)\s+(?:i|we)\s+use(?:\s+instead)?"
        r"|what\s+(?:can|could|should)\s+i\s+(?:use|try|get|buy)\s+instead|what\s+(?:else\s+)?(?:is|would\s+be)"
        r"\s+(?:ok|okay|fine|safe)(?:\s+to\s+use)?|(?:is\s+there\s+|are\s+there\s+)?(?:an?\s+|any\s+)?"
        r"(?:alternatives?|substitutes?)|what\s+instead|instead)(?:\s+then)?(?:\s+(?:pls|please))?"),
    # the product's state told, just after an answer that speaks of opened or used products (the returns): "I only
    # used it twice", "I already opened it" got "I don't know" (lead37)
    "opened": re.compile(
        r"(?:(?:but|and|well|so|ok|okay|hmm|um)\s+)*(?:i\s+|we\s+|she\s+|he\s+|ive\s+|weve\s+|shes\s+|hes\s+)?(?:already\s+|only\s+|just\s+"
        r"|have\s+|ve\s+|has\s+|s\s+)*(?:opened|open|used|tried|unsealed|unboxed)"
        r"(?:\s+(?:it|them|this|that|the\s+\w+))?(?:\s+(?:once|twice|already|a\s+few\s+times|a\s+couple\s+(?:of\s+)?times"
        r"|\d+\s+times|(?:one|two|three)\s+times|a\s+bit|a\s+little))*"
        r"|(?:it|they|its|it\s+s|theyre|they\s+re)\s+(?:is\s+|are\s+|s\s+)?(?:already\s+)?(?:been\s+)?(?:opened|used"
        r"|unsealed)(?:\s+(?:once|twice|already|a\s+bit))?"),
    # whether one can try them, just after an answer that says where or how one can ("can I try them there?" after the
    # stores got "I don't know"; lead42)
    "try": re.compile(EN_FILLERS + r"(?:(?:can|could|may)\s+(?:i|we|you)|do\s+(?:they|you|u)\s+let\s+(?:you|me|us)"
                      r"|is\s+it\s+possible\s+to|am\s+i\s+able\s+to)\s+(?:try|test|swatch|sample)"
                      r"(?:\s+(?:it|them|things|stuff|the\s+products|products|some|one|on|out|first|there|in\s+store"
                      r"|in\s+person|before\s+(?:i\s+buy|buying)))*"
                      r"|(?:are\s+there|do\s+(?:they|you|u)\s+have|any)\s+testers(?:\s+there)?"),
}
ZH_ASPECT_HEAD = r"(?:那|那么|咁|那请问|请问|那个|那样)?(?:寄过去|寄过来|寄到|寄)?"
ZH_ASPECT_TAIL = r"(?:呢|啊|呀|哦|嘅|㗎|吖|嘞|的)*"
ZH_ASPECTS = {
    "cost": re.compile(ZH_ASPECT_HEAD + r"(?:运费|邮费)?(?:要|大概|一般)?(?:多少钱|多钱|几多钱|几钱|多少|几多"
                       r"|收费吗|收钱吗|要钱吗|收不收钱|要不要钱|要收费吗|收唔收钱|使唔使钱|贵吗|贵不贵|贵唔贵|免费吗|包邮吗|收几多"
                       r"|谁出|谁付|谁承担|谁负责|谁给|边个俾|边个出|要自己出吗|自己出吗|要自己付吗|自己付吗|我出吗|我付吗"
                       r"|要补钱吗|要补差价吗|补差价吗)"
                       + ZH_ASPECT_TAIL),
    "time": re.compile(ZH_ASPECT_HEAD + r"(?:要|需要|大概|一般)?(?:多久|多长时间|几天|多少天|几耐|几日|几时到|多久到"
                       r"|多久能到|几天到|几天能到|几耐到|几日到|几天内|多少天内|多久内|几天之内|多少天之内)"
                       + ZH_ASPECT_TAIL),
    "how": re.compile(r"(?:那|那么|咁|请问)?(?:要|我要|应该|我应该|我该|具体)?(?:(?:怎么|怎样|如何|点样|点)"
                      r"(?:操作|弄|搞|办|做|申请|加入|参加|注册|开通|报名|入会|搞定|进行)?|(?:流程|步骤|具体流程|具体步骤)(?:是什么|是怎样的)?)"
                      + ZH_ASPECT_TAIL),
    "hours": re.compile(r"(?:那|那么|咁|请问)?(?:(?:店|门店|你们|它)?(?:几点|几时|什么时候)"
                        r"(?:开门|关门|营业|开|关|收工|开到几点)|营业时间|开到几点|几点开到几点|周末开吗|周末开不开"
                        r"|周日开吗|今天开吗|今天开不开|周末营业吗|星期天开吗|礼拜天开吗"
                        # a day asked, Cantonese too ("星期日開唔開" after the stores got the customer service's hours,
                        # which close at weekends, while the stores open every day; lead44)
                        r"|(?:今天|今日|明天|听日|星期[一二三四五六日天]|礼拜[一二三四五六日天]|周[一二三四五六日末]"
                        r"|假期|假日|节假日|公众假期|圣诞节?|新年|过年)(?:都|也|有冇|有没有|有无|有)?(?:开|营业|开门|开铺)"
                        r"(?:唔开|不开|吗|嘛|冇|没有|不|么|未|唔营业|不营业)?|几点收铺|几点开铺|收几点)"
                        + ZH_ASPECT_TAIL),
    "instead": re.compile(r"(?:那|那么|咁|请问)?(?:我)?(?:可以|能|应该|该|要)?(?:用|换用|改用|换)"
                          r"(?:什么|啥|哪个|哪款|乜)(?:代替|替代|替换|来代替|好)?"
                          r"|(?:有)?(?:什么|啥|哪些)?(?:替代品|替代的|代替的|替代)(?:吗|呢)?" + ZH_ASPECT_TAIL),
    # the product's state told just after the returns ("已经拆开用了一次", "用过两次了": "I don't know"; lead37)
    "opened": re.compile(r"(?:但是|可是|不过|那|我|她|他)*(?:已经|都|只|就|刚)*(?:(?:拆开|拆封|开封|打开|拆了|开了|用过"
                         r"|用了|试过|试了|擦过|擦了|涂过|涂了)(?:了|过)?){1,2}"
                         r"(?:一次|两次|几次|一下|一点|一点点|几天|一天|两天)?(?:了)?" + ZH_ASPECT_TAIL),
    # whether one can try them just after the stores or the samples ("有冇得試", "可以试吗": "I don't know"; lead42): a
    # can or a question said, "试试" alone is the member's own plan
    "try": re.compile(r"(?:那|那么|咁|请问)?(?:我|我们)?(?:去)?(?:店里|那里|那边|嗰度)?"
                      r"(?:(?:可以|能|能不能|可不可以|可唔可以|有没有得|有冇得|有得|有无得|系咪可以|是不是可以)(?:先)?"
                      r"(?:试|试用|试试|试下|试一下|试色|试吓|试一试)(?:下|一下)?(?:吗|嘛|么|吖|呀|啊|呢|㗎|不|冇|没有)?"
                      r"|(?:先)?(?:试|试用|试色)(?:下|一下)?(?:得|可以)?(?:吗|嘛|么|㗎|不))" + ZH_ASPECT_TAIL),
    # one's own balance, just after the points ("我有多少" got "I don't know"; lead39)
    "balance": re.compile(r"(?:那|那么|咁|请问)?(?:我)?(?:现在|而家|目前|还|一共|总共)?(?:有|剩|剩下|仲有|仲剩)"
                          r"(?:多少|几多|多少个|几个)(?:积分|分)?(?:了)?|(?:我的)?(?:积分)?余额(?:是)?(?:多少)?"
                          r"|(?:在哪|喺边|哪里|去哪)(?:里)?(?:查|看)(?:积分|余额)?" + ZH_ASPECT_TAIL),
    # whether it runs out, just after an answer that speaks of expiry ("有效期多久" after the points; lead40)
    "expire": re.compile(r"(?:那|那么|咁|请问)?(?:它|它们|这些|佢|佢哋)?(?:(?:会|会不会|会唔会|有没有|有冇|要|是)?"
                         r"(?:过期|到期|失效)(?:吗|嘛|么|不|没有|冇)?|(?:有没有|有冇)?(?:有效期|期限|使用期限)"
                         r"(?:吗|是)?(?:多久|多长|多长时间|几长|几耐|多少个月|几个月)?"
                         r"|(?:多久|多长时间|什么时候|几时|几耐|几个月)(?:会|就)?(?:过期|到期|失效)"
                         # ... or that it has, said ("显示过期了" after the promo code; lead43)
                         r"|(?:码|优惠码|这个码|它)?(?:显示|提示|说|话)(?:已经|已)?(?:过期|失效)了?)" + ZH_ASPECT_TAIL),
    # what one gets, just after an answer that says ("我能拿到什么" after the referral; lead40)
    "get": re.compile(r"(?:那|那么|请问)?(?:我|她|他|朋友|对方|我朋友|我们)?(?:能|可以|会|就)?"
                      r"(?:(?:得到|拿到|获得|收到)(?:什么|啥|哪些)|(?:有)?(?:什么|啥|哪些))(?:好处|福利|奖励|东西|礼物)?"
                      + ZH_ASPECT_TAIL),
    # how to use it, just after an answer that says what is used and holds for no one product ("点用" after the promo
    # code; lead41). After a product's answer ("维C精华孕妇能用吗") it is the product's usage (handlers/qa.py)
    "use": re.compile(r"(?:那|那么|咁|请问)?(?:要|我要|应该|我应该|我该|具体)?(?:怎么|怎样|如何|点样|点|咋|咋样)"
                      r"(?:用|使用)(?:呢个|这个|它)?" + ZH_ASPECT_TAIL),
    # where to send a return, just after the returns ("那我要寄到哪里" after the refund's time got the countries
    # shipped to; lead39)
    "send": re.compile(r"(?:那|那么|咁|请问)?(?:我)?(?:要|应该|该|需要|得)?(?:把它|把货|东西|货)?"
                       r"(?:寄|寄回|寄回去|退回|退回去|邮|邮回|送回|发回|寄返|退返)(?:到|去|给|返)?"
                       r"(?:哪里|哪儿|哪|什么地方|边度|边|哪个地址)(?:去)?"
                       r"|(?:寄回|退货|退回)(?:的)?地址(?:是)?(?:什么|多少|在哪|喺边)?" + ZH_ASPECT_TAIL),
    # ... "退到哪里" / "钱退到哪" after the refund's time: where the money goes back to (lead37)
    "where": re.compile(r"(?:那|那么|咁|请问)?(?:钱|退款)?(?:会)?(?:退|退回|退去|打)?(?:到)?(?:具体)?"
                        r"(?:在哪|在哪里|在哪儿|哪里|哪儿|在什么地方|地址|具体地址"
                        r"|喺边|喺边度|边度|在边|(?:要)?(?:怎么|怎样|咋|点样|点)(?:去|走|过去|到))(?:是)?"
                        + ZH_ASPECT_TAIL),
}
# The doings a "how" follow-up may name, each with the words an entry speaks of it in: "怎么申请" after the answer on
# the Mandarin a job needs asks how to apply for a job (the FAQ's job-apply), not that answer again; after the return
# policy ("申请退货") it is that answer's doing.
HOW_VERBS = {
    "join": ("join", "sign up", "signup", "register", "enrol", "enroll", "become a member", "加入",
             "注册", "入会", "报名", "开通", "参加"),
    "apply": ("apply", "application", "申请"),
    "request": ("request", "申请"),
}
EN_HOW_VERB = re.compile(r"\b(?:(?P<join>join|sign\s+up|signup|register|enrol|enroll)|(?P<apply>apply)"
                         r"|(?P<request>request))\b")
ZH_HOW_VERB = re.compile(r"(?P<join>加入|参加|注册|开通|报名|入会)|(?P<apply>申请)")
ZH_TO = ("寄去", "寄到", "寄", "送到", "送去", "送", "发到", "发", "到", "去", "是", "喺", "在")  # 那寄去多伦多呢


# A payment means, as followers name it (each group: one means), and a follow-up naming only one ("and if I paid with
# paypal?", "what about credit card", "那支付宝呢", "如果是信用卡付的呢"): after an answer that speaks of that means
# (the refund's times differ by means), that answer again. "and if I paid with paypal?" just after the refund's times
# got the payment methods (lead43).
PAY_MEANS = (("wechat pay", "wechatpay", "wechat", "微信支付", "微信"), ("alipay", "支付宝"),
             ("credit card", "credit cards", "visa", "mastercard", "amex", "信用卡"), ("paypal",),
             ("apple pay", "applepay"), ("debit card", "debit", "借记卡"))
_MEANS = "|".join(re.escape(name) for name in sorted((n for group in PAY_MEANS for n in group), key=len, reverse=True))
EN_MEANS_FRAME = re.compile(
    r"(?:(?:and|but|ok|okay|so|oh|hmm|what|how about|what about|what if|and if|if)\s+)*(?:i\s+)?"
    r"(?:(?:paid|pay|used|use|paying|using)\s+)?(?:(?:with|by|via|through|on)\s+)?(?:my\s+|a\s+|the\s+)?"
    rf"(?P<means>{_MEANS})(?:\s+(?:then|instead|though))?")
ZH_MEANS_FRAME = re.compile(rf"(?:那|那么|咁|如果|那如果|要是|那要是)?(?:我)?(?:是)?(?:用|拿)?(?P<means>{_MEANS})"
                            r"(?:付的|付款的|支付的|付钱的|付款|支付|付|的)?(?:的话|嘅话)?(?:呢|又点|又点样|又怎么样|怎么样|呀|啊)*")


FOLLOW_UP_MAX = 40  # characters, normalised: a follow-up is short; a longer message is read alone


def _framed(text: str, zh_frame: re.Pattern[str], en_frame: re.Pattern[str]) -> re.Match[str] | None:
    """The follow-up frame (Chinese or English, by the text) the whole short normalised message is, else None: the
    reading `follow_up_place`, `names_products_only` and `means_asked` share."""
    normalized = normalize(text)
    if not normalized or len(normalized) > FOLLOW_UP_MAX:
        return None
    return (zh_frame if has_cjk(normalized) else en_frame).fullmatch(normalized)


def means_asked(text: str, _content: Content) -> str:
    """The payment means (PAY_MEANS: its group's first name) a whole short message follows up on and nothing else
    ("and if I paid with paypal?" -> "paypal", "那支付宝呢" -> "alipay"), or "". Text-only (Content.remembered)."""
    framed = _framed(text, ZH_MEANS_FRAME, EN_MEANS_FRAME)
    return "" if framed is None else next(group[0] for group in PAY_MEANS if framed.group("means") in group)


# Each means by its names, as a word (`_answers_say` reads the answers with them)
_MEANS_NAMED = {group[0]: re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, group)) + r")(?![a-z])")
                for group in PAY_MEANS}


def speaks_of_means(entry_and_means: str, content: Content) -> bool:
    """Whether the entry's answers name the payment means ("refund-time|paypal"). Text-only (Content.remembered)."""
    entry_id, _, means = entry_and_means.partition("|")
    named = _MEANS_NAMED.get(means)
    return named is not None and _answers_say(entry_id, content, named)


def followed_entry(inbound: Inbound, member: Member | None, content: Content) -> str:
    """The entry a message follows up on, naming a place its answer speaks of ("what about the US?" after the
    shipping times), or the entry the last answer names for the aspect it asks ("how much?" after the shipping times:
    the shipping cost), or "". In a group too: the member who asked is remembered, not the group. Asked by the FAQ,
    and by the jobs handler, which would read "what about sydney?" as Sydney's openings (it forgets the field when
    it lists openings: then the city is the jobs')."""
    if member is None or not member.get(FOLLOW_FIELD):  # most members have no answer to follow up on
        return ""
    said = content.remembered(_follow_up_said)(command_text(inbound))  # then most messages are no follow-up
    means = content.remembered(means_asked)(command_text(inbound)) if said is None else ""
    if said is None and not means:
        return ""
    followed = remembered_entry(member, int(inbound.sent_at.timestamp()))
    if not followed:
        return ""
    if said is None:  # "and if I paid with paypal?" after the refund's times, which speak of it
        return followed if content.remembered(speaks_of_means)(f"{followed}|{means}") else ""
    place, products_only, aspect = said
    if place:
        return followed if content.remembered(follows_up)(followed) \
            and content.remembered(answers_for)(f"{followed}|{place}") else ""
    entry = content.faq_entry(followed)
    if entry is None:
        return ""
    if aspect == "how":  # "how do I join?", "怎么操作": how to do what the answer spoke of, unless it names another
        named = dict(entry.follow_ups).get(aspect)
        if named:
            return named
        verb = content.remembered(how_verb)(command_text(inbound))
        return followed if not verb or content.remembered(speaks_of)(f"{followed}|{verb}") else ""
    if aspect == "use" and (entry.per_product or pending_menu(member, inbound) is not None):
        # a product's answer, or a product shown with it ("维C精华孕妇能用吗", "hi, i just bought the vitamin c serum",
        # then "how do i use it"): that product's usage
        return ""
    said_in_answer = ANSWER_SAYS.get(aspect)
    if said_in_answer is not None:  # "do they expire?", "what do I get": that answer, where it says, else the entry
        # the content names for it (the points' expiry just after the membership, which speaks of points earned)
        return followed if content.remembered(said_in_answer)(followed) else dict(entry.follow_ups).get(aspect, "")
    if aspect == "instead":  # after an answer that holds for every product, it says what else is fine
        return dict(entry.follow_ups).get(aspect) or (followed if entry.per_product else "")
    if aspect and entry.follow_ups:
        return dict(entry.follow_ups).get(aspect, "")
    return followed if entry.per_product and products_only else ""


def _follow_up_said(text: str, content: Content) -> tuple[str, bool, str] | None:
    """(`follow_up_place`, `names_products_only`, `aspect_asked`) of a whole message, None when it is no follow-up
    about a place, products or an aspect: what `followed_entry` reads of the text, in one lookup. Text-only (for
    Content.remembered)."""
    place = follow_up_place(text, content)
    products_only = not place and names_products_only(text, content)
    aspect = "" if place or products_only else aspect_asked(text, content)
    return (place, products_only, aspect) if place or products_only or aspect else None


def follows_up(entry_id: str, content: Content) -> bool:
    """Whether a follow-up may come after this entry's answer: it differs by place, or holds for every product.
    Text-only (for Content.remembered)."""
    entry = content.faq_entry(entry_id)
    return entry is not None and (entry.per_product or bool(entry.follow_ups) or varies_by_place(entry_id, content))


def names_products_only(text: str, content: Content) -> bool:
    """Whether a whole message is a follow-up frame around products' names and nothing else ("what about the
    toner", "那个A醛精华呢"; not "what about shipping", "the toner is sold out?"). Text-only (Content.remembered)."""
    framed = _framed(text, ZH_PRODUCT_FRAME, EN_PRODUCT_FRAME)
    if framed is None:
        return False
    hits, rest = named_products(next(group for group in framed.groups() if group is not None).strip(), content)
    return bool(hits) and all(word in PRODUCT_FILLER for word in rest.split())


def aspect_asked(text: str, _content: Content) -> str:
    """The aspect (FOLLOW_UP_ASPECTS) a whole short message asks and nothing else ("how much?" -> "cost", "要多久" ->
    "time"), or "". Text-only (for Content.remembered)."""
    normalized = normalize(text)
    if not normalized or len(normalized) > FOLLOW_UP_MAX:
        return ""
    aspects = ZH_ASPECTS if has_cjk(normalized) else EN_ASPECTS
    read = unspaced(normalized)
    return next((aspect for aspect, words in aspects.items() if words.fullmatch(read)), "")


def how_verb(text: str, _content: Content) -> str:
    """The doing a "how" follow-up names (HOW_VERBS: "how do i apply" -> "apply", "怎么加入" -> "join"), or "" for a
    bare "how?", "怎么操作", "how does it work". Text-only (for Content.remembered)."""
    normalized = normalize(text)
    said = (ZH_HOW_VERB if has_cjk(normalized) else EN_HOW_VERB).search(normalized)
    return next((verb for verb, word in said.groupdict().items() if word), "") if said else ""


def speaks_of(entry_and_verb: str, content: Content) -> bool:
    """Whether the entry's answers speak of the doing ("membership|join": "Sign up in the Mini Program"), so that
    "how do I join?" after it asks how to do what it spoke of. Its answers only: the work permit's questions ask
    whether one can apply on a study permit, and "how do i apply" after its answer (which says nothing of applying)
    got that answer again (lead33). Text-only (for Content.remembered): `entry_and_verb` is "<entry id>|<verb>"."""
    entry_id, _, verb = entry_and_verb.partition("|")
    entry = content.faq_entry(entry_id)
    if entry is None:
        return False
    said = " ".join(normalize(entry.answers.get(locale)) for locale in ("zh", "en"))
    return any(contains_term(said, normalize(word)) for word in HOW_VERBS[verb])


# How an answer says when something runs out ("... when it expires", "积分有效期为获得后 24 个月").
EXPIRY_WORDS = re.compile(r"expir|过期|到期|有效期")
# How an answer says what one gets ("you get 500 points", "朋友首单立减 15%", "a birthday gift").
BENEFIT_WORDS = re.compile(r"(?<![a-z])(?:get|gets|points?|gift|coupon|discount)(?![a-z])"
                           r"|送|得到|获得|可享|积分|立减|礼|券")
# How an answer says what is used ("每单限用一个码", "使用积分", "use a pea-sized amount"); not any 用 (费用, 试用,
# 适用).
USE_WORDS = re.compile(r"(?<![a-z])(?:use|used|using)(?![a-z])|使用|限用")


def _answers_say(entry_id: str, content: Content, words: re.Pattern[str], *, in_both: bool = False) -> bool:
    """Whether the entry's answers, in either language (in both, with `in_both`), say one of `words`."""
    entry = content.faq_entry(entry_id)
    said = (words.search(entry.answers.get(locale).lower()) for locale in ("zh", "en")) if entry is not None else ()
    return entry is not None and (all(said) if in_both else any(said))


def speaks_of_expiry(entry_id: str, content: Content) -> bool:
    """Whether the entry's answers say when something runs out (EXPIRY_WORDS), so that "do they expire?" just after
    it asks of what it spoke of (the points, a code), not of the products. Text-only (for Content.remembered)."""
    return _answers_say(entry_id, content, EXPIRY_WORDS)


def speaks_of_benefits(entry_id: str, content: Content) -> bool:
    """Whether the entry's answers say what one gets (BENEFIT_WORDS), so that "what do I get?" just after it asks of
    what it spoke of (the membership's tiers, the referral's reward). Text-only (for Content.remembered)."""
    return _answers_say(entry_id, content, BENEFIT_WORDS)


def speaks_of_use(entry_id: str, content: Content) -> bool:
    """Whether the entry's answers say what is used (USE_WORDS), so that "怎么用" just after it asks how to use what it
    spoke of (the promo code, the points), not the shipping cost's. Text-only (for Content.remembered)."""
    return _answers_say(entry_id, content, USE_WORDS)


# How an answer says one can try the products ("都可以试用", "where you can try products", "To try the whole
# routine"); in both languages, so that a word in passing (the membership's 新品抢先试用, the men's "try the amino
# cleanser") does not count.
TRY_WORDS = re.compile(r"(?<![a-z])(?:try|trying|tester|testers)(?![a-z])|试用|试试|试色|试一下|试下")


def speaks_of_trying(entry_id: str, content: Content) -> bool:
    """Whether both of the entry's answers say one can try the products (TRY_WORDS), so that "can I try them?" just
    after it asks of what it spoke of (the stores, the samples). Text-only (for Content.remembered)."""
    return _answers_say(entry_id, content, TRY_WORDS, in_both=True)


# The aspects asked of the last answer only where it says them: "expire" after the points (not the shipping times),
# "get" after the membership or the referral, "use" after the promo code or the points (lead41), "try" after the
# stores or the samples (lead42).
ANSWER_SAYS = {"expire": speaks_of_expiry, "get": speaks_of_benefits, "use": speaks_of_use, "try": speaks_of_trying}


def follow_up_place(text: str, content: Content) -> str:
    """The place a whole message asks about as a follow-up ("what about the us" -> "us"), or "". Text-only (for
    Content.remembered)."""
    framed = _framed(text, ZH_FRAME, EN_FRAME)
    if framed is None:
        return ""
    place = (framed.group("place") or framed.groupdict().get("place2") or "").strip()
    places = _places(content)
    if place in places:
        return place
    bare = next((place[len(to):] for to in ZH_TO if place.startswith(to) and place[len(to):] in places), "")
    return bare if has_cjk(place) else ""


def varies_by_place(entry_id: str, content: Content) -> bool:
    """Two or more of the entry's questions name a place. Text-only (for Content.remembered)."""
    entry = content.faq_entry(entry_id)
    if entry is None:
        return False
    places = _places(content)
    named = 0
    for question in (*entry.questions.zh, *entry.questions.en):
        text = normalize(question)
        if any(contains_term(text, place) for place in places):
            named += 1
    return named >= 2


def remembered_entry(member: Member | None, now_s: int) -> str:
    """The entry of the member's last answer, if recent enough to follow up on."""
    return remembered_answer(member, now_s)[0]


def remembered_answer(member: Member | None, now_s: int) -> tuple[str, int]:
    """(entry id, epoch s it was answered) of the member's last answer, if recent enough to follow up on, else
    ("", 0): for "what did I just ask", which also asks whether a menu came after it (handlers/qa.py)."""
    if member is None:
        return "", 0
    entry_id, _, at = member.get(FOLLOW_FIELD).partition("|")
    if entry_id and at.isdigit() and 0 <= now_s - int(at) <= FOLLOW_WINDOW_S:
        return entry_id, int(at)
    return "", 0


def follow_fields(member: Member | None, entry_id: str, now_s: int) -> dict[str, str]:
    """The field that remembers `entry_id` was answered now, unless it says so already (a write saved)."""
    if member is not None:
        kept, _, at = member.get(FOLLOW_FIELD).partition("|")
        if kept == entry_id and at.isdigit() and 0 <= now_s - int(at) < REWRITE_AFTER_S:
            return {}
    return {FOLLOW_FIELD: f"{entry_id}|{now_s}"}


def answers_for(entry_and_place: str, content: Content) -> bool:
    """Whether the entry's answer speaks of the place ("shipping-time|us": its answer names the United States), or
    the place is one of the brand's cities. Asked after shipping times, "what about the UK?" is not answered with
    times that leave the UK out: the FAQ reads it alone (where the shop ships). Text-only (for Content.remembered):
    `entry_and_place` is "<entry id>|<place>"."""
    entry_id, _, place = entry_and_place.partition("|")
    entry = content.faq_entry(entry_id)
    if entry is None:
        return False
    if any(place in names for names in _city_names(content)):
        return True
    group = next((names for names in _groups(content) if place in names), frozenset({place}))
    answers = " ".join(normalize(entry.answers.get(locale)) for locale in ("zh", "en"))
    return any(contains_term(answers, name) for name in group)


def _places(content: Content) -> frozenset[str]:
    return content.remembered(_all_places)("")  # once per content version


def _all_places(_: str, content: Content) -> frozenset[str]:
    return frozenset(word for names in (*_groups(content), *_city_names(content)) for word in names)


def _groups(content: Content) -> tuple[frozenset[str], ...]:
    return content.remembered(_place_groups)("")


def _place_groups(_: str, content: Content) -> tuple[frozenset[str], ...]:
    """lexicon.PLACES' groups, each with the brand's synonyms of its words (加拿大: canada) and, for the United
    States, US_NAMES; never the words for a kind of place (NOT_A_PLACE)."""
    groups = []
    for group in PLACES:
        words = {normalize(word) for word in group}
        for synonyms in content.synonyms:
            if words & {normalize(word) for word in synonyms}:
                words |= {normalize(word) for word in synonyms}
        if "usa" in words or "美国" in words:
            words |= set(US_NAMES)
        groups.append(frozenset(words - NOT_A_PLACE))
    return tuple(groups)


def _city_names(content: Content) -> tuple[frozenset[str], ...]:
    return content.remembered(_cities)("")


def _cities(_: str, content: Content) -> tuple[frozenset[str], ...]:
    """The brand's cities by their names (not "to" or "van": Toronto's and Vancouver's short aliases are words)."""
    return tuple(frozenset(normalize(name) for name in city.all_names if has_cjk(name) or len(name) > 3)
                 for city in content.cities)


# A short reply that says only what the last answer already spoke of: "it's already shipped" after the address change
# (whose answer says what happens once it has shipped) got a did-you-mean about customs, "已经发货了" after the cancel
# the shipping times, "can you redirect it" "I don't know" (lead35): that answer again, which speaks of it. Its words
# beside these fillers must all be the answer's own (English by their stems, Chinese as a run of the answer's text).
ECHO_FILLER_EN = frozenset({
    "it", "its", "it s", "s", "is", "was", "has", "have", "had", "been", "be", "already", "though", "but", "and", "so",
    "ok", "okay", "oh", "hmm", "well", "yes", "yeah", "no", "just", "now", "then", "still", "the", "a", "an", "my",
    "your", "this", "that", "i", "im", "we", "you", "u", "can", "could", "would", "will", "please", "pls", "do", "did",
    "does", "me", "for", "to", "of", "on", "in", "all", "too", "really", "actually", "what", "about", "if", "they",
    "them", "one", "am", "are", "were", "thanks", "thank", "guys", "get", "got",
    # which of what it named, asked of a time or a case it spoke of ("which one in the morning" after the niacinamide
    # and vitamin C: "I don't know"; lead42)
    "which", "use"})
# (Chinese fillers are taken out longer first: 可不可以 before 可以 before 可)
ECHO_FILLER_ZH = ("可不可以", "能不能", "用哪个", "用什么", "用哪款", "哪个", "哪款",
                  "已经", "但是", "可是", "不过", "其实", "可以", "你们", "帮我", "麻烦",
                  "这个", "那个", "我的", "东西", "订单", "已", "了", "啦", "的", "吧", "呢", "呀", "啊", "哦",
                  "喔", "嗯", "我", "它", "都", "就", "还", "是", "能", "吗", "请", "但", "可", "那", "么")
ECHO_MAX_WORDS, ECHO_MAX_CJK = 6, 10


def echoed_entry(inbound: Inbound, member: Member | None, content: Content) -> str:
    """The member's last answer when this short reply says nothing but what it spoke of (`echoes`), else ""."""
    last = remembered_entry(member, int(inbound.sent_at.timestamp()))
    if not last:
        return ""
    return last if content.remembered(echoes)(f"{last}|{command_text(inbound)}") else ""


def echoes(entry_and_text: str, content: Content) -> bool:
    """Whether the text's words, beside ECHO_FILLER_*, are one to three of the entry's answer's own, in the text's
    script. Text-only (for Content.remembered): `entry_and_text` is "<entry id>|<text>"."""
    entry_id, _, text = entry_and_text.partition("|")
    entry = content.faq_entry(entry_id)
    normalized = normalize(text)
    if entry is None or not normalized:
        return False
    if has_cjk(normalized):
        squeezed = unspaced(normalized)
        if len(squeezed) > ECHO_MAX_CJK:
            return False
        for filler in ECHO_FILLER_ZH:
            squeezed = squeezed.replace(filler, " ")
        words = squeezed.split()
        answer = simplified(entry.answers.get("zh"))
        return 1 <= len(words) <= 3 and all(len(word) >= 2 and word in answer for word in words)
    words = normalized.split()
    if len(words) > ECHO_MAX_WORDS:
        return False
    said = [word for word in words if word not in ECHO_FILLER_EN]
    stems = {stem(word) for word in re.findall(r"[a-z]+", entry.answers.get("en").lower())}
    return 1 <= len(said) <= 3 and all(len(word) >= 3 and stem(word) in stems for word in said)
