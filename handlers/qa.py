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
from collections.abc import Mapping
from typing import Any, ClassVar

from bot.content.elsewhere import named_elsewhere
from bot.content.faq import FaqMatch, Verdict
from bot.content.lexicon import asks_if_bot, greets_from_somewhere, looks_like_spam, says_thanks
from bot.content.model import Content, FaqEntry
from bot.content.variants import TONE_EVENT, TONE_FIELD, campaign_for, choose, tone_field
from bot.inbound import Inbound, Kind
from bot.member import F_LOCALE, Member
from bot.outbound import Outbound, Text
from bot.router import Match, Result
from bot.text import normalize, quoted_text, terms
from handlers.common import (
    MENU_FIELD,
    brand_name,
    brand_text,
    chosen_number,
    city_fields,
    command_text,
    is_text,
    menu_choice,
    menu_fields,
    menu_or_text,
    numbered,
    offer_text,
    reply_locale,
)
from handlers.handoff import open_result
from handlers.links import product_card, source

log = logging.getLogger(__name__)

MENU_KIND = "faq"
# A FAQ entry listed in handoff.yaml `faq` opens a handoff only this sure, and this far ahead of the next
# entry (see _sure_of_handoff): asking for a person in one's own words ("有真人吗", "can i speak with
# someone") scored 0.79-1.0 and led by 0.22-0.5; the customer-service-hours, job and bot small-talk messages
# of tests/data/faq_followers*.yaml that reached it scored 0.51-0.82 and led by 0.13-0.22.
HANDOFF_CONFIDENCE = 0.75
HANDOFF_LEAD = 0.2
QUESTION_MAX_CHARS = 200  # what an unanswered event keeps of the question
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
# "你是机器人吗", "are you a bot?", "who are you" (lexicon.ASKS_IF_BOT): the truth, and how to reach a person.
BOT_SELF = {"zh": "我是{brand}的自动助手 🤖 产品、物流、售后和工作的问题都可以直接问我；需要真人帮忙，请回复【人工】。",
            "en": "I'm {brand}'s automated assistant 🤖 Ask me about products, shipping, returns or jobs; reply "
                  '"agent" if you\'d like a person to help.'}
BOT_SELF_ALONE = {"zh": "我是{brand}的自动助手 🤖 产品、物流、售后和工作的问题都可以直接问我。",
                  "en": "I'm {brand}'s automated assistant 🤖 Ask me about products, shipping, returns or jobs."}
PHOTO_UNSEEN = {"zh": "我看不到图片 🙏 请用文字告诉我产品名称或你想问的问题。",
                "en": "I can't see photos 🙏 Please tell me the product's name or your question in words."}
