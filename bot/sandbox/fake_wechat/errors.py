"""The platform's error codes and messages, and the exception an endpoint raises to answer with one.

No HTTP here: error_payload builds the JSON the dispatcher sends for an ApiError.
"""

from __future__ import annotations

from typing import Any

# Codes and meanings: OA from binarywang/WxJava@3e48dc7f8 WxMpErrorMsgEnum.java and the OA global
# return-code page; WeCom from doc 90313 (global codes) as crawled on 2024-04-08 into
# xen0n/go-workwx@3887053 errcodes/mod.go. English errmsg strings are the ones seen in real responses
# where known (40001, 40002, 40013, 40125, 41001, 42001, 40014, 41051, 130101); the rest are close
# English renderings of the Chinese doc text, since clients must branch on errcode, never errmsg.

OA_ERRMSG: dict[int, str] = {
    -1: "system error",
    40001: (
        "invalid credential, access_token is invalid or not latest, could get access_token by getStableAccessToken"
    ),
    40002: "invalid grant_type",
    40003: "invalid openid",
    40004: "invalid media type",
    40005: "invalid file type",
    40007: "invalid media_id",
    40008: "invalid message type",
    40009: "invalid image size",
    40013: "invalid appid",
    40016: "invalid button size",
    40017: "invalid button type",
    40018: "invalid button name size",
    40019: "invalid button key size",
    40020: "invalid button url size",
    40023: "invalid sub button size",
    40024: "invalid sub button type",
    40025: "invalid sub button name size",
    40026: "invalid sub button key size",
    40027: "invalid sub button url size",
    40037: "invalid template_id",
    40066: "invalid url",
    40113: "unsupported file type",
    40125: "invalid appsecret",
    40165: "invalid weapp pagepath",
    40212: "invalid query",
    41001: "access_token missing",
    41002: "appid missing",
    41004: "appsecret missing",
    41005: "media data missing",
    41009: "missing openid",
    42001: "access_token expired",
    43001: "require GET method",
    43002: "require POST method",
    43004: "require subscribe",
    44002: "empty post data",
    44004: "empty content",
    45002: "content size out of limit",
    46003: "menu no exist",
    45008: "article size out of limit",
    45009: "reach max api daily quota limit",
    45015: "response out of time limit or subscription is canceled",
    45047: "out of response count limit",
    47001: "data format error",
    48001: "api unauthorized",
    85401: "invalid expire time",
    85402: "invalid env_version",
}

WECOM_ERRMSG: dict[int, str] = {
    -1: "system busy",
    40001: "invalid credential",
    40003: "invalid userid",
    40004: "invalid media type",
    40005: "invalid type",
    40007: "invalid media_id",
    40008: "invalid message type",
    40013: "invalid corpid",
    40014: "invalid access_token",
    40056: "invalid agentid",
    40058: "invalid Request Parameter",
    40096: "invalid external userid",
    40123: "invalid image format",
    41001: "access_token missing",
    41002: "corpid missing",
    41004: "corpsecret missing",
    41009: "missing userid",
    41010: "missing url",
    41011: "missing agentid",
    41016: "missing title",
    41033: "missing description",
    41046: "missing msgid",
    41047: "invalid msgid",
    41048: "no customer to send",
    41049: "missing welcome_code",
    41050: "invalid welcome_code",
    41051: "externaluser has started chatting",
    41064: "attachment count out of limit",
    41065: "invalid attachment type",
    41093: "group msg task has been canceled",
    41094: "remind group msg too frequently",
    42001: "access_token expired",
    43001: "require GET method",
    43002: "require POST method",
    44001: "empty media data",
    44004: "empty content",
    45001: "media size out of limit",
    45002: "content size out of limit",
    45008: "article size out of limit",
    45009: "api freq out of limit",
    81013: "user & party & tag all invalid",
    93000: "invalid webhook url",
    95000: "invalid open_kfid",
    95007: "invalid msg token",
    95008: "msgmenu item count out of limit",
    95009: "invalid msgmenu item type",
    95014: "invalid servicer userid",
    95016: "invalid service state transition",
    95018: "api not allowed in current service state",
    130101: "send too fast, exceed 20 times per minute",
}


class ApiError(Exception):
    """An endpoint refuses the call with a platform errcode; the dispatcher renders the JSON."""

    def __init__(self, errcode: int, detail: str = "") -> None:
        super().__init__(errcode, detail)
        self.errcode = errcode
        self.detail = detail


def error_payload(errcode: int, *, family: str, detail: str, seq_hint: int, now: float) -> dict[str, Any]:
    """The platform's error JSON: OA appends a rid, WeCom a hint and a lookup link."""
    extra = f" ({detail})" if detail else ""
    if family == "oa":
        base = OA_ERRMSG.get(errcode, "fault injected")
        return {"errcode": errcode, "errmsg": f"{base}{extra} rid: {int(now):08x}-{seq_hint:08x}-fake"}
    base = WECOM_ERRMSG.get(errcode, "fault injected")
    return {
        "errcode": errcode,
        "errmsg": f"{base}{extra}, hint: [{int(now)}{seq_hint:06d}], "
        f"more info at https://open.work.weixin.qq.com/devtool/query?e={errcode}",
    }
