"""siyu demo runs its own made-up accounts and never shows a production secret found in the shell."""

from __future__ import annotations

from bot.sandbox.demo import DEMO_ENV, banner, demo_environment
from bot.settings import Settings

PRODUCTION = {
    "SIYU_OA_APPID": "wxPRODUCTION00000", "SIYU_OA_TOKEN": "prodtoken", "SIYU_OA_SECRET": "prod-oa-secret",
    "SIYU_OA_AES_KEY": "UFJPRFVDVElPTlBST0RVQ1RJT05QUk9EVUNUSU9OUFJP",
    "SIYU_WECOM_CORP_ID": "wwPRODUCTION0000", "SIYU_WECOM_TOKEN": "prodwecom", "SIYU_WECOM_SECRET": "prod-secret",
    "SIYU_WECOM_AES_KEY": "V0VDT01QUk9EV0VDT01QUk9EV0VDT01QUk9EV0VDT01Q", "SIYU_WECOM_CONTACT_SECRET": "prod-contact",
    "SIYU_GROUP_BOT_TOKEN": "prodbot", "SIYU_ROBOT_KEY_OPS": "prod-robot-key", "SIYU_REDIS_URL": "redis://prod:6379/0",
    "SIYU_LOG_LEVEL": "WARNING", "HOME": "/root",
}


def test_production_credentials_in_the_shell_are_neither_used_nor_printed() -> None:
    env = demo_environment(PRODUCTION)
    for name, value in DEMO_ENV.items():
        assert env[name] == value, name
    assert "SIYU_REDIS_URL" not in env and "SIYU_ROBOT_KEY_OPS" not in env and "HOME" not in env
    assert env["SIYU_LOG_LEVEL"] == "WARNING"  # settings that are not secrets still apply
    shown = banner(Settings.from_env(env), base_url="http://127.0.0.1:8000", fake_origin="http://127.0.0.1:9")
    for value in PRODUCTION.values():
        if value not in ("WARNING", "/root"):
            assert value not in shown


def test_the_banner_shows_how_to_simulate_a_follow() -> None:
    """Issue 11: a newcomer starts the nurture sequence from the command line, as the banner shows."""
    shown = banner(Settings.from_env(DEMO_ENV), base_url="http://127.0.0.1:8000", fake_origin="http://127.0.0.1:9")
    assert "./dev siyu simulate --url http://127.0.0.1:8000 --event subscribe" in shown
