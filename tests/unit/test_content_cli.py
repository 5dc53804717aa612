"""`siyu config validate|apply` through click's CliRunner, on a small Flask app with fakeredis."""

from __future__ import annotations

import shutil
from pathlib import Path
from types import SimpleNamespace

import fakeredis
import pytest
from click.testing import CliRunner, Result
from flask import Flask

from bot.cli.content import config
from bot.content import decode, load_content, published_version
from bot.queueing import RecordingDeliveryQueue
from bot.store import keys

DEMO = Path(__file__).resolve().parents[2] / "config"


@pytest.fixture
def content_root(tmp_path: Path) -> Path:
    """A copy of the demo community as the default brand, plus brand `acme` under brands/."""
    root = tmp_path / "config"
    shutil.copytree(DEMO, root)
    shutil.copytree(DEMO, root / "brands" / "acme")
    return root


@pytest.fixture
def app(content_root: Path) -> Flask:
    app = Flask("test")
    settings = SimpleNamespace(config_dir=content_root, default_brand="lumi",
                               brands={"lumi": object(), "acme": object()})
    app.extensions["siyu"] = SimpleNamespace(redis=fakeredis.FakeRedis(), settings=settings,
                                             queue=RecordingDeliveryQueue())
    return app


def run(app: Flask, *args: str) -> Result:
    """Click 8.2+ keeps stdout and stderr apart (result.stdout, result.stderr)."""
    return app.test_cli_runner().invoke(config, list(args))


def break_faq(directory: Path) -> None:
    faq = directory / "faq.yaml"
    text = faq.read_text("utf-8").replace("  - id: shipping-time\n", "  - id: shipping-time\n    answer: oops\n", 1)
    faq.write_text(text.replace("products: [travel-kit]", "products: [no-such-kit]"), "utf-8")


def test_validate_prints_a_summary_when_valid(app: Flask, content_root: Path) -> None:
    result = run(app, "validate")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (f"{content_root} is valid: 51 FAQ entries, 3 tutorial series (14 lessons), "
                                     "10 products, 8 jobs in 3 cities, 3 groups, 1 sequence(s) (5 steps)")


def test_validate_prints_every_problem_and_exits_1(app: Flask, content_root: Path) -> None:
    break_faq(content_root)
    result = run(app, "validate", str(content_root))
    assert result.exit_code == 1
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("faq.yaml:") and "unknown key 'answer'; did you mean 'answers'?" in lines[0]
    assert "unknown product id 'no-such-kit'" in lines[1]
    assert f"2 problem(s) in 1 file(s) under {content_root}; nothing was changed" in result.stderr


def test_validate_another_brand_by_name(app: Flask, content_root: Path) -> None:
    break_faq(content_root / "brands" / "acme")
    assert run(app, "validate").exit_code == 0
    result = run(app, "validate", "--brand", "acme")
    assert result.exit_code == 1
    assert "faq.yaml:" in result.stdout


def test_validate_works_without_an_app(content_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = CliRunner().invoke(config, ["validate", str(content_root)])
    assert result.exit_code == 0 and "is valid" in result.output
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(content_root))
    monkeypatch.setenv("SIYU_BRAND", "lumi")
    break_faq(content_root / "brands" / "acme")
    assert CliRunner().invoke(config, ["validate"]).exit_code == 0
    assert CliRunner().invoke(config, ["validate", "--brand", "acme"]).exit_code == 1


def test_validate_refuses_a_missing_directory(app: Flask, tmp_path: Path) -> None:
    result = run(app, "validate", str(tmp_path / "nope"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


def test_apply_publishes_a_new_version_each_time(app: Flask, content_root: Path) -> None:
    redis = app.extensions["siyu"].redis
    first = run(app, "apply")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith(f"published {content_root} as content version 1 for brand 'lumi': 51 FAQ")
    assert run(app, "apply").stdout.startswith(f"published {content_root} as content version 2")
    assert published_version(redis, "lumi") == 2
    assert decode(redis.get(keys.content_blob("lumi", 2))) == load_content(content_root)


def test_apply_of_a_step_moved_earlier_queues_the_pass_that_moves_its_waiting_members(
        app: Flask, content_root: Path) -> None:
    queue = app.extensions["siyu"].queue
    assert run(app, "apply").exit_code == 0
    assert queue.reschedules == []  # nothing was published before: nothing to compare with
    assert run(app, "apply").exit_code == 0
    assert queue.reschedules == []  # the same content: nothing moved
    sequences = content_root / "sequences.yaml"
    text = sequences.read_text("utf-8")
    moved = text.replace('      - id: product\n        day: 3\n', '      - id: product\n        day: 2\n', 1)
    assert moved != text
    sequences.write_text(moved, "utf-8")
    result = run(app, "apply")
    assert result.exit_code == 0, result.output
    assert "sequence newcomer: steps product changed time" in result.stdout
    assert queue.reschedules == [("lumi", {"newcomer": ["product"]})]


def test_apply_for_another_brand_uses_its_folder(app: Flask, content_root: Path) -> None:
    redis = app.extensions["siyu"].redis
    result = run(app, "apply", "--brand", "acme")
    assert result.exit_code == 0, result.output
    assert f"{content_root / 'brands' / 'acme'} as content version 1 for brand 'acme'" in result.stdout
    assert published_version(redis, "acme") == 1 and published_version(redis, "lumi") is None


def test_apply_publishes_nothing_when_invalid(app: Flask, content_root: Path) -> None:
    break_faq(content_root)
    result = run(app, "apply")
    assert result.exit_code == 1
    assert "2 problem(s)" in result.stderr and "nothing was published" in result.stderr
    assert published_version(app.extensions["siyu"].redis, "lumi") is None


def test_apply_refuses_an_unknown_brand(app: Flask) -> None:
    result = run(app, "apply", "--brand", "acne")
    assert result.exit_code == 1
    assert "unknown brand 'acne' (configured: acme, lumi)" in result.stderr


def test_apply_refuses_the_embedded_redis(app: Flask) -> None:
    app.extensions["siyu"].settings.uses_embedded_redis = True
    result = run(app, "apply")
    assert result.exit_code == 1
    assert "SIYU_REDIS_URL is not set" in result.stderr
