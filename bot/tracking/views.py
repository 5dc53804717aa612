"""`GET /l/<code>` (count the click, 302 to the target) and `POST /api/v1/conversions` (signed). Thin: HTTP in,
bot/store/links.py and the sequence engine's hooks, HTTP out. Never a 5xx for bad input."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, jsonify, redirect, request
from werkzeug.wrappers import Response as BaseResponse

from bot.clock import epoch_s
from bot.community.credit import REFERRAL_CAMPAIGN, credit, credit_referrer
from bot.services import Services
from bot.tracking.conversions import MAX_BODY_BYTES, Malformed, Unauthorised, parse, signed_brand

log = logging.getLogger("siyu.tracking")
blueprint = Blueprint("siyu_tracking", __name__)
UNKNOWN = ("<!doctype html><meta charset=utf-8><title>Link not found</title>"
           "<p>这个链接不存在或已过期。<br>This link is unknown or has expired.</p>")


def services() -> Services:
    return current_app.extensions["siyu"]


@blueprint.get("/l/<code>")
def follow(code: str) -> BaseResponse:
    siyu = services()
    now = siyu.clock.now()
    # One round trip: resolve, count (campaign, unique, tone arm), last click, event and day counter.
    found = siyu.links.follow(code, epoch_s(now), now.date().isoformat())
    if found is None:
        return Response(UNKNOWN, status=404, content_type="text/html; charset=utf-8")
    sequence, _, step = found.campaign.removeprefix("seq:").partition(":") if found.campaign.startswith(
        "seq:") else ("", "", "")
    if sequence and step and found.member_id:  # the enrolment's own transition: the sequence engine's
        siyu.sequences.clicked(found.brand, found.member_id, sequence, step)
    if found.campaign.startswith(REFERRAL_CAMPAIGN):  # the referrer's activity, in the brand's zone
        credit_referrer(siyu.redis, siyu.clock, siyu.content(found.brand), found.brand, found.campaign, "clicked")
    response = redirect(found.url, code=302)
    response.headers["Cache-Control"] = "no-store"  # every click counts; a cached redirect would skip us
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


@blueprint.post("/api/v1/conversions")
def conversion() -> tuple[Response, int]:
    siyu = services()
    if request.content_length is not None and request.content_length > MAX_BODY_BYTES:
        return jsonify(error=f"body larger than {MAX_BODY_BYTES} bytes"), 413
    body = request.get_data(cache=False)[: MAX_BODY_BYTES + 1]
    if len(body) > MAX_BODY_BYTES:
        return jsonify(error=f"body larger than {MAX_BODY_BYTES} bytes"), 413
    try:
        brand = signed_brand(siyu.settings, request.headers.get("X-Siyu-Timestamp", "").strip(),
                             request.headers.get("X-Siyu-Signature", "").strip(), body, epoch_s(siyu.clock.now()))
    except Unauthorised as exc:
        log.warning("conversion refused: %s", exc)
        return jsonify(error=str(exc)), 401
    try:
        found = parse(brand, body)
    except Malformed as exc:
        return jsonify(error=str(exc)), 400
    counted, campaign = siyu.links.record_conversion(brand, found.id, found.member, found.value, found.currency)
    if not counted:
        return jsonify(status="duplicate", id=found.id), 200
    siyu.events.append(brand, "conversion", {"member": found.member, "kind": found.kind, "value": str(found.value),
                                             "currency": found.currency, "campaign": campaign, "id": found.id})
    left = siyu.sequences.converted(brand, found.member, found.kind)
    credit(siyu.redis, siyu.clock, siyu.content(brand), brand, campaign, "converted")
    if campaign.startswith("seq:"):
        sequence, _, step = campaign.removeprefix("seq:").partition(":")
        siyu.sequences.store.bump(brand, sequence, {f"{step}|-|converted": 1})
    log.info("conversion %s (%s %s %s) by member %s credited to %s%s", found.id, found.kind, found.value,
             found.currency, found.member, campaign or "no click", f"; left {left}" if left else "")
    return jsonify(status="counted", id=found.id, campaign=campaign), 200
