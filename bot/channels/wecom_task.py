"""WeCom confirm task (externalcontact/add_msg_template, chat_type single): a customer message the member's
staff contact must confirm in WeCom before it goes out.

The API does not send (doc 92135): it creates a task the staff member sees in 群发助手. So this route's
`send` answers `task:<msgid>` for the ledger, never "sent", and records the task (bot/store/tasks.py);
bot/channels/task_tracking.py (jobs.tasks.track) follows it: sent, reminded, cancelled and branched per
DeliveryContext.task_remind_s / task_expire_s / task_otherwise. Facts and sources: docs/platform.md §3.3.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from bot.channels.base import Permanent, RouteContext, degrade_once
from bot.channels.wecom_welcome import attachment, text_and_attachments
from bot.clock import epoch_s
from bot.errors import UnreachableError
from bot.gateway import App, wecom_app
from bot.member import Member
from bot.outbound import TASK_BRANCHES, Delivery
from bot.store.tasks import ConfirmTask

NAME = "wecom_task"
API = "externalcontact/add_msg_template"
CHECK_EVERY_S = 600  # an open task is looked at this often (and at its reminder time and deadline)
log = logging.getLogger(__name__)


def staff_for(delivery: Delivery, member: Member | None) -> str:
    """Who confirms: the staff member the delivery names, else the one who last added the customer."""
    return delivery.context.staff_id or (member.staff_id if member is not None else "")


def to_group(delivery: Delivery) -> bool:
    """A delivery addressed to a customer group itself (user_id is its chat_id: a tutorial drop where the group
    has no robot) is a group mass send (chat_type group) its owner confirms; any other, one customer's."""
    return bool(delivery.context.chat_id) and delivery.user_id == delivery.context.chat_id


def payload(ctx: RouteContext, app: App, delivery: Delivery, staff: str) -> dict[str, Any]:
    """One customer (or one group), one sender, the text plus up to 9 attachments (doc 92135). An attachment
    whose image cannot be fetched degrades to its tracked link (no 20 s to keep here, unlike a welcome)."""
    def build(message: Any) -> list[dict[str, Any]]:
        return degrade_once(lambda m: attachment(ctx, app, m), message, key=delivery.key)

    target: dict[str, Any] = ({"chat_type": "group", "chat_id_list": [delivery.user_id]} if to_group(delivery)
                              else {"chat_type": "single", "external_userid": [delivery.user_id]})
    return {**target, "sender": staff, **text_and_attachments(delivery, build, what="confirm task")}


def first_check_s(created_s: int, remind_at_s: int, deadline_s: int) -> int:
    return min(created_s + CHECK_EVERY_S, remind_at_s, deadline_s)


class WeComTaskRoute:
    name = NAME

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        if delivery.channel != "wecom":
            return Permanent(f"a confirm task reaches WeCom customers only, not a {delivery.channel} member")
        wecom = ctx.settings.brands[delivery.brand].wecom
        if wecom is None or wecom.customer_contact_secret is None:
            return Permanent("no WeCom customer-contact secret and no app secret (SIYU_WECOM_CONTACT_SECRET, "
                             "SIYU_WECOM_SECRET)")
        if ctx.tasks is None:
            return Permanent("no confirm-task store in this process (RouteContext.tasks)")
        otherwise = delivery.context.task_otherwise
        if otherwise == NAME:
            return Permanent("task_otherwise cannot be wecom_task itself (skip, wait or another route)")
        remind_s, expire_s = delivery.context.task_timing
        if expire_s <= 0 or remind_s < 0:
            return Permanent(f"task_expire_s must be > 0 and task_remind_s >= 0 (got {expire_s}, {remind_s})")
        if not staff_for(delivery, member):
            # not Permanent: the customer adding a staff member again is an interaction, and stores one
            return "no WeCom staff contact known for this customer (stored when the customer adds a staff member)"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str:
        """Create the task and record it; the ledger state `task:<msgid>` says a person must still confirm it."""
        if ctx.tasks is None:
            raise RuntimeError("wecom_task.send without RouteContext.tasks (refusal() refuses that)")
        app = wecom_app(ctx.settings, delivery.brand, contact=True)
        staff = staff_for(delivery, member)
        messages = (delivery.message, *delivery.attachments)
        result = ctx.fresh_media(app, messages, lambda: ctx.call(app, API, payload(ctx, app, delivery, staff)))
        msgid = str(result.get("msgid") or "")
        if not msgid or delivery.user_id in (result.get("fail_list") or []):
            raise UnreachableError(f"WeCom refused {delivery.user_id} as a recipient of {staff}'s mass send "
                                   f"(fail_list): not their customer, or unreachable", errcode=0,
                                   errmsg="fail_list", platform="wecom", api=API)
        created_s = epoch_s(now)
        remind_s, expire_s = delivery.context.task_timing
        task = ConfirmTask(brand=delivery.brand, msgid=msgid, delivery=delivery.to_data(), staff=staff,
                           created_s=created_s, remind_at_s=created_s + remind_s, deadline_s=created_s + expire_s,
                           otherwise=delivery.context.task_otherwise or TASK_BRANCHES[0])
        ctx.tasks.open(task, check_at_s=first_check_s(created_s, task.remind_at_s, task.deadline_s))
        log.info("delivery %s: confirm task %s created for %s (staff %s); remind at %d, deadline %d",
                 delivery.key, msgid, delivery.member_id or delivery.user_id, staff, task.remind_at_s,
                 task.deadline_s)
        return f"task:{msgid}"


ROUTE = WeComTaskRoute()
