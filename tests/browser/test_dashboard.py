"""The dashboard in headless Chromium, on a community seeded through the real paths (tests/support/admin.py)
and served over loopback: sign in, every page in both languages, the funnel drawn from real stats, a phone's
width, then a write token retries a failed delivery job, closes a handoff and retries every permanently failed
delivery (after confirming), and launches the demo campaign through its dry-run confirmation, watches its
progress and cancels it, each write audited."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import fakeredis
import pytest
from rq import Queue as RQQueue
from werkzeug.serving import make_server

from bot.app import create_app
from bot.campaigns.queue import RecordingCampaignQueue
from bot.clock import ManualClock
from bot.manager import campaigns as manager_campaigns
from bot.manager import members as manager_members
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.fake_wechat import FakeWeChatServer
from bot.services import Services, build_services
from bot.store.audit import AuditLog
from bot.store.handoffs import HandoffStore
from bot.store.ledger import DeliveryLedger
from tests.conftest import simulator_for
from tests.support.admin import FOLLOWERS, Seeded, dashboard_settings, oa_member, seed_community
from tests.support.browser import open_chromium, read_again_if_replaced, screenshot
from tests.support.factories import router_with

PAGES = ("", "sequences", "members", "unanswered", "handoffs", "deliveries", "queues")


@dataclass
class Site:
    url: str
    services: Services
    seeded: Seeded
    recorded: RecordingDeliveryQueue


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    clock = ManualClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    with FakeWeChatServer(clock=clock) as fake:
        settings = dashboard_settings(fake)
        recorded = RecordingDeliveryQueue()
        services = build_services(settings, redis_client=fakeredis.FakeRedis(server=fakeredis.FakeServer()),
                                  clock=clock, queue=recorded, router=router_with())
        app = create_app(services=services)
        seeded = seed_community(services, simulator_for(app.test_client(), settings, clock), clock, fake, recorded)
        server = make_server("127.0.0.1", 0, app, threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            yield Site(f"http://127.0.0.1:{server.server_port}", services, seeded, recorded)
        finally:
            server.shutdown()


def sign_in(driver: object, site: Site, token: str) -> None:
    driver.get(f"{site.url}/admin/handoffs")  # type: ignore[attr-defined]
    assert "/admin/sign-in" in driver.current_url  # type: ignore[attr-defined]
    driver.find_element("id", "token").send_keys(token)  # type: ignore[attr-defined]
    driver.find_element("css selector", "form button[type=submit]").click()  # type: ignore[attr-defined]
    # click() returns before the POST's answer: the sign-in URL (…/sign-in?next=/admin/handoffs) already ended like
    # the page it leads to, and a driver.get() at once cancelled the POST, its cookie never set (CI, stop 28: the
    # campaigns page came back as the sign-in form). Wait until the browser is on the page itself.
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 30).until(
        lambda d: "/admin/sign-in" not in d.current_url and d.current_url.endswith("/admin/handoffs"),
        message="signed in: on /admin/handoffs")


def test_every_page_in_both_languages_and_the_funnel(site: Site) -> None:
    driver = open_chromium(1280, 900, lang="zh-CN")
    try:
        sign_in(driver, site, site.seeded.read_token)
        for lang, nav_word in (("zh", "培育序列"), ("en", "Sequences")):
            for page in PAGES:
                driver.get(f"{site.url}/admin/{page}")  # type: ignore[attr-defined]
                nav = driver.find_element("css selector", "nav.nav").text  # type: ignore[attr-defined]
                assert nav_word in nav, (lang, page)
                assert "/close" not in driver.page_source  # type: ignore[attr-defined]  # read token: no actions
                screenshot(driver, f"dashboard-{lang}-{page or 'overview'}")
            if lang == "zh":  # switch with the page's own link
                driver.find_element("css selector", "a.lang").click()  # type: ignore[attr-defined]
        driver.get(f"{site.url}/admin/sequences")  # type: ignore[attr-defined]
        stats = site.services.enrolments.stats("default", "newcomer")
        bars = {bar.get_attribute("data-step"): bar for bar in  # type: ignore[attr-defined]
                driver.find_elements("css selector", "svg.funnel g.bar")}  # type: ignore[attr-defined]
        lesson = bars["lesson-1"].find_element("css selector", "rect.reached")
        welcome = bars["welcome"].find_element("css selector", "rect.reached")
        sent = stats["lesson-1|-|sent:oa_custom"]
        assert int(bars["lesson-1"].get_attribute("data-reached")) == sent == 3
        # 6 follows welcomed; the WeCom contact came with no WelcomeCode: no welcome sent
        assert int(bars["welcome"].get_attribute("data-reached")) == stats["welcome|-|sent:reply"] == 6
        # drawn: the bars' rendered widths keep the counts' ratio
        assert abs(lesson.rect["width"] / welcome.rect["width"] - sent / 6) < 0.02
        driver.get(f"{site.url}/admin/")  # type: ignore[attr-defined]
        screenshot(driver, "dashboard-overview")
    finally:
        driver.quit()  # type: ignore[attr-defined]


def test_a_phone_width(site: Site) -> None:
    driver = open_chromium(390, 844, lang="zh-CN")
    try:  # a desktop Chromium window cannot be narrower than ~500 px: emulate the phone's viewport instead
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",  # type: ignore[attr-defined]
                               {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True})
        sign_in(driver, site, site.seeded.read_token)
        for page in ("", "sequences", "deliveries"):
            driver.get(f"{site.url}/admin/{page}")  # type: ignore[attr-defined]
            width = driver.execute_script("return document.documentElement.scrollWidth")  # type: ignore[attr-defined]
            assert width <= 390, (page, width)  # nothing wider than the phone: wide tables scroll in their box
            screenshot(driver, f"dashboard-phone-{page or 'overview'}")
    finally:
        driver.quit()  # type: ignore[attr-defined]


def flash(driver: object, expected: str) -> str:
    """The message the page shows after a form's POST and redirect, once it says `expected`: waited for, since
    click() returns before the browser has loaded the next page (reading at once found the old page, without a
    message, under load; or the previous action's message, gone stale as the new page replaced it). Times out
    (the test fails) when no message says it."""
    from selenium.webdriver.support.ui import WebDriverWait

    def says(d: object) -> str | bool:
        texts = read_again_if_replaced(  # the page is being replaced: look again
            lambda: [e.text for e in d.find_elements("css selector", ".flash")], [])  # type: ignore[attr-defined]
        return next((text for text in texts if expected in text), False)

    return str(WebDriverWait(driver, 10).until(says))  # type: ignore[arg-type]


def test_a_write_token_retries_a_failed_delivery_and_closes_a_handoff(site: Site) -> None:
    driver = open_chromium(1280, 900, lang="en-US")
    try:
        sign_in(driver, site, site.seeded.write_token)
        [handoff] = HandoffStore(site.services.redis, site.services.clock).list_open("default")
        driver.find_element("css selector", f'tr[data-handoff="{handoff.id}"] button').click()  # type: ignore[attr-defined]
        assert "Closed." in flash(driver, "Closed.")
        assert HandoffStore(site.services.redis, site.services.clock).list_open("default") == []
        driver.get(f"{site.url}/admin/deliveries")  # type: ignore[attr-defined]
        job = site.seeded.failed_job_id
        driver.find_element("css selector", f'#failed-jobs tr[data-job="{job}"] button').click()  # type: ignore[attr-defined]
        assert "Requeued." in flash(driver, "Requeued.")
        assert not driver.find_elements("css selector", f'tr[data-job="{job}"]')  # type: ignore[attr-defined]
        assert RQQueue("default", connection=site.services.redis).get_job_ids() == [job]
        driver.get(f"{site.url}/admin/queues")  # type: ignore[attr-defined]
        depth = driver.find_element("css selector", 'tr[data-queue="default"] td:nth-child(2)').text  # type: ignore[attr-defined]
        assert depth == "1"
        screenshot(driver, "dashboard-after-retry")
        # the permanent failure (43004), retried through the admin API's retry once the manager confirms
        [failure] = DeliveryLedger(site.services.redis, site.services.clock).failures("default")
        queued = len(site.recorded.deliveries)
        driver.get(f"{site.url}/admin/deliveries")  # type: ignore[attr-defined]
        assert driver.find_elements("css selector", f'#failed tr[data-key="{failure["key"]}"] button')  # type: ignore[attr-defined]
        driver.find_element("id", "retry-all-failed").click()  # type: ignore[attr-defined]
        confirm = driver.find_element("id", "confirm-retry-failed")  # type: ignore[attr-defined]
        assert "Retry all 1 failed deliveries?" in confirm.text and len(site.recorded.deliveries) == queued
        screenshot(driver, "dashboard-confirm-retry-failed")
        confirm.find_element("css selector", "button").click()
        assert "1 deliveries queued to send again." in flash(driver, "1 deliveries queued to send again.")
        assert [d.key for d in site.recorded.deliveries[queued:]] == [failure["key"]]
        assert not driver.find_elements("css selector", "#failed button")  # type: ignore[attr-defined]
        actions = [row["action"] for row in AuditLog(site.services.redis, site.services.clock).recent()]
        assert {"POST /admin/handoffs/{handoff_id}/close", "POST /admin/jobs/{job_id}/retry",
                "POST /admin/deliveries/failed/retry-all"} <= set(actions)
    finally:
        driver.quit()  # type: ignore[attr-defined]


def test_a_write_token_launches_the_demo_campaign_after_its_dry_run_and_cancels_it(
        site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    campaign, svc = "winter-serum", site.services  # config/campaigns.yaml: "tag:skincare & !tag:customer"
    queue = RecordingCampaignQueue()  # the fan-out is recorded, not run: the campaign stays running until cancelled
    monkeypatch.setattr(manager_campaigns, "queue_override", queue)
    for openid in (FOLLOWERS[0], FOLLOWERS[2], FOLLOWERS[5]):  # two who wrote lately, one with no window left
        manager_members.tag(svc, "default", oa_member(openid), ["skincare"])
    dry = manager_campaigns.dry_run(svc, "default", campaign)
    assert dry["targeted"] == 3 and dry["would_send"] and dry["would_skip"], dry
    driver = open_chromium(1280, 900, lang="en-US")
    try:
        sign_in(driver, site, site.seeded.write_token)
        driver.get(f"{site.url}/admin/campaigns")  # type: ignore[attr-defined]
        row = f'tr[data-campaign="{campaign}"]'
        assert driver.find_element("css selector", row).get_attribute("data-status") == "draft"  # type: ignore[attr-defined]
        driver.find_element("id", f"launch-{campaign}").click()  # type: ignore[attr-defined]
        confirm = driver.find_element("id", "confirm-launch")  # type: ignore[attr-defined]
        assert "Its segment holds 3 members now." in confirm.text
        assert driver.find_element("id", "dry-targeted").text == "3"  # type: ignore[attr-defined]
        for route, n in dry["would_send"].items():
            shown = driver.find_element("css selector", f'#dry-send [data-route="{route}"]').text  # type: ignore[attr-defined]
            assert shown == f"{route} {n}"
        for reason, n in dry["would_skip"].items():
            shown = driver.find_element("css selector", f'#dry-skip [data-reason="{reason}"]').text  # type: ignore[attr-defined]
            assert shown == f"{reason} {n}"
        assert manager_campaigns.progress(svc, "default", campaign)["status"] == "draft" and queue.jobs == []
        screenshot(driver, "dashboard-confirm-launch")
        confirm.find_element("css selector", "button").click()
        assert "Campaign launched" in flash(driver, "Campaign launched")
        progress = driver.find_element("css selector", f"{row} td.progress")  # type: ignore[attr-defined]
        assert driver.find_element("css selector", row).get_attribute("data-status") == "running"  # type: ignore[attr-defined]
        bar = progress.find_element("css selector", "progress")
        assert bar.get_attribute("data-targeted") == "3" and bar.get_attribute("data-handled") == "0"
        assert "0/3 (0%)" in progress.text and queue.jobs  # the fan-out queued once
        screenshot(driver, "dashboard-campaign-running")
        driver.find_element("css selector", f'{row} button[name="cancel"]').click()  # type: ignore[attr-defined]
        assert "Campaign cancelled." in flash(driver, "Campaign cancelled.")
        cancelled = driver.find_element("css selector", row)  # type: ignore[attr-defined]
        assert cancelled.get_attribute("data-status") == "cancelled"
        assert cancelled.find_element("css selector", "td.status-cancelled").text == "cancelled"
        assert not cancelled.find_elements("css selector", "button") and not driver.find_elements(  # type: ignore[attr-defined]
            "id", f"launch-{campaign}")
        screenshot(driver, "dashboard-campaign-cancelled")
        assert manager_campaigns.progress(svc, "default", campaign)["status"] == "cancelled"
        actions = [(entry["action"], entry["outcome"]) for entry in AuditLog(svc.redis, svc.clock).recent()]
        assert ("POST /admin/campaigns/{campaign_id}/launch", "ok") in actions
        assert ("POST /admin/campaigns/{campaign_id}/cancel", "ok") in actions
    finally:
        driver.quit()  # type: ignore[attr-defined]
