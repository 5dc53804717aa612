"""Joining a community group: 进群 / 加群 / join group, as the WeCom welcome tells a new contact to reply.

The answer is how to join, from groups.yaml: each group with a `join_url` (its QR code or join
page, e.g. WeCom's 「加入群聊」 join way) or `join` words, as a tracked link. Nothing here sends an
invite, so nothing here promises one: a brand whose groups have no join information is left to
its FAQ (the handler does not claim the message).

The list is numbered, and pending as a menu: a number ("2", "第二个") picks that group's line again. It picked from
whatever list came before it (a job posting after "多伦多", "进群", "3"), or got the greeting (verify16).

A city's group asked for by name ("多伦多的群", "join the toronto group", "进多伦多群") is that group's line. As a
request it is this handler's; as a question the FAQ answers it stays the FAQ's, as for 进群 (the FAQ's answer
about all the groups only said to reply "join group": one more turn for the link asked for; verify18).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import ClassVar

from bot.content.faq import QUESTION_CUES_EN, QUESTION_CUES_ZH
from bot.content.model import Content, Group
from bot.inbound import Inbound
from bot.member import Member
from bot.outbound import Text
from bot.router import Match, Result
from bot.text import normalize, words_in_script
from handlers.common import (
    QUESTION_FILLER_CHARS,
    QUESTION_FILLER_WORDS,
    brand_text,
    city_name_in,
    faq_answers,
    is_text,
    menu_choice,
    menu_fields,
    only_filler,
    pending_menu,
    remove_term,
    reply_locale,
    take_terms,
    terms,
    without_brand,
)
from handlers.follow_up import followed_entry
from handlers.links import source, tracked_url

JOIN_WORDS = ("加入群聊", "加入社群", "加入交流群", "进交流群", "进群", "加群", "入群", "join group", "join the group",
              "join a group", "join your group", "join the community group", "join community group",
              "group invite", "join")
FILLER_WORDS = frozenset({"i", "id", "want", "would", "like", "to", "please", "pls", "can", "how", "do", "the",
                          "your", "a", "our", "me", "let", "chat", "wechat", "community", "local"})
FILLER_CHARS = "我要想请拉帮怎么样如何可以吗呢啊哦一下的你们本地"

# What may stand around a city's name asking for its group ("is there a toronto group?", "do you have one for sydney";
# lead37)
CITY_GROUP_FILLER_WORDS = FILLER_WORDS | {"in", "for", "one", "is", "are", "there", "any", "have", "got"}

GROUP_WORDS = ("交流群", "微信群", "社群", "群聊", "群", "group chat", "groups", "group")
# Leaving a group, as the whole message ("我想退群", "怎么退出群聊", "how do i leave the group", "remove me from the
# group"): each member leaves by themselves in WeChat (a bot cannot take anyone out of a customer group), so the
# answer is where, and the mute switch for who only wants it quiet. 退群 got the returns policy (退 as in 退货),
# "remove me from the group" "I don't know" (lead23).
LEAVE_WORDS = ("退群", "退出群聊", "退出交流群", "退出社群", "退出群", "退出这个群", "离开群", "离开这个群",
               "踢我出群", "把我踢出去", "把我移出群", "移出群聊", "删除并退出", "leave the group", "leave group",
               "leave this group", "leave your group", "leave the chat", "leave the group chat", "exit the group",
               "quit the group",
               "get out of the group", "remove me from the group", "remove me from this group",
               "remove me from the chat", "remove me from the group chat", "take me out of the group",
               "kick me out of the group", "kick me from the group", "unjoin the group")
LEAVE_FILLER_WORDS = QUESTION_FILLER_WORDS | FILLER_WORDS | frozenset({
    "where", "it", "this", "that", "just", "now", "ok", "thanks", "thank", "plz", "could", "would", "want", "to",
    "wanna", "need", "help", "lumi"})
LEAVE_FILLER_CHARS = QUESTION_FILLER_CHARS + FILLER_CHARS + "怎样点啦帮谢好了嘅咗佢该麻烦"
HOW_TO_LEAVE = {"zh": "退群在群聊里自己操作：打开群聊，点右上角「…」，拉到最下面点「退出群聊」"
                      "（旧版本叫「删除并退出」）。只是嫌消息多的话，可以在同一页打开「消息免打扰」，"
                      "留在群里也不会被打扰。",
                "en": 'To leave a group, open the group chat, tap "…" at the top right, scroll down and tap "Leave". '
                      'If you only want it quiet, turn on "Mute Notifications" on the same page and stay without '
                      "being disturbed."}
# What this group is, asked in it ("这个群是干嘛的", "本群是做什么的", "what is this group for"): the group's own
# welcome, which says what it is for and what to @ the bot about. It got the FAQ's list of every group with "reply
# 进群 for the QR codes", said to people already in one (lead44).
THIS_GROUP_ASKS = re.compile(
    r"(?:请问 ?|问下 ?|想问下 ?)?(?:这个|这|本|咱们这个|我们这个|咱们|我们)群(?:是)?(?:干嘛|干什么|做什么|做啥|干啥|"
    r"用来干嘛|用来做什么|什么群|啥群|主要是干嘛|主要做什么|聊什么|聊啥|是关于什么)(?:的|嘅)?(?:呀|啊|呢|吗)?"
    r"|(?:这|呢)(?:个)?(?:是)?(?:什么|咩|啥)群(?:呀|啊|呢|嚟㗎|嚟)?"
    r"|(?:hi |hey |so |um )?(?:what(?: is|s)|whats) (?:this|the) (?:group|chat|group chat)(?: for| about)?"
    r"(?: exactly)?")
HEADER = {"zh": "欢迎加入我们的交流群，点链接（或扫码）就能自己进群：",
          "en": "Join our community groups yourself, with the link (or its QR code):"}
PICKED = {"zh": "点链接（或扫码）就能自己进群：", "en": "Join it yourself with the link (or its QR code):"}
MENU_KIND = "group"



class CommunityHandler:
    name = "community"
    summary: ClassVar[Mapping[str, str]] = {"zh": "进群：加入我们的本地交流群",
                                            "en": "join group: our community groups"}

    def match(self, inbound: Inbound, member: Member | None, content: Content) -> Match | None:
        if not is_text(inbound) or not content.groups:
            return None
        here = content.group_for_chat(inbound.chat_id) if inbound.in_group else None
        if here is not None and here.welcome and THIS_GROUP_ASKS.fullmatch(terms(inbound)):
            return Match({"about": here.id})
        leave, city_group, join = content.remembered(_said)(terms(inbound))  # text-only: remembered per content
        if leave:
            return Match({"leave": True})
        groups = joinable(content)
        if not groups:
            return None
        picked = menu_choice(inbound, member, MENU_KIND, everything=groups)
        if picked is not None:
            return Match({"picked": picked})
        pending = pending_menu(member, inbound)
        if pending is not None and pending[0] == MENU_KIND:  # the groups shown: "toronto" picks Toronto's, and so
            # does "有温哥华的群吗", asked of the list just shown (it got the FAQ's answer about every group; lead37)
            named = content.remembered(_city_group_named)(terms(inbound)) or city_group
            if named:
                return Match({"picked": named})
        named = city_group  # "多伦多的群", "join the Sydney group"
        # A request ("join the toronto group", "进多伦多群") is that group's; a question the FAQ answers stays its.
        if named and not (_asks(terms(inbound)) and faq_answers(inbound, member, content)):
            return Match({"picked": named})
        if not join:
            return None
        if followed_entry(inbound, member, content):  # "how do I join?" just after the membership: the membership's
            return None
        # A request ("进群", as the welcome says; "拉我进群", "I want to join") is this handler's; a question
        # ("怎么加群", "how do i join your group") is the FAQ's join-group question, when the FAQ has one.
        if _asks(terms(inbound)) and faq_answers(inbound, member, content):
            return None
        return Match()

    def handle(self, inbound: Inbound, member: Member | None, content: Content, match: Match) -> Result:
        locale = reply_locale(inbound, member, content)
        about = content.group(match.data.get("about", ""))
        if about is not None:
            text = Text(text=(about.welcome.get(locale) or about.welcome.get(about.locale)).strip())
            return Result(messages=(words_in_script(text, about.script),),
                          events=(("group_about", {"group": about.id}),))
        if match.data.get("leave"):
            return Result(messages=(Text(text=brand_text(content, "how_to_leave_group", locale, HOW_TO_LEAVE)),),
                          events=(("group_leave_info", {}),))
        where = source(inbound, self.name)
        groups = joinable(content)
        chosen = [g for g in groups if g.id == match.data.get("picked")]
        shown = chosen or list(groups)
        colon = "：" if locale == "zh" else ": "
        lines = [(PICKED if chosen else HEADER)[locale]]
        for number, group in enumerate(shown, 1):
            how = " ".join(part for part in (group.join.get(locale),
                                             tracked_url(group.join_url, member, where)) if part)
            lines.append(f"{group.name}{colon}{how}" if chosen else f"{number}. {group.name}{colon}{how}")
        # the list is pending, so a number picks from it, not from the list before it; a group picked leaves it
        # pending, so "what about toronto" next is Toronto's group (it got Toronto's jobs; lead37)
        fields = menu_fields(MENU_KIND, [g.id for g in groups], inbound, everything=[g.id for g in groups])
        return Result(messages=(Text(text="\n".join(lines)),), add_tags=frozenset({"asked:join-group"}),
                      set_fields=fields, events=(("group_join_info", {"groups": ",".join(g.id for g in shown)}),))


def _said(text: str, content: Content) -> tuple[bool, str, bool]:
    """(`_asks_to_leave`, `_city_group_asked`, `_asks_to_join`) of the normalised message: the match's text-only
    readings in one lookup (Content.remembered), not three on every text message."""
    return _asks_to_leave(text, content), _city_group_asked(text, content), _asks_to_join(text, content)


def _asks_to_leave(text: str, content: Content) -> bool:
    """The normalised message asks to leave a group (LEAVE_WORDS) and says nothing else (the content unread: the
    signature of Content.remembered, which keeps the answer with the text)."""
    rest, asked = take_terms(text, LEAVE_WORDS)
    return asked and only_filler(rest, LEAVE_FILLER_WORDS, LEAVE_FILLER_CHARS)


def _asks_to_join(text: str, content: Content) -> bool:
    """The normalised message asks to join a group (a join word) and says nothing else."""
    rest, asked = take_terms(text, JOIN_WORDS)
    return asked and only_filler(without_brand(rest, content), FILLER_WORDS, FILLER_CHARS)


def _city_group_asked(text: str, content: Content) -> str:
    """The id of the group of the city the (normalised) message names next to a group or join word, and nothing
    else ("多伦多的群", "我想进温哥华的群", "Sydney group", "join the Toronto group"): a group is a city's when its name
    holds one of the city's names (jobs.yaml `cities`). "" otherwise. It got a did-you-mean between delivery times,
    stores and joining (verify16)."""
    groups = joinable(content)
    for city in content.cities:
        names = content.match_terms[("city", city.id)]  # longest first
        hit = city_name_in(text, content, city.id)
        if not hit:
            continue
        rest, asked = take_terms(remove_term(text, hit), (*JOIN_WORDS, *GROUP_WORDS))
        if not asked or not only_filler(without_brand(rest, content), CITY_GROUP_FILLER_WORDS,
                                        FILLER_CHARS + "进有什么哪个"):
            return ""
        mine = [g for g in groups if any(name and name in normalize(g.name) for name in names)]
        return mine[0].id if len(mine) == 1 else ""
    return ""


def _city_group_named(text: str, content: Content) -> str:
    """The id of the one group of the city the (normalised) message is the name of, with only filler around it
    ("toronto", "多伦多的", "the sydney one"), else "". With the groups shown, a city named picks its group; it got
    that city's job openings (verify19)."""
    for city in content.cities:
        hit = city_name_in(text, content, city.id)
        if hit and only_filler(remove_term(text, hit),
                               CITY_GROUP_FILLER_WORDS | {"that", "what", "about", "you", "u"},
                               FILLER_CHARS + "那个嗰有呢"):
            names = content.match_terms[("city", city.id)]
            mine = [g for g in joinable(content) if any(name and name in normalize(g.name) for name in names)]
            return mine[0].id if len(mine) == 1 else ""
    return ""


def _asks(text: str) -> bool:
    """`text` (normalised) is phrased as a question: a question word of either language."""
    return any(cue in text for cue in QUESTION_CUES_ZH) or any(w in QUESTION_CUES_EN for w in text.split())


def joinable(content: Content) -> tuple[Group, ...]:
    """The groups a member can join by themselves, with what groups.yaml says about how (once per content
    version: every text message asks)."""
    return content.remembered(_joinable)("")


def _joinable(_: str, content: Content) -> tuple[Group, ...]:
    return tuple(g for g in content.groups if g.join_url or g.join)
