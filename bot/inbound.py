"""`Inbound`: the one value every callback becomes, whatever channel or format it came in.

Only `bot/webhook/` builds these; past it nobody sees XML names, signatures or ciphertext.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any


class Channel(StrEnum):
    OA = "oa"  # WeChat Official Account (公众号)
    WECOM = "wecom"  # WeCom app and customer-contact callbacks (企业微信)
    GROUP_BOT = "group_bot"  # WeCom intelligent bot (智能机器人), @-mentions in groups
    KF = "kf"  # WeChat customer service (微信客服): messages pulled with kf/sync_msg


class Kind(StrEnum):
    """What happened, named for the community, not for WeChat's field values."""

    # messages from a person
    TEXT = "text"
    IMAGE = "image"
    VOICE = "voice"
    VIDEO = "video"
    SHORTVIDEO = "shortvideo"
    LOCATION = "location"
    LINK = "link"
    FILE = "file"
    MIXED = "mixed"  # intelligent bot: text and images in one message
    # Official Account events
    SUBSCRIBE = "subscribe"
    UNSUBSCRIBE = "unsubscribe"
    SCAN = "scan"  # a follower scanned a parametric QR code
    MENU_CLICK = "menu_click"
    MENU_VIEW = "menu_view"
    MENU_MINIPROGRAM = "menu_miniprogram"
    MENU_SCAN = "menu_scan"  # scancode_push / scancode_waitmsg
    MENU_PHOTO = "menu_photo"  # pic_sysphoto / pic_photo_or_album / pic_weixin
    MENU_LOCATION = "menu_location"  # location_select
    LOCATION_REPORT = "location_report"  # LOCATION event (periodic position report)
    TEMPLATE_SENT = "template_sent"  # TEMPLATESENDJOBFINISH
    MASS_SENT = "mass_sent"  # MASSSENDJOBFINISH
    SUBSCRIBE_MSG_POPUP = "subscribe_msg_popup"  # 订阅通知 accepted / rejected in a popup
    SUBSCRIBE_MSG_CHANGE = "subscribe_msg_change"  # 订阅通知 changed in settings
    SUBSCRIBE_MSG_SENT = "subscribe_msg_sent"  # 订阅通知 delivery report
    KF_SESSION = "kf_session"  # kf_create_session / kf_close_session / kf_switch_session
    KF_NOTICE = "kf_notice"  # kf_msg_or_event: WeChat customer service has messages to pull
    # WeCom events
    ENTER_AGENT = "enter_agent"
    CONTACT_ADDED = "contact_added"  # add_external_contact, add_half_external_contact
    # msg_audit_approved: the customer accepted chat archiving, with a new WelcomeCode (the first one met 41053)
    CONTACT_APPROVED = "contact_approved"
    CONTACT_EDITED = "contact_edited"  # edit_external_contact
    CONTACT_REMOVED = "contact_removed"  # del_external_contact: staff deleted the customer
    CONTACT_LEFT = "contact_left"  # del_follow_user: the customer deleted the staff member
    CONTACT_TRANSFER_FAILED = "contact_transfer_failed"
    GROUP_CREATED = "group_created"
    GROUP_UPDATED = "group_updated"  # members joined or left, owner, name or notice changed
    GROUP_DISMISSED = "group_dismissed"
    TAG_CHANGED = "tag_changed"  # change_external_tag
    # intelligent bot events
    ENTER_CHAT = "enter_chat"
    CARD_EVENT = "card_event"  # template_card_event
    FEEDBACK = "feedback"  # feedback_event
    STREAM_REFRESH = "stream_refresh"  # the platform polls a streamed reply
    # anything else: recorded, answered `success`, never an error
    UNKNOWN = "unknown"


MESSAGE_KINDS = frozenset(
    {Kind.TEXT, Kind.IMAGE, Kind.VOICE, Kind.VIDEO, Kind.SHORTVIDEO, Kind.LOCATION, Kind.LINK,
     Kind.FILE, Kind.MIXED}
)

