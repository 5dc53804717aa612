"""The admin API's campaigns and segments families on the real app (fakeredis): auth rules, a segment count and
sample, a malformed segment's 400, a dry run, and a launch -> pause -> resume -> cancel cycle, audited."""

from __future__ import annotations

import pytest

from bot.campaigns.queue import FAN_OUT_JOB, RecordingCampaignQueue
from bot.manager import campaigns as manager_campaigns
from bot.member import member_id_for
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.store.tokens import Role, TokenStore
from tests.support.factories import OA_APPID

CAMPAIGN = "winter-serum"  # config/campaigns.yaml: "tag:skincare & !tag:customer"


@pytest.fixture
def tokens(services: Services) -> dict[str, str]:
    store = TokenStore(services.redis, services.clock)
    return {"read": store.create(role=Role.READ)[1], "write": store.create(role=Role.WRITE, label="ops")[1],
            "other": store.create(role=Role.WRITE, brand="acme")[1]}


@pytest.fixture
def campaign_queue(monkeypatch: pytest.MonkeyPatch) -> RecordingCampaignQueue:
    queue = RecordingCampaignQueue()
    monkeypatch.setattr(manager_campaigns, "queue_override", queue)
    return queue


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def seed(client, simulator: Simulator, token: str, *openids: str) -> list[str]:
    """Followers tagged skincare (the campaign's segment)."""
    ids = []
    for openid in openids:
        assert simulator.oa_subscribe(openid).status == 200
        member = member_id_for(f"oa:{OA_APPID}:{openid}")
        assert client.post(f"/api/v1/members/{member}/tags", headers=auth(token),
                           json={"tags": ["skincare"]}).status_code == 200
        ids.append(member)
    return ids


def test_reads_need_a_token_actions_a_write_token_of_the_brand(client, tokens: dict[str, str],
                                                               campaign_queue: RecordingCampaignQueue) -> None:
    assert client.get("/api/v1/campaigns").status_code == 401
    assert client.get("/api/v1/segments/count?expression=tag:vip").status_code == 401
    listed = client.get("/api/v1/campaigns", headers=auth(tokens["read"]))
    assert listed.status_code == 200 and CAMPAIGN in [c["id"] for c in listed.get_json()]
    refused = client.post(f"/api/v1/campaigns/{CAMPAIGN}/launch", headers=auth(tokens["read"]))
    assert refused.status_code == 403 and "read-only" in refused.get_json()["error"]
    assert client.post(f"/api/v1/campaigns/{CAMPAIGN}/pause?brand=default",
                       headers=auth(tokens["other"])).status_code == 403
    assert campaign_queue.jobs == []
    missing = client.get("/api/v1/campaigns/nosuch/progress", headers=auth(tokens["read"]))
    assert missing.status_code == 404 and "nosuch" in missing.get_json()["error"]


def test_segment_count_sample_and_a_malformed_expression(client, simulator: Simulator,
                                                         tokens: dict[str, str]) -> None:
    members = seed(client, simulator, tokens["write"], "o_seg_1", "o_seg_2")
    r = auth(tokens["read"])
    assert client.get("/api/v1/segments/count?expression=tag:skincare", headers=r).get_json() == {"count": 2}
    sampled = client.get("/api/v1/segments/sample?expression=tag:skincare%20%26%20channel:oa&limit=1",
                         headers=r).get_json()
    assert sampled["count"] == 2 and len(sampled["sample"]) == 1 and sampled["sample"][0]["member"] in members
    bad = client.get("/api/v1/segments/count?expression=tag:vip%20%26", headers=r)
    assert bad.status_code == 400 and "column 10" in bad.get_json()["error"]
    deep = client.get("/api/v1/segments/count?expression=" + "(" * 500 + "tag:a" + ")" * 500, headers=r)
    assert deep.status_code == 400


