"""SIYU_REDIS_URL's Sentinel form (issue 14): read into where the master is found, or refused at start with one
line naming the variable; and the client it builds (no server is contacted until the first command)."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from bot.errors import SettingsError
from bot.settings import Settings
from bot.store.connection import MAX_CONNECTIONS, POOL_WAIT_S, client_for, uses_sentinel
from bot.store.redis_url import SentinelTarget, parse_sentinel_url
from tests.support.factories import TEST_ENV, make_settings


@pytest.mark.parametrize(("url", "target"), [
    ("redis+sentinel://host:26379,host2:26379/mymaster/0",
     SentinelTarget(sentinels=(("host", 26379), ("host2", 26379)), service="mymaster", db=0)),
    ("redis+sentinel://:p%40ss@h1:26379,h2:26380/mymaster/3",
     SentinelTarget(sentinels=(("h1", 26379), ("h2", 26380)), service="mymaster", db=3, password="p@ss")),
    ("redis+sentinel://siyu:pw@10.0.0.5/siyu",
     SentinelTarget(sentinels=(("10.0.0.5", 26379),), service="siyu", username="siyu", password="pw")),
    ("redis+sentinel://[::1]:26379/mymaster/1", SentinelTarget(sentinels=(("::1", 26379),), service="mymaster", db=1)),
])
def test_the_sentinel_form_names_the_sentinels_the_master_and_the_database(url: str, target: SentinelTarget) -> None:
    assert parse_sentinel_url(url) == target
    assert make_settings(SIYU_REDIS_URL=url).redis_url == url


@pytest.mark.parametrize(("url", "says"), [
    ("redis+sentinel://host:26379", "names no master"),
    ("redis+sentinel://host:26379/", "names no master"),
    ("redis+sentinel://host:port/mymaster/0", "port from 1 to 65535"),
    ("redis+sentinel://host:0/mymaster/0", "port from 1 to 65535"),
    ("redis+sentinel://host:26379,,h2:26379/mymaster/0", "empty host"),
    ("redis+sentinel://host:26379/mymaster/abc", "database 'abc'"),
    ("redis+sentinel://host:26379/mymaster/0/extra", "<master>/<db>"),
    ("redis+sentinel://secret@host:26379/mymaster/0", "':password@'"),
    ("redis+sentinel://:@host:26379/mymaster/0", "empty password"),
    ("redis+sentinel://host:26379/mymaster/0?ssl=true", "no query"),
    ("sentinel://host:26379/mymaster/0", "redis+sentinel://"),
])
def test_a_malformed_sentinel_url_stops_start_up_with_one_line_naming_the_variable(url: str, says: str) -> None:
    with pytest.raises(SettingsError) as raised:
        make_settings(SIYU_REDIS_URL=url)
    problems = [line.strip() for line in str(raised.value).splitlines()[1:]]
    assert len(problems) == 1 and problems[0].startswith("SIYU_REDIS_URL: ") and says in problems[0], problems


def test_the_password_never_appears_in_the_problem() -> None:
    with pytest.raises(SettingsError) as raised:
        make_settings(SIYU_REDIS_URL="redis+sentinel://:hunter2@host:26379/mymaster/x")
    assert "hunter2" not in str(raised.value)


def test_the_sentinel_client_has_the_pool_of_a_plain_one_and_finds_its_master_through_the_sentinels() -> None:
    plain = client_for("redis://127.0.0.1:6390/0")
    sentinel = client_for("redis+sentinel://:pw@h1:26379,h2:26380/mymaster/2")
    assert not uses_sentinel(plain) and uses_sentinel(sentinel)
    for client in (plain, sentinel):
        pool = client.connection_pool
        assert isinstance(pool, redis.BlockingConnectionPool)
        assert (pool.max_connections, pool.timeout) == (MAX_CONNECTIONS, POOL_WAIT_S)
    options = sentinel.connection_pool.connection_kwargs
    assert (options["db"], options["password"], options["socket_timeout"]) == (2, "pw", 5.0)
    assert options["retry"].get_retries() >= 1
    hosts = [s.connection_pool.connection_kwargs for s in sentinel.connection_pool.sentinel_manager.sentinels]
    assert [(h["host"], h["port"]) for h in hosts] == [("h1", 26379), ("h2", 26380)]
    assert all(h.get("password") is None for h in hosts)  # the URL's password is the data nodes', not the Sentinels'


def test_brands_are_placed_on_redis_deployments_by_the_brands_file_never_by_a_url_of_their_own(
        tmp_path: Path) -> None:
    """A deployment (web, workers, cron) works on one Redis: a brand's own {prefix}REDIS_URL that differs would be
    read and not used, so it stops start-up naming it; the same URL as SIYU_REDIS_URL is harmless."""
    brands = tmp_path / "brands.yaml"
    brands.write_text("brands:\n  acme:\n    env_prefix: ACME_\n", encoding="utf-8")
    here = "redis+sentinel://:pw@h1:26379,h2:26379/eu/0"
    env = {**TEST_ENV, "SIYU_BRANDS_FILE": str(brands), "SIYU_REDIS_URL": here}
    assert set(Settings.from_env({**env, "ACME_REDIS_URL": here}).brands) == {"default", "acme"}
    with pytest.raises(SettingsError) as raised:
        Settings.from_env({**env, "ACME_REDIS_URL": "redis+sentinel://:secret@h3:26379/asia/0"})
    problems = str(raised.value).splitlines()[1:]
    assert len(problems) == 1 and problems[0].strip().startswith("ACME_REDIS_URL: ") and "secret" not in problems[0]
