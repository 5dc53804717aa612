"""/metrics across processes: two processes (as two gunicorn workers, or a web process and `siyu worker`) count
into PROMETHEUS_MULTIPROC_DIR, and a third one's /metrics adds them up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

REPO = Path(__file__).resolve().parents[2]
COUNT = """
from bot.observability.metrics import CALLBACKS, DELIVERIES, WEBHOOK_SECONDS
CALLBACKS.labels("default", "oa", "text").inc({n})
DELIVERIES.labels("oa_custom", "sent").inc({n})
WEBHOOK_SECONDS.labels("oa").observe(0.01)
"""
SCRAPE = """
import fakeredis
from bot.app import create_app
from bot.services import build_services
from tests.support.factories import make_settings
app = create_app(services=build_services(make_settings(), redis_client=fakeredis.FakeRedis()))
print(app.test_client().get("/metrics").get_data(as_text=True))
"""


def run(code: str, directory: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIYU_")}
    env["PROMETHEUS_MULTIPROC_DIR"] = str(directory)
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    return done.stdout


def test_metrics_add_up_the_counters_of_every_process(tmp_path: Path) -> None:
    run(COUNT.format(n=2), tmp_path)  # "a web worker"
    run(COUNT.format(n=5), tmp_path)  # "a job worker"
    text = run(SCRAPE, tmp_path)
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for family in text_string_to_metric_families(text) for s in family.samples}
    assert samples[("siyu_callbacks_total", (("brand", "default"), ("channel", "oa"), ("kind", "text")))] == 7
    assert samples[("siyu_deliveries_total", (("outcome", "sent"), ("route", "oa_custom")))] == 7
    assert samples[("siyu_webhook_seconds_count", (("kind", "oa"),))] == 2
    assert ("siyu_queue_depth", (("queue", "high"),)) in samples  # the Redis-read gauges beside them
