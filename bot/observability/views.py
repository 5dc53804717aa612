"""`GET /metrics` (Prometheus text). With SIYU_METRICS_TOKEN set it wants `Authorization: Bearer <token>`;
without, it answers loopback callers only (run the scraper on the host, or set the token)."""

from __future__ import annotations

import hmac
import ipaddress

from flask import Blueprint, Response, current_app, request
from prometheus_client import CONTENT_TYPE_LATEST

from bot.observability.scrape import exposition
from bot.services import Services

blueprint = Blueprint("siyu_metrics", __name__)


def _allowed(svc: Services) -> tuple[bool, int]:
    token = svc.settings.metrics_token
    if token is not None:
        scheme, _, given = request.headers.get("Authorization", "").partition(" ")
        ok = scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.reveal().encode())
        return ok, 401
    try:
        return ipaddress.ip_address(request.remote_addr or "").is_loopback, 403
    except ValueError:
        return False, 403


@blueprint.get("/metrics")
def metrics() -> Response:
    svc: Services = current_app.extensions["siyu"]
    allowed, status = _allowed(svc)
    if not allowed:
        reason = "bearer token required (SIYU_METRICS_TOKEN)" if status == 401 else \
            "loopback only: set SIYU_METRICS_TOKEN to scrape from elsewhere"
        return Response(reason + "\n", status=status, content_type="text/plain; charset=utf-8")
    return Response(exposition(svc), content_type=CONTENT_TYPE_LATEST)
