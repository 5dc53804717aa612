"""create_app as gunicorn calls it (bare) freezes the warm heap; with services given it leaves the collector alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from bot.app import create_app
from tests.support.factories import TEST_ENV


@pytest.fixture
def unfrozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()  # give the test process its collector back


def test_bare_create_app_freezes_the_warm_heap(unfrozen: None, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in TEST_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SIYU_REDIS_URL", raising=False)  # the embedded store: no server needed
    assert gc.get_freeze_count() == 0
    app = create_app()
    assert gc.get_freeze_count() > 1000  # imports, content and the FAQ index are out of the collector's reach
    assert app.test_client().get("/healthz").status_code == 200


def test_create_app_with_services_leaves_the_collector_alone(unfrozen: None, app: object) -> None:
    assert gc.get_freeze_count() == 0
