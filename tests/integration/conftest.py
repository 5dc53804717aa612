"""Integration fixtures: the delivery job's services against the fake WeChat API over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import fakeredis
import pytest

from bot.clock import ManualClock
from bot.sandbox.fake_wechat import FakeWeChatServer
from jobs import context
from jobs.context import JobServices
from tests.support.factories import make_settings
from tests.support.jobs import install_jobs


@pytest.fixture
def env(fake: FakeWeChatServer, fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> Iterator[JobServices]:
    """Every route configured: OA and WeCom secrets, the customer-contact secret and one group robot."""
    settings = make_settings(SIYU_OA_API_ORIGIN=fake.origin, SIYU_WECOM_API_ORIGIN=fake.origin,
                             SIYU_OA_SECRET="oasecret", SIYU_WECOM_SECRET="appsecret",
                             SIYU_WECOM_CONTACT_SECRET="contactsecret", SIYU_GROUP_ROBOT_KEYS="ops=robotkey-0001")
    yield install_jobs(settings, fake_redis, clock)
    context.install(None)
