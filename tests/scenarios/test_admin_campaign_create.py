"""Creating a campaign from the dashboard (fakeredis, the real app): a write token fills the form and lands on the
launch page, which shows the dry run of what it typed and sends nothing; each kind of message (text, product,
job, link) becomes the draft the admin API would have made; a refusal (a segment that does not parse, an unknown
product, a config/campaigns.yaml id) shows the form again with what was typed and why, audited; a read token
sees no form and gets 403; a POST without the CSRF token 400."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from bot.campaigns import service
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

NEW = "/admin/campaigns/new"
ACTION = "POST /admin/campaigns/new"


@pytest.fixture
def queue(services: Services, simulator: Simulator, monkeypatch: pytest.MonkeyPatch) -> RecordingCampaignQueue:
    """Two VIP followers in Toronto and one elsewhere; the fan-out recorded instead of RQ."""
    recorded = RecordingCampaignQueue()
    monkeypatch.setattr(manager_campaigns, "queue_override", recorded)
    for openid, tags in (("o_new_1", ["vip", "toronto"]), ("o_new_2", ["vip", "toronto"]), ("o_new_3", ["vip"])):
        assert simulator.oa_subscribe(openid).status == 200
        manager_members.tag(services, "default", member_id_for(f"oa:{OA_APPID}:{openid}"), tags)
    return recorded


def audit(services: Services) -> list[tuple[str, str]]:
    return [(e["action"], e["outcome"][:11]) for e in reversed(AuditLog(services.redis, services.clock).recent())]


def created(services: Services, campaign_id: str) -> dict:
    return next(r for r in manager_campaigns.list_campaigns(services, "default") if r["id"] == campaign_id)


def sends(services: Services, campaign_id: str) -> tuple[str, str, str, str]:
    """The stored draft's message: kind, ref, URL and its English text."""
    spec, _record = service.find(manager_campaigns.context(services), "default", campaign_id)
    return spec.send.kind, spec.send.ref, spec.send.url, spec.send.text.en


def test_a_draft_from_the_form_goes_to_its_dry_run_and_sends_nothing(
        client: FlaskClient, services: Services, queue: RecordingCampaignQueue) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE), **{"Accept-Language": "en-US"})
    listing = client.get("/admin/campaigns").text
    assert f'href="{NEW}" id="new-campaign-link"' in listing
    form = client.get(NEW)
    assert form.status_code == 200 and 'id="new-campaign"' in form.text
    assert 'value="ceramide-cream"' in form.text  # the brand's products (and jobs) to pick from
    done = client.post(NEW, data={"csrf": csrf_of(form.text), "id": "toronto-vip", "name": "Toronto VIP",
                                  "segment": "tag:vip & tag:toronto", "send": "text", "text_zh": "多伦多会员专享",
                                  "text_en": "Members in Toronto only", "product": "ceramide-cream",
                                  "routes": ["oa_custom"], "schedule": "now"})
    assert done.status_code == 302 and done.location == "/admin/campaigns/toronto-vip/launch"
    row = created(services, "toronto-vip")
    assert (row["status"], row["segment"], row["name"]) == ("draft", "tag:vip & tag:toronto", "Toronto VIP")
    # the text chosen; the product picked before switching to it is not sent
    assert sends(services, "toronto-vip") == ("text", "", "", "Members in Toronto only")
    page = client.get(done.location).text
    assert "草稿 toronto-vip 已保存" in page and '<td class="num" id="dry-targeted">2</td>' in page
    assert queue.jobs == [] and audit(services) == [(ACTION, "ok")]


@pytest.mark.parametrize(("fields", "send"), [
    ({"send": "product", "product": "ceramide-cream"}, ("product", "ceramide-cream", "")),
    ({"send": "job", "job": "tor-store-manager"}, ("job", "tor-store-manager", "")),
    ({"send": "link", "link": "https://lumi-skin.example/winter", "title_en": "Winter guide"},
     ("link", "", "https://lumi-skin.example/winter")),
])
def test_each_kind_of_message_becomes_the_draft(client: FlaskClient, services: Services,
                                                queue: RecordingCampaignQueue, fields: dict,
                                                send: tuple[str, str, str]) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    csrf = csrf_of(client.get(NEW).text)
    answer = client.post(NEW, data={"csrf": csrf, "id": "kind-test", "segment": "tag:vip", **fields})
    assert answer.status_code == 302, answer.text[-800:]
    assert sends(services, "kind-test")[:3] == send


@pytest.mark.parametrize(("fields", "why"), [
    ({"segment": "tag:vip &"}, "segment"),
    ({"send": "product", "product": "no-such-cream"}, "no product"),
    ({"id": "winter-serum"}, "config/campaigns.yaml"),
    ({"id": "Bad Id"}, "lowercase letters"),
    ({"send": "text"}, "exactly one"),
    ({"send": "link", "link": "javascript:alert(1)"}, "http(s) URL"),
    ({"schedule": "tomorrow"}, "schedule"),
])
def test_a_refusal_shows_the_form_again_with_what_was_typed(client: FlaskClient, services: Services,
                                                            queue: RecordingCampaignQueue, fields: dict,
                                                            why: str) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    csrf = csrf_of(client.get(NEW).text)
    data = {"csrf": csrf, "id": "typed-in", "segment": "tag:vip", "send": "text", "text_zh": "你好", **fields}
    if fields.get("send") == "text" and len(fields) == 1:
        data.pop("text_zh")
    answer = client.post(NEW, data=data)
    assert answer.status_code == 200
    error = re.search(r'<p class="note flash" id="form-error" role="alert">([^<]*)</p>', answer.text)
    assert error is not None and why in error.group(1), answer.text[-1500:]
    assert f'value="{data["segment"]}"' in answer.text.replace("&amp;", "&")  # what was typed is kept
    assert audit(services)[-1][0] == ACTION and queue.jobs == []


def test_a_read_token_may_not_create(client: FlaskClient, services: Services, queue: RecordingCampaignQueue) -> None:
    sign_in(client, issue_token(services.redis, role=Role.READ))
    page = client.get("/admin/campaigns").text
    assert NEW not in page
    assert client.get(NEW).status_code == 403
    assert client.post(NEW, data={"csrf": csrf_of(page), "id": "x", "segment": "all", "send": "text",
                                  "text_zh": "hi"}).status_code == 403
    assert client.post(NEW, data={"id": "x"}).status_code in (400, 403)
    assert all(r["id"] != "x" for r in manager_campaigns.list_campaigns(services, "default"))


def test_csrf_is_required(client: FlaskClient, services: Services, queue: RecordingCampaignQueue) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    answer = client.post(NEW, data={"id": "x", "segment": "all", "send": "text", "text_zh": "hi"})
    assert answer.status_code == 400 and audit(services) == []
