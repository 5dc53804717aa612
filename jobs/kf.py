"""RQ job: pull what a WeChat customer service (kf) callback announced and answer it.

Thin: pull pages with kf/sync_msg, hand each customer message to the same pipeline the webhook
uses (dedupe on msgid, member touch, handlers, queued replies on the kf route); the cursor moves
only after a page was handled, so a killed job re-reads rather than loses. A message that fails for a
reason no retry changes (a bug, a value nothing can encode) is logged with its msgid and passed over:
the cursor could never move past it otherwise, and every later message of that kf account would wait
behind it. Redis and WeChat failures still fail the page, which is read again.
"""

from __future__ import annotations

import logging

import redis

from bot.errors import GatewayError
from bot.webhook import kf
from jobs import context

log = logging.getLogger(__name__)


def pull_and_route(brand: str, open_kfid: str, token: str) -> int:
    """Returns how many customer messages were routed (retries of the same messages count 0)."""
    svc = context.services()
    wecom = svc.settings.brands[brand].wecom
    corp_id = wecom.corp_id if wecom else ""
    routed = 0

    def handle_page(messages: list[dict]) -> None:
        nonlocal routed
        for message in messages:
            if not kf.routable(message):
                continue
            try:
                inbound = kf.to_inbound(message, brand=brand, corp_id=corp_id,
                                        received_at=svc.clock.now(), open_kfid=open_kfid)
                svc.pipeline.handle(inbound)
            except (redis.RedisError, GatewayError, OSError):
                raise  # transient: the page is read again
            except Exception:
                log.exception("kf message passed over brand=%s open_kfid=%s msgid=%s: it failed for a reason "
                              "no retry changes", brand, open_kfid, str(message.get("msgid", ""))[:64])
                continue
            routed += 1

    kf.pull_kf_messages(svc.gateway, brand, open_kfid, token, on_page=handle_page)
    log.info("kf pull brand=%s open_kfid=%s routed=%d", brand, open_kfid, routed)
    return routed
