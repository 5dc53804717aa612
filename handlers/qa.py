"""FAQ answers in Chinese and English: the catch-all for text, registered last.

- Confident (`Verdict.ANSWER`): the answer, then (1:1 only) the entry's first product as a card and a
  pointer to its tutorial; tags `asked:<faq id>` plus the entry's own tags.
- Two entries about as likely, both above the answer line (`Verdict.SUGGEST`): "did you mean" as a
  Menu (clickable msgmenu on the Official Account, numbered text elsewhere); the suggested ids are
  kept in the member's pending-menu field, so a click (text + bizmsgmenuid) or a typed "2" answers
  the second suggestion. A weak best guess gets no menu (issue 10): it is the next case.
- Nothing relevant, or nothing sure enough: an honest "I don't know yet, a person will follow up" and an `unanswered`
  event carrying the question and its canonical form (`key`), from which a store keeps the
  managers' list of unanswered questions with counts.
- An entry with `tones` answers a member its audience fits (leaders, newcomers, English speakers) in that
  voice, except a stable holdout kept on the default (bot/content/variants.py); shown, replies, clicks and
  conversions are counted per arm (`siyu tones`).
- Greetings and small talk alone ("你好", "在吗", "ok") get a short hello, not "I don't know"; thanks alone
  ("谢谢", "ok thanks") get "you're welcome"; asking what the bot is ("你是机器人吗", "are you a bot?") the truth: the
  brand's automated assistant, and how to reach a person.
- An advertisement nothing answers ("兼职日结300，加我微信"; `lexicon.looks_like_spam`) is not a question: it gets
  the hello in 1:1 and nothing in a group, and a `spam` event instead of `unanswered`, so it neither fills the
  managers' list of questions to add to the FAQ nor opens a handoff that would page staff (`on_unanswered`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sized
from dataclasses import replace
from functools import cached_property
from typing import Any, ClassVar

from bot.content.elsewhere import OUR_SPEAKER, kinds_named_elsewhere
from bot.content.faq import QUESTION_CUES_EN, QUESTION_CUES_ZH, FaqMatch, Verdict, listed_questions
from bot.content.identifiers import read_identifiers
from bot.content.lexicon import (
    ACKNOWLEDGEMENTS,
    BRAND_WORD,
    asks_about_us,
    asks_if_bot,
    chit_chat,
    greets_from_somewhere,
    looks_like_spam,
    says_goodbye,
    says_thanks,
    sells_fakes_or_fans,
    stem,
)
from bot.content.model import City, Content, FaqEntry
from bot.content.origin import asks_about_origin, speaks_of_origin
from bot.content.shapes import framing_set_aside
from bot.content.variants import TONE_EVENT, TONE_FIELD, campaign_for, choose, tone_field
from bot.inbound import Inbound, Kind
from bot.member import F_LOCALE, Member
from bot.outbound import Outbound, Text
from bot.pending_menu import MENU_TTL_S, menu_shown, pending_menu, pending_menu_shown_at
from bot.router import Match, Result
from bot.text import LOCALES, has_cjk, normalize, own_words, quoted_text, simplified, terms
from handlers.arrival import arrival_only, without_arrival
from handlers.careers import MENU_KIND as CAREERS_MENU_KIND
from handlers.careers import POSTING_KIND, picked_posting
from handlers.common import (
    BARE_NUMBER,
    MENU_FIELD,
    OTHER_ONE,
    PICKED_FROM_FIELD,
    RESIDENCE,
    brand_name,
    brand_text,
    brand_words,
    city_fields,
    command_text,
    contains_term,
    is_text,
    list_step,
    menu_choice,
    menu_fields,
    menu_or_text,
    number_typed,
    numbered,
    offer_text,
    picked_list,
    remove_term,
    reply_locale,
)
from handlers.community import MENU_KIND as GROUPS_MENU_KIND
from handlers.community import joinable
from handlers.follow_up import (
    FOLLOW_FIELD,
    asks_again,
    asks_what_was_asked,
    echoed_entry,
    follow_fields,
    followed_entry,
    remembered_answer,
    remembered_entry,
    unspaced,
)
from handlers.handoff import RECEIVED_ASKS, WAITING, offer_detailed, open_handoff, open_result
from handlers.introductions import introduces_self
from handlers.links import product_card, source
from handlers.location import city_noted
from handlers.media import LINK_UNSEEN
from handlers.optout import (
    IN_GROUP,
    RESUME_ASKS,
    STILL_OPTED_OUT,
    STOP_HOW_TO,
    SUBSCRIBED,
    SUBSCRIBED_NO_PUSH,
    asks_state,
    asks_to_stop,
    opt_out_word,
    resume_word,
)
from handlers.plans import states_a_plan
from handlers.product_names import named_products
from handlers.routine import routine_result, skin_said
from handlers.shop import MENU_KIND as SHOP_MENU_KIND
from handlers.tutorials import MENU_KIND as TUTORIALS_MENU_KIND

log = logging.getLogger(__name__)

MENU_KIND = "faq"
# A FAQ entry listed in handoff.yaml `faq` opens a handoff only this sure, and this far ahead of the next
# entry (see _sure_of_handoff): asking for a person in one's own words ("有真人吗", "can i speak with
# someone") scored 0.79-1.0 and led by 0.22-0.5; the customer-service-hours, job and bot small-talk messages
# of tests/data/faq_followers*.yaml that reached it scored 0.51-0.82 and led by 0.13-0.22.
HANDOFF_CONFIDENCE = 0.75
HANDOFF_LEAD = 0.2
QUESTION_MAX_CHARS = 200  # what an unanswered event keeps of the question
CONTINUED_MAX_WORDS = 6  # a vague question that continues the last answer is short: "what if it's opened"
CONTINUED_MAX_CJK = 10  # ... "怎么加入", "开封了还能退吗"
SPAM_EVENT = "spam"  # an advertisement the FAQ did not answer: counted apart from the unanswered questions

NO_ANSWER = {"zh": "这个问题我还不会回答，已经记下来，{brand}会据此补充答案。需要真人帮忙，请回复【人工】。",
             "en": "I don't know the answer to that yet. I've noted it so the {brand} team can add an answer. "
                   'Reply "agent" if you\'d like a person to help.'}
DID_YOU_MEAN = {"zh": "你是想问下面哪个问题？回复数字即可：", "en": "Did you mean one of these? Reply with the number:"}
NONE_OF_THESE = {"zh": "都不是？换个说法问我，或回复【人工】。",
                 "en": 'None of these? Ask another way, or reply "agent".'}
# With nobody to tell (handlers.common.offer_text): the same, offering no person.
NO_ANSWER_ALONE = {"zh": "这个问题我还不会回答，已经记下来，{brand}会据此补充答案。可以换个说法再问我。",
                   "en": "I don't know the answer to that yet. I've noted it so the {brand} team can add an answer. "
                         "Try asking another way."}
NONE_OF_THESE_ALONE = {"zh": "都不是？换个说法问我。", "en": "None of these? Ask me another way."}
HELLO = {"zh": "你好 👋 直接问我问题就好，回复【帮助】看我能做什么。",
         "en": 'Hi 👋 Just ask me a question, or reply "help" to see what I can do.'}
THANKS = {"zh": "不客气 😊 还有问题随时问我。", "en": "You're welcome 😊 Ask me anything, any time."}
# A pick ("2", "第二个", "the second one") with no list open to pick from: the hello greeted it as if nothing had been
# said (lead41: "第二个" just after the part-time answer, which lists no postings).
NO_MENU = {"zh": "现在没有可以选的列表哦。直接问我问题就好，回复【帮助】看我能做什么。",
           "en": "There's no list to pick from right now. Just ask me a question, or reply \"help\" to see what I "
                 "can do."}
# A number beyond the list still pending ("5" under three lessons, "9" under eight openings, "12" under ten products):
# NO_MENU said there was no list, just under one (lead45); "0" and "12" got the hello. How many it holds, to pick from.
NOT_ON_MENU = {"zh": "这个列表只有 {count} 项，回复 1 到 {count} 的数字选择；或者直接问我问题。",
               "en": "That list has {count} items: reply with a number from 1 to {count}, or just ask me a question."}
# An acknowledgement just after an answer ("ok", "好的", "got it"): the hello greeted them mid-conversation (lead35).
ACK = {"zh": "好的 👌 还有问题随时问我。", "en": "👌 Anything else, just ask."}
GOODBYE = {"zh": "再见 👋 有问题随时回来问我。", "en": "Bye 👋 Come back any time you have a question."}
PRAISE = {"zh": "谢谢你的喜欢 😊 有问题随时问我。",
          "en": "Thank you, that's lovely to hear 😊 Ask me anything, any time."}
# "你是机器人吗", "are you a bot?", "who are you" (lexicon.ASKS_IF_BOT): the truth, and how to reach a person.
BOT_SELF = {"zh": "我是{brand}的自动助手 🤖 产品、物流、售后和工作的问题都可以直接问我；需要真人帮忙，请回复【人工】。",
            "en": "I'm {brand}'s automated assistant 🤖 Ask me about products, shipping, returns or jobs; reply "
                  '"agent" if you\'d like a person to help.'}
BOT_SELF_ALONE = {"zh": "我是{brand}的自动助手 🤖 产品、物流、售后和工作的问题都可以直接问我。",
                  "en": "I'm {brand}'s automated assistant 🤖 Ask me about products, shipping, returns or jobs."}
PHOTO_UNSEEN = {"zh": "我看不到图片 🙏 请用文字告诉我产品名称或你想问的问题。",
                "en": "I can't see photos 🙏 Please tell me the product's name or your question in words."}
# A message of links only ("https://…", a shop's or a video's page pasted): nothing here opens links, and the link asks
# nothing; it got "I don't know the answer to that yet", and was counted among the questions to add (verify19).
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
TUTORIAL_HINT = {"zh": "想系统了解？回复「{name}」开始小课堂。",
                 "en": 'Want to learn more? Reply "{name}" to start the mini course.'}

# Asking to be sent nothing more in one's own words (handlers.optout.STOP_ASKS) is asked of the FAQ as this question,
# whose answer is how to unsubscribe; the FAQ read "唔好再send嘢俾我" as shipping costs (verify19).
STOP_QUESTION = {"zh": "怎么退订推送消息", "en": "how do i unsubscribe from your messages"}
# Asking which languages the bot speaks, as the whole message (normalised): "do you speak english", "会说英文吗",
# "可唔可以講廣東話". They got the job's language requirements (job-language), as the FAQ read "speak" and "粤语" as a
# job's. In a language the bot answers in, the FAQ is asked the bot's own question (REPLY_IN_QUESTION: "can you reply in
# English?"); in another (Cantonese, French), or with no FAQ answer, BOT_LANGUAGES says the truth: what it reads, and
# that it answers in Chinese or English, in traditional characters to whoever writes them (verify19; the webhook
# pipeline converts the replies, bot.text.in_script). Asked for traditional characters ("可以用繁體中文回覆嗎"), the
# FAQ's answer to replying in Chinese is given, which the brand's language entry words to say so.
_LANGUAGES_EN = {"english": "en", "chinese": "zh", "mandarin": "zh", "simplified chinese": "zh",
                 **dict.fromkeys(("cantonese", "french", "spanish", "korean", "japanese",
                                  "vietnamese", "hindi", "punjabi", "tagalog"), "other")}
_LANGUAGES_ZH = {**dict.fromkeys(("英文", "英语"), "en"),
                 **dict.fromkeys(("中文", "普通话", "国语", "华语", "简体", "简体中文", "简体字", "繁体", "繁体中文",
                                  "繁体字", "正体", "正体中文", "正体字", "繁中", "中文繁体"), "zh"),
                 **dict.fromkeys(("粤语", "广东话", "广州话", "白话", "台语", "闽南话",
                                  "上海话", "法语", "法文", "韩语", "韩文", "日语", "日文"), "other")}
_LANG_EN = "(?P<lang>" + "|".join(sorted(_LANGUAGES_EN, key=len, reverse=True)) + ")"
_LANG_ZH = "(?P<lang>" + "|".join(sorted(_LANGUAGES_ZH, key=len, reverse=True)) + ")"
_ZH_CAN = (r"(?:可不可以|可唔可以|可以|能不能|能唔能|能|会不会|会唔会|会|识不识|识唔识|识|懂不懂|懂唔懂|懂"
           r"|得唔得|得不得)")
BOT_LANGUAGE_ASKS = tuple(re.compile(pattern) for pattern in (
    rf"(?:请问 ?)?(?:你|你们|你哋|你地|机器人|小助手|我)?{_ZH_CAN}?(?:跟我|同我|和我|对我|用)?"
    rf"(?:讲|说|听|看|睇|读|写|打|回|回复|覆|用|听得懂|看得懂|睇得明|听得明|睇得懂|讲得|说得)?(?:懂|得懂|得明)? ?"
    rf"{_LANG_ZH} ?(?:回复我|回复|回我|覆我|覆|讲|说|沟通|交流|聊天|问|打字)?"
    r"(?:得唔得|得不得|可唔可以|可不可以|可以吗|可以不|行不行|行吗|ok吗|得吗|吗|么|嘛|呀|啊|不|唔|呢|㗎|嘅|吖|啦|ma)*",
    rf"(?:hi |hello |hey )?(?:do|can|could|will|would|does) (?:you|u|ya|the bot|this bot|this account) (?:also )?"
    rf"(?:speak|talk|understand|read|write|reply|answer|respond|chat|text|type|do|use|reply me|answer me|know)"
    rf"(?: in)? {_LANG_EN}(?: please| pls| too| as well| also| at all| well)?",
    rf"(?:is it ok if |is it okay if |can |could |may )i (?:speak|talk|write|ask|type|text|chat|message you|ask you)"
    rf"(?: to you| you)?(?: in)? {_LANG_EN}(?: please| pls| too| instead)?",
))
REPLY_IN_QUESTION = {"en": {"en": "can you reply in english", "zh": "可以用英文回复我吗"},
                     "zh": {"en": "can you reply in chinese", "zh": "可以用中文回复我吗"}}
BOT_LANGUAGES = {"zh": "我看得懂简体、繁体中文和粤语，也看得懂英文，直接问就好 🌿 "
                       "我会用中文或英文回复：你用英文问，我就用英文答；用繁体字问，我就用繁体字答。",
                 "en": "I read English and Chinese (simplified or traditional, Cantonese too), so ask away 🌿 "
                       "I reply in English or Chinese, whichever you write in, in traditional characters if you "
                       "write them."}


# The last answer asked for in the other language, as the whole message ("in English please", "can you say that in
# english", "English pls", "用英文说", "说中文", "中文回复吧", "可以講中文嗎"): just after an answer, they got the
# FAQ's words on which languages the bot replies in, not the answer (lead47). That answer again, in that language
# (handlers/follow_up.py remembered_entry's window); with no answer just given, the languages' answer, as before.
_SWITCH_EN = {"english": "en", "chinese": "zh", "mandarin": "zh"}
_SWITCH_ZH = {"英文": "en", "英语": "en", "中文": "zh", "普通话": "zh", "国语": "zh"}
SWITCH_ASKS = (
    re.compile(r"(?:(?:ok|okay|sorry|hmm|hi|um) )*(?:(?:can|could|would) (?:you|u) (?:please |pls )?)?(?:please |pls )?"
               r"(?:(?:say|repeat|send|write|tell me|explain|give me|reply|answer|translate)(?: (?:that|it|this|me"
               r"|that answer|the answer|this one))?(?: again)? )?(?:in|to|into) (?P<lang>english|chinese|mandarin)"
               r"(?: (?:please|pls|plz|thanks|thank you|again))*"),
    re.compile(r"(?P<lang>english|chinese|mandarin) (?:please|pls|plz)(?: thanks)?"),
    re.compile(r"(?:请|麻烦|麻烦你|可以|可唔可以|能不能|能唔能)?(?:用|换成|换|说|讲|转成|翻译成)"
               r"(?P<lang>英文|英语|中文|普通话|国语)(?:说|讲|回复|回答|回|覆|讲一次|说一遍|再说一遍|再讲一次|解释)?"
               r"(?:吧|呀|啊|吗|嘛|得唔得|可以吗|好吗|好不好|谢谢|唔该|ma)*"),
    re.compile(r"(?P<lang>英文|英语|中文)(?:回复|回答|回|覆|版|版本)(?:吧|呀|啊|吗|嘛|可以吗|好吗|谢谢|唔该)*"),
)


def _switch_asked(normalized: str, _content: Content) -> str:
    """"en" or "zh" when the normalised message, as a whole, asks for the last answer in that language (SWITCH_ASKS),
    else "". Text-only (for Content.remembered)."""
    text = unspaced(normalized)
    found = next((m for m in (pattern.fullmatch(text) for pattern in SWITCH_ASKS) if m), None)
    if found is None:
        return ""
    language = found.group("lang")
    return _SWITCH_ZH.get(language) or _SWITCH_EN.get(language, "")


def bot_language_asked(normalized: str) -> str:
    """"en" or "zh" when `normalized` (the whole message) asks whether the bot speaks a language it answers in,
    "other" for one it reads at most, else "" (BOT_LANGUAGE_ASKS)."""
    asked = next((m for m in (pattern.fullmatch(normalized) for pattern in BOT_LANGUAGE_ASKS) if m), None)
    if asked is None:
        return ""
    language = asked.group("lang")
    return _LANGUAGES_ZH.get(language) or _LANGUAGES_EN.get(language, "other")


# Asking whether one may ask (still, after unsubscribing: "wait can I still ask you things?", "还能问问题吗", "咁我仲
# 可唔可以問嘢"): the hello, which says just ask. They got "I don't know" or a did-you-mean (verify19).
STILL_ASK = re.compile("|".join((
    r"(?:wait |so |ok |and |but |hi |hey )*(?:can|may|could) i (?:still )?(?:ask|message|text|chat with|talk to)"
    r"(?: you)?(?: (?:things|stuff|questions|a question|something|anything|some questions))?"
    r"(?: though| still| then| now)?",
    r"(?:那|咁|那么|但系|但是)?(?:我)?(?:还|仲|都)?(?:能|可以|可唔可以|可不可以|能不能|得唔得)(?:再)?(?:问|问下)(?:你)?"
    r"(?:问题|嘢|东西|野|事情|啲嘢)(?:吗|么|呀|啊|嘛|㗎|吖|呢)*",
)))


# Saying a question is coming, and nothing yet ("你好 我想问下", "在吗？想咨询一下", "hi i have a question", "hey, got a
# sec?"): the hello, which says just ask. They got "I don't know the answer to that yet, I've noted the question": a
# question nobody had asked, noted in the managers' unanswered list (lead26).
_OPENERS = (r"(?:(?:hi|hello|hey|hiya|heya|yo|um+|ok|okay|sorry|excuse me|good (?:morning|afternoon|evening)|there"
            r"|你好|您好|哈喽|哈啰|嗨|亲|亲亲|在吗|在不在|有人吗|老师|姐妹|宝|请问|麻烦|麻烦你|打扰了?(?:一下)?|不好意思|唔该)"
            r"(?: |呀|啊|哈|呢|哦)*)*")
_ASK_WORDS_EN = r"(?:a |one |some |a quick |a few |few |2 |two |a couple of |couple )?(?:quick |small |little )?" \
    r"(?:question|questions|q|qs|qn|query|queries|enquiry|inquiry|thing|things)"
ABOUT_TO_ASK = re.compile(_OPENERS + "(?:" + "|".join((
    rf"(?:i |i ve |i have |i got |got |have )?{_ASK_WORDS_EN}(?: for (?:you|u))?",
    rf"(?:can|may|could) i (?:please )?ask(?: (?:you|u))?(?: (?:{_ASK_WORDS_EN}|something|smth|sth|anything))?",
    rf"(?:i (?:want|wanted|would like|d like|wanna|need)|id like) to ask(?: (?:you|u))?"
    rf"(?: (?:{_ASK_WORDS_EN}|something|smth|sth))?",
    r"(?:(?:have|got) (?:a|one) )?(?:sec|second|minute|min|moment)",
    r"(?:are you|r u|anyone|any1|anybody|someone) (?:there|here|around|free|online)",
    r"(?:我)?(?:想|要)?(?:问|问下|问一下|问个问题|问一个问题|问点事|问点东西|问几个问题|问些问题|请教|请教一下|请教下|咨询|咨询一下"
    r"|咨询下|打听一下|打听下)",
    r"(?:我)?有(?:个|一个|几个|些|点|啲)(?:小)?(?:问题|事|事情|嘢)(?:想)?(?:问|请教|咨询|问问)?(?:一下|下|你)?",
    r"(?:我)?(?:有啲嘢|有些事|有点事)(?:想)?(?:问|请教)(?:下|一下)?",
    r"请问一下|请问下",
)) + r")(?: |呀|啊|哈|哦|喔|呢|嘛|吖|可以吗|可以不|可以不可以|行吗|方便吗|please|pls|plz|thanks|thank you|thx|ty|now"
    r"|real quick|quickly)*")


# Whether the bot is a person or a machine, asked in Cantonese ("你係咪真人", "你係唔係機械人", "係真人嚟㗎"): the
# honest answer bot_self gives "你是真人吗" (lexicon.ASKS_IF_BOT); "你係咪真人" opened a handoff (the FAQ's
# human-agent question), or said nobody was available (verify19).
# Thirty-first round: the one chatting or replying named as the subject ("跟我聊天的是真人还是AI啊",
# "回复我的是机器人吗", "现在跟我聊的是人吗"), and the two asked in either order with any of their names (真人还是ai,
# 人定系机械人): the FAQ's human-agent answered "跟我聊天的是真人还是AI", a question about the bot, not a request for
# a person.
_WHO_CHATS = (r"(?:(?:现在|而家)?(?:跟|和|同|在跟|在和)我(?:聊天|聊|倾偈|倾|说话|讲嘢|对话)(?:的|嘅)?"
              r"|(?:在)?回(?:复)?我(?:消息|信息)?(?:的|嘅))")
_PERSON_OR_BOT = r"(?:真人|真嘅人|人类|机器人|机械人|ai|bot|robot|自动回复)"
ASKS_IF_PERSON = re.compile(
    rf"(?:请问 ?)?(?:你|你们|你哋|你地|呢个|这个|{_WHO_CHATS}|这边|对面)? ?"
    r"(?:系咪|系唔系|系不系|是不是|系|是)(?:一个)? ?"
    r"(?:真人|真嘅人|机器人|机械人|ai|bot|robot|人(?=吗|嚟|来|黎|$| ?(?:还是|定系|定)))"
    rf"(?:嚟|来|黎)?(?:吗|嘅|㗎|呀|啊|嚟㗎|黎㗎|(?:定系|定|还是) ?{_PERSON_OR_BOT}|(?:定系|定|还是) ?人)*")


# Asking whether the bot got one's message (handlers/handoff.py RECEIVED_ASKS, which the handoff reads too while a
# person is coming): every message sent here is read and answered at once.
RECEIVED = {"zh": "收到了 👍 你在这里发的每条消息我都会读，并马上回复。"
                  "如果我的回复没答到你想问的，换个说法再问我一次。",
            "en": "Yes, I got it 👍 I read every message sent here and answer it right away. If my reply missed what "
                  "you asked, try asking me another way."}

# The weather remarked on, as small talk ("the rain will just not stop", "今日好熱", "好冻啊今日"): the hello, as other
# small talk gets. They got the sunscreen answer or "I don't know" (verify19). A remark only: no question (no question
# mark, word or particle) and nothing of skin, products, orders or the shop, which the weather often comes with ("so
# cold my lips are cracking", "rainy day, is the shop open?": the FAQ's).
WEATHER_WORDS = re.compile(
    r"\b(?:rain|raining|rainy|rains|pouring|snow|snowing|snowy|hot|cold|freezing|chilly|humid|windy|sunny|weather"
    r"|heat|storm|stormy|foggy|cloudy|gloomy|grey|gray|warm|boiling|scorching)\b"
    "|下雨|落雨|大雨|暴雨|雨天|雨好大|雨一直|下雪|落雪|大雪|好热|太热|很热|热死|好冷|太冷|很冷|冷死|好冻|太冻|冻死|天气"
    "|台风|打风|大风|降温|回暖|好晒|好闷|好焗|湿热|潮湿")
NOT_A_REMARK = re.compile(
    r"^(?:is|are|do|does|can|could|should|will|would|did|have|has|any)\b|\b(?:what|whats|how|hows|which|when|where"
    r"|why|who|recommend|suggest|need|help|tips|advice|skin|face|lips?|sunscreen|spf|cream|moisturi[sz]er|dry|oily"
    r"|order|parcel|package|ship|shipping|deliver|delivery|store|shop|open|product|products|serum|toner|mask|cleanser"
    r"|job|jobs|work|price|buy)\b"
    "|吗|么|什么|怎么|怎样|点样|点算|点办|咩|边|哪|几|多少|能不能|可以|可唔可以|要不要|会不会|有没有|有冇|推荐|建议|用|搽|涂|擦"
    "|买|寄|送|到货|发货|快递|包裹|订单|门店|店|产品|皮肤|脸|面|唇|干|油|防晒|霜|乳|精华|面膜|工作|兼职")
WEATHER_REMARK_MAX_WORDS = 12


def weather_remark(normalized: str, raw: str) -> bool:
    """Whether the message only remarks on the weather (WEATHER_WORDS, nothing NOT_A_REMARK names, no "?")."""
    if not WEATHER_WORDS.search(normalized) or NOT_A_REMARK.search(normalized) or "?" in raw or "？" in raw:
        return False
    # (fifty-sixth round: English by its words, "omg the rain in vancouver will just not stop" is 44 letters)
    return len(normalized.split()) <= WEATHER_REMARK_MAX_WORDS \
        and len(normalized) <= (60 if normalized.isascii() else 40)


# The follower's own day, said alone ("我刚下班", "我到家了", "just got home from work", "finally off work", "返到屋企啦
# 好攰"): small talk, the hello (thirty-second round: they got the order-cancel, shipping-destinations and promo-code
# answers on 下, 家 and "got ... from"). Whole messages only, and no "?": "刚下班 你们几点关门" asks something.
DAY_REMARK = re.compile(
    r"(?:我|俺)?(?:刚刚?|刚才|已经|终于|才|啱啱|啱)?"
    r"(?:下班|下课|放学|收工|放工|到家|回到家|回家|返屋企|返到屋企|到屋企|起床|睡醒|醒了|吃完饭|吃饱饭?|下飞机)"
    r"(?:了|啦|咯|喇|嘞|呀|啊|咗)*(?: ?(?:好累|累死了?|好饿|饿死了?|好困|好攰|攰死|好开心|终于|哈+))*"
    r"|(?:i )?(?:im |i am |am )?(?:(?:just|finally|now) )?(?:got |get |back )?"
    r"(?:home|back home|off work|off from work|done with work|done work|finished work|out of work|up|awake)"
    r"(?: (?:from|after) (?:work|school|uni|class|the gym))?(?: now)?"
    r"(?: (?:so |soo+ |super )?(?:tired|exhausted|hungry|dead|knackered|happy))*(?: (?:lol|haha+))?")


# Small talk with the bot as a person, as the whole message: how it has been ("how was your weekend",
# "周末过得怎么样", "你吃饭了吗"), a game ("who won the match last night", "昨晚的比赛看了吗"), how the follower
# feels today ("我今天好累", "so bored today"). They got the answering hours (weekend), the routine order ("last
# night") and "I don't know, I've noted the question" (lead27): the hello.
SMALL_TALK = re.compile(
    r"(?:(?:hi|hey|hello|so|and|ok) )?(?:how (?:was|were|is|s) (?:your|ur) (?:weekend|day|week|night|morning|holiday"
    r"|holidays|christmas|new year)(?: going| been| so far)?"
    r"|hows (?:your|ur) (?:weekend|day|week|night|morning)(?: going| been| so far)?"
    r"|what (?:are|r) (?:you|u) (?:up to|doing)(?: today| now| tonight| this weekend)?"
    r"|(?:who|which team) won (?:the |last nights |yesterdays )?(?:match|game|final|race)"
    r"(?: last night| yesterday| today)?"
    r"|did (?:you|u) (?:see|watch|catch) (?:the |last nights )?(?:match|game|final|race)(?: last night| yesterday)?"
    r"|(?:i m |im |i am )?(?:so |soo+ |really |super )?(?:bored|tired|sleepy|exhausted)(?: today| rn| right now)?"
    r"(?: (?:lol|haha+))?)"
    r"|(?:你|您)?(?:周末|今天|假期|昨天)过得(?:怎么样|咋样|好吗|开心吗)(?:呀|啊|呢)?"
    r"|(?:你|您)?(?:吃饭了吗|吃了吗|吃饭没|在干嘛|在干什么|在做什么|忙什么呢?|忙吗)(?:呀|啊|呢)?"
    r"|(?:昨晚|昨天|今晚|今天)?(?:的)?(?:比赛|球赛|世界杯|欧冠|nba)(?:你)?(?:看了吗|看了没|谁赢了|哪队赢了)(?:呀|啊)?"
    r"|(?:我)?(?:今天|今日|最近)?(?:好|太|真|超)(?:累|困|无聊|忙|攰|闷)(?:啊|呀|哦|了|啦)*")


# A message sent to the wrong chat, said so (sixty-eighth round, blind28 and probe51: "哈哈哈哈 刚才发错了 别理我", "lol
# 刚刚发错窗口了 sorry", "發錯了 抱歉抱歉 請忽略" got the damaged-parcel answer on its 发错): small talk, the hello. The
# wrong chat named (发错群 / 人 / 窗口 / 地方), "not meant for you", or the follower's own 发错了 with a time (刚才) or
# a "never mind me" (别理我, 忽略, 当我没说, 撤回); and nothing of an order in it: "你们发错货了", "发错颜色了怎么办"
# stay package-problem's.
WRONG_CHAT = re.compile(
    r"(?:发|回|打)错(?:了)?(?:人|群|窗口|视窗|聊天框|对话框|聊天|对话|地方|对象|频道)"
    r"|不是(?:发)?给你们的|(?:刚才|刚刚|刚)(?:那条|那句)?(?:消息)?发错"
    r"|发错(?:了)?[^?？]{0,16}(?:别理我|不用理|忽略|无视|当我没说|撤回)"
    r"|(?:别理我|不用理我?|忽略|无视|当我没说|撤回)[^?？]{0,16}发错")
_NOT_WRONG_CHAT = re.compile(r"货|东西|颜色|色号|款|尺寸|规格|商品|产品|订单|单号|地址|精华|面霜|乳液|怎么|怎样|吗|"
                             r"能不能|可以|多少|几|哪|退|换|补发|[?？]")


def sent_to_the_wrong_chat(normalized: str) -> bool:
    """Whether the message says it was sent to the wrong chat and asks nothing (WRONG_CHAT)."""
    return WRONG_CHAT.search(normalized) is not None and _NOT_WRONG_CHAT.search(normalized) is None


def small_talk(normalized: str) -> bool:
    """Whether the whole message is small talk with the bot (SMALL_TALK), or says it was sent to the wrong chat."""
    return SMALL_TALK.fullmatch(normalized.strip()) is not None or sent_to_the_wrong_chat(normalized)


# The follower's own working day remarked on (fifty-sixth round, probe39: "Monday again 不想上班", "finally done with my
# shift, 12 hours on my feet", "say something funny, rough day at work" got business-hours, job-part-time and a menu):
# small talk, the hello, when the rest of the message asks nothing (NOT_A_REMARK, no "?").
WORK_REMARK = re.compile(
    r"(?:rough|long|bad|hard|tough|busy|crazy|exhausting|shit|awful) (?:day|week|shift|night) (?:at|of) work"
    r"|(?:finally |just )?(?:done|finished|off) (?:with )?(?:my |the |a )?(?:[a-z0-9]+ hour |night |day )?"
    r"(?:shift|work)(?![a-z])|(?:just )?(?:got |get |am |im )?back from work|[0-9]+ hours? on my feet"
    r"|不想上班|不想返工|又要上班|又要返工|上班好累|上班好烦|上班累死了?|返工好攰|返工返到好攰|加班好累|又加班了?")


def work_remark(normalized: str, raw: str) -> bool:
    """Whether the message only remarks on the follower's working day (WORK_REMARK, and nothing else asked)."""
    if "?" in raw or "？" in raw or not WORK_REMARK.search(normalized):
        return False
    rest = WORK_REMARK.sub(" ", normalized)
    return NOT_A_REMARK.search(rest) is None and len(normalized.split()) <= WEATHER_REMARK_MAX_WORDS \
        and len(normalized) <= (60 if normalized.isascii() else 40)


