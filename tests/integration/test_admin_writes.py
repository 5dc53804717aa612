"""The dashboard's writes on a community seeded through the real paths (tests/support/admin.py): retrying a
permanently failed delivery (one, or all behind a confirmation) through the admin API's own retry, every write
audited on the API's path (who, when, what, outcome), and a member's timeline showing each message once, with
its route or reason, on the dashboard, the API and the CLI alike."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient
from rq import Queue as RQQueue

from bot.admin import actions
from bot.cli import cli
from bot.cli import members as members_cli
from bot.queueing import RecordingDeliveryQueue
from bot.services import Services
from bot.store import keys
from bot.store.audit import AuditLog
from bot.store.handoffs import HandoffStore
from bot.store.ledger import DeliveryLedger
from bot.store.tokens import TokenStore
from tests.scenarios.test_admin_auth import csrf_of, sign_in
from tests.support.admin import (  # noqa: F401 - the two fixtures
    FOLLOWERS,
    Seeded,
    dashboard_settings_fixture,
    oa_member,
    seeded_fixture,
)
from tests.support.factories import TEST_ENV

UNFOLLOWED = oa_member(FOLLOWERS[3])  # lesson-1 failed for good for them (43004), its delivery kept for a retry
PARKED = oa_member(FOLLOWERS[5])  # a reply with no window left parked for them


def failed_key(services: Services) -> str:
    [failure] = DeliveryLedger(services.redis, services.clock).failures("default")
    assert failure["member"] == UNFOLLOWED and failure["errcode"] == "43004"
    return str(failure["key"])


def audit_rows(services: Services) -> list[dict[str, str]]:
    return list(reversed(AuditLog(services.redis, services.clock).recent()))  # oldest first


def token_id(services: Services, token: str) -> str:
    record = TokenStore(services.redis, services.clock).verify(token)
    assert record is not None
    return record.id


def deliveries_page(client: FlaskClient, seeded: Seeded) -> str:
    """The delivery failures page, in English, signed in with the write token."""
    sign_in(client, seeded.write_token)
    client.get("/admin/lang/en")
    return client.get("/admin/deliveries").text


def test_a_write_token_retries_one_permanently_failed_delivery(
        client: FlaskClient, seeded: Seeded, services: Services, delivery_queue: RecordingDeliveryQueue) -> None:
    key = failed_key(services)
    page = deliveries_page(client, seeded)
    row = re.search(rf'<tr data-key="{re.escape(key)}">.*?</tr>', page, re.S)
    assert row is not None and 'name="retry"' in row.group(0) and "43004" in row.group(0)
    answer = client.post("/admin/deliveries/failed/retry", data={"csrf": csrf_of(page), "key": key},
                         follow_redirects=True)
    assert "Queued to send again." in answer.text
    assert [(d.key, d.member_id) for d in delivery_queue.deliveries] == [(key, UNFOLLOWED)]  # the API's retry
    assert DeliveryLedger(services.redis, services.clock).retryable_failures("default", [key]) == [False]
    row = re.search(rf'<tr data-key="{re.escape(key)}">.*?</tr>', answer.text, re.S)
    assert row is not None and 'name="retry"' not in row.group(0)  # retried: no second button
    again = client.post("/admin/deliveries/failed/retry", data={"csrf": csrf_of(page), "key": key},
                        follow_redirects=True)
    assert "Not done: no retryable failed delivery" in again.text and len(delivery_queue.deliveries) == 1


def test_retry_all_failed_deliveries_asks_first(
        client: FlaskClient, seeded: Seeded, services: Services, delivery_queue: RecordingDeliveryQueue) -> None:
    key = failed_key(services)
    page = deliveries_page(client, seeded)
    assert 'id="retry-all-failed"' in page and 'id="confirm-retry-failed"' not in page
    answer = client.post("/admin/deliveries/failed/retry-all", data={"csrf": csrf_of(page)})  # not confirmed: asks
    assert answer.location == "/admin/deliveries?confirm=retry-all#failed" and delivery_queue.deliveries == []
    page = client.get("/admin/deliveries?confirm=retry-all").text
    assert 'id="confirm-retry-failed"' in page and "Retry all 1 failed deliveries?" in page
    answer = client.post("/admin/deliveries/failed/retry-all", data={"csrf": csrf_of(page), "confirmed": "yes"},
                         follow_redirects=True)
    assert "1 deliveries queued to send again." in answer.text
    assert [d.key for d in delivery_queue.deliveries] == [key]
    assert 'id="retry-all-failed"' not in answer.text  # nothing left to retry


def test_retry_all_counts_every_failure_it_would_queue_not_only_those_shown(
        client: FlaskClient, seeded: Seeded, services: Services) -> None:
    ledger = DeliveryLedger(services.redis, services.clock)
    for i in range(60):  # more than the page lists (50)
        ledger.record_failure("default", key=f"bulk:{i}", member_id=UNFOLLOWED, route="oa_custom", errcode=43004,
                              errmsg="require subscribe", reason="UnreachableError", delivery={"key": f"bulk:{i}"})
    page = deliveries_page(client, seeded)
    assert page.count('name="retry"') == 50 + 1  # the rows shown, and the failed job's button
    assert "Retry all 61 failed deliveries?" in client.get("/admin/deliveries?confirm=retry-all").text


def test_a_write_token_sends_a_parked_delivery_now(
        client: FlaskClient, seeded: Seeded, services: Services, delivery_queue: RecordingDeliveryQueue) -> None:
    """The admin API's parked retry (bot.manager.deliveries.retry_parked): the delivery is queued again (to meet
    the route chooser again), once, its button gone, and audited."""
    [parked] = DeliveryLedger(services.redis, services.clock).parked_entries("default")
    key = str(parked["key"])
    assert parked["member"] == PARKED and key == "dash:parked:1"
    page = deliveries_page(client, seeded)
    row = re.search(rf'<tr data-key="{re.escape(key)}">.*?</tr>', page.split('id="parked"')[1], re.S)
    assert row is not None and 'name="retry-parked"' in row.group(0) and "Send now" in row.group(0)
    answer = client.post("/admin/deliveries/parked/retry", data={"csrf": csrf_of(page), "key": key},
                         follow_redirects=True)
    assert "Queued to send again." in answer.text
    assert [(d.key, d.member_id) for d in delivery_queue.deliveries] == [(key, PARKED)]
    row = re.search(rf'<tr data-key="{re.escape(key)}">.*?</tr>', answer.text.split('id="parked"')[1], re.S)
    assert row is not None and "retry-parked" not in row.group(0)  # no longer waiting: no second button
    again = client.post("/admin/deliveries/parked/retry", data={"csrf": csrf_of(page), "key": key},
                        follow_redirects=True)
    assert "Not done: no parked delivery" in again.text and len(delivery_queue.deliveries) == 1
    assert [(r["action"], r["target"], r["outcome"][:11]) for r in audit_rows(services)] == [
        (actions.RETRY_PARKED, key, "ok"), (actions.RETRY_PARKED, key, "refused 404")]
    assert client.post("/admin/deliveries/parked/retry", data={"key": key}).status_code == 400  # no CSRF token


def test_a_read_token_gets_no_retry_button_and_cannot_post(client: FlaskClient, seeded: Seeded,
                                                           services: Services) -> None:
    sign_in(client, seeded.read_token)
    page = client.get("/admin/deliveries").text
    assert 'name="retry"' not in page and "retry-all" not in page and "retry-parked" not in page
    answer = client.post("/admin/deliveries/failed/retry", data={"csrf": csrf_of(page), "key": failed_key(services)})
    assert answer.status_code == 403 and audit_rows(services) == []
    parked = client.post("/admin/deliveries/parked/retry", data={"csrf": csrf_of(page), "key": "dash:parked:1"})
    assert parked.status_code == 403 and audit_rows(services) == []


def test_every_dashboard_write_leaves_an_audit_row(client: FlaskClient, seeded: Seeded, services: Services) -> None:
    key = failed_key(services)
    [handoff] = HandoffStore(services.redis, services.clock).list_open("default")
    sign_in(client, seeded.write_token)
    csrf = csrf_of(client.get("/admin/").text)
    for path, form in ((f"/admin/handoffs/{handoff.id}/close", {}),
                       (f"/admin/handoffs/{handoff.id}/close", {}),  # closed already: refused, audited too
                       (f"/admin/jobs/{seeded.failed_job_id}/retry", {}),
                       ("/admin/queues/requeue-all", {"confirmed": "yes"}),
                       ("/admin/deliveries/failed/retry", {"key": key}),
                       ("/admin/deliveries/failed/retry-all", {"confirmed": "yes"}),
                       ("/admin/queues/requeue-all", {})):  # not confirmed: nothing done, nothing audited
        assert client.post(path, data={"csrf": csrf, **form}).status_code == 302, path
    rows = audit_rows(services)
    assert [(r["action"], r["target"], r["outcome"][:11]) for r in rows] == [
        (actions.CLOSE_HANDOFF, handoff.id, "ok"),
        (actions.CLOSE_HANDOFF, handoff.id, "refused 404"),
        (actions.RETRY_JOB, seeded.failed_job_id, "ok"),
        (actions.REQUEUE_ALL_JOBS, "", "ok"),
        (actions.RETRY_DELIVERY, key, "ok"),
        (actions.RETRY_ALL_DELIVERIES, "", "ok"),
    ]
    who = f"token:{token_id(services, seeded.write_token)}"
    assert all(r["who"] == who and r["brand"] == "default" and int(r["at"]) > 0 for r in rows)
    assert json.loads(rows[4]["detail"]) == {"key": key}
    assert RQQueue("default", connection=services.redis).get_job_ids() == [seeded.failed_job_id]


def timeline_kinds(rows: list[dict], kind_of: str = "type") -> list[str]:
    return [row[kind_of] for row in rows if row[kind_of].startswith("out.")]


def test_a_members_timeline_shows_each_message_once_with_route_and_reason_everywhere(
        client: FlaskClient, seeded: Seeded, services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {**TEST_ENV, "SIYU_REDIS_URL": "redis://127.0.0.1:1/0"}.items():  # connect() is patched
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(members_cli, "connect", lambda settings: services.redis)
    read = {"Authorization": f"Bearer {seeded.read_token}"}
    lesson = seeded.lesson_members[0]
    sends = [f for _, f in services.redis.xrange(keys.sends("default")) if f[b"member"].decode() == lesson]
    expected = {lesson: ["out.sent"] * len(sends), UNFOLLOWED: ["out.failed"], PARKED: ["out.parked"]}
    assert sends and expected[lesson]
    sign_in(client, seeded.read_token)
    for member_id, kinds in expected.items():
        api = client.get(f"/api/v1/members/{member_id}/timeline?limit=200", headers=read).get_json()
        assert timeline_kinds(api) == kinds, member_id
        cli_rows = json.loads(CliRunner().invoke(cli, ["members", "timeline", member_id, "--json"]).output)
        assert cli_rows == api
        page = client.get(f"/admin/members/{member_id}").text
        assert re.findall(r"<b>(out\.[a-z]+)</b>", page) == kinds, member_id
        outs = [row for row in api if row["type"].startswith("out.")]
        if member_id == lesson:
            assert all(row["details"]["route"] == "oa_custom" for row in outs)
        elif member_id == UNFOLLOWED:
            assert outs[0]["details"]["errcode"] == "43004" and outs[0]["details"]["route"] == "oa_custom"
        else:
            assert "customer-service budget" in outs[0]["details"]["reason"] and outs[0]["details"]["message"] == "text"
    # the overview counts each send once too: the API's out.sent is the sends stream's length
    today = client.get("/api/v1/overview", headers=read).get_json()["today"]
    assert today["out.sent"] == services.redis.xlen(keys.sends("default"))
    assert (today["out.failed"], today["out.parked"]) == (1, 1)
