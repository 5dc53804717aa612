"""The dashboard's pure parts: the token seam, the language choice, the FAQ snippet, the funnel's SVG, and the
demo banner's sign-in line."""

from __future__ import annotations

import fakeredis
import yaml
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

from bot.admin.auth import verify_grant, verify_token
from bot.admin.charts import funnel_svg
from bot.admin.i18n import pick_locale
from bot.admin.reads import faq_snippet
from bot.clock import SystemClock
from bot.sandbox.demo import DEMO_ENV, banner
from bot.settings import Settings
from bot.store.tokens import Role, TokenStore
from tests.support.admin import issue_token


def test_the_sign_in_seam_answers_from_the_admin_token_store() -> None:
    redis = fakeredis.FakeRedis()
    raw = issue_token(redis, role=Role.READ, brand="lumi")
    grant = verify_token(redis, f"  {raw}\n")
    assert grant is not None and grant.role is Role.READ and not grant.can_write and grant.brand == "lumi"
    assert grant.allows_brand("lumi") and not grant.allows_brand("other")
    assert verify_grant(redis, grant.token_id) == grant and grant.token_id not in raw.split("_")[-1]
    for bad in ("", "x" * 500, raw + "x", "sy_"):
        assert verify_token(redis, bad) is None
    assert verify_grant(redis, "x" * 500) is None and verify_grant(redis, "") is None
    TokenStore(redis, SystemClock()).revoke(grant.token_id)
    assert verify_grant(redis, grant.token_id) is None and verify_token(redis, raw) is None


def test_the_language_is_the_chosen_one_else_the_browsers_else_chinese() -> None:
    def accept(header: str) -> LanguageAccept:
        return parse_accept_header(header, LanguageAccept)

    assert pick_locale(accept("en-US,en;q=0.9")) == "en"
    assert pick_locale(accept("zh-TW,en;q=0.5")) == "zh"
    assert pick_locale(accept("fr")) == "zh"
    assert pick_locale(accept("en"), "zh") == "zh"
    assert pick_locale(accept("zh"), "klingon") == "zh"


def test_the_faq_snippet_is_an_entry_to_paste() -> None:
    for question, locale in (("可以寄到火星吗？", "zh"), ('Do you ship to "Mars": really?', "en")):
        snippet = faq_snippet(question)
        assert all(line.startswith("  ") for line in snippet.splitlines())  # indented under `entries:`
        [entry] = yaml.safe_load(snippet)
        assert entry["questions"] == {locale: [question]} and set(entry["answers"]) == {locale}


def test_the_funnel_escapes_its_labels_and_scales_its_bars() -> None:
    svg = str(funnel_svg([{"label": "<b>x</b>", "reached": 10, "clicked": 5}, {"label": "two", "reached": 5}],
                         title="t & t", reached_label="sent", clicked_label="clicked"))
    assert "<b>" not in svg and "&lt;b&gt;" in svg and "t &amp; t" in svg
    assert 'width="360" height="22" class="reached"' in svg and 'width="180" height="22" class="reached"' in svg
    assert 'class="clicked"' in svg
    empty = str(funnel_svg([{"label": "a", "reached": 0}], title="", reached_label="", clicked_label=""))
    assert 'width="0" height="22" class="reached"' in empty  # nothing reached: no division by zero


def test_the_demo_banner_says_how_to_sign_in() -> None:
    shown = banner(Settings.from_env(DEMO_ENV), base_url="http://127.0.0.1:8000", fake_origin="http://127.0.0.1:9",
                   admin_token="siyu_dash_abc")
    assert "http://127.0.0.1:8000/admin/" in shown and "token siyu_dash_abc" in shown
