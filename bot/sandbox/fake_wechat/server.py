"""FakeWeChatServer: the fake WeChat API over real HTTP on 127.0.0.1, in a background thread.

Also the Python twins of the /_fake/ control API, for tests that hold the server object.
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from werkzeug.serving import BaseWSGIServer, make_server

from bot.sandbox.fake_wechat.app import create_fake_wechat
from bot.sandbox.fake_wechat.control import group_msg_json
from bot.sandbox.fake_wechat.faults import FaultRule, parse_fault_rule
from bot.sandbox.fake_wechat.groupchat import join_group
from bot.sandbox.fake_wechat.keepalive import KeepAliveHandler
from bot.sandbox.fake_wechat.state import EXTENSION_KEY, Clock, FakeState


class FakeWeChatServer:
    """The fake served over real HTTP on 127.0.0.1 in a background thread; use as a context manager.

    `port=0` picks a free port; `.origin` is then "http://127.0.0.1:PORT", the value for both
    SIYU_OA_API_ORIGIN and SIYU_WECOM_API_ORIGIN. The Python accessors below do what the /_fake/
    control API does, without HTTP::

        with FakeWeChatServer(apps={"wx123": "s3cret"}, clock=clock) as fake:
            code = fake.issue_welcome_code(userid="zhangsan", external_userid="wmAbc123")
            assert fake.requests(path="/cgi-bin/externalcontact/send_welcome_msg")[-1]["errcode"] == 0

    Alone: ``python -m bot.sandbox.fake_wechat --port 8081 [--app APPID=SECRET ...]``.
    """

    def __init__(
        self,
        *,
        apps: Mapping[str, str | Collection[str]] | None = None,
        clock: Clock | None = None,
        port: int = 0,
        max_records: int | None = None,
    ) -> None:
        self.app = create_fake_wechat(apps=apps, clock=clock, max_records=max_records)
        self.state: FakeState = self.app.extensions[EXTENSION_KEY]
        self._port = port
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------------

    def start(self) -> FakeWeChatServer:
        if self._server is not None:
            raise RuntimeError("FakeWeChatServer is already running")
        server = make_server("127.0.0.1", self._port, self.app, threaded=True, request_handler=KeepAliveHandler)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-wechat", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> FakeWeChatServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeWeChatServer is not running; call start() first")
        return self._server.server_port

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    # -- Python twins of the control API ------------------------------------------------------------------

    def requests(
        self, path: str | None = None, *, since: int | None = None, app: str | None = None
    ) -> list[dict[str, Any]]:
        """Recorded calls, oldest first (seq, at, method, path, query, app, body, errcode, response, fault)."""
        return self.state.requests(path=path, since=since, app=app)

    def app_messages_delivered(self) -> list[dict[str, Any]]:
        """WeCom app messages as members receive them: a duplicate WeCom drops (enable_duplicate_check)
        is recorded as a request but not here."""
        with self.state.lock:
            return list(self.state.app_delivered)

    def call_counts(self) -> dict[str, dict[int, int]]:
        """Calls per path and errcode since the last reset; unlike requests(), never truncated."""
        return self.state.call_counts()

    def reset(self, *, keep_tokens: bool = False) -> None:
        self.state.reset(keep_tokens=keep_tokens)

    def set_faults(self, *rules: Mapping[str, Any] | FaultRule, seed: int | None = None, **rule: Any) -> None:
        """Replace the fault rules: `set_faults(rate=0.2, errcodes=[-1, 45009])`, several dicts, or none.

        Example mixing a retryable and a permanent error::

            fake.set_faults({"rate": 0.2, "errcodes": [-1]}, {"rate": 0.05, "errcodes": [40003]}, seed=7)
        """
        raw: Iterable[Mapping[str, Any] | FaultRule] = [*rules, rule] if rule else rules
        parsed = [r if isinstance(r, FaultRule) else parse_fault_rule(r) for r in raw]
        self.state.set_faults(parsed, seed=seed)

    def issue_welcome_code(self, *, userid: str, external_userid: str, corpid: str | None = None) -> str:
        """A WelcomeCode as an add_external_contact event carries it: valid 20 s (fake clock), once."""
        return self.state.issue_welcome_code(userid=userid, external_userid=external_userid, corpid=corpid)

    def queue_kf_messages(self, messages: Iterable[Mapping[str, Any]], *, corpid: str | None = None) -> str:
        """Queue customer messages for kf/sync_msg; returns the Token the kf callback would carry.

        An enter_session event gets a fresh `welcome_code` (valid 20 s from the event, once, for
        kf/send_msg_on_event) unless the message gives one; `"welcome_code": ""` means none."""
        token, _ = self.state.queue_kf_messages(messages, corpid=corpid)
        return token

    def confirm_groupmsg(
        self, msgid: str, *, userid: str | None = None, statuses: Mapping[str, int] | None = None
    ) -> dict[str, Any]:
        """A member confirms a mass-send task in WeCom (all members when `userid` is None)."""
        return group_msg_json(self.state.confirm_group_msg(msgid, userid=userid, statuses=statuses))

    def issue_access_token(self, app_id: str, *, family: str = "oa") -> str:
        """A valid token without a fetch, to seed a client's session in a test."""
        return self.state.issue_token(app_id, family=family)

    def set_oa_kind(self, app_id: str, kind: str) -> None:
        """`service` (the default: each follower receives 4 mass sends a month) or `subscription` (one mass
        send a day) for the Official Account `app_id`."""
        with self.state.lock:
            self.state.oa_kinds[app_id] = kind

    def mass_sends(self) -> list[dict[str, Any]]:
        """OA mass sends accepted: msg_id, app, filter, content, received and refused openids, at_s."""
        with self.state.lock:
            return [dict(s) for s in self.state.mass_sends]

    def tag_members(self, app_id: str, tag_id: int) -> set[str]:
        with self.state.lock:
            return set(self.state.tag_members.get((app_id, tag_id), set()))

    def set_user(self, openid: str, **fields: Any) -> None:
        """Override user/info for a follower; `subscribe=0` also makes sends to them answer 43004."""
        self.state.set_user(openid, **fields)

    def add_contact(self, userid: str, external_userid: str) -> None:
        self.state.add_contact(userid, external_userid)

    def join_group(self, *, chat_id: str, userid: str, state: str = "", config_id: str = "",
                   join_scene: int = 3) -> dict[str, Any]:
        """A customer joins a customer group, by a join way (`config_id`: its state) or with `state`."""
        return join_group(self.state, chat_id=chat_id, userid=userid, now=self.state.now_s(), join_scene=join_scene,
                          way_state=state, config_id=config_id)