def day_remark(normalized: str, raw: str) -> bool:
    """Whether the message only says where the follower's day is at (DAY_REMARK, no "?"; a single English word,
    "home" or "up", may be a command's word, not a remark)."""
    said = normalized.strip()
    if "?" in raw or "？" in raw or (said.isascii() and " " not in said):
        return False
    return DAY_REMARK.fullmatch(said) is not None


# Thanks with praise and nothing asked ("the lesson today was great thanks", "谢谢 很有用", "thx that was so helpful"):
# you're welcome. "the lesson today was great thanks" got the unsubscribe answer ("lessons" is in it: lead25). Not
# with a complaint or a question in it ("great cream but it broke me out, thanks", "thanks, is it good for acne?").
PRAISE_WORDS = re.compile(
    r"\b(?:great|amazing|awesome|love|loved|loving|helpful|useful|nice|perfect|wonderful|fantastic|brilliant"
    r"|excellent|informative|interesting|cool|lovely|super)\b"
    "|很棒|太棒|好棒|真棒|有用|学到|受益|很好|真好|不错|喜欢|爱了|好正|好赞|太赞|好用|实用|清楚")
NOT_PRAISE = re.compile(
    r"\b(?:but|however|except|though|not|dont|didnt|doesnt|never|broke|rash|burns?|burning|itchy?|stings?|stinging"
    r"|bumps?|pimples?|breakout|allergic|red|sore)\b"
    "|但|可是|不过|就是|没|不是|不好|不行|过敏|痘|刺痛|红肿|痒|烂|差")