# A follower's own action that opens the Official Account's customer-service window, and how
# (PLATFORM.md §0: a message opens 5 sends in 48 h; follow / menu click / QR scan open 3 in 1 min). Of the
# menus only click, scancode_push and scancode_waitmsg open it (docs/platform.md §3.2); a view, Mini Program,
# photo or location menu does not (the photo or place the follower then sends is a message), nor does any
# other event (a template's delivery report, a location report, an unfollow).
WINDOW_BY_MESSAGE = MESSAGE_KINDS
WINDOW_BY_ACTION = frozenset({Kind.SUBSCRIBE, Kind.SCAN, Kind.MENU_CLICK, Kind.MENU_SCAN})
# The follower's own doing, window or not: what releases parked deliveries and wakes a waiting sequence step.
INTERACTIONS = WINDOW_BY_MESSAGE | WINDOW_BY_ACTION | {Kind.MENU_VIEW, Kind.MENU_MINIPROGRAM, Kind.MENU_PHOTO,
                                                       Kind.MENU_LOCATION}


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float
    longitude: float
    precision: float | None = None  # Scale (zoom) for messages, Precision for LOCATION events
    label: str = ""


@dataclass(frozen=True, slots=True)
class LinkInfo:
    title: str
    description: str
    url: str


@dataclass(frozen=True, slots=True)
class MassResult:
    """What WeChat reports of one Official Account mass send when it has finished (MASSSENDJOBFINISH): its
    status ("send success", "send fail" or "err(<review code>)"), the followers it was for, those left after
    WeChat's filters (refused, over the month's 4), and of those how many got it and how many did not."""

    msg_id: str
    status: str
    total: int
    filtered: int  # FilterCount: after WeChat's filters; in principle sent + errors
    sent: int
    errors: int

    @property
    def succeeded(self) -> bool:
        """"send success" (or "sendsuccess", as some samples spell it): a few may still have failed."""
        return self.status.replace(" ", "").lower() == "sendsuccess"


