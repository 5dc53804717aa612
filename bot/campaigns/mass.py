"""A campaign's WeCom mass sends (企业群发, add_msg_template): one task per staff member and language for the
campaign's customers (chat_type single), one per group owner for its customer groups (chat_type group).

The API does not send: each staff member confirms the task in WeCom (群发助手). So Siyu creates the tasks,
follows them through the newer task and result APIs (get_groupmsg_task: confirmed or not per staff member;
get_groupmsg_send_result: per customer or group 1 sent, 2 not a friend, 3 receipt limit reached), reminds
staff who have not confirmed (remind_groupmsg_send, at most 3 per task in 24 h; WeCom refuses a 4th with
41094) once `remind_s` has passed, and cancels at `expire_s` or when the campaign is cancelled
(cancel_groupmsg_send; what was sent stays sent). Changes made through the API raise no callback, so the
task records here are the bot's own state. Facts and sources: docs/campaigns.md.

Content is the same for every recipient of a task, so its links carry the campaign (sy_c) but no member
reference: clicks on a mass task's links count for the campaign, not per member. A campaign with tones makes one
task per staff member, language and tone arm (the arm's content, its links tagged `camp:<id>~<arm>`); the
customers WeCom reports as sent count as shown for the arm (bot/community/tones.py).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from bot.campaigns.plan import arm_content, campaign_tag
from bot.channels.base import RouteContext, degrade_once
from bot.channels.wecom_welcome import attachment, text_and_attachments
from bot.clock import epoch_s
from bot.community.tones import ToneStats
from bot.content.campaigns import Campaign
from bot.content.model import Content
from bot.content.variants import DEFAULT_ARM
from bot.errors import GatewayError
from bot.gateway import wecom_app
from bot.member import F_CHANNEL, F_LOCALE, Member
from bot.outbound import Delivery, Queue
from bot.sequences.render import render
from bot.store.campaigns import CampaignStore

log = logging.getLogger(__name__)

ADD = "externalcontact/add_msg_template"
TASKS = "externalcontact/get_groupmsg_task"
RESULTS = "externalcontact/get_groupmsg_send_result"
REMIND = "externalcontact/remind_groupmsg_send"
CANCEL = "externalcontact/cancel_groupmsg_send"
# external_userid per add_msg_template call [uncertain: from memory of doc 92135; not in the stored copy]
MAX_CUSTOMERS = 10000
MAX_GROUPS = 2000  # chat_id_list per call (WxJava PR #3145, PLATFORM.md §3.3)
REMINDS_PER_DAY = 3  # remind_groupmsg_send per task in 24 h (doc 97610; the fake answers 41094 beyond)
TASK_SENT = 2  # get_groupmsg_task status (doc 93338)
RESULT_NAMES = {0: "unsent", 1: "sent", 2: "not_friend", 3: "limit"}


def queued_item(staff: str, locale: str, external_userid: str, arm: str) -> str:
    """One customer queued for the mass tasks by the fan-out (`drain_mass` hands them back)."""
    return f"{staff}|{locale}|{external_userid}|{arm}"


def parse_item(item: str) -> tuple[str, str, str, str]:
    """(staff, locale, external userid, arm); an item queued before tones has no arm: the default."""
    staff, locale, external, *rest = item.split("|", 3)
    return staff, locale, external, (rest[0] if rest and rest[0] else DEFAULT_ARM)


def create_tasks(routes: RouteContext, store: CampaignStore, brand: str, spec: Campaign, content: Content,
                 now: datetime, *, groups: bool) -> int:
    """Create the tasks (groups, or the queued customers); how many were created. Nothing to create asks
    nothing of WeCom (a brand without it runs campaigns too)."""
    made = 0
    if groups:
        by_owner: dict[str, list[str]] = defaultdict(list)
        for group in spec.groups:
            by_owner[group.owner].append(group.chat_id)
        batches = [("group", owner, content.brand.default_locale, DEFAULT_ARM, chats[i:i + MAX_GROUPS])
                   for owner, chats in by_owner.items() for i in range(0, len(chats), MAX_GROUPS)]
    else:
        by_staff: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for item in store.drain_mass(brand, spec.id):
            staff, locale, external, arm = parse_item(item)
            by_staff[(staff, locale, arm)].append(external)
        batches = [("single", staff, locale, arm, customers[i:i + MAX_CUSTOMERS])
                   for (staff, locale, arm), customers in sorted(by_staff.items())
                   for i in range(0, len(customers), MAX_CUSTOMERS)]
    if not batches:
        return 0
    app = wecom_app(routes.settings, brand, contact=True)
    for chat_type, staff, locale, arm, targets in batches:
        body = _body(routes, app, brand, spec, content, locale, arm)
        payload = {"chat_type": chat_type, "sender": staff, **body,
                   **({"external_userid": targets} if chat_type == "single" else {"chat_id_list": targets})}
        try:
            result = routes.call(app, ADD, payload)
        except GatewayError as exc:
            log.warning("campaign %s: WeCom refused a %s mass task for %s: %s", spec.id, chat_type, staff, exc)
            store.bump(brand, spec.id, {f"mass:refused:{chat_type}": len(targets)})
            continue
        msgid = str(result.get("msgid") or "")
        failed = [str(x) for x in (result.get("fail_list") or [])]
        store.save_task(brand, spec.id, msgid, {
            "chat_type": chat_type, "staff": staff, "locale": locale, "targets": targets, "fail_list": failed,
            "created_s": epoch_s(now), "status": "open", "reminds_s": [], "results": {}, "arm": arm})
        store.bump(brand, spec.id, {f"mass:tasks:{chat_type}": 1, "mass:fail_list": len(failed)})
        made += 1
        log.info("campaign %s: %s mass task %s for %s (%d targets)", spec.id, chat_type, msgid, staff, len(targets))
    return made


def _body(routes: RouteContext, app: Any, brand: str, spec: Campaign, content: Content, locale: str, arm: str
          ) -> dict[str, Any]:
    anyone = Member(id="", brand=brand, fields={F_CHANNEL: "wecom", F_LOCALE: locale})
    send, tag = arm_content(spec, arm)
    messages = render(send, member=anyone, content=content, locale=locale, campaign=tag).messages
    key = f"camp:{spec.id}:mass:{locale}" + (f":{arm}" if arm != DEFAULT_ARM else "")
    delivery = Delivery(brand=brand, channel="wecom", account="", member_id="", user_id="", message=messages[0],
                        attachments=tuple(messages[1:]), key=key, purpose="campaign", queue=Queue.BULK)
    return text_and_attachments(delivery, lambda m: degrade_once(lambda x: attachment(routes, app, x), m, key=key),
                                what="mass task")


def track(routes: RouteContext, store: CampaignStore, brand: str, spec: Campaign, now: datetime, *,
          cancel: bool = False) -> Counter[str]:
    """One look at every open task: confirmed -> results; unconfirmed -> remind (past remind_s, at most 3 in
    24 h) or cancel (past expire_s, or `cancel`). Counts of what each task is now ("open" while any is)."""
    app = wecom_app(routes.settings, brand, contact=True)
    now_s = epoch_s(now)
    counts: Counter[str] = Counter()
    for msgid, task in store.tasks(brand, spec.id).items():
        if task.get("status") != "open":
            counts[task.get("status", "?")] += 1
            continue
        try:
            confirmed = _confirmed(routes, app, msgid, task)
            if confirmed:
                task["results"] = _results(routes, app, msgid, task)
                task["status"] = "sent" if not _unsent(task) else "open"
            if cancel or now_s >= task["created_s"] + spec.expire_s:
                routes.call(app, CANCEL, {"msgid": msgid})
                task["status"] = "cancelled"
                task["results"] = _results(routes, app, msgid, task)  # what went out before the cancel stays
            elif not confirmed and now_s >= task["created_s"] + spec.remind_s:
                recent = [t for t in task["reminds_s"] if now_s - t < 86400]
                last = max(task["reminds_s"], default=0)
                if len(recent) < REMINDS_PER_DAY and now_s - last >= spec.remind_s:
                    routes.call(app, REMIND, {"msgid": msgid})
                    task["reminds_s"] = [*recent, now_s]
                    counts["reminded"] += 1
        except GatewayError as exc:
            log.warning("campaign %s: mass task %s: %s", spec.id, msgid, exc)
            counts["error"] += 1
        _count_tone(store, brand, spec, task)
        store.save_task(brand, spec.id, msgid, task)
        counts[task["status"]] += 1
    return counts


def _count_tone(store: CampaignStore, brand: str, spec: Campaign, task: dict[str, Any]) -> None:
    """The customers WeCom newly reports as sent count as shown for the task's tone arm (once each: the task
    remembers how many it counted)."""
    arm = task.get("arm", DEFAULT_ARM)
    sent = int(task.get("results", {}).get("sent", 0))
    new = sent - int(task.get("tone_counted", 0))
    if arm == DEFAULT_ARM or new <= 0:
        return
    ToneStats.count(store.redis, brand, campaign_tag(spec.id), arm, "shown", new)
    task["tone_counted"] = sent


def _confirmed(routes: RouteContext, app: Any, msgid: str, task: dict[str, Any]) -> bool:
    page = routes.call(app, TASKS, {"msgid": msgid, "limit": 1000})
    statuses = {row.get("userid"): row.get("status") for row in page.get("task_list", [])}
    task["confirmed"] = statuses.get(task["staff"]) == TASK_SENT
    return bool(task["confirmed"])


def _results(routes: RouteContext, app: Any, msgid: str, task: dict[str, Any]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    cursor = ""
    while True:
        page = routes.call(app, RESULTS, {"msgid": msgid, "userid": task["staff"], "limit": 1000,
                                          **({"cursor": cursor} if cursor else {})})
        for row in page.get("send_list", []):
            counts[RESULT_NAMES.get(int(row.get("status", 0)), "unsent")] += 1
        cursor = page.get("next_cursor") or ""
        if not cursor:
            return dict(counts)


def _unsent(task: dict[str, Any]) -> int:
    return int(task.get("results", {}).get("unsent", 0))
