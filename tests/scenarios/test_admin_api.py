"""The admin API (/api/v1) on the real app: auth rules, every endpoint family, the audit log, and that the
OpenAPI document names exactly the routes the app serves."""

from __future__ import annotations

import pytest

from bot.clock import ManualClock
from bot.member import member_id_for
from bot.outbound import Text
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.store.ledger import DeliveryLedger
from bot.store.tokens import Role, TokenStore
from tests.support.factories import OA_APPID, make_delivery


@pytest.fixture
def tokens(services: Services) -> dict[str, str]:
    store = TokenStore(services.redis, services.clock)
    return {"read": store.create(role=Role.READ)[1], "write": store.create(role=Role.WRITE, label="ops")[1],
            "other": store.create(role=Role.WRITE, brand="acme")[1],
            "default_read": store.create(role=Role.READ, brand="default")[1]}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def follower(simulator: Simulator, openid: str = "o_api_1") -> str:
    assert simulator.oa_subscribe(openid).status == 200
    return member_id_for(f"oa:{OA_APPID}:{openid}")


def test_no_token_or_a_bad_one_is_401_and_says_so_in_json(client, tokens: dict[str, str]) -> None:
    for headers in ({}, {"Authorization": "Basic abc"}, auth("sy_nope_nope"), auth(tokens["read"] + "x")):
        response = client.get("/api/v1/sequences", headers=headers)
        assert response.status_code == 401 and "token" in response.get_json()["error"]


def test_read_tokens_cannot_write_and_brand_tokens_stay_in_their_brand(client, tokens: dict[str, str]) -> None:
    assert client.get("/api/v1/sequences", headers=auth(tokens["read"])).status_code == 200
    refused = client.post("/api/v1/sequences/newcomer/pause", headers=auth(tokens["read"]))
    assert refused.status_code == 403 and "read-only" in refused.get_json()["error"]
    other = client.get("/api/v1/sequences?brand=default", headers=auth(tokens["other"]))
    assert other.status_code == 403 and "acme" in other.get_json()["error"]
    assert client.get("/api/v1/sequences?brand=acme", headers=auth(tokens["default_read"])).status_code == 403
    assert client.get("/api/v1/sequences?brand=nosuch", headers=auth(tokens["write"])).status_code == 404


def test_a_revoked_token_is_refused_at_once(client, services: Services, tokens: dict[str, str]) -> None:
    store = TokenStore(services.redis, services.clock)
    record = store.verify(tokens["read"])
    assert record is not None and store.revoke(record.id)
    assert client.get("/api/v1/sequences", headers=auth(tokens["read"])).status_code == 401
    stored = repr([services.redis.hgetall(k) for k in services.redis.keys("siyu:@admin:*")
                   if services.redis.type(k) == b"hash"])
    assert tokens["write"] not in stored and tokens["write"].split("_", 2)[2] not in stored  # only hashes kept