PRAISE_MAX_WORDS = 12


def thanks_with_praise(normalized: str, raw: str) -> bool:
    """Whether the message thanks with praise only (PRAISE_WORDS, nothing NOT_PRAISE or NOT_A_REMARK's questions
    name, no "?")."""
    if "?" in raw or "？" in raw or not says_thanks(normalized) or not PRAISE_WORDS.search(normalized):
        return False
    if NOT_PRAISE.search(normalized) or _ASKS.search(normalized):
        return False
    return len(normalized.split()) <= PRAISE_MAX_WORDS and len(normalized) <= 50


# Thanks for what was done and nothing else ("thanks for the help", "thx for the info", "谢谢帮忙", "多谢你嘅帮助"):
# you're welcome. What the thanks is for was read as a question's words: "谢谢帮忙" got the job work-permit answer,
# "thx for the info" order tracking, "thanks for the help" "I don't know" and a line in the unanswered list (lead26).
_THANKED_FOR = (r"help|helping|helping me|info|infos|information|reply|replies|quick reply|fast reply|response|"
                r"quick response|answer|answers|time|advice|tips|tip|that|this|everything|all that|explaining|"
                r"explanation|letting me know|getting back to me|getting back|the heads up|heads up|clarifying|"
                r"clarification|checking|patience|support|assistance|your patience|sorting it out|sorting that out|"
                r"trying|the trouble|your trouble|looking|looking into it")  # "thanks for trying": the stores (lead40)
THANKS_FOR = re.compile("|".join((
    r"(?:(?:ok|okay|oh|ah|great|perfect|awesome|cool|got it|noted|alright|right|brilliant|lovely|sweet|nice|"
    r"understood|i see|oh well|ah well|well|no worries|never mind|nevermind|nvm|fair enough) )*"
    r"(?:thanks|thank you|thank u|thankyou|thanx|thnx|thx|ty|tysm|tks|ta|cheers|many thanks"
    r"|much appreciated|appreciate it|appreciated|i appreciate it)"
    r"(?: (?:so much|very much|a lot|heaps|loads|a bunch|a million|tons|a ton|again|mate|guys|team|lumi|x+))*"
    rf"(?: for (?:the |your |all the |all your |ur |all ur |all )?(?:{_THANKED_FOR}))?"
    # "thanks anyway" after an answer that did not help got "I don't know" (lead40)
    r"(?: (?:so much|very much|a lot|heaps|again|mate|guys|team|lumi|x+|xo+x+|anyway|anyways|regardless|though"
    r"|all the same|tho))*",  # not bye: a goodbye
    r"(?:好的|好|嗯|嗯嗯|ok|okay|收到|明白了?|知道了|了解了?|懂了|原来如此|好嘅|好啦|ok的|好吧|那好吧|行吧|算了|没事|"
    r"唔紧要)? ?(?:还是|总之|反正|都系|仍然)?(?:非常|十分|真的|真系)?"
    r"(?:谢谢|多谢|感谢|谢了|谢啦|感恩|thx|thanks|唔该晒|唔该)(?:你|你们|你哋|您|亲|晒|啦|哈|了|咯|喔|哦|呀|啊)*"
    r"(?:的|嘅)?(?:帮助|帮忙|帮我|解答|回复|回答|耐心解答|耐心回复|耐心|解释|提醒|告知|信息|资讯|分享|建议|指导|讲解)?"
    r"(?:啦|了|哈|哦|呀|啊|喔|哈哈|呢|嘅|晒)*",
)))


# Praise with nothing asked, of us or what we sell ("i love your products", "you guys are the best", "great service",
# "你们家面霜太好用了", "爱了爱了"): thanks for it. They got "I don't know the answer to that yet, I've noted the
# question", the routine-order answer and the answering hours (lead27). Not with a complaint or a question in it
# (NOT_PRAISE, _ASKS, "?"), and short: a story that praises on the way asks something else.
PRAISED = re.compile(
    r"\b(?:are|is|re|s) (?:(?:simply|literally|just|so) )?(?:the best|amazing|awesome|legends?)\b|\bthe best(?: ever)?$"
    r"|\b(?:good job|well done|obsessed|holy grail|game changer|a lifesaver)\b"
    "|yyds|绝了|绝绝子|太好用|好好用|超好用|很好用|好用到|回购|无限回购|神仙|宝藏|赞|爱了|爱死|好正|一级棒")
PRAISE_SUBJECT = re.compile(
    r"\b(?:you|your|ur|u|yall|you guys|u guys|lumi|brand|products?|stuff|service|team|toner|serum|cream|moisturi[sz]er"
    r"|sunscreen|spf|mask|cleanser|lip balm|kit|it|this|these)\b"
    "|你们|你家|你哋|露米|牌子|产品|东西|面霜|精华|防晒|面膜|洁面|爽肤水|唇膏|水乳|服务|客服|这个|这款|它")
PRAISE_ALONE = re.compile("爱了(?:爱了)*|绝了|太好用了|好好用啊?|yyds|太赞了|赞赞赞?|宝藏品牌|无限回购")
PRAISE_ALONE_MAX_WORDS = 10
# ... asking for one, a search's words ("best sunscreen for kids", "good cream for dry skin"): not praise
NOT_PRAISE_ALONE = re.compile(r"\b(?:for|recommend|suggest|need|want|looking|any|which|vs|or|please|pls|plz)\b"
                              r"|\b(?:can|could|would|will) (?:you|u|i|we)\b|\b(?:do|does|did) (?:you|u|it|they)\b"
                              r"|\b(?:broken|broke|leak\w*|smashed|damaged|missing|refund|return|wrong|late|never)\b"
                              "|推荐|适合|想要|需要|求|帮我|能不能|可以|麻烦|碎|破|漏|洒|坏|没收到|退|发错|错了|搞错|慢")


# Words that make a message ask something, read before the FAQ does: an echo of the last answer that asks ("can you
# redirect it") waits for the FAQ's reading, and is that answer only when the FAQ has none (lead35).
ASKING_EN = re.compile(r"^(?:what|how|when|where|why|who|which|whats|hows|can|could|do|does|did|is|are|will|would"
                       r"|should|may|shall|any)\b")
ASKING_ZH = re.compile(r"吗|么|呢|怎|什么|啥|哪|几|多少|是否|能不能|可不可以|可以不|行不行|有没有|要不要|咩|点样|边度")


# What makes a short reply a statement of how things stand ("it's already shipped", "已经发货了", "it's opened
# though"), not a topic named ("tracking", "customs", "单号" just after the shipping times are the tracking's and the
# duties' questions, though that answer speaks of them).
STATES_EN = re.compile(r"\b(?:already|it s|its|it has|it was|has|have|had|was|were|is|are|but|though|still)\b")
STATES_ZH = re.compile(r"已经|已|了|过|但是|可是|不过|还是")


def _states(normalized: str) -> bool:
    """Whether a message says how things stand (STATES_EN / STATES_ZH) rather than name a topic."""
    return (STATES_ZH if has_cjk(normalized) else STATES_EN).search(normalized) is not None


def _asks_something(inbound: Inbound, normalized: str) -> bool:
    """Whether the member's words ask (a question mark, or ASKING_EN / ASKING_ZH), rather than state."""
    return _asked(inbound) or (ASKING_ZH.search(normalized) is not None if has_cjk(normalized)
                               else ASKING_EN.search(normalized) is not None)


# A message of acknowledgements only (lexicon ACKNOWLEDGEMENTS, normalised, longer first): "ok cool", "嗯嗯好的".
ACKNOWLEDGED = re.compile("(?:(?:" + "|".join(re.escape(word) for word in sorted(
    {normalize(word) for word in ACKNOWLEDGEMENTS if normalize(word)}, key=len, reverse=True)) + r") ?)+")


# Acknowledgements closing the last answer before a new question ("ok cool. btw are you guys hiring", "好的谢谢！另外想
# 问下运费"): one or more, then a stop (a "by the way" may follow it) or a "by the way" alone; without either, "ok to
# use niacinamide and vitamin c" asks whether it is ok, and keeps its "ok".
_ACK_WORD = (r"(?:ok|okay|k|kk|cool|great|nice|perfect|awesome|alright|sure|got it|gotcha|thanks|thank you|thx|ty|"
             r"好的|好滴|好吧|好|嗯+|哦+|噢|收到|谢谢|多谢|唔该|明白了|明白|了解)")
_BY_THE_WAY = r"(?:btw|by the way|also|oh and|and also|另外|还有|顺便问一下|顺便问下|顺便)"
LEADING_ACK = re.compile(
    rf"^\s*(?:{_ACK_WORD}\s*)+(?:[,，.。!！~～]+\s*(?:{_BY_THE_WAY}[\s,，]*)?|\s*{_BY_THE_WAY}[\s,，]+)",
    re.IGNORECASE)


def _mid_conversation(inbound: Inbound, member: Member | None) -> bool:
    """Whether the member was just answered: an FAQ answer recently (follow_up.FOLLOW_FIELD), or a menu or product of
    any handler still pending (handlers.common.pending_menu)."""
    return bool(remembered_entry(member, int(inbound.sent_at.timestamp()))) or pending_menu(member, inbound) is not None


def _asked(inbound: Inbound) -> bool:
    """A question mark in what the member typed (command_text strips a trailing one; a quote they replied to is not
    theirs)."""
    said = own_words(inbound)
    return "?" in said or "？" in said


def praise_alone(normalized: str, raw: str) -> bool:
    """Whether the message praises us or what we sell and asks nothing (PRAISED or PRAISE_WORDS, beside PRAISE_SUBJECT;
    or one of PRAISE_ALONE's whole-message forms)."""
    if "?" in raw or "？" in raw:
        return False
    said = normalized.strip()
    if PRAISE_ALONE.fullmatch(said) is not None:
        return True
    if not (PRAISED.search(said) or PRAISE_WORDS.search(said)) or PRAISE_SUBJECT.search(said) is None:
        return False
    if NOT_PRAISE.search(said) or _ASKS.search(said) or NOT_PRAISE_ALONE.search(said):
        return False
    return len(said.split()) <= PRAISE_ALONE_MAX_WORDS and len(said) <= 40


_ASKS = re.compile(
    r"^(?:is|are|do|does|can|could|should|will|would|did|have|has|any)\b|\b(?:what|whats|how|hows|which|when"
    r"|where|why|who)\b|吗|么|什么|怎么|怎样|点样|咩|边|哪|几|多少|能不能|可以|可唔可以|要不要|会不会|有没有|有冇"
    # sixty-eighth round: who to ask, and 啥 ("想跟你们合作 找谁聊 u1s1真心喜欢你家", "安利了三个姐妹来买 我自己有啥
    # 好处不 yyds的东西当然要分享" were thanked for their praise)
    "|找谁|问谁|跟谁|和谁|联系谁|啥"
    # ... and a question asked after the praise, with no question mark ("ok cool. btw are you guys hiring" was
    # thanked for its praise; lead42)
    r"|\b(?:are|is|do|does|can|could|will|would)\s(?:you|u|ya|yall|they|there|it|we|i)\b")


class Reading:
    """What the words of one question say, each check made on first use and kept: the checks of `QaHandler.handle`
    that read nothing but the text. Kept per content version with the text (`Content.remembered(Reading)`, bounded, a
    new content version starts empty), since followers ask the same questions in the same words: they cost ~0.1 M
    instructions of each FAQ callback whose match the FAQ memo already had (bench/README.md, branch hot8)."""

    def __init__(self, question: str, content: Content) -> None:
        self.question = question  # the content is not kept: no check here reads it

    @cached_property
    def normalized(self) -> str:
        return normalize(self.question)

    @cached_property
    def asks_to_stop(self) -> bool:
        return asks_to_stop(self.normalized)

    @cached_property
    def asks_state(self) -> bool:
        return asks_state(self.normalized)

    @cached_property
    def language(self) -> str:
        return bot_language_asked(self.normalized)

    @cached_property
    def link_only(self) -> bool:
        return _link_only(self.question)

    @cached_property
    def asks_if_person(self) -> bool:
        return ASKS_IF_PERSON.fullmatch(self.normalized) is not None

    @cached_property
    def asks_if_received(self) -> bool:
        return RECEIVED_ASKS.fullmatch(unspaced(self.normalized)) is not None

    @cached_property
    def still_ask(self) -> bool:
        return STILL_ASK.fullmatch(self.normalized) is not None

    @cached_property
    def about_to_ask(self) -> bool:
        return ABOUT_TO_ASK.fullmatch(self.normalized) is not None

    @cached_property
    def introduces_self(self) -> bool:
        return introduces_self(self.normalized)

    @cached_property
    def states_a_plan(self) -> bool:
        return states_a_plan(self.normalized)

    @cached_property
    def weather_remark(self) -> bool:
        return weather_remark(self.normalized, self.question)

    @cached_property
    def day_remark(self) -> bool:
        return day_remark(self.normalized, self.question) or work_remark(self.normalized, self.question)

    @cached_property
    def number(self) -> int | None:
        """The menu choice the question makes when typed (handlers.common.chosen_number of a message with no click)."""
        return number_typed(self.question)

    @cached_property
    def greets_from_somewhere(self) -> bool:
        return greets_from_somewhere(self.normalized)

    @cached_property
    def chit_chat(self) -> bool:
        return chit_chat(self.normalized)

    @cached_property
    def repeat(self) -> bool:
        return asks_again(self.normalized)

    @cached_property
    def what_was_asked(self) -> bool:
        return asks_what_was_asked(self.normalized)

    @cached_property
    def says_goodbye(self) -> bool:
        return says_goodbye(self.normalized)

    @cached_property
    def says_thanks(self) -> bool:
        return says_thanks(self.normalized)

    @cached_property
    def acknowledges(self) -> bool:
        """The whole message an acknowledgement ("ok", "好的", "got it", "ok cool", "嗯嗯 好的")."""
        return ACKNOWLEDGED.fullmatch(self.normalized) is not None

    @cached_property
    def thanks_with_praise(self) -> bool:
        return thanks_with_praise(self.normalized, self.question)

    @cached_property
    def small_talk(self) -> bool:
        return small_talk(self.normalized)

    @cached_property
    def arrival_only(self) -> bool:
        return arrival_only(self.question)

    @cached_property
    def after_arrival(self) -> str:
        return without_arrival(self.question)

    @cached_property
    def after_acknowledgement(self) -> str:
        """`after_arrival` without acknowledgements closing the last answer in front (LEADING_ACK: they drowned the
        question; lead42), itself when that is all it says."""
        return LEADING_ACK.sub("", self.after_arrival, count=1) or self.after_arrival

    @cached_property
    def praise_alone(self) -> bool:
        return praise_alone(self.normalized, self.question)

    @cached_property
    def thanks_for(self) -> bool:
        return THANKS_FOR.fullmatch(self.normalized) is not None

    @cached_property
    def asks_if_bot(self) -> bool:
        return asks_if_bot(self.normalized)

    @cached_property
    def looks_like_spam(self) -> bool:
        return looks_like_spam(self.normalized)

    @cached_property
    def sells_fakes_or_fans(self) -> bool:
        return sells_fakes_or_fans(self.normalized)

    @cached_property
    def says_jobs(self) -> bool:
        """The question says one of JOB_TERMS."""
        return any(contains_term(self.normalized, t) for t in JOB_TERMS)


