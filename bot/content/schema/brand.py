"""brand.yaml: who the community is, its fixed texts and reply templates (the one required file)."""

from __future__ import annotations

import re
from string import Formatter
from typing import NamedTuple

from yaml.nodes import MappingNode, Node, ScalarNode

from bot.content.localized import LocalizedText
from bot.content.model import OPT_OUT_WORDS, RESUME_WORDS, Brand, Welcome, with_defaults
from bot.content.schema.fields import CARD_TITLE_MAX_BYTES, read_appid, read_localized
from bot.content.yaml_reader import DirectoryReader, FileReader, describe, unknown
from bot.text import LOCALES, ZH, normalize

BRAND_FILE = "brand.yaml"


class TemplateSpec(NamedTuple):
    """A reply template handlers use: must brand.yaml define it, which placeholders it may fill, what for."""

    required: bool
    placeholders: frozenset[str]
    purpose: str


# The reply templates handlers use. Templates not listed here are allowed (a handler may bring its
# own), but their placeholders are not checked.
TEMPLATES: dict[str, TemplateSpec] = {
    "no_answer": TemplateSpec(True, frozenset({"brand"}),
                              "the FAQ has no answer; the question is kept for the team (promise no person "
                              "here: with handoff.yaml on_unanswered the handoff replies instead)"),
    "no_answer_no_handoff": TemplateSpec(False, frozenset({"brand"}),
                                         "no_answer while nobody can be told (no staff reachable): offer no person"),
    "did_you_mean": TemplateSpec(True, frozenset(), "header above a numbered list of likely questions"),
    "opted_out": TemplateSpec(True, frozenset({"brand", "resume_word"}), "confirms an opt-out"),
    "opted_out_no_push": TemplateSpec(False, frozenset({"brand"}),
                                      "confirms an opt-out on an Official Account that can send nothing but the "
                                      "passive reply (unverified): there was nothing to stop, offer no way back"),
    "opt_word_in_group": TemplateSpec(False, frozenset({"word"}),
                                      "an opt-out or resume word @-mentioned in a group: group posts go to everyone "
                                      "and nothing is sent 1:1 from a group, so record nothing; say to mute the "
                                      "group, and to send {word} in the private chat"),
    "bot_self": TemplateSpec(False, frozenset({"brand"}), "asked what the bot is (are you a bot?): the brand's "
                             "automated assistant, what to ask it, and how to reach a person"),
    "bot_self_no_handoff": TemplateSpec(False, frozenset({"brand"}), "bot_self while nobody can be told: offer no "
                                        "person"),
    "resumed": TemplateSpec(True, frozenset({"brand"}), "confirms messages are back on"),
    "resumed_no_push": TemplateSpec(False, frozenset({"brand"}),
                                    "confirms a resume on an Official Account that can send nothing but the passive "
                                    "reply (unverified): promise no update, say how the account answers"),
    "media_unread": TemplateSpec(False, frozenset(), "a photo, an untranscribed voice note, a video or a file sent "
                                 "1:1: the bot reads text, and how to reach a person"),
    "media_unread_no_handoff": TemplateSpec(False, frozenset(), "media_unread while nobody can be told: offer no "
                                            "person"),
    "photo_unseen": TemplateSpec(False, frozenset(), "a group @-mention of text and a photo the FAQ cannot answer "
                                 "(\"这个怎么用\"): the bot cannot see photos; ask for the name in words"),
    "link_unseen": TemplateSpec(False, frozenset(), "a message of links only: nothing here opens links; ask for the "
                                "question in words"),
    "bot_languages": TemplateSpec(False, frozenset(), "asked whether the bot speaks a language it does not answer in "
                                  "(Cantonese, French): what it reads, and that it answers in Chinese (in "
                                  "traditional characters to whoever writes them) or English"),
    "opt_out_how_to": TemplateSpec(False, frozenset({"word"}), "asked in one's own words to be sent nothing more "
                                   "(\"stop spamming me\"), when no FAQ entry answers how to unsubscribe: reply "
                                   "{word}"),
    "hello": TemplateSpec(False, frozenset(), "a greeting or small talk with no question: how to use the bot"),
    "thanks": TemplateSpec(False, frozenset(), "thanks with no question: you're welcome"),
    "no_menu": TemplateSpec(False, frozenset(), "a pick (\"2\", \"第二个\") with no list open to pick from: "
                            "nothing to pick, ask anything"),
    "subscribed": TemplateSpec(False, frozenset({"brand", "word"}), "asked whether one is unsubscribed (\"退订了吗\") "
                               "by a member who is not: updates still come, reply {word} to stop them"),
    "subscribed_no_push": TemplateSpec(False, frozenset(), "the same on an account that sends nothing on its own: "
                                       "not unsubscribed, and nothing comes unasked anyway"),
    "not_on_menu": TemplateSpec(False, frozenset({"count"}), "a number beyond the list still pending (\"5\" under "
                                "three items): the list holds {count}, pick 1 to {count} or ask anything"),
    "message_received": TemplateSpec(False, frozenset(), "asked whether one's message was got (\"did you get my "
                                     "message?\", \"你收到我的消息了吗\"): every message here is read and answered; "
                                     "while a person is on the way, handoff_waiting follows"),
    "last_asked": TemplateSpec(False, frozenset({"question"}), "asked what one just asked (\"我刚才问了什么\", "
                               "\"what did I just ask\") after an FAQ answer: its {question} as the FAQ read it"),
    "last_asked_product": TemplateSpec(False, frozenset({"name", "price"}), "the same after a product was shown"),
    "last_asked_posting": TemplateSpec(False, frozenset({"title"}), "the same after a posting was shown"),
    "last_asked_list": TemplateSpec(False, frozenset({"count"}), "the same after a list was shown, still pending"),
    "last_asked_unknown": TemplateSpec(False, frozenset(), "the same with none of these kept: the bot cannot look "
                                       "back at the member's words; they are in the chat above"),
    "ack": TemplateSpec(False, frozenset(), "an acknowledgement (\"ok\", \"好的\") just after an answer or a menu: "
                        "noted, ask anything"),
    "praise": TemplateSpec(False, frozenset(), "praise with no question: thank you"),
    "goodbye": TemplateSpec(False, frozenset(), "a goodbye with no question (\"bye\", \"晚安\"): come back any time"),
    "tutorial_menu": TemplateSpec(False, frozenset(), "header above the list of tutorial series"),
    "lesson": TemplateSpec(False, frozenset({"series", "number", "total", "title"}),
                           "first line of a lesson"),
    "jobs_in_city": TemplateSpec(False, frozenset({"city", "count"}), "header above a city's jobs"),
    "no_jobs": TemplateSpec(False, frozenset({"city"}), "no opening in that city"),
    "about_posting": TemplateSpec(False, frozenset(), "above a posting shown again when a question is asked of it "
                                  "(hours, place, requirements): what the posting says"),
    "product": TemplateSpec(False, frozenset({"name", "price"}), "text next to a product card"),
    "product_stock": TemplateSpec(False, frozenset(), "under a product asked whether it is in stock (Siyu holds no "
                                  "stock levels): where the member sees them"),
    "how_to_leave_group": TemplateSpec(False, frozenset(), "asked how to leave a group: members leave by themselves "
                                       "(group chat, \"…\", Leave), or mute it"),
    "still_opted_out": TemplateSpec(False, frozenset({"brand", "resume_word"}),
                                    "a member who opted out asks to stop, or why messages still come: they are "
                                    "unsubscribed, what may still arrive (a group), how to resume"),
    "product_bought": TemplateSpec(False, frozenset({"name", "usage"}),
                                   "a member says they bought a product or it has come: how to use it, no card"),
    "about_product": TemplateSpec(False, frozenset({"name", "price", "about"}),
                                  "a question asked of the product just shown (how to use it, its size): its usage "
                                  "or its description, next to its card"),
    "add_us": TemplateSpec(False, frozenset({"brand"}), "asked to add the brand on WeChat (\"加你微信\"): this chat "
                           "is the brand already; above the link that adds an adviser on WeCom"),
    "add_us_on_wecom": TemplateSpec(False, frozenset({"brand"}), "the same asked on WeCom, where the member has "
                                    "the brand as a contact already: this chat is it (no link)"),
    "add_us_title": TemplateSpec(False, frozenset({"brand"}), "the title of the link that adds an adviser"),
    "handoff": TemplateSpec(False, frozenset({"brand"}),
                            "a member asked for a person in office hours: a colleague will reply here"),
    "handoff_after_hours": TemplateSpec(False, frozenset({"brand", "when", "zone"}),
                                        "a member asked for a person outside office hours: when the team is back"),
    "handoff_after_window": TemplateSpec(False, frozenset({"brand", "when", "zone"}),
                                         "as handoff_after_hours, on the Official Account when the team is back more "
                                         "than 48 h after the member's message: they must write again then"),
    "handoff_waiting": TemplateSpec(False, frozenset({"brand"}), "the member asks again while a person is coming"),
    "kf_welcome": TemplateSpec(False, frozenset({"brand"}),
                               "welcomes a WeChat customer service (kf) session: how to ask; promise nothing to come "
                               "(a kf session is written to only within 48 h of the customer's last message)"),
    "handoff_unavailable": TemplateSpec(False, frozenset({"brand"}),
                                        "the member asked for a person but handoff.yaml names no staff to tell"),
    "routine": TemplateSpec(False, frozenset({"notes"}),
                            "header above the numbered products for the skin type and concern a member just told "
                            "(routines.yaml); {notes} is their notes, one a line"),
    "routine_footer": TemplateSpec(False, frozenset(), "under the routine's products: where a fuller match is"),
}