def test_dry_run_then_launch_pause_resume_cancel(client, simulator: Simulator, services: Services,
                                                 tokens: dict[str, str],
                                                 campaign_queue: RecordingCampaignQueue) -> None:
    seed(client, simulator, tokens["write"], "o_camp_1", "o_camp_2", "o_camp_3")
    r, w = auth(tokens["read"]), auth(tokens["write"])
    dry = client.get(f"/api/v1/campaigns/{CAMPAIGN}/dry-run", headers=r).get_json()
    assert dry["targeted"] == 3 and sum(dry["would_send"].values()) + sum(dry["would_skip"].values()) + \
        dry["would_wait"] == 3
    assert campaign_queue.jobs == []  # a dry run queues nothing
    launched = client.post(f"/api/v1/campaigns/{CAMPAIGN}/launch", headers=w).get_json()
    assert launched["status"] == "running" and launched["targeted"] == 3
    assert [job[0] for job in campaign_queue.jobs] == [FAN_OUT_JOB]
    again = client.post(f"/api/v1/campaigns/{CAMPAIGN}/launch", headers=w)
    assert again.status_code == 409 and "not a draft" in again.get_json()["error"]
    assert client.post(f"/api/v1/campaigns/{CAMPAIGN}/pause", headers=w).get_json()["status"] == "paused"
    assert client.get(f"/api/v1/campaigns/{CAMPAIGN}/progress", headers=r).get_json()["status"] == "paused"
    assert client.post(f"/api/v1/campaigns/{CAMPAIGN}/resume", headers=w).get_json()["status"] == "running"
    assert client.post(f"/api/v1/campaigns/{CAMPAIGN}/cancel", headers=w).get_json()["status"] == "cancelled"
    assert client.post(f"/api/v1/campaigns/{CAMPAIGN}/pause", headers=w).status_code == 409
    report = client.get(f"/api/v1/campaigns/{CAMPAIGN}/report", headers=r).get_json()
    assert report["status"] == "cancelled" and report["clicks"] == 0 and report["tasks"] == []
    audit = client.get("/api/v1/audit", headers=r).get_json()
    actions = [(e["action"], e["outcome"]) for e in audit if "/campaigns/" in e["action"]]
    assert ("POST /campaigns/{campaign_id}/launch", "ok") in actions
    assert any(a == "POST /campaigns/{campaign_id}/pause" and o.startswith("refused 409") for a, o in actions)


def test_groups_reads_drops_channels_leaders(client, simulator: Simulator, tokens: dict[str, str]) -> None:
    r = auth(tokens["read"])
    assert client.get("/api/v1/leaders").status_code == 401
    drops = client.get("/api/v1/drops/status", headers=r)
    assert drops.status_code == 200 and isinstance(drops.get_json(), list)
    channels = client.get("/api/v1/channels/report", headers=r).get_json()
    assert channels and {"channel", "contacts", "follows", "group_joins"} <= set(channels[0])
    simulator.oa_subscribe("o_lead_1")
    simulator.oa_message("o_lead_1", "大家好")
    board = client.get("/api/v1/leaders?limit=5", headers=r).get_json()
    assert board["scope"] == "brand" and board["window_days"] >= 1 and isinstance(board["leaders"], list)
    assert client.get("/api/v1/leaders?group=nosuch", headers=r).get_json()["leaders"] == []
    for _ in range(2):  # a question to the bot in the Vancouver group: scored there, against the group's threshold
        simulator.group_mention("zhangsan", "运费怎么算", chat_id="wrOgQhDgAAvanskincare01")
    group = client.get("/api/v1/leaders?group=van-skincare", headers=r).get_json()
    assert (group["scope"], group["tag"], group["threshold"]) == ("van-skincare", "leader:van-skincare", 25)
    [top] = group["leaders"]
    assert top["occurrences"] == {"asked": 2} and top["leads"] == [] and top["leader"] is False
    assert any(c["channel"] == "referral" for c in channels)  # referral codes: one source beside the channels


def test_create_a_draft_through_the_api(client, simulator: Simulator, tokens: dict[str, str],
                                       campaign_queue: RecordingCampaignQueue) -> None:
    seed(client, simulator, tokens["write"], "o_new_1")
    w = auth(tokens["write"])
    body = {"id": "spring-hello", "segment": "tag:skincare", "name": "Spring", "text": {"zh": "春天好", "en": "Hi"},
            "routes": ["oa_custom"], "schedule": "window:2h"}
    assert client.post("/api/v1/campaigns", headers=auth(tokens["read"]), json=body).status_code == 403
    made = client.post("/api/v1/campaigns", headers=w, json=body)
    assert made.status_code == 200 and made.get_json() == {"id": "spring-hello", "status": "draft"}
    [row] = [c for c in client.get("/api/v1/campaigns", headers=w).get_json() if c["id"] == "spring-hello"]
    assert row["segment"] == "tag:skincare" and row["send"] == "text" and row["status"] == "draft"
    assert client.get("/api/v1/campaigns/spring-hello/dry-run", headers=w).get_json()["targeted"] == 1
    for bad, word in (({**body, "segment": "tag:a &"}, "column"), ({**body, "schedule": "soon"}, "schedule"),
                      ({**body, "id": "Bad Id"}, "id"), ({**body, "product": "niacinamide-serum"}, "exactly one"),
                      ({"id": "p1", "segment": "tag:a", "product": "nosuch"}, "nosuch")):
        refused = client.post("/api/v1/campaigns", headers=w, json=bad)
        assert refused.status_code == 400 and word in refused.get_json()["error"], bad
    shadow = client.post("/api/v1/campaigns", headers=w, json={**body, "id": CAMPAIGN})
    assert shadow.status_code == 409 and "config/campaigns.yaml" in shadow.get_json()["error"]
    assert client.post("/api/v1/campaigns/spring-hello/launch", headers=w).get_json()["status"] == "running"
    again = client.post("/api/v1/campaigns", headers=w, json=body)
    assert again.status_code == 409 and "running" in again.get_json()["error"]