class QaHandler:
    name = "qa"
    summary: ClassVar[Mapping[str, str]] = {"zh": "直接提问：运费、物流、退换货、护肤成分……",
                                            "en": "ask anything: shipping, orders, returns, ingredients..."}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound):
            return None
        picked = menu_choice(inbound, member, MENU_KIND)
        if picked is not None:
            return Match({"picked": picked})
        picked = _picked_from_menu_again(inbound, member)  # "第二个" after a did-you-mean answered by "1" (lead48)
        if picked:
            return Match({"picked": picked})
        question = command_text(inbound)
        if question:
            return Match({"question": question})
        # "@露米" and only a quoted question, or only a photo: asked all the same (group members do). 1:1, a message
        # of punctuation only ("？？？", "。。。": is anyone there?) gets the hello, as an emoji does, not silence.
        punctuation_only = not inbound.in_group and bool(inbound.text.strip())
        return Match({"question": ""}) if quoted_text(inbound) or sees_photo(inbound) or punctuation_only else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        fields = _locale_field(inbound, member, locale) | _residence_fields(inbound, member, content)
        picked = match.data.get("picked")
        if picked is not None:
            entry = content.faq_entry(picked)
            if entry is not None:
                fields[MENU_FIELD] = ""
                pending = pending_menu(member, inbound)
                if member is not None and pending is not None and pending[0] == MENU_KIND and len(pending[1]) > 1:
                    fields[PICKED_FROM_FIELD] = member.get(MENU_FIELD)  # kept for another pick from it (lead48)
                return self._answer(inbound, member, content, entry, locale, fields, confidence=1.0, via="menu")
        question = match.data.get("question") or command_text(inbound)
        quoted = quoted_text(inbound)
        if quoted and _replies_to_another(inbound.text, question, content):
            question = ""  # 「小美：明天一起吃饭吗」 then "好啊 几点": the member's reply to 小美 asks us nothing
        elif quoted:
            question = _clearer_question(question, quoted, content, locale)
        said = content.remembered(Reading)(question)  # its text-only checks, made once per content version
        # ... and the small-talk checks on the question with its framing set aside (a diary's "12月5日 晴。" or a sea
        # header "Swell 1m." before the ask is no weather remark; hundred-and-sixteenth round, `framing_set_aside`)
        plain = content.remembered(_framed_reading)(question)
        normalized = said.normalized
        if said.asks_state and member is not None and not inbound.in_group:  # "退订了吗", "am I unsubscribed?"
            return Result(messages=(Text(text=_subscription_state(inbound, member, content, locale)),),
                          set_fields=fields)
        if said.asks_to_stop:  # "stop spamming me", "唔好再send嘢俾我": how to unsubscribe
            if inbound.in_group:  # a group's posts go to everyone: how to mute it
                return Result(messages=(Text(text=brand_text(content, "opt_word_in_group", locale, IN_GROUP,
                                                             word=opt_out_word(content, locale))),), set_fields=fields)
            # stopped already: say so, and what may still come (asking how to resume gets the brand's how-to below)
            if member is not None and member.opted_out and RESUME_ASKS.fullmatch(normalized) is None:
                return Result(messages=(Text(text=brand_text(
                    content, "still_opted_out", locale, STILL_OPTED_OUT, brand=brand_name(content, locale),
                    resume_word=resume_word(content, locale))),), set_fields=fields)
            if member is not None and not member.opted_out and RESUME_ASKS.fullmatch(normalized) is not None:
                # "resubscribe" from a member who never opted out got how to unsubscribe: the updates still come
                # (lead47; opted out, the opt-out handler resumes them, and asked how, the how-to below)
                return Result(messages=(Text(text=_subscription_state(inbound, member, content, locale)),),
                              set_fields=fields)
            return self._in_other_words(inbound, member, content, STOP_QUESTION, locale, fields, via="stop-ask",
                                        template="opt_out_how_to",
                                        otherwise=STOP_HOW_TO, word=opt_out_word(content, locale))
        switched = content.remembered(_switch_asked)(normalized) if question == command_text(inbound) else ""
        again = remembered_entry(member, int(inbound.sent_at.timestamp())) if switched else ""
        entry_again = content.faq_entry(again) if again else None
        if switched and entry_again is not None:  # "in English please" just after an answer: that answer in English
            return self._answer(inbound, member, content, entry_again, switched, fields | {F_LOCALE: switched},
                                confidence=1.0, via="language-switch")
        language = said.language
        if language:  # "do you speak english", "可唔可以講廣東話": what the bot reads and answers in
            return self._in_other_words(inbound, member, content, REPLY_IN_QUESTION.get(language, {}), locale,
                                        fields, via="language-ask", template="bot_languages", otherwise=BOT_LANGUAGES)
        if said.link_only:  # a bare link: nothing here opens it, and it asks no question
            return Result(messages=(Text(text=brand_text(content, "link_unseen", locale, LINK_UNSEEN)),),
                          set_fields=fields)
        if content.remembered(_asks_about_us)(said.normalized):  # "你们是做什么的", "what is lumi": the brand's words
            return Result(messages=(Text(text=_about_us(content, locale)),), set_fields=fields)
        if said.asks_if_person:  # "你係咪真人": what the bot is, not a request for a person
            text = offer_text(content, "bot_self", locale, BOT_SELF, BOT_SELF_ALONE, brand=brand_name(content, locale))
            return Result(messages=(Text(text=text),), set_fields=fields)
        if said.asks_if_received:  # "did you get my message?", "你收到我的消息了吗": yes, and what happens to it
            return Result(messages=(Text(text=_received(inbound, member, content, locale)),), set_fields=fields)
        if said.still_ask or said.about_to_ask:  # "can I still ask you things?", "你好 我想问下": yes, just ask
            return Result(messages=(Text(text=brand_text(content, "hello", locale, HELLO)),), set_fields=fields)
        if (said.thanks_with_praise and not _asked(inbound)) or said.thanks_for:  # "the lesson today was great
            # thanks", "谢谢帮忙": welcome; "amazing thanks, in stock?" asks something (command_text drops its "?")
            return Result(messages=(Text(text=brand_text(content, "thanks", locale, THANKS)),), set_fields=fields)
        if said.praise_alone and not _asked(inbound):  # "i love your products", "你们家面霜太好用了": thank you
            return Result(messages=(Text(text=brand_text(content, "praise", locale, PRAISE)),), set_fields=fields)
        if plain.weather_remark or plain.day_remark or plain.small_talk:  # "the rain will just not stop",
            # "今日好熱", "我刚下班", "how was your weekend": small talk
            return Result(messages=(Text(text=brand_text(content, "hello", locale, HELLO)),), set_fields=fields)
        if said.states_a_plan and not _asked(inbound):  # "let me think about it", "我问问我老公", "好 我晚点下单": the
            # member's own next step, nothing asked (the FAQ answered the work permit, men's skincare, the shipping
            # times; lead42)
            return Result(messages=(Text(text=brand_text(content, "ack", locale, ACK)),), set_fields=fields)
        lives_in = residence(inbound, content, whole=True)
        if lives_in is not None:  # "我在温哥华", "I live in Sydney" alone: the city noted, and what it has; the FAQ
            # answered the stores or the shipping times, which the statement does not ask (lead26)
            return Result(messages=(Text(text=city_noted(content, lives_in, locale)),), set_fields=fields)
        if said.introduces_self and not _asked(inbound):  # "hello, I'm a student in Melbourne", "我是多伦多的留学生":
            # who they are, nothing asked (the FAQ answered the work permit or the part-time jobs; lead42)
            return Result(messages=(Text(text=brand_text(content, "hello", locale, HELLO)),), set_fields=fields)
        corrected = _corrected(inbound, member, content, locale) \
            if question == command_text(inbound) and content.remembered(_says_not_this)(normalized) else ""
        if corrected:  # "不是这个", "not that one" just after an answer or a product: which, then (lead47)
            return Result(messages=(Text(text=corrected),), set_fields=fields)
        stepped = _stepped_past(inbound, member, content, locale) if question == command_text(inbound) else ""
        if stepped:  # "下一个", "next one" after the last product of a list, or one not from a list (lead48)
            return Result(messages=(Text(text=stepped),), set_fields=fields)
        others = _other_ones(inbound, member, content, locale) if question == command_text(inbound) else None
        if others is not None:  # "the other one" after a pick from a list of three or more: which, of them (lead49)
            return replace(others, set_fields={**fields, **others.set_fields})
        why = _why_answered(inbound, member, content, locale) \
            if question == command_text(inbound) and (content.remembered(_asks_why)(normalized)
                                                      or _asks_why_of_answer(normalized, inbound, member, content)) \
            else ""
        if why:  # "why?", "为什么" just after an answer: no more than the answer says, and what then (lead49);
            # "为什么不能用" in its own words too (lead50)
            return Result(messages=(Text(text=why),), set_fields=fields)
        if said.what_was_asked and question == command_text(inbound):  # "我刚才问了什么", "what did I just ask"
            return Result(messages=(Text(text=_last_asked(inbound, member, content, locale)),), set_fields=fields)
        repeated = remembered_entry(member, int(inbound.sent_at.timestamp())) if said.repeat else ""
        if repeated and question == command_text(inbound):  # "say that again" just after an answer: that answer
            entry = content.faq_entry(repeated)
            if entry is not None:
                return self._answer(inbound, member, content, entry, locale, fields, confidence=1.0, via="repeat")
        followed = followed_entry(inbound, member, content) if question == command_text(inbound) else ""
        if followed:  # "what about the US?" after shipping times: the same answer, which speaks of it
            entry = content.faq_entry(followed)
            if entry is not None:
                return self._answer(inbound, member, content, entry, locale, fields, confidence=1.0, via="follow-up")
        echoed = echoed_entry(inbound, member, content) if question == command_text(inbound) else ""
        if echoed and _states(said.normalized) and not _asks_something(inbound, said.normalized):  # "it's already
            # shipped" just after the address change, whose answer says what then: that answer (lead35)
            entry = content.faq_entry(echoed)
            if entry is not None:
                return self._answer(inbound, member, content, entry, locale, fields, confidence=1.0, via="echo")
        if said.arrival_only:  # "我是抖音过来的", "found you on tiktok!": welcome, just ask
            return Result(messages=(Text(text=brand_text(content, "hello", locale, HELLO)),), set_fields=fields)
        question = said.after_acknowledgement  # "我从抖音直播间过来的 想问运费多少", "ok cool. btw are you guys
        # hiring": the question after where they came from and the acknowledgement closing the last answer
        question = _with_shown_product(question, inbound, member, content)  # "能和A醛一起用吗" after the serum
        ordered = _asks_order_of_shown(said.normalized, inbound, member)
        if ordered:  # "which one first" just after a routine's products got the skin quiz (the FAQ read "which
            question = ORDER_QUESTION[locale]  # one"; lead37); the products stay listed: "一共多少钱" next is theirs
        key = content.faq_canonical(question)
        if not key and sees_photo(inbound):
            return _photo_unseen(content, locale, fields)
        # A number with no menu pending, however said ("1", "第一个", "the first one", "选2"): a pick from a list that
        # is no menu (the jobs in a city, a lesson's steps) asks no question; the FAQ read it as one and answered
        # "did you mean: A醇怎么建立耐受？…" (verify13).
        picks = question.isdigit() or (not inbound.menu_choice.strip() and question == command_text(inbound)
                                        and said.number is not None)  # a click: its words are asked
        if plain.greets_from_somewhere or plain.chit_chat:  # or "anyone doing anything fun this weekend?": small talk
            key = ""  # "good night from Brisbane!": a hello, not a question about shipping to Brisbane
        if not key or picks:  # greetings, thanks or small talk only, or a number with no menu
            if not picks and said.says_goodbye:  # "bye", "thanks, good night": not a hello
                return Result(messages=(Text(text=brand_text(content, "goodbye", locale, GOODBYE)),), set_fields=fields)
            if not picks and said.says_thanks:
                return Result(messages=(Text(text=brand_text(content, "thanks", locale, THANKS)),), set_fields=fields)
            if not picks and said.asks_if_bot:  # not a dodge: what the bot is, and who else is there
                text = offer_text(content, "bot_self", locale, BOT_SELF, BOT_SELF_ALONE,
                                  brand=brand_name(content, locale))
                return Result(messages=(Text(text=text),), set_fields=fields)
            if not picks and said.acknowledges and _mid_conversation(inbound, member):
                return Result(messages=(Text(text=brand_text(content, "ack", locale, ACK)),), set_fields=fields)
            listed = _menu_size(inbound, member, content) if picks else 0
            if listed > 1:  # a list is pending and the number is not on it: how many it holds
                return Result(messages=(Text(text=brand_text(content, "not_on_menu", locale, NOT_ON_MENU,
                                                             count=listed)),), set_fields=fields)
            if picks and said.number is not None:
                stale = _stale_list(inbound, member)
                if stale:  # the list is still in the chat above, but its hour is past: said so (lead49)
                    return Result(messages=(Text(text=_list_closed(content, stale, locale)),), set_fields=fields)
                return Result(messages=(Text(text=brand_text(content, "no_menu", locale, NO_MENU)),),
                              set_fields=fields)
            return Result(messages=(Text(text=brand_text(content, "hello", locale, HELLO)),), set_fields=fields)
        if said.sells_fakes_or_fans:  # "高仿大牌护肤品批发，一件代发": sold, not asked, whatever the FAQ shares with it
            return _advertisement(inbound, content, question, locale, fields)
        what, locale, entry, confidence, via, suggestions = _weighed_for(question, locale, content)
        if what == "handoff":  # the member asked for a person in their own words
            assert entry is not None
            return open_result(inbound, member, content, reason=f"faq:{entry.id}", fields=fields)
        if what == "handoff-unsure":  # nothing else answers: the handoff entry's answer, without opening one
            assert entry is not None
            return self._answer(inbound, member, content, entry, locale, fields, confidence=confidence,
                                via="handoff-unsure")
        if what == "unanswered":  # about another business, or where products are made, which the FAQ does not say
            return self._unanswered(inbound, member, content, key, question, locale, fields)
        if what == "answer":
            assert entry is not None
            if member is not None and member.get(FOLLOW_FIELD).startswith(f"{entry.id}|") \
                    and offer_detailed(inbound, member, content) == entry.id:  # its details, not its question again
                return open_result(inbound, member, content, reason=f"offer:{entry.id}", fields=fields)
            product = content.remembered(one_product_named)(question)
            if product:  # "is the vitamin c serum ok in pregnancy?": it is the product shown last (lead32)
                fields.update(menu_fields(SHOP_MENU_KIND, [product], inbound))
            elif member is not None and member.get(MENU_FIELD) and not ordered \
                    and not _posting_stays(entry, inbound, member) and not _product_stays(question, inbound, member):
                fields[MENU_FIELD] = ""  # a new question: the old menu no longer applies
            answered = self._answer(inbound, member, content, entry, locale, fields, confidence=confidence, via=via)
            return _with_jobs_offer(answered, inbound, member, content, entry, said, locale)
        if what == "suggest":
            continued = _continued(inbound, member, question, suggestions)
            if continued is not None:  # "what if it's opened" just after the return policy: that topic (lead31)
                return self._answer(inbound, member, content, continued, locale, fields, confidence=confidence,
                                    via="continued")
            of_posting = _of_picked_posting(question, locale, content, inbound, member, suggestions)
            if of_posting is not None:  # "do I need english?" just after a posting: of that job (lead39)
                return self._answer(inbound, member, content, of_posting, locale, fields, confidence=confidence,
                                    via="posting")
            if echoed:  # asked in the last answer's own words, read as no entry alone
                return self._echoed(inbound, member, content, echoed, locale, fields)
            return self._suggest(inbound, content, suggestions, locale, fields, question)
        if said.looks_like_spam:
            return _advertisement(inbound, content, question, locale, fields)
        if sees_photo(inbound):  # "这个怎么用" and a photo: the question is the photo, which nobody here can see
            return _photo_unseen(content, locale, fields)
        offered = offer_detailed(inbound, member, content)
        if offered:  # the details the last answer asked to send a person ("订单号LM12345678，新地址是…")
            return open_result(inbound, member, content, reason=f"offer:{offered}", fields=fields)
        if echoed:  # "can you redirect it" just after the address change, whose answer says who can (lead35)
            return self._echoed(inbound, member, content, echoed, locale, fields)
        return self._unanswered(inbound, member, content, key, question, locale, fields)

    def _echoed(self, inbound: Inbound, member: Member | None, content: Content, entry_id: str, locale: str,
                fields: dict[str, str]) -> Result:
        """The last answer again, for a reply that speaks only of what it said (handlers/follow_up.py `echoes`)."""
        entry = content.faq_entry(entry_id)
        if entry is None:
            return self._unanswered(inbound, member, content, "", command_text(inbound), locale, fields)
        return self._answer(inbound, member, content, entry, locale, fields, confidence=1.0, via="echo")

    def _answer(self, inbound: Inbound, member: Member | None, content: Content, entry: FaqEntry, locale: str,
                fields: dict[str, str], *, confidence: float, via: str) -> Result:
        item = f"faq:{entry.id}"
        pick = choose(entry.tones, member_id=member.id, tags=member.tags, locale=locale,
                      channel=str(inbound.channel), key=item,
                      holdout_pct=content.community.holdout_pct) if member is not None and entry.tones else None
        answers = pick.tone.answers if pick is not None and pick.tone is not None else entry.answers
        messages: list[Outbound] = [Text(text=answers.get(locale).strip())]
        measured = pick is not None and pick.measured
        if member is not None:  # "what about the US?" or "what if it's opened" may follow, in a group too: the
            # member who asked is remembered, not the group
            fields.update(follow_fields(member, entry.id, int(inbound.sent_at.timestamp())))
        routine = _routine_told(inbound, content, entry, locale) if not inbound.in_group else None
        if not inbound.in_group:  # groups get the answer and nothing else
            product = next((p for p in map(content.product, entry.products) if p is not None), None) \
                if entry.products else None
            if product is not None:
                messages.append(product_card(product, locale, member=member, source_name=source(inbound, self.name),
                                             campaign=campaign_for(item, pick.arm) if pick is not None else item))
                if not fields.get(MENU_FIELD):  # unless the question named another: "那我买一个" buys this card's
                    fields.update(menu_fields(SHOP_MENU_KIND, [product.id], inbound))  # (it got "I don't know")
            series = next((s for s in map(content.tutorial, entry.tutorials) if s is not None), None) \
                if entry.tutorials and routine is None else None
            if series is not None:
                messages.append(Text(text=TUTORIAL_HINT[locale].format(name=series.name.get(locale))))
        events: tuple[tuple[str, Mapping[str, str]], ...] = (
            ("answered", {"faq": entry.id, "confidence": f"{confidence:.2f}", "via": via}),)
        if routine is not None:  # the products for the skin type the question said (1:1 only)
            messages.extend(routine.messages)
            fields.update(routine.set_fields)
            events += routine.events
        if measured and pick is not None:  # tone variants: shown (and, on the next message, replied) per arm
            events += ((TONE_EVENT, {"item": item, "arm": pick.arm}),)
            fields[TONE_FIELD] = tone_field(item, pick.arm, int(inbound.sent_at.timestamp()))
        told = routine.add_tags if routine is not None else frozenset()
        return Result(messages=tuple(messages), add_tags=frozenset({f"asked:{entry.id}", *entry.tags, *told}),
                      remove_tags=routine.remove_tags if routine is not None else frozenset(),
                      set_fields=fields, events=events)

    def _in_other_words(self, inbound: Inbound, member: Member | None, content: Content,
                        questions: Mapping[str, str], locale: str, fields: dict[str, str], *, via: str,
                        template: str, otherwise: Mapping[str, str], **values: str) -> Result:
        """A message whose meaning the handler knows, though the FAQ might read it wrong: the brand's FAQ answer
        to the same question in the bot's own words (`questions`, per locale), else `otherwise` (a brand template
        `template`)."""
        asked = questions.get(locale, "")
        found = content.faq_match(asked, locale) if asked else None
        if found is not None and found.verdict is Verdict.ANSWER and found.best is not None \
                and found.best.id not in content.handoff.faq:
            return self._answer(inbound, member, content, found.best, found.locale, fields,
                                confidence=found.confidence, via=via)
        return Result(messages=(Text(text=brand_text(content, template, locale, otherwise, **values)),),
                      set_fields=fields)

    def _suggest(self, inbound: Inbound, content: Content, entries: tuple[Any, ...], locale: str,
                 fields: dict[str, str], question: str) -> Result:
        header = brand_text(content, "did_you_mean", locale, DID_YOU_MEAN)
        items = [(entry.id, _question_text(entry, locale)) for entry in entries]
        footer = (NONE_OF_THESE if content.handoff.reachable else NONE_OF_THESE_ALONE)[locale]
        menu = numbered(header, items, footer=footer)
        fields.update(menu_fields(MENU_KIND, [entry_id for entry_id, _ in items], inbound))
        return Result(messages=(menu_or_text(menu, inbound),), set_fields=fields,
                      events=(("suggested", {"faq": ",".join(i for i, _ in items),
                                             "question": question[:QUESTION_MAX_CHARS]}),))

    def _unanswered(self, inbound: Inbound, member: Member | None, content: Content, key: str, question: str,
                    locale: str, fields: dict[str, str]) -> Result:
        text = offer_text(content, "no_answer", locale, NO_ANSWER, NO_ANSWER_ALONE, brand=brand_name(content, locale))
        # bot/webhook/effects.py counts unanswered questions by "key", the matcher's canonical form under
        # which paraphrases of one question meet, and shows managers the latest "question" wording.
        event = {"question": question[:QUESTION_MAX_CHARS], "key": key[:QUESTION_MAX_CHARS], "locale": locale,
                 "channel": str(inbound.channel), "chat": inbound.chat_id}
        if content.handoff.on_unanswered and content.handoff.reachable and not inbound.in_group:
            return open_result(inbound, member, content, reason="unanswered",
                               extra_events=(("unanswered", event),), fields=fields)
        return Result(messages=(Text(text=text),), set_fields=fields, events=(("unanswered", event),))


