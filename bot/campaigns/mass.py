"""A campaign's WeCom mass sends (企业群发, add_msg_template): one task per staff member and language for the
campaign's customers (chat_type single), one per group owner for its customer groups (chat_type group).

The API does not send: each staff member confirms the task in WeCom (群发助手). So Siyu creates the tasks,
follows them through the newer task and result APIs (get_groupmsg_task: confirmed or not per staff member;
get_groupmsg_send_result: per customer or group 1 sent, 2 not a friend, 3 receipt limit reached), reminds
staff who have not confirmed (remind_groupmsg_send, at most 3 per task in 24 h; WeCom refuses a 4th with
41094) once `remind_s` has passed, and cancels at `expire_s` or when the campaign is cancelled
(cancel_groupmsg_send; what was sent stays sent). Changes made through the API raise no callback, so the
task records here are the bot's own state, reconciled from the API on every look. Facts and sources:
docs/campaigns.md.

An add_msg_template whose answer never came (a timeout after the request went out: MaybeSentError) may have
created the task in WeCom. It is not made again (staff would get two tasks) nor counted refused: it is
recorded as `unknown` under a placeholder id, and each look lists the corp's mass sends since the attempt
(get_groupmsg_list_v2), takes a 企业发表 one with the same content that nobody here knows, asks which staff it
went to (get_groupmsg_task) and adopts it when it is the attempt's staff member. One still not found
ADOPT_WINDOW_S after the attempt is counted refused (it never reached WeCom, as far as WeCom tells).

Content is the same for every recipient of a task, so its links carry the campaign (sy_c) but no member
reference: clicks on a mass task's links count for the campaign, not per member. A campaign with tones makes one
task per staff member, language and tone arm (the arm's content, its links tagged `camp:<id>~<arm>`); the
customers WeCom reports as sent count as shown for the arm (bot/community/tones.py).
"""

from __future__ import annotations

import json
import logging
import secrets
from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from bot.campaigns.plan import arm_content, campaign_tag
from bot.channels.base import RouteContext, degrade_once
from bot.channels.wecom_welcome import attachment, text_and_attachments
from bot.clock import epoch_s
from bot.community.tones import ToneStats
from bot.content.campaigns import WECOM_MASS, Campaign
from bot.content.model import Content
from bot.content.variants import DEFAULT_ARM
from bot.errors import GatewayError, MaybeSentError
from bot.gateway import wecom_app
from bot.member import F_CHANNEL, F_LOCALE, Member, member_id_for
from bot.outbound import Delivery, Queue
from bot.sequences.render import render
from bot.store.campaigns import CampaignStore
from bot.store.ledger import queue_sends
from bot.text import reading_parts, words_in_script

log = logging.getLogger(__name__)

ADD = "externalcontact/add_msg_template"
LIST = "externalcontact/get_groupmsg_list_v2"
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
OA_TASK_PREFIX = "oa:"  # the Official Account's mass sends by tag share the tasks record (campaigns/oa_mass.py)
UNKNOWN = "unknown"  # status of an add_msg_template whose answer was lost; its placeholder id starts with "?"
ADOPT_WINDOW_S = 3600  # looked for in get_groupmsg_list_v2 this long after the attempt, then counted refused
CLOCK_SLACK_S = 300  # the list's time range starts this much before the attempt (WeCom's clock vs ours)
LIST_SPAN_S = 30 * 86400  # get_groupmsg_list_v2: start_time..end_time within one month (doc 93338)
LIST_PAGE = 100  # get_groupmsg_list_v2 limit (at most 100)
CREATED_BY_CORP = 0  # create_type: 0 企业发表 (ours, through the API), 1 个人发表 (a member's own)


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
        except MaybeSentError as exc:
            placeholder = "?" + secrets.token_hex(8)
            log.warning("campaign %s: no answer to the %s mass task for %s (%s): looking for it in WeCom's "
                        "list of mass sends before counting it", spec.id, chat_type, staff, exc)
            store.save_task(brand, spec.id, placeholder, {
                "chat_type": chat_type, "staff": staff, "locale": locale, "targets": targets, "fail_list": [],
                "created_s": epoch_s(now), "status": UNKNOWN, "reminds_s": [], "results": {},
                "fingerprint": fingerprint(body)})
            store.bump(brand, spec.id, {f"mass:unknown:{chat_type}": 1})
            made += 1
            continue
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
    """The task's text and attachments for one batch of readers: `locale` is a reading (bot.text.reading_of), so a
    Hong Kong customer's task is in traditional characters."""
    language, script = reading_parts(locale)
    anyone = Member(id="", brand=brand, fields={F_CHANNEL: "wecom", F_LOCALE: language})
    send, tag = arm_content(spec, arm)
    messages = [words_in_script(m, script)
                for m in render(send, member=anyone, content=content, locale=language, campaign=tag).messages]
    key = f"camp:{spec.id}:mass:{locale}" + (f":{arm}" if arm != DEFAULT_ARM else "")
    delivery = Delivery(brand=brand, channel="wecom", account="", member_id="", user_id="", message=messages[0],
                        attachments=tuple(messages[1:]), key=key, purpose="campaign", queue=Queue.BULK)
    return text_and_attachments(delivery, lambda m: degrade_once(lambda x: attachment(routes, app, x), m, key=key),
                                what="mass task")


