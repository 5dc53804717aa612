"""The sandbox's side of WeChat: plays followers, customers and group members, and keeps what each exchange was.

Every action takes the real path: a callback is signed and encrypted by the simulator and posted over HTTP to the
bot's own webhook; a click is a GET of the bot's `/l/<code>`; the clock moves through `POST /_sandbox/clock`;
WeChat's part of an event (a follow recorded, a WelcomeCode issued, a kf message queued, a staff member
confirming a mass send) is a call to the fake WeChat API over HTTP. What the bot sent is read back from the
fake's record (`/_fake/requests`) and drawn per chat by `chats.py`. Nothing here sends on the bot's behalf.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests

from bot.content.model import Group
from bot.sandbox.chats import Directory, bubbles, chat_key, news_part, tracking
from bot.sandbox.events import DEFAULT_KF_ACCOUNT, DEFAULT_STAFF, FakeApi, Played, kf_message, parse_event, play
from bot.sandbox.simulator import SimulatedReply, Simulator, Transport
from bot.settings import Brand
from bot.tracking.shorten import campaign_of

MAX_EXCHANGES = 500  # the raw view keeps the newest; older ones are dropped from the page, never from the bot
MAX_TEXT = 2000  # a follower's message: WeChat allows ~2,048 characters in a text message
CHANNELS = ("oa", "kf", "wecom")
NAME_RE = re.compile(r"[\w\u4e00-\u9fff ·-]{1,24}\Z")


class ActionError(ValueError):
    """An action the sandbox cannot play as asked; the page shows the message (HTTP 400, or `status`)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Persona:
    """Someone the newcomer plays: one 1:1 chat on `channel`, plus the WeCom customer id they have in groups."""

    key: str  # short, stable: p1, p2...
    name: str
    channel: str  # oa | kf | wecom
    user: str  # openid (oa) or external_userid (kf, wecom)
    group_user: str  # their external_userid when they join or @-mention in a group

    @property
    def chat(self) -> str:
        return chat_key(self.channel, self.user)


@dataclass
class Exchange:
    """One action and what it took: the request as posted, decrypted, the reply before and after decryption,
    and the fake's record numbers around it (the API calls it caused are those after `seq_before`)."""

    id: int
    chat: str
    action: str  # what the follower did, in words
    said: str = ""  # the text they typed, drawn as their bubble
    at: str = ""
    seq_before: int = 0
    seq_after: int = 0
    request: dict[str, Any] = field(default_factory=dict)  # method, url, body (as posted)
    decrypted: str = ""
    status: int = 0
    reply_raw: str = ""
    reply_plain: str = ""
    reply_text: str = ""
    reply_parts: list[dict[str, Any]] = field(default_factory=list)  # the passive reply as the page draws it
    notes: list[str] = field(default_factory=list)


class _RecordingTransport:
    """Posts over HTTP and keeps what went and came back, for the raw view."""

    def __init__(self, post: Transport) -> None:
        self.post = post
        self.sent: list[tuple[str, bytes, int, bytes]] = []

    def __call__(self, path: str, body: bytes) -> tuple[int, bytes]:
        status, reply = self.post(path, body)
        self.sent.append((path, body, status, reply))
        return status, reply


class _SandboxFake(FakeApi):
    """The fake WeChat API client, noting the WelcomeCodes it asks for so a welcome lands in the right chat."""

    def __init__(self, origin: str, session: Any, directory: Directory) -> None:
        super().__init__(origin, session)
        self.directory = directory

    def welcome_code(self, *, staff: str, customer: str, corp_id: str) -> str:
        code = super().welcome_code(staff=staff, customer=customer, corp_id=corp_id)
        self.directory.welcome_codes[code] = customer
        return code


