"""Products: a name, keyword or product question is answered with a Mini Program card.

A message is the shop's when it names a product (its name or one of its keywords) and either asks
to buy ("多少钱", "怎么买", "how much", "buy", "link"...) or says nothing else ("洁面", "有防晒吗",
"the ceramide cream"). A question that merely mentions an ingredient ("敏感肌能用烟酰胺吗") is left
to the FAQ, which links the product itself. Part of a product's own name next to its keyword names it too ("氨基酸洁面",
"amino cleanser"). 产品 / products / shop alone, or asking what the shop has ("你们卖
什么", "what do you sell"), list every product.

A word in several products' names names them all ("精华" / "serum": the three serums), unless the message names one
of them by its own word ("维c精华"); a plural names what its singular does ("serums").

One product: a line with name and price, then the card (title, appid, tracked page, image) whose
`fallback_url` is the tracked web page for routes without cards; tag `viewed:<product id>`.
Several: a short numbered menu; a click or a digit picks one. The product shown last stays the member's pending
shop "menu" of one, so asking only to buy right after it ("how much?", "link?", "多少钱", "刚才那个多少钱") shows it
again; a link asked with nothing shown ("有链接吗") lists the products to pick from. While products are the last thing
shown, "cheaper?" / "有便宜点的吗" lists them from the lowest price (after one product: the cheaper ones of its kind),
and "还有吗" / "any more?" the others (of its kind after one product), or says there are none and how to see all.
A greeting in front says nothing about products ("你好 防晒多少钱", "hi how much is the sunscreen"): it is read
without it (LEADING_GREETING); a greeting alone is still the FAQ's hello.
Two products (or up to four) compared, as the whole message ("compare the toner and the niacinamide serum", "X vs Y,
which is better?", "X和Y有什么区别", "X同Y边个好"), or one compared with the product shown last ("和修护霜比哪个好",
"how does it compare to the cream?"): each one's price and description side by side, numbered, so a number picks one.
A comparison that says more ("which is better for acne", "先用哪个", "一起用吗") stays the FAQ's.
A product question that names another brand or store and not us ("how much is the la roche posay sunscreen") shows ours
under a line saying it is ours, never as their price.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import ClassVar

from bot.content.elsewhere import kinds_named_elsewhere
from bot.content.lexicon import read_dialect
from bot.content.model import Content, Price, Product
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Outbound, Text
from bot.router import Match, Result
from bot.text import normalize, quoted_text
from handlers.arrival import without_arrival
from handlers.careers import picked_posting
from handlers.common import (
    LINK_ASKS,
    MENU_FIELD,
    MORE_ASKS,
    QUESTION_FILLER_CHARS,
    QUESTION_FILLER_WORDS,
    brand_name,
    brand_text,
    command_text,
    faq_in_scope,
    is_text,
    link_shown_last,
    menu_choice,
    menu_fields,
    menu_or_text,
    numbered,
    only_filler,
    pending_menu,
    picked_fields,
    reply_locale,
    take_terms,
    terms,
    without_brand,
    without_correction,
)
from handlers.follow_up import FOLLOW_FIELD, followed_entry
from handlers.links import product_card, source
from handlers.product_names import kind_index, named_products

MENU_KIND = "shop"
LIST_MAX = 6  # several keyword matches: a short list
# A bare price word is the same ask: "价格" alone answered customs-duties, whose answer says prices include GST
# (judged from outside); the list shows every price.
LIST_WORDS = frozenset({"产品", "商品", "热卖", "热卖产品", "全部产品", "产品列表", "所有产品", "products", "product",
                        "product list", "all products", "shop", "best sellers", "bestsellers", "best seller",
                        "bestseller", "热销", "热销产品", "热销款", "爆款", "畅销", "畅销款", "畅销产品",
                        "价格", "价钱", "价格表", "价目表", "多少钱", "price", "prices", "price list", "pricing",
                        "how much", "how much is it", "how much are they", "how much are your products",
                        # asked as "what's the price" ("ok what's the price" got customs-duties, whose answer says
                        # prices include GST; lead42)
                        "whats the price", "what is the price", "what s the price", "the price", "what are the prices",
                        "what are your prices", "whats the price list", "价格多少", "价钱多少", "什么价格", "什么价"})
# A lead-in before a whole-message ask ("ok what's the price", "so how much", "那价格多少"): the ask.
LEAD_IN = re.compile(r"^(?:(?:ok|okay|so|and|then|alright|hmm|um|oh)\s+)+|^(?:那么|那|咁)(?![个款支瓶只些样边])(?=\S)")
# Asking what the shop has, as a whole message ("你们卖什么", "有哪些产品", "what do you sell", "what products do
# you have"): the same list. Whole message only: "what do you sell for dry skin" asks for advice (the FAQ's).
_YOU = r"(?:you|u|your (?:shop|store|brand))(?: guys)?"
CATALOGUE_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:你们|你们家|你家|这里|这边|店里)?(?:都|主要|一般|现在)?(?:卖|有|在卖)(?:些|点)?"
    r"(?:什么|啥|哪些|甚么|咩|乜)(?:产品|东西|商品|货|护肤品|好东西)?(?:呀|啊|呢|吗|哦|㗎)?",
    r"(?:你们的?|你家的?)?(?:产品|商品|products?) ?(?:都)?有(?:哪些|什么|啥)(?:呀|啊|呢)?",
    r"(?:你们)?有(?:什么|啥|哪些) ?products?(?:呀|啊|呢)?",
    r"(?:产品|商品|products?) ?(?:please|pls|plz|吧|谢谢)",
    r"(?:我)?(?:想|要)?(?:看看|看一下|看下)(?:你们的?)?(?:有(?:什么|啥|哪些|咩))?(?:产品|商品)(?:呀|啊|呢|吗|先)?",
    r"(?:你们|你家)?有(?:什么|啥|哪些|咩|乜)(?:东西|产品)?(?:可以)?卖的?(?:呀|啊|呢|㗎)?",
    rf"(?:so |hi |hey )?(?:what|which) (?:do|does) {_YOU} (?:sell|have|offer|carry|make)(?: here| now)?",
    rf"(?:what|which) (?:kinds? of |sort of )?products (?:do|does) {_YOU} (?:have|sell|offer|carry|make)",
    r"(?:what|which) (?:kinds? of )?products are (?:there|available)",
    r"(?:can i |could i |let me )?(?:see|show me|view) (?:your|the|all) products",
    r"whats in (?:your|the) (?:shop|store)",
    r"(?:whats|what are|which is|which are) (?:your|ur|the) (?:best|top) ?sellers?",  # not resellers (verify14, lead26)
    r"(?:product )?catalogu?e",
    # the prices asked alone, as "prices?" is ("价格呢", "产品价格", "你们的价目表"): "价格呢" got the duties
    # answer (its 价格已含 GST), "产品价格" a did-you-mean (lead36)
    r"(?:请问 ?)?(?:那|那么)?(?:你们的?|你家的?|产品的?|商品的?|全部产品的?|所有产品的?)?"
    r"(?:价格|价钱|价目|价目表|价格表)(?:呢|呀|啊|是多少|多少|大概多少|怎么样|表)?(?:呢|呀|啊)?",
    # a catalogue or price list asked for ("can i see the catalogue", "send me your price list", "got a price
    # list?", "有产品目录吗", "发个价目表给我", "show me what you got"): "I don't know", a did-you-mean menu, and the
    # answer to a parcel that arrived broken ("what you got" read as received) (lead27)
    r"(?:can i |could i |may i |let me )?(?:see|have|get|view|browse)(?: a look at)? (?:your |the |ur |a )?"
    r"(?:full |whole |product |products )?(?:catalogu?e|catalog|price list|product list)(?: please| pls| plz)?",
    r"(?:can you |could you |pls |please )?(?:send|show|give)(?: me| us)? (?:your |the |ur |a )?"
    r"(?:full |whole |product )?(?:catalogu?e|catalog|price list|product list)(?: please| pls| plz)?",
    r"(?:do you have|do u have|got|have you got|is there|any) (?:a |an |your |ur )?(?:full |product )?"
    r"(?:catalogu?e|catalog|price list|product list)",
    r"(?:show me|lemme see|let me see) what (?:you|u) (?:got|have|sell)",
    r"(?:请问 ?)?(?:你们|你家|你哋)?(?:有|有没有|有冇)(?:产品|商品)?(?:目录|价目表|价格表|价格单|价钱表)"
    r"(?:吗|不|么|嘛|呀|啊|㗎)?",
    r"(?:可以|能)?(?:发|给|来)(?:个|一个|一下|份|一份)?(?:产品|商品)?(?:目录|价目表|价格表|价格单|价钱表)"
    r"(?:给我|俾我|我)?(?:看看|看下|看一下|睇下)?(?:吗|呗|吧|呀|啊)?",
    # what sells best ("most popular product?", "你们卖得最好的是什么", "最火的是哪款"): the best-seller list; they got
    # "I don't know" (lead25)
    r"(?:what s |whats |what is |which is |which are |what are )?(?:your |ur |the )?(?:most popular|best selling|"
    r"bestselling|top selling|top|hottest|most loved)(?: (?:\d|three|five|ten|\d\d))?"
    r"(?: products?| items?| things?| ones?| stuff| sellers?)?"
    r"(?: (?:you (?:have|sell|got)|right now|at the moment))?",
    r"(?:请问 ?)?(?:你们|你家|你哋)?(?:卖得最好|卖最好|最好卖|卖得最多|最火|最受欢迎|最热卖|人气最高|最多人买)"
    r"(?:的|嘅)?(?:是|系)?(?:哪个|哪款|哪一款|哪些|什么|啥|边个|边款|咩)?(?:产品|东西|嘢)?(?:呀|啊|呢|吗|㗎)?",
)))
# The cheapest, as the whole message ("what's the cheapest thing you sell", "最便宜的是哪个", "最平嘅系边款"): every
# product from the lowest price. "最便宜的是哪个" got the authenticity answer, the English "I don't know" (lead25).
CHEAPEST_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:你们|你家|你哋)?(?:最便宜|最平|最实惠|最抵)(?:的|嘅)?(?:是|系)?"
    r"(?:哪个|哪款|哪一款|什么|啥|边个|边款|咩)?(?:产品|东西|嘢)?(?:呀|啊|呢|吗|㗎)?",
    r"(?:请问 ?)?(?:什么|哪个|哪款|边款|边个)(?:产品|东西)?(?:最便宜|最平|最实惠)(?:呀|啊|呢|㗎)?",
    r"(?:what s |whats |what is |which is |which one is |what are )?(?:the |your )?(?:cheapest|most affordable|"
    r"least expensive)(?: one| thing| product| item| stuff| option)?(?: (?:you (?:sell|have|got)|here))?"
    r"(?: please| pls)?",
)))
# A price to stay under, as the whole message ("anything under $30?", "30块以下有什么", "something below 25 dollars"):
# the products at or under it, from the lowest price (lead25: both got "I don't know").
# Bare "under 18?" (an age, after a posting) is no price: without a word before it, a currency must say so.
UNDER_ASKS = re.compile("|".join((
    r"(?:anything|something|what|any products?|what do you have|what can i get|do you have anything|got anything)"
    r" (?:under|below|less than|for less than|within|up to|max) (?:cad |aud |usd |\$ ?)?(?P<en>\d+)"
    r"(?: ?(?:dollars?|bucks|cad|aud|usd))?(?: please| pls)?",
    r"(?:under|below|less than|up to) (?:(?:cad |aud |usd |\$ ?)(?P<cur>\d+)|(?P<unit>\d+) ?(?:dollars?|bucks|cad|aud"
    r"|usd))(?: please| pls)?",
    r"(?:请问 ?)?(?:有没有|有冇|有)?(?P<zh>\d+)(?:块|元|刀|蚊|加币|澳币)?(?:钱)?(?:以下|以内|之内|内)(?:的|嘅)?"
    r"(?:有什么|有啥|有哪些|有吗|有冇|产品|东西|嘢)?(?:呀|啊|呢|吗|㗎)?",
    # a budget said ("my budget is like 50 dollars", "i only have $30", "something cheaper than 40", "我预算100左右"):
    # what costs at most that. They got "I don't know", the currencies or the authenticity answer (lead40).
    r"(?:(?:hi|hey|hello|so|ok|okay) )?(?:(?:my|the|our) )?(?:budget|price range)(?: is| s| of| would be)?"
    r"(?: (?:like|about|around|only|just|roughly|max|maximum))* (?:cad |aud |usd |\$ ?)?(?P<budget>\d+)"
    r"(?: ?(?:dollars?|bucks|cad|aud|usd))?(?: (?:or so|ish|max|tops|or less))?"
    r"(?: (?:what|anything|which)(?: [a-z]+){0,5})?(?: please| pls)?",
    r"(?:(?:hi|hey|hello|so|ok|okay|but) )?i (?:only |just )?(?:have|got) (?:like |about |around )?"
    r"(?:cad |aud |usd |\$ ?)?(?P<have>\d+)(?: ?(?:dollars?|bucks|cad|aud|usd))?(?: (?:to spend|left))?"
    r"(?: (?:what|anything|which)(?: [a-z]+){0,5})?",
    r"(?:anything|something|any products?|what do you have|got anything) (?:cheaper|less) than (?:cad |aud |usd |\$ ?)?"
    r"(?P<than>\d+)(?: ?(?:dollars?|bucks|cad|aud|usd))?(?: please| pls)?",
    r"(?:我的?)?预算(?:是|有|大概|差不多|只有|就|在|大约)*(?P<budget_zh>\d+)(?:块|元|刀|蚊|加币|澳币)?(?:钱)?"
    r"(?:左右|以内|之内|上下|吧|内)?(?:的话)? ?(?:有什么|有啥|有哪些|推荐什么|有什么推荐|买什么|可以买什么|能买什么"
    r"|买啥|推荐下|推荐一下)?(?:呀|啊|呢|吗|㗎)?",
)))
UP_TO = {"zh": "{amount} 以内的产品，按价格从低到高，回复数字看详情：",
         "en": "Up to {amount}, from the lowest price, reply with a number for details:"}
NOTHING_UNDER = {"zh": "没有 {amount} 以内的产品，最便宜的是{name}（{price}）。",
                 "en": "Nothing up to {amount}; our lowest price is the {name} ({price})."}
# The whole message asks how to buy, naming no product: the list is the way (a number shows a product, its card
# opens the Mini Program to pay), under a header that says so. "Where can I buy" stays the FAQ's (the stores).
HOW_TO_BUY_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:我)?(?:想买|要买|想下单)? ?(?:我)?(?:要|应该|可以)?(?:怎么|怎样|如何)(?:才能)?"
    r"(?:买|购买|下单|订购|网购)(?:呀|啊|呢|吗|哦|㗎)?",
    r"(?:我)?(?:想|要)买(?:点|些|一些)?东西(?:呀|啊|呢|哦)?",  # "我想买东西" / 我想買嘢: the list is the way
    r"(?:(?:so|hi|hey|ok|okay) )?how (?:do|can|could|would|should) (?:i|we) (?:buy|order|purchase|shop)"
    r"(?: from you| online| your products| something| stuff| it| them| this| that| these| those| one| some)?"
    r"(?: from you| online)?",
    r"how to (?:buy|order|purchase|shop)(?: from you| online| your products| it| them)?",
    # buying said of nothing shown ("how do I buy it", "I want to buy it", "我要买这个"): how to order, the products to
    # pick from; they got the skin quiz or "I don't know" (lead40). Just after a product they are its (TAKE_IT_ASKS).
    # Where to buy ("在哪里买") is the stores' too: not here.
    r"(?:(?:ok|okay|great|cool|yes|yeah|sure|alright|then|so) )*(?:i ll|ill|i will|i want to|i d like to|id like to"
    r"|i wanna|let me|i would like to) (?:buy|order|purchase) (?:it|this|that|this one|that one|one|them|some)"
    r"(?: please| pls| then| now| thanks)?",
    r"(?:我)?(?:就)?(?:要|想|想要)(?:买|下单|购买|入手)(?:这个|这款|那个|那款|它)(?:吧|呀|啊|呢)?",
)))

WHICH_LINK = {"zh": "想要哪款的链接？回复数字看详情和购买链接：",
              "en": "Which one would you like the link for? Reply with a number:"}
# A price asked of "this" or "that" with no product shown or quoted ("这个多少钱", "那个多少钱？", "呢个几钱", "how
# much is this", "how much for that one?"): which one, among the products. They got the shipping costs or "I don't
# know" (lead39). Just after a product, or quoting one, the same words ask that product's price (ShopHandler.match).
PRICE_OF_THIS = re.compile("|".join((
    r"(?:请问 ?)?(?:那|这|呢|嗰)(?:个|款|支|瓶|只|一款|一个|一支|一瓶)?(?:产品|东西|嘢|货)?(?:要|卖|大概|是)?"
    r"(?:多少钱|几多钱|几钱|多钱|什么价|什么价格|咩价|几多|多少|价格是多少|价钱是多少|价格|价钱)"
    r"(?:呀|啊|呢|啦|嘅|㗎|一支|一瓶|一个)?",
    r"(?:so |and |ok |hi )?(?:how much|whats the price|what is the price|what s the price|price)(?: is| of| for)?"
    r" (?:this|that|this one|that one|these|those)(?: one)?(?: please| pls| then)?",
    r"(?:how much does|how much do) (?:this|that|this one|that one|these|those) (?:cost|go for)",
)))
WHICH_PRICE = {"zh": "你问的是哪一款？回复数字看价格和详情：",
               "en": "Which one do you mean? Reply with a number for its price and details:"}

# A bare 买 is not a buy word but filler (我要买修护霜): as a buy word it made any question that names a
# product the shop's ("买的洁面想换成面霜行不" is an exchange question, issue 10).
BUY_WORDS = ("多少钱", "几多钱", "几钱", "价格", "价钱", "售价", "几块", "怎么买", "哪里买", "在哪买", "购买", "下单",
             "有卖", "链接", "连结",  # 連結: Taiwan's word for a link
             "how much", "price", "prices", "buy", "purchase", "link", "cost", "costs",
             # colloquial: how is it sold, how much money ("爽肤水怎么卖的" got shelf life, "面霜咋卖" a did-you-mean;
             # lead26)
             "怎么卖", "咋卖", "怎卖", "点卖", "多钱", "多少米")
# A price asked ("price at costco", not "half price").
PRICE_WORDS = ("多少钱", "几多钱", "几钱", "多钱", "价格", "价钱", "售价", "how much", "price at", "price of",
               "prices at", "prices of", "cost at", "costs at")
# Buy words only when nothing else is said: a bare 多少 ("vc精华多少" got shelf life) is also how much SPF
# ("防晒SPF多少，去Bondi海边够不够"), 入手 ("我想入手那个修护霜" got "I don't know") also what was bought
# ("A醇小白 刚入手 每周涂几晚").
ONLY_BUY_WORDS = ("多少", "入手")
# What one measures of a product, which is also its keyword: "spf?", "SPF多少", "what spf is it", "sunscreen spf" ask
# the factor, which the FAQ's sunscreen answer gives (SPF 50), not for the card (ninety-first round: the card took
# them). Its price or its stock asked ("spf多少钱") and a number said ("spf 50 sunscreen", naming it) stay the shop's.
MEASURE_WORDS = ("spf", "防晒指数", "防晒系数", "防晒倍数")
# Asking what a named product is like: the product's line and card are that answer ("神经酰胺面霜怎么样" got "I don't
# know"). With more said ("敏感肌用怎么样") the FAQ still answers first (faq_in_scope, as for a buy word).
# Taken in this order, the longer first ("详细介绍一下" before "介绍一下"). "tell me about the vitamin c serum" got its
# price and card alone (lead34).
# Wanting to know about it, too ("我想了解一下你们的面霜" got the FAQ's order of products, "can I know more about
# the lip balm" winter dry skin, "能介绍下你们家面霜吗", "info on the toner?" and "詳細講下你哋嘅面霜" "I don't
# know"; lead39).
ABOUT_WORDS = ("详细介绍一下", "详细介绍", "多介绍一下", "详细说说", "详细讲下", "详细讲讲", "tell me more about",
               "tell me about", "know more about", "learn more about", "find out more about", "more info on",
               "more info about", "info on", "info about", "information on", "information about", "know about",
               "怎么样", "好用吗", "好不好用", "好不好", "好唔好", "介绍一下", "介绍下", "介绍", "了解一下", "了解下",
               "了解", "说说", "讲讲", "讲下", "any good", "how is", "hows", "how s", "is it good", "worth it")
FILLER_WORDS = frozenset({"the", "a", "an", "i", "id", "want", "to", "me", "show", "tell", "about", "your", "you",
                          "do", "have", "any", "please", "pls", "some", "is", "it", "of", "for", "what", "whats",
                          "info", "details", "more", "sell", "in", "stock", "does", "can", "get", "where",
                          "like", "would", "one", "this", "that", "which", "kinds", "types",
                          "u", "guys", "yall", "ya", "got",  # "do u guys have sunscreen": routine order (verify19)
                          # "send me the toner link" got the referral's invite link (lead25)
                          "send", "give", "share", "drop", "could", "pass", "dm",
                          # "can i buy the lip balm here" got the skin quiz, "i'd like to order the toner please" the
                          # routine order (lead26): filler, not a buy word, so a long message with "order" in it and
                          # a product named still says more
                          "here", "online", "order",
                          # a lead-in ("ok what's the price" just after a product got customs-duties; lead42)
                          "ok", "okay", "and", "so"})
# 什么 / 哪些 frame a product word as a question of what there is ("有什么精华", "有哪些面膜"): the same ask.
# Cantonese's 冇 frames it as 没 does ("有冇link" right after a product got the referral entry's invite code), 咩 as
# 什么, 啲 as 些, 嘅 as 的 ("serum有咩" got the FAQ's pregnancy answer; verify18).
FILLER_CHARS = "我要想有吗呢的个款你们看一下这那请问还卖没给发来吧嘛呀啊了呗支瓶买什么哪些冇咩啲嘅两几二三盒种家哋能"
# (a count is filler too: "给我来两支唇膏" got "I don't know"; lead26)
# Joining the products named, when two or more are ("防晒和面霜多少钱", "i want the sunscreen and the cream", "防晒同
#面霜几钱"): the words between them say nothing more. They got the FAQ's routine order (lead25). Only between
# products named: "和" alone is no filler, and "X和Y一起用吗" still says more.
JOINING_WORDS = ("同埋", "还有", "加上", "以及", "和", "跟", "同", "与", "及", "and", "plus", "n", "&")

# Taking the product just shown, as the whole message ("我要买", "买", "我要这个", "ok I want it", "I'll take it",
# "ok buy"): that product again, its card the way to buy. They got "I don't know" or the skin quiz (verify19).
TAKE_IT_ASKS = re.compile("|".join((
    r"(?:ok|好|好的|嗯|那|那我|行|可以) ?(?:我)?(?:就)?(?:要|想要|想买|要买|买|买了|下单|入手|拍|揸)(?:了)?"
    r"(?:这个|这款|呢个|呢款|它|佢|一个|一支|一瓶|一盒|两个|两支|两瓶)?(?:吧|啦|喇|呀|了|谢谢)?",
    r"(?:我)?(?:就)?(?:要|想要|想买|要买|买|买了|下单|入手)(?:了)?"
    r"(?:这个|这款|呢个|呢款|它|佢|一个|一支|一瓶|一盒|两个|两支|两瓶)?(?:吧|啦|喇|呀|了|谢谢)?",
    r"(?:(?:ok|okay|great|cool|yes|yeah|yep|sure|alright|nice|perfect|then) )*"
    r"(?:i ll|ill|i will|i want to|i d like to|id like to|i wanna|let me|lets|can i) ?(?:take|buy|get|order|have|grab)"
    r" (?:it|this|that|one|this one|that one|two)(?: please| pls| then| now| thanks)?",
    r"(?:(?:ok|okay|great|cool|yes|yeah|yep|sure|alright|nice|perfect|then) )*"
    r"(?:i want (?:it|this|that|this one|that one|one)|buy(?: it| this| that| now| one)?|take it|sold|add to cart"
    r"|order it)(?: please| pls| then| now| thanks)?",
    r"(?:(?:so|ok|okay) )?(?:how|where) (?:do|can|could) (?:i|we) (?:buy|order|get|purchase) (?:it|this|that|this one"
    r"|that one|one)(?: please| pls| then| now)?",  # "how do I buy it" just after a product: its card (lead40)
)))

# A question about the product just shown, as the whole message: how to use it (PRODUCT_USE_WORDS: its `usage` in
# products.yaml answers), its size, its texture, whether it is any good (PRODUCT_ASK_WORDS: its description) ("how do
# i use it", "how big is it", "怎么用", "多少毫升", "好用吗"). They got a did-you-mean about promo codes and retinol, or
# "I don't know" (lead23). Its ingredients, its smell and its shelf life are the FAQ's (fragrance-alcohol-free,
# shelf-life), as are skin types. A property the description may not state ("is it waterproof", "油腻吗") stays
# unanswered and noted for the team, rather than answered with a description that does not say.
PRODUCT_USE_WORDS = ("how do i use", "how do you use", "how should i use", "how to use", "how can i use",
                     "how often", "how much do i use", "how much should i use", "how much to use", "directions",
                     "instructions", "morning or night", "morning or evening", "am or pm", "day or night",
                     "怎么用", "怎么使用", "如何使用", "怎样用", "咋用", "用法", "使用方法", "点用", "点样用", "点样搽",
                     "早上用还是晚上用", "早上还是晚上", "早晚", "一天用几次", "每次用多少", "用量",
                     # when and how it goes on: "when should I apply it" just after the serum got how to apply for a
                     # job, "when should I use it" a did-you-mean (lead34)
                     "when do i use", "when should i use", "when to use", "when do i apply", "when should i apply",
                     "when to apply", "how do i apply", "how should i apply", "how to apply", "how do you apply",
                     "怎么涂", "怎么擦", "怎么抹", "什么时候用", "啥时候用", "几时用", "什么时候涂", "什么时候擦",
                     # how often it goes on: "can I use it every day" got a did-you-mean led by promo codes (lead37)
                     "every day", "everyday", "daily", "every night", "every morning", "each day", "twice a day",
                     "once a day", "天天用", "每天用", "每天都用", "每天都可以用", "每天都能用", "每天", "天天", "每晚",
                     "每天早上", "每天晚上")
# Asked of the product just shown only (not of a product named: "what are the ingredients of X" may be the FAQ's):
# more about it, what is in it ("tell me more", "what's in it", "有什么成分" got "I don't know", lead34). Its
# description says what it holds.
SHOWN_ASK_WORDS = ("tell me more", "more info", "more details", "details", "whats in it", "what s in it",
                   "what is in it", "whats inside", "what s inside", "ingredients", "what are the ingredients",
                   "多讲讲", "说说看", "详细点", "有什么成分", "成分是什么", "什么成分", "成分", "含什么")
PRODUCT_ASK_WORDS = PRODUCT_USE_WORDS + ABOUT_WORDS + (
    "how big", "what size", "size", "how many ml", "ml", "volume", "多大", "几大", "多少毫升", "几毫升", "几多毫升",
    "容量", "规格", "分量")
PRODUCT_ASK_FILLER_WORDS = QUESTION_FILLER_WORDS | frozenset({
    "it", "this", "that", "one", "does", "what", "whats", "s", "should", "much", "many", "use", "its", "are", "they",
    "them", "these", "those", "bottle", "tube", "jar", "or", "and", "ok", "so", "then", "also", "very", "too", "be",
    "used", "with", "really"})
PRODUCT_ASK_FILLER_CHARS = QUESTION_FILLER_CHARS + "这个那款支瓶它佢嘛是应该该会不会有几多少点样嘅咩系真可以能" \
    "想你们家哋请问"  # "我想了解一下你们的面霜", "詳細講下你哋嘅面霜" (lead39)
ABOUT_PRODUCT = {"zh": "{name}：{about}\n价格 {price}，详情和购买在下方 👇",
                 "en": "{name}: {about}\n{price}; more on it and how to buy below 👇"}

# Telling us a product was bought or has come, as the whole message ("I bought the ceramide cream last week",
# "我上周买了神经酰胺面霜", "just got my vitamin c serum"): how to use it, with no price and no card (they have it), and
# it is the product shown last, so "how often?" next is about it. It got "I don't know", and "how do I use it" next
# the same (lead33). A message that says more ("... and my face is red", "... can I return it") is the FAQ's.
BOUGHT_WORDS = ("just bought", "i bought", "bought", "just got", "i got", "got", "just ordered", "i ordered", "ordered",
                "just received", "received", "purchased", "picked up", "finally got", "finally received",
                "刚买了", "刚买", "买了", "入了", "刚入", "下单了", "收到了", "刚收到", "到手了", "买咗", "入咗",
                "收到咗")
BOUGHT_TIME_WORDS = ("last week", "last month", "yesterday", "today", "this morning", "a few days ago", "few days ago",
                     "the other day", "recently", "finally", "just now", "上周", "上个星期", "上星期", "上礼拜",
                     "上个月", "昨天", "今天", "前几天", "前两天", "最近", "刚刚", "刚才", "终于", "已经", "琴日",
                     "今日", "尋日")
BOUGHT_FILLER_WORDS = frozenset({"hi", "hello", "hey", "so", "ok", "okay", "yay", "my", "the", "your", "a", "an", "i",
                                 "ive", "have", "from", "you", "it", "one", "bottle", "jar", "tube", "of", "and"})
BOUGHT_FILLER_CHARS = "我你们的了一瓶支个盒罐啦呀哦嗨喔哈终于在这款那"
BOUGHT = {"zh": "{name}怎么用：{usage}\n用的时候有问题随时问我。",
          "en": "How to use your {name}: {usage}\nAsk me anything about it as you go."}

# A question about one named product's use or worth, as the whole message: how to use it ("面膜怎么用", "how often
# should i use the mask", "面膜一周用几次"), whether it is any good or does something ("is the toner good", "is the
# vitamin c serum effective", "维C精华能淡斑吗", "does the retinal serum work for wrinkles"). Its `usage` or its
# description in products.yaml answer. They got "I don't know", or an entry whose answer merely names the product:
# shelf life (it names the vitamin C serum's six months), the points shop, shipping times (lead29). The FAQ still
# answers a question that says more ("is the toner good for acne": acne-prone; "面霜孕妇能用吗": pregnancy).
PRODUCT_USE_MORE = ("多久用一次", "多久敷一次", "几天用一次", "几天敷一次", "一周用几次", "一周敷几次", "每周用几次",
                    "一天用几次", "每天都能用吗", "每天用吗", "天天用", "天天敷", "how many times", "every day",
                    "everyday", "daily", "how long", "leave it on",
                    # with the product named between ("how long do I leave the mask on" got the shipping times; lead43)
                    "leave the on", "leave on", "keep the on", "keep it on", "keep on", "敷多久", "敷多长时间",
                    "敷几分钟", "要敷多久")
PRODUCT_EFFECT_WORDS = ("good for", "is it good", "any good", "good", "effective", "does it work", "work for",
                        "works for", "work on", "works on", "work", "works", "helps with", "helps", "worth it",
                        "worth buying", "worth", "recommend", "legit", "whats in", "what is in",
                        "做什么用", "有什么用", "干什么用", "是干嘛的", "干嘛用",
                        "有用吗", "有用", "有效吗", "有效果吗", "有效", "效果好吗", "效果怎么样", "效果如何", "效果",
                        "管用吗", "管用", "好使吗", "好使", "值得买吗", "值得入吗", "值得", "好用", "能不能", "能")
SKIN_CONCERN_WORDS = ("dark spots", "dark spot", "spots", "pigmentation", "hyperpigmentation", "dark marks",
                      "marks", "scars", "wrinkles", "fine lines", "lines", "dullness", "dull skin", "glow",
                      "brightening", "pores", "large pores", "texture", "redness", "dryness", "hydration",
                      "淡斑", "祛斑", "去斑", "色斑", "斑点", "淡化", "美白", "提亮", "亮白", "去黄", "暗沉", "去皱",
                      "抗皱", "细纹", "皱纹", "抗老", "毛孔", "收毛孔", "补水", "保湿", "去黄气", "斑")

# What else such a question says ("is the vitamin c serum good for my dark spots"); not the shop's FILLER_WORDS,
# whose "order" and "send" make "can you help me with the toner order" a buy ask.
# "anyone here know how to use the serum": the group chat's opening is no question of its own
PRODUCT_OF_FILLER_WORDS = PRODUCT_ASK_FILLER_WORDS | frozenset({"for", "my", "your", "on", "me", "the", "ur", "anyone",
                                                               "anybody", "here", "know", "knows", "if", "whether",
                                                               # "i'd like to learn more about your cream" (lead39)
                                                               "d", "id", "like", "to", "would", "want", "wanna"})

# Words pointing back at what was said before; with them taken off, the rest must only ask a price or a link.
BACK_WORDS = ("我之前问的", "之前问的", "我刚才问的", "刚才问的", "刚问的", "你刚才说的", "刚才说的", "刚才", "刚刚",
              "之前", "上次", "那个产品", "这个产品", "这款", "那款", "产品", "again", "earlier", "before",
              "that one", "the one", "it", "was", "that", "this",
              # sent again ("链接再发一次", "可以再发一下链接吗", "再俾條link我", "send the link one more time"): they
              # got "I don't know" or the referral's invite link just after a product (lead45)
              "重新发一下", "重新发", "重发", "再发一次", "再发一遍", "再发一下", "再发下", "再发", "再给我", "再给",
              "再俾", "再畀", "一次", "一遍", "可以", "条", "one more time", "once more")

# A hello in front of a product question ("你好 防晒多少钱", "哈囉 防曬幾多錢", "hi how much is the sunscreen", "hey,
# toner price?"), in normalised text: it made the message say more than a price, and the FAQ answered shipping costs,
# currencies or how to wear sunscreen (verify18). Latin words whole ("hibiscus" keeps its "hi").
LEADING_GREETING = re.compile(
    r"(?:(?:(?:hi|hello|hey|hiya|heya|hallo|yo|hi there|hello there|good (?:morning|afternoon|evening)|morning)"
    r"(?: |$))|(?:你好|您好|哈喽|哈啰|哈罗|嗨|早上好|下午好|晚上好|早安|在吗|亲亲|亲) ?)+")

# "Below", not "the card" or "the Mini Program": where a card cannot go (an unverified Official Account's passive
# reply, a picture that could not be fetched, a text-only route) it arrives as its tracked link to the web shop.
PRODUCT = {"zh": "{name}｜{price}，点下方购买 👇", "en": "{name} | {price}, tap below to buy 👇"}
# What else a price ask in a longer message may be about (_prices_something_else).
OTHER_COSTS = ("shipping", "postage", "delivery", "freight", "duty", "duties", "customs", "tax", "taxes", "fee", "fees",
               "运费", "邮费", "快递费", "关税", "税费", "手续费", "运费险")
# Asking whether a product is in stock ("toner还有货吗", "sunscreen sold out?", "when will the cream be back in
# stock"): Siyu holds no stock levels, so the product's line says where they are, its page, rather than guessing.
# They got "I don't know" (lead25).
STOCK_WORDS = ("还有货", "有没有货", "有冇货", "有货", "缺货", "断货", "卖完", "卖光", "售罄", "补货", "到货",
               "几时有货", "什么时候有货", "back in stock", "out of stock", "in stock", "sold out", "restock",
               "restocked", "restocking", "available", "availability", "stock")
STOCK_NOTE = {"zh": "有没有货以小程序里它的页面为准（缺货时页面会写）。",
              "en": "Its page in the Mini Program shows whether it's in stock."}
STOCK_FILLER_WORDS = frozenset({"when", "will", "be", "back", "is", "it", "are", "they", "still", "again", "soon",
                                "currently", "now", "right", "u", "yall", "guys"})
STOCK_FILLER_CHARS = "什么时候几时会再还又现在目前呀啊了吗呢"
# A group gets no card (the group robot and the group bot send a link in its place: bot/channels/group_robot.py,
# bot/webhook/group_bot.py), so "tap the card" would point at nothing.
PRODUCT_IN_GROUP = {"zh": "{name}｜{price}，点链接购买 👇", "en": "{name} | {price}, tap the link to buy 👇"}
PICK = {"zh": "找到这几款，回复数字看详情：", "en": "Here is what I found, reply with a number for details:"}
ALL = {"zh": "热卖产品，回复数字看详情：", "en": "Our best sellers, reply with a number for details:"}
HOW_TO_BUY = {"zh": "这样下单：回复数字看产品，再点产品下方购买 👇",
              "en": "To order: reply with a number to see a product, then tap below it to buy 👇"}

# Asking for something cheaper, as the whole message, after products were shown: "有便宜点的吗", "有没有更便宜的",
# "有冇平啲嘅", "cheaper?", "anything cheaper". It fell to the FAQ's "I don't know" (verify16).
CHEAPER_ASKS = re.compile("|".join((
    r"(?:请问 ?)?(?:那)?(?:还)?(?:有)?(?:没有|冇)?(?:更|再|比较)?(?:便宜|实惠|平|抵)(?:一点|一些|点|些|啲|d)?(?:的|嘅)?"
    r"(?:吗|呢|嘛|呀|啊|么|冇|无)?",
    r"(?:有冇|有没有) ?(?:更)?(?:平啲|便宜啲|便宜点|便宜一点)(?:嘅|的)?",
    r"(?:anything |something |any |a |got anything |do you have (?:anything |something |any )?)?"
    r"(?:cheaper|less expensive|more affordable)(?: ones?| options?| stuff)?(?: please| pls)?",
    r"(?:is there|are there|have you got|got) (?:anything |any |something |a )?(?:cheaper|less expensive)"
    r"(?: ones?| options?)?(?: than (?:that|this|it|these|those)(?: ones?)?)?",
    r"(?:anything|something) (?:cheaper|less expensive) than (?:that|this|it|these|those)(?: ones?)?",
    r"(?:太贵了?|too expensive|too pricey)(?: ?(?:有|有没有|有冇)?(?:便宜|平)(?:一点|点|啲)?(?:的|嘅)?(?:吗|嘛|呢)?)?",
)))
# Asking what the products shown cost together, as the whole message: "how much is all of it", "一共多少钱",
# "全部买要多少", "total?". Just after a routine's products it got "I don't know" (lead37).
TOTAL_ASKS = re.compile("|".join((
    r"(?:so |and |ok |okay )?(?:how much|what)(?: is| s| does| do| would| will)?(?: it)?(?: cost| be| come to)?"
    r"(?: for| is)? (?:all of (?:it|them|these|those)|all (?:of )?(?:that|this|these|those|4|four|3|three|5|five)"
    r"|(?:them|these|those|it) all|everything|all(?: together)?|altogether|in total|the (?:whole|full) "
    r"(?:set|thing|lot|routine|list)|the total)(?: together| altogether| in total)?(?: then)?",
    r"(?:whats |what is |what s )?(?:the )?total(?: price| cost)?(?: for (?:all|them|these|everything))?(?: then)?",
    r"(?:那|那么)?(?:这些|这几样|这几个|这套|全部|全套|一起|加起来|总共|一共|全买|都买)(?:买)?(?:的话)?(?:一共|总共)?"
    r"(?:要|需要)?(?:多少钱|多少|几多钱|几钱|什么价|啥价)(?:呢|啊|呀|吗)?",
)))
TOTAL = {"zh": "这 {count} 样一起：{total}\n{items}\n回复数字看单品和购买方式。",
         "en": "All {count} together: {total}\n{items}\nReply with a number for one of them and how to buy it."}
CHEAPEST_FIRST = {"zh": "按价格从低到高，回复数字看详情：",
                  "en": "From the lowest price, reply with a number for details:"}
CHEAPER_THAN = {"zh": "比{name}便宜的同类产品，回复数字看详情：",
                "en": "Cheaper than the {name}, reply with a number for details:"}
NONE_CHEAPER = {"zh": "{name}（{price}）已经是我们同类产品里最实惠的一款了。回复【产品】看全部产品和价格。",
                "en": "The {name} ({price}) is already our most affordable one of its kind. Reply \"products\" to see "
                      "everything we sell with prices."}
ALSO = {"zh": "还有这些，回复数字看详情：", "en": "We also have these, reply with a number for details:"}
SAME_KIND = {"zh": "同类的还有，回复数字看详情：",
             "en": "Of the same kind we also have, reply with a number for details:"}
ONLY_ONE = {"zh": "这类产品我们只有{name}这一款。回复【产品】看全部产品。",
            "en": "The {name} is the only one of its kind we have. Reply \"products\" to see everything we sell."}
WHOLE_KIND = {"zh": "这类产品就这 {count} 款。回复【产品】看全部产品。",
              "en": "Those {count} are all we have of that kind. Reply \"products\" to see everything we sell."}
# A product question naming another brand or store, not us ("how much is the la roche posay sunscreen", "兰蔻的防晒霜
#多少钱", "sunscreen price at costco"): our product of that kind is still shown, but never as if it were theirs
# (it answered "Mineral Sunscreen SPF 50 | CAD 32.00" as the other brand's price). The kinds of business whose
# products or prices a product question can be about (bot/content/elsewhere.py).
OTHER_SELLERS = frozenset({"beauty", "shop"})
NOT_OURS = {"zh": "别家品牌和商店的产品、价格我不清楚，我们只卖{brand}自己的产品。",
            "en": "I can't speak for other brands' or stores' products and prices; we only sell {brand}'s own."}
NOT_OURS_HEADER = {"zh": "{brand}的同类产品，回复数字看详情：",
                   "en": "{brand}'s own of that kind, reply with a number for details:"}
# Comparing products (_compared): a message naming two or more with one of these, and otherwise only
# COMPARE_FILLER, or one named with these right after another was shown. They got the FAQ's answer to another
# question (vitamin C with niacinamide) or "I don't know" (verify18).
COMPARE_WORDS = ("compared to", "compared with", "compare", "comparison", "versus", "vs", "difference between",
                 "differences", "difference", "different", "better", "which", "or", "区别", "差别", "差异", "不同",
                 "对比", "比较", "比", "分别", "哪个", "哪款", "哪支", "哪瓶", "还是", "边个", "定系")
COMPARE_FILLER = FILLER_WORDS | {"and", "with", "between", "best", "good", "one", "ones", "to", "should", "get",
                                 "buy", "choose", "pick", "are", "how", "they", "them", "two", "both", "these",
                                 "those", "s"}
COMPARE_FILLER_CHARS = FILLER_CHARS + "和跟与同好更是适合边个定系两对它佢"  # 它 / Cantonese 佢: the one shown
COMPARED_MAX = 4  # "精华和面霜哪个好": the three serums and the cream
COMPARE = {"zh": "对比一下：\n{lines}\n哪款适合你要看肤质和需求。回复数字看详情和购买：",
           "en": "Side by side:\n{lines}\nWhich suits you depends on your skin. Reply with a number to see one and "
                 "buy it:"}
# How to use a kind ("how do I use the serum", "精华怎么用": three serums): each one's usage, side by side (it was the
# FAQ's, which answered an entry whose answer names serums: niacinamide with vitamin C, pregnancy; the lead, stop 39).
USE_EACH = {"zh": "各自的用法：\n{lines}\n回复数字看详情和购买：",
            "en": "How to use each:\n{lines}\nReply with a number to see one and buy it:"}
EVERYTHING_SHOWN = {"zh": "这些就是我们目前的全部产品了，回复数字看详情。",
                    "en": "That is everything we sell right now; reply with a number for details."}


class ShopHandler:
    name = "shop"
    summary: ClassVar[Mapping[str, str]] = {"zh": "产品：看热卖产品，或直接发产品名",
                                            "en": "products: best sellers, or send a product name"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound) or not content.products:
            return None
        picked = menu_choice(inbound, member, MENU_KIND, everything=content.products)
        if picked is not None and content.product(picked) is not None:
            return Match({"products": (picked,), "picked": True})
        text = _without_greeting(terms(inbound))
        if not text:
            return None
        if member is not None and (member.fields.get(MENU_FIELD) or member.fields.get(FOLLOW_FIELD)):
            text = without_correction(text)  # "no I meant the serum" just after a product or an answer (lead49)
        found = _matched(text, inbound, member, content)
        # "那个A醛精华呢" after "everything but the retinal serum is fine in pregnancy": that answer. Asked only of a
        # message the shop would take: the follow-up reads the member's last answer (~11 k instructions), and most
        # messages are not the shop's.
        return None if found is None or followed_entry(inbound, member, content) else found

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        products = [p for p in map(content.product, match.data["products"]) if p is not None]
        if "follow" in match.data:
            return _followed_up(match.data["follow"], products, inbound, content, locale)
        if match.data.get("priced"):
            return _by_price(match.data["priced"], products, inbound, content, locale)
        if match.data.get("compare"):
            use = match.data.get("about") == "use"
            said = [_said_of(p, locale, use=use) for p in products]
            lines = "\n".join(f"· {p.name.get(locale)}{'：' if locale == 'zh' else ': '}{text}"
                               for p, text in zip(products, said, strict=True))
            return _product_menu(products, USE_EACH if use else COMPARE, inbound, content, locale, lines=lines)
        if len(products) == 1 and match.data.get("bought"):
            product = products[0]
            usage = _said_of(product, locale, use=True)
            text = brand_text(content, "product_bought", locale, BOUGHT, name=product.name.get(locale), usage=usage)
            return Result(messages=(Text(text=text),), add_tags=frozenset({f"bought:{product.id}"}),
                          set_fields=menu_fields(MENU_KIND, [product.id], inbound),  # the product shown last
                          events=(("product_view", {"product": product.id}),))
        if len(products) == 1:
            product = products[0]
            template, default = ("product_in_group", PRODUCT_IN_GROUP) if inbound.in_group else ("product", PRODUCT)
            if match.data.get("about"):
                about = _said_of(product, locale, use=match.data["about"] == "use")
                text = brand_text(content, "about_product", locale, ABOUT_PRODUCT, name=product.name.get(locale),
                                  price=product.price.format(), about=about)
            else:
                text = brand_text(content, template, locale, default, name=product.name.get(locale),
                                  price=product.price.format())
            if match.data.get("not_ours"):
                text = f"{_not_ours(content, locale)}\n{text}"
            if match.data.get("stock"):
                text = f"{text}\n{brand_text(content, 'product_stock', locale, STOCK_NOTE)}"
            card = product_card(product, locale, member=member, source_name=source(inbound, self.name))
            fields = picked_fields(MENU_KIND, product.id, inbound, member) if match.data.get("picked") else \
                menu_fields(MENU_KIND, [product.id], inbound)  # the product shown last (_shown_last)
            return Result(messages=(Text(text=text), card), add_tags=frozenset({f"viewed:{product.id}"}),
                          set_fields=fields, events=(("product_view", {"product": product.id}),))
        shown = products if match.data.get("all") and not inbound.in_group else products[:LIST_MAX]
        items = [(p.id, f"{p.name.get(locale)}｜{p.price.format()}") for p in shown]
        ask = match.data.get("ask", "")
        header = (f"{_not_ours(content, locale)}\n{NOT_OURS_HEADER[locale].format(brand=brand_name(content, locale))}"
                  if match.data.get("not_ours") else
                  brand_text(content, "how_to_buy", locale, HOW_TO_BUY) if ask == "how" else
                  brand_text(content, "which_link", locale, WHICH_LINK) if ask == "link" else
                  brand_text(content, "which_price", locale, WHICH_PRICE) if ask == "price" else
                  brand_text(content, "product_list", locale, ALL if match.data.get("all") else PICK))
        menu = numbered(header, items)
        return Result(messages=(menu_or_text(menu, inbound),),
                      set_fields=menu_fields(MENU_KIND, [p.id for p in shown], inbound,
                                             everything=[p.id for p in content.products]))


def _prices_something_else(text: str) -> bool:
    """Whether a message that says more than a product and a price ask names what else costs: shipping, duties, a
    fee ("...the moisturizer looks great. how much would shipping be to saskatoon"). Its price ask is that one's,
    the FAQ's, even where the FAQ is unsure: the product's price would answer another question (faq26's probe12)."""
    return take_terms(text, OTHER_COSTS)[1]


def _without_stock_filler(rest: str) -> str:
    """`rest` without the words a stock question is framed in ("when will it be back", 什么时候会再有)."""
    rest = " ".join(w for w in rest.split() if w not in STOCK_FILLER_WORDS)
    return "".join(ch for ch in rest if ch not in STOCK_FILLER_CHARS)


def _asks_measure(text: str) -> bool:
    """Whether `text` asks what is measured of a product (MEASURE_WORDS: "spf?", "SPF多少") and not its price, its
    stock, nor a product named by its number ("spf 50 sunscreen")."""
    return (take_terms(text, MEASURE_WORDS)[1] and not any(ch.isdigit() for ch in text)
            and not take_terms(text, BUY_WORDS + PRICE_WORDS)[1] and not _asks_stock(text))


def _asks_stock(text: str, *, alone: bool = False) -> bool:
    """Whether `text` asks if a product is in stock (STOCK_WORDS); `alone`: and says nothing else ("还有货吗", "in
    stock?"), as asked of the product just shown."""
    rest, asked = take_terms(text, STOCK_WORDS)
    if not asked or not alone:
        return asked
    return only_filler(_without_stock_filler(rest), FILLER_WORDS, FILLER_CHARS)


def _asked_about_it(text: str) -> str:
    """"use" when `text` asks only how to use the product just shown, "about" when only how big or what it is like
    (PRODUCT_ASK_WORDS), else ""."""
    rest, asked = take_terms(text, PRODUCT_ASK_WORDS + SHOWN_ASK_WORDS)
    if not asked or KEEPS_ASKS.search(text) \
            or not only_filler(take_terms(rest, BACK_WORDS)[0], PRODUCT_ASK_FILLER_WORDS, PRODUCT_ASK_FILLER_CHARS):
        return ""
    return "use" if take_terms(text, PRODUCT_USE_WORDS)[1] else "about"


def _matched(text: str, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
    """`ShopHandler.match` of a text message (`text`: its terms without a leading greeting) before the follow-up
    check: what the shop would take it as, or None."""
    if quoted_text(inbound) and _asks_only_to_buy(text):  # the quote first: most messages quote nothing
        # "@露米 这个多少钱" quoting someone's "神经酰胺修护霜" (doc 100719 `quote`): the quote names the product
        quoted, _ = content.remembered(_products_named)(normalize(quoted_text(inbound)))
        if quoted:
            return Match({"products": quoted})
    follow_up = _follow_up(text, inbound, member, content)  # "cheaper?", "还有吗" after products were shown
    if follow_up is not None:
        return follow_up
    last = _shown_last(inbound, member, content)  # next: "多少钱" just after a product asks its price
    if last and (_asks_only_to_buy(take_terms(text, BACK_WORDS)[0]) or TAKE_IT_ASKS.fullmatch(text)):
        return Match({"products": (last,)})
    about = _asked_about_it(text) if last else ""  # "how do I use it", "多大" just after a product
    if about:
        return Match({"products": (last,), "about": about})
    compared, everything, asked_of, (found, said_more), bought = content.remembered(_read)(text)  # text-only
    # "X vs Y", "X和Y哪个好"; "和修护霜比哪个好" after one shown
    if len(compared) > 1 or (compared and last and last != compared[0]):
        return Match({"products": compared if len(compared) > 1 else (last, compared[0]), "compare": True})
    dollars = " dollars" if "$" in command_text(inbound) else ""  # normalize drops "$": "under $25" says it
    priced = content.remembered(_price_asked)(text + dollars)  # "cheapest?", "anything under $30?"
    if priced:
        return Match({"products": tuple(p.id for p in content.products), "priced": priced})
    if everything == "link" and (picked_posting(member, inbound) or link_shown_last(member, inbound)):
        return None  # "链接再发一次" after a posting: its apply link; after the invite, the invite (lead46)
    if everything:
        return Match({"products": tuple(p.id for p in content.products), "all": True, "ask": everything})
    if bought and not asked_of:  # "I bought the ceramide cream last week": how to use it
        return Match({"products": bought, "bought": True})
    if asked_of:  # "面膜怎么用", "is the toner good": usage, description
        products, about = asked_of  # several: a kind ("serum good?"), each one's description or usage side by side
        return Match({"products": products, "about": about} if len(products) == 1 else
                     {"products": products, "compare": True, "about": about})
    # "how much is shipping for the cream" names a product and a buy word, but asks the FAQ's question; so does
    # one the FAQ is torn over ("how much is postage to the US if I only buy one serum": shipping-cost or
    # product-recommendation), which its did-you-mean menu answers better than the serum's price (faq12).
    if not found and last and _asks_stock(text, alone=True):  # "还有货吗" right after a product
        return Match({"products": (last,), "stock": True})
    if found and _asks_measure(text):  # "spf?": the factor, the FAQ's
        return None
    if not found or (said_more and _prices_something_else(text)):
        return None
    other_seller = bool(content.remembered(kinds_named_elsewhere)(command_text(inbound)) & OTHER_SELLERS)
    # Another brand's or store's price asked ("兰蔻的防晒霜多少钱"): ours shown, theirs not spoken for, even where the
    # FAQ reads it as its own question, then as another brand's, and says "I don't know" (faq88's readings did)
    if said_more and not (other_seller and take_terms(text, PRICE_WORDS)[1]) and faq_in_scope(inbound, member, content):
        return None
    if other_seller:
        return Match({"products": found, "not_ours": True})
    return Match({"products": found, "stock": True} if _asks_stock(text) else {"products": found})


def _read(text: str, content: Content) -> tuple[tuple[str, ...], str, tuple[tuple[str, ...], str] | None,
                                                tuple[tuple[str, ...], bool], tuple[str, ...]]:
    """(`_compared`, `_asks_for_everything`, `_asked_of`, `_products_named`, `_bought`) of the text: the shop's
    text-only readings of a message, in one lookup per text and content version (Content.remembered), not five."""
    return (_compared(text, content), _asks_for_everything(text, content), _asked_of(text, content),
            _products_named(text, content), _bought(text, content))


def _said_of(product: Product, locale: str, *, use: bool) -> str:
    """What to tell of a product: how to use it (`usage`) when that is asked and it has one, else its description."""
    return ((product.usage.get(locale) if use else "") or product.description.get(locale)).strip()


def _bought(text: str, content: Content) -> tuple[str, ...]:
    """(the product id,) when `text` names one product and only says it was bought or has come (BOUGHT_WORDS, with
    when: BOUGHT_TIME_WORDS), else (). Text-only (Content.remembered)."""
    hits, rest = named_products(text, content)
    if len(hits) != 1:
        return ()
    left, bought = take_terms(without_brand(rest, content), BOUGHT_WORDS)
    if not bought:
        return ()
    left = take_terms(left, BOUGHT_TIME_WORDS)[0]
    return (hits[0],) if only_filler(left, BOUGHT_FILLER_WORDS, BOUGHT_FILLER_CHARS) else ()


# How long it keeps, asked with the words of use and effect ("how long is the vitamin c serum good for" got its usage,
# where the FAQ's shelf life says six months for it; lead43): the FAQ's. Not how long it stays on ("how long do I keep
# the mask on").
KEEPS_ASKS = re.compile(r"^(?!.*(?<![a-z])on$).*(?<![a-z])(?:how long\b.*\b(?:good for|last|lasts|keep|keeps|"
                        r"stay good|stays good|be good)|good for how long)(?![a-z])")


def _asked_of(text: str, content: Content) -> tuple[tuple[str, ...], str] | None:
    """(product ids, "use" or "about") when `text` names one product and asks only how to use it or what it is like
    or does (PRODUCT_ASK_WORDS, PRODUCT_USE_MORE, PRODUCT_EFFECT_WORDS, a skin concern the FAQ has no entry for:
    SKIN_CONCERN_WORDS), or names a kind ("serum", several products) and asks what they are like; else None: "good
    for acne" or "孕妇能用吗" say more, and the FAQ answers them. Text-only (Content.remembered)."""
    hits, rest = named_products(text, content)
    if not hits or len(hits) > COMPARED_MAX or KEEPS_ASKS.search(text):
        return None
    rest = without_brand(rest, content)
    left, use = take_terms(rest, PRODUCT_USE_WORDS + PRODUCT_USE_MORE)
    left, about = take_terms(left, PRODUCT_ASK_WORDS + PRODUCT_EFFECT_WORDS)
    left = take_terms(left, SKIN_CONCERN_WORDS)[0]
    if not (use or about) or not only_filler(left, PRODUCT_OF_FILLER_WORDS, PRODUCT_ASK_FILLER_CHARS):
        return None
    if len(hits) > 1:  # a kind: each one's description ("serum good?") or usage ("how do I use the serum")
        if use and not _is_a_kind(set(hits), content):
            return None  # two products to use together ("sunscreen with retinol"): the FAQ's
        return tuple(hits), "use" if use else "about"
    return (hits[0],), "use" if use else "about"


def _without_greeting(text: str) -> str:
    """The normalised `text` without a greeting in front of it (LEADING_GREETING), nor where the follower came from
    ("我是从小红书来的 想问问你们的面霜" got a did-you-mean: handlers/arrival.py)."""
    found = LEADING_GREETING.match(text)
    return without_arrival(text[found.end():].strip() if found is not None else text)


def _not_ours(content: Content, locale: str) -> str:
    """Says that the products shown are the brand's own, not the other brand's or store's the member named."""
    return brand_text(content, "product_not_ours", locale, NOT_OURS, brand=brand_name(content, locale))


def _asks_for_everything(text: str, content: Content) -> str:
    """"all" for 产品 / products alone or a message asking what the shop has (CATALOGUE_ASKS), "how" for one
    asking how to buy (HOW_TO_BUY_ASKS), "link" for a link asked of nothing named (LINK_ASKS), "price" for a price
    asked of "this" (PRICE_OF_THIS), else ""."""
    text = LEAD_IN.sub("", text, count=1)  # "ok what's the price": the price asked (lead42)
    for reading in dict.fromkeys((text, read_dialect(text))):  # Cantonese as Mandarin: 点样买 怎么买, 睇 看 (lead24)
        if reading in LIST_WORDS or CATALOGUE_ASKS.fullmatch(reading) is not None:
            return "all"
        if HOW_TO_BUY_ASKS.fullmatch(reading) is not None:
            return "how"
    return "link" if LINK_ASKS.fullmatch(text) is not None else "price" if PRICE_OF_THIS.fullmatch(text) else ""


def _shown_last(inbound: Inbound, member: Member | None, content: Content) -> str:
    """The product the member was shown last, while it is the last thing shown and not stale (the pending shop
    menu is that one product: a newer menu or an FAQ answer clears it, handlers/common.py MENU_FIELD), else ""."""
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] != MENU_KIND or len(pending[1]) != 1 or pending[1] == ("*",):
        return ""
    return pending[1][0] if content.product(pending[1][0]) is not None else ""


def _follow_up(text: str, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
    """"cheaper?" or "还有吗" (the whole message) while products are the last thing shown (the pending shop menu: a
    list, or the one product shown last): about those products, as "刚才那个多少钱" is about the one shown."""
    pending = pending_menu(member, inbound)  # first: most messages follow no menu
    if pending is None or pending[0] != MENU_KIND:
        return None
    asked = "cheaper" if CHEAPER_ASKS.fullmatch(text) else "more" if MORE_ASKS.fullmatch(text) else \
        "total" if TOTAL_ASKS.fullmatch(text) else ""
    if not asked:
        return None
    shown = tuple(p.id for p in content.products) if pending[1] == ("*",) else \
        tuple(i for i in pending[1] if content.product(i) is not None)
    if asked == "total" and not _totalled(shown, content):
        return None
    return Match({"products": shown, "follow": asked}) if shown else None


def _totalled(ids: Sequence[str], content: Content) -> bool:
    """Whether the products shown add up to a total: two or more, in one currency (one product's price is its card's;
    prices in two currencies add up to nothing)."""
    currencies = {product.price.currency for product in map(content.product, ids) if product is not None}
    return len(ids) > 1 and len(currencies) == 1


def _followed_up(asked: str, shown: Sequence[Product], inbound: Inbound, content: Content, locale: str) -> Result:
    """The answer to "cheaper?" / "还有吗" about the products just shown: a menu of the products it asks for, or a
    sentence saying honestly that there are none (with the way to see everything)."""
    if asked == "total":
        colon = "：" if locale == "zh" else ": "
        items = "\n".join(f"{number}. {p.name.get(locale)}{colon}{p.price.format()}"
                          for number, p in enumerate(shown, 1))
        total = Price(amount=sum((p.price.amount for p in shown), Decimal(0)), currency=shown[0].price.currency)
        return _said(TOTAL[locale].format(count=len(shown), total=total.format(), items=items))
    if asked == "cheaper":
        if len(shown) > 1:
            return _product_menu(sorted(shown, key=lambda p: p.price.amount), CHEAPEST_FIRST, inbound, content,
                                 locale)
        product = shown[0]
        cheaper = sorted((p for p in _kind_mates(product, content) if p.price.currency == product.price.currency
                          and p.price.amount < product.price.amount), key=lambda p: p.price.amount)
        if cheaper:
            return _product_menu(cheaper, CHEAPER_THAN, inbound, content, locale, name=product.name.get(locale))
        return _said(NONE_CHEAPER[locale].format(name=product.name.get(locale), price=product.price.format()))
    everything = list(content.products)
    if len(shown) == 1:
        mates = _kind_mates(shown[0], content)
        return _product_menu(mates, SAME_KIND, inbound, content, locale) if mates else \
            _said(ONLY_ONE[locale].format(name=shown[0].name.get(locale)))
    if len(shown) == len(everything):
        return _product_menu(shown, EVERYTHING_SHOWN, inbound, content, locale)
    ids = {p.id for p in shown}
    if _is_a_kind(ids, content):
        return _said(WHOLE_KIND[locale].format(count=len(shown)))
    return _product_menu([p for p in everything if p.id not in ids], ALSO, inbound, content, locale)


def _price_asked(text: str, content: Content) -> str:
    """"cheapest" when the message asks for the cheapest, the amount (digits) when it asks what costs at most that,
    else "". Reads only the text; `content` is there for `Content.remembered`."""
    for reading in dict.fromkeys((text, read_dialect(text))):
        if CHEAPEST_ASKS.fullmatch(reading) is not None:
            return "cheapest"
        under = UNDER_ASKS.fullmatch(reading)
        if under is not None:  # its only groups are the amounts', one per alternative: the one that matched
            return under.group(under.lastgroup or 0)
    return ""


def _by_price(asked: str, products: Sequence[Product], inbound: Inbound, content: Content, locale: str) -> Result:
    """Every product from the lowest price ("cheapest"), or those at or under an amount (the digits asked; the
    follower's currency unsaid, so it is compared with each price's amount as listed), or the cheapest one when
    none is."""
    ordered = sorted(products, key=lambda p: p.price.amount)
    if asked == "cheapest":
        return _product_menu(ordered, CHEAPEST_FIRST, inbound, content, locale)
    within = [p for p in ordered if p.price.amount <= Decimal(asked)]
    if within:
        return _product_menu(within, UP_TO, inbound, content, locale, amount=asked)
    lowest = ordered[0]
    text = NOTHING_UNDER[locale].format(amount=asked, name=lowest.name.get(locale), price=lowest.price.format())
    return Result(messages=(Text(text=text),), set_fields=menu_fields(MENU_KIND, [lowest.id], inbound))


def _is_a_kind(ids: set[str], content: Content) -> bool:
    """Whether `ids` are exactly the products one product word names (kind_index: "serum" -> the three serums)."""
    return any(set(kind) == ids for kind in content.remembered(kind_index)("").values())


def _kind_mates(product: Product, content: Content) -> list[Product]:
    """The other products of `product`'s kinds (a word in several products' names: the serums), in content order."""
    kinds = content.remembered(kind_index)("").values()
    mates = {i for kind in kinds if product.id in kind and len(kind) > 1 for i in kind} - {product.id}
    return [p for p in content.products if p.id in mates]


def _product_menu(products: Sequence[Product], header: Mapping[str, str], inbound: Inbound, content: Content,
                  locale: str, **values: str) -> Result:
    """A numbered menu of `products`, pending so a number picks one (as the shop's own lists)."""
    shown = list(products[:LIST_MAX]) if inbound.in_group else list(products)
    items = [(p.id, f"{p.name.get(locale)}｜{p.price.format()}") for p in shown]
    menu = numbered(header[locale].format(**values), items)
    return Result(messages=(menu_or_text(menu, inbound),),
                  set_fields=menu_fields(MENU_KIND, [p.id for p in shown], inbound,
                                         everything=[p.id for p in content.products]))


def _said(text: str) -> Result:
    """A sentence answering a follow-up; the products shown stay pending (a number, "多少钱" still ask of them)."""
    message: Outbound = Text(text=text)
    return Result(messages=(message,))


def _asks_only_to_buy(text: str) -> bool:
    """The message is buy words and filler only ("这个多少钱", "how much is this", "有链接吗"): it asks about
    something named elsewhere (a quoted message)."""
    rest, asks_to_buy = take_terms(text, BUY_WORDS + ONLY_BUY_WORDS)  # filler only: "多少" alone is the price too
    return asks_to_buy and only_filler(rest, FILLER_WORDS, FILLER_CHARS)


def _compared(text: str, content: Content) -> tuple[str, ...]:
    """The products a message compares: those it names (as _products_named reads names and kinds, at most
    COMPARED_MAX) when it says a COMPARE_WORDS word and nothing beyond COMPARE_FILLER, else (). One product alone
    is returned too: compared with the one shown last (`match` decides)."""
    hits, rest = named_products(text, content)
    if not hits or len(hits) > COMPARED_MAX:
        return ()
    rest, asked = take_terms(without_brand(rest, content), COMPARE_WORDS)
    return tuple(hits) if asked and only_filler(rest, COMPARE_FILLER, COMPARE_FILLER_CHARS) else ()


def _products_named(text: str, content: Content) -> tuple[tuple[str, ...], bool]:
    """Products the message names, when it asks for them or says nothing else, else (); and whether it
    says more than the product and the buy words (then it may be an FAQ question about them).

    A word that is one product's keyword but part of others' names is a kind of product: "精华" / "serum" is the
    niacinamide serum's keyword and in the vitamin C and retinal serums' names, and named alone it listed only the
    first. It names every product of its kind, unless the message names one of them by its own word ("维c精华")."""
    hits, rest = named_products(text, content)
    if not hits:
        return (), False
    rest = without_brand(rest, content)
    if len(hits) > 1:
        rest = take_terms(rest, JOINING_WORDS)[0]
    rest, asks_to_buy = take_terms(rest, BUY_WORDS)
    if not asks_to_buy:
        alone, asks_alone = take_terms(rest, ONLY_BUY_WORDS)
        if asks_alone and only_filler(alone, FILLER_WORDS, FILLER_CHARS):
            rest, asks_to_buy = alone, True
    rest, asks_stock = take_terms(rest, STOCK_WORDS)
    if asks_stock:
        rest = _without_stock_filler(rest)
        asks_to_buy = True
    filler = only_filler(take_terms(rest, ABOUT_WORDS)[0], FILLER_WORDS, FILLER_CHARS)  # only with nothing else said
    return (tuple(hits), not filler) if asks_to_buy or filler else ((), False)
