"""Outbound messages handlers return, and the `Delivery` envelope the router queues.

Outbound values say *what* to send, never *how*: the channel layer picks the route the platform
allows for that member now. They serialise to plain dicts, because RQ job arguments must be data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any, ClassVar


@dataclass(frozen=True, kw_only=True)
class Text:
    text: str
    type: ClassVar[str] = "text"


@dataclass(frozen=True, kw_only=True)
class Markdown:
    """Rendered where the route supports markdown (WeCom app, group robot, intelligent bot);
    sent as plain text elsewhere."""

    text: str
    type: ClassVar[str] = "markdown"


@dataclass(frozen=True, kw_only=True)
class Image:
    """`source` is a file path, an http(s) URL or `media:<media_id>`; uploaded once and cached."""

    source: str
    type: ClassVar[str] = "image"


@dataclass(frozen=True, kw_only=True)
class Link:
    title: str
    url: str
    description: str = ""
    image_url: str = ""
    type: ClassVar[str] = "link"


@dataclass(frozen=True, kw_only=True)
class News:
    articles: tuple[Link, ...]
    type: ClassVar[str] = "news"


@dataclass(frozen=True, kw_only=True)
class MiniProgram:
    """A Mini Program card; `fallback_url` (a tracked URL Link) is used where no card can go."""

    title: str
    appid: str
    page: str
    image: str = ""  # source of the thumbnail, as in Image.source
    fallback_url: str = ""
    type: ClassVar[str] = "miniprogram"


@dataclass(frozen=True, kw_only=True)
class MenuChoice:
    id: str
    text: str


@dataclass(frozen=True, kw_only=True)
class Menu:
    """Clickable choices (Official Account `msgmenu`); numbered text where the route has none."""

    header: str
    choices: tuple[MenuChoice, ...]
    footer: str = ""
    type: ClassVar[str] = "menu"


@dataclass(frozen=True, kw_only=True)
class TemplateField:
    key: str  # the template's keyword, e.g. "thing1" or "time2"
    value: str


@dataclass(frozen=True, kw_only=True)
class Template:
    """A notice for the Official Account's templated routes, with plain `text` for every other route.

    `template_id` is the template message (模板消息) id, `subscribe_template_id` the subscribe notice
    (订阅通知) id; both fill their keywords from `fields`, so list the keys the templates in use share.
    The notice opens the Mini Program page when `appid` and `page` are set, else `url`.
    """

    text: str
    fields: tuple[TemplateField, ...] = ()
    template_id: str = ""
    subscribe_template_id: str = ""
    url: str = ""
    appid: str = ""
    page: str = ""
    type: ClassVar[str] = "template"


Outbound = Text | Markdown | Image | Link | News | MiniProgram | Menu | Template

_TYPES: dict[str, type] = {cls.type: cls for cls in (Text, Markdown, Image, Link, News, MiniProgram, Menu,
                                                     Template)}


def to_data(message: Outbound) -> dict[str, Any]:
    """A JSON-safe dict with a `type` tag; `from_data` reverses it. A Text (most passive replies, stored with
    every callback's commit) is written out: asdict's recursive copy is most of this function's cost."""
    if type(message) is Text:
        return {"type": Text.type, "text": message.text}
    return {"type": message.type, **asdict(message)}


def from_data(data: Mapping[str, Any]) -> Outbound:
    kind = data.get("type")
    cls = _TYPES.get(kind)  # type: ignore[arg-type]
    if cls is None:
        raise ValueError(f"unknown outbound type {kind!r}; expected one of {sorted(_TYPES)}")
    names = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in names}
    if cls is News:
        values["articles"] = tuple(Link(**a) for a in values.get("articles", ()))
    if cls is Menu:
        values["choices"] = tuple(MenuChoice(**c) for c in values.get("choices", ()))
    if cls is Template:
        values["fields"] = tuple(TemplateField(**f) for f in values.get("fields", ()))
    return cls(**values)


def plain_text(message: Outbound) -> str:
    """The message as text, for routes that only carry text (and for logs and the dashboard)."""
    match message:
        case Text(text=text) | Markdown(text=text) | Template(text=text):
            return text
        case Link(title=title, url=url, description=description):
            return "\n".join(part for part in (title, description, url) if part)
        case News(articles=articles):
            return "\n\n".join(plain_text(article) for article in articles)
        case MiniProgram(title=title, fallback_url=url):
            return f"{title}\n{url}" if url else title
        case Menu(header=header, choices=choices, footer=footer):
            lines = [header, *(f"{i}. {choice.text}" for i, choice in enumerate(choices, 1))]
            return "\n".join([*lines, footer] if footer else lines)
        case Image():
            return "[image]"
    raise TypeError(f"not an outbound message: {message!r}")


