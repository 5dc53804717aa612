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


class UnknownEndpointError(WebhookError):
    """No such brand, or that brand has no account of this kind configured (404)."""

    status = 404
