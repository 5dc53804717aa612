"""The sandbox exists only in `siyu demo`: the app `siyu serve` runs (create_app with production settings) has
no /sandbox page, no /_sandbox/ endpoint and none of its assets."""

from __future__ import annotations

from bot.app import create_app
from bot.services import Services

PATHS = ["/sandbox", "/sandbox/", "/sandbox/assets/sandbox.js", "/sandbox/assets/sandbox.css", "/sandbox/media/x",
         "/_sandbox/state", "/_sandbox/exchanges/1", "/_sandbox/fake", "/_sandbox/clock"]
POSTS = ["/_sandbox/say", "/_sandbox/event", "/_sandbox/mention", "/_sandbox/open", "/_sandbox/personas",
         "/_sandbox/advance", "/_sandbox/reset", "/_sandbox/tasks/m1/confirm", "/_sandbox/clock"]


def test_no_sandbox_page_or_action_under_serve(services: Services) -> None:
    served = create_app(services=services).test_client()  # as `siyu serve`'s gunicorn builds it, minus the env
    for path in PATHS:
        assert served.get(path).status_code == 404, path
    for path in POSTS:
        assert served.post(path, json={"persona": "p1", "text": "hi", "advance_s": 60}).status_code == 404, path
