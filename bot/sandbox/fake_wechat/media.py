"""POST /cgi-bin/media/upload of the fake WeChat API: temporary media, shared by OA and WeCom.

The token decides whose limits and answer shape apply; the stored media live in FakeState.
"""

from __future__ import annotations

from typing import Any

from bot.sandbox.fake_wechat.call import Call
from bot.sandbox.fake_wechat.errors import ApiError

WECOM = "wecom"
OA_UPLOAD_LIMITS = {"image": 10 << 20, "voice": 2 << 20, "video": 10 << 20, "thumb": 64 << 10}
WECOM_UPLOAD_LIMITS = {"image": 10 << 20, "voice": 2 << 20, "video": 10 << 20, "file": 20 << 20}
IMAGE_MAGIC_OA = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF8", b"BM")
IMAGE_MAGIC_WECOM = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")  # WeCom images: JPG or PNG only


def upload(call: Call) -> dict[str, Any]:
    """POST /cgi-bin/media/upload?type=...: multipart field 'media'; temporary media live 3 days."""
    assert call.app_id is not None
    wecom = call.token_family == WECOM
    limits = WECOM_UPLOAD_LIMITS if wecom else OA_UPLOAD_LIMITS
    kind = call.query.get("type", "")
    if kind not in limits:
        raise ApiError(40005, f"type must be one of {sorted(limits)}")
    upload = call.files.get("media") if call.files is not None else None
    if upload is None:
        raise ApiError(44001 if wecom else 41005)
    data = upload.read()
    if not data:
        raise ApiError(44001)
    if len(data) > limits[kind]:
        raise ApiError(40009 if kind in ("image", "thumb") else 40006)
    if kind == "image" and not data.startswith(IMAGE_MAGIC_WECOM if wecom else IMAGE_MAGIC_OA):
        raise ApiError(40123 if wecom else 40113, "not a JPG/PNG image")
    media = call.state.add_media(kind, call.app_id, call.now)
    if wecom:  # WeCom answers with errcode and a string created_at (doc 90253)
        return {
            "errcode": 0,
            "errmsg": "",
            "type": kind,
            "media_id": media.media_id,
            "created_at": str(int(media.created_s)),
        }
    return {"type": kind, "media_id": media.media_id, "created_at": int(media.created_s)}
