"""WeChat customer service (kf) to a person: kf/service_state/trans moves the member's kf session to a
human servicer (service_state 3, with servicer_userid) or, with no servicer named, into the kf queue
(service_state 2) for whichever servicer is on (docs/platform.md §3.2, doc 94669).

A route only in the sense that a `Delivery` carries it: its message is never sent, it names the handoff
for logs. It runs after the member's reply in the same batch (bot/webhook/effects.py), because once a
session is with a person the bot's kf/send_msg is refused (95018). The servicer is
Delivery.context.staff_id (handoff.yaml `kf_servicer`); the calling app is the one granted the kf API.
"""

from __future__ import annotations

from datetime import datetime

from bot.channels.base import RouteContext
from bot.gateway import wecom_app
from bot.member import Member
from bot.outbound import Delivery

HUMAN = 3  # 由人工接待: needs servicer_userid, a servicer who is "正在接待"
QUEUE = 2  # 待接入池排队中: any servicer on duty picks it up


def payload(delivery: Delivery) -> dict[str, str | int]:
    servicer = delivery.context.staff_id
    body: dict[str, str | int] = {"open_kfid": delivery.context.open_kfid, "external_userid": delivery.user_id,
                                  "service_state": HUMAN if servicer else QUEUE}
    if servicer:
        body["servicer_userid"] = servicer
    return body


class KfTransRoute:
    name = "kf_trans"

    def refusal(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> str | None:
        if not delivery.context.open_kfid:
            return "no open_kfid in the delivery context"
        wecom = ctx.settings.brands[delivery.brand].wecom
        if wecom is None or wecom.secret is None:
            return "WeCom app not configured (SIYU_WECOM_SECRET): kf calls use its token"
        return None

    def send(self, ctx: RouteContext, delivery: Delivery, member: Member | None, now: datetime) -> None:
        # Moving a session to the state it is in already fails (95016): not idempotent, so never retried blind.
        ctx.call(wecom_app(ctx.settings, delivery.brand), "kf/service_state/trans", payload(delivery))


ROUTE = KfTransRoute()
