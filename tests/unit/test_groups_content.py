"""groups.yaml drop schedules and channels.yaml, as community managers write them: every mistake named with its
file and line; and the welcome a channel's code brings."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.content import load_content
from bot.inbound import Channel, Kind
from bot.outbound import Link, Text
from bot.router import Match
from handlers.catchup import CATCHUP_EVENT, CatchupHandler
from handlers.welcome import WelcomeHandler
from tests.support.factories import make_inbound
from tests.unit.test_content import minimal, problems_of

TUTORIALS = """\
    tutorials:
      - id: basics
        name: {zh: 入门, en: Basics}
        lessons:
          - {title: {zh: 一, en: One}, body: {zh: 第一课, en: Lesson one}}
    """


def test_drop_schedules_and_channels_are_checked_with_file_and_line(tmp_path: Path) -> None:
    directory = minimal(tmp_path, tutorials=TUTORIALS, groups="""\
        groups:
          - id: van
            name: 温哥华群
            chat_id: wr123
            timezone: Mars/Olympus
            drops: {cron: "every tuesday", series: basics, max_late: soon}
          - id: syd
            name: 悉尼群
            chat_id: wr456
            owner: zhang san
            drops: {cron: "0 20 * * 2", start: 2026-13-01}
        """, channels="""\
        channels:
          - id: a-very-long-channel-id-for-a-note
            name: 小红书
            kind: contact_way
            staff: [zhangsan]
          - id: poster
            name: 海报
            kind: join_way
          - id: live
            name: 直播
            kind: flyer
          - id: referral
            name: 推荐
            kind: contact_way
            staff: [zhangsan]
        """)
    assert problems_of(directory) == [
        "groups.yaml:2: groups[0]: give robot_key_env (the group's robot) or owner (the WeCom userid who owns the "
        "group and confirms its posts): without either nothing can be posted there",
        "groups.yaml:5: groups[0].timezone: 'Mars/Olympus' is not an IANA time zone (e.g. Asia/Shanghai, "
        "America/Vancouver)",
        "groups.yaml:6: groups[0].drops.cron: 'every tuesday' is not a cron expression (minute hour day month "
        "weekday, e.g. '0 20 * * 2' for Tuesdays at 20:00)",
        "groups.yaml:6: groups[0].drops.max_late: 'soon' is not a duration; write e.g. 30m, 2h or 1d",
        "groups.yaml:10: groups[1].owner: 'zhang san' is not a WeCom userid (the group owner's account)",
        "groups.yaml:11: groups[1].drops.start: '2026-13-01' is not a date (YYYY-MM-DD, in the group's zone)",
        "groups.yaml:11: groups[1].drops: drops need a series: give drops.series or the group's tutorial_series",
        "channels.yaml:2: channels[0].id: the code's state 'ch_a-very-long-channel-id-for-a-note' would be 36 "
        "characters; WeCom takes at most 30: shorten the id",
        "channels.yaml:6: channels[1]: a join_way needs groups (groups.yaml ids; WeCom takes up to 5)",
        "channels.yaml:11: channels[2].kind: unknown kind 'flyer' (expected one of: contact_way, join_way)",
        "channels.yaml:12: channels[3].id: 'referral' is the referral codes' row of the channel report: choose "
        "another id",
    ]


def test_the_demo_groups_drop_weekly_and_the_demo_channels_load() -> None:
    content = load_content(Path("config"))
    van, _syd, tor = content.groups
    assert van.drops is not None and van.drops.cron == "0 20 * * 2" and van.drops.timezone == "America/Vancouver"
    assert van.drops.series == "sensitive-basics" and van.drops.max_late_s == 7200
    assert tor.robot_key_env == "" and tor.owner == "zhangsan"  # no robot: confirm tasks for its owner
    assert {c.id: c.state for c in content.channels}["xhs-winter-note"] == "ch_xhs-winter-note"
    assert "补课" in content.catchup_words and "missed lessons" in content.catchup_words


def test_a_contact_added_by_a_channels_code_gets_its_welcome_link_and_tags() -> None:
    content = load_content(Path("config"))
    inbound = make_inbound(channel=Channel.WECOM, kind=Kind.CONTACT_ADDED, text="", user_id="wmXhs01",
                           scene="ch_xhs-winter-note", welcome_code="CODE", sent_at=datetime(2026, 12, 3, tzinfo=UTC))
    result = WelcomeHandler().handle(inbound, None, content, Match())
    text, link = result.messages
    assert isinstance(text, Text) and "小红书" in text.text
    assert isinstance(link, Link) and "sy_c=channel:xhs-winter-note" in link.url
    assert {"from-xiaohongshu", "channel:xhs-winter-note", "source:ch_xhs-winter-note"} <= result.add_tags


def test_catchup_words_are_claimed_and_other_words_are_not() -> None:
    content = load_content(Path("config"))
    handler = CatchupHandler()
    for word in ("补课", "Missed lessons", "补发课程"):
        inbound = make_inbound(text=word, channel=Channel.GROUP_BOT, chat_id="wrGROUP1")
        match = handler.match(inbound, None, content)
        assert match is not None, word
        assert handler.handle(inbound, None, content, match).events == ((CATCHUP_EVENT, {}),)
        # an Official Account openid is in no group join: answered with where to ask, nothing queued
        follower = make_inbound(text=word)
        assert handler.handle(follower, None, content, handler.match(follower, None, content)).events == ()
    for other in ("补课吗 today", "lessons", "教程"):
        assert handler.match(make_inbound(text=other), None, content) is None


def test_a_series_tones_and_a_groups_tags_are_checked_and_read(tmp_path: Path) -> None:
    toned = TUTORIALS.rstrip(" ") + """\
        tones:
          - {id: newcomers, when: {tag: newcomers}, intro: {zh: 欢迎新朋友, en: Welcome}}
          - {id: quiet, when: {tag: x}}
          - {id: nobody, when: {}, outro: {zh: 再见}}
    """
    groups = """\
        groups:
          - id: van
            name: 温哥华群
            chat_id: wr123
            owner: zhangsan
            tags: [newcomers, "two words"]
        """
    assert problems_of(minimal(tmp_path, tutorials=toned, groups=groups)) == [
        "tutorials.yaml:8: tutorials[0].tones[1]: give intro, outro or both: the lines this tone adds around each "
        "lesson",
        "tutorials.yaml:9: tutorials[0].tones[2].when: say whom the tone is for: tag, lacks_tag, locale or channel",
        "groups.yaml:6: groups[0].tags[1]: tag 'two words': no spaces or commas, at most 64 characters",
    ]
    fine = toned.replace("          - {id: quiet, when: {tag: x}}\n", "").replace(
        "          - {id: nobody, when: {}, outro: {zh: 再见}}\n", "")
    content = load_content(minimal(tmp_path, tutorials=fine, groups=groups.replace(', "two words"', "")))
    series = content.tutorial("basics")
    assert series is not None and [(t.id, t.intro.zh) for t in series.tones] == [("newcomers", "欢迎新朋友")]
    group = content.group("van")
    assert group is not None and group.tags == ("newcomers",)


def test_a_groups_script_is_hk_or_tw_and_its_welcome_and_drops_are_written_in_it(tmp_path: Path) -> None:
    """groups.yaml `script`: a Hong Kong or Taiwan group reads its welcome and lesson drops in traditional
    characters (the content is written once, in simplified); before (lead25) every group post was simplified."""
    from bot.community.drops import lesson_messages

    directory = minimal(tmp_path, tutorials=TUTORIALS.replace("第一课", "第一课：温和清洁"), groups="""\
        groups:
          - id: hk
            name: 香港群
            chat_id: wrHK
            robot_key_env: SIYU_ROBOT_HK
            script: hk
            welcome: {zh: 欢迎来到香港护肤交流群，这里每周发一节课}
            tutorial_series: basics
          - id: plain
            name: 温哥华群
            chat_id: wrVAN
            robot_key_env: SIYU_ROBOT_VAN
            welcome: {zh: 欢迎来到温哥华护肤交流群}
            tutorial_series: basics
        """)
    content = load_content(directory)
    hk, plain, series = content.group("hk"), content.group("plain"), content.tutorial("basics")
    assert hk is not None and plain is not None and series is not None
    assert hk.script == "hk" and plain.script == ""
    (drop,) = lesson_messages(content, hk, series, 1, where="wecom.drop")[:1]
    assert drop.text.startswith("【入門】第 1/1 課") and "清潔" in drop.text
    assert "温和清洁" in lesson_messages(content, plain, series, 1, where="wecom.drop")[0].text
    welcome = WelcomeHandler()
    for group, expected in ((hk, "歡迎來到香港護膚交流羣，這裏每週發一節課"), (plain, "欢迎来到温哥华护肤交流群")):
        inbound = make_inbound("", kind=Kind.GROUP_UPDATED, channel=Channel.WECOM, user_id="sys",
                               chat_id=group.chat_id, change_type="update", update_detail="add_member",
                               member_change_count=1)
        match = welcome.match(inbound, None, content)
        assert match is not None
        assert welcome.handle(inbound, None, content, match).messages == (Text(text=expected),)


def test_a_script_that_is_not_one_is_named_with_its_line(tmp_path: Path) -> None:
    directory = minimal(tmp_path, groups="""\
        groups:
          - id: hk
            name: 香港群
            chat_id: wrHK
            robot_key_env: SIYU_ROBOT_HK
            script: zh-hant
        """)
    assert problems_of(directory) == [
        "groups.yaml:6: groups[0].script: 'zh-hant' is not a script: give hk (Hong Kong traditional) or tw (Taiwan "
        "traditional); leave it out for simplified"]
