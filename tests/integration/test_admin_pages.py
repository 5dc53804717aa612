"""Every dashboard page on a community seeded through the real paths (tests/support/admin.py), in Chinese and
English: the numbers shown are the ones the webhook, the sequence tick and the delivery job recorded, the
funnel is drawn from the sequence's stats, and a write token's actions go through the existing paths."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml
from flask.testing import FlaskClient
from rq import Queue as RQQueue

from bot.admin import reads
from bot.admin.i18n import MESSAGES
from bot.services import Services
from bot.store import keys
from bot.store.handoffs import HandoffStore
from tests.scenarios.test_admin_auth import csrf_of, sign_in
from tests.support.admin import UNANSWERED, Seeded, dashboard_settings_fixture, seeded_fixture  # noqa: F401 - fixtures

PAGES = ("/admin/", "/admin/sequences", "/admin/members", "/admin/unanswered", "/admin/handoffs",
         "/admin/deliveries", "/admin/queues", "/admin/campaigns", "/admin/members?q=tag:nonesuch")


@pytest.mark.parametrize(("language", "word"), [("zh-CN,zh;q=0.9", "培育序列"), ("en-US,en;q=0.9", "Sequences")])
def test_every_page_in_both_languages(client: FlaskClient, seeded: Seeded, language: str, word: str) -> None:
    sign_in(client, seeded.read_token, **{"Accept-Language": language})
    member = seeded.lesson_members[0]
    for page in (*PAGES, f"/admin/members/{member}", f"/admin/members?q={member}"):
        answer = client.get(page, headers={"Accept-Language": language}, follow_redirects=True)
        assert answer.status_code == 200, page
        assert word in answer.text, page
        assert "http://" not in answer.text.replace('xmlns="http://www.w3.org/2000/svg"', ""), page  # no outside asset
    assert client.get("/admin/members/nobody").status_code == 404


def test_the_language_switch_wins_over_the_browser(client: FlaskClient, seeded: Seeded) -> None:
    sign_in(client, seeded.read_token, **{"Accept-Language": "zh-CN"})
    assert client.get("/admin/lang/en?next=/admin/queues").location == "/admin/queues"
    assert "Queue health" in client.get("/admin/queues", headers={"Accept-Language": "zh-CN"}).text


def test_what_the_pages_show(client: FlaskClient, seeded: Seeded, services: Services) -> None:
    # the overview counts what happened
    numbers = reads.overview(services, "default")
    assert numbers["members"] == 7 and numbers["new_week"] == {"oa": 6, "wecom": 1}
    assert numbers["failed_today"] == 1 and numbers["parked_today"] == 1  # 43004, and the reply with no window
    # sends by route, as the delivery job recorded them one by one in the event stream
    sent = Counter(f[b"route"].decode() for _, f in services.redis.xrange(keys.sends("default")))
    assert numbers["sent_today"] == dict(sent) == {"oa_custom": 3, "wecom_app": 1}  # 3 lessons; the handoff's staff
    assert numbers["open_handoffs"] == 1 and numbers["unanswered"] == 1
    sign_in(client, seeded.read_token)
    page = client.get("/admin/").text
    for metric in ("members", "failed_today", "open_handoffs"):
        assert re.search(rf'data-metric="{metric}".*?class="big">(?:<a[^>]*>)?{numbers[metric]}<', page, re.S), metric

    # the funnel is drawn from the sequence's stats
    stats = services.enrolments.stats("default", "newcomer")
    page = client.get("/admin/sequences").text
    bars = dict(re.findall(r'<g class="bar" data-step="([^"]+)" data-reached="(\d+)"', page))
    # 6 follows welcomed; the WeCom contact came with no WelcomeCode, so no welcome could be sent (skipped)
    assert bars["welcome"] == str(stats["welcome|-|sent:reply"]) == "6"
    assert stats["welcome|-|skipped:reply-only"] == 1
    assert bars["lesson-1"] == str(stats["lesson-1|-|sent:oa_custom"]) == "3"  # and one failed (43004)
    assert stats["lesson-1|-|failed:oa_custom"] == 1
    assert bars["已加入"] == str(stats["-|-|enrolled:follow"] + stats["-|-|enrolled:contact_added"])

    # a member's timeline shows what they did and received
    page = client.get(f"/admin/members/{seeded.lesson_members[0]}").text
    timeline = page[page.index('id="timeline"'):]
    assert timeline.index("out.sent") < timeline.index("早上好") < timeline.index("in.subscribe")  # newest first
    assert "oa_custom" in timeline and "sequence" in timeline
    # each message once: the delivery job logs sends to the event stream too, which the timeline does not repeat
    sends = [f for _, f in services.redis.xrange(keys.sends("default"))
             if f[b"member"].decode() == seeded.lesson_members[0]]
    assert sends and timeline.count("out.sent") == len(sends), (timeline.count("out.sent"), len(sends))

    # an unanswered question comes with an FAQ entry to paste
    page = client.get("/admin/unanswered").text
    snippet = re.search(r'<pre class="yaml"><code>(.*?)</code></pre>', page, re.S)
    assert snippet is not None
    entry = yaml.safe_load(snippet.group(1).replace("&#34;", '"').replace("&#39;", "'"))[0]
    assert entry["questions"] == {"zh": [UNANSWERED]} and entry["id"].startswith("new-")


def test_a_write_token_closes_a_handoff(client: FlaskClient, seeded: Seeded, services: Services) -> None:
    handoffs = HandoffStore(services.redis, services.clock)
    [handoff] = handoffs.list_open("default")
    assert handoff.member_id == seeded.handoff_member
    sign_in(client, seeded.write_token)
    page = client.get("/admin/handoffs").text
    answer = client.post(f"/admin/handoffs/{handoff.id}/close", data={"csrf": csrf_of(page)}, follow_redirects=True)
    assert answer.status_code == 200 and handoffs.list_open("default") == []
    assert "Closed." in answer.text or "已关闭" in answer.text
    member = services.members.get("default", seeded.handoff_member)
    assert member is not None and not member.fields.get("ho")  # the bot answers the member again


def test_retry_puts_the_failed_delivery_job_back_on_its_queue(client: FlaskClient, seeded: Seeded,
                                                              services: Services) -> None:
    sign_in(client, seeded.write_token)
    page = client.get("/admin/deliveries").text
    assert seeded.failed_job_id in page and "RetryLaterError" in page
    client.post(f"/admin/jobs/{seeded.failed_job_id}/retry", data={"csrf": csrf_of(page), "next": "/admin/deliveries"})
    queue = RQQueue("default", connection=services.redis)
    assert queue.get_job_ids() == [seeded.failed_job_id] and queue.failed_job_registry.count == 0
    assert client.post(f"/admin/jobs/{seeded.failed_job_id}/retry", data={"csrf": csrf_of(page)}).status_code == 302
    assert queue.get_job_ids() == [seeded.failed_job_id]  # not requeued twice


def test_requeue_all_asks_first(client: FlaskClient, seeded: Seeded, services: Services) -> None:
    sign_in(client, seeded.write_token)
    client.get("/admin/lang/en")
    page = client.get("/admin/queues").text
    assert 'id="confirm-requeue"' not in page and 'id="requeue-all"' in page
    answer = client.post("/admin/queues/requeue-all", data={"csrf": csrf_of(page)})  # not confirmed: asks
    assert answer.location == "/admin/queues?confirm=requeue-all"
    assert RQQueue("default", connection=services.redis).failed_job_registry.count == 1
    page = client.get(answer.location).text
    assert "Requeue all 1 failed jobs?" in page
    answer = client.post("/admin/queues/requeue-all", data={"csrf": csrf_of(page), "confirmed": "yes"},
                         follow_redirects=True)
    assert "1 jobs requeued." in answer.text
    assert RQQueue("default", connection=services.redis).failed_job_registry.count == 0


def test_every_word_the_templates_use_has_both_languages() -> None:
    from pathlib import Path

    used = set()
    for template in (Path(reads.__file__).parent / "templates" / "admin").glob("*.html"):
        used |= set(re.findall(r"t\('([a-z_]+)'", template.read_text(encoding="utf-8")))
    assert used <= set(MESSAGES), used - set(MESSAGES)
    assert all(zh and en for zh, en in MESSAGES.values())
