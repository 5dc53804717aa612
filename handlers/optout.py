"""Opt-out and resume: 退订 / TD / STOP / unsubscribe stop every proactive send at once; 订阅 / START
/ subscribe turn them back on. Registered first, so no other handler can swallow the words.

Only a message that is one of the words counts ("how do I stop acne" is a question), alone or inside the
polite words a follower wraps a command in ("我要退订", "请帮我退订，谢谢", "unsubscribe me please"): what is
left once those are taken off must be the word itself, so "怎么退订" and "退订了吗" stay questions (the FAQ handler
answers the second with the member's own state: STATE_ASKS). The
member field "oo" = "1" marks an opted-out member; sequences, campaigns, drops and, at the last
moment, the delivery layer skip them. Replies to the member's own messages still go out. In a group the words
change nothing (its posts go to everyone, nobody is sent anything 1:1 from it): the answer says how to mute it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import ClassVar

from bot.content.model import Content
from bot.inbound import Inbound
from bot.member import F_LOCALE, F_OPTED_OUT, Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import LOCALES, detect_locale, normalize
from handlers.common import brand_name, brand_text, has_cjk, is_text, reply_locale, terms

# The words themselves are the content's (bot.content.model.OPT_OUT_WORDS / RESUME_WORDS, always
# included, plus brand.yaml's own), so the validator and this handler read one list.
# Latin words that are Chinese conventions: a member who sends them reads Chinese by default.
CHINESE_CONVENTIONS = frozenset({"td", "t"})

OPTED_OUT = {"zh": '已为你退订{brand}的推送消息。想重新接收，请回复"{resume_word}"。',
             "en": 'You\'ve unsubscribed from {brand} updates. Reply "{resume_word}" to get them again.'}
# The polite wrapping of a one-word command, normalised (bot.text.normalize): taken off the message's ends, in
# any order, before the words are looked up. Never what turns a word into a question (怎么, 吗, how, why).
POLITE_PREFIXES = ("请帮我", "麻烦帮我", "麻烦你", "麻烦", "唔该", "帮我", "我要", "我想要", "我想", "请",
                   "please", "pls", "plz", "i want to", "i would like to", "id like to", "i wanna",
                   "can you", "could you", "can u", "kindly")
POLITE_SUFFIXES = ("谢谢你", "谢谢", "唔该", "多谢", "吧", "啦", "呀", "啊", "喇", "please", "pls", "plz", "thanks",
                   "thank you", "thx", "me", "now", "back", "again")  # "subscribe back" was "I don't know" (verify19)
# Codes, not words: "我要T" or "please td" is nobody's way of writing them, so they count only alone.
CODES = frozenset({"t", "td"})
# On an account that can send nothing but the passive reply there were never updates to stop or to get again: the
# opt-out is still recorded (the brand may verify the account later), and the confirmation says what is true.
OPTED_OUT_NO_PUSH = {"zh": "已为你退订 🌿 这个公众号本来就不会主动给你发消息，之后仍可以随时问我问题。",
                     "en": "You're unsubscribed 🌿 This account sends nothing on its own anyway; you can still ask me "
                           "anything, any time."}
RESUMED = {"zh": "已恢复订阅{brand}的推送消息。", "en": "You're subscribed to {brand} updates again."}
# On an account with no send API beyond the passive reply (Inbound.pushes False: an unverified Official Account) no
# update can ever come, so the confirmation promises none: it says how the account does answer.
RESUMED_NO_PUSH = {"zh": "已恢复 🌿 这个公众号只在你发消息时回复你，不会主动发消息；有问题随时问我。",
                   "en": "You're back on 🌿 This account answers your messages and sends nothing on its own; "
                         "ask me anything, any time."}

# In a group: its posts go to everyone in it and the group bot sends nobody anything 1:1, so the word can neither stop
# nor restart anything there. Nothing is recorded; the answer says what does work (verify13), with the member's word.
IN_GROUP = {"zh": "群里的消息是发给全群的，没法只为你一个人停掉或打开 🌿 不想看可以把这个群设为「消息免打扰」；"
                  "私聊推送请在和我的私聊里回复“{word}”。",
            "en": "Messages in this group go to everyone in it, so they can't be stopped or started for you alone 🌿 "
                  "You can mute the group; for updates in our private chat, reply \"{word}\" there."}

# Asking in one's own words, as the whole message (normalised: bot.text.normalize), to be sent nothing more:
# "stop spamming me", "pls stop texting me", "唔好再send嘢俾我" (Cantonese: 唔好 don't, 嘢 stuff, 俾 to),
# "不要再傳訊息給我了".
# Not one of the words, so no opt-out is recorded (the brand's own words, 不要再发了 / 别发了, do that): qa answers
# how to unsubscribe (the brand's FAQ answer for it, else STOP_HOW_TO). "唔好再send嘢俾我" got the shipping costs,
# "stop spamming me" and "唔該唔好再發嘢嚟" an "I don't know" (verify19).
_ZH_DONT = r"(?:唔好|不要|别|咪|勿|唔使|不用|唔该你?唔好)"
_ZH_SEND = r"(?:send|sent|send埋|发|传|推|推送|dm|text|message|msg|whatsapp|call|打俾|打给)"
_ZH_STUFF = (r"(?:啲|d|些|那么多|咁多|这么多|太多)?"
             r"(?:嘢|野|东西|讯息|信息|消息|短信|广告|推送|推广|垃圾|msg|message|messages|spam)?")
_EN_SEND = (r"(?:send(?:ing)?|text(?:ing)?|messag(?:e|ing)|msg(?:ing)?|spam(?:ming)?|bug(?:ging)?|ping(?:ing)?"
            r"|dm(?:ing)?|pm(?:ing)?|push(?:ing)?|contact(?:ing)?|email(?:ing)?|notify(?:ing)?|blow(?:ing)? up)")
_EN_STUFF = (r"(?:stuff|messages|msgs|texts|promos|promotions|ads|updates|notifications|things|anything|spam|junk"
             r"|so much|so many messages|all these messages|all this stuff|these messages|this stuff|marketing)")
STOP_ASKS = re.compile("|".join((
    rf"(?:唔该|请|麻烦|拜托|求求)?(?:你们?|你哋|你地)?{_ZH_DONT}(?:再|咁多|这么多|那么多|成日|老是|一直|乱)*"
    rf"{_ZH_SEND} ?"
    rf"{_ZH_STUFF} ?(?:俾我|畀我|给我|嚟|来|过来|我)?(?:啦|喇|了|吧|呀|啊|喔|噢|la|lah|la喂|喂|唔该|谢谢|多谢)*",
    # not wanting to get it any more: "我唔想再收到你哋啲嘢" got the damaged-parcel answer (收到: received)
    r"(?:我)?(?:唔想|不想|不要|唔要|不再想)(?:再)?(?:收|收到|接收|收返|收多)(?:你们|你哋|你地)?(?:的|嘅|啲)?"
    r"(?:嘢|东西|消息|讯息|信息|推送|广告|推广|通知|短信|message|messages|msg)(?:了|啦|喇|呀|啊|la)*",
    # the lessons, stopped ("停止课程", "不想学了", "stop the course"): they got "I don't know" (lead26)
    r"(?:我)?(?:想|要)?(?:停止|暂停|退出|取消|停掉|不想再?学|不再学|不学|不想上|不上)(?:了)?(?:这个|这门|个|那个)?"
    r"(?:课程|课|小课堂|教程|学习)(?:了|吧|啦|呀|啊)*",
    r"(?:我)?(?:不想再?学|不再学|不学)了(?:吧|啦|呀|啊)*",  # the verb alone: 取消 alone cancels an order
    r"(?:(?:i want to|i wanna|id like to|please|pls|can you|can i) )?(?:stop|quit|cancel|pause|leave|end)"
    r"(?: the| my| this| these| all)? (?:course|courses|lessons|lesson|tutorial|tutorials|classes)"
    r"(?: (?:please|pls|plz|thanks|now))*",
    rf"(?:(?:ok|omg|ugh|pls|please|plz|can you|could you|can u|will you|just|hey|hi|seriously|guys|ok so) )*"
    rf"(?:stop|quit|no more|dont|do not|never)(?: ever)? {_EN_SEND}(?: me| to me| my phone| me with)?(?: {_EN_STUFF})?"
    r"(?: (?:please|pls|plz|thanks|thx|now|already|anymore|any more|again|lol|ok|guys|seriously|thank you))*",
    # off the list ("remove me from your list", "take me off your mailing list", "把我从名单里删掉"): the first got the
    # fragrance-free answer (lead27)
    r"(?:(?:please|pls|plz|can you|could you|can u|kindly|hi|hey) )*(?:remove|take|delete|drop|unsubscribe)"
    r" me (?:off|from)(?: of)? (?:your|the|ur|this|all|all your|all the)?"
    r" ?(?:mailing |contact |email |sms |text |broadcast |marketing |subscriber |subscription )?"
    r"(?:list|lists|broadcasts?|mailing)(?: (?:please|pls|plz|thanks|thx|thank you|now|asap))*",
    r"(?:请|麻烦|拜托)?(?:把|将)?我(?:从|在)?(?:你们的?|你哋嘅?)?(?:名单|列表|通讯录|推送名单|群发名单|订阅名单)"
    r"(?:里|中|上)?(?:删掉|删除|移除|去掉|剔除|拿掉)(?:吧|啦|了|谢谢|唔该)*",
)))
# Asking why messages still come, as the whole message ("why are you still sending me messages", "why do i keep getting
# these", "为什么还在给我发消息", "点解仲send嘢俾我", "我不是退订了吗"): to a member who opted out, that they are
# unsubscribed and what may still arrive (STILL_OPTED_OUT); to one who did not, how to stop, as STOP_ASKS. The first
# got a did-you-mean between unsubscribing and a job application's status (lead23).
STILL_SENT_ASKS = re.compile("|".join((
    r"(?:why|how come) (?:are|do|r|does|did) (?:you|u|yall|you guys|u guys|it|this account) (?:still |keep |keeps )?"
    r"(?:send(?:ing)?|text(?:ing)?|messag(?:e|ing)|spam(?:ming)?|push(?:ing)?|dm(?:ing)?|contact(?:ing)?)"
    r"(?: me)?(?: (?:messages|stuff|these|this|things|updates|promos|ads))?(?: (?:still|again|anyway|then))?",
    r"(?:why|how come) (?:am i|do i|i m|im|i am) (?:still |keep )?(?:getting|receiving|get|receive)"
    r"(?: your| these| this| the| all these)?(?: messages| msgs| stuff| updates| promos| ads| texts| notifications)?"
    r"(?: (?:still|again|anyway|then|from you))?",
    r"(?:but )?i (?:already |just )?(?:unsubscribed|opted out|said stop)(?: already)?(?: (?:why|but|and) .*)?",
    r"(?:请问)?(?:为什么|为啥|怎么|咋|点解|做咩|乜)(?:你们|你哋|你地|你)?(?:还|仲|还在|仲喺度|一直|老是|总是|又)"
    r"(?:在|喺度)?(?:给我|俾我|同我)?(?:发|send|推送|推|传)(?:嘢|野|消息|讯息|信息|推送|广告|东西|啲嘢)?"
    r"(?:俾我|给我|来|嚟|过来)?(?:啊|呀|呢|啦|㗎|嘅)?",
    r"(?:我)?(?:不是|唔系|唔係|明明|已经)(?:已经)?退订(?:咗|了)?(?:吗|咩|嘛|啊|喎|㖞)?"
    r"(?: ?(?:为什么|怎么|点解|仲|还).*)?",
)))
# Asking how to get the updates again, or to, in one's own words ("how do I get updates again", "我想再收返啲推送",
# "怎么重新订阅"): qa answers as STOP_ASKS, the brand's answer saying how to stop and how to resume; "how do i get
# updates again" got a did-you-mean (verify19).
RESUME_ASKS = re.compile("|".join((
    r"(?:how (?:do|can|could) i |can i |could i |i want to |i wanna |id like to |i would like to |pls |please )?"
    r"(?:get|receive|turn on|start getting|start receiving|turn|switch|re ?subscribe|resubscribe|subscribe|sign up"
    r"|opt in|opt back in)(?: to)?(?: your| the| my| all)?(?: updates| messages| promos| notifications| lessons"
    r"| newsletters?| pushes| them)?(?: back on| again| back| on again)(?: please| pls| plz)?",
    r"(?:how (?:do|can) i |can i )?(?:resubscribe|re subscribe|opt back in)",
    r"(?:请问)?(?:怎么|点样|点|如何|我想|我要|想|可以|可唔可以|能不能)?(?:再|重新)(?:收|收到|收返|接收|订阅|开启|打开|开返)"
    r"(?:返)?(?:啲|你们的|你哋嘅|你们|你哋)?(?:推送|消息|讯息|信息|通知|更新|推广)?(?:呀|啊|吗|呢|啦|㗎)?",
    # "恢复推送", "帮我恢复消息通知", "我又想收到你们的消息了" (lead47: they got how to unsubscribe)
    r"(?:请|请帮我|帮我|麻烦|我要|我想|想|可以)?(?:恢复|重新开启|重新打开)(?:接收)?(?:你们的?|你哋嘅?)?"
    r"(?:推送|消息|讯息|信息|通知|订阅|更新)(?:通知|推送)?(?:吧|啦|呀|啊|吗|谢谢|唔该)?",
    r"(?:我)?(?:又|还是)(?:想|要)(?:再)?(?:收到|接收|收|收返|订阅)(?:返)?(?:你们的?|你哋嘅?|啲)?"
    r"(?:推送|消息|讯息|信息|通知|更新)(?:了|啦|吧|呀)?",
)))
# The updates asked back (RESUME_ASKS) by a member who opted out, 1:1: done, as the resume word does; "resubscribe",
# "turn notifications back on", "恢复推送" got how to unsubscribe, as if they had not opted out (lead47). Asked how
# (HOW_ASKED: "how do I get updates again", "怎么重新订阅"), the how-to, as before (verify19). Asked by a member who did
# not opt out: that the updates still come (handlers/qa.py, SUBSCRIBED).
HOW_ASKED = re.compile(r"(?:请问 ?)?(?:how|can i|could i|怎么|点样|点|如何|可以|可唔可以|能不能|能唔能)")
STILL_OPTED_OUT = {"zh": "你已经退订了：{brand}不会再主动给你发推送和课程，只在你发消息时回复你。如果还收到消息，"
                         "可能来自你加入的群聊，可以在群里打开「消息免打扰」。想重新接收推送，回复\"{resume_word}\"。",
                   "en": "You're unsubscribed: {brand} sends you no updates or lessons, only replies to your own "
                         "messages. Anything still arriving may be from a group chat you joined; you can mute that "
                         "group. To get updates again, reply \"{resume_word}\"."}
# Asking whether one is unsubscribed or still subscribed, as the whole message ("退订了吗", "我退订成功了吗",
# "我系咪已经退订咗", "我现在是订阅状态吗", "am I unsubscribed?", "am I still subscribed", "did my unsubscribe go
# through"): the member's own state, which the bot knows (STILL_OPTED_OUT, or SUBSCRIBED). Just after "退订" they got
# how to unsubscribe, as if it had not been done, "我现在是订阅状态吗" "I don't know" (lead45).
_ZH_UNSUB = r"(?:退订|取消订阅|取消关注推送)"
STATE_ASKS = re.compile("|".join((
    rf"(?:请问 ?)?(?:我)?(?:是不是|系唔系|系咪|是否)?(?:已经|现在|而家)?(?:真的)?{_ZH_UNSUB}(?:成功|好|咗|了)*"
    r"(?:吗|未|没|没有|冇|咩|嘛|未呀|未啊|了没|咗未|没呢)(?:呀|啊|呢)?",
    rf"(?:请问 ?)?(?:我)?(?:是不是|系唔系|系咪|是否)(?:已经)?{_ZH_UNSUB}(?:成功|好)?(?:咗|了)?(?:呀|啊|呢|㗎)?",
    r"(?:请问 ?)?(?:我)?(?:现在|目前|而家)?(?:还|仲)?(?:是|系|在|喺)?(?:订阅|订阅中|订阅状态|被订阅)(?:状态|中|紧|着)?"
    r"(?:吗|嘛|咩|呢|未)(?:呀|啊)?",
    r"(?:so |ok |and |wait )?(?:am i|are we|have i been|is my account) (?:still |now |already )?"
    r"(?:unsubscribed|opted out|subscribed|signed up|off (?:the|your|ur) list|on (?:the|your|ur) list)"
    r"(?: now| yet| still| or not| right)?",
    r"(?:so |ok |and )?(?:did|has|was) (?:my|the) (?:unsubscribe|unsubscription|opt out|opt-out|stop)"
    r"(?: request)? (?:work|go through|gone through|worked|succeed|successful|done)",
    r"(?:so |ok |and )?(?:did|has) (?:unsubscribing|opting out) (?:work|worked)",
)))
# To a member who has not opted out, asking STATE_ASKS: they are not, and how to stop.
SUBSCRIBED = {"zh": "你没有退订：{brand}的推送消息照常会发给你。不想收，回复\"{word}\"。",
              "en": "You're subscribed: {brand} updates still reach you. To stop them, reply \"{word}\"."}
# The same on an account that sends nothing on its own (Inbound.pushes False): there is nothing to stop.
SUBSCRIBED_NO_PUSH = {"zh": "你没有退订；不过这个公众号只在你发消息时回复你，本来就不会主动给你发消息。",
                      "en": "You haven't unsubscribed; this account only answers your messages and sends nothing on "
                            "its own anyway."}
STOP_HOW_TO = {"zh": '回复"{word}"就不会再收到推送，你问问题我照样回答。',
               "en": 'Reply "{word}" and we\'ll stop sending you updates; I\'ll still answer your questions.'}


def asks_to_stop(normalized: str) -> bool:
    """Whether `normalized` (bot.text.normalize's output), as a whole, asks to be sent nothing more (STOP_ASKS), or
    how to be sent the updates again (RESUME_ASKS), or why messages still come (STILL_SENT_ASKS): answered with how to
    stop and how to resume, or to a member who opted out, that they are (STILL_OPTED_OUT)."""
    return STOP_ASKS.fullmatch(normalized) is not None or RESUME_ASKS.fullmatch(normalized) is not None \
        or STILL_SENT_ASKS.fullmatch(normalized) is not None


def asks_state(normalized: str) -> bool:
    """Whether `normalized` (bot.text.normalize's output), as a whole, asks whether the member is unsubscribed or
    still subscribed (STATE_ASKS)."""
    return STATE_ASKS.fullmatch(normalized) is not None


def opt_out_word(content: Content, locale: str) -> str:
    """The word to tell the member for stopping: the list's first in their language, not a code (the always-honoured
    words lead, as `resume_word`'s)."""
    words = [word for word in content.brand.opt_out_words if normalize(word) not in CODES]  # TD is no word to teach
    return next((word for word in words if has_cjk(word) == (locale == "zh")), words[0])


class OptOutHandler:
    name = "optout"
    summary: ClassVar[Mapping[str, str]] = {"zh": "退订 / 恢复订阅：停止或恢复推送消息",
                                            "en": "unsubscribe / resume: stop or restart updates"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound):
            return None
        text = terms(inbound)
        if not text:
            return None
        said = content.remembered(_opt_word)(text)  # text-only: remembered per content version (every message asks)
        if said is None and member is not None and member.opted_out and not inbound.in_group \
                and RESUME_ASKS.fullmatch(text) is not None and HOW_ASKED.match(text) is None:
            return Match({"opt_out": False, "word": text, "asked": True})
        return Match({"opt_out": said[0], "word": said[1]}) if said is not None else None

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        word = match.data["word"]
        # asked in a sentence, the sentence's language (reply_locale); a word alone says little (`_locale`)
        locale = reply_locale(inbound, member, content) if match.data.get("asked") else _locale(word, member, content)
        brand = brand_name(content, locale)
        fields = {"word": word, "channel": str(inbound.channel)}
        if inbound.in_group:
            text = brand_text(content, "opt_word_in_group", locale, IN_GROUP, word=word)
            return Result(messages=(Text(text=text),), events=(("optout_in_group", fields),))
        language = {F_LOCALE: locale}  # the language answered in stays the member's: "STOP" is no English
        if match.data["opt_out"]:
            text = brand_text(content, "opted_out", locale, OPTED_OUT, brand=brand,
                              resume_word=resume_word(content, locale)) if inbound.pushes else \
                brand_text(content, "opted_out_no_push", locale, OPTED_OUT_NO_PUSH, brand=brand)
            return Result(messages=(Text(text=text),), set_fields={F_OPTED_OUT: "1", **language},
                          events=(("optout", fields),))
        text = brand_text(content, "resumed", locale, RESUMED, brand=brand) if inbound.pushes else \
            brand_text(content, "resumed_no_push", locale, RESUMED_NO_PUSH, brand=brand)
        return Result(messages=(Text(text=text),), set_fields={F_OPTED_OUT: "", **language},
                      events=(("optin", fields),))


def _opt_word(text: str, content: Content) -> tuple[bool, str] | None:
    """(True, the word) when the normalised message is an opt-out word, alone or wrapped in polite words
    (`_unwrapped`), (False, the word) for a resume word, else None. Reads the text and the brand's lists alone (for
    Content.remembered)."""
    opt_out, resume = _words(content.brand.opt_out_words), _words(content.brand.resume_words)
    candidates = (text,)
    if (text not in opt_out and text not in resume
            and _mentions(content.brand.opt_out_words, content.brand.resume_words).search(text)):
        candidates = (_unwrapped(text),)  # only a message naming a word can be one wrapped in polite words
    for word in candidates:
        if word in opt_out:
            return True, word
        if word in resume:
            return False, word
    return None


@lru_cache(maxsize=64)
def _words(words: tuple[str, ...]) -> frozenset[str]:
    """Cached per word list: every text message asks, and the lists change only with the content."""
    return frozenset(normalize(word) for word in words)


@lru_cache(maxsize=64)
def _mentions(opt_out_words: tuple[str, ...], resume_words: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the words (not the codes T and TD) anywhere in a message: one regex search, so that the ~99 % of
    messages naming none pay nothing for the polite-word rule (every text callback asks). Cached per word list,
    as `_words` is."""
    words = (_words(opt_out_words) | _words(resume_words)) - CODES
    return re.compile("|".join(re.escape(word) for word in sorted(words, key=len, reverse=True)))


def _unwrapped(text: str) -> str:
    """`text` without the polite words around it ("请帮我退订 谢谢" -> "退订"), or "" when nothing was taken off, or
    what is left is a code (CODES) or empty. A Latin affix is a whole word ("please resume" loses "please", and
    "resume" keeps its "me")."""
    left, changed = text, True
    while changed:
        changed = False
        for prefix in POLITE_PREFIXES:
            head = prefix if has_cjk(prefix) else prefix + " "
            if left.startswith(head) and len(left) > len(head):
                left, changed = left[len(head):].lstrip(), True
        for suffix in POLITE_SUFFIXES:
            tail = suffix if has_cjk(suffix) else " " + suffix
            if left.endswith(tail) and len(left) > len(tail):
                left, changed = left[: -len(tail)].rstrip(), True
    return "" if left == text or left in CODES else left


def _locale(word: str, member: Member | None, content: Content) -> str:
    """The one reply-language rule with the evidence reordered: a word in Chinese characters (退订) is typed only
    by someone who reads Chinese, so it is answered in Chinese whatever the member's first "hi" stored; a Latin
    word says little (STOP, TD, resume are typed by Chinese readers too), so the member's stored language wins;
    else the word's, where TD and T say nothing (they are conventions of Chinese SMS, answered in the brand's
    default language)."""
    if has_cjk(word):
        return "zh"
    if member is not None and member.locale in LOCALES:
        return member.locale
    return detect_locale("" if word in CHINESE_CONVENTIONS else word, content.brand.default_locale)


def resume_word(content: Content, locale: str) -> str:
    """The word to tell the member for coming back: the list's first in their language (the
    always-honoured words lead, so a brand's own list cannot make the hint obscure)."""
    words = content.brand.resume_words
    for word in words:
        if has_cjk(word) == (locale == "zh"):
            return word
    return words[0]