class Playground:
    """The sandbox's state: personas, exchanges, and the fake's record read so far. Thread-safe: the demo serves
    the page on several threads."""

    def __init__(self, *, brand: Brand, groups: Sequence[Group], robot_keys: Mapping[str, str], fake_origin: str,
                 wait: Callable[[], object] = lambda: None, set_up: Callable[[], object] = lambda: None) -> None:
        self.brand = brand
        self.groups = list(groups)
        self.fake_origin = fake_origin.rstrip("/")
        self.base_url = ""  # set once the web server listens (its port may be picked at start)
        self.wait = wait  # until the in-process worker has sent what an action queued
        self.set_up = set_up  # what the brand set at WeChat once (its menu bar): done again after a reset
        self.lock = threading.RLock()
        self.session = requests.Session()
        self.robot_keys = dict(robot_keys)
        self._fresh()

    def _fresh(self) -> None:
        self.directory = Directory(robot_groups={k: g for k, g in self.robot_keys.items()})
        self.exchanges: list[Exchange] = []
        self.records: list[dict[str, Any]] = []
        self.last_seq = 0
        self.ids = itertools.count(1)
        self.personas: dict[str, Persona] = {}
        self.clicked: set[str] = set()  # page paths and links the newcomer opened
        for name, channel in (("小美 Mei", "oa"), ("阿杰 Jay", "kf"), ("Lily 莉莉", "wecom")):
            self.add_persona(name, channel)

    # -- personas ------------------------------------------------------------------------------------------------
    def add_persona(self, name: str, channel: str) -> Persona:
        name = (name or "").strip()
        if channel not in CHANNELS:
            raise ActionError(f"channel must be one of {', '.join(CHANNELS)}")
        if not NAME_RE.match(name):
            raise ActionError("a name is 1-24 letters, digits, spaces or Chinese characters")
        with self.lock:
            number = len(self.personas) + 1
            key = f"p{number}"
            tail = f"Sbx{number:03d}{abs(hash(name)) % 10**6:06d}"
            user = {"oa": f"oSandbox{tail}", "kf": f"wmKf{tail}", "wecom": f"wmCt{tail}"}[channel]
            persona = Persona(key=key, name=name, channel=channel, user=user, group_user=f"wmGp{tail}")
            self.personas[key] = persona
            return persona

    def persona(self, key: Any) -> Persona:
        found = self.personas.get(str(key))
        if found is None:
            raise ActionError(f"no persona {key!r}: pick one of {', '.join(self.personas)}", 404)
        return found

    def group(self, group_id: Any) -> Group:
        for group in self.groups:
            if group_id in (group.id, group.chat_id):
                return group
        raise ActionError(f"no group {group_id!r} in config/groups.yaml", 404)

    # -- actions (each one exchange) -----------------------------------------------------------------------------
    def say(self, persona: Persona, text: Any, *, menu_id: str = "") -> Exchange:
        """The follower types `text` (or taps a menu item: `menu_id`, WeChat's bizmsgmenuid) in their 1:1 chat."""
        text = _text(text)
        if persona.channel == "wecom":
            raise ActionError("WeCom does not pass a customer's messages to the bot (only its own app's): the bot "
                              "speaks here by welcome and staff-confirmed tasks. Use an Official Account or kf "
                              "persona.")
        action = f"tapped menu item {menu_id}: {text}" if menu_id else "sent a message"
        with self._exchange(persona.chat, action, said=text) as (exchange, simulator, fake):
            if persona.channel == "kf":
                self._note(exchange, kf_message(simulator, persona.user, fake, text, open_kfid=DEFAULT_KF_ACCOUNT))
            else:
                extra = {"bizmsgmenuid": menu_id} if menu_id else {}
                self._reply(exchange, simulator.post_oa(simulator.oa_fields(
                    persona.user, MsgType="text", Content=text, MsgId=_msg_id(), **extra)))
        return exchange

    def mention(self, persona: Persona, group: Group, text: Any) -> Exchange:
        """A group member @-mentions the bot (the WeCom intelligent bot's JSON callback)."""
        text = _text(text)
        chat = chat_key("group", group.chat_id)
        with self._exchange(chat, f"{persona.name} @-mentioned the bot", said=f"{persona.name}: @bot {text}") as (
                exchange, simulator, _):
            self._reply(exchange, simulator.group_mention(persona.group_user, text, chat_id=group.chat_id))
        return exchange

    def event(self, persona: Persona, name: str, argument: str = "") -> Exchange:
        """follow (scene), unfollow, contact-added (State), group-join (group id), kf-enter: WeChat's side at the
        fake, then the signed callback."""
        allowed = {"oa": ("subscribe", "unsubscribe", "scan", "menu-click", "menu-view", "menu-miniprogram"),
                   "kf": ("kf-enter",),
                   "wecom": ("contact-added",)}
        argument = (argument or "").strip()
        if name == "subscribe" and argument:
            name = "scan"  # a follow by a channel QR code: subscribe carrying qrscene_<scene>
        if name == "group-join":
            group = self.group(argument)
            chat, user, argument = chat_key("group", group.chat_id), persona.group_user, group.id
        elif name in allowed[persona.channel]:
            chat, user = persona.chat, persona.user
        else:
            raise ActionError(f"{name} is not an event of a {persona.channel} chat")
        try:
            spec = parse_event(f"{name}:{argument}" if argument else name)  # the limits `siyu simulate` keeps
        except ValueError as error:
            raise ActionError(str(error)) from None
        with self._exchange(chat, _event_words(persona, name, argument)) as (exchange, simulator, fake):
            self._note(exchange, play(spec, simulator, user=user, fake=fake, groups=self.groups))
        return exchange

    def menu(self) -> dict[str, Any] | None:
        """The Official Account's menu bar as its followers' WeChat shows it: what menu/create set at the fake
        (`siyu menu publish`, which the demo runs at start), None when the account has none."""
        if self.brand.oa is None:
            return None
        return FakeApi(self.fake_origin, self.session).menu(self.brand.oa.appid)

    def open_link(self, chat: str, url: Any) -> Exchange:
        """The follower taps a link or a news card: a tracked `/l/<code>` is fetched from the bot (not followed
        further: the target is the brand's site), so the click is counted where the bot counts it."""
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise ActionError("give the link's url")
        with self._exchange(chat, f"tapped a link: {url}") as (exchange, _, _):
            self._get(exchange, url)
        return exchange

    def open_card(self, chat: str, appid: str, page: str, *, links: Any, content: Any) -> Exchange:
        """The follower taps a Mini Program card. The sandbox has no Mini Program, so it opens the card's tracked
        web page instead: the same `/l/<code>` the card got for routes without cards (one per member and target),
        so the tap is counted by the bot's own `/l/` path, as the brand's page would count the opening."""
        from handlers.links import product_for_page

        path, _, query = (page or "").partition("?")
        own = [p for p in query.split("&") if p and not p.startswith("sy_")]
        tracked = "&".join(p for p in query.split("&") if p.startswith("sy_"))
        product = product_for_page(content, appid, path + ("?" + "&".join(own) if own else ""))
        member = tracking(page).get("sy_m", "")
        with self._exchange(chat, f"tapped the Mini Program card {path}") as (exchange, _, _):
            if product is None or not product.url or not member:
                exchange.notes.append("no tracked web page is known for this card: nothing counted")
            else:
                parts = urlsplit(product.url)
                url = urlunsplit((parts.scheme, parts.netloc, parts.path,
                                  f"{parts.query}&{tracked}" if parts.query else tracked, parts.fragment))
                [code] = links.codes_for(self.brand.name, [(url, member, campaign_of(url))])
                self._get(exchange, f"{self.base_url}/l/{code}")
                if exchange.status == 302:
                    self.clicked.add(page)
        return exchange

    def confirm_task(self, chat: str, msgid: str, track: Callable[[], object]) -> Exchange:
        """The staff member taps "send" on a mass-send task in WeCom; the bot learns it by tracking its tasks."""
        if not re.fullmatch(r"[\w-]{1,128}", msgid or ""):
            raise ActionError("give the task's msgid")
        with self._exchange(chat, f"staff {DEFAULT_STAFF} confirmed mass-send task {msgid} in WeCom") as (
                exchange, _, _):
            answer = self.session.post(f"{self.fake_origin}/_fake/wecom/tasks/{msgid}/confirm", json={}, timeout=10)
            exchange.request = {"method": "POST", "url": answer.request.url, "body": "{}"}
            exchange.status, exchange.reply_raw = answer.status_code, answer.text
            if answer.ok:
                track()
        return exchange

    def clock(self, advance_s: float) -> Exchange:
        """Move the demo's clock through `POST /_sandbox/clock` (it runs what came due, and waits for it)."""
        with self._exchange("*", f"moved the clock {_duration(advance_s)} ahead") as (exchange, _, _):
            url = f"{self.base_url}/_sandbox/clock"
            answer = self.session.post(url, json={"advance_s": advance_s}, timeout=120)
            exchange.request = {"method": "POST", "url": url, "body": f'{{"advance_s": {advance_s}}}'}
            exchange.status, exchange.reply_raw = answer.status_code, answer.text
            exchange.reply_text = answer.json().get("now", "") if answer.ok else ""
        return exchange

    def reset(self, wipe: Callable[[], object]) -> None:
        """A fresh community: the bot's data wiped (`wipe`), the fake's record and codes forgotten, new personas.
        The clock keeps its time: it only moves forward."""
        with self.lock:
            self.wait()
            wipe()
            self.session.post(f"{self.fake_origin}/_fake/reset", json={}, timeout=10).raise_for_status()
            self.set_up()
            self._fresh()

    # -- reading ---------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the fake's new records (only those after the last seen)."""
        with self.lock:
            answer = self.session.get(f"{self.fake_origin}/_fake/requests", params={"since": self.last_seq},
                                      timeout=10).json()
            self.records.extend(answer["requests"])
            self.last_seq = int(answer["last_seq"])

    def chats(self) -> dict[str, list[dict[str, Any]]]:
        """Every chat's items, in order: what the follower did (`me`), the passive reply (`bot`), what the API
        carried (`api`), and clock moves (`clock`, in every chat)."""
        self.refresh()
        with self.lock:
            items: dict[str, list[dict[str, Any]]] = {}
            for bubble in bubbles(self.records, self.directory):
                items.setdefault(bubble["chat"], []).append({"kind": "api", "order": (bubble["seq"] or 0, 0, 0, 0),
                                                            **bubble})
            clocks = []
            for exchange in self.exchanges:
                if exchange.chat == "*":
                    clocks.append({"kind": "clock", "order": (exchange.seq_before, 1, exchange.id, 0),
                                   "exchange": exchange.id, "text": exchange.action, "now": exchange.reply_text})
                    continue
                thread = items.setdefault(exchange.chat, [])
                thread.append({"kind": "me", "order": (exchange.seq_before, 1, exchange.id, 0),
                               "exchange": exchange.id, "text": exchange.said, "action": exchange.action,
                               "at": exchange.at, "status": exchange.status, "notes": exchange.notes})
                if exchange.reply_text:
                    thread.append({"kind": "bot", "order": (exchange.seq_before, 1, exchange.id, 1),
                                   "exchange": exchange.id, "via": "passive reply", "text": exchange.reply_text,
                                   "parts": exchange.reply_parts})
            for thread in items.values():
                thread.sort(key=lambda item: item["order"])
                first = thread[0]["order"]  # a chat shows the clock moves since it began
                thread.extend(c for c in clocks if c["order"] > first)
                thread.sort(key=lambda item: item["order"])
            return items

    def exchange(self, exchange_id: int) -> dict[str, Any]:
        """One exchange with the API calls made while it ran (everything the fake recorded in between)."""
        self.refresh()
        with self.lock:
            found = next((e for e in self.exchanges if e.id == exchange_id), None)
            if found is None:
                raise ActionError(f"no exchange {exchange_id}", 404)
            calls = [r for r in self.records if found.seq_before < r["seq"] <= found.seq_after]
            return asdict(found) | {"api_calls": calls}

    def summaries(self) -> list[dict[str, Any]]:
        with self.lock:
            return [{"id": e.id, "chat": e.chat, "action": e.action, "at": e.at, "status": e.status,
                     "calls": e.seq_after - e.seq_before} for e in self.exchanges[-100:]]

    # -- plumbing ---------------------------------------------------------------------------------------------------
    def _exchange(self, chat: str, action: str, *, said: str = "") -> _ExchangeScope:
        if not self.base_url:
            raise ActionError("the sandbox is not serving yet", 503)
        return _ExchangeScope(self, chat, action, said)

    def _simulator(self, transport: Transport) -> Simulator:
        return Simulator(brand=self.brand.name, oa=self.brand.oa, wecom=self.brand.wecom,
                         group_bot=self.brand.group_bot, transport=transport, now=self._server_now)

    def _server_now(self) -> int:
        """The bot's clock (the demo's may be days ahead): a callback signed with the wall clock would be stale."""
        answer = self.session.get(f"{self.base_url}/_sandbox/clock", timeout=10).json()
        return int(datetime.fromisoformat(answer["now"]).timestamp())

    def _seq(self) -> int:
        answer = self.session.get(f"{self.fake_origin}/_fake/requests", params={"limit": 1}, timeout=10).json()
        return int(answer["last_seq"])

    @staticmethod
    def _reply(exchange: Exchange, reply: SimulatedReply) -> None:
        exchange.status = reply.status
        exchange.reply_raw = reply.body.decode("utf-8", "replace")
        exchange.reply_plain = reply.plaintext
        exchange.reply_text = reply.text
        exchange.reply_parts = [news_part(reply.articles)] if reply.articles else [{"type": "text", "text": reply.text}]

    def _note(self, exchange: Exchange, played: Played) -> None:
        self._reply(exchange, played.reply)
        exchange.notes.extend([played.sent, *played.notes])

    def _get(self, exchange: Exchange, url: str) -> None:
        answer = self.session.get(url, allow_redirects=False, timeout=10)
        exchange.request = {"method": "GET", "url": url, "body": ""}
        exchange.status = answer.status_code
        exchange.reply_raw = f"HTTP {answer.status_code}\nLocation: {answer.headers.get('Location', '')}"
        exchange.reply_text = ""
        exchange.notes.append(f"→ {answer.headers.get('Location', '(no redirect)')}" if answer.status_code == 302
                              else f"the bot answered HTTP {answer.status_code}")
        if answer.status_code == 302 and "/l/" in url:
            self.clicked.add(url)