TUTORIAL_HINT = {"zh": "想系统了解？回复「{name}」开始小课堂。",
                 "en": 'Want to learn more? Reply "{name}" to start the mini course.'}


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
                return self._answer(inbound, member, content, entry, locale, fields, confidence=1.0, via="menu")
        question = match.data.get("question") or command_text(inbound)
        if inbound.quote_text:
            question = _clearer_question(question, quoted_text(inbound), content, locale)
        key = content.faq_canonical(question)
        if not key and sees_photo(inbound):
            return _photo_unseen(content, locale, fields)
        # A number with no menu pending, however said ("1", "第一个", "the first one", "选2"): a pick from a list that
        # is no menu (the jobs in a city, a lesson's steps) asks no question; the FAQ read it as one and answered
        # "did you mean: A醇怎么建立耐受？…" (verify13).
        picks = question.isdigit() or (not inbound.menu_choice.strip() and question == command_text(inbound)
                                        and chosen_number(inbound) is not None)  # a click: its words are asked
        if greets_from_somewhere(normalize(question)):
            key = ""  # "good night from Brisbane!": a hello, not a question about shipping to Brisbane
        if not key or picks:  # greetings, thanks or small talk only, or a number with no menu
            if not picks and says_thanks(normalize(question)):
                return Result(messages=(Text(text=brand_text(content, "thanks", locale, THANKS)),), set_fields=fields)
            if not picks and asks_if_bot(normalize(question)):  # not a dodge: what the bot is, and who else is there
                text = offer_text(content, "bot_self", locale, BOT_SELF, BOT_SELF_ALONE,
                                  brand=brand_name(content, locale))
                return Result(messages=(Text(text=text),), set_fields=fields)
            return Result(messages=(Text(text=brand_text(content, "hello", locale, HELLO)),), set_fields=fields)
        found = content.faq_match(question, locale)  # faq_index.match, remembered per content version
        locale = found.locale
        handoff_faq = content.handoff.faq
        verdict, best = found.verdict, found.best  # each a computed property: asked once
        if verdict is Verdict.ANSWER and best is not None and best.id in handoff_faq \
                and _sure_of_handoff(found):  # the member asked for a person in their own words
            return open_result(inbound, member, content, reason=f"faq:{best.id}", fields=fields)
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
            return self._answer(inbound, member, content, asked_for_person, locale, fields,
                                confidence=person_confidence, via="handoff-unsure")
        if verdict is not Verdict.NONE and found.candidates[0].reason != "exact" \
                and _about_elsewhere(question, found.candidates[0].entry.id, content):
            # About another business, not addressed to us ("Is Lululemon hiring?", "屈臣氏嘅退貨期係幾耐"): our entry
            # that shares its words would answer a question nobody asked us (bot/content/elsewhere.py).
            return self._unanswered(inbound, member, content, key, question, locale, fields)
        if verdict is Verdict.ANSWER and best is not None:
            if member is not None and member.get(MENU_FIELD):
                fields[MENU_FIELD] = ""  # a new question: the old menu no longer applies
            return self._answer(inbound, member, content, best, locale, fields,
                                confidence=found.confidence, via=found.candidates[0].reason)
        if verdict is Verdict.SUGGEST and found.suggestions:
            return self._suggest(inbound, content, found.suggestions, locale, fields, question)
        if looks_like_spam(normalize(question)):
            return _advertisement(inbound, content, question, locale, fields)
        if sees_photo(inbound):  # "这个怎么用" and a photo: the question is the photo, which nobody here can see
            return _photo_unseen(content, locale, fields)
        return self._unanswered(inbound, member, content, key, question, locale, fields)

    def _answer(self, inbound: Inbound, member: Member | None, content: Content, entry: FaqEntry, locale: str,
                fields: dict[str, str], *, confidence: float, via: str) -> Result:
        item = f"faq:{entry.id}"
        pick = choose(entry.tones, member_id=member.id, tags=member.tags, locale=locale,
                      channel=str(inbound.channel), key=item,
                      holdout_pct=content.community.holdout_pct) if member is not None and entry.tones else None
        answers = pick.tone.answers if pick is not None and pick.tone is not None else entry.answers
        messages: list[Outbound] = [Text(text=answers.get(locale).strip())]
        measured = pick is not None and pick.measured
        if not inbound.in_group:  # groups get the answer and nothing else
            product = next((p for p in map(content.product, entry.products) if p is not None), None) \
                if entry.products else None
            if product is not None:
                messages.append(product_card(product, locale, member=member, source_name=source(inbound, self.name),
                                             campaign=campaign_for(item, pick.arm) if pick is not None else item))
            series = next((s for s in map(content.tutorial, entry.tutorials) if s is not None), None) \
                if entry.tutorials else None
            if series is not None:
                messages.append(Text(text=TUTORIAL_HINT[locale].format(name=series.name.get(locale))))
        events: tuple[tuple[str, Mapping[str, str]], ...] = (
            ("answered", {"faq": entry.id, "confidence": f"{confidence:.2f}", "via": via}),)
        if measured and pick is not None:  # tone variants: shown (and, on the next message, replied) per arm
            events += ((TONE_EVENT, {"item": item, "arm": pick.arm}),)
            fields[TONE_FIELD] = tone_field(item, pick.arm, int(inbound.sent_at.timestamp()))
        return Result(messages=tuple(messages), add_tags=frozenset({f"asked:{entry.id}", *entry.tags}),
                      set_fields=fields, events=events)

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


def _advertisement(inbound: Inbound, content: Content, question: str, locale: str, fields: dict[str, str]) -> Result:
    """An advertisement: counted and logged as `spam` for managers (the member's timeline, the `spam` FAQ
    outcome metric), answered with the neutral hello in 1:1 (a follower misread as one still learns how to
    ask) and not at all in a group, where answering would only amplify it."""
    log.info("qa: an advertisement, not a question (brand=%s channel=%s): counted as spam, not unanswered",
             inbound.brand, inbound.channel)
    event = {"question": question[:QUESTION_MAX_CHARS], "channel": str(inbound.channel), "chat": inbound.chat_id}
    messages = () if inbound.in_group else (Text(text=brand_text(content, "hello", locale, HELLO)),)
    return Result(messages=messages, set_fields=fields, events=((SPAM_EVENT, event),))


