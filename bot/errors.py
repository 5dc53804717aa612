"""Siyu's exception tree: one base, each class named for what the caller should do next."""

from __future__ import annotations


class SiyuError(Exception):
    """Base of every error Siyu raises on purpose."""


class SettingsError(SiyuError):
    """A setting (SIYU_* variable or brands file) is missing or invalid; the message names it."""


class ContentError(SiyuError):
    """The community content in config/ is invalid; the message names file and line."""


class WebhookError(SiyuError):
    """A callback must be refused; `status` is the HTTP status, the message a short public reason.

    The reason is sent back to the caller, so it never contains a secret or decrypted content.
    """

    status = 400

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ForbiddenCallbackError(WebhookError):
    """Signature, timestamp, decryption or receive id did not check out (403)."""

    status = 403


class MalformedCallbackError(WebhookError):
    """The body is not a callback we can read: bad XML/JSON, hostile XML, too large (400)."""

    status = 400


class ContentUnavailableError(WebhookError):
    """No content loads for the brand (nothing published, the directory missing or invalid): an answer
    would say nothing, so 503 makes WeChat retry instead of taking a silent `success` (issue 16, item 5)."""

    status = 503


class CallbackInFlightError(WebhookError):
    """A retry found the first delivery of its callback still claimed after waiting: 503, so WeChat tries
    once more (by then the first has answered, or its claim has expired) instead of a `success` that
    would drop the message if the first had died (issue 16, item 1)."""

    status = 503


class UnknownEndpointError(WebhookError):
    """No such brand, or that brand has no account of this kind configured (404)."""

    status = 404


class GatewayError(SiyuError):
    """A WeChat API call failed; the subclass says what to do next (docs/platform.md §4).

    `errcode`/`errmsg` are WeChat's (None for transport failures); `platform` is oa, wecom or robot.
    """

    def __init__(self, message: str, *, errcode: int | None = None, errmsg: str = "", platform: str = "",
                 api: str = "") -> None:
        super().__init__(message)
        self.errcode = errcode
        self.errmsg = errmsg
        self.platform = platform
        self.api = api


class RefreshTokenError(GatewayError):
    """The access_token was refused (40001/40014/42001): refetch it once and retry the call once."""


class RetryLaterError(GatewayError):
    """Transient (system busy, network, 5xx): try again later; RQ's Retry re-runs the job."""


class SlowDownError(GatewayError):
    """A rate limit was hit: stop this (app, api) for `retry_after` seconds, then try again."""

    def __init__(self, message: str, *, retry_after: float, errcode: int | None = None, errmsg: str = "",
                 platform: str = "", api: str = "") -> None:
        super().__init__(message, errcode=errcode, errmsg=errmsg, platform=platform, api=api)
        self.retry_after = retry_after


class UnreachableError(GatewayError):
    """Permanent for this member on this route (unfollowed, window closed): never retry."""


class WindowClosedError(UnreachableError):
    """The member's window or budget on this route closed under the send (OA 45015/45047, kf 95001/95002/95018/
    95031, a subscribe notice's 43101, or another worker took the last unit): the route has closed the budget, so
    the delivery job chooses again: another route, or parked for the member's next interaction (PLATFORM.md §2)."""


class AlreadyDoneError(GatewayError):
    """The platform says it was already delivered (41051, 45065, 41093): record it as sent."""


class ConfigError(GatewayError):
    """Our bug or a configuration problem (bad secret, missing permission): alert, never retry."""


class MaybeSentError(GatewayError):
    """The request went out but no answer came, on a route without an idempotency key: don't resend."""


class MediaExpiredError(ConfigError):
    """A media_id is unknown or expired (40007; temporary media live 3 days): re-upload once, then CONFIG."""


class ImageUnavailableError(ConfigError):
    """An image could not be fetched or read (network, HTTP status, missing file). Never retried: the
    route sends what the message degrades to (a card's tracked link), else the delivery fails once."""
