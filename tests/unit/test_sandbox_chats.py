"""The sandbox draws what the fake WeChat API recorded, per chat: each send lands in the chat WeChat would show it
in, whoever made it (replies, welcomes, sequence steps, and later drops and campaigns), and calls that are not
messages stay out of the chats."""

from __future__ import annotations

from typing import Any

from bot.sandbox.chats import Directory, bubbles, tracking


def record(seq: int, path: str, body: Any, *, errcode: int = 0, query: dict | None = None,
           response: dict | None = None) -> dict[str, Any]:
    return {"seq": seq, "at": "2026-12-03T10:00:00+00:00", "path": path, "body": body, "errcode": errcode,
            "query": query or {}, "response": response or {"errcode": errcode, "errmsg": "ok"}}


def test_each_send_lands_in_its_chat_drawn_by_kind() -> None:
    directory = Directory(welcome_codes={"CODE1": "wmLily"}, robot_groups={"robotkey1": "wrGroup1"})
    records = [
        record(1, "/cgi-bin/stable_token", {"appid": "wx1"}),  # not a message
        record(2, "/cgi-bin/media/upload", {"media": {"filename": "amino-cleanser.jpg", "size": 329}},
               response={"errcode": 0, "media_id": "MEDIA1"}),
        record(3, "/cgi-bin/message/custom/send", {"touser": "oMei", "msgtype": "miniprogrampage", "miniprogrampage": {
            "title": "氨基酸温和洁面乳", "appid": "wxapp", "pagepath": "pages/p?id=1&sy_m=m1&sy_c=seq:newcomer:product",
            "thumb_media_id": "MEDIA1"}}),
        record(4, "/cgi-bin/message/custom/send", {"touser": "oMei", "msgtype": "msgmenu", "msgmenu": {
            "head_content": "您是想问：", "list": [{"id": "faq:1", "content": "运费"}], "tail_content": ""}}),
        record(5, "/cgi-bin/externalcontact/send_welcome_msg", {"welcome_code": "CODE1", "text": {"content": "你好"},
                                                                "attachments": [{"msgtype": "link", "link": {
                                                                    "title": "小课堂", "url": "http://x/l/abc"}}]}),
        record(6, "/cgi-bin/webhook/send", {"msgtype": "markdown", "markdown": {"content": "**第 1 课**"}},
               query={"key": "robotkey1"}),
        record(7, "/cgi-bin/externalcontact/add_msg_template", {"chat_type": "single", "external_userid": ["wmLily"],
                                                                "sender": "zhangsan", "text": {"content": "第 3 天"}},
               response={"errcode": 0, "msgid": "msgGROUPSEND1"}),
        record(8, "/cgi-bin/kf/sync_msg", {"token": "T"}, response={"errcode": 0, "msg_list": [
            {"msgtype": "event", "event": {"event_type": "enter_session", "external_userid": "wmJay",
                                           "welcome_code": "KFCODE"}}]}),
        record(9, "/cgi-bin/kf/send_msg_on_event", {"code": "KFCODE", "msgtype": "text", "text": {"content": "欢迎"}}),
        record(10, "/cgi-bin/message/custom/send", {"touser": "oMei", "msgtype": "text", "text": {"content": "晚了"}},
               errcode=45015, response={"errcode": 45015, "errmsg": "response out of time limit"}),
    ]
    drawn = bubbles(records, directory)
    by_chat = {}
    for bubble in drawn:
        by_chat.setdefault(bubble["chat"], []).append(bubble)
    assert set(by_chat) == {"oa:oMei", "wecom:wmLily", "group:wrGroup1", "kf:wmJay"}
    card, menu, late = by_chat["oa:oMei"]
    assert card["parts"] == [{"type": "miniprogram", "title": "氨基酸温和洁面乳", "appid": "wxapp",
                              "page": "pages/p?id=1&sy_m=m1&sy_c=seq:newcomer:product", "media_id": "MEDIA1"}]
    assert directory.media == {"MEDIA1": "amino-cleanser.jpg"}  # the page shows the image the bot uploaded
    assert menu["parts"][0]["items"] == [{"id": "faq:1", "content": "运费"}]
    assert not late["ok"] and late["error"].startswith("errcode 45015")  # refused sends show, marked
    welcome, task = by_chat["wecom:wmLily"]
    assert [p["type"] for p in welcome["parts"]] == ["text", "link"] and welcome["via"].startswith("WeCom welcome")
    assert task["parts"][0] == {"type": "task", "msgid": "msgGROUPSEND1", "sender": "zhangsan"}
    assert by_chat["group:wrGroup1"][0]["parts"] == [{"type": "markdown", "text": "**第 1 课**"}]
    assert by_chat["kf:wmJay"][0]["parts"] == [{"type": "text", "text": "欢迎"}]


def test_what_it_cannot_place_is_still_drawn_not_lost() -> None:
    drawn = bubbles([record(1, "/cgi-bin/externalcontact/send_welcome_msg", {"welcome_code": "UNKNOWN",
                                                                            "text": {"content": "hi"}}),
                     record(2, "/cgi-bin/webhook/send", {"msgtype": "text", "text": {"content": "x"}},
                            query={"key": "someotherkey"}),
                     record(3, "/cgi-bin/message/custom/send", None),
                     record(4, "/cgi-bin/message/custom/send", {"touser": "o1", "msgtype": "voice", "voice": "x"})],
                    Directory())
    assert [b["chat"] for b in drawn] == ["wecom:?", "group:robot someot…", "oa:o1"]
    assert drawn[-1]["parts"] == [{"type": "other", "msgtype": "voice"}]


def test_tracking_reads_the_links_parameters() -> None:
    assert tracking("pages/p?id=1&sy_m=m1&sy_s=oa.seq&sy_c=seq:newcomer:product") == {
        "sy_m": "m1", "sy_s": "oa.seq", "sy_c": "seq:newcomer:product"}
    assert tracking("pages/p") == {}
