"""/metrics (parsed with prometheus-client's parser: the values move by what the test did) and JSON logs
(every line of a callback carries its request id; no secret or message text at INFO)."""

from __future__ import annotations

import json
import logging

import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import create_app
from bot.observability import logs
from bot.outbound import Queue, Text
from bot.queueing import RQDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services, build_services
from bot.store.ledger import DeliveryLedger
from tests.conftest import simulator_for
from tests.support.factories import OA_AES_KEY, OA_TOKEN, make_delivery, make_settings, router_with


def scrape(client, **headers: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.data
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.get_data(as_text=True)) for s in family.samples}


def value(samples: dict, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_metrics_count_what_the_test_did(client, simulator: Simulator, services: Services, clock) -> None:
    before = scrape(client)
    simulator.oa_subscribe("o_metrics")  # a follow: welcome as the passive reply
    simulator.oa_message("o_metrics", "退货政策是什么")  # an FAQ question
    simulator.oa_message("o_metrics", "火星上有分店吗")  # unanswered
    ledger = DeliveryLedger(services.redis, clock)
    for index in range(2):
        ledger.park("default", key=f"k{index}", member_id="m1", delivery=make_delivery(Text(text="x")).to_data(),
                    reason="window closed")
    RQDeliveryQueue(services.redis).enqueue([make_delivery(Text(text="queued"), key="q1", queue=Queue.DEFAULT)])
    after = scrape(client)

    def moved(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert moved("siyu_callbacks_total", brand="default", channel="oa", kind="subscribe") == 1
    assert moved("siyu_callbacks_total", brand="default", channel="oa", kind="text") == 2
    assert moved("siyu_passive_replies_total", channel="oa", type="text") == 3
    assert moved("siyu_faq_total", brand="default", outcome="unanswered") == 1
    assert moved("siyu_faq_total", brand="default", outcome="answered") + \
        moved("siyu_faq_total", brand="default", outcome="did_you_mean") == 1
    assert moved("siyu_webhook_seconds_count", kind="oa") == 3
    assert value(after, "siyu_parked_deliveries", brand="default") == 2
    assert value(after, "siyu_queue_depth", queue="default") == 1
    assert value(after, "siyu_queue_oldest_job_age_seconds", queue="default") >= 0
    assert ("siyu_sequence_tick_lag_seconds", (("brand", "default"),)) in after
    names = {name for name, _ in after}
    assert all(name.startswith("siyu_") for name in names if not name.startswith(("python_", "process_")))
    assert not any("member" in dict(labels) for _, labels in after)  # never a member id


def test_metrics_want_the_token_when_one_is_set(fake_redis, clock, delivery_queue) -> None:
    settings = make_settings(SIYU_METRICS_TOKEN="scrape-secret-123")
    app = create_app(services=build_services(settings, redis_client=fake_redis, clock=clock, queue=delivery_queue,
                                             router=router_with()))
    client = app.test_client()
    assert client.get("/metrics").status_code == 401
    assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert scrape(client, Authorization="Bearer scrape-secret-123")


def test_without_a_token_metrics_answer_loopback_only(client) -> None:
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "10.1.2.3"}).status_code == 403
    assert client.get("/metrics", environ_base={"REMOTE_ADDR": "127.0.0.1"}).status_code == 200


@pytest.fixture
def json_lines(monkeypatch: pytest.MonkeyPatch):
    """Root logging as SIYU_LOG_FORMAT=json sets it up, into a list (restored after the test)."""
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(self.format(record))

    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    root.handlers = [Collect()]
    root.setLevel(logging.INFO)
    logs.configure("INFO", "json")
    yield records
    root.handlers = saved_handlers
    root.setLevel(saved_level)


def test_json_logs_carry_one_request_id_per_callback_and_no_content(json_lines: list[str], fake_redis, clock,
                                                                    delivery_queue) -> None:
    settings = make_settings(SIYU_LOG_FORMAT="json")
    services = build_services(settings, redis_client=fake_redis, clock=clock, queue=delivery_queue,
                              router=router_with())
    simulator = simulator_for(create_app(services=services).test_client(), settings, clock)
    json_lines.clear()
    simulator.oa_subscribe("o_logs_secret_openid")
    first = [json.loads(line) for line in json_lines]
    json_lines.clear()
    simulator.oa_message("o_logs_secret_openid", "我的密码是 hunter2-secret")
    second = [json.loads(line) for line in json_lines]
    assert first and second
    for lines in (first, second):
        assert {"time", "level", "logger", "request_id", "message"} <= set(lines[0])
        assert len({line["request_id"] for line in lines}) == 1 and lines[0]["request_id"] != "-"
    assert first[0]["request_id"] != second[0]["request_id"]
    text = "\n".join(json.dumps(line, ensure_ascii=False) for line in first + second if line["level"] == "INFO")
    for secret in ("hunter2-secret", "我的密码", OA_TOKEN, OA_AES_KEY, "o_logs_secret_openid"):
        assert secret not in text


def test_a_jobs_lines_carry_its_job_id(json_lines: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeJob:
        id = "deliver-abc123"

    monkeypatch.setattr("rq.get_current_job", lambda: FakeJob())
    logs.REQUEST_ID.set("")
    logging.getLogger("siyu.test").info("sent %d", 1)
    assert json.loads(json_lines[-1])["request_id"] == "deliver-abc123"