def track(routes: RouteContext, store: CampaignStore, brand: str, spec: Campaign, now: datetime, *,
          cancel: bool = False) -> Counter[str]:
    """One look at every open task: confirmed -> results; unconfirmed -> remind (past remind_s, at most 3 in
    24 h) or cancel (past expire_s, or `cancel`). Counts of what each task is now ("open" while any is)."""
    now_s = epoch_s(now)
    counts: Counter[str] = Counter()
    tasks = {k: t for k, t in store.tasks(brand, spec.id).items() if not k.startswith(OA_TASK_PREFIX)}
    if not tasks:
        return counts
    app = wecom_app(routes.settings, brand, contact=True)
    if any(t.get("status") == UNKNOWN for t in tasks.values()):
        try:
            tasks = _reconcile(routes, app, store, brand, spec.id, tasks, now_s, counts)
        except GatewayError as exc:
            log.warning("campaign %s: listing WeCom's mass sends: %s", spec.id, exc)
            counts["error"] += 1
    for msgid, task in tasks.items():
        if task.get("status") == UNKNOWN:
            counts["open"] += 1  # still looked for: the tracker comes back
            continue
        if task.get("status") != "open":
            counts[task.get("status", "?")] += 1
            continue
        try:
            confirmed = _confirmed(routes, app, msgid, task)
            if confirmed:
                task["results"], reached = _results(routes, app, msgid, task)
                _record_reached(routes, store, brand, spec.id, task, reached, now)
                task["status"] = "sent" if not _unsent(task) else "open"
            if cancel or now_s >= task["created_s"] + spec.expire_s:
                routes.call(app, CANCEL, {"msgid": msgid})
                task["status"] = "cancelled"
                task["results"], reached = _results(routes, app, msgid, task)  # what went out before the cancel stays
                _record_reached(routes, store, brand, spec.id, task, reached, now)
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


def fingerprint(body: dict[str, Any]) -> str:
    """What identifies a mass send's content in get_groupmsg_list_v2's answer as in add_msg_template's body:
    the text and each attachment's kind and target (media ids left out: the list may show another form)."""
    parts = [(str(a.get("msgtype", "")),
              str((a.get(str(a.get("msgtype", ""))) or {}).get("url") or
                  (a.get(str(a.get("msgtype", ""))) or {}).get("page") or ""))
             for a in body.get("attachments") or [] if isinstance(a, dict)]
    text = body.get("text") if isinstance(body.get("text"), dict) else {}
    return json.dumps([str((text or {}).get("content", "")), parts], ensure_ascii=False)


def _reconcile(routes: RouteContext, app: Any, store: CampaignStore, brand: str, campaign_id: str,
               tasks: dict[str, dict[str, Any]], now_s: int, counts: Counter[str]) -> dict[str, dict[str, Any]]:
    """Adopt the mass sends WeCom made for `unknown` attempts (module docstring); count refused those not
    found in ADOPT_WINDOW_S. Returns the tasks as they are now."""
    unknown = {key: t for key, t in tasks.items() if t.get("status") == UNKNOWN}
    known = set(tasks)
    for chat_type in sorted({t["chat_type"] for t in unknown.values()}):
        mine = {k: t for k, t in unknown.items() if t["chat_type"] == chat_type}
        start = min(t["created_s"] for t in mine.values()) - CLOCK_SLACK_S
        for row in _listed(routes, app, chat_type, start, now_s):
            msgid = str(row.get("msgid") or "")
            if not msgid or msgid in known or int(row.get("create_type", CREATED_BY_CORP)) != CREATED_BY_CORP:
                continue
            seen = fingerprint(row)
            candidates = [k for k, t in mine.items() if k in unknown and t["fingerprint"] == seen
                          and int(row.get("create_time", 0)) >= t["created_s"] - CLOCK_SLACK_S]
            if not candidates:
                continue
            staff = set(_task_statuses(routes, app, msgid))
            match = next((k for k in candidates if unknown[k]["staff"] in staff), None)
            if match is None:
                continue
            task = {**unknown.pop(match), "status": "open", "adopted_s": now_s}
            store.replace_task(brand, campaign_id, match, msgid, task)
            tasks = {**{k: v for k, v in tasks.items() if k != match}, msgid: task}
            known.add(msgid)
            counts["adopted"] += 1
            log.info("campaign %s: adopted WeCom mass send %s for %s (its answer had been lost)", campaign_id,
                     msgid, task["staff"])
    for key, task in unknown.items():
        if now_s - task["created_s"] >= ADOPT_WINDOW_S:
            log.warning("campaign %s: the %s mass task for %s is not in WeCom's list %d s after the attempt: "
                        "counted refused", campaign_id, task["chat_type"], task["staff"], now_s - task["created_s"])
            store.replace_task(brand, campaign_id, key, None, None)
            store.bump(brand, campaign_id, {f"mass:refused:{task['chat_type']}": len(task["targets"])})
            tasks = {k: v for k, v in tasks.items() if k != key}
            counts["lost"] += 1
    return tasks