# What the FAQ makes of a question: (what, the answer's locale, the entry, its confidence, via, the suggestions). "what"
# is "handoff" (open one), "handoff-unsure" (the handoff entry's answer), "unanswered" (about elsewhere or where
# products are made), "answer", "suggest", or "" (the rest: spam, a photo, no answer).
Weighed = tuple[str, str, FaqEntry | None, float, str, tuple[FaqEntry, ...]]


def _weighed_for(question: str, locale: str, content: Content) -> Weighed:
    """`_weigh`, remembered per content version for the reply locales (the key names the locale): a question asked
    again is weighed once, not matched, filtered of the handoff entries and checked for other businesses and origin
    on every callback (~15 k instructions of an FAQ callback, bench/README.md branch hot13)."""
    if locale in LOCALES:
        return content.remembered(_weighed)(f"{locale}|{question}")
    return _weigh(question, locale, content)


def _weighed(key: str, content: Content) -> Weighed:
    """`_weigh` of a "locale|question" key (for Content.remembered)."""
    locale, _, question = key.partition("|")
    return _weigh(question, locale, content)


def _weigh(question: str, locale: str, content: Content) -> Weighed:
    """What `QaHandler.handle` makes of the FAQ's match of `question`: a function of the question, the reply locale
    and the content alone."""
    found = content.faq_match(question, locale)  # faq_index.match, remembered per content version
    handoff_faq = content.handoff.faq
    verdict, best = found.verdict, found.best  # each a computed property: asked once
    if verdict is Verdict.ANSWER and best is not None and best.id in handoff_faq \
            and _sure_of_handoff(found):  # the member asked for a person in their own words
        return "handoff", found.locale, best, found.confidence, "", ()
    # Otherwise a handoff entry is neither the answer nor a "did you mean" choice: the rest decides
    # ("when is customer service available" is business hours, not a tie with asking for a person).
    asked_for_person = best if verdict is Verdict.ANSWER and best is not None and best.id in handoff_faq \
        else None
    person_confidence = found.confidence
    if any(candidate.entry.id in handoff_faq for candidate in found.candidates):  # else the same match
        found = found.without(handoff_faq)
        verdict, best = found.verdict, found.best
    if asked_for_person is not None and verdict is Verdict.NONE:
        # Nothing else answers: the handoff entry's answer (how to reach a person, and when), without
        # opening a handoff, rather than "I don't know" ("can i chat with an actual human" at 0.69).
        return "handoff-unsure", found.locale, asked_for_person, person_confidence, "handoff-unsure", ()
    # a numbered list's one item of ours is checked alone: the other items are someone else's (hundred-and-first round)
    asked = question
    if verdict is not Verdict.NONE and listed_questions(question):
        asked = content.faq_index.listed_item(question, locale)[0] or question
    if verdict is not Verdict.NONE and found.candidates[0].reason != "exact" \
            and _about_elsewhere(asked, found.candidates[0].entry.id, content):
        # About another business, not addressed to us ("Is Lululemon hiring?", "屈臣氏嘅退貨期係幾耐"): our entry
        # that shares its words would answer a question nobody asked us (bot/content/elsewhere.py).
        return "unanswered", found.locale, None, 0.0, "", ()
    if verdict is not Verdict.NONE and content.remembered(asks_about_origin)(asked) \
            and not content.remembered(speaks_of_origin)(found.candidates[0].entry.id):
        # "made in china?", "where are your products made": asked of an FAQ that says neither, its entries that
        # share a word ("Yes. We ship to mainland China") answer a question nobody asked (bot/content/origin.py)
        return "unanswered", found.locale, None, 0.0, "", ()
    if verdict is Verdict.ANSWER and best is not None:
        return "answer", found.locale, best, found.confidence, found.candidates[0].reason, ()
    if verdict is Verdict.SUGGEST and found.suggestions:
        return "suggest", found.locale, None, 0.0, "", found.suggestions
    return "", found.locale, None, 0.0, "", ()


def _advertisement(inbound: Inbound, content: Content, question: str, locale: str, fields: dict[str, str]) -> Result:
    """An advertisement: counted and logged as `spam` for managers (the member's timeline, the `spam` FAQ
    outcome metric), answered with the neutral hello in 1:1 (a follower misread as one still learns how to
    ask) and not at all in a group, where answering would only amplify it."""
    log.info("qa: an advertisement, not a question (brand=%s channel=%s): counted as spam, not unanswered",
             inbound.brand, inbound.channel)
    event = {"question": question[:QUESTION_MAX_CHARS], "channel": str(inbound.channel), "chat": inbound.chat_id}
    messages = () if inbound.in_group else (Text(text=brand_text(content, "hello", locale, HELLO)),)
    return Result(messages=messages, set_fields=fields, events=((SPAM_EVENT, event),))


def _residence_fields(inbound: Inbound, member: Member | None, content: Content) -> dict[str, str]:
    """The member's city (and zone) when the message, as a whole or in its first clauses, says where they live
    (RESIDENCE)."""
    if member is None:
        return {}
    city = residence(inbound, content)  # remembered per content version with the message's text
    if city is None or member.city == city.id:
        return {}
    return city_fields(content, member, city.id)


# A message's clauses, as a follower separates them: "I'm in Toronto, any jobs for students?" says where they live,
# then asks. The city was not remembered, though "I'm in Toronto" alone is (verify19).
_CLAUSES = re.compile(r"[,，。.!！;；、\n~～]+")
RESIDENCE_CLAUSES = 2  # where one lives is said first: "hi, I'm in Sydney, ..." at the latest in the second clause


def residence(inbound: Inbound, content: Content, *, whole: bool = False) -> City | None:
    """The city of content.cities the message says the member lives in: the whole message (RESIDENCE), or (unless
    `whole`) one of its first clauses, the rest being what they ask."""
    if not content.cities:
        return None
    if not whole:  # a function of the text and the content: remembered per content version
        return content.remembered(_lives_in)(command_text(inbound))
    return content.remembered(_lives_in_whole)(terms(inbound))  # as the clauses: ~6 k instructions a question


def _lives_in(text: str, content: Content) -> City | None:
    """`residence` of a message whose command text is `text`, its whole or its first clauses."""
    clauses = [normalize(part) for part in _CLAUSES.split(text)[:RESIDENCE_CLAUSES]]
    return _lives_in_said(normalize(text), clauses, content)


def _lives_in_whole(text: str, content: Content) -> City | None:
    """`residence(..., whole=True)` of a message whose terms are `text` (Content.remembered)."""
    return _lives_in_said(text, (), content)


def _lives_in_said(whole: str, clauses: list[str] | tuple[str, ...], content: Content) -> City | None:
    """The city the first of `whole` (the normalised message) and its `clauses` that says where one lives names."""
    for said in (RESIDENCE.fullmatch(text) for text in (whole, *clauses) if text):
        if said is not None:
            place = (said.group("zh") or said.group("en") or "").strip()
            city = next((c for c in content.cities if place in content.match_terms[("city", c.id)]), None)
            if city is not None:
                return city
    return None


# Jobs asked together with where one lives ("I'm in Toronto, any jobs for students?", "我喺多倫多，有冇學生工"): the FAQ
# answers the question (part-time work), and the city's openings are offered, the city now the member's, so "jobs"
# lists them (verify19). An entry tagged `interest:careers` is about jobs, as is a message with careers' words.
JOBS_OFFER = {"zh": "{city}目前有 {count} 个职位在招，回复【工作】查看。",
              "en": '{count} open positions in {city} right now: reply "jobs" to see them.'}
JOB_TERMS = ("工作", "职位", "岗位", "招聘", "招人", "兼职", "打工", "实习", "学生工", "揾工", "job", "jobs", "hiring",
             "part time", "internship", "openings", "work")


def _continued(inbound: Inbound, member: Member | None, question: str,
               suggestions: tuple[FaqEntry, ...]) -> FaqEntry | None:
    """The entry the member was just answered, when a short question reads only as a did-you-mean among it and
    others: the question continues that topic ("what if it's opened" after the return policy, "怎么加入" after the
    membership). A longer question says enough to be read alone, and the menu it gets stays."""
    last = remembered_entry(member, int(inbound.sent_at.timestamp()))
    if not last:
        return None
    words = normalize(question)
    short = len(words.replace(" ", "")) <= CONTINUED_MAX_CJK if has_cjk(words) else \
        len(words.split()) <= CONTINUED_MAX_WORDS
    return next((entry for entry in suggestions if entry.id == last), None) if short else None


