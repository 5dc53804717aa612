"""The dashboard's sign-in rules (bot/admin/views.py) on the real app: no session goes to the sign-in page,
a bad token is refused, every POST needs the session's CSRF token, a read token cannot act, a revoked token
ends its session, and the cookie is HttpOnly, SameSite=Lax, scoped to /admin and Secure over https."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from bot.services import Services
from bot.store.tokens import Role, TokenStore
from tests.support.admin import issue_token


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', page)
    assert found is not None, "the page has no CSRF field"
    return found.group(1)


def sign_in(client: FlaskClient, token: str, **headers: str) -> None:
    csrf = csrf_of(client.get("/admin/sign-in", headers=headers).text)
    answer = client.post("/admin/sign-in", data={"csrf": csrf, "token": token, "next": "/admin/handoffs"},
                         headers=headers)
    assert answer.status_code == 302 and answer.location == "/admin/handoffs"


def test_no_session_goes_to_sign_in_and_a_bad_token_is_refused(client: FlaskClient, services: Services) -> None:
    answer = client.get("/admin/deliveries")
    assert answer.status_code == 302 and answer.location.startswith("/admin/sign-in?next=/admin/deliveries")
    page = client.get(answer.location).text
    answer = client.post("/admin/sign-in", data={"csrf": csrf_of(page), "token": "siyu_dash_not-a-token"})
    assert answer.status_code == 401 and "token" in answer.text
    assert client.get("/admin/").status_code == 302  # still signed out
    issue_token(services.redis, role=Role.READ)  # a real token exists, and still the wrong one is refused
    answer = client.post("/admin/sign-in", data={"csrf": csrf_of(page), "token": ""})
    assert answer.status_code == 401


def test_every_post_needs_the_csrf_token(client: FlaskClient, services: Services) -> None:
    token = issue_token(services.redis, role=Role.WRITE)
    client.get("/admin/sign-in")
    assert client.post("/admin/sign-in", data={"token": token}).status_code == 400  # no CSRF field
    assert client.post("/admin/sign-in", data={"token": token, "csrf": "forged"}).status_code == 400
    sign_in(client, token)
    assert client.post("/admin/handoffs/h1/close").status_code == 400
    assert client.post("/admin/queues/requeue-all", data={"confirmed": "yes", "csrf": "x"}).status_code == 400
    fresh = FlaskClient(client.application)  # another browser: its session has no CSRF token at all
    assert fresh.post("/admin/sign-out", data={"csrf": ""}).status_code == 400
    csrf = csrf_of(client.get("/admin/handoffs").text)
    assert client.post("/admin/handoffs/h1/close", data={"csrf": csrf}).status_code == 302  # none open: said so


def test_a_read_token_sees_everything_and_cannot_act(client: FlaskClient, services: Services) -> None:
    sign_in(client, issue_token(services.redis, role=Role.READ))
    for page in ("/admin/", "/admin/sequences", "/admin/members", "/admin/unanswered", "/admin/handoffs",
                 "/admin/deliveries", "/admin/queues", "/admin/campaigns"):
        assert client.get(page).status_code == 200, page
    page = client.get("/admin/handoffs").text
    assert "/close" not in page  # no action forms for a read token
    csrf = csrf_of(page)  # the sign-out form
    for action in ("/admin/handoffs/h1/close", "/admin/jobs/j1/retry", "/admin/queues/requeue-all"):
        assert client.post(action, data={"csrf": csrf, "confirmed": "yes"}).status_code == 403, action
    assert client.post("/admin/sign-out", data={"csrf": csrf}).status_code == 302  # the one POST a read token may


def test_a_revoked_token_ends_its_session(client: FlaskClient, services: Services) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    assert client.get("/admin/").status_code == 200
    store = TokenStore(services.redis, services.clock)
    assert store.revoke(store.list()[0].id)
    assert client.get("/admin/").status_code == 302


def test_sign_out(client: FlaskClient, services: Services) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    csrf = csrf_of(client.get("/admin/").text)
    assert client.post("/admin/sign-out", data={"csrf": csrf}).location == "/admin/sign-in"
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(("headers", "secure"), [({}, False), ({"X-Forwarded-Proto": "https"}, True)])
def test_the_session_cookie(client: FlaskClient, services: Services, headers: dict[str, str], secure: bool) -> None:
    client.get("/admin/sign-in", headers=headers)
    cookie = client.get_cookie("siyu_admin", path="/admin")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax" and cookie.secure is secure
    assert client.get("/healthz").headers.get("Set-Cookie") is None  # only /admin sets a cookie


def test_next_never_leaves_the_dashboard(client: FlaskClient, services: Services) -> None:
    token = issue_token(services.redis, role=Role.READ)
    csrf = csrf_of(client.get("/admin/sign-in").text)
    for target in ("https://evil.example/", "//evil.example/admin", "/wechat/default/oa"):
        client.post("/admin/sign-in", data={"csrf": csrf, "token": token, "next": target})
        # signing in again starts a new session with a new CSRF token
        answer = client.get(f"/admin/lang/en?next={target}")
        assert answer.location == "/admin/", target
        csrf = csrf_of(client.get("/admin/sign-in").text)


def test_odd_input_never_gives_a_5xx(client: FlaskClient, services: Services) -> None:
    sign_in(client, issue_token(services.redis, role=Role.WRITE))
    csrf = csrf_of(client.get("/admin/").text)
    odd = ["x" * 5000, "%00", "..%2F..%2Fetc", "a:b:c", "' OR 1=1 --", "😀", "rq:job:x", "-"]
    for value in odd:
        for page in (f"/admin/members/{value}", f"/admin/members?q={value}", f"/admin/members?q=tag:{value}",
                     f"/admin/?brand={value}", f"/admin/lang/{value}?next={value}",
                     f"/admin/queues?confirm={value}"):
            assert client.get(page).status_code < 500, page
        for action in (f"/admin/handoffs/{value}/close", f"/admin/jobs/{value}/retry"):
            assert client.post(action, data={"csrf": csrf, "next": value}).status_code < 500, action
    assert client.post("/admin/sign-in", data={"csrf": csrf, "token": "t" * 100_000}).status_code == 401


def test_a_brand_token_sees_its_brand_only(client: FlaskClient, services: Services) -> None:
    sign_in(client, issue_token(services.redis, role=Role.READ, brand="default"))
    page = client.get("/admin/?brand=elsewhere").text
    assert '<span class="brandname">default</span>' in page and 'name="brand"' not in page
    other = FlaskClient(client.application)
    sign_in(other, issue_token(services.redis, role=Role.READ, brand="not-served-here"))
    assert other.get("/admin/").status_code == 403
