"""Builds the long-lived parts (Redis, clock, router, stores, endpoints, pipeline) once per process.

`create_app` hangs them on the Flask app; workers and the CLI build the same set. Nothing connects
at import time.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass

import redis

import handlers
from bot.clock import Clock, SystemClock
from bot.community.attribution import ChannelStats, state_prefixes
from bot.community.drops import Drops, DropStore
from bot.community.effects import CommunityEffects
from bot.community.feed import CommunityFeed
from bot.content import Content, ContentStore, content_directory
from bot.content.publish import published_version
from bot.errors import UnknownEndpointError
from bot.queueing import DeliveryQueue, RQDeliveryQueue
from bot.router import Router
from bot.sequences.engine import SequenceEngine
from bot.settings import Brand, Settings
from bot.store.callbacks import CallbackLedger
from bot.store.connection import connect
from bot.store.enrolments import EnrolmentStore
from bot.store.events import EventLog
from bot.store.ledger import DeliveryLedger
from bot.store.links import LinkStore
from bot.store.members import MemberStore
from bot.store.unanswered import UnansweredQuestions
from bot.tracking.shorten import LinkShortener
from bot.webhook import build_endpoints
from bot.webhook.base import CallbackEndpoint
from bot.webhook.effects import AfterRoute
from bot.webhook.group_guard import GroupReplyGuard
from bot.webhook.pipeline import WebhookPipeline
from handlers.common import names_handoff_word

log = logging.getLogger("siyu.config")


class ContentLibrary:
    """The content version in force for each brand (bot/content/publish.py), loaded lazily."""

    def __init__(self, redis_client: redis.Redis, settings: Settings) -> None:
        self.redis = redis_client
        self.settings = settings
        self._stores: dict[str, ContentStore] = {}
        self._deployed: dict[str, tuple[Content, Content]] = {}  # brand -> (published, as deployed)

    def __call__(self, brand: str) -> Content:
        store = self._stores.get(brand)
        if store is None:
            directory = content_directory(self.settings.config_dir, brand, default_brand=self.settings.default_brand)
            store = self._stores[brand] = ContentStore(self.redis, brand, directory=directory)
        content = store.current()
        seen = self._deployed.get(brand)
        if seen is None or seen[0] is not content:  # once per content version
            seen = self._deployed[brand] = (content, deployed(content, self.settings.brands.get(brand)))
        return seen[1]


def deployed(content: Content, brand: Brand | None) -> Content:
    """The content as this deployment can honour it: handoff.yaml's staff and robot only where the settings
    can reach them (the WeCom app with its secret and agent id; the robot with its key), so the handoff
    handler never says a colleague will reply when nobody can be told (it says so instead)."""
    handoff = content.handoff
    if brand is None:
        return content
    if not handoff.reachable:
        warn_dead_end_answers(content, brand.name)
        return content
    app = brand.wecom is not None and brand.wecom.secret is not None and bool(brand.wecom.agent_id)
    staff = handoff.staff if app else ()
    robot = handoff.robot if handoff.robot in brand.robots else ""
    if (staff, robot) == (handoff.staff, handoff.robot):
        return content
    log.warning("brand %s: handoff.yaml names staff %s and robot %r, but %s: asking for a person is answered "
                "'nobody available' until the settings allow telling them", brand.name, list(handoff.staff) or "none",
                handoff.robot, "; ".join(
                    (["no WECOM_SECRET / WECOM_AGENT_ID (with the brand's env prefix) for the WeCom app"]
                     if handoff.staff and not app else []) +
                    ([f"robot {handoff.robot!r} has no key (GROUP_ROBOT_KEYS)"]
                     if handoff.robot and not robot else [])))
    honoured = dataclasses.replace(content, handoff=dataclasses.replace(handoff, staff=staff, robot=robot))
    if not honoured.handoff.reachable:
        warn_dead_end_answers(honoured, brand.name)
    return honoured


def warn_dead_end_answers(content: Content, brand_name: str) -> None:
    """Log, once per content version, the FAQ answers that name a word asking for a person (人工, "agent") while
    nobody can be told: a member who replies it as the answer says only hears that nobody is available. The
    answers themselves are the brand's words and are sent as written; the manager learns of the dead end here."""
    words = content.handoff.words
    dead_ends = [entry.id for entry in content.faq if entry.id not in content.handoff.faq
                 and any(names_handoff_word(text, words) for text in (entry.answers.zh, entry.answers.en) if text)]
    if dead_ends:
        log.warning("brand %s: nobody can be told when a member asks for a person, yet %d FAQ answers name a "
                    "handoff word (%s): a member who replies it hears that nobody is available; name staff in "
                    "handoff.yaml (and the WeCom app's settings), or reword those answers", brand_name,
                    len(dead_ends), ", ".join(dead_ends))