# The order to use the products just listed in, asked as the whole message ("which one first", "what order?",
# "先用哪个", "顺序呢"): read as the FAQ's question about the order of products, which the brand's FAQ answers in its
# own words.
ORDER_ASKS = re.compile("|".join((
    r"(?:so |ok |okay |and )?(?:which|what)(?: one| 1)?(?: do i| should i| to)?(?: use| apply| put on)?"
    r" (?:first|goes first|comes first|1st)(?: then)?",
    r"(?:so |ok |and )?(?:in )?(?:what|which) order(?: do i| should i| to)?(?: use| apply| put)?"
    r"(?: (?:them|these|it|those))?(?: on| in)?(?: then)?",
    r"(?:the )?order(?: of (?:them|these|use|application))?",
    r"(?:那)?(?:这些|这几样|这几个)?(?:要)?(?:先用哪个|哪个先用|先涂哪个|哪个先涂|先擦哪个|先用哪一个|哪一个先用)(?:呢|啊)?",
    r"(?:那)?(?:这些|这几样|这几个)?(?:使用|用的)?(?:顺序|先后顺序|先后)(?:呢|是什么|是怎样|怎么排|是啥)?",
    r"(?:那)?(?:这些|这几样|这几个)?(?:按|要按)?(?:什么|啥)顺序(?:用|涂|擦)?(?:呢)?",
)))
ORDER_QUESTION = {"zh": "护肤品的使用顺序", "en": "In what order do I use these products?"}


def _asks_order_of_shown(normalized: str, inbound: Inbound, member: Member | None) -> bool:
    """Whether the message asks only the order to use the products just listed in (ORDER_ASKS; two or more
    products of the shop's menu pending, as a routine or a product list leaves them)."""
    if not ORDER_ASKS.fullmatch(normalized):
        return False
    pending = pending_menu(member, inbound)
    return pending is not None and pending[0] == SHOP_MENU_KIND and (len(pending[1]) > 1 or pending[1] == ("*",))


# Using one thing with another ("能和A醛一起用吗", "can I use it with retinol?"): asked just after a product, of it too.
TOGETHER_ASKS = re.compile(r"一起|同时|搭配|混用|混着|叠加|一齐|together|same time|combine|(?<![a-z])(?:mix|layer|with)"
                           r"(?![a-z])")
# ... the other thing, when no product's name says it: an active ingredient ("A醛", "vc", "acids")
ACTIVES = re.compile(r"a ?醛|a ?醇|视黄|维 ?c|维生素|烟酰胺|果酸|水杨酸|刷酸"
                     r"|(?<![a-z])(?:retin[a-z]*|vitamin c|vit c|vc|niacinamide|aha|bha|acids?|salicylic|glycolic)"
                     r"(?![a-z])")


def _with_shown_product(question: str, inbound: Inbound, member: Member | None, content: Content) -> str:
    """The question read with the product shown last when it asks to use that product with another thing it names
    ("能和A醛一起用吗" just after the vitamin C serum: "10%维C亮肤精华 能和A醛一起用吗"), else as it is. It got "I don't
    know", and "can I use it with the retinal serum" how to start retinal (lead40): the pair is the routine's order."""
    normalized = normalize(question)
    if member is None or not TOGETHER_ASKS.search(normalized):
        return question
    pending = pending_menu(member, inbound)
    if pending is None or pending[0] != SHOP_MENU_KIND or len(pending[1]) != 1 or pending[1] == ("*",):
        return question
    product = content.product(pending[1][0])
    named = content.remembered(named_products)(normalized)[0] if product is not None else ()
    if product is None or len(named) > 1 or product.id in named or not (named or ACTIVES.search(normalized)):
        return question  # nothing else named to use it with ("do you ship with canada post?")
    locale = "zh" if has_cjk(question) else "en"
    return f"{product.name.get(locale)} {question}"


def _posting_stays(entry: FaqEntry, inbound: Inbound, member: Member) -> bool:
    """A posting picked last stays picked through a careers answer: "can I apply with a student visa" or "要会英语吗"
    asks of that posting, so "how do I apply for it" / "怎么申请" / "what's the pay" next are still its (lead37; they
    got the FAQ's general how-to-apply answer and every opening's pay)."""
    return "interest:careers" in entry.tags and bool(picked_posting(member, inbound))


# A thing pointed at ("is it safe while breastfeeding", "这个孕妇能用吗"): the product shown last, when one is.
_POINTED_AT = re.compile(r"(?<![a-z])(?:it|its|this|this one|that one)(?![a-z])|这个|这款|这支|这瓶|它|呢个|嗰个")


def _product_stays(question: str, inbound: Inbound, member: Member) -> bool:
    """The one product shown last stays shown through an answer to a question asked of it ("is it safe while
    breastfeeding" just after the cleanser's price), so "ok I'll take it" or "how do I buy it" next still buy it (they
    got a did-you-mean of delivery and payment and the list of every product; lead43)."""
    pending = pending_menu(member, inbound)
    return pending is not None and pending[0] == SHOP_MENU_KIND and len(pending[1]) == 1 \
        and _POINTED_AT.search(normalize(question)) is not None


# What a question asked just after picking a posting is about, said: the job ("do I need english?" got a did-you-mean
# between the résumé's language, the interview's and the bot's; lead39).
OF_THE_JOB = {"zh": "这份工作", "en": "for the job"}


def _subscription_state(inbound: Inbound, member: Member, content: Content, locale: str) -> str:
    """What the member asking whether they are unsubscribed is: unsubscribed (and what may still come), or not."""
    brand = brand_name(content, locale)
    if member.opted_out:
        return brand_text(content, "still_opted_out", locale, STILL_OPTED_OUT, brand=brand,
                          resume_word=resume_word(content, locale))
    if not inbound.pushes:
        return brand_text(content, "subscribed_no_push", locale, SUBSCRIBED_NO_PUSH)
    return brand_text(content, "subscribed", locale, SUBSCRIBED, brand=brand, word=opt_out_word(content, locale))


# "我刚才问了什么", "what did I just ask" (handlers/follow_up.py LAST_ASKED_ASKS): "I don't know" (lead46). Said back
# from what the member's fields keep: the last answer's question as the FAQ read it (FOLLOW_FIELD), or the product or
# posting shown last (MENU_FIELD), whichever came last. The member's own words are not kept (the member hash stays
# small, DESIGN §4; the event stream that keeps them is not a handler's to read): with neither, that, honestly.
LAST_ASKED = {"zh": "你刚才问的是：「{question}」（这是我理解的问法）。想再看一次我的回答，回复「再说一遍」。",
              "en": 'You just asked: "{question}" (as I understood it). To see my answer again, reply "again".'}
LAST_ASKED_PRODUCT = {"zh": "你刚才问的是{name}（{price}）。", "en": "You just asked about the {name} ({price})."}
LAST_ASKED_POSTING = {"zh": "你刚才看的是「{title}」这个职位。",
                      "en": 'You were just looking at the "{title}" opening.'}
LAST_ASKED_LIST = {"zh": "你刚才要看的是上面那个列表（{count} 项），回复数字看详情。",
                   "en": "You just asked for the list above ({count} items): reply with a number for details."}
LAST_ASKED_UNKNOWN = {"zh": "我这边看不到你之前发的原话 🙏 往上翻聊天记录就能看到。想问什么，直接再问我一次就好。",
                      "en": "I can't look back at the words of your earlier messages here 🙏 they're in this chat "
                            "above. Ask me again and I'll answer."}


def _last_asked(inbound: Inbound, member: Member | None, content: Content, locale: str) -> str:
    """The member's last question said back: the last FAQ answer's question (within FOLLOW_WINDOW_S), or the list,
    product or posting shown after it; else that the bot cannot see it (LAST_ASKED_UNKNOWN)."""
    entry_id, answered = remembered_answer(member, int(inbound.sent_at.timestamp()))
    entry = content.faq_entry(entry_id) if entry_id else None
    pending = pending_menu(member, inbound)
    shown_at = pending_menu_shown_at(member, inbound)
    # shown after the answer; in the same second, unless the answer showed it (its product card)
    later = pending is not None and (entry is None or shown_at > answered or (
        shown_at == answered and pending[1][0] not in entry.products))
    listed = _menu_size(inbound, member, content) if later else 0
    if listed > 1:  # "products", then "what did I just ask": that list, still pending
        return brand_text(content, "last_asked_list", locale, LAST_ASKED_LIST, count=listed)
    if pending is not None and later and len(pending[1]) == 1:
        kind, (item,) = pending
        product = content.product(item) if kind == SHOP_MENU_KIND else None
        if product is not None:
            return brand_text(content, "last_asked_product", locale, LAST_ASKED_PRODUCT,
                              name=product.name.get(locale), price=product.price.format())
        job = content.job(picked_posting(member, inbound))
        if job is not None:
            return brand_text(content, "last_asked_posting", locale, LAST_ASKED_POSTING, title=job.title.get(locale))
    if entry is not None:
        return brand_text(content, "last_asked", locale, LAST_ASKED, question=_question_text(entry, locale))
    return brand_text(content, "last_asked_unknown", locale, LAST_ASKED_UNKNOWN)


# The last answer or product said to be the wrong one, and nothing else ("不是这个", "我问的不是这个", "不对", "not that
# one", "that's not what I asked", "wrong one"): "I don't know", noted as a question the FAQ lacks, or a did-you-mean
# of its own words (lead47). Said back what was understood, and asked which, then: the member's next words are read
# alone. With nothing shown just before, read as before. ("不是这个，我是问退货" names what was meant: the FAQ's.)
NOT_THIS = re.compile("|".join((
    r"(?:哦|噢|呃|额|嗯)?(?:不是|不对|唔系|唔啱|错了|搞错了|你搞错了|你理解错了|答非所问)(?:啦|呀|啊|喔|哦|吧|了|喇)*"
    r"(?:不是|唔系)?(?:这个|这款|这条|呢个|呢款|那个|嗰个)?(?:啦|呀|啊|喔|哦|吧|了|喇)*",
    r"(?:我)?(?:不是问|问的不是|唔系问|问嘅唔系|要的不是|想问的不是|说的不是)(?:这个|这款|呢个|呢样|这些|这)"
    r"(?:啦|呀|啊|喔|哦|吧|了|喇)*",
    r"(?:(?:no|nope|nah|um|hmm|sorry|oops) )*(?:not (?:that|this)(?: one)?|(?:the )?wrong (?:one|answer|product|item)"
    r"|(?:that s|thats|that is|this is|this s) not (?:it|right|the one|what i (?:asked|meant|wanted|was asking))"
    r"|not what i (?:asked|meant|wanted|was asking)(?: for)?|(?:you )?misunderstood(?: me)?"
    r"|i (?:didn t|didnt|did not) (?:ask|mean) (?:that|this|for that))(?: (?:sorry|lol|please|pls|though))*",
)))
CORRECTED_ANSWER = {"zh": "抱歉，我可能理解错了：我刚才回答的是「{question}」。你想问的是什么？换个说法再问我一次吧。",
                    "en": 'Sorry, I may have got that wrong: I answered "{question}". What did you want to ask? Tell '
                          "me in other words."}
CORRECTED_PRODUCT = {"zh": "好的，不是{name}。你想看哪一款？直接发名字给我，或回复【产品】看全部。",
                     "en": 'OK, not the {name}. Which one do you mean? Send me its name, or reply "products" to see '
                           "them all."}
CORRECTED_POSTING = {"zh": "好的，不是「{title}」这个职位。你想看哪一个？回复【职位】看全部在招的职位。",
                     "en": 'OK, not the "{title}" opening. Which one do you mean? Reply "jobs" to see all of them.'}


def _says_not_this(normalized: str, _content: Content) -> bool:
    """Whether the normalised message, as a whole, only says the last answer or item was not the one (NOT_THIS).
    Text-only (for Content.remembered)."""
    return NOT_THIS.fullmatch(unspaced(normalized).strip(" ,，!！.。~")) is not None


def _corrected(inbound: Inbound, member: Member | None, content: Content, locale: str) -> str:
    """What "not that one" is told (NOT_THIS): the product or posting shown last, or else the last answer's question,
    as understood, and a question back; "" when nothing was shown just before (FOLLOW_WINDOW_S, MENU_TTL_S)."""
    entry_id, answered = remembered_answer(member, int(inbound.sent_at.timestamp()))
    entry = content.faq_entry(entry_id) if entry_id else None
    pending = pending_menu(member, inbound)
    if pending is not None and len(pending[1]) == 1 and (
            entry is None or pending_menu_shown_at(member, inbound) >= answered):
        kind, (item,) = pending
        product = content.product(item) if kind == SHOP_MENU_KIND else None
        if product is not None:
            return brand_text(content, "corrected_product", locale, CORRECTED_PRODUCT, name=product.name.get(locale))
        job = content.job(picked_posting(member, inbound))
        if job is not None:
            return brand_text(content, "corrected_posting", locale, CORRECTED_POSTING, title=job.title.get(locale))
    if entry is not None:
        return brand_text(content, "corrected_answer", locale, CORRECTED_ANSWER, question=_question_text(entry, locale))
    return ""


# The other entry of a did-you-mean menu after one was picked ("收到了吗", "1", then "第二个", "the other one"): it got
# "there is no list to pick from", while the member still reads the menu above (lead47 left it). The menu is kept
# with the pick (PICKED_FROM_FIELD, as the products' are); read only while the answer to that pick is the last one
# given (FOLLOW_FIELD), no menu was shown since, and within the menu's window (MENU_TTL_S). A bare number ("2") stays
# what it was ("2" after an answer is no pick: BARE_NUMBER), and "再说一遍" and the follow-ups are read as before.
def _picked_from_menu_again(inbound: Inbound, member: Member | None) -> str:
    """The entry id another pick from the did-you-mean menu an answer was just picked from makes (a number said in
    words, "第二个", "the second one"; with two entries, "the other one", "另一个"), else ""."""
    if member is None or not member.fields.get(PICKED_FROM_FIELD) or inbound.menu_choice.strip():
        return ""
    listed = pending_menu(member, inbound, PICKED_FROM_FIELD)
    if listed is None or listed[0] != MENU_KIND or len(listed[1]) < 2 or pending_menu(member, inbound) is not None:
        return ""
    answered, at = remembered_answer(member, int(inbound.sent_at.timestamp()))
    if answered not in listed[1] or at < pending_menu_shown_at(member, inbound, PICKED_FROM_FIELD):
        return ""
    text = command_text(inbound)
    if OTHER_ONE.fullmatch(normalize(text).replace(" ", "") if has_cjk(text) else normalize(text)):
        others = [i for i in listed[1] if i != answered]
        return others[0] if len(others) == 1 else ""
    number = number_typed(text) if BARE_NUMBER.fullmatch(text) is None and not text.isdigit() else None
    return listed[1][number - 1] if number is not None and number <= len(listed[1]) else ""


# "The other one" with more than one other ("收到了吗" (three entries), "1", then "the other one"; "精华多少钱" (three
# serums), "2", then "另一个"): the FAQ's exchange answer (its "other") or "I don't know" (lead48 left it: which
# other?). The others of the list the answer or product was picked from, shown again to pick from, numbered: their
# own menu, so "2" then picks the second of them. With one other, `_picked_from_menu_again` (the FAQ's) as before.
OTHERS_ASKS = re.compile(OTHER_ONE.pattern
                         + r"|(?:那|看看|看)?(?:另外几个|另外两个|另外那几个|另外那两个)(?:呢|吧)?"
                         r"|(?:(?:and|ok|okay|so|what about|how about|show me) )?the others?(?: ones)?"
                         r"(?: then| please)?")
OTHERS_FAQ = {"zh": "另外的是这几个，你想问哪一个？回复数字即可：",
              "en": "The others were these. Which one? Reply with the number:"}
OTHERS_PRODUCTS = {"zh": "列表上另外的是这几款，你想看哪一款？回复数字看详情：",
                   "en": "The others on the list, which one? Reply with a number for details:"}
OTHERS_POSTINGS = {"zh": "列表上另外的是这几个职位，你想看哪一个？回复数字看职位详情和申请方式：",
                   "en": "The others on the list, which one? Reply with a number for the posting:"}


