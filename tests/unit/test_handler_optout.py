"""optout: whole-message words stop and restart proactive sends at once, confirmed in the member's language."""

from __future__ import annotations

import pytest

from bot.inbound import Channel, Kind
from bot.member import Member
from bot.outbound import Text
from bot.router import Router
from handlers import register_all
from handlers.optout import OptOutHandler
from tests.support.factories import demo_content, make_inbound, make_member

CONTENT = demo_content()
HANDLER = OptOutHandler()


def member(**fields: str) -> Member:
    return make_member(**fields)


@pytest.mark.parametrize("word", ["退订", "TD", "td", "T", "STOP", "stop", "Unsubscribe", "取消订阅", "退订！", "ＴＤ",
                                  "不要再发了"])
def test_opt_out_words_set_the_flag_and_confirm(word: str) -> None:
    inbound = make_inbound(word)
    found = HANDLER.match(inbound, member(), CONTENT)
    assert found is not None
    result = HANDLER.handle(inbound, member(), CONTENT, found)
    assert result.set_fields["oo"] == "1"
    assert result.set_fields["lc"] == ("en" if word.lower() in ("stop", "unsubscribe") else "zh")  # kept as answered
    assert result.events[0][0] == "optout"
    assert len(result.messages) == 1 and isinstance(result.messages[0], Text)


@pytest.mark.parametrize("word", ["订阅", "START", "恢复", "subscribe", "恢复订阅", "resume"])
def test_resume_words_clear_the_flag(word: str) -> None:
    inbound = make_inbound(word)
    opted_out = member(oo="1")
    found = HANDLER.match(inbound, opted_out, CONTENT)
    assert found is not None
    result = HANDLER.handle(inbound, opted_out, CONTENT, found)
    assert result.set_fields["oo"] == "" and result.set_fields["lc"] in ("zh", "en")
    assert result.events[0][0] == "optin"


def reply(text: str, who: Member | None) -> str:
    inbound = make_inbound(text)
    return HANDLER.handle(inbound, who, CONTENT, HANDLER.match(inbound, who, CONTENT)).messages[0].text


def test_confirmation_is_in_the_members_language() -> None:
    english = reply("TD", member(lc="en"))
    assert "unsubscribed" in english and '"resume"' in english
    chinese = reply("退订", member())
    assert "退订" in chinese and "恢复订阅" in chinese
    assert "退订" in reply("TD", None)  # TD is a Chinese convention
    assert "unsubscribed" in reply("STOP", None)


@pytest.mark.parametrize(("text", "opt_out"), [
    ("我要退订", True), ("请帮我退订，谢谢！", True), ("麻烦帮我取消订阅吧", True), ("唔該幫我退訂", True),
    ("unsubscribe please", True), ("Please unsubscribe me.", True), ("I'd like to unsubscribe, thanks", True),
    ("plz stop", True), ("stop now!", True), ("取消关注", True), ("opt out", True), ("取消推送", True),
    ("我想恢复订阅", False), ("please resume", False), ("resume", False)])
def test_a_word_wrapped_in_polite_words_is_the_word(text: str, opt_out: bool) -> None:
    """Judged from outside: "我要退订" and "unsubscribe please" got the FAQ's how-to-unsubscribe answer (reply 退订)
    instead of being unsubscribed, and "取消关注" the order-cancel answer."""
    found = HANDLER.match(make_inbound(text), member(), CONTENT)
    assert found is not None and found.data["opt_out"] is opt_out


@pytest.mark.parametrize("text", ["我要T", "please td", "please", "谢谢", "thanks me", "怎么退订 谢谢",
                                  "please stop sending me ads", "我要退订吗", "can you stop acne"])
def test_polite_words_do_not_make_a_question_a_command(text: str) -> None:
    assert HANDLER.match(make_inbound(text), member(), CONTENT) is None


def test_a_group_mention_counts_too() -> None:
    inbound = make_inbound("@RobotA 退订", channel=Channel.GROUP_BOT, chat_id="wrGROUP1")
    assert HANDLER.match(inbound, member(), CONTENT) is not None


@pytest.mark.parametrize(("text", "locale"), [("@RobotA 退订", "zh"), ("@RobotA unsubscribe", "en"),
                                              ("@RobotA 恢复订阅", "zh"), ("@RobotA resume", "en")])
def test_in_a_group_the_word_is_answered_with_what_it_can_do_not_a_subscription(text: str, locale: str) -> None:
    """verify13: "@露米 退订" in a group was told "已为你退订…的推送消息。想重新接收，请回复恢复订阅": group posts go to
    the whole group and the group bot sends nobody anything 1:1, so nothing was stopped and nothing could resume.
    In a group the answer says so (mute the group; the private chat is where updates stop) and records nothing."""
    inbound = make_inbound(text, channel=Channel.GROUP_BOT, chat_id="wrGROUP1")
    who = member(lc=locale)
    result = HANDLER.handle(inbound, who, CONTENT, HANDLER.match(inbound, who, CONTENT))
    assert "oo" not in result.set_fields
    assert [name for name, _ in result.events] == ["optout_in_group"]
    said = result.messages[0].text
    assert ("免打扰" if locale == "zh" else "mute") in said.lower()
    assert "已为你退订" not in said and "恢复订阅的推送" not in said and "you've unsubscribed" not in said.lower()
    assert text.split(" ", 1)[1] in said  # the word to send in the private chat is the one they used


@pytest.mark.parametrize("text", ["how do I stop acne", "怎么退订", "stop sending me ads please", "订阅号是哪个",
                                  "start here", "退订了吗", "", "TDD", "tea"])
def test_words_inside_sentences_are_not_opt_outs(text: str) -> None:
    assert HANDLER.match(make_inbound(text), member(), CONTENT) is None


@pytest.mark.parametrize("kind", [Kind.SUBSCRIBE, Kind.UNSUBSCRIBE, Kind.IMAGE])
def test_events_and_media_are_ignored(kind: Kind) -> None:
    # the Official Account `subscribe` event is a follow, not the resume word
    assert HANDLER.match(make_inbound("", kind=kind, event=str(kind)), member(), CONTENT) is None
    assert HANDLER.match(make_inbound("subscribe", kind=kind), member(), CONTENT) is None


def test_it_is_registered_first() -> None:
    assert register_all(Router()).handlers[0].name == "optout"


def test_the_validator_and_the_handler_read_one_word_list() -> None:
    """A brand that lists no words of its own still honours every default, whether its content was
    validated from YAML or read back from a published version (the Brand merges them itself)."""
    from dataclasses import replace

    from bot.content import from_data, to_data
    from bot.content.model import OPT_OUT_WORDS, RESUME_WORDS

    bare = replace(CONTENT, brand=replace(CONTENT.brand, opt_out_words=(), resume_words=()))
    for content in (bare, from_data(to_data(bare))):
        assert set(OPT_OUT_WORDS) <= set(content.brand.opt_out_words)
        for word in OPT_OUT_WORDS:
            found = HANDLER.match(make_inbound(word), member(), content)
            assert found is not None and found.data["opt_out"] is True, word
        for word in RESUME_WORDS:
            found = HANDLER.match(make_inbound(word), member(oo="1"), content)
            assert found is not None and found.data["opt_out"] is False, word
