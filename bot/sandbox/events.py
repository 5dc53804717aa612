"""The platform events `siyu simulate --event` plays: which channel each belongs to, how its name is
written on the command line, and what WeChat's side does around it (the follow it records, the
WelcomeCode it issues) before the simulator posts the signed callback to the real webhook.

The follow state and the WelcomeCode live in the fake WeChat API (`FakeApi`), the stand-in for
WeChat's servers: WeChat knows who follows and issues the code that send_welcome_msg then accepts,
so the simulator asks the fake rather than making either up.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.content.model import Group
from bot.sandbox.simulator import SimulatedReply, Simulator

# Each event's channel: Official Account events on "oa", customer-contact events on "wecom".
EVENT_CHANNELS = {"subscribe": "oa", "unsubscribe": "oa", "scan": "oa", "menu-click": "oa", "menu-view": "oa",
                  "menu-miniprogram": "oa", "contact-added": "wecom", "group-join": "wecom", "kf-enter": "kf"}
EVENT_FORMS = ("subscribe, unsubscribe, scan:SCENE, menu-click:KEY, menu-view:URL, menu-miniprogram:PAGE, "
               "contact-added[:STATE], group-join[:GROUP[:STATE]], kf-enter[:SCENE]")
# A page button's event (published samples oa_event_view.xml, oa_event_view_miniprogram.xml): EventKey is the URL
# or the Mini Program page; the follower is on that page by then.
MENU_PAGE_EVENTS = {"menu-view": "VIEW", "menu-miniprogram": "view_miniprogram"}
# Limits of the values WeChat carries (docs/platform.md §1.6 and §7): a QR scene_str is 1-64 characters,
# a 「联系我」 state at most 30.
MAX_SCENE, MAX_STATE = 64, 30

# Who plays the parts when --user is not given: an openid for the Official Account, an external userid
# (wm...) for a WeCom customer, and the doc sample's staff member who adds them.
DEFAULT_FOLLOWER = "o_demo_follower"
DEFAULT_CUSTOMER = "wmDemoNewcomer01"
DEFAULT_STAFF = "zhangsan"
DEFAULT_KF_CUSTOMER = "wmDemoKfCustomer01"
DEFAULT_KF_ACCOUNT = "wkSiyuDemoKf000001"  # the demo's WeChat customer service account (open_kfid)


@dataclass(frozen=True)
class EventSpec:
    """One `--event` value: its name and what follows the colon (scene, state or group)."""

    name: str
    argument: str = ""

    @property
    def channel(self) -> str:
        return EVENT_CHANNELS[self.name]

    @property
    def default_user(self) -> str:
        return {"oa": DEFAULT_FOLLOWER, "kf": DEFAULT_KF_CUSTOMER}.get(self.channel, DEFAULT_CUSTOMER)


def parse_event(value: str) -> EventSpec:
    """The spec, or ValueError with the one line that says what to write instead."""
    name, colon, argument = value.strip().partition(":")
    argument = argument.strip()
    if name not in EVENT_CHANNELS:
        raise ValueError(f"unknown event {value!r}: use one of {EVENT_FORMS}")
    if name in ("subscribe", "unsubscribe") and colon:
        raise ValueError(f"{name} takes no ':...'; a follow by a QR code is --event scan:SCENE")
    if name == "menu-click" and not argument:
        raise ValueError("menu-click needs the menu button's key: --event menu-click:KEY (e.g. menu-click:say:教程; "
                         "`siyu menu show` lists the keys)")
    if name in MENU_PAGE_EVENTS and not argument:
        raise ValueError(f"{name} needs what the button opens: --event {name}:"
                         + ("URL" if name == "menu-view" else "PAGE (e.g. pages/index/index)"))
    if name == "scan" and not argument:
        raise ValueError("scan needs the QR code's scene: --event scan:SCENE (e.g. scan:spring-fair)")
    if name == "scan" and len(argument) > MAX_SCENE:
        raise ValueError(f"a QR scene is at most {MAX_SCENE} characters (scene_str)")
    if name == "contact-added" and len(argument) > MAX_STATE:
        raise ValueError(f"a contact way's State is at most {MAX_STATE} characters")
    if name == "group-join" and len(argument.partition(":")[2]) > MAX_STATE:
        raise ValueError(f"a join way's state is at most {MAX_STATE} characters")
    return EventSpec(name, argument)


class FakeApi:
    """The fake WeChat API's control endpoints (`/_fake/...`) that play WeChat's side of an event."""

    def __init__(self, origin: str, session: Any) -> None:
        self.origin = origin.rstrip("/")
        self.session = session

    def requests_url(self, path: str = "") -> str:
        """Where to see what the bot sent through the API (all of it, or one path's calls)."""
        return f"{self.origin}/_fake/requests" + (f"?path={path}" if path else "")

    def follows(self, openid: str) -> bool:
        """True once a follow was recorded for `openid` and no unfollow since."""
        answer = self.session.get(f"{self.origin}/_fake/users", params={"openid": openid}, timeout=10)
        answer.raise_for_status()
        return answer.json().get("subscribe") == 1

    def menu(self, appid: str) -> dict[str, Any] | None:
        """The menu bar the account's followers see (`{"button": [...]}` as menu/create set it), or None."""
        answer = self.session.get(f"{self.origin}/_fake/menus", params={"appid": appid}, timeout=10)
        answer.raise_for_status()
        menu = answer.json().get("menu")
        return menu if isinstance(menu, dict) else None

    def record_follow(self, openid: str, *, following: bool) -> None:
        """WeChat learns of a follow or unfollow before it posts the event; after an unfollow, sends to
        that openid answer 43004 as on the platform."""
        self.session.post(f"{self.origin}/_fake/users", json={"openid": openid, "subscribe": int(following)},
                          timeout=10).raise_for_status()

    def join_group(self, *, chat_id: str, customer: str, state: str) -> None:
        """WeChat records the join (and the join way's state, which groupchat/get reports) before the callback."""
        self.session.post(f"{self.origin}/_fake/groupchats/members", timeout=10,
                          json={"chat_id": chat_id, "userid": customer, "state": state}).raise_for_status()

    def welcome_code(self, *, staff: str, customer: str, corp_id: str) -> str:
        """The WelcomeCode an add_external_contact event carries (valid 20 s, once)."""
        answer = self.session.post(f"{self.origin}/_fake/welcome_codes", timeout=10,
                                   json={"userid": staff, "external_userid": customer, "corpid": corp_id})
        answer.raise_for_status()
        return str(answer.json()["welcome_code"])

    def queue_kf(self, message: dict[str, Any], *, corp_id: str) -> str:
        """Hand WeChat customer service a customer's message or event for kf/sync_msg; the Token its
        kf_msg_or_event callback carries."""
        answer = self.session.post(f"{self.origin}/_fake/kf_messages", timeout=10,
                                   json={"messages": [message], "corpid": corp_id})
        answer.raise_for_status()
        return str(answer.json()["token"])


@dataclass(frozen=True)
class Played:
    """What was posted (one line), the bot's passive reply, and where to see what it sends later."""

    sent: str
    reply: SimulatedReply
    notes: tuple[str, ...] = ()


def play(spec: EventSpec, simulator: Simulator, *, user: str, fake: FakeApi | None,
         groups: Sequence[Group] = (), mode: str = "safe") -> Played:
    """Do WeChat's part of the event (with the fake, when there is one) and post its callback."""
    if spec.name == "subscribe":
        return _follow(simulator, user, fake, scene="", mode=mode)
    if spec.name == "scan":
        if fake is not None and fake.follows(user):
            reply = simulator.oa_scan(user, spec.argument, mode=mode)
            return Played(f"SCAN (EventKey {spec.argument}, a follower scanning the QR code) from {user}", reply,
                          _api_note(fake, ""))
        return _follow(simulator, user, fake, scene=spec.argument, mode=mode)
    if spec.name == "unsubscribe":
        if fake is not None:
            fake.record_follow(user, following=False)
        return Played(f"unsubscribe from {user}", simulator.oa_unsubscribe(user, mode=mode))
    if spec.name == "menu-click":
        reply = simulator.oa_event(user, "CLICK", mode=mode, EventKey=spec.argument)
        return Played(f"CLICK (menu item {spec.argument}) from {user}", reply, _api_note(fake, ""))
    if spec.name in MENU_PAGE_EVENTS:
        event = MENU_PAGE_EVENTS[spec.name]
        reply = simulator.oa_event(user, event, mode=mode, EventKey=spec.argument)
        return Played(f"{event} (menu button opening {spec.argument}) from {user}", reply, _api_note(fake, ""))
    if spec.name == "contact-added":
        return _contact_added(simulator, user, fake, state=spec.argument)
    if spec.name == "kf-enter":
        return kf_enter(simulator, user, _need_fake(fake), scene=spec.argument)
    where, _colon, state = spec.argument.partition(":")
    return _group_join(simulator, user, fake, *_group(where, groups), state=state)


def _follow(simulator: Simulator, user: str, fake: FakeApi | None, *, scene: str, mode: str) -> Played:
    if fake is not None:
        fake.record_follow(user, following=True)
    reply = simulator.oa_subscribe(user, scene=scene, mode=mode)
    how = f" (EventKey qrscene_{scene} with its Ticket: scanned the QR code while not following)" if scene else ""
    return Played(f"subscribe{how} from {user}", reply, _api_note(fake, ""))


def _contact_added(simulator: Simulator, user: str, fake: FakeApi | None, *, state: str) -> Played:
    state_note = f", State {state}" if state else ""
    if fake is None or simulator.wecom is None:
        reply = simulator.wecom_contact_added(user, staff=DEFAULT_STAFF, state=state)
        return Played(f"change_external_contact / add_external_contact: {user} added {DEFAULT_STAFF}"
                      f"{state_note}, no WelcomeCode", reply,
                      ("no fake WeChat API to issue a WelcomeCode (give --fake ORIGIN), so the bot may only "
                       "tag this contact: WeCom allows no welcome without a code",))
    code = fake.welcome_code(staff=DEFAULT_STAFF, customer=user, corp_id=simulator.wecom.corp_id)
    reply = simulator.wecom_contact_added(user, staff=DEFAULT_STAFF, state=state, welcome_code=code)
    return Played(f"change_external_contact / add_external_contact: {user} added {DEFAULT_STAFF}{state_note}, "
                  f"WelcomeCode {code}", reply,
                  (f"the welcome goes out by send_welcome_msg within 20 s: "
                   f"{fake.requests_url('/cgi-bin/externalcontact/send_welcome_msg')}",))


def _group_join(simulator: Simulator, user: str, fake: FakeApi | None, chat_id: str,
                group: Group | None, *, state: str = "") -> Played:
    if fake is not None:
        fake.join_group(chat_id=chat_id, customer=user, state=state)
    reply = simulator.wecom_group_join(chat_id, [user])
    if group is None:
        notes: tuple[str, ...] = (f"{chat_id} is not a group of config/groups.yaml: the bot has no robot there",)
    elif fake is not None:
        notes = (f"customer groups cannot be answered; the group's robot posts the welcome: "
                 f"{fake.requests_url('/cgi-bin/webhook/send')}",)
    else:
        notes = ()
    how = f" by a join way with state {state}" if state else ""
    return Played(f"change_external_chat / update / add_member: {user} joined {chat_id} (JoinScene 3, by QR code"
                  f"{how})", reply, notes)


def _group(argument: str, groups: Sequence[Group]) -> tuple[str, Group | None]:
    """The chat a group-join names (a groups.yaml id or chat id, else the first configured group) and
    its group; any other chat id is posted as given, as WeCom would for a group the bot does not serve."""
    for group in groups:
        if argument in (group.id, group.chat_id):
            return group.chat_id, group
    if argument:
        return argument, None
    if not groups:
        raise ValueError("config/groups.yaml lists no group: give --event group-join:CHAT_ID")
    return groups[0].chat_id, groups[0]


def _api_note(fake: FakeApi | None, path: str) -> tuple[str, ...]:
    return (f"what the bot sends later (sequence steps, cards): {fake.requests_url(path)}",) \
        if fake is not None else ()


def kf_message(simulator: Simulator, user: str, fake: FakeApi, text: str, *,
               open_kfid: str = DEFAULT_KF_ACCOUNT) -> Played:
    """A customer writes to the WeChat customer service account: WeChat queues the message for sync_msg
    and posts a kf_msg_or_event callback; the bot pulls and answers by kf/send_msg (no passive reply)."""
    corp_id = simulator.wecom.corp_id if simulator.wecom else ""
    token = fake.queue_kf({"open_kfid": open_kfid, "external_userid": user, "msgtype": "text",
                           "text": {"content": text}}, corp_id=corp_id)
    reply = simulator.kf_notice(token, open_kfid)
    return Played(f"kf_msg_or_event (Token {token}) announcing {user}'s message to {open_kfid}", reply,
                  (f"the bot pulls it with kf/sync_msg and answers by kf/send_msg: "
                   f"{fake.requests_url('/cgi-bin/kf/send_msg')}",))


def kf_enter(simulator: Simulator, user: str, fake: FakeApi, *, scene: str = "",
             open_kfid: str = DEFAULT_KF_ACCOUNT) -> Played:
    """A customer opens the customer service chat (enter_session, with the scene of the link or code they
    came by): WeChat issues a welcome_code that kf/send_msg_on_event accepts within 20 s."""
    corp_id = simulator.wecom.corp_id if simulator.wecom else ""
    token = fake.queue_kf({"open_kfid": open_kfid, "external_userid": user, "msgtype": "event",
                           "event": {"event_type": "enter_session", "open_kfid": open_kfid,
                                     "external_userid": user, "scene": scene}}, corp_id=corp_id)
    reply = simulator.kf_notice(token, open_kfid)
    return Played(f"kf_msg_or_event (Token {token}) announcing enter_session by {user}"
                  f"{f' (scene {scene})' if scene else ''}", reply,
                  (f"the welcome goes out by kf/send_msg_on_event: "
                   f"{fake.requests_url('/cgi-bin/kf/send_msg_on_event')}",))


def _need_fake(fake: FakeApi | None) -> FakeApi:
    if fake is None:
        raise ValueError("WeChat customer service messages are queued at the fake WeChat API: give --fake ORIGIN "
                         "or run against `siyu demo`")
    return fake
