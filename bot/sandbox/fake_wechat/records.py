"""What the fake remembers, as small records, and the ids and timestamps it hands out.

Plain values: the locking and the rules live in state.py.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any


@dataclass(slots=True)
class Token:
    """One issued access_token. `revoked_s` is when a newer fetch made it stop working."""

    value: str
    app_id: str
    family: str  # "oa" or "wecom"
    source: str  # "token", "stable", "gettoken" or "manual"
    issued_s: float
    expires_s: float
    revoked_s: float | None = None


@dataclass(slots=True)
class Media:
    """A temporary upload: sends may name it for 3 days, and only from the app that uploaded it."""

    media_id: str
    kind: str  # image, voice, video, thumb, file
    app_id: str
    created_s: float


@dataclass(slots=True)
class WelcomeCode:
    """The code an add_external_contact event carries; send_welcome_msg spends it once."""

    code: str
    corpid: str | None
    userid: str
    external_userid: str
    issued_s: float
    used: bool = False


@dataclass(slots=True)
class GroupMsgTarget:
    """One customer or group chat a mass send goes to, through one member."""

    userid: str
    external_userid: str | None
    chat_id: str | None
    status: int = 0  # 0 not sent, 1 sent, 2 not a friend, 3 already got another mass send (doc 93338)
    send_s: float | None = None


@dataclass(slots=True)
class GroupMsg:
    """A mass send (企业群发): tasks members must confirm in WeCom before anything goes out."""

    msgid: str
    corpid: str
    chat_type: str
    creator: str
    create_s: float
    text: dict[str, Any] | None
    attachments: list[dict[str, Any]]
    targets: list[GroupMsgTarget]
    task_status: dict[str, int]  # userid -> 0 not sent, 2 sent (doc 93338 get_groupmsg_task)
    task_send_s: dict[str, float]
    cancelled: bool = False
    reminds_s: list[float] = field(default_factory=list)  # accepted remind_groupmsg_send calls
    cancel_s: float | None = None  # when cancel_groupmsg_send stopped it


@dataclass(slots=True)
class KfMessage:
    """A customer message queued for kf/sync_msg; corpid None means any corp may read it."""

    corpid: str | None
    message: dict[str, Any]


@dataclass(slots=True)
class KfWelcomeCode:
    """The code an enter_session event carries; kf/send_msg_on_event spends it once."""

    code: str
    corpid: str | None
    open_kfid: str
    external_userid: str
    issued_s: float
    used: bool = False


def new_id(nbytes: int = 24) -> str:
    """An opaque id in the alphabet WeChat uses for tokens and media ids."""
    return secrets.token_urlsafe(nbytes)


def iso_at(epoch_s: float) -> str:
    """The UTC timestamp a recorded call carries, readable next to the bot's own logs."""
    return datetime.fromtimestamp(epoch_s, UTC).isoformat()