@dataclass(frozen=True, kw_only=True)
class Inbound:
    """One callback, translated.

    `user_id` is the person the callback is about: the follower's openid (Official Account), the
    staff userid (WeCom app), the external_userid (customer contact events) or the intelligent bot's
    sender. `staff_id` is the WeCom member involved in customer-contact events. `raw` keeps the
    decrypted payload as received (flat str map for XML, the parsed object for JSON), for logs and
    the webhook's own reply; everything else the core needs is a named field, filled by the translator.
    """

    brand: str
    channel: Channel
    account: str  # AppID (Official Account), CorpID (WeCom) or bot id (intelligent bot)
    kind: Kind
    sent_at: datetime
    user_id: str = ""
    staff_id: str = ""
    chat_id: str = ""
    msg_id: str = ""  # a string: WeCom MsgIds are no longer numeric (WxJava#3714, 2025-09)
    text: str = ""
    event: str = ""  # the platform's own event name, as sent (e.g. "TEMPLATESENDJOBFINISH")
    event_key: str = ""
    scene: str = ""  # QR scene (qrscene_123 -> "123"), or the contact way's State
    media_id: str = ""
    pic_url: str = ""  # an image message's; for an intelligent bot's mixed message, its first image's
    media_format: str = ""
    location: Location | None = None
    link: LinkInfo | None = None
    welcome_code: str = ""
    change_type: str = ""
    update_detail: str = ""
    join_scene: str = ""
    quit_scene: str = ""
    member_change_count: int = 0
    member_changes: tuple[str, ...] = ()
    unionid: str = ""
    agent_id: str = ""
    response_url: str = ""
    open_kfid: str = ""  # WeChat customer service: the kf account a message or notice is for
    kf_token: str = ""  # kf_msg_or_event: the token sync_msg needs to pull what it announced (10 min)
    quote_text: str = ""  # intelligent bot: the text of the message the member quoted (doc 100719 `quote`)
    menu_choice: str = ""  # the id of a clicked msgmenu item (bizmsgmenuid; kf text.menu_id)
    subscribe_choices: tuple[tuple[str, bool], ...] = ()  # (template id, accepted) from a 订阅通知 popup or change
    mass_result: MassResult | None = None  # MASSSENDJOBFINISH: the mass send's counts
    distinct_by: str = ""  # the platform's fields that tell two events of one second apart (dedupe only)
    stamp_s: int = 0  # the platform's CreateTime when sent_at is not it (far from our clock: webhook/sent_time.py)
    # False: the account this came in on has no send API beyond the passive reply (an unverified Official Account:
    # SIYU_OA_ACCOUNT, SIYU_OA_VERIFIED), so no answer may promise a message the follower did not ask for
    pushes: bool = True
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.sent_at.tzinfo is None:
            raise ValueError("Inbound.sent_at must be timezone-aware")
        if not isinstance(self.raw, MappingProxyType):
            object.__setattr__(self, "raw", MappingProxyType(dict(self.raw)))

    @property
    def is_message(self) -> bool:
        return self.kind in MESSAGE_KINDS

    @property
    def in_group(self) -> bool:
        return bool(self.chat_id)

    @cached_property  # a hash over many fields, asked for several times per callback; the value is frozen
    def dedupe_key(self) -> str:
        """The same for every retry of one callback, different for different callbacks.

        Messages carry a MsgId; events do not, so they are keyed by sender, time, event and the
        fields that tell two events of one second apart (PLATFORM.md §0), and by kind and content (a message
        whose MsgId is missing). Hashed to bound its size.

        A message's key also holds its sender and what it says (PLATFORM.md keys by MsgId alone): a retry repeats
        them byte for byte, so it is still one callback, while a MsgId reused for another follower or another
        message (a replayed sample, a harness with a fixed MsgId, a relay that numbers its own) is not taken for a
        retry and answered with someone else's reply.
        """
        if self.msg_id:
            basis = "|".join(("msg", self.channel, self.account, self.msg_id, self.user_id, self.chat_id, self.kind,
                              self.text, self.media_id, self.pic_url))
        else:
            parts = [self.channel, self.account, self.user_id, self.staff_id,
                     str(self.stamp_s or int(self.sent_at.timestamp())),
                     self.event, self.event_key, self.change_type, self.chat_id, self.update_detail,
                     self.welcome_code, self.distinct_by]
            if not self.event:  # a message that lacks its MsgId is not one with every other of its second (a
                parts += [self.kind, self.text, self.media_id]  # menu tap read as its words keeps its own key)
            basis = "evt|" + "|".join(parts)
        return hashlib.blake2b(basis.encode(), digest_size=16).hexdigest()

    @property
    def member_identity(self) -> str | None:
        """Stable text naming the person behind this callback on its channel, or None.

        Group lifecycle and tag events concern no single person, nor does a mass send's report: its sender
        is the account's mass-send helper ("mphelper" in the platform's doc), not a follower.
        """
        if not self.user_id or self.user_id == "sys" or self.kind is Kind.MASS_SENT:
            return None
        return f"{self.channel}:{self.account}:{self.user_id}"

    def raw_text(self, name: str) -> str:
        """A field of the raw payload: for bot/webhook/ only (it alone knows WeChat's names)."""
        value = self.raw.get(name, "")
        return value if isinstance(value, str) else ""


_FIELDS = frozenset(f.name for f in fields(Inbound))
_REQUIRED = frozenset(f.name for f in fields(Inbound) if f.default is MISSING and f.default_factory is MISSING)
_DEFAULTS = {f.name: f.default for f in fields(Inbound) if f.default is not MISSING}
# Fields made by a factory (today `raw` alone): made per instance, as the constructor does.
_FACTORIES = tuple((f.name, f.default_factory) for f in fields(Inbound) if f.default_factory is not MISSING)


def built(**values: Any) -> Inbound:
    """`Inbound(**values)`, the same instance, without the frozen dataclass's __init__: that sets each of the ~35
    fields through object.__setattr__, ~8 µs of a callback on the 2-core VM (issue 10; bot/store/members.py builds
    Members the same way). Every field is set (its default, or its factory's value, when not given), then
    __post_init__ checks and freezes as usual; a name that is not a field, or a required one missing, is a
    TypeError as Inbound() raises. tests/unit/test_inbound_built.py compares it with Inbound()."""
    if not values.keys() <= _FIELDS or not values.keys() >= _REQUIRED:
        Inbound(**values)  # raises the constructor's own TypeError
    inbound = object.__new__(Inbound)
    inbound.__dict__.update(_DEFAULTS)
    for name, factory in _FACTORIES:
        if name not in values:
            inbound.__dict__[name] = factory()
    inbound.__dict__.update(values)
    inbound.__post_init__()
    return inbound
