"""campaigns.yaml: what a valid campaign reads as, and every problem with its file and line (a malformed
segment names its column), on the minimal content of test_content.py."""

from __future__ import annotations

from pathlib import Path

from bot.content.campaigns import SCHEDULE_LOCAL, GroupTarget
from bot.content.codec import from_data, to_data
from bot.content.schema import load_content
from tests.unit.test_content import minimal, problems_of

GOOD = """\
campaigns:
  - id: cream-push
    name: {zh: 面霜, en: Cream}
    segment: "tag:vip & !tag:churned & (city:toronto | city:vancouver)"
    send: {product: cream}
    routes: [oa_custom, wecom_mass]
    schedule: {local: "10:00", date: 2026-12-05}
    groups: [{chat_id: wrGroupA, owner: zhangsan}]
    confirm: {remind: 2h, expire: 1d}
"""


def test_a_campaign_reads_into_the_content_and_survives_publishing(tmp_path: Path) -> None:
    content = load_content(minimal(tmp_path, campaigns=GOOD))
    campaign = content.campaign("cream-push")
    assert campaign is not None and campaign.send.ref == "cream"
    assert campaign.schedule.kind == SCHEDULE_LOCAL and campaign.schedule.time_min == 600
    assert campaign.groups == (GroupTarget(chat_id="wrGroupA", owner="zhangsan"),)
    assert (campaign.remind_s, campaign.expire_s) == (7200, 86400)
    assert campaign.routes_for("wecom") == ("wecom_mass",) and campaign.routes_for("kf") == ()
    assert from_data(to_data(content)) == content


def test_each_problem_names_its_line(tmp_path: Path) -> None:
    bad = GOOD.replace('"tag:vip & !tag:churned', '"tag:vip & & tag:churned').replace(
        "{product: cream}", "{product: nothing}").replace("wecom_mass]", "wecom_blast]").replace(
        '{local: "10:00"', '{local: "25:00"')
    problems = problems_of(minimal(tmp_path, campaigns=bad))
    assert any(p.startswith("campaigns.yaml:4:") and "column 11" in p for p in problems), problems
    assert any(p.startswith("campaigns.yaml:5:") and "nothing" in p for p in problems), problems
    assert any(p.startswith("campaigns.yaml:6:") and "wecom_blast" in p for p in problems), problems
    assert any(p.startswith("campaigns.yaml:7:") and "25:00" in p for p in problems), problems


TONED = GOOD + """\
    tones:
      - {id: leaders, when: {tag: leader}, send: {text: {zh: 谢谢你, en: Thank you}}}
      - {id: english, when: {locale: en}, send: {product: cream}}
"""


def test_a_campaigns_tones_are_read_and_survive_publishing(tmp_path: Path) -> None:
    content = load_content(minimal(tmp_path, campaigns=TONED))
    campaign = content.campaign("cream-push")
    assert campaign is not None
    assert [(t.id, t.when.label(), t.send.kind) for t in campaign.tones] == [
        ("leaders", "tag:leader", "text"), ("english", "locale:en", "product")]
    assert from_data(to_data(content)) == content


def test_a_bad_tone_names_its_line(tmp_path: Path) -> None:
    bad = TONED.replace("{tag: leader}", "{}").replace("{product: cream}}", "{product: nothing}}") + \
        "      - {id: english, when: {tag: vip}, send: welcome}\n"
    problems = problems_of(minimal(tmp_path, campaigns=bad))
    assert problems == [
        "campaigns.yaml:11: campaigns[0].tones[0].when: say whom the tone is for: tag, lacks_tag, locale or channel",
        "campaigns.yaml:12: campaigns[0].tones[1].send.product: unknown product id 'nothing' (expected one of: "
        "cream)",
        "campaigns.yaml:13: campaigns[0].tones[2].id: tone id 'english' used twice here",
        "campaigns.yaml:13: campaigns[0].tones[2].send: a tone cannot send the welcome"], problems
