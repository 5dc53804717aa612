"""Production web serving: gunicorn running `create_app()` in each worker process."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

TIMEOUT_S = 30  # a request never legitimately takes this long: WeChat gives up after 5 s


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        from bot.app import create_app

        return create_app()


def serve(*, bind: str, workers: int) -> None:
    _Gunicorn({"bind": bind, "workers": workers, "worker_class": "gthread", "threads": 4,
               "timeout": TIMEOUT_S, "accesslog": "-", "preload_app": False}).run()