def read_brand(run: DirectoryReader) -> Brand | None:
    """brand.yaml, the one required file: None when it is missing or has no usable mapping."""
    r = run.reader(BRAND_FILE)
    node = run.compose(BRAND_FILE, required=True)
    if node is None:
        return None
    f = r.mapping(node, "", required=("name", "default_locale", "help", "welcome", "templates"),
                  optional=("opt_out_words", "resume_words", "miniprogram_appid"))
    if f is None:
        return None
    name = read_localized(r, f["name"], "name", max_bytes=CARD_TITLE_MAX_BYTES) if "name" in f else LocalizedText()
    locale = ZH
    if "default_locale" in f:
        locale = r.text(f["default_locale"], "default_locale") or ZH
        if locale not in LOCALES:
            r.report(f["default_locale"], "default_locale", unknown(locale, LOCALES, "locale"))
    help_text = read_localized(r, f["help"], "help") if "help" in f else LocalizedText()
    opt_out = r.words(f["opt_out_words"], "opt_out_words") if "opt_out_words" in f else ()
    resume = r.words(f["resume_words"], "resume_words") if "resume_words" in f else ()
    opt_out, resume = with_defaults(OPT_OUT_WORDS, opt_out), with_defaults(RESUME_WORDS, resume)
    both = {normalize(w) for w in opt_out} & {normalize(w) for w in resume}
    if both:
        r.report(f.get("resume_words", node), "resume_words",
                 f"{sorted(both)} also opt out; a word cannot do both")
    appid = ""
    if "miniprogram_appid" in f:
        appid = read_appid(r, f["miniprogram_appid"], "miniprogram_appid")
    welcome = Welcome(LocalizedText(), LocalizedText(), LocalizedText())
    if "welcome" in f:
        w = r.mapping(f["welcome"], "welcome", required=("oa_follow", "contact_added", "group_join"))
        if w is not None:
            texts = {key: read_localized(r, w[key], f"welcome.{key}") if key in w else LocalizedText()
                     for key in ("oa_follow", "contact_added", "group_join")}
            welcome = Welcome(**texts)
    templates = _read_templates(r, f["templates"]) if "templates" in f else {}
    return Brand(name=name, default_locale=locale, help=help_text, opt_out_words=opt_out,
                 resume_words=resume, welcome=welcome, templates=templates, miniprogram_appid=appid)