def _listed(routes: RouteContext, app: Any, chat_type: str, start_s: int, end_s: int) -> list[dict[str, Any]]:
    """The corp's 企业发表 mass sends of `chat_type` created start_s..end_s, every page (one month a call)."""
    rows: list[dict[str, Any]] = []
    for lo in range(start_s, end_s + 1, LIST_SPAN_S):
        cursor = ""
        while True:
            page = routes.call(app, LIST, {"chat_type": chat_type, "start_time": lo,
                                           "end_time": min(lo + LIST_SPAN_S - 1, end_s), "filter_type": 0,
                                           "limit": LIST_PAGE, **({"cursor": cursor} if cursor else {})},
                               idempotent=True)
            rows.extend(r for r in page.get("group_msg_list") or [] if isinstance(r, dict))
            cursor = page.get("next_cursor") or ""
            if not cursor:
                break
    return rows


def _task_statuses(routes: RouteContext, app: Any, msgid: str) -> dict[str, int]:
    """get_groupmsg_task, every page: staff member -> 0 not sent yet, 2 sent (confirmed)."""
    statuses: dict[str, int] = {}
    cursor = ""
    while True:
        page = routes.call(app, TASKS, {"msgid": msgid, "limit": 1000, **({"cursor": cursor} if cursor else {})},
                           idempotent=True)
        statuses.update({str(row.get("userid")): int(row.get("status", 0)) for row in page.get("task_list") or []})
        cursor = page.get("next_cursor") or ""
        if not cursor:
            return statuses


def _confirmed(routes: RouteContext, app: Any, msgid: str, task: dict[str, Any]) -> bool:
    task["confirmed"] = _task_statuses(routes, app, msgid).get(task["staff"]) == TASK_SENT
    return bool(task["confirmed"])


def _results(routes: RouteContext, app: Any, msgid: str, task: dict[str, Any]) -> tuple[dict[str, int], list[str]]:
    """get_groupmsg_send_result, every page: counts by status, and the customers (external userids) it reached."""
    counts: Counter[str] = Counter()
    reached: list[str] = []
    cursor = ""
    while True:
        page = routes.call(app, RESULTS, {"msgid": msgid, "userid": task["staff"], "limit": 1000,
                                          **({"cursor": cursor} if cursor else {})}, idempotent=True)
        for row in page.get("send_list", []):
            status = RESULT_NAMES.get(int(row.get("status", 0)), "unsent")
            counts[status] += 1
            if status == "sent" and row.get("external_userid"):
                reached.append(str(row["external_userid"]))
        cursor = page.get("next_cursor") or ""
        if not cursor:
            return dict(counts), reached


def _record_reached(routes: RouteContext, store: CampaignStore, brand: str, campaign_id: str, task: dict[str, Any],
                    reached: list[str], now: datetime) -> None:
    """Each customer a confirmed task reached, once: in their timeline (the sends stream, route wecom_mass, as
    the delivery job records its own sends) and in the day's sent count. Customer groups are not members."""
    found = routes.settings.brands.get(brand)
    corp = found.wecom.corp_id if found is not None and found.wecom is not None else ""
    if task.get("chat_type") != "single" or not reached or not corp:
        return
    new = store.first_reached(brand, campaign_id, reached)
    if not new:
        return
    pipe = store.redis.pipeline(transaction=False)
    queue_sends(pipe, brand, [member_id_for(f"wecom:{corp}:{customer}") for customer in new], route=WECOM_MASS,
                purpose="campaign", message_type="mass_task", now=now)
    pipe.execute()


def _unsent(task: dict[str, Any]) -> int:
    return int(task.get("results", {}).get("unsent", 0))