def _other_ones(inbound: Inbound, member: Member | None, content: Content, locale: str) -> Result | None:
    """The menu "the other one" gets just after an FAQ answer, a product or a posting picked from a list with two others
    or more (OTHERS_ASKS): those others, numbered, pending as their own menu; None otherwise."""
    if member is None or not member.fields.get(PICKED_FROM_FIELD) or inbound.menu_choice.strip():
        return None
    text = command_text(inbound)
    if OTHERS_ASKS.fullmatch(normalize(text).replace(" ", "") if has_cjk(text) else normalize(text)) is None:
        return None
    listed = pending_menu(member, inbound, PICKED_FROM_FIELD)
    pending = pending_menu(member, inbound)
    items: list[tuple[str, str]] = []
    header, kind = "", MENU_KIND
    if listed is not None and listed[0] == MENU_KIND and pending is None:  # an answer picked from a did-you-mean
        answered, at = remembered_answer(member, int(inbound.sent_at.timestamp()))
        if answered in listed[1] and at >= pending_menu_shown_at(member, inbound, PICKED_FROM_FIELD):
            items = [(e.id, _question_text(e, locale)) for e in map(content.faq_entry, listed[1])
                     if e is not None and e.id != answered]
        header, kind = brand_text(content, "others_faq", locale, OTHERS_FAQ), MENU_KIND
    elif pending is not None and pending[0] == SHOP_MENU_KIND and len(pending[1]) == 1:  # a product picked
        ids = picked_list(member, inbound, SHOP_MENU_KIND, content.products) or ()
        if pending[1][0] in ids:
            items = [(p.id, f"{p.name.get(locale)}｜{p.price.format()}") for p in map(content.product, ids)
                     if p is not None and p.id != pending[1][0]]
        header, kind = brand_text(content, "others_products", locale, OTHERS_PRODUCTS), SHOP_MENU_KIND
    elif pending is not None and pending[0] == POSTING_KIND and len(pending[1]) == 1:  # a posting picked (lead50:
        # "jobs in Vancouver", "1", "the other one" got the exchange answer, "另一个" "I don't know")
        ids = picked_list(member, inbound, CAREERS_MENU_KIND, content.jobs) or ()
        if pending[1][0] in ids:
            jobs = [job for job in map(content.job, ids) if job is not None and job.id != pending[1][0]]
            names = {city.id: city.name.get(locale) for city in content.cities}  # each one's city, where the
            several = len({job.city for job in jobs}) > 1  # others are not all of one
            items = [(job.id, job.title.get(locale) + (f" · {names.get(job.city, job.city)}" if several else ""))
                     for job in jobs]
        header, kind = brand_text(content, "others_postings", locale, OTHERS_POSTINGS), CAREERS_MENU_KIND
    if len(items) < 2:
        return None
    menu = numbered(header, items)
    return Result(messages=(menu_or_text(menu, inbound),),
                  set_fields=menu_fields(kind, [item_id for item_id, _ in items], inbound))


# "Why?" just after an answer, as the whole message ("why?", "but why", "how come", "为什么", "为啥呢", "點解"): "I
# don't know", noted as a question the FAQ lacks (lead49). The FAQ answers what is done, not why; the bot says so,
# naming the answer it gave, and what the member can do (ask the exact point, or a person where one can be told:
# offer_text). Never an FAQ entry; with no answer just before, or something shown since, read as before.
WHY_ASKS = re.compile("|".join((
    r"(?:(?:but|and|so|ok|okay|hmm|um|wait|really|huh) )*(?:why|why not|why so|how come|why is that|why s that"
    r"|whys that|why is it|why is that so|why would that be)(?: though| tho| exactly| then)?",
    r"(?:那|但|但是|可是|可|诶|咦|啊|嗯)?(?:为什么|为啥|为何|点解|凭什么|怎么会这样|怎么会)"
    r"(?:呢|啊|呀|嘅|咧|会这样|是这样|要这样|嘅)*",
)))
WHY_ANSWERED = {"zh": "为什么是这样，我说不出比上面的答案更多了（我回答的是「{question}」）。想知道哪一点，具体问我；"
                      "需要同事解释，请回复【人工】。",
                "en": "I can't tell you more about why than the answer above (I answered \"{question}\"). Ask me about "
                      'the exact point you\'d like to know; reply "agent" if you\'d like a colleague to explain.'}
WHY_ANSWERED_ALONE = {"zh": "为什么是这样，我说不出比上面的答案更多了（我回答的是「{question}」）。"
                            "想知道哪一点，具体问我，我能答的都会回答。",
                      "en": "I can't tell you more about why than the answer above (I answered \"{question}\"). Ask me "
                            "about the exact point you'd like to know, and I'll answer what I can."}


def _framed_reading(question: str, content: Content) -> Reading:
    """The question's `Reading` with its framing set aside (`framing_set_aside`), remembered with the question as
    typed (Content.remembered): set aside on every callback it cost ~50 k instructions of an FAQ question in Chinese
    (bench/peers_instructions.py, stop 55), most messages having no framing at all."""
    return content.remembered(Reading)(framing_set_aside(question))


def _asks_why(normalized: str, _content: Content) -> bool:
    """Whether the normalised message, as a whole, only asks why (WHY_ASKS). Text-only (for Content.remembered)."""
    return WHY_ASKS.fullmatch(unspaced(normalized).strip(" ,，!！.。~?？")) is not None


# A why in the answer's own words, as the whole message, just after it: "为什么不能用" after the pregnancy answer
# ("除视黄醛晚间精华外，其他产品都可以在孕期…使用"), "why can't I use it?", "why not the retinal?". They got the
# payment-currency answer (the FAQ read "不能用" alone), the retinal's how-to or "I don't know" (lead49 left it;
# lead50). A why, then a negation or a modal (不 / 不能 / 要 / can't / should / do I have to), then at most a few
# words, each the answer's own (in the message's script) or a bare verb of using: the member asks why of what the
# answer said, which gets WHY_ANSWERED as "why?" does. A word the answer did not say ("为什么不能退货", "why is
# shipping so expensive") asks its own question, the FAQ's as before; so does a why with no negation or modal
# ("为什么这么贵").
WHY_OWN_ZH = re.compile(r"(?:那|但|但是|可是|可|诶|咦|啊|嗯)?(?:为什么|为啥|为何|点解|凭什么)"
                        r"(?:我|它|这个|这款|孕妇|孕期)?"
                        r"(?:不可以|不能|不行|不会|不用|不|没有|没|需要|要|得|会|只可以|只能|可以|能|唔可以|唔得|唔能|唔|冇)"
                        r"(?P<rest>.{0,4}?)(?:呢|啊|呀|嘅|咧|了|吗|的)*")
WHY_OWN_EN = re.compile(r"(?:(?:but|and|so|ok|okay|hmm|um|wait|really|huh) )*(?:why|how come) "
                        r"(?P<frame>not|cant|can t|cannot|can not|isnt|is it not|doesnt|does it not|dont|wont|shouldnt"
                        r"|should|do i have to|do i need to|do we have to|must|would|is|are|does|do)"
                        r"(?P<rest>(?: [a-z]+){0,6})")
WHY_OWN_FILLER_EN = frozenset({"i", "it", "we", "you", "they", "this", "that", "one", "the", "a", "an", "my", "your",
                               "me", "so", "just", "only", "though", "tho", "then", "there", "be", "use", "using",
                               "used", "have", "to", "get", "do", "can", "not", "anymore", "any", "more", "them",
                               "these", "those", "while", "when", "if", "exactly", "ok", "okay", "fine", "safe"})
WHY_OWN_FILLER_ZH = "用使我它这个款的了呢啊呀吗"


def _why_of_words(normalized: str, _content: Content) -> tuple[str, tuple[str, ...]] | None:
    """("zh" or "en", the words a why of its own words says beside WHY_OWN_*'s frame and filler), or None when the
    normalised message is no such why. Text-only (for Content.remembered)."""
    if has_cjk(normalized):
        found = WHY_OWN_ZH.fullmatch(unspaced(normalized).strip(" ,，!！.。~?？"))
        if found is None:
            return None
        rest = "".join(ch for ch in found["rest"] if ch not in WHY_OWN_FILLER_ZH)
        return "zh", ((rest,) if rest else ())
    found = WHY_OWN_EN.fullmatch(normalized.strip(" ,.!?"))
    if found is None:
        return None
    said = tuple(word for word in found["rest"].split() if word not in WHY_OWN_FILLER_EN)
    return ("en", said) if len(said) <= 3 else None


def _asks_why_of_answer(normalized: str, inbound: Inbound, member: Member | None, content: Content) -> bool:
    """Whether the message is a why in the words of the member's last answer (WHY_OWN_*: `_why_of_words`), within its
    follow-up window: what "为什么不能用" asks just after the pregnancy answer."""
    if member is None or not member.get(FOLLOW_FIELD):
        return False
    said = content.remembered(_why_of_words)(normalized)
    if said is None:
        return False
    entry_id, _ = remembered_answer(member, int(inbound.sent_at.timestamp()))
    entry = content.faq_entry(entry_id) if entry_id else None
    if entry is None:
        return False
    script, words = said
    if script == "zh":
        answer = simplified(entry.answers.get("zh"))
        return all(ch in answer for word in words for ch in word)
    stems = {stem(word) for word in re.findall(r"[a-z]+", entry.answers.get("en").lower())}
    return all(len(word) >= 3 and stem(word) in stems for word in words)


def _why_answered(inbound: Inbound, member: Member | None, content: Content, locale: str) -> str:
    """What "why?" is told just after an FAQ answer (within FOLLOW_WINDOW_S, nothing shown since but the answer's own
    card): that the bot cannot say more than that answer, named; "" otherwise."""
    entry_id, answered = remembered_answer(member, int(inbound.sent_at.timestamp()))
    entry = content.faq_entry(entry_id) if entry_id else None
    if entry is None or pending_menu_shown_at(member, inbound) > answered:
        return ""
    return offer_text(content, "why_answered", locale, WHY_ANSWERED, WHY_ANSWERED_ALONE,
                      question=_question_text(entry, locale))


# A step along a list ("下一个", "下一款", "next one", "上一个": handlers/common.py STEP_ASKS) just after one product or
# posting was shown: past the end (or the start) of the list it was picked from, or with no list picked from, it got
# "I don't know" (noted as a question the FAQ lacks) or the courses' menu (lead47 left it). Said so, and the way to the
# list again (lead48). Templates `list_last_<kind>`, `list_first_<kind>`, `not_from_list_<kind>` (shop, posting).
LIST_LAST = {
    SHOP_MENU_KIND: {"zh": "{name}已经是列表上的最后一款了（共 {count} 款）。回复【产品】再看一遍列表，"
                           "或者直接发产品名问我。",
                     "en": 'The {name} was the last one on the list ({count} in all). Reply "products" to see the list '
                           "again, or send me a product's name."},
    POSTING_KIND: {"zh": "「{name}」已经是列表上的最后一个职位了（共 {count} 个）。回复【职位】再看一遍，"
                         "或者回复城市名只看那里的职位。",
                   "en": '"{name}" was the last opening on the list ({count} in all). Reply "jobs" to see the list '
                         "again, or a city's name for its openings only."},
}
LIST_FIRST = {
    SHOP_MENU_KIND: {"zh": "{name}已经是列表上的第一款了，前面没有了。回复【产品】再看一遍列表，或者直接发产品名问我。",
                     "en": 'The {name} was the first one on the list, there is none before it. Reply "products" to '
                           "see the list again, or send me a product's name."},
    POSTING_KIND: {"zh": "「{name}」已经是列表上的第一个职位了，前面没有了。回复【职位】再看一遍列表。",
                   "en": '"{name}" was the first opening on the list, there is none before it. Reply "jobs" to see '
                         "the list again."},
}
NOT_FROM_LIST = {
    SHOP_MENU_KIND: {"zh": "我刚才只发了{name}这一款，不是从列表里选的，没有下一款可翻。回复【产品】看全部产品，"
                           "或者直接发产品名问我。",
                     "en": 'I only showed you the {name}, not a list to go through. Reply "products" to see them all, '
                           "or send me a product's name."},
    POSTING_KIND: {"zh": "我刚才只发了「{name}」这一个职位，不是从列表里选的。回复【职位】看全部在招的职位。",
                   "en": 'I only showed you the "{name}" opening, not a list to go through. Reply "jobs" to see all '
                         "of them."},
}


def _stepped_past(inbound: Inbound, member: Member | None, content: Content, locale: str) -> str:
    """What a step along a list (STEP_ASKS) is told just after one product or posting was shown, when no item of a
    list is its answer (handlers/common.py `picked_again` found none): that it was the last (or the first) of the
    list it was picked from, or that it was picked from none; "" otherwise (no step, nothing such shown last, an
    FAQ answer given since)."""
    step = list_step(normalize(command_text(inbound)))
    pending = pending_menu(member, inbound) if step else None
    if member is None or pending is None or len(pending[1]) != 1 or pending[0] not in LIST_LAST:
        return ""
    entry_id, answered = remembered_answer(member, int(inbound.sent_at.timestamp()))
    if entry_id and pending_menu_shown_at(member, inbound) < answered:
        return ""
    kind, (item,) = pending
    if kind == SHOP_MENU_KIND:
        product = content.product(item)
        name = product.name.get(locale) if product is not None else ""
        ids = picked_list(member, inbound, SHOP_MENU_KIND, content.products) or ()
    else:
        job = content.job(item)
        name = job.title.get(locale) if job is not None else ""
        ids = picked_list(member, inbound, CAREERS_MENU_KIND, content.jobs) or ()
    if not name:
        return ""
    suffix = "product" if kind == SHOP_MENU_KIND else "posting"
    if item not in ids:
        return brand_text(content, f"not_from_list_{suffix}", locale, NOT_FROM_LIST[kind], name=name)
    place = ids.index(item) + step
    if place >= len(ids):
        return brand_text(content, f"list_last_{suffix}", locale, LIST_LAST[kind], name=name, count=len(ids))
    if place < 0:
        return brand_text(content, f"list_first_{suffix}", locale, LIST_FIRST[kind], name=name)
    return ""


def _received(inbound: Inbound, member: Member | None, content: Content, locale: str) -> str:
    """What the member asking whether their message was got is told: every message here is read and answered (brand
    template `message_received`); while a person is on the way, that too, in the handoff's own words
    (`handoff_waiting`), which say they will reply here, not that they have read anything."""
    text = brand_text(content, "message_received", locale, RECEIVED)
    if open_handoff(member, inbound) is None:
        return text
    return f"{text}\n{brand_text(content, 'handoff_waiting', locale, WAITING, brand=brand_name(content, locale))}"


# A pick from a list shown more than MENU_TTL_S before ("产品", two hours later "3"): "there's no list to pick from
# right now", while the member reads the list in the chat above (lead49). The list was shown; its numbers are no longer
# read (the list may have changed since, and a number so late may be no pick): that is said, with the word that shows
# it again. The kind's word (LIST_AGAIN_WORDS); a did-you-mean or another list, the question asked again.
LIST_AGAIN_WORDS = {SHOP_MENU_KIND: {"zh": "产品", "en": "products"}, CAREERS_MENU_KIND: {"zh": "职位", "en": "jobs"},
                    TUTORIALS_MENU_KIND: {"zh": "教程", "en": "tutorial"}}
LIST_CLOSED = {"zh": "那个列表是一个多小时前发的，已经不能按数字选了，我不确定你选的是哪一个。"
                     "回复【{word}】再发一遍列表。",
               "en": 'That list was sent more than an hour ago, so its numbers no longer pick, and I can\'t be sure '
                     'which one you mean. Reply "{word}" to see it again.'}
LIST_CLOSED_ASK = {"zh": "那个列表是一个多小时前发的，已经不能按数字选了。想问哪一个，直接把问题再发给我吧。",
                   "en": "That list was sent more than an hour ago, so its numbers no longer pick. Send me your "
                         "question again and I'll answer."}


def _stale_list(inbound: Inbound, member: Member | None) -> str:
    """The kind of the list of two items or more the member was shown last (MENU_FIELD), when it was shown more than
    MENU_TTL_S ago (pending_menu no longer reads it); "" otherwise."""
    found = menu_shown(member)
    if found is None:
        return ""
    kind, shown, ids = found
    if not ("," in ids or ids == "*"):
        return ""
    return kind if int(inbound.sent_at.timestamp()) - shown > MENU_TTL_S else ""


def _list_closed(content: Content, kind: str, locale: str) -> str:
    """What a pick from a list past its hour is told (LIST_CLOSED, or LIST_CLOSED_ASK for a list with no word)."""
    word = LIST_AGAIN_WORDS.get(kind, {}).get(locale)
    if word:
        return brand_text(content, "list_closed", locale, LIST_CLOSED, word=word)
    return brand_text(content, "list_closed_ask", locale, LIST_CLOSED_ASK)