# Saying where one lives, as the whole message ("I'm in Toronto", "我住在悉尼", "我喺多倫多"): the city is the
# member's, and its zone, as when they ask for its jobs (handlers/careers.py); it got the stores answer and taught
# nothing (verify16). Not "from" (where one grew up), not a sentence that only mentions the city.
RESIDENCE = re.compile(
    r"(?:(?:我|我们|本人)(?:现在|目前|人|住|平时|一直)*(?:在|喺)(?P<zh>.+?)(?:住|生活|居住|工作|读书|上学|这边|呢|啦|哦|呀)*"
    r"|(?:hi |hello |hey )?(?:i m|im|i am|we re|were|we are|i live|we live|i m living|im living|i am living|currently"
    r"|i m currently|im currently|i m based|im based|based)(?: currently| now)?(?: living)?(?: in| at| based in) "
    r"(?P<en>.+?)(?: now| currently| area| atm)?)")


def _residence_fields(inbound: Inbound, member: Member | None, content: Content) -> dict[str, str]:
    """The member's city (and zone) when the message, as a whole, says where they live (RESIDENCE)."""
    if member is None or not content.cities:
        return {}
    said = RESIDENCE.fullmatch(terms(inbound))
    if said is None:
        return {}
    place = (said.group("zh") or said.group("en") or "").strip()
    city = next((c for c in content.cities if place in content.match_terms[("city", c.id)]), None)
    if city is None or member.city == city.id:
        return {}
    return city_fields(content, member, city.id)


def _about_elsewhere(question: str, entry_id: str, content: Content) -> bool:
    """Whether `question` asks about another business, not us, and the entry that would answer it speaks of no
    business of that kind (bot/content/elsewhere.py)."""
    named = content.remembered(named_elsewhere)(question)
    return named is not None and named[1] not in content.elsewhere.spared.get(entry_id, frozenset())


def sees_photo(inbound: Inbound) -> bool:
    """A message of text and a photo (an intelligent bot's mixed message): the text may be about the photo."""
    return inbound.kind is Kind.MIXED and bool(inbound.pic_url)


def _photo_unseen(content: Content, locale: str, fields: dict[str, str]) -> Result:
    """What a question about a photo gets: the bot cannot see it, so ask for the product or the question in words.
    Not counted among the unanswered questions: "这个怎么用" says nothing the FAQ could learn from."""
    return Result(messages=(Text(text=brand_text(content, "photo_unseen", locale, PHOTO_UNSEEN)),), set_fields=fields)


def _clearer_question(own: str, quoted: str, content: Content, locale: str) -> str:
    """The member's own words or the message they quoted, whichever the FAQ answers more surely (their own on a tie):
    "@露米 帮忙回答一下" quoting "寄到美国运费多少" asks the quote; "@露米 退货怎么退" quoting anything asks its own."""
    if not quoted:
        return own
    from_quote = content.faq_match(quoted, locale)
    if from_quote.verdict is not Verdict.ANSWER:
        return own
    if not content.faq_canonical(own):
        return quoted
    from_own = content.faq_match(own, locale)
    return quoted if from_own.verdict is not Verdict.ANSWER or from_quote.confidence > from_own.confidence else own


def _sure_of_handoff(found: FaqMatch) -> bool:
    """A handoff entry answers only when clearly meant: a handoff quiets the bot on the member's messages
    until staff close it, so "what time does customer service open" (business hours) or "你是真人还是AI"
    (small talk) must not open one on a near tie or a middling score. Otherwise the handoff entry is
    dropped and the rest of the match decides."""
    runner_up = found.candidates[1].score if len(found.candidates) > 1 else 0.0
    return found.candidates[0].reason in ("exact", "pattern") or (
        found.confidence >= HANDOFF_CONFIDENCE and found.confidence - runner_up >= HANDOFF_LEAD)


def _question_text(entry: FaqEntry, locale: str) -> str:
    questions = entry.questions.get(locale)
    return questions[0] if questions else entry.id


def _locale_field(inbound: Inbound, member: Member | None, locale: str) -> dict[str, str]:
    """Remember the language a member writes in (for messages that carry no text of theirs)."""
    if member is None or member.locale == locale or not any(ch.isalpha() for ch in command_text(inbound)):
        return {}
    return {F_LOCALE: locale}
