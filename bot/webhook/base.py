"""What every callback kind provides, and the passive-reply rendering the XML kinds share."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from wechatpy import replies as oa_replies
from wechatpy.work import replies as work_replies

from bot.clock import Clock, epoch_s
from bot.errors import MalformedCallbackError
from bot.inbound import Channel, Inbound
from bot.outbound import Image, Link, Markdown, Menu, MiniProgram, News, Outbound, Text, plain_text
from bot.text import is_ascii_number
from bot.webhook.cipher import CallbackCipher, new_nonce, reply_envelope_xml
from bot.webhook.request import CallbackRequest, CallbackResponse
from bot.webhook.signing import check_timestamp

SUCCESS = CallbackResponse(body=b"success")  # "nothing to say": WeChat stops retrying
PASSIVE_TEXT_MAX_BYTES = 2048  # longer texts are truncated by WeChat (PLATFORM.md §1.5)
# A news card shows two or three lines of its description: a longer text goes as text, its link in it. Counted
# in columns (display_width): ~120 Latin letters, or ~60 Chinese characters, fill those lines.
CARD_DESCRIPTION_MAX_WIDTH = 120


@dataclass(frozen=True)
class Opened:
    """A verified, decrypted, parsed callback and what its reply needs (cipher key, nonce...)."""

    inbound: Inbound
    reply_state: Mapping[str, Any] = field(default_factory=dict)
    # A plaintext callback's signature covers (token, timestamp, nonce) but not the body: the pipeline
    # binds the pair to this body digest for the replay window. None when the body itself is signed.
    unsigned_body: tuple[str, str, str] | None = None  # (timestamp, nonce, body digest)


class CallbackEndpoint(Protocol):
    """One callback kind of one brand: the URL handshake, opening a POST, rendering its reply."""

    channel: Channel

    def handshake(self, request: CallbackRequest) -> CallbackResponse: ...

    def open(self, request: CallbackRequest) -> Opened: ...

    def fits_passive(self, inbound: Inbound, message: Outbound) -> bool: ...

    def split_passive(self, inbound: Inbound, messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
        """(the passive reply or None, what is queued in order)."""
        ...

    def render(self, opened: Opened, message: Outbound | None) -> CallbackResponse: ...


def passive_form(message: Outbound) -> Outbound:
    """What a message becomes in an XML passive reply: a menu is its numbered text (menu choice ids are
    their numbers, handlers.common.numbered, so a typed digit picks what a click would)."""
    return Text(text=plain_text(message)) if isinstance(message, Menu) else message


def first_fit(endpoint: CallbackEndpoint, inbound: Inbound,
              messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
    """Passive first: the first message goes back in the HTTP response when it fits a passive reply
    (a menu as numbered text); the rest (and everything, when the first does not fit) is queued in
    order, so order is kept."""
    if messages and not inbound.welcome_code:
        first = passive_form(messages[0])
        if endpoint.fits_passive(inbound, first):
            return first, list(messages[1:])
    return None, list(messages)


def card_as_link(message: Outbound) -> Outbound:
    """A Mini Program card as its tracked fallback link (a passive reply cannot carry a card)."""
    if isinstance(message, MiniProgram) and message.fallback_url:
        image = message.image if message.image.startswith(("http://", "https://")) else ""
        return Link(title=message.title, url=message.fallback_url, image_url=image)
    return message


def fold_passive(endpoint: CallbackEndpoint, inbound: Inbound,
                 messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
    """For an account whose only way to answer is the passive reply (an unverified Official Account,
    docs/platform.md §3.3): the whole answer in that one reply where it can go. Menus become numbered
    text, cards their tracked links; short texts beside one link become its description; otherwise the
    messages are joined as one text. What still does not fit (an image by URL, text past 2048 bytes)
    is queued, where the route chooser parks it with the reason."""
    if not messages or inbound.welcome_code:
        return None, list(messages)
    forms = [card_as_link(passive_form(m)) for m in messages]
    said = " ".join(plain_text(f) for f in forms if isinstance(f, Text | Markdown))
    foldable = [i for i, f in enumerate(forms) if isinstance(f, Text | Markdown | Link)]
    # a card whose tracked link a text already holds (a job's apply link in the list) adds nothing folded
    repeated = {i for i, f in enumerate(forms) if isinstance(f, Link) and f.url and f.url in said}
    if repeated and len(repeated) < len(foldable):
        messages = tuple(m for i, m in enumerate(messages) if i not in repeated)
        forms = [f for i, f in enumerate(forms) if i not in repeated]
        foldable = [i for i, f in enumerate(forms) if isinstance(f, Text | Markdown | Link)]
    if not foldable:
        return first_fit(endpoint, inbound, messages)
    keep = [forms[i] for i in foldable]
    links = [f for f in keep if isinstance(f, Link)]
    description = "\n".join(p for p in (*(plain_text(f) for f in keep if f not in links),
                                         *(link.description for link in links[:1])) if p)
    if len(keep) == 1:
        whole = keep[0]
    elif len(links) == 1 and display_width(description) <= CARD_DESCRIPTION_MAX_WIDTH:
        whole = Link(title=links[0].title, url=links[0].url, image_url=links[0].image_url, description=description)
    else:
        whole = Text(text="\n\n".join(plain_text(f) for f in keep))
    for count in range(len(keep), 0, -1):  # the whole answer, else as many leading messages as fit, as text
        passive = whole if count == len(keep) else Text(text="\n\n".join(plain_text(f) for f in keep[:count]))
        if endpoint.fits_passive(inbound, passive):
            used = set(foldable[:count])
            return passive, [m for i, m in enumerate(messages) if i not in used]
    return None, list(messages)


def display_width(text: str) -> int:
    """The columns `text` takes in a chat: a wide or fullwidth character (Chinese, emoji) two, others one. A
    110-character lesson is two cards' worth of lines, though shorter than 120 characters (judged from outside)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def checked_timestamp(request: CallbackRequest, *, clock: Clock, tolerance_s: int) -> str:
    timestamp = request.param("timestamp")
    check_timestamp(timestamp, now_s=epoch_s(clock.now()), tolerance_s=tolerance_s)
    return timestamp


