"""`siyu serve` and `siyu worker` as real processes on one environment, for end-to-end tests: started, health
checked, their logs at hand, and stopped (the web server after the workers) when the `with` block ends."""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from pathlib import Path

import requests

from bot.sandbox.simulator import Simulator, Transport, http_transport
from bot.settings import Settings
from tests.support import e2e
from tests.support.redis_server import free_port


class ServedStack:
    """`siyu serve` (`web_workers` gunicorn workers) and one `siyu worker`; logs in `log_dir`."""

    def __init__(self, env: Mapping[str, str], log_dir: Path, *, web_workers: int = 1,
                 brand: str = "default") -> None:
        self.env, self.log_dir, self.port = dict(env), log_dir, free_port()
        self.web_workers, self.brand = web_workers, brand
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = e2e.Workers(self.env, log_dir, siyu=True)
        self.server: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> ServedStack:
        log = (self.log_dir / "serve.log").open("wb")
        self.server = subprocess.Popen([e2e.PYTHON, "-m", "bot", "serve", "--bind", f"127.0.0.1:{self.port}",
                                        "--workers", str(self.web_workers)], env=self.env, cwd=e2e.REPO,
                                       stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        try:
            self.workers.start(1)
            e2e.wait_until(self._healthy, timeout_s=e2e.SERVE_START_S, what="siyu serve to answer /healthz",
                           on_timeout=self.logs)
        except BaseException:
            self.__exit__()  # a stack that never came up must not outlive its test (and slow every later one)
            raise
        return self

    def _healthy(self) -> bool:
        try:
            return requests.get(self.url + "/healthz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def alive(self) -> list[str]:
        """What has exited that should not have: the web server or the worker."""
        dead = [f"siyu serve ({self.server.returncode})"] if self.server and self.server.poll() is not None else []
        return dead + [f"siyu worker ({p.returncode})" for p in self.workers.procs if p.poll() is not None]

    def logs(self) -> str:
        return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-4000:]}" for p in self.log_dir.glob("*.log"))

    def simulator(self, transport: Transport | None = None) -> Simulator:
        """Signs and encrypts as WeChat does; posts to this stack unless given another transport."""
        brand = Settings.from_env(self.env).brands[self.brand]
        return Simulator(oa=brand.oa, wecom=brand.wecom, transport=transport or http_transport(self.url))

    def __exit__(self, *exc: object) -> None:
        self.workers.stop()
        if self.server is not None and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