class _ExchangeScope:
    """`with playground._exchange(...) as (exchange, simulator, fake)`: records the request, the fake's numbers
    before and after, and waits for the worker, whatever the action."""

    def __init__(self, playground: Playground, chat: str, action: str, said: str) -> None:
        self.playground = playground
        self.exchange = Exchange(id=0, chat=chat, action=action, said=said)
        self.transport = _RecordingTransport(_http_post(playground.session, playground.base_url))

    def __enter__(self) -> tuple[Exchange, Simulator, FakeApi]:
        playground = self.playground
        playground.lock.acquire()
        try:
            playground.wait()
            self.exchange.id = next(playground.ids)
            self.exchange.seq_before = playground._seq()
            self.exchange.at = datetime.fromtimestamp(playground._server_now(), UTC).isoformat(timespec="seconds")
        except BaseException:
            playground.lock.release()
            raise
        fake = _SandboxFake(playground.fake_origin, playground.session, playground.directory)
        return self.exchange, playground._simulator(self.transport), fake

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: Any) -> None:
        playground = self.playground
        try:
            if kind is None:
                playground.wait()
                self.exchange.seq_after = playground._seq()
                if self.transport.sent:
                    path, body, _, _ = self.transport.sent[-1]
                    self.exchange.request = {"method": "POST", "url": playground.base_url + path,
                                             "body": body.decode("utf-8", "replace")}
                    simulator = playground._simulator(self.transport)
                    try:
                        self.exchange.decrypted = simulator.open_request(path, body)
                    except (ValueError, KeyError) as failure:
                        self.exchange.decrypted = f"(could not open: {failure})"
                playground.exchanges.append(self.exchange)
                del playground.exchanges[:-MAX_EXCHANGES]
        finally:
            playground.lock.release()