def with_words(message: Outbound, change: Callable[[str], str]) -> Outbound:
    """`message` with `change` applied to the words a person reads: texts, titles, descriptions, a menu's header,
    choices and footer, a template's text and field values. Never to a URL, an id, an appid, a page path or a media
    source (bot.text.in_script writes a member's Chinese in their script through it)."""
    match message:
        case Text(text=text) | Markdown(text=text):
            return replace(message, text=change(text))
        case Link(title=title, description=description):
            return replace(message, title=change(title), description=change(description))
        case News(articles=articles):
            return News(articles=tuple(replace(a, title=change(a.title), description=change(a.description))
                                       for a in articles))
        case MiniProgram(title=title):
            return replace(message, title=change(title))
        case Menu(header=header, choices=choices, footer=footer):
            return Menu(header=change(header), footer=change(footer),
                        choices=tuple(MenuChoice(id=c.id, text=change(c.text)) for c in choices))
        case Template(text=text, fields=values):
            return replace(message, text=change(text),
                           fields=tuple(TemplateField(key=f.key, value=change(f.value)) for f in values))
    return message  # an Image: nothing to read


# A WeCom confirm task's timing by default (DeliveryContext.task_remind_s / task_expire_s): the staff member
# is reminded once after 4 hours, and the task is cancelled and branched after 24 hours unconfirmed.
TASK_REMIND_S = 4 * 3600
TASK_EXPIRE_S = 24 * 3600
TASK_BRANCHES = ("skip", "wait")  # task_otherwise values that are not route names


class Queue(StrEnum):
    """RQ queues, drained in this order by every worker (design §1), and `welcome` also by its own lane.

    A welcome has its own queue (issue 16, item 4): its code dies ~20 s after the callback, and on `high`
    it waited behind replies whose calls were timing out. `siyu worker` drains `welcome` on threads no
    other job can occupy (jobs/worker.py WelcomeLane); its main loop takes it first when it is free.
    """

    WELCOME = "welcome"  # one welcome per job: the WelcomeCode (WeCom, kf enter_session) lives ~20 s
    HIGH = "high"  # replies to a person
    DEFAULT = "default"  # nurture sequence steps
    BULK = "bulk"  # campaigns and group tutorial drops


@dataclass(frozen=True, kw_only=True)
class DeliveryContext:
    """What the platform handed us for replying to one callback, and how long a parked send may wait.

    Each field opens one route (bot.channels.default_routes): a welcome code the welcome APIs, a
    response_url the intelligent bot's reply, an open_kfid WeChat customer service, a robot the group
    robot. Never secrets: it travels in RQ job arguments and the parked-delivery ledger.

    The `task_*` fields steer the `wecom_task` route (bot/channels/wecom_task.py): a WeCom customer
    message that the member's staff contact must confirm in WeCom (add_msg_template), tracked by
    `jobs.tasks.track`. `staff_id`, when set, names that staff member; else the member's stored one.
    - `task_remind_s`: seconds after creation before the staff member is reminded once
      (remind_groupmsg_send); 0 = TASK_REMIND_S (4 h). A value at or past the deadline sends no reminder.
    - `task_expire_s`: seconds after creation when an unconfirmed task is cancelled
      (cancel_groupmsg_send) and branched; 0 = TASK_EXPIRE_S (24 h).
    - `task_otherwise`: the branch when nobody confirmed in time, or WeCom did not deliver (not a
      friend, receipt limit): "skip" (the default, ""): settled `expired:<reason>`; "wait": parked for
      the member's next interaction (park_ttl_s); a route name (e.g. "oa_custom"): the delivery is queued
      again with that route alone, under the same idempotency key.
    Zeros and "" are the defaults, so a delivery that does not use them carries none of them.
    """

    welcome_code: str = ""  # WeCom add_external_contact / kf enter_session: one welcome, ~20 s
    welcome_code_at: int = 0  # epoch s of the callback that carried welcome_code: its ~20 s count from here
    response_url: str = ""  # intelligent bot: one POST, valid 1 h from `response_url_at`
    response_url_at: int = 0  # epoch s of the callback that carried response_url
    chat_id: str = ""  # the group a reply belongs to
    agent_id: str = ""  # the WeCom app the callback came to
    staff_id: str = ""  # the WeCom member of a customer-contact event
    in_reply_to: str = ""  # the callback's dedupe key
    open_kfid: str = ""  # the kf account that replies
    robot: str = ""  # the group robot's name (config/groups.yaml robot_key_env)
    park_ttl_s: int = 0  # how long a delivery no route can carry may wait for the member; 0 = the default
    task_remind_s: int = 0  # wecom_task: remind the staff member this long after creation; 0 = TASK_REMIND_S
    task_expire_s: int = 0  # wecom_task: cancel and branch this long after creation; 0 = TASK_EXPIRE_S
    task_otherwise: str = ""  # wecom_task: "skip" (or ""), "wait", or a route name to try instead

    @property
    def task_timing(self) -> tuple[int, int]:
        """(remind after, expire after) in seconds from the task's creation, defaults applied."""
        return self.task_remind_s or TASK_REMIND_S, self.task_expire_s or TASK_EXPIRE_S

    def to_data(self) -> dict[str, str | int]:
        """Only what is set, so job arguments stay small."""
        return {name: value for name, value in asdict(self).items() if value}

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DeliveryContext:
        """Reads what to_data wrote (numbers may arrive as text from older jobs); ignores unknown names."""
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = data.get(spec.name)
            if value in (None, ""):
                continue
            values[spec.name] = int(value) if isinstance(spec.default, int) else str(value)
        return cls(**values)


