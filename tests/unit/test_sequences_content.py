"""sequences.yaml as a community manager meets it (every problem with file and line), the demo's `newcomer`,
`siyu sequences preview --json` (the contract), and the demo-only clock."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import fakeredis
import pytest
from click.testing import CliRunner

from bot.app import create_app
from bot.channels import ROUTES
from bot.cli import cli
from bot.clock import ManualClock
from bot.content.schema import validate_directory
from bot.content.schema.sequences import STEP_ROUTES
from bot.sandbox.clock_api import clock_blueprint
from bot.services import build_services
from jobs import context
from tests.support.factories import demo_content, make_settings

CONFIG = Path(__file__).resolve().parents[2] / "config"


def problems_with(tmp_path: Path, text: str) -> list[str]:
    directory = tmp_path / "config"
    shutil.copytree(CONFIG, directory, dirs_exist_ok=True)
    (directory / "sequences.yaml").write_text(text, encoding="utf-8")
    return [str(p) for p in validate_directory(directory)]


def test_every_route_a_step_may_name_is_a_delivery_route() -> None:
    assert {r for r in STEP_ROUTES if r != "reply"} - set(ROUTES) <= {"wecom_task"}  # the confirm task route


def test_the_demo_newcomer_sequence_has_what_the_issue_asks() -> None:
    newcomer = demo_content().sequence("newcomer")
    assert newcomer is not None
    assert {t.kind for t in newcomer.triggers} == {"follow", "contact_added"}
    assert len(newcomer.steps) >= 5 and max(s.day or 0 for s in newcomer.steps) >= 7
    assert newcomer.exit.tags == ("customer",)
    defaults = demo_content().sequence_defaults
    assert (defaults.timezone, defaults.quiet_hours.label()) == ("Asia/Shanghai", "21:00-09:00")


@pytest.mark.parametrize(("snippet", "expected"), [
    ('{id: a, day: 1, time: "25:00", send: {text: x}}', "sequences.yaml:7: sequences[0].steps[1].time: '25:00' is not "
                                                         "a time of day"),
    ("{id: a, after: soon, send: {text: x}}",
     "sequences.yaml:7: sequences[0].steps[1].after: 'soon' is not a duration"),
    ("{id: a, send: welcome}", "sequences.yaml:7: sequences[0].steps[1].routes: `send: welcome` is the trigger's own "
                               "answer"),
    ("{id: a, day: 1, send: {text: x}, routes: [reply]}", "sequences.yaml:7: sequences[0].steps[1].routes: route "
                                                          "`reply` (the answer to the trigger itself) is only for"),
    ("{id: a, send: {product: no-such-thing}}", "sequences.yaml:7: sequences[0].steps[1].send.product: unknown product "
                                                "id 'no-such-thing'"),
    ("{id: a, send: {lesson: sensitive-basics, number: 9}}", "sequences.yaml: newcomer2.a: lesson 9 of "
                                                             "'sensitive-basics': the series has 5 lessons"),
    ("{id: hello, send: {text: x}}", "sequences.yaml:7: sequences[0].steps[1].id: step id 'hello' already used at "
                                     "line 6"),
    ("{id: a, send: {text: x}, routes: [oa_kustom]}", "sequences.yaml:7: sequences[0].steps[1].routes[0]: unknown "
                                                      "route 'oa_kustom'; did you mean 'oa_custom'?"),
])
def test_a_mistake_is_reported_with_its_line(tmp_path: Path, snippet: str, expected: str) -> None:
    text = ("sequences:\n  - id: newcomer2\n    name: N\n    triggers: [follow]\n    steps:\n"
            "      - {id: hello, send: welcome, routes: [reply]}\n"
            f"      - {snippet}\n")
    found = problems_with(tmp_path, text)
    assert any(p.startswith(expected) for p in found), found


def test_triggers_and_quiet_hours_are_checked(tmp_path: Path) -> None:
    found = problems_with(tmp_path, "defaults: {quiet_hours: nights, timezone: Mars/Olympus}\nsequences:\n"
                                    "  - id: s\n    name: S\n    triggers: [folow, {group_join: no-group}]\n"
                                    "    steps: [{id: a, send: {text: x}}]\n")
    assert any("defaults.quiet_hours: 'nights'" in p for p in found)
    assert any("'Mars/Olympus' is not an IANA time zone" in p for p in found)
    assert any("unknown trigger 'folow'; did you mean 'follow'?" in p for p in found)
    assert any("unknown group id 'no-group'" in p for p in found)


def test_preview_json_lists_the_newcomer_steps_with_local_times(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    result = CliRunner().invoke(cli, ["sequences", "preview", "newcomer", "--tz", "Asia/Shanghai", "--days", "14",
                                      "--json", "--start", "2026-12-03T07:00:00+00:00"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["step"] for row in rows] == ["welcome", "lesson-1", "product", "job", "checkin"]
    assert [row["at"] for row in rows] == ["2026-12-03T15:00:00+08:00", "2026-12-04T10:00:00+08:00",
                                           "2026-12-06T12:30:00+08:00", "2026-12-08T19:00:00+08:00",
                                           "2026-12-10T10:00:00+08:00"]
    assert [row["route"] for row in rows] == ["reply", "oa_custom", "oa_custom", "oa_custom", "oa_custom"]
    for row in rows:
        assert datetime.fromisoformat(row["at"]).utcoffset() is not None


def test_preview_of_a_silent_member_shows_why_steps_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    result = CliRunner().invoke(cli, ["sequences", "preview", "newcomer", "--tz", "America/Toronto", "--silent",
                                      "--json", "--start", "2026-12-03T07:00:00+00:00"])
    rows = json.loads(result.stdout)
    assert rows[1]["step"] == "lesson-1" and rows[1]["outcome"] == "waiting"
    assert "customer-service budget" in rows[1]["reason"] and rows[1]["at"].endswith("-05:00")
    assert rows[2]["outcome"] == "expired"


def test_preview_refuses_an_unknown_sequence_and_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    unknown = CliRunner().invoke(cli, ["sequences", "preview", "newcommer"])
    assert unknown.exit_code == 1 and "no sequence 'newcommer'; known: newcomer" in unknown.output
    bad_zone = CliRunner().invoke(cli, ["sequences", "preview", "newcomer", "--tz", "Shanghai"])
    assert bad_zone.exit_code == 2 and "not an IANA time zone" in bad_zone.output


def test_the_clock_moves_only_in_the_demo() -> None:
    settings = make_settings()
    clock = ManualClock(datetime(2026, 12, 3, 7, 0, tzinfo=UTC))
    services = build_services(settings, redis_client=fakeredis.FakeRedis(), clock=clock)
    served = create_app(settings, services=services).test_client()
    assert served.get("/_sandbox/clock").status_code == 404  # what `siyu serve` runs
    assert served.post("/_sandbox/clock", json={"advance_s": 60}).status_code == 404
    demo_app = create_app(settings, services=services)
    demo_app.register_blueprint(clock_blueprint(clock, context.build(settings, core=services), ["default"]))
    demo = demo_app.test_client()
    assert demo.get("/_sandbox/clock").json == {"now": "2026-12-03T07:00:00+00:00"}
    moved = demo.post("/_sandbox/clock", json={"advance_s": 86400})
    assert moved.status_code == 200 and moved.json == {"now": "2026-12-04T07:00:00+00:00"}
    for body in ({"advance_s": -1}, {"advance_s": "1"}, {"advance_s": True}, {}, [1]):
        bad = demo.post("/_sandbox/clock", json=body)
        assert bad.status_code == 400 and "advance_s" in bad.json["error"]
    assert clock.now() == datetime(2026, 12, 4, 7, 0, tzinfo=UTC)


def test_preview_honours_a_declared_account_kind_with_no_account_configured(monkeypatch: pytest.MonkeyPatch) -> None:
    """Verify12: with SIYU_OA_ACCOUNT=subscription and SIYU_OA_VERIFIED=false but no SIYU_OA_TOKEN (a manager
    previewing before the account is wired), the preview showed every step "sent by oa_custom": the kind was read
    only with a configured account. It is previewed as declared, and the preview says what it assumed."""
    for name in ("SIYU_OA_TOKEN", "SIYU_OA_APPID", "SIYU_OA_AES_KEY", "SIYU_OA_SECRET"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    monkeypatch.setenv("SIYU_OA_ACCOUNT", "subscription")
    monkeypatch.setenv("SIYU_OA_VERIFIED", "false")
    result = CliRunner().invoke(cli, ["sequences", "preview", "newcomer", "--days", "8", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [row["outcome"] for row in rows[1:]] == ["skipped"] * 4, rows
    assert "unverified subscription account" in rows[1]["reason"]
    assert "no Official Account is configured" in result.stderr and "SIYU_OA_TOKEN" in result.stderr


def test_preview_with_no_account_says_it_assumes_a_verified_service_account(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SIYU_OA_TOKEN", "SIYU_OA_APPID", "SIYU_OA_AES_KEY", "SIYU_OA_SECRET", "SIYU_OA_ACCOUNT",
                 "SIYU_OA_VERIFIED"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SIYU_CONFIG_DIR", str(CONFIG))
    result = CliRunner().invoke(cli, ["sequences", "preview", "newcomer", "--days", "8", "--json"])
    assert [row["route"] for row in json.loads(result.stdout)][1:] == ["oa_custom"] * 4
    assert "verified service account" in result.stderr


@pytest.mark.parametrize(("fields", "tags", "reason"), [({"oo": "1"}, frozenset(), "opted out"),
                                                        ({}, frozenset({"customer"}), "")])
def test_preview_of_a_member_who_opted_out_or_bought_shows_nothing_reaching_them(
        fields: dict[str, str], tags: frozenset[str], reason: str) -> None:
    """Before: `siyu sequences preview newcomer --member M` for a member who had sent 退订 said "5 of 5 steps reach the
    member within 10 days" (every step "sent by oa_custom"): the simulated member took their language, city, zone
    and tags, but not their opt-out, which the engine honours first. After: refused, the member opted out. A
    customer (the sequence's exit tag) gets no step either."""
    from bot.member import Member
    from bot.sequences.preview import preview

    member = Member(id="m1", brand="default", fields={"ch": "oa", "lc": "zh", **fields}, tags=tags)
    rows = preview(demo_content(), make_settings(), "default", "newcomer",
                   start=datetime(2026, 12, 3, 7, tzinfo=UTC), days=10, member=member)
    assert not [row for row in rows if row.outcome == "sent" and row.route != "reply"], rows
    assert reason in " ".join(row.reason for row in rows), rows


def _step_texts(content) -> list[tuple[str, str]]:
    """(where, text) of every text a demo sequence step sends, each variant and tone and language."""
    texts = []
    for sequence in content.sequences:
        for step in sequence.steps:
            sends = [step.send] if step.send is not None else []
            sends += [v.send for v in step.variants] + [t.send for t in step.tones]
            for send in sends:
                for locale in ("zh", "en"):
                    if send.text.get(locale):
                        texts.append((f"{sequence.id}/{step.id}/{locale}", send.text.get(locale)))
    return texts


def _answer_texts(content) -> list[tuple[str, str]]:
    """(where, text) of every FAQ answer and every brand template, welcome and help text, in each language."""
    brand = content.brand
    texts = [(f"faq/{entry.id}", entry.answers) for entry in content.faq]
    texts += [(f"template/{name}", text) for name, text in brand.templates.items()]
    texts += [("help", brand.help)] + [(f"welcome/{kind}", getattr(brand.welcome, kind))
                                       for kind in ("oa_follow", "contact_added", "group_join")]
    return [(f"{where}/{locale}", text.get(locale)) for where, text in texts for locale in ("zh", "en")
            if text.get(locale)]


def test_every_reply_a_step_asks_for_is_one_the_bot_understands() -> None:
    """verify14: the day-7 check-in asked "回复 1（很有用）到 5（没用）", and the reply "1" got the greeting: nothing
    recorded a rating. Each word a step, an FAQ answer or a brand text tells the member to reply (【教程】, reply
    "jobs") reaches a handler that acts on it, not qa's greeting or "I don't know": the promo-code answer told new
    followers to reply 【新人】 / "new" for a first-order coupon that nothing gave (stop 29)."""
    import re

    from bot.member import Member
    from bot.router import Router
    from handlers import register_all
    from tests.support.factories import make_inbound

    content = demo_content()
    router = register_all(Router())
    replies = re.compile(r"【(.+?)】|[Rr]eply \"(.+?)\"|回复 ?(\d)|[Rr]eply (\d)")
    asked = [(where, word) for where, text in _step_texts(content) + _answer_texts(content)
             for groups in replies.findall(text) for word in groups if word and "{" not in word]
    assert asked, "the demo's steps ask for replies"
    for where, word in asked:
        routed = router.dispatch(make_inbound(word), Member(id="m1", brand="default"), content)
        assert routed.handler != "qa", (where, word, routed.handler)
