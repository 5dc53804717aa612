"""E2E fixtures: the fake WeChat API over HTTP in this process, a clean real Redis, an image file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from bot.sandbox.fake_wechat import FakeWeChatServer
from tests.support.e2e import PNG, fake_apps


@pytest.fixture
def fake() -> Iterator[FakeWeChatServer]:
    with FakeWeChatServer(apps=fake_apps()) as server:
        yield server


@pytest.fixture
def image(tmp_path: Path) -> Path:
    path = tmp_path / "card.png"
    path.write_bytes(PNG)
    return path


@pytest.fixture
def e2e_redis(real_redis: redis.Redis) -> redis.Redis:
    return real_redis