def _read_templates(r: FileReader, node: Node) -> dict[str, LocalizedText]:
    """`templates`: each a text per locale whose placeholders, for the templates handlers use, are
    the ones that handler fills (a typo in one would reach members as a KeyError)."""
    if not isinstance(node, MappingNode):
        r.report(node, "templates", f"expected a mapping of template names, got {describe(node)}")
        return {}
    templates: dict[str, LocalizedText] = {}
    for key_node, value_node in node.value:
        name = str(key_node.value)
        path = f"templates.{name}"
        if name in templates:
            r.report(key_node, path, "duplicate template")
            continue
        if not re.match(r"^[a-z][a-z0-9_]*$", name):
            r.report(key_node, path, "template names are lower_case_words")
            continue
        text = read_localized(r, value_node, path)
        spec = TEMPLATES.get(name)
        single = isinstance(value_node, ScalarNode)  # one text for both languages: check it once
        for loc in LOCALES[:1] if single else LOCALES:
            value = getattr(text, loc)
            where = path if single else f"{path}.{loc}"
            try:
                used = {part[1] for part in Formatter().parse(value) if part[1] is not None}
            except ValueError as exc:
                r.report(value_node, where, f"bad placeholder ({exc}); write {{{{ and }}}} for literal braces")
                continue
            if spec is None:
                continue
            for placeholder in sorted(used - spec.placeholders):
                allowed = ", ".join("{" + p + "}" for p in sorted(spec.placeholders)) or "none"
                r.report(value_node, where,
                         f"unknown placeholder {{{placeholder}}} (this template offers: {allowed})")
        templates[name] = text
    for name in sorted(n for n, spec in TEMPLATES.items() if spec.required and n not in templates):
        r.report(node, "templates", f"missing template {name!r} ({TEMPLATES[name].purpose})")
    return templates

