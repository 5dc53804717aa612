"""`siyu serve`'s web server: gunicorn running `create_app()` in each worker process (the Procfile runs the same
app with the gunicorn command). Only `siyu serve` imports it, so gunicorn loads only there."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

TIMEOUT_S = 30  # a request never legitimately takes this long: WeChat gives up after 5 s


class _Gunicorn(BaseApplication):
    """gunicorn's embedding API: options from the command line instead of a config file."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        """Called in each worker after the fork: every process builds its own app and connections."""
        from bot.app import create_app

        return create_app()


# The access log names the path only (%(U)s), never the query: WeChat's query carries the signature,
# timestamp and nonce that authorise a plaintext body, and the follower's openid (personal data).
ACCESS_LOG_FORMAT = '%(h)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'


def serve(*, bind: str, workers: int) -> None:
    """Run gunicorn until stopped. No preloading: no app, Redis connection or heap is shared across the fork."""
    _Gunicorn({"bind": bind, "workers": workers, "worker_class": "gthread", "threads": 4,
               "timeout": TIMEOUT_S, "accesslog": "-", "access_log_format": ACCESS_LOG_FORMAT,
               "preload_app": False}).run()