# Purposes sent even to opted-out members (Delivery.answers_member): a handoff answers the member's own request
# for a person (its notification goes to staff, its kf transfer moves the member's own session).
ANSWERS_MEMBER = frozenset({"reply", "welcome", "handoff"})


@dataclass(frozen=True, kw_only=True)
class Delivery:
    """One outbound message for one recipient, with the key that makes sending it idempotent.

    `key` names purpose, member, item and step (e.g. `reply:<callback>:1`, `seq:<id>:<member>:3`);
    the delivery ledger refuses a key it has already sent. `context` carries what the platform
    hands us for replying (DeliveryContext), never secrets.
    `attachments` ride along with `message` on routes that send a text plus attachments in one
    call (WeCom send_welcome_msg, add_msg_template); other routes send them after it, in order.
    Purpose "reply", "welcome" and "handoff" (the staff notification and kf transfer of a handoff the
    member asked for), and any delivery whose context names the callback it answers (`in_reply_to`),
    answer the member's own action; everything else is proactive and is never sent to an opted-out
    member (`answers_member`).
    """

    brand: str
    channel: str
    account: str
    member_id: str
    user_id: str
    message: Outbound
    key: str
    attachments: tuple[Outbound, ...] = ()
    purpose: str
    queue: Queue = Queue.HIGH
    routes: tuple[str, ...] = ()  # acceptable routes in order of preference; () = channel default
    context: DeliveryContext = DeliveryContext()

    @property
    def answers_member(self) -> bool:
        """Sent even to an opted-out member: a purpose that answers them, or any reply to a callback of theirs
        (the pipeline names a reply's purpose after its handler, "qa" or "shop", and sets in_reply_to)."""
        return self.purpose in ANSWERS_MEMBER or bool(self.context.in_reply_to)

    def to_data(self) -> dict[str, Any]:
        return {
            "brand": self.brand, "channel": self.channel, "account": self.account,
            "member_id": self.member_id, "user_id": self.user_id, "message": to_data(self.message),
            "attachments": [to_data(a) for a in self.attachments],
            "key": self.key, "purpose": self.purpose, "queue": str(self.queue),
            "routes": list(self.routes), "context": self.context.to_data(),
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Delivery:
        return cls(
            brand=data["brand"], channel=data["channel"], account=data["account"],
            member_id=data["member_id"], user_id=data["user_id"], message=from_data(data["message"]),
            attachments=tuple(from_data(a) for a in data.get("attachments", ())),
            key=data["key"], purpose=data["purpose"], queue=Queue(data.get("queue", "high")),
            routes=tuple(data.get("routes", ())), context=DeliveryContext.from_data(data.get("context") or {}),
        )
