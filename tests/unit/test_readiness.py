"""Nothing silently refused: each brand's missing pieces are logged once at start, naming the setting."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.app import create_app
from bot.channels import readiness
from tests.support.factories import demo_content, make_settings


def test_wecom_without_any_secret_cannot_welcome_and_says_which_settings() -> None:
    gaps = readiness.gaps(make_settings().brands["default"])
    assert "no SIYU_WECOM_CONTACT_SECRET and no SIYU_WECOM_SECRET: WeCom welcomes cannot be sent" in gaps
    assert any(g.startswith("no SIYU_WECOM_SECRET: WeCom app messages") for g in gaps)


def test_the_app_secret_alone_welcomes_with_a_note_about_the_contact_app_list() -> None:
    brand = make_settings(SIYU_WECOM_SECRET="appsecret", SIYU_OA_SECRET="oasecret").brands["default"]
    assert readiness.gaps(brand) == []
    assert any("客户联系 可调用应用" in note for note in readiness.notes(brand))


def test_an_official_account_without_its_secret_and_an_unverified_one() -> None:
    brand = make_settings(SIYU_WECOM_SECRET="s", SIYU_OA_SECRET="").brands["default"]
    assert any(g.startswith("no SIYU_OA_SECRET: the Official Account answers only in the passive reply")
               for g in readiness.gaps(brand))
    kol = make_settings(SIYU_WECOM_SECRET="s", SIYU_OA_ACCOUNT="subscription",
                        SIYU_OA_VERIFIED="false").brands["default"]
    assert readiness.gaps(kol) == []  # nothing to add: that account sends nothing proactively anyway
    assert any("unverified subscription account" in note for note in readiness.notes(kol))


def test_another_brand_is_named_by_its_own_prefix(tmp_path: Path) -> None:
    brands = tmp_path / "brands.yaml"
    brands.write_text("brands:\n  acme:\n    env_prefix: ACME_\n", encoding="utf-8")
    settings = make_settings(SIYU_BRANDS_FILE=str(brands), ACME_WECOM_TOKEN="acmetoken", ACME_WECOM_CORP_ID="wwacme",
                             ACME_WECOM_AES_KEY="kWxPEV2UEDyxWpmPdKC3F4dgPDmOvfKX1HGnEUDS1aR")
    assert any("no ACME_WECOM_CONTACT_SECRET and no ACME_WECOM_SECRET" in g
               for g in readiness.gaps(settings.brands["acme"]))


def test_create_app_logs_each_gap_once(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readiness, "_SAID", set())
    settings = make_settings(SIYU_OA_SECRET="oasecret")
    with caplog.at_level(logging.INFO, logger="siyu.config"):
        create_app(settings)
        create_app(settings)
    lines = [r.getMessage() for r in caplog.records if r.name == "siyu.config"]
    welcome = [line for line in lines if "WeCom welcomes cannot be sent" in line]
    assert welcome == ["brand default: no SIYU_WECOM_CONTACT_SECRET and no SIYU_WECOM_SECRET: "
                       "WeCom welcomes cannot be sent"]


def test_a_group_robot_the_content_names_but_the_settings_lack_is_a_gap() -> None:
    content = demo_content()
    group = content.groups[0]
    missing = readiness.content_gaps(make_settings().brands["default"], content)
    assert any(f"names robot_key_env {group.robot_key_env}, which is not set" in line for line in missing)
    configured = make_settings(**{group.robot_key_env: "0b5c2d1e-1111-2222-3333-444455556666"})
    assert not any(group.robot_key_env in line for line in readiness.content_gaps(configured.brands["default"],
                                                                                  content))