def test_members_search_show_timeline_tag_untag_optout(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    member = follower(simulator)
    simulator.oa_message("o_api_1", "你好")
    w = auth(tokens["write"])
    [found] = client.get("/api/v1/members?channel_id=o_api_1", headers=w).get_json()
    assert found["id"] == member and found["channel"] == "oa" and found["opted_out"] is False
    assert found["sequences"]["newcomer"]["active"] is True  # the follow enrolled them
    shown = client.get(f"/api/v1/members/{member}", headers=w).get_json()
    assert shown["id"] == member
    kinds = [e["type"] for e in client.get(f"/api/v1/members/{member}/timeline", headers=w).get_json()]
    assert "in.text" in kinds and "in.subscribe" in kinds
    tagged = client.post(f"/api/v1/members/{member}/tags", headers=w, json={"tags": ["vip", "beta"]}).get_json()
    assert {"vip", "beta"} <= set(tagged["tags"])
    assert [m["id"] for m in client.get("/api/v1/members?tag=vip", headers=w).get_json()] == [member]
    untagged = client.post(f"/api/v1/members/{member}/tags/remove", headers=w, json={"tags": ["vip"]}).get_json()
    assert "vip" not in untagged["tags"] and "beta" in untagged["tags"]
    assert client.get("/api/v1/members?tag=vip", headers=w).get_json() == []
    out = client.post(f"/api/v1/members/{member}/optout", headers=w).get_json()
    assert out["opted_out"] is True and out["sequences"]["newcomer"]["active"] is False
    assert client.get("/api/v1/members/mdeadbeefdeadbeef", headers=w).status_code == 404
    assert client.get("/api/v1/members", headers=w).status_code == 400  # no criterion


def test_enrol_exit_and_handoffs(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    member = follower(simulator, "o_api_2")
    w = auth(tokens["write"])
    left = client.post(f"/api/v1/members/{member}/exit", headers=w, json={"sequence": "newcomer"})
    assert left.status_code == 200 and left.get_json()["outcome"] == "ended"
    assert client.post(f"/api/v1/members/{member}/exit", headers=w, json={"sequence": "newcomer"}).status_code == 409
    assert client.post(f"/api/v1/members/{member}/enrol", headers=w, json={}).status_code == 400
    opened = client.post(f"/api/v1/members/{member}/handoff", headers=w, json={"note": "VIP complaint"})
    assert opened.status_code == 200
    handoff_id = opened.get_json()["id"]
    assert [h["id"] for h in client.get("/api/v1/handoffs", headers=w).get_json()] == [handoff_id]
    assert client.post(f"/api/v1/members/{member}/handoff", headers=w).status_code == 409  # one at a time
    assert client.post(f"/api/v1/handoffs/{handoff_id}/close", headers=w).status_code == 200
    assert client.get("/api/v1/handoffs", headers=w).get_json() == []
    assert client.post(f"/api/v1/handoffs/{handoff_id}/close", headers=w).status_code == 404


def test_pause_stops_enrolment_and_resume_restores_it(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    w = auth(tokens["write"])
    paused = client.post("/api/v1/sequences/newcomer/pause", headers=w).get_json()
    assert paused["paused"] is True and paused["paused_by_manager"] is True
    member = follower(simulator, "o_paused")
    assert client.get(f"/api/v1/members/{member}", headers=w).get_json()["sequences"] == {}
    assert client.post("/api/v1/sequences/newcomer/resume", headers=w).get_json()["paused"] is False
    member = follower(simulator, "o_resumed")
    assert "newcomer" in client.get(f"/api/v1/members/{member}", headers=w).get_json()["sequences"]
    stats = client.get("/api/v1/sequences/newcomer/stats", headers=w).get_json()
    assert stats["sequence"] == "newcomer" and stats["enrolled"] == 1 and stats["steps"]
    assert client.get("/api/v1/sequences/nosuch/stats", headers=w).status_code == 404


def test_preview_rows_carry_step_and_local_time(client, tokens: dict[str, str]) -> None:
    rows = client.get("/api/v1/sequences/newcomer/preview?tz=Asia/Shanghai&days=8",
                      headers=auth(tokens["read"])).get_json()
    assert rows and all({"step", "at", "outcome"} <= set(row) for row in rows)
    assert rows[-1]["at"].endswith("+08:00")
    bad = client.get("/api/v1/sequences/newcomer/preview?tz=Mars/Base", headers=auth(tokens["read"]))
    assert bad.status_code == 400 and "IANA" in bad.get_json()["error"]
    assert client.get("/api/v1/sequences/newcomer/preview?days=abc", headers=auth(tokens["read"])).status_code == 400


def test_content_current_validate_apply(client, tokens: dict[str, str]) -> None:
    assert client.get("/api/v1/content", headers=auth(tokens["read"])).get_json()["version"] is None
    checked = client.post("/api/v1/content/validate", headers=auth(tokens["read"])).get_json()
    assert checked["valid"] is True and checked["problems"] == []
    assert client.post("/api/v1/content/apply", headers=auth(tokens["read"])).status_code == 403
    applied = client.post("/api/v1/content/apply", headers=auth(tokens["write"])).get_json()
    assert applied["version"] == 1
    assert client.get("/api/v1/content", headers=auth(tokens["read"])).get_json()["version"] == 1


def test_failed_and_parked_deliveries_are_listed_with_reasons_and_retried(
        client, services: Services, delivery_queue: RecordingDeliveryQueue, clock: ManualClock,
        tokens: dict[str, str]) -> None:
    ledger = DeliveryLedger(services.redis, clock)
    failed = make_delivery(Text(text="hi"), key="reply:x:0", member_id="m1")
    ledger.record_failure("default", key=failed.key, member_id="m1", route="oa_custom", errcode=45015,
                          errmsg="response out of time limit", reason="MemberUnreachableError",
                          delivery=failed.to_data())
    parked = make_delivery(Text(text="day 3"), key="seq:newcomer:m2:d3", member_id="m2")
    ledger.park("default", key=parked.key, member_id="m2", delivery=parked.to_data(),
                reason="oa_custom: the 48-hour window is closed")
    w = auth(tokens["write"])
    [row] = client.get("/api/v1/deliveries/failed", headers=w).get_json()
    assert row["errcode"] == "45015" and row["retryable"] is True and row["key"] == "reply:x:0"
    [prow] = client.get("/api/v1/deliveries/parked", headers=w).get_json()
    assert "48-hour" in prow["reason"] and prow["waiting"] is True
    assert client.post("/api/v1/deliveries/failed/retry", headers=w, json={"key": "reply:x:0"}).status_code == 200
    assert [d.key for d in delivery_queue.deliveries] == ["reply:x:0"]
    assert ledger.state("default", "reply:x:0") is None  # freed: the queued delivery may send
    assert client.post("/api/v1/deliveries/failed/retry", headers=w, json={"key": "reply:x:0"}).status_code == 404
    assert client.post("/api/v1/deliveries/parked/retry-all", headers=w).get_json()["queued"] == 1
    assert [d.key for d in delivery_queue.deliveries][-1] == "seq:newcomer:m2:d3"
    assert client.post("/api/v1/deliveries/failed/retry-all", headers=w).get_json()["queued"] == 0


def test_queue_health_and_unanswered(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    simulator.oa_message("o_q", "火星上有没有分店")
    health = client.get("/api/v1/queues", headers=auth(tokens["read"])).get_json()
    assert {q["name"] for q in health["queues"]} >= {"welcome", "high", "default", "bulk"}
    assert health["sequences"][0]["brand"] == "default"
    rows = client.get("/api/v1/unanswered", headers=auth(tokens["read"])).get_json()
    assert rows and rows[0]["count"] == 1


def test_writes_are_audited_with_who_what_and_outcome(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    member = follower(simulator, "o_audit")
    w = auth(tokens["write"])
    client.post(f"/api/v1/members/{member}/tags", headers=w, json={"tags": ["vip"]})
    client.post("/api/v1/members/mdeadbeefdeadbeef/tags", headers=w, json={"tags": ["vip"]})
    client.get(f"/api/v1/members/{member}", headers=w)  # reads are not audited
    rows = client.get("/api/v1/audit", headers=auth(tokens["read"])).get_json()
    assert [r["action"] for r in rows] == ["POST /members/{member_id}/tags"] * 2
    assert rows[0]["outcome"].startswith("refused 404") and rows[1]["outcome"] == "ok"
    assert rows[1]["who"].endswith("(ops)") and '"vip"' in rows[1]["detail"] and rows[1]["target"] == member


def test_bad_input_is_a_json_4xx(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    member = follower(simulator, "o_bad")
    w = auth(tokens["write"])
    for response in (
        client.post(f"/api/v1/members/{member}/tags", headers=w, data=b"{not json"),
        client.post(f"/api/v1/members/{member}/tags", headers=w, json={"tags": "vip"}),
        client.post(f"/api/v1/members/{member}/tags", headers=w, json={"tags": ["a b"]}),
        client.post(f"/api/v1/members/{member}/tags", headers=w, json=[1, 2]),
        client.get("/api/v1/unanswered?limit=0", headers=w),
        client.get("/api/v1/sequences/newcomer/preview?silent=maybe", headers=w),
    ):
        assert response.status_code == 400 and response.get_json()["error"], response.data


def test_the_openapi_document_names_every_api_route(app, client) -> None:
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    documented = {(path, method.upper()) for path, ops in doc["paths"].items() for method in ops}
    served = set()
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/api/v1/") and rule.rule != "/api/v1/openapi.json":
            path = rule.rule.replace("<", "{").replace(">", "}")
            served |= {(path, m) for m in rule.methods - {"HEAD", "OPTIONS"}}
    assert documented == served
    ops = [op for ops in doc["paths"].values() for op in ops.values()]
    assert all({"401", "403", "400"} <= set(op["responses"]) for op in ops if op["operationId"] != "conversion")


def test_overview_counts_today_and_the_timeline_shows_the_passive_answer(
        client, simulator: Simulator, tokens: dict[str, str]) -> None:
    member = follower(simulator, "o_over")
    simulator.oa_message("o_over", "ping")
    r = auth(tokens["read"])
    seen = client.get("/api/v1/overview", headers=r).get_json()
    assert seen["members"] == 1 and seen["today"]["in.subscribe"] == 1 and seen["today"]["in.text"] == 1
    assert seen["in_sequences"] == 1 and seen["week"]["in.text"] == 1
    [text, *_] = client.get(f"/api/v1/members/{member}/timeline", headers=r).get_json()
    assert text["type"] == "in.text" and text["details"]["reply"] == "text" and text["details"]["text"] == "ping"


def test_unknown_paths_and_methods_under_the_api_answer_json(client, tokens: dict[str, str]) -> None:
    missing = client.get("/api/v1/nothing-here", headers=auth(tokens["read"]))
    assert missing.status_code == 404 and missing.get_json()["error"]
    wrong = client.delete("/api/v1/sequences", headers=auth(tokens["read"]))
    assert wrong.status_code == 405 and wrong.get_json()["error"]
    assert client.get("/not-the-api").status_code == 404  # elsewhere Flask's own answer


@pytest.mark.parametrize(("path", "body"), [
    ("/api/v1/members/{member}/tags", b'{"tags": ["\\ud800vip"]}'),
    ("/api/v1/members/{member}/handoff", b'{"note": "call back \\udc00"}'),
    ("/api/v1/campaigns", b'{"id": "c\\ud800", "segment": "tag:x"}'),
])
def test_a_lone_surrogate_escape_in_a_body_is_400_not_500(client, simulator: Simulator, tokens: dict[str, str],
                                                           path: str, body: bytes) -> None:
    """JSON may escape half a UTF-16 pair; Python keeps it as a lone surrogate that Redis cannot store."""
    member = follower(simulator)
    response = client.post(path.format(member=member), data=body, headers=auth(tokens["write"]),
                           content_type="application/json")
    assert response.status_code == 400 and "body" in response.get_json()["error"], response.data