@dataclass
class Services:
    settings: Settings
    redis: redis.Redis
    clock: Clock
    router: Router
    members: MemberStore
    events: EventLog
    callbacks: CallbackLedger
    queue: DeliveryQueue
    content: ContentLibrary
    unanswered: UnansweredQuestions
    endpoints: dict[tuple[str, str], CallbackEndpoint]
    pipeline: WebhookPipeline
    enrolments: EnrolmentStore
    sequences: SequenceEngine  # enrols and exits; its ticks run in workers (jobs.sequences), with routes
    links: LinkStore
    drops: Drops  # group tutorial drops and catch-ups (bot/community/drops.py); ticks run in workers

    def endpoint(self, brand: str, kind: str) -> CallbackEndpoint:
        endpoint = self.endpoints.get((brand, kind))
        if endpoint is None:
            raise UnknownEndpointError(f"no {kind} callback is configured for brand {brand!r}")
        return endpoint


def build_services(settings: Settings, *, redis_client: redis.Redis | None = None, clock: Clock | None = None,
                   queue: DeliveryQueue | None = None, router: Router | None = None) -> Services:
    redis_client = redis_client if redis_client is not None else connect(settings)
    clock = clock or SystemClock()
    router = router or handlers.register_all(Router())
    members, events = MemberStore(redis_client, clock), EventLog(redis_client, clock)
    callbacks = CallbackLedger(redis_client)
    queue = queue or RQDeliveryQueue(redis_client, settings.delivery)
    content = ContentLibrary(redis_client, settings)
    enrolments = EnrolmentStore(redis_client)
    links = LinkStore(redis_client)
    shorten = LinkShortener(links, settings)
    sequences = SequenceEngine(store=enrolments, members=members, content=content, clock=clock, sink=queue.enqueue,
                               content_version=lambda brand: published_version(redis_client, brand) or 0,
                               shorten=shorten)
    drops = Drops(store=DropStore(redis_client), content=content, settings=settings, clock=clock,
                  sink=queue.enqueue, events=events, shorten=shorten)
    pipeline = WebhookPipeline(ledger=callbacks, members=members, events=events, router=router, content=content,
                               queue=queue, clock=clock, group_guard=GroupReplyGuard(redis_client, clock),
                               after_route=AfterRoute(redis_client, DeliveryLedger(redis_client, clock), queue,
                                                      settings=settings,
                                                      community=CommunityFeed(redis_client, clock, members, content),
                                                      groups=CommunityEffects(
                                                          drops=drops, prefixes=state_prefixes(redis_client),
                                                          stats=ChannelStats(redis_client), queue=queue)),
                               replay_window_s=2 * settings.timestamp_tolerance_s or 600, sequences=sequences,
                               shorten=shorten, replica_wait_ms=settings.replica_wait_ms)
    return Services(settings=settings, redis=redis_client, clock=clock, router=router, members=members,
                    events=events, callbacks=callbacks, queue=queue, content=content,
                    unanswered=UnansweredQuestions(redis_client),
                    endpoints=build_endpoints(settings, clock), pipeline=pipeline, enrolments=enrolments,
                    sequences=sequences, links=links, drops=drops)
