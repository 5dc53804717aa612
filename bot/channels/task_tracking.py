"""Following WeCom confirm tasks (the wecom_task route) until they end: sent, reminded, cancelled, branched.

A periodic caller (jobs.tasks.track, run by RQ's scheduler) claims the open tasks due for a look
(bot/store/tasks.py, atomically, so two trackers never remind or cancel one task twice) and, for each:
- asks get_groupmsg_task whether the staff member confirmed (task status 2) and, if so,
  get_groupmsg_send_result what happened to our customer: 1 sent (the ledger says `sent`, the event stream
  `task_sent`); 2 not a friend any more, 3 the customer's receipt limit already reached: branched;
  0 not sent yet: looked at again until the deadline, then `maybe` (WeCom may still send it);
- unconfirmed while its (proactive) member opted out: cancelled, settled `skipped:opted_out`;
- unconfirmed past the reminder time: remind_groupmsg_send once (never a 4th in 24 h: WeCom refuses it, 41094);
- unconfirmed at the deadline: cancel_groupmsg_send (nothing already sent is recalled), look once more in
  case the staff member confirmed meanwhile, then branch per DeliveryContext.task_otherwise:
  skip (ledger `expired:<reason>`), wait (parked for the member's next interaction) or another route
  (queued again with that route alone, same idempotency key).
Every end is logged with its reason and written to the task log (`siyu deliveries tasks`).
Facts and sources: docs/platform.md §3.3 (mass sends). Time is the `now` handed in, never the wall clock.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.channels import ROUTES
from bot.channels.base import RouteContext
from bot.channels.wecom_task import CHECK_EVERY_S, NAME
from bot.clock import epoch_s
from bot.errors import AlreadyDoneError, GatewayError, RetryLaterError, SlowDownError, UnreachableError
from bot.gateway import App, wecom_app
from bot.outbound import Delivery, DeliveryContext
from bot.store.events import EventLog
from bot.store.ledger import PARK_TTL_S, SENT, DeliveryLedger
from bot.store.members import MemberStore
from bot.store.tasks import ConfirmTask, TaskStore

log = logging.getLogger(__name__)

TASK_SENT = 2  # get_groupmsg_task status: 0 not sent, 2 sent (doc 93338)
RESULT_UNSENT, RESULT_SENT, RESULT_NOT_FRIEND, RESULT_LIMIT = 0, 1, 2, 3  # get_groupmsg_send_result (doc 93338)
REMINDS_PER_DAY = 3  # remind_groupmsg_send: at most 3 reminders per task in 24 h (doc 97610)
RESULT_REASONS = {
    RESULT_NOT_FRIEND: "the customer is no longer {staff}'s contact (send result 2: not a friend)",
    RESULT_LIMIT: "the customer already received another mass message this period (send result 3: receipt limit)",
}

Enqueue = Callable[[Sequence[Delivery]], None]  # queue deliveries to send now (RQ in production)
Counted = Callable[[Delivery, str], None]  # a task's delivery and how it ended: sent:<route>, skipped:<why>, parked


@dataclass(frozen=True, kw_only=True)
class TaskTracker:
    """What tracking needs: WeCom (through the routes' gateway), the task store, the ledger, the event
    stream, and where a delivery branched to another route goes."""

    routes: RouteContext
    tasks: TaskStore
    ledger: DeliveryLedger
    events: EventLog
    enqueue: Enqueue
    members: MemberStore | None = None  # to stop a proactive task when its member opted out meanwhile
    check_every_s: int = CHECK_EVERY_S
    counted: Counted | None = None  # told how each task ended (a sequence step's stats: jobs.deliver.count_step)

    def track(self, brand: str, now: datetime, *, limit: int = 100) -> Counter[str]:
        """Look at every task of `brand` due now (up to `limit`); counts what happened to them.

        A transient WeCom failure (system busy, a rate limit) leaves that task claimed until its lease
        ends, so the next run looks again; a permanent one is logged and looked at again next period.
        """
        counts: Counter[str] = Counter()
        now_s = epoch_s(now)
        for task in self.tasks.claim_due(brand, now_s, limit=limit):
            try:
                counts[self.check(task, now_s)] += 1
            except (RetryLaterError, SlowDownError) as exc:
                log.warning("confirm task %s (delivery %s): %s; looked at again after its claim", task.msgid,
                            task.key, exc)
                counts["retry"] += 1
            except GatewayError as exc:
                counts[self._refused(task, exc, now_s)] += 1
        return counts

    def _refused(self, task: ConfirmTask, exc: GatewayError, now_s: int) -> str:
        """WeCom refused a tracking call for good (a permission, an unknown msgid): looked at again until
        the deadline; past it, nobody can say whether the staff member sent it, so it ends as `maybe`
        (never sent again by another route, never claimed sent)."""
        log.warning("confirm task %s (delivery %s): WeCom refused a tracking call: %s", task.msgid, task.key, exc)
        if now_s < task.deadline_s:
            self.tasks.reschedule(task, check_at_s=self._next_check(task, now_s))
            return "error"
        reason = f"not trackable past its deadline: {exc}"
        self.ledger.settle(task.brand, task.key, f"maybe:task_untracked:{exc.errcode or ''}")
        self.tasks.finish(task, state="untracked", reason=reason, now_s=now_s)
        return "untracked"

    def check(self, task: ConfirmTask, now_s: int) -> str:
        """One look at one claimed task; what became of it ("sent", "reminded", "waiting", or how it ended)."""
        app = wecom_app(self.routes.settings, task.brand, contact=True)
        if self._confirmed(app, task):
            return self._result(app, task, now_s)
        if self._opted_out(task):  # proactive, and the member opted out meanwhile: the staff must not send it
            self._cancel(app, task)
            if self._confirmed(app, task):
                return self._result(app, task, now_s)
            self.ledger.settle(task.brand, task.key, "skipped:opted_out")
            self._count(task, "skipped:opted-out")
            self.tasks.finish(task, state="skipped", reason="the member opted out; cancelled", now_s=now_s)
            log.warning("confirm task %s (delivery %s): the member opted out; cancelled", task.msgid, task.key)
            return "skipped"
        if now_s >= task.deadline_s:
            self._cancel(app, task)
            if self._confirmed(app, task):  # confirmed between our look and the cancel: it went out
                return self._result(app, task, now_s)
            hours = (task.deadline_s - task.created_s) / 3600
            return self._branch(task, f"{task.staff} did not confirm the task within {hours:g} h; cancelled", now_s)
        outcome = "waiting"
        if self._remind_due(task, now_s):
            task, outcome = self._remind(app, task, now_s)
        self.tasks.reschedule(task, check_at_s=self._next_check(task, now_s))
        return outcome

    def _opted_out(self, task: ConfirmTask) -> bool:
        if self.members is None or not task.member_id:
            return False
        member = self.members.get(task.brand, task.member_id)
        return member is not None and member.opted_out and not Delivery.from_data(task.delivery).answers_member

    # -- the platform ------------------------------------------------------------------------------------------

    def _call(self, app: App, api: str, payload: dict[str, Any]) -> dict[str, Any]:
        return self.routes.call(app, f"externalcontact/{api}", payload, idempotent=api.startswith("get_"))

    def _confirmed(self, app: App, task: ConfirmTask) -> bool:
        """Whether the staff member has sent the task (get_groupmsg_task, status 2)."""
        cursor = ""
        while True:
            page = self._call(app, "get_groupmsg_task", {"msgid": task.msgid, "limit": 1000,
                                                         **({"cursor": cursor} if cursor else {})})
            for row in page.get("task_list") or []:
                if row.get("userid") == task.staff:
                    return int(row.get("status", 0)) == TASK_SENT
            cursor = str(page.get("next_cursor") or "")
            if not cursor:
                return False

    def _send_status(self, app: App, task: ConfirmTask) -> int:
        """Our customer's status in the staff member's send result (0 when not listed yet)."""
        cursor = ""
        while True:
            page = self._call(app, "get_groupmsg_send_result", {
                "msgid": task.msgid, "userid": task.staff, "limit": 1000, **({"cursor": cursor} if cursor else {})})
            for row in page.get("send_list") or []:
                if task.external_userid in (row.get("external_userid"), row.get("chat_id")):  # a group: its chat_id
                    return int(row.get("status", RESULT_UNSENT))
            cursor = str(page.get("next_cursor") or "")
            if not cursor:
                return RESULT_UNSENT

    def _cancel(self, app: App, task: ConfirmTask) -> None:
        with suppress(AlreadyDoneError):  # 41093: cancelled already (an earlier run that died before finishing)
            self._call(app, "cancel_groupmsg_send", {"msgid": task.msgid})

    def _remind_due(self, task: ConfirmTask, now_s: int) -> bool:
        return (not task.reminders and task.remind_at_s <= now_s < task.deadline_s
                and task.reminders_since(now_s - 86400) < REMINDS_PER_DAY)

    def _remind(self, app: App, task: ConfirmTask, now_s: int) -> tuple[ConfirmTask, str]:
        try:
            self._call(app, "remind_groupmsg_send", {"msgid": task.msgid})
        except (UnreachableError, AlreadyDoneError) as exc:  # 41094: 3 reminders in 24 h already; 41093: cancelled
            log.warning("confirm task %s (delivery %s): reminder refused: %s", task.msgid, task.key, exc)
            return self.tasks.record_reminder(task, now_s), "remind_refused"
        log.info("confirm task %s (delivery %s): reminded %s", task.msgid, task.key, task.staff)
        return self.tasks.record_reminder(task, now_s), "reminded"

    def _next_check(self, task: ConfirmTask, now_s: int) -> int:
        at = min(now_s + self.check_every_s, task.deadline_s)
        if not task.reminders and task.remind_at_s > now_s:
            at = min(at, task.remind_at_s)
        return at

    # -- endings -------------------------------------------------------------------------------------------------

    def _result(self, app: App, task: ConfirmTask, now_s: int) -> str:
        status = self._send_status(app, task)
        if status == RESULT_SENT:
            self.ledger.settle(task.brand, task.key, SENT)
            self._count(task, f"sent:{NAME}")
            self.events.append(task.brand, "task_sent", {
                "member": task.member_id, "key": task.key, "msgid": task.msgid, "staff": task.staff,
                "route": NAME, "purpose": str(task.delivery.get("purpose", ""))})
            self.tasks.finish(task, state="sent", reason=f"confirmed by {task.staff}", now_s=now_s)
            log.info("confirm task %s (delivery %s): sent by %s", task.msgid, task.key, task.staff)
            return "sent"
        if status in RESULT_REASONS:
            return self._branch(task, RESULT_REASONS[status].format(staff=task.staff), now_s)
        if now_s < task.deadline_s:  # confirmed, our customer not sent yet: WeCom is still sending
            self.tasks.reschedule(task, check_at_s=self._next_check(task, now_s))
            return "confirmed"
        # confirmed, yet still unsent at the deadline: WeCom may send it later, so another route could send it
        # twice, and "sent" would be a claim nobody saw: it ends as `maybe`, like a send that timed out
        reason = f"{task.staff} confirmed, but WeCom had not sent it to the customer by the deadline (send result 0)"
        self.ledger.settle(task.brand, task.key, "maybe:task_unsent_after_confirm")
        self.tasks.finish(task, state="unknown", reason=reason, now_s=now_s)
        log.warning("confirm task %s (delivery %s): %s", task.msgid, task.key, reason)
        return "unknown"

    def _branch(self, task: ConfirmTask, reason: str, now_s: int) -> str:
        """Nobody confirmed in time, or WeCom did not deliver: what task_otherwise says, logged with the reason."""
        delivery = Delivery.from_data(task.delivery)
        otherwise = task.otherwise or "skip"
        if otherwise == "wait":
            state = self._park(delivery, reason)
            self._count(task, "parked")
        elif otherwise in ROUTES and otherwise != NAME:
            again = replace(delivery, routes=(otherwise,), context=_without_task(delivery.context))
            self.ledger.release(task.brand, task.key)  # nothing was sent: the same key may send once more
            self.enqueue([again])
            state = f"rerouted:{otherwise}"
        else:
            if otherwise != "skip":
                reason = f"{reason}; task_otherwise {otherwise!r} is neither skip, wait nor a route"
            self.ledger.settle(task.brand, task.key, f"expired:{reason[:500]}")
            self._count(task, "skipped:unconfirmed")
            state = "expired"
        self.tasks.finish(task, state=state, reason=reason, now_s=now_s)
        self.events.append(task.brand, "task_ended", {
            "member": task.member_id, "key": task.key, "msgid": task.msgid, "staff": task.staff, "state": state,
            "reason": reason[:200]})
        log.warning("confirm task %s (delivery %s, %s) ended %s: %s", task.msgid, task.key, task.member_id,
                    state, reason)
        return state

    def _count(self, task: ConfirmTask, outcome: str) -> None:
        if self.counted is not None:
            self.counted(Delivery.from_data(task.delivery), outcome)

    def _park(self, delivery: Delivery, reason: str) -> str:
        """Kept for the member's next interaction, with the task route left out when others remain (the
        interaction may open one of them); with none left, the next interaction makes a fresh task."""
        routes = tuple(r for r in delivery.routes if r != NAME) or delivery.routes
        parked = replace(delivery, routes=routes)
        self.ledger.park(delivery.brand, key=delivery.key, member_id=delivery.member_id, delivery=parked.to_data(),
                         reason=f"{NAME}: {reason}", ttl_s=int(delivery.context.park_ttl_s or PARK_TTL_S))
        return "parked"


def _without_task(context: DeliveryContext) -> DeliveryContext:
    return replace(context, task_remind_s=0, task_expire_s=0, task_otherwise="")