def encrypted_handshake(request: CallbackRequest, *, cipher: CallbackCipher, clock: Clock,
                        tolerance_s: int) -> CallbackResponse:
    """WeCom's URL check (apps and the intelligent bot): decrypt `echostr`, answer its bare
    plaintext within 1 s, no other IO (PLATFORM.md §3.1)."""
    # base64 has no spaces: a "+" that reached us unencoded was turned into one (PLATFORM.md §3.1)
    echostr = request.param("echostr").replace(" ", "+")
    if not echostr:
        raise MalformedCallbackError("missing echostr")
    plaintext, _ = cipher.open(signature=request.param("msg_signature"), timestamp=request.param("timestamp"),
                               nonce=request.param("nonce"), encrypt=echostr)
    checked_timestamp(request, clock=clock, tolerance_s=tolerance_s)
    return CallbackResponse(body=plaintext.encode("utf-8"))


def cdata_safe(text: str) -> str:
    """Split any "]]>" so text (which may echo a user's words) cannot close the reply's CDATA."""
    return text.replace("]]>", "]]]]><![CDATA[>")


def fits_xml_passive(message: Outbound) -> bool:
    """Official Account and WeCom app passive replies carry text, one-article news, or an
    uploaded image (PLATFORM.md §1.4); Mini Program cards and menus need the send APIs."""
    match message:
        case Text(text=text) | Markdown(text=text):
            return len(text.encode("utf-8")) <= PASSIVE_TEXT_MAX_BYTES
        case Link():
            return True
        case News(articles=articles):
            return len(articles) == 1
        case Image(source=source):
            return source.startswith("media:")
    return False


def render_xml_reply(message: Outbound, *, source: str, target: str, wecom: bool, created_s: int,
                     agent_id: str = "") -> str:
    """The passive reply XML, rendered by wechatpy's reply classes. `created_s` is its CreateTime, from the
    endpoint's clock (wechatpy would read the wall clock)."""
    message = passive_form(message)
    module = work_replies if wecom else oa_replies
    extra: dict[str, Any] = {"agent": int(agent_id)} if wecom and is_ascii_number(agent_id) else {}
    common = {"source": cdata_safe(source), "target": cdata_safe(target), "time": created_s, **extra}
    match message:
        case Text(text=text) | Markdown(text=text) if not wecom:
            return oa_text_reply(cdata_safe(text), **common)
        case Text(text=text) | Markdown(text=text):
            return module.TextReply(content=cdata_safe(text), **common).render()
        case Image(source=image):
            return module.ImageReply(media_id=cdata_safe(image.removeprefix("media:")), **common).render()
        case Link() | News():
            links = message.articles if isinstance(message, News) else (message,)
            articles = [{"title": cdata_safe(a.title), "description": cdata_safe(a.description),
                         "image": cdata_safe(a.image_url), "url": cdata_safe(a.url)} for a in links]
            return module.ArticlesReply(articles=articles, **common).render()
    raise ValueError(f"{message.type} cannot be a passive reply")


def oa_text_reply(content: str, *, source: str, target: str, time: int) -> str:
    """wechatpy.replies.TextReply(content=..., source=..., target=..., time=...).render(), the same string
    (tests/unit/test_oa_text_reply.py compares them), written out: the Official Account's usual passive reply,
    without building a reply object and its fields on every callback (issue 10). Values are CDATA-safe already."""
    return (f"<xml>\n<MsgType><![CDATA[text]]></MsgType>\n<Content><![CDATA[{content}]]></Content>\n"
            f"<FromUserName><![CDATA[{source}]]></FromUserName>\n<ToUserName><![CDATA[{target}]]></ToUserName>\n"
            f"<CreateTime>{int(time)}</CreateTime>\n</xml>")


def seal_reply(xml: str, *, cipher: CallbackCipher, key_index: int, clock: Clock) -> CallbackResponse:
    sealed = cipher.seal(xml, nonce=new_nonce(), timestamp=str(epoch_s(clock.now())), key_index=key_index)
    return CallbackResponse(body=reply_envelope_xml(sealed).encode(), content_type="application/xml; charset=utf-8")
