"""The dashboard's campaigns page on the real app (fakeredis): a launched campaign shows its progress in both
languages; a write token pauses, resumes and cancels it through CSRF forms (audited); a read token sees no
buttons and may not post."""

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

CAMPAIGN = "winter-serum"  # config/campaigns.yaml: "tag:skincare & !tag:customer"


@pytest.fixture
def launched(services: Services, simulator: Simulator, monkeypatch: pytest.MonkeyPatch) -> dict:
    monkeypatch.setattr(manager_campaigns, "queue_override", RecordingCampaignQueue())
    for openid in ("o_page_1", "o_page_2"):
        assert simulator.oa_subscribe(openid).status == 200
        manager_members.tag(services, "default", member_id_for(f"oa:{OA_APPID}:{openid}"), ["skincare"])
    return manager_campaigns.launch(services, "default", CAMPAIGN)


def row_of(page: str) -> str:
    found = re.search(rf'<tr data-campaign="{CAMPAIGN}".*?</tr>', page, re.S)
    assert found is not None, "no row for the campaign"
    return found.group(0)


@pytest.mark.parametrize(("language", "running", "pause"), [("zh-CN", "发送中", "暂停"), ("en-US", "running", "Pause")])
def test_progress_in_both_languages_and_pause_resume_cancel(client: FlaskClient, services: Services, launched: dict,
                                                            language: str, running: str, pause: str) -> None:
    assert launched["status"] == "running" and launched["targeted"] == 2
    sign_in(client, issue_token(services.redis, role=Role.WRITE), **{"Accept-Language": language})
    headers = {"Accept-Language": language}
    overview = client.get("/admin/", headers=headers).text
    assert 'data-page="campaigns"' in overview  # the nav shows the page now that a campaign exists
    page = client.get("/admin/campaigns", headers=headers).text
    row = row_of(page)
    assert 'data-status="running"' in row and running in row and pause in row
    assert '<progress max="2" value="0"' in row and "0/2" in row
    answer = client.post(f"/admin/campaigns/{CAMPAIGN}/pause", data={"csrf": csrf_of(page)}, headers=headers)
    assert answer.status_code == 302 and answer.location == "/admin/campaigns"
    page = client.get("/admin/campaigns", headers=headers).text
    assert 'data-status="paused"' in row_of(page) and 'role="status"' in page  # flashed
    assert 'name="pause"' not in row_of(page) and 'name="resume"' in row_of(page)
    again = client.post(f"/admin/campaigns/{CAMPAIGN}/pause", data={"csrf": csrf_of(page)}, headers=headers)
    assert again.status_code == 302  # refused (not running), said so on the page, never a 5xx
    assert "not running" in client.get("/admin/campaigns", headers=headers).text
    client.post(f"/admin/campaigns/{CAMPAIGN}/cancel", data={"csrf": csrf_of(page)})
    assert manager_campaigns.progress(services, "default", CAMPAIGN)["status"] == "cancelled"
    audit = [(e["action"], e["outcome"][:11]) for e in AuditLog(services.redis, services.clock).recent()]
    assert ("POST /admin/campaigns/{campaign_id}/pause", "ok") in audit
    assert ("POST /admin/campaigns/{campaign_id}/pause", "refused 409") in audit


def test_a_read_token_sees_progress_without_buttons_and_cannot_post(client: FlaskClient, services: Services,
                                                                    launched: dict) -> None:
    sign_in(client, issue_token(services.redis, role=Role.READ))
    page = client.get("/admin/campaigns").text
    assert 'name="pause"' not in row_of(page) and 'name="cancel"' not in row_of(page)
    assert client.post(f"/admin/campaigns/{CAMPAIGN}/pause", data={"csrf": csrf_of(page)}).status_code == 403
    assert client.post(f"/admin/campaigns/{CAMPAIGN}/pause").status_code == 400  # no CSRF
    assert manager_campaigns.progress(services, "default", CAMPAIGN)["status"] == "running"


def test_unknown_campaigns_and_actions_never_give_a_5xx(client: FlaskClient, services: Services) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    csrf = csrf_of(client.get("/admin/campaigns").text)
    assert client.post("/admin/campaigns/nosuch/pause", data={"csrf": csrf}).status_code == 302
    assert client.post(f"/admin/campaigns/{CAMPAIGN}/explode", data={"csrf": csrf}).status_code == 400
