"""Settings: validated once, every problem named, secrets never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import SettingsError
from bot.settings import Settings
from tests.support.factories import OA_AES_KEY, OA_TOKEN, TEST_ENV, make_settings


def test_defaults_without_any_setting() -> None:
    settings = Settings.from_env({})
    assert settings.default_brand == "default" and settings.uses_embedded_redis
    assert settings.oa_api_origin == "https://api.weixin.qq.com"
    assert settings.wecom_api_origin == "https://qyapi.weixin.qq.com"
    assert settings.timestamp_tolerance_s == 300
    assert settings.brands["default"].oa is None


def test_full_default_brand() -> None:
    settings = Settings.from_env({**TEST_ENV, "SIYU_REDIS_URL": "redis://127.0.0.1:6390/1",
                                  "SIYU_OA_API_ORIGIN": "http://127.0.0.1:9999/"})
    brand = settings.brands["default"]
    assert brand.oa is not None and brand.oa.appid == TEST_ENV["SIYU_OA_APPID"]
    assert brand.wecom is not None and brand.wecom.agent_id == "1000002"
    assert settings.oa_api_origin == "http://127.0.0.1:9999"


@pytest.mark.parametrize(("env", "named"), [
    ({"SIYU_OA_TOKEN": "abc", "SIYU_OA_AES_KEY": "short"}, "SIYU_OA_AES_KEY"),
    ({"SIYU_OA_TOKEN": "abc", "SIYU_OA_AES_KEY": OA_AES_KEY}, "SIYU_OA_APPID"),
    ({"SIYU_OA_APPID": "wx1"}, "SIYU_OA_TOKEN"),
    ({"SIYU_WECOM_TOKEN": "abc"}, "SIYU_WECOM_CORP_ID"),
    ({"SIYU_WECOM_TOKEN": "abc", "SIYU_WECOM_CORP_ID": "ww1"}, "SIYU_WECOM_AES_KEY"),
    ({"SIYU_TIMESTAMP_TOLERANCE_S": "soon"}, "SIYU_TIMESTAMP_TOLERANCE_S"),
    ({"SIYU_OA_API_ORIGIN": "ftp://x"}, "SIYU_OA_API_ORIGIN"),
    ({"SIYU_REDIS_URL": "localhost:6379"}, "SIYU_REDIS_URL"),
    ({"SIYU_BRAND": "Not A Name"}, "SIYU_BRAND"),
    ({"SIYU_OA_TOKEN": "bad token!"}, "SIYU_OA_TOKEN"),
    ({**TEST_ENV, "SIYU_OA_ACCOUNT": "personal"}, "SIYU_OA_ACCOUNT: must be one of service, subscription"),
    ({**TEST_ENV, "SIYU_OA_VERIFIED": "maybe"}, "SIYU_OA_VERIFIED: must be true or false"),
])
def test_invalid_setting_is_named(env: dict[str, str], named: str) -> None:
    with pytest.raises(SettingsError, match=named):
        Settings.from_env(env)


def test_all_problems_reported_at_once() -> None:
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"SIYU_TIMESTAMP_TOLERANCE_S": "x", "SIYU_OA_API_ORIGIN": "nope"})
    assert "SIYU_TIMESTAMP_TOLERANCE_S" in str(error.value) and "SIYU_OA_API_ORIGIN" in str(error.value)


def test_secrets_never_print() -> None:
    settings = Settings.from_env(TEST_ENV)
    text = repr(settings) + str(settings.brands)
    assert OA_TOKEN not in text and OA_AES_KEY not in text and "***" in text
    with pytest.raises(SettingsError) as error:
        Settings.from_env({**TEST_ENV, "SIYU_OA_AES_KEY": "x" * 42})
    assert "x" * 42 not in str(error.value)


def test_brands_file_adds_brands_with_their_own_env_prefix(tmp_path: Path) -> None:
    brands = tmp_path / "brands.yaml"
    brands.write_text("brands:\n  acme:\n    env_prefix: ACME_\n", encoding="utf-8")
    settings = Settings.from_env({**TEST_ENV, "SIYU_BRANDS_FILE": str(brands), "ACME_OA_TOKEN": "acmetoken",
                                  "ACME_OA_APPID": "wxacme"})
    assert set(settings.brands) == {"default", "acme"}
    assert settings.brands["acme"].oa is not None and settings.brands["acme"].oa.appid == "wxacme"


@pytest.mark.parametrize("text", ["brands: []", "brands:\n  acme: {env_prefix: lower}", ": : :", "other: 1"])
def test_bad_brands_file_is_named(tmp_path: Path, text: str) -> None:
    brands = tmp_path / "brands.yaml"
    brands.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError, match="SIYU_BRANDS_FILE"):
        Settings.from_env({"SIYU_BRANDS_FILE": str(brands)})


def test_missing_brands_file_is_named() -> None:
    with pytest.raises(SettingsError, match="SIYU_BRANDS_FILE: cannot read"):
        Settings.from_env({"SIYU_BRANDS_FILE": "/nonexistent/brands.yaml"})


def test_robot_keys_from_one_variable_per_robot() -> None:
    settings = Settings.from_env({**TEST_ENV, "SIYU_ROBOT_KEY_VAN_SKINCARE": "693a91f6-7xxx-4bc4-97a0-0ec2sifa5aaa",
                                  "SIYU_GROUP_ROBOT_KEYS": "ops=0b5c2d1e-1111-2222-3333-444455556666"})
    robots = settings.brands["default"].robots
    assert set(robots) == {"SIYU_ROBOT_KEY_VAN_SKINCARE", "ops"}
    assert "693a91f6" not in repr(robots)
    with pytest.raises(SettingsError, match="SIYU_ROBOT_KEY_BAD"):
        Settings.from_env({"SIYU_ROBOT_KEY_BAD": "no spaces allowed"})


@pytest.mark.parametrize("url", ["redis://127.0.0.1:99999/0", "redis://127.0.0.1:port/0", "redis://127.0.0.1:6379/abc",
                                 "redis:///0", "http://127.0.0.1:6379/0"])
def test_a_bad_redis_url_is_one_line_naming_it(url: str) -> None:
    """Issue 16, item 11: these gave a traceback at the first connection, or silently used database 0."""
    with pytest.raises(SettingsError, match="SIYU_REDIS_URL"):
        make_settings(SIYU_REDIS_URL=url)


@pytest.mark.parametrize("url", ["redis://127.0.0.1:6379/0", "redis://:pw@cache.internal:6380/2",
                                 "rediss://user:pw@cache.example:6380", "unix:///run/redis.sock?db=1"])
def test_good_redis_urls_pass(url: str) -> None:
    assert make_settings(SIYU_REDIS_URL=url).redis_url == url


def test_official_account_kind_defaults_to_a_verified_service_account_and_is_read_per_brand(tmp_path: Path) -> None:
    brands = tmp_path / "brands.yaml"
    brands.write_text("brands:\n  kol:\n    env_prefix: KOL_\n", encoding="utf-8")
    settings = Settings.from_env({**TEST_ENV, "SIYU_BRANDS_FILE": str(brands), "KOL_OA_TOKEN": "koltoken",
                                  "KOL_OA_APPID": "wxkol", "KOL_OA_ACCOUNT": "Subscription",
                                  "KOL_OA_VERIFIED": "false"})
    default, kol = settings.brands["default"].oa, settings.brands["kol"].oa
    assert default is not None and (default.kind, default.verified) == ("service", True)
    assert default.capabilities == {"customer_service", "template", "subscribe", "mass_send"}
    assert kol is not None and (kol.kind, kol.verified) == ("subscription", False)
    assert kol.capabilities == frozenset() and kol.described == "unverified subscription account"


def test_a_bad_account_kind_for_another_brand_names_its_variable(tmp_path: Path) -> None:
    brands = tmp_path / "brands.yaml"
    brands.write_text("brands:\n  kol:\n    env_prefix: KOL_\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="KOL_OA_VERIFIED"):
        Settings.from_env({**TEST_ENV, "SIYU_BRANDS_FILE": str(brands), "KOL_OA_TOKEN": "koltoken",
                           "KOL_OA_APPID": "wxkol", "KOL_OA_VERIFIED": "nope"})


def test_a_brand_s_group_bot_key_without_its_token_names_that_brand_s_variables(tmp_path: Path) -> None:
    """Found by contracts21: `ACME_GROUP_BOT_TOKEN: is required with SIYU_GROUP_BOT_AES_KEY` sent an operator who set
    ACME_GROUP_BOT_AES_KEY looking for a default-brand variable."""
    brands = tmp_path / "brands.yaml"
    brands.write_text("brands:\n  acme:\n    env_prefix: ACME_\n", encoding="utf-8")
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({"SIYU_BRANDS_FILE": str(brands), "ACME_GROUP_BOT_AES_KEY": OA_AES_KEY})
    assert "ACME_GROUP_BOT_TOKEN: is required with ACME_GROUP_BOT_AES_KEY" in str(raised.value)
