"""The POST path, as an ordered list of small steps: open (verify, decrypt, parse) → dedupe →
touch member → route → apply → answer passively or queue → remember the reply for retries.

It must finish well inside WeChat's 5 s: anything slow belongs to a queued delivery.
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

import redis

from bot.clock import Clock, epoch_s
from bot.content.model import Content
from bot.errors import CallbackInFlightError, ContentError, ContentUnavailableError, ForbiddenCallbackError
from bot.inbound import Channel, Inbound
from bot.member import F_KF_ACCOUNT, F_SCRIPT, Member, member_id_for
from bot.observability.metrics import CALLBACKS, FAQ, FAQ_OUTCOMES, PASSIVE_REPLIES, labelled
from bot.outbound import Delivery, DeliveryContext, Outbound, Queue, Text, from_data, to_data
from bot.queueing import DeliveryQueue
from bot.router import Result, Router
from bot.sequences.engine import SequenceEngine, Shorten
from bot.store import keys
from bot.store.callbacks import CallbackLedger, Claim, claim_args
from bot.store.enrolments import Enrolment
from bot.store.events import EventLog
from bot.store.members import MemberStore
from bot.store.replication import REPLICA_WAIT_MS, ReplicaWait
from bot.store.scripting import execute_loading
from bot.text import reply_locale, settled_script, typed_script, words_in_script
from bot.webhook.base import CallbackEndpoint, Opened
from bot.webhook.effects import AfterRoute
from bot.webhook.group_guard import GroupReplyGuard
from bot.webhook.request import CallbackRequest, CallbackResponse

log = logging.getLogger("siyu.webhook")
# WeChat waits 5 s for an answer (PLATFORM.md §0). An attempt that gets its first Redis answer later than this
# (Redis stalled, or the process could not keep up) answers nobody: it lets WeChat's live retry of the same callback
# go first, and comes back after ABANDONED_DEFER_S to process the callback only if nobody did (a third try is
# not retried again). After a 12 s stall, callbacks whose handlers two attempts both ran (one commit kept) went
# from up to 31 to 0-2 per run of tests/e2e/test_redis_outage_e2e.py (sigstop-12s): CPU spent in the seconds
# WeChat's last tries still wait. The wait is a gevent sleep (`siyu serve` and the Procfile run gevent workers).
ABANDONED_AFTER_S = 5.0
ABANDONED_DEFER_S = 2.0

ContentProvider = Callable[[str], Content]  # brand -> the content version in force
TEXT_KEPT_CHARS = 200  # of a member's message, in its in.<kind> event
Splitter = Callable[[Inbound, tuple[Outbound, ...]], tuple[Outbound | None, list[Outbound]]]


def queue_all(inbound: Inbound, messages: tuple[Outbound, ...]) -> tuple[Outbound | None, list[Outbound]]:
    """No passive reply: everything goes to the delivery queue (pulled messages, kf)."""
    return None, list(messages)


class WebhookPipeline:
    def __init__(self, *, ledger: CallbackLedger, members: MemberStore, events: EventLog, router: Router,
                 content: ContentProvider, queue: DeliveryQueue, clock: Clock, group_guard: GroupReplyGuard,
                 after_route: AfterRoute, replay_window_s: int = 600,
                 sequences: SequenceEngine | None = None, shorten: Shorten | None = None,
                 replica_wait_ms: int = REPLICA_WAIT_MS) -> None:
        self.ledger = ledger
        self.members = members
        self.events = events
        self.router = router
        self.content = content
        self.queue = queue
        self.clock = clock
        self.group_guard = group_guard
        self.after_route = after_route
        self.replay_window_s = replay_window_s  # how long a plaintext (timestamp, nonce) stays bound to its body
        self.sequences = sequences  # exit goals, waiting steps woken, enrolments a callback triggers
        self.shorten = shorten  # links through <public>/l/<code>, counted when clicked
        # with Sentinel: answer once the replica has the callback (SIYU_REPLICA_WAIT_MS)
        self.replica_wait = ReplicaWait(events.redis, wait_ms=replica_wait_ms)

    def receive(self, endpoint: CallbackEndpoint, request: CallbackRequest) -> CallbackResponse:
        began = time.monotonic()
        opened = endpoint.open(request)  # raises ForbiddenCallbackError / MalformedCallbackError
        if opened.unsigned_body is not None:
            self._bind_signature(opened)
        reply = self.handle(opened.inbound, endpoint.split_passive, began=began)
        if reply is not None:
            labelled(PASSIVE_REPLIES, str(opened.inbound.channel), reply.type).inc()
        return endpoint.render(opened, reply)

    def _after_live_retries(self, inbound: Inbound, claim: Claim, age_s: float) -> Claim:
        """This attempt's client has gone (see ABANDONED_AFTER_S): free the callback for WeChat's retry, wait,
        then claim it again without waiting. Done by then: its reply (answered to nobody); claimed by a live
        retry: in flight (503, to nobody); still free: no retry came, so this attempt processes it."""
        log.info("callback brand=%s channel=%s kind=%s began %.1f s ago, past WeChat's patience: its retry goes "
                 "first", inbound.brand, inbound.channel, inbound.kind, age_s)
        with contextlib.suppress(redis.RedisError):  # Redis away again: the short claim expires by itself
            self.ledger.release(inbound.brand, inbound.dedupe_key, claim.token)
        time.sleep(ABANDONED_DEFER_S)
        return self.ledger.claim(inbound.brand, inbound.dedupe_key, wait_s=0.0)

    def _bind_signature(self, opened: Opened) -> None:
        """A plaintext signature authorises one body: WeChat's retry of the same body passes (and is
        deduplicated later), the same (timestamp, nonce) with another body is refused (issue 16, item 2)."""
        timestamp, nonce, digest = opened.unsigned_body or ("", "", "")
        inbound = opened.inbound
        key = keys.signed_once(inbound.brand, str(inbound.channel), timestamp, nonce)
        first = self.events.redis.set(key, digest, nx=True, ex=self.replay_window_s)
        if not first and _text(self.events.redis.get(key)) not in (digest, ""):
            raise ForbiddenCallbackError("signature already used with another body")

    def handle(self, inbound: Inbound, split: Splitter = queue_all, *, began: float | None = None) -> Outbound | None:
        """Dedupe, touch the member, route, apply, queue; the passive reply (for a retry: the first
        delivery's). Callbacks come through `receive` (`began`: when the request came in, time.monotonic);
        pulled messages (WeChat customer service) come here directly, with nothing to answer passively."""
        started = time.perf_counter()
        labelled(CALLBACKS, inbound.brand, str(inbound.channel), str(inbound.kind)).inc()  # in memory: no round trip
        first_trip = self.events.redis.pipeline(transaction=False)
        # The claim and the member touch in one script call (the touch is harmless for a retry: same time), or the
        # claim alone for a callback about no single person.
        token = self.ledger.new_token()
        claimed_touched = self.members.queue_claim_touch(first_trip, inbound, keys.dedupe(inbound.brand,
                                                         inbound.dedupe_key), claim_args(token))
        touched: Callable[[list[Any]], Member] | None = None
        if claimed_touched is None:
            token = self.ledger.queue_claim(first_trip, inbound.brand, inbound.dedupe_key, by_sha=True)
            claimed: Callable[[list[Any]], object] = lambda results: results[0]  # noqa: E731
        else:
            claimed, touched = claimed_touched
        identity = inbound.member_identity
        parked = self.after_route.queue_parked_check(first_trip, inbound, member_id_for(identity) if identity else None)
        enrolled = self._queue_enrolments(first_trip, inbound, member_id_for(identity) if identity else None)
        results = execute_loading(self.events.redis, first_trip)  # scripts by SHA, loaded after a Redis restart
        claim = self.ledger.claim_result(claimed(results), inbound.brand, inbound.dedupe_key, token)
        if claim.first and began is not None and time.monotonic() - began > ABANDONED_AFTER_S:
            claim = self._after_live_retries(inbound, claim, time.monotonic() - began)
        if claim.in_flight:
            log.warning("callback brand=%s channel=%s kind=%s still claimed by its first delivery: 503 for a "
                        "later retry", inbound.brand, inbound.channel, inbound.kind)
            raise CallbackInFlightError("the first delivery of this callback is still in flight, retry later")
        if not claim.first:
            log.info("duplicate callback brand=%s channel=%s kind=%s: replaying the first reply",
                     inbound.brand, inbound.channel, inbound.kind)
            return from_data(claim.reply) if claim.reply else None
        try:
            reply = self._process(inbound, split, touched(results) if touched else None, has_parked=parked(results),
                                  enrolments=enrolled(results))
        except BaseException:
            with contextlib.suppress(redis.RedisError):  # Redis away: the short claim expires by itself
                self.ledger.release(inbound.brand, inbound.dedupe_key, claim.token)  # let WeChat's retry try again
            raise
        # Answering 200 ends WeChat's retries: with Sentinel, first let the replica hold what this callback wrote
        # (bot/store/replication.py; a Redis error here is a 503, and the retry finds the commit or redoes it).
        self.replica_wait(inbound.brand, what=lambda: f"callback brand={inbound.brand} channel={inbound.channel} "
                          f"kind={inbound.kind} member={member_id_for(identity) if identity else '-'}")
        log.info("callback brand=%s channel=%s kind=%s passive=%s ms=%.1f", inbound.brand, inbound.channel,
                 inbound.kind, reply.type if reply else "-", (time.perf_counter() - started) * 1000)
        return reply

    def _process(self, inbound: Inbound, split: Splitter, member: Member | None, *,
                 has_parked: bool, enrolments: dict[str, Enrolment] | None = None) -> Outbound | None:
        """Redis round trips on the hot path: the claim with the member touch (in handle), and the
        commit at the end (one script that checks nobody committed, then runs the writes: bot/store/callbacks.py).
        Deliveries are queued before the commit marks the callback done, so a crash between the two makes WeChat's
        retry queue them again (the delivery ledger drops the repeat), never lose them. When another
        delivery of this callback committed first, its reply is answered and these writes are dropped.
        Sequences (exit goals, woken steps, enrolments) follow only the delivery that committed."""
        handler, result, content = self._route(inbound, member)
        locale = reply_locale(inbound, member, content.brand.default_locale)
        messages = self.group_guard.screen(inbound, result.messages, locale=locale, handler=handler,
                                           set_fields=result.set_fields)
        if self.shorten is not None and messages:
            messages = self.shorten(inbound.brand, member.id if member else "", messages)
        typed = settled_script(typed_script(inbound), member.script if member is not None else "")  # None: the
        # message says nothing of a script, the member's stays
        script = typed if typed is not None else (member.script if member is not None else "")
        if script and messages:  # a traditional writer reads the replies in traditional characters
            messages = tuple(words_in_script(message, script) for message in messages)
        passive, queued = split(inbound, messages)
        deliveries = self._deliveries(inbound, member, handler or "reply", queued) if queued else []
        deliveries += self.after_route.deliveries(inbound, member, result)  # after the replies, in one batch
        if deliveries:
            self.queue.enqueue(deliveries)
        writes = self.events.redis.pipeline(transaction=False)
        self._record(inbound, member, handler, result, writes, reply=passive.type if passive else "")
        if member is not None:
            set_fields = result.set_fields
            if inbound.open_kfid and member.get(F_KF_ACCOUNT) != inbound.open_kfid:
                set_fields = {**set_fields, F_KF_ACCOUNT: inbound.open_kfid}  # where later kf sends come from
            if typed is not None and typed != member.script:  # written only when it changes ("" deletes it)
                set_fields = {**set_fields, F_SCRIPT: typed}  # what proactive sends are written in
            # A tag the member carries already is in both of its sets (members.update writes them together):
            # adding it again changes nothing and costs three commands for every repeated FAQ question.
            self.members.update(inbound.brand, member.id, set_fields=set_fields,
                                add_tags=result.add_tags - member.tags, remove_tags=result.remove_tags, pipe=writes)
        self.after_route.run(inbound, member, result, has_parked=has_parked, pipe=writes)
        committed = self.ledger.commit(inbound.brand, inbound.dedupe_key, to_data(passive) if passive else None,
                                       writes)
        if not committed.won:
            log.warning("callback brand=%s channel=%s kind=%s was committed by another delivery meanwhile (a "
                        "retry during a Redis outage): this one's writes dropped, its reply answered",
                        inbound.brand, inbound.channel, inbound.kind)
            return from_data(committed.reply) if committed.reply else None
        for event_type, _ in result.events:
            if event_type in FAQ_OUTCOMES:
                labelled(FAQ, inbound.brand, FAQ_OUTCOMES[event_type]).inc()
        self._after_sequences(inbound, member, handler, result, enrolments or {})
        return passive

    def _queue_enrolments(self, pipe: redis.client.Pipeline, inbound: Inbound,
                          member_id: str | None) -> Callable[[list[Any]], dict[str, Enrolment]]:
        """Add the member's sequence enrolments to the first round trip (one HMGET, only when the brand has
        sequences), for the exit goals and the waiting steps this callback may touch."""
        if self.sequences is None or member_id is None:
            return lambda results: {}
        try:
            ids = self.sequences.sequence_ids(inbound.brand)
        except ContentError:
            return lambda results: {}  # _route answers 503 for it
        if not ids:
            return lambda results: {}
        index = self.sequences.store.queue_of_member(pipe, inbound.brand, member_id, ids)
        return lambda results: self.sequences.store.read_queued(results[index], member_id, ids) \
            if self.sequences is not None else {}

    def _after_sequences(self, inbound: Inbound, member: Member | None, handler: str | None, result: Result,
                         enrolments: dict[str, Enrolment]) -> None:
        """Exit goals, woken steps and new enrolments, after the callback's own writes (its tags count). Never
        fails the callback: it is answered and recorded already; a failure here is logged with context."""
        if self.sequences is None:
            return
        try:
            decisions = self.sequences.after_callback(inbound, member, handler=handler, added_tags=result.add_tags,
                                                      set_fields=dict(result.set_fields), records=enrolments,
                                                      replied=bool(result.messages))
        except Exception:
            log.exception("sequences after callback brand=%s kind=%s member=%s", inbound.brand, inbound.kind,
                          member.id if member else "-")
            return
        if any(d.outcome == "woken" or (d.outcome == "entered" and 0 < d.next_at <= d.at + 60) for d in decisions):
            self.queue.kick_tick(inbound.brand)  # a step is due now: do not wait for the cron's next tick

    def _route(self, inbound: Inbound, member: Member | None) -> tuple[str | None, Result, Content]:
        """The handler's name, its result and the content it read. A handler bug is logged with
        context and answered `success`, so WeChat does not retry into it; the callback itself stays
        recorded. Content that cannot load is a 503 instead (the claim is released): WeChat retries,
        and nothing is answered with silence."""
        try:
            content = self.content(inbound.brand)
        except ContentError as exc:
            log.error("no content for brand=%s: %s", inbound.brand, exc)
            raise ContentUnavailableError("content unavailable, retry later") from exc
        try:
            routed = self.router.dispatch(inbound, member, content)
        except Exception:
            log.exception("handler failed brand=%s channel=%s kind=%s member=%s", inbound.brand,
                          inbound.channel, inbound.kind, member.id if member else "-")
            return "error", Result(), content
        return routed.handler, routed.result, content

    def _record(self, inbound: Inbound, member: Member | None, handler: str | None, result: Result,
                pipe: redis.client.Pipeline, *, reply: str = "") -> None:
        member_id = member.id if member else ""
        self.events.append_all(inbound.brand, ((f"in.{inbound.kind}", {
            "member": member_id, "channel": str(inbound.channel), "chat": inbound.chat_id,
            "event": inbound.event, "change": inbound.change_type, "handler": handler or "",
            "new": "1" if member is not None and member.is_new else "",
            # what the member said, for the staff a handoff tells (bot/webhook/effects.py); cut to 200 chars
            "text": inbound.text[:TEXT_KEPT_CHARS] if inbound.is_message else "",
            "reply": reply,  # the passive answer's type: a member's timeline shows it (no extra command)
        }), *((event_type, {"member": member_id, **fields}) for event_type, fields in result.events)), pipe=pipe)

    def _robot_for(self, inbound: Inbound) -> str:
        """A WeCom group event is answered in the group through its robot, when the content names
        one (config/groups.yaml robot_key_env); the group bot answers its own @-mentions."""
        if not inbound.chat_id or inbound.channel is not Channel.WECOM:
            return ""
        group = self.content(inbound.brand).group_for_chat(inbound.chat_id)
        return group.robot_key_env if group is not None else ""

    def _deliveries(self, inbound: Inbound, member: Member | None, purpose: str,
                    messages: list[Outbound]) -> list[Delivery]:
        context = DeliveryContext(
            welcome_code=inbound.welcome_code,
            welcome_code_at=epoch_s(inbound.sent_at) if inbound.welcome_code else 0, response_url=inbound.response_url,
            response_url_at=epoch_s(inbound.sent_at) if inbound.response_url else 0, chat_id=inbound.chat_id,
            agent_id=inbound.agent_id, staff_id=inbound.staff_id, in_reply_to=inbound.dedupe_key,
            open_kfid=inbound.open_kfid, robot=self._robot_for(inbound))

        def delivery(message: Outbound, *, key: str, purpose: str, attachments: tuple[Outbound, ...] = ()) -> Delivery:
            return Delivery(brand=inbound.brand, channel=str(inbound.channel), account=inbound.account,
                            member_id=member.id if member else "", user_id=inbound.user_id, message=message,
                            attachments=attachments, key=key, purpose=purpose, context=context,
                            queue=Queue.WELCOME if purpose == "welcome" else Queue.HIGH)

        if inbound.welcome_code:
            # send_welcome_msg takes one text plus attachments, once, within ~20 s (PLATFORM.md §3.3)
            texts = [m for m in messages if isinstance(m, Text)]
            head = texts[0] if texts else messages[0]
            rest = tuple(m for m in messages if m is not head)
            return [delivery(head, attachments=rest, key=f"welcome:{inbound.dedupe_key}", purpose="welcome")]
        return [delivery(message, key=f"reply:{inbound.dedupe_key}:{index}", purpose=purpose)
                for index, message in enumerate(messages)]


def _text(value: bytes | str | None) -> str:
    return value.decode() if isinstance(value, bytes) else (value or "")