def _http_post(session: requests.Session, base_url: str) -> Transport:
    def post(path: str, body: bytes) -> tuple[int, bytes]:
        content_type = "application/json" if "/group-bot" in path.split("?")[0] else "text/xml"
        answer = session.post(base_url + path, data=body, timeout=30, headers={"Content-Type": content_type})
        return answer.status_code, answer.content

    return post


_IDS = itertools.count(int(time.time() * 1000) * 1000 + 500_000)  # MsgIds: unique across demo restarts


def _msg_id() -> int:
    return next(_IDS)


def _text(text: Any) -> str:
    if not isinstance(text, str) or not text.strip():
        raise ActionError("type something first")
    if len(text) > MAX_TEXT:
        raise ActionError(f"a WeChat text message is at most {MAX_TEXT} characters here")
    return text


def _event_words(persona: Persona, name: str, argument: str) -> str:
    return {
        "subscribe": f"{persona.name} followed the Official Account",
        "scan": f"{persona.name} scanned channel QR code {argument!r}",
        "unsubscribe": f"{persona.name} unfollowed",
        "menu-click": f"{persona.name} tapped a menu button (key {argument})",
        "menu-view": f"{persona.name} tapped a menu button opening {argument}",
        "menu-miniprogram": f"{persona.name} tapped a menu button opening Mini Program page {argument}",
        "contact-added": f"{persona.name} added staff {DEFAULT_STAFF} in WeCom" + (f" (State {argument})"
                                                                                  if argument else ""),
        "group-join": f"{persona.name} joined group {argument}",
        "kf-enter": f"{persona.name} opened the customer service chat" + (f" (scene {argument})" if argument else ""),
    }.get(name, name)


def _duration(seconds: float) -> str:
    """86400 -> "1 d", 54928 -> "15 h 15 min": how far the clock moved, as a person says it."""
    total = int(seconds)
    days, rest = divmod(total, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    words = [f"{days} d" if days else "", f"{hours} h" if hours else "", f"{minutes} min" if minutes else ""]
    return " ".join(w for w in words if w) or f"{total} s"
