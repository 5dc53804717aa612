"""The only way to WeChat: clients on configured origins, the shared token, rate limits, the error table.

One module each: client (Gateway), tokens (TokenStore, App), limits (RateLimiter), errors (the
table), http (the pooled session), media (image bytes). Rules: docs/platform.md §4, §5, §6.
"""

from bot.errors import AlreadyDoneError, RefreshTokenError
from bot.gateway.client import MAX_RATE_WAIT_S, RETRY_DELAYS_S, Gateway
from bot.gateway.errors import ERROR_TABLE, OA, ROBOT, WECOM, error_for
from bot.gateway.http import new_session
from bot.gateway.limits import DEFAULT_LIMITS, Rate, RateLimiter
from bot.gateway.tokens import DEFAULT_TIMEOUT_S, App, TokenStore, oa_app, wecom_app

__all__ = [
    "DEFAULT_LIMITS", "DEFAULT_TIMEOUT_S", "ERROR_TABLE", "MAX_RATE_WAIT_S", "OA", "RETRY_DELAYS_S", "ROBOT",
    "WECOM", "AlreadyDoneError", "App", "Gateway", "Rate", "RateLimiter", "RefreshTokenError", "TokenStore",
    "error_for", "new_session", "oa_app", "wecom_app",
]
