"""Launching a campaign from the dashboard (fakeredis, the real app): a write token opens the confirmation, which
shows the dry run (audience, would send by route, skipped by reason) and launches nothing; only the
confirmation's POST launches, once (a second submit is refused, shown, audited); a bare POST only leads back to
the confirmation; a read token gets no button and a 403; a POST without the CSRF token a 400."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from bot.campaigns.queue import RecordingCampaignQueue
from bot.manager import campaigns as manager_campaigns
from bot.manager import members as manager_members
from bot.member import member_id_for
from bot.sandbox.simulator import Simulator
from bot.services import Services
from bot.store.audit import AuditLog
from bot.store.tokens import Role
from tests.scenarios.test_admin_auth import csrf_of, sign_in
from tests.support.admin import issue_token
from tests.support.factories import OA_APPID

CAMPAIGN = "winter-serum"  # config/campaigns.yaml: "tag:skincare & !tag:customer", a draft until launched
LAUNCH = f"/admin/campaigns/{CAMPAIGN}/launch"
ACTION = "POST /admin/campaigns/{campaign_id}/launch"


@pytest.fixture
def queue(services: Services, simulator: Simulator, monkeypatch: pytest.MonkeyPatch) -> RecordingCampaignQueue:
    """Two skincare followers, one who then opted out (in the segment, skipped as opted_out) and a customer (not
    in the segment); the fan-out recorded instead of RQ."""
    recorded = RecordingCampaignQueue()
    monkeypatch.setattr(manager_campaigns, "queue_override", recorded)
    for openid, tags in (("o_launch_1", ["skincare"]), ("o_launch_2", ["skincare"]),
                         ("o_launch_3", ["skincare", "customer"]), ("o_launch_4", ["skincare"])):
        assert simulator.oa_subscribe(openid).status == 200
        manager_members.tag(services, "default", member_id_for(f"oa:{OA_APPID}:{openid}"), tags)
    manager_members.opt_out(services, "default", member_id_for(f"oa:{OA_APPID}:o_launch_4"))
    return recorded


def status(services: Services) -> str:
    return str(manager_campaigns.progress(services, "default", CAMPAIGN)["status"])


def audit(services: Services) -> list[tuple[str, str]]:
    return [(e["action"], e["outcome"][:11]) for e in reversed(AuditLog(services.redis, services.clock).recent())]


@pytest.mark.parametrize(("language", "launch", "confirm"), [  # the campaign's name in the brand's locale
    ("zh-CN", "发起", "确定发起「冬季精华推荐」？人群现有 3 人。"),
    ("en-US", "Launch", "Launch &#34;冬季精华推荐&#34;? Its segment holds 3 members now.")])
def test_launch_after_the_dry_run_once(client: FlaskClient, services: Services, queue: RecordingCampaignQueue,
                                       language: str, launch: str, confirm: str) -> None:
    headers = {"Accept-Language": language}
    sign_in(client, issue_token(services.redis, role=Role.WRITE), **headers)
    page = client.get("/admin/campaigns", headers=headers).text
    button = re.search(rf'<a class="button" href="{LAUNCH}" id="launch-{CAMPAIGN}">([^<]+)</a>', page)
    assert button is not None and button.group(1) == launch
    confirmation = client.get(LAUNCH, headers=headers)
    assert confirmation.status_code == 200 and confirm in confirmation.text, confirmation.text[-1200:]
    dry = manager_campaigns.dry_run(services, "default", CAMPAIGN)
    assert dry["targeted"] == 3 and sum(dry["would_send"].values()) == 2 and dry["would_skip"] == {"opted_out": 1}, dry
    assert f'<td class="num" id="dry-targeted">{dry["targeted"]}</td>' in confirmation.text
    for route, n in dry["would_send"].items():
        assert f'<span data-route="{route}">{route} <b class="num">{n}</b></span>' in confirmation.text
    for reason, n in dry["would_skip"].items():
        assert f'<span data-reason="{reason}">{reason} <b class="num">{n}</b></span>' in confirmation.text
    assert status(services) == "draft" and queue.jobs == [] and audit(services) == []  # the dry run sent nothing
    csrf = csrf_of(confirmation.text)
    bare = client.post(LAUNCH, data={"csrf": csrf}, headers=headers)  # not the confirmation's form
    assert bare.status_code == 302 and bare.location == LAUNCH
    assert status(services) == "draft" and audit(services) == []
    done = client.post(LAUNCH, data={"csrf": csrf, "confirmed": "yes"}, headers=headers)
    assert done.status_code == 302 and done.location == "/admin/campaigns"
    assert status(services) == "running" and manager_campaigns.progress(services, "default", CAMPAIGN)["targeted"] == 3
    jobs = list(queue.jobs)
    assert jobs and audit(services) == [(ACTION, "ok")]
    page = client.get("/admin/campaigns", headers=headers).text
    assert 'role="status"' in page and f'id="launch-{CAMPAIGN}"' not in page and 'name="pause"' in page
    again = client.post(LAUNCH, data={"csrf": csrf, "confirmed": "yes"}, headers=headers)  # a second submit
    assert again.status_code == 302 and queue.jobs == jobs  # launched once
    assert "not a draft" in client.get("/admin/campaigns", headers=headers).text
    assert audit(services) == [(ACTION, "ok"), (ACTION, "refused 409")]
    assert 'id="confirm-launch"' not in client.get(LAUNCH, headers=headers).text  # running: nothing to confirm


def test_a_read_token_may_not_launch(client: FlaskClient, services: Services, queue: RecordingCampaignQueue) -> None:
    sign_in(client, issue_token(services.redis, role=Role.READ))
    page = client.get("/admin/campaigns").text
    assert f'data-campaign="{CAMPAIGN}"' in page and "/launch" not in page
    assert client.get(LAUNCH).status_code == 403  # not even the dry run
    assert client.post(LAUNCH, data={"csrf": csrf_of(page), "confirmed": "yes"}).status_code == 403
    assert status(services) == "draft" and queue.jobs == [] and audit(services) == []


def test_csrf_is_required(client: FlaskClient, services: Services, queue: RecordingCampaignQueue) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    assert client.post(LAUNCH, data={"confirmed": "yes"}).status_code == 400
    assert client.post(LAUNCH, data={"confirmed": "yes", "csrf": "forged"}).status_code == 400
    assert status(services) == "draft" and queue.jobs == [] and audit(services) == []


def test_an_unknown_campaign_is_refused_without_a_5xx(client: FlaskClient, services: Services,
                                                      queue: RecordingCampaignQueue) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    answer = client.get("/admin/campaigns/nosuch/launch")
    assert answer.status_code == 302 and answer.location == "/admin/campaigns"
    assert "no campaign" in client.get("/admin/campaigns").text
    csrf = csrf_of(client.get("/admin/campaigns").text)
    assert client.post("/admin/campaigns/nosuch/launch", data={"csrf": csrf, "confirmed": "yes"}).status_code == 302
    assert audit(services) == [(ACTION, "refused 404")] and queue.jobs == []
