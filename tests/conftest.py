"""Shared fixtures: settings, fakeredis-backed app and client, a manual clock, a simulator,
and a real redis-server on a free port for integration tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import fakeredis
import pytest
import redis

from bot.app import create_app
from bot.clock import ManualClock
from bot.queueing import RecordingDeliveryQueue
from bot.router import Handler
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import Services, build_services
from bot.settings import Settings
from tests.support.factories import make_settings, router_with
from tests.support.redis_server import RedisServer

REPO = Path(__file__).resolve().parent.parent
# The published crypto vectors and sample callbacks. tests/published is a verbatim copy of the reference
# shelf's ../shared/testdata, so that a clone anywhere runs the whole suite; where the shelf sits next to
# the repository it is used itself, and tests/unit/test_published_copy.py checks that the copy still matches.
SHELF_TESTDATA = REPO.parent / "shared" / "testdata"
VENDORED_TESTDATA = REPO / "tests" / "published"
SHARED_TESTDATA = Path(os.environ.get("SIYU_SHARED_TESTDATA") or
                       (SHELF_TESTDATA if SHELF_TESTDATA.is_dir() else VENDORED_TESTDATA))


# Tiers are named by what they need, and each folder's tests carry its marker (`pytest -m unit`, ...):
TIER_MARKERS = {
    "unit": "unit",  # pure code, or stores on fakeredis: no app, no server, no process
    "scenarios": "scenario",  # the real app (create_app) on fakeredis, driven through the simulator
    "integration": "integration",  # real HTTP (the fake WeChat API on a port) and/or a real redis-server
    "e2e": "e2e",  # real processes: gunicorn, siyu worker, siyu demo
    "browser": "browser",  # headless Chromium (tests/support/browser.py) against the real app
}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        parts = Path(str(item.path)).relative_to(REPO / "tests").parts
        marker = TIER_MARKERS.get(parts[0]) if len(parts) > 1 else None
        if marker is not None:
            item.add_marker(marker)


@pytest.fixture(autouse=True)
def _clean_siyu_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see only the SIYU_* settings they set themselves."""
    for name in list(os.environ):
        if name.startswith("SIYU_") and name not in ("SIYU_REQUIRE_REDIS", "SIYU_REQUIRE_BROWSER", "SIYU_REDIS_SERVER"):
            monkeypatch.delenv(name)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))


@pytest.fixture
def settings() -> Settings:
    return make_settings()


@pytest.fixture
def fake_redis() -> fakeredis.FakeRedis:
    return fakeredis.FakeRedis(server=fakeredis.FakeServer())


@pytest.fixture
def fake(clock: ManualClock) -> Iterator[FakeWeChatServer]:
    """The fake WeChat API on a free port, on the test's clock (welcome codes, tokens and windows age
    only when the test moves it)."""
    with FakeWeChatServer(clock=clock) as server:
        yield server


@pytest.fixture
def delivery_queue() -> RecordingDeliveryQueue:
    return RecordingDeliveryQueue()


@pytest.fixture
def services(settings: Settings, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
             delivery_queue: RecordingDeliveryQueue) -> Services:
    return build_services(settings, redis_client=fake_redis, clock=clock, queue=delivery_queue, router=router_with())


@pytest.fixture
def app(services: Services):
    return create_app(services=services)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def simulator(client, settings: Settings, clock: ManualClock) -> Simulator:
    return simulator_for(client, settings, clock)


def simulator_for(client, settings: Settings, clock: ManualClock) -> Simulator:
    brand = settings.brands[settings.default_brand]
    return Simulator(brand=brand.name, oa=brand.oa, wecom=brand.wecom, group_bot=brand.group_bot,
                     transport=flask_transport(client),
                     now=lambda: int(clock.now().timestamp()))


@pytest.fixture
def serve_with(settings: Settings, fake_redis: fakeredis.FakeRedis, clock: ManualClock,
               delivery_queue: RecordingDeliveryQueue) -> Callable[..., tuple[Simulator, Services]]:
    """`simulator, services = serve_with(MyHandler())`: the app on the same fakeredis, clock and queue
    as the other fixtures, with a router that tries the test's own handlers first."""
    def serve(*first: Handler) -> tuple[Simulator, Services]:
        services = build_services(settings, redis_client=fake_redis, clock=clock, queue=delivery_queue,
                                  router=router_with(*first))
        return simulator_for(create_app(services=services).test_client(), settings, clock), services

    return serve


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """A real redis-server for the whole session. Skipped when the binary is missing, unless
    SIYU_REQUIRE_REDIS=1 (as in CI), where that is a failure."""
    binary = RedisServer.find_binary()
    if binary is None:
        message = "redis-server not found on PATH (install Debian's redis-server, or set SIYU_REDIS_SERVER)"
        if os.environ.get("SIYU_REQUIRE_REDIS") == "1":
            pytest.fail(message + "; SIYU_REQUIRE_REDIS=1 makes this a failure")
        pytest.skip(message)
    server = RedisServer(tmp_path_factory.mktemp("redis"), binary).start()
    yield server
    server.stop()


@pytest.fixture
def real_redis(redis_server: RedisServer) -> Iterator[redis.Redis]:
    client = redis_server.client()
    client.flushall()
    yield client
    client.close()