def _menu_size(inbound: Inbound, member: Member | None, content: Content) -> int:
    """How many items the numbered menu pending holds (0 when none is): its ids, or for one recorded as "*" (every
    item of its kind: handlers.common.menu_fields) that kind's count. One product, posting or lesson shown last is
    pending as a "menu" of one, which is no list to pick from."""
    pending = pending_menu(member, inbound)
    if pending is None:
        return 0
    kind, ids = pending
    if ids != ("*",):
        return len(ids)
    everything: dict[str, Sized] = {CAREERS_MENU_KIND: content.jobs, SHOP_MENU_KIND: content.products,
                                    TUTORIALS_MENU_KIND: content.tutorials, GROUPS_MENU_KIND: joinable(content)}
    return len(everything.get(kind, ()))


def _of_picked_posting(question: str, locale: str, content: Content, inbound: Inbound, member: Member | None,
                       suggestions: tuple[FaqEntry, ...]) -> FaqEntry | None:
    """The careers entry a question torn between entries asks, when a posting was just picked and the question read
    as asked of the job ("do I need english?" as "do I need english for the job") is that entry's; else None."""
    if not any("interest:careers" in entry.tags for entry in suggestions) or not picked_posting(member, inbound):
        return None
    what, _, entry, _, _, _ = _weighed_for(f"{question} {OF_THE_JOB['zh' if has_cjk(question) else 'en']}", locale,
                                           content)
    return entry if what == "answer" and entry is not None and "interest:careers" in entry.tags else None


def _routine_told(inbound: Inbound, content: Content, entry: FaqEntry, locale: str) -> Result | None:
    """The products for the skin type or concern the question itself says, when `entry` is an answer that asks for
    them (config/routines.yaml `asked_by`): "我是油皮 推荐什么" was asked what it had just said (lead39). None when
    the question says none, or says much else (handlers/routine.py `skin_said`)."""
    if entry.id not in content.routines.asked_by:
        return None
    said = content.remembered(skin_said)(command_text(inbound))
    return routine_result(inbound, content, locale, *said) if said is not None else None


def _with_jobs_offer(answered: Result, inbound: Inbound, member: Member | None, content: Content, entry: FaqEntry,
                     said: Reading, locale: str) -> Result:
    """`answered` with the openings of the city the member just said they live in offered, when they asked about
    jobs (1:1: a group's list is a private message away)."""
    if inbound.in_group or not answered.messages or not isinstance(answered.messages[0], Text):
        return answered
    about_jobs = "interest:careers" in entry.tags or said.says_jobs
    city = residence(inbound, content) if about_jobs else None
    openings = content.jobs_in(city.id) if city is not None else ()
    if city is None or not openings:
        return answered
    offer = JOBS_OFFER[locale].format(city=city.name.get(locale), count=len(openings))
    first = answered.messages[0]
    assert isinstance(first, Text)
    return replace(answered, messages=(Text(text=f"{first.text}\n{offer}"), *answered.messages[1:]))


# A Chinese mail app's signature pasted with an order's or a screenshot's text (傳送自我的 iPhone, 发自我的iPhone): it
# names no business the question is about (sixty-third round, blind27's ocr followers). Not "Sent from my iPhone":
# blind27's "Return received … Sent from my iPhone … how long till the money hits my visa" then became a payment
# method's (its visa), a wrong answer where there was none.
_SIGNATURE = re.compile(r"(?:发自我的|發自我的|传送自我的|傳送自我的|来自我的|來自我的)"
                        r"\s?(?:iphone|ipad|samsung|huawei|华为|華為|android)\S*", re.IGNORECASE)
# ... and an English one closing the message (eighty-third round, blind32's older followers: "... How do I see where
# it is now   Sent from my iPad"); in the middle of a pasted thread it stays (blind27's above)
_SIGNATURE_END = re.compile(r"\bsent from my (?:iphone|ipad|samsung|galaxy|android|phone|mobile|tablet)\W*$",
                            re.IGNORECASE)


def _about_elsewhere(question: str, entry_id: str, content: Content) -> bool:
    """Whether `question` asks about another business, not us, and the entry that would answer it speaks of no
    business of that kind (bot/content/elsewhere.py)."""
    question = read_identifiers(question)  # an email's gmail.com names no platform asked about (forty-ninth round)
    if "\n" in question:
        question = _SIGNATURE.sub(" ", question)
    question = _SIGNATURE_END.sub(" ", question)
    kinds = content.remembered(kinds_named_elsewhere)(question)
    if not kinds:
        return False
    if kinds - content.elsewhere.spared.get(entry_id, frozenset()):
        return True
    # The entry speaks of such businesses itself (authenticity: bought on 淘宝, is it real?), so it may answer, but only
    # what it answers with the names left out: "淘宝买的东西咋退啊 卖家不理人" is a return asked of 淘宝, which the
    # authenticity entry took on its 淘宝 alone (thirty-ninth round); "在闲鱼上收的面霜 怎么查是不是真货" stays its.
    # A message of nothing but the names ("klarna", "afterpay?") asks the entry that speaks of them.
    left = content.elsewhere.without_names(question)
    if not left:
        return False
    rest = content.faq_match(left, None)
    return not rest.candidates or rest.candidates[0].entry.id != entry_id


def _asks_about_us(normalized: str, content: Content) -> bool:
    """Whether the message, as a whole, asks what the brand or the account is ("你们是做什么的", "what is lumi",
    "露米是什么牌子"): the brand's names read as lexicon.BRAND_WORD. Text-only (Content.remembered)."""
    for word in brand_words(content):
        normalized = remove_term(normalized, word, by=BRAND_WORD)
    return asks_about_us(re.sub(rf"{BRAND_WORD}(?: *{BRAND_WORD})+", BRAND_WORD, normalized))


def _about_us(content: Content, locale: str) -> str:
    """What the brand is, in its own words (brand.yaml `about`); a brand that wrote none is told what the bot is."""
    try:
        return content.brand.render("about", locale, brand=brand_name(content, locale))
    except KeyError:
        return offer_text(content, "bot_self", locale, BOT_SELF, BOT_SELF_ALONE, brand=brand_name(content, locale))


def _link_only(question: str) -> bool:
    """Whether `question` is links and nothing else but punctuation."""
    return bool(_LINK.search(question)) and not any(ch.isalnum() for ch in _LINK.sub(" ", question))


def sees_photo(inbound: Inbound) -> bool:
    """A message of text and a photo (an intelligent bot's mixed message): the text may be about the photo."""
    return inbound.kind is Kind.MIXED and bool(inbound.pic_url)


def _photo_unseen(content: Content, locale: str, fields: dict[str, str]) -> Result:
    """What a question about a photo gets: the bot cannot see it, so ask for the product or the question in words.
    Not counted among the unanswered questions: "这个怎么用" says nothing the FAQ could learn from."""
    return Result(messages=(Text(text=brand_text(content, "photo_unseen", locale, PHOTO_UNSEEN)),), set_fields=fields)


# Words that point at a quoted message rather than ask anything themselves ("这个我也想问", "同问", "+1", "same q",
# "what about this?", "还没人回我" under one's own earlier question): with them, the quote is what is asked. Chinese
# ones are read anywhere in the message, English ones as whole words; "1" is what normalize leaves of "+1".
QUOTE_POINTERS_ZH = ("同问", "同求", "求问", "也想问", "也想知道", "也想了解", "也是这样", "也一样", "也遇到",
                     "一样的问题", "这个问题", "那这个呢", "这个呢", "这个", "帮我问问", "帮我问", "帮忙问",
                     "帮忙回答", "回答一下", "帮忙看看", "有人知道吗", "谁知道", "没人回", "还没回", "请问一下",
                     "请问", "问一下", "加一", "求解答", "求解", "求回复")
QUOTE_POINTERS_EN = ("same question", "same q", "same here", "same", "me too", "ditto", "what about this", "this one",
                     "this", "anyone", "anybody", "any answer", "any update", "bump", "wondering too",
                     "i want to know too", "also want to know", "i also want to know", "answer this", "please answer",
                     "help", "1")
_QUOTE_POINTER_RE = re.compile("|".join(map(re.escape, sorted(QUOTE_POINTERS_ZH, key=len, reverse=True))) + "|"
                               + r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, sorted(QUOTE_POINTERS_EN, key=len,
                                                                                        reverse=True)))
                               + r")(?![a-z0-9])")


def one_product_named(text: str, content: Content) -> str:
    """The one product a question the FAQ answers names ("hi, i just bought the vitamin c serum", "维C精华孕妇能用吗"),
    else "". It becomes the product shown last, as the shop's card would: "how do I use it?" or "how much?" next is
    about it; they got "I don't know" and the best sellers (lead32). Text-only (for Content.remembered)."""
    named = named_products(text, content)[0]
    return named[0] if len(named) == 1 else ""


# Ninety-second round (probe21 「小美：明天一起吃饭吗」 then "好啊 几点", 「老公：快递到了没」 then "到了 在门口",
# probe75): a WeChat quote-reply of another person's line (「name：…」, the name none of ours: QUOTED_OURS, the brand's
# names) and the member's own words answering that person: they open with an answer (REPLY_OPENING: yes, no, ok, 好啊,
# 到了, 不知道) or ask nothing at all, point at no quote (同问, +1, same q: _QUOTE_POINTER_RE) and speak not to us
# (QUOTED_TO_US). The FAQ had read the reply's 几点 as business hours, its 到了 as tracking.
_NAME_PART = r"[^\s:：「」，。,.!?！？]{1,16}"
_QUOTED_SPEAKER = re.compile(rf"\s*「(?P<name>{_NAME_PART}(?: {_NAME_PART})?)[:：](?!//)")
QUOTED_OURS = re.compile(rf"{OUR_SPEAKER.pattern}|小编|小助手", re.IGNORECASE)  # our account's names, and its editor's
REPLY_OPENING = re.compile(
    r"(?:好啊|好呀|好哦|好滴|好嘞|好的|好吧|好|行啊|行|可以啊|可以呀|没问题|当然|嗯+|哈哈+|是的|是啊|对啊|对|不是|没有|没呢|"
    r"还没|没|到了|到啦|吃了|来了|不知道|不清楚|不晓得|唔知|不记得|忘了|唔记得|记不得)"
    r"|(?:ok|okay|k|sure|yes|yeah|yep|yup|no|nope|nah|not yet|lol|haha+|idk|dunno|of course|sounds good)(?![a-z])")
QUOTED_TO_US = re.compile(r"你们|你哋|您们|露米|小编|客服|贵店"
                          r"|(?<![a-z])(?:you guys|u guys|your|ur|lumi|siyu)(?![a-z])")


def _replies_to_another(text: str, own: str, content: Content) -> bool:
    """Whether `text` quotes another person's line (_QUOTED_SPEAKER, not ours) and the member's words `own` only
    answer that person (REPLY_OPENING or no question of their own; no pointer at the quote, nothing to us)."""
    found = _QUOTED_SPEAKER.match(text)
    if found is None or not own:
        return False
    name = found.group("name")
    if QUOTED_OURS.search(name) or any(word and word.lower() in name.lower() for word in brand_words(content)):
        return False
    normalized = normalize(own)
    if not normalized or _QUOTE_POINTER_RE.search(normalized) or QUOTED_TO_US.search(normalized):
        return False
    return REPLY_OPENING.match(normalized) is not None or not _asks_itself(own)


def _clearer_question(own: str, quoted: str, content: Content, locale: str) -> str:
    """What a message that quotes another asks: the member's own words, and the quote only where their words point
    at it and ask nothing answerable without it. "@露米 帮忙回答一下" or "这个我也想问" quoting "寄到美国运费多少", or
    only the quote, asks the quote; "退货怎么退" quoting anything asks its own; "好的谢谢" or "好嘞 改天去看看" under a
    quoted answer asks nothing (before round 38 a quote that the FAQ answered more surely than the member's own words
    won, so an acknowledgement under a quoted answer got that answer again, and a new question under it got the old
    one's)."""
    if not quoted:
        return own
    if own:
        normalized = normalize(own)
        if not content.faq_canonical(own):
            return own  # an acknowledgement ("好的谢谢", "ok thanks") asks nothing, quote or no quote
        if not _QUOTE_POINTER_RE.search(normalized):  # words that do not point at the quote: the member's own
            return _with_quote(own, quoted, content, locale)
        rest = _QUOTE_POINTER_RE.sub(" ", normalized).strip()
        if rest and content.faq_match(rest, locale).verdict is Verdict.ANSWER:
            return own  # "我也想问 香港能寄吗": a question of its own besides the pointer
        if rest and content.faq_match(both := f"{quoted}\n{own}", locale).verdict \
                is Verdict.ANSWER:
            return both  # "My English is ok but not perfect. Is that enough for this one?" under a job's post: its
            # words and the quote together (sixty-eighth round: the quote alone, the post, was a menu)
        return quoted  # the quote, answered or offered as a menu: "怎么没人回" alone read as business hours
    return quoted if content.faq_match(quoted, locale).verdict is Verdict.ANSWER else own


def _with_quote(own: str, quoted: str, content: Content, locale: str) -> str:
    """The member's own words, or, when they ask (a question word or mark) but answer nothing alone, the quote then
    their words, read as one message: "已经发货了怎么办" under a quoted answer about cancelling asks about cancelling.
    Words that ask nothing ("好嘞 改天去看看", "谢谢 我再等等") stay the member's own: a quote never turns them into
    a question. Unless they report what their own words already lean to (sixty-eighth round, blind28: "打開少了一瓶
    精華，單子上有寫但箱子裡沒有" under a push saying the parcel arrived): the reading of the two together is the best
    one of their words alone (at QUOTE_LEAN or more), and they do not open with an acknowledgement (ACK_OPENING: "好的
    那我等快递员再送一次" under a quoted tracking answer asks nothing again)."""
    if not own:
        return own
    alone = content.faq_match(own, locale)
    if alone.verdict is Verdict.ANSWER:
        return own
    asks = _asks_itself(own)
    if not asks and (not alone.candidates or alone.confidence < QUOTE_LEAN
                     or ACK_OPENING.match(normalize(own)) is not None):
        return own
    both = f"{quoted}\n{own}"
    found = content.faq_match(both, locale)
    if found.verdict is not Verdict.ANSWER or found.best is None:
        return own
    return both if asks or found.best.id == alone.candidates[0].entry.id else own


# How sure the member's own words, asking nothing, must be of the entry that they and the quote read together
# answer (_with_quote), and the acknowledgements that open words asking nothing of the quote.
QUOTE_LEAN = 0.3
ACK_OPENING = re.compile(r"(?:好的|好嘞|好吧|好|行吧|行|收到|谢谢|多谢|感谢|嗯+|哦+|ok|okay|明白|知道了|了解|得|thanks"
                         r"|thank you)"
                         r"(?![\u4e00-\u9fff]{0,1}(?:像|久|多|用|看|几|点|处|不|的|想))")


def _asks_itself(text: str) -> bool:
    """A question mark, a Chinese question word (QUESTION_CUES_ZH) or an English one first."""
    normalized = normalize(text)
    first = normalized.split(maxsplit=1)[0] if normalized else ""
    return "?" in text or "？" in text or first in QUESTION_CUES_EN or any(c in normalized for c in QUESTION_CUES_ZH)


def _sure_of_handoff(found: FaqMatch) -> bool:
    """A handoff entry answers only when clearly meant: a handoff quiets the bot on the member's messages
    until staff close it, so "what time does customer service open" (business hours) or "你是真人还是AI"
    (small talk) must not open one on a near tie or a middling score. Otherwise the handoff entry is
    dropped and the rest of the match decides."""
    return found.candidates[0].reason in ("exact", "pattern") or (
        found.confidence >= HANDOFF_CONFIDENCE and found.lead >= HANDOFF_LEAD)


def _question_text(entry: FaqEntry, locale: str) -> str:
    questions = entry.questions.get(locale)
    return questions[0] if questions else entry.id


def _locale_field(inbound: Inbound, member: Member | None, locale: str) -> dict[str, str]:
    """Remember the language a member writes in (for messages that carry no text of theirs)."""
    if member is None or member.locale == locale or not any(ch.isalpha() for ch in command_text(inbound)):
        return {}
    return {F_LOCALE: locale}
