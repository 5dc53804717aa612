"""`/admin/`: the managers' dashboard, server-rendered. Thin: check who is asking, read or act through
bot/admin/reads.py and actions.py (both over bot/manager/, the admin API's layer), render a template.

Rules kept here once, for every page: no session -> the sign-in page; the token is checked again on each
request (a revoked one ends the session); every POST carries the session's CSRF token (else 400); only a
write token may POST an action (else 403); a brand-scoped token sees its brand only.
"""

from __future__ import annotations

import secrets
import time
from typing import Any
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from flask.sansio.blueprints import BlueprintSetupState
from werkzeug.wrappers import Response

from bot.admin import actions, reads
from bot.admin.auth import Grant, verify_grant, verify_token
from bot.admin.charts import funnel_svg
from bot.admin.i18n import LOCALES, pick_locale, translate
from bot.admin.session import SESSION_MAX_AGE_S, AdminSessionInterface
from bot.manager.campaigns import Draft
from bot.manager.errors import ManagerError
from bot.services import Services

blueprint = Blueprint("admin", __name__, url_prefix="/admin", template_folder="templates",
                      static_folder="static", static_url_path="/static")
PUBLIC_ENDPOINTS = frozenset({"admin.sign_in", "admin.static", "admin.language"})
CAMPAIGN_DONE = {"pause": "campaign_paused", "resume": "campaign_resumed", "cancel": "campaign_cancelled"}


@blueprint.record_once
def _install_session(state: BlueprintSetupState) -> None:
    """Flask keeps one session interface per app: this one only sets cookies under /admin."""
    services: Services = state.app.extensions["siyu"]
    brand = services.settings.brands.get(services.settings.default_brand)
    session_interface = AdminSessionInterface(services.redis, brand.public_url if brand else "")
    state.app.session_interface = session_interface  # type: ignore[attr-defined]  # a Flask app, typed as sansio


def _services() -> Services:
    services: Services = current_app.extensions["siyu"]
    return services


def _t(key: str, **values: object) -> str:
    return translate(g.locale, key, **values)


@blueprint.before_request
def _guard() -> Response | None:
    g.locale = pick_locale(request.accept_languages, session.get("lang"))
    g.grant, g.brand = None, ""
    if request.method == "POST" and not _csrf_ok():
        abort(400, "missing or wrong CSRF token: reload the page and try again")
    if request.endpoint in PUBLIC_ENDPOINTS:
        return None
    grant = _signed_in()
    if grant is None:
        session.pop("token_id", None)
        return redirect(url_for("admin.sign_in", next=request.full_path.rstrip("?")))
    g.brand = _brand(grant)
    g.grant = grant
    if request.method == "POST" and not grant.can_write and request.endpoint != "admin.sign_out":
        abort(403, "this token is read-only")
    return None


def _csrf_ok() -> bool:
    expected = session.get("csrf", "")
    given = request.form.get("csrf", "")
    return bool(expected) and secrets.compare_digest(str(expected), given)


def _signed_in() -> Grant | None:
    token_id = session.get("token_id")
    signed_at = session.get("signed_at", 0)
    if not isinstance(token_id, str) or not isinstance(signed_at, int) or time.time() - signed_at > SESSION_MAX_AGE_S:
        return None
    return verify_grant(_services().redis, token_id)


def _brand(grant: Grant) -> str:
    brands = sorted(_services().settings.brands)
    if grant.brand:
        if grant.brand not in brands:
            abort(403, "this token's brand is not served here")
        return grant.brand
    asked = request.args.get("brand") or session.get("brand")
    if asked in brands:
        session["brand"] = asked
        return str(asked)
    return _services().settings.default_brand


@blueprint.context_processor
def _template_globals() -> dict[str, Any]:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    grant: Grant | None = g.get("grant")
    services = _services()
    show_campaigns = grant is not None and bool(g.brand) and (grant.can_write or reads.has_campaigns(services, g.brand))
    return {"t": _t, "locale": g.locale, "other_locale": "en" if g.locale == "zh" else "zh",
            "csrf": session["csrf"], "grant": grant, "brand": g.get("brand", ""),
            "brands": sorted(services.settings.brands) if grant is not None and not grant.brand else [],
            "can_write": grant is not None and grant.can_write, "show_campaigns": show_campaigns}


def _safe_next(target: str | None) -> str:
    """Only a path inside the dashboard: never another site (an open redirect)."""
    if not target:
        return url_for("admin.overview")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/admin") or target.startswith("//"):
        return url_for("admin.overview")
    return target


@blueprint.route("/sign-in", methods=["GET", "POST"])
def sign_in() -> Response | str | tuple[str, int]:
    if request.method == "GET":
        return render_template("admin/sign_in.html", next=_safe_next(request.args.get("next")))
    grant = verify_token(_services().redis, request.form.get("token", ""))
    if grant is None:
        return render_template("admin/sign_in.html", next=_safe_next(request.form.get("next")),
                               error=_t("bad_token")), 401
    lang = session.get("lang")
    session.clear()  # a new session on sign-in: nothing from before it carries over (session fixation)
    session.update(token_id=grant.token_id, signed_at=int(time.time()), csrf=secrets.token_urlsafe(24))
    if lang in LOCALES:
        session["lang"] = lang
    return redirect(_safe_next(request.form.get("next")))


@blueprint.route("/sign-out", methods=["POST"])
def sign_out() -> Response:
    lang = session.get("lang")
    session.clear()
    if lang in LOCALES:
        session["lang"] = lang
    return redirect(url_for("admin.sign_in"))


@blueprint.route("/lang/<code>")
def language(code: str) -> Response:
    """Switch the dashboard's language (kept in the session; otherwise the browser's Accept-Language decides)."""
    if code in LOCALES:
        session["lang"] = code
    return redirect(_safe_next(request.args.get("next")))


@blueprint.route("/")
def overview() -> str:
    return render_template("admin/overview.html", o=reads.overview(_services(), g.brand))


@blueprint.route("/sequences")
def sequences() -> str:
    rows = reads.sequences(_services(), g.brand)
    for row in rows:
        name = row["name"] or row["id"]
        labels = {"enrolled": _t("enrolled"), "completed": _t("completed")}
        funnel = [{**r, "label": labels.get(r["label"], r["label"])} for r in reads.funnel(row["report"])]
        row["chart"] = funnel_svg(funnel, title=f"{_t('funnel_of')}: {name}", reached_label=_t("reached"),
                                  clicked_label=_t("clicked"))
    return render_template("admin/sequences.html", sequences=rows)


@blueprint.route("/members")
def members() -> str:
    query = request.args.get("q", "")[:200]
    services = _services()
    found = reads.find_members(services, g.brand, query) if query.strip() else None
    if found is not None and len(found) == 1 and not query.startswith("tag:"):
        return redirect(url_for("admin.member", member_id=found[0]["id"]))  # type: ignore[return-value]
    return render_template("admin/members.html", query=query, found=found,
                           recent=reads.recent_members(services, g.brand) if found is None else [])


@blueprint.route("/members/<member_id>")
def member(member_id: str) -> str | tuple[str, int]:
    found = reads.member(_services(), g.brand, member_id[:100])
    if found is None:
        return render_template("admin/member.html", m=None), 404
    return render_template("admin/member.html", m=found)


@blueprint.route("/unanswered")
def unanswered() -> str:
    return render_template("admin/unanswered.html", rows=reads.unanswered(_services(), g.brand))


@blueprint.route("/handoffs")
def handoffs() -> str:
    return render_template("admin/handoffs.html", rows=reads.handoffs(_services(), g.brand))


@blueprint.route("/handoffs/<handoff_id>/close", methods=["POST"])
def close_handoff(handoff_id: str) -> Response:
    refused = actions.close_handoff(_services(), g.grant, g.brand, handoff_id[:100])
    flash(_t("not_found") if refused else _t("closed"))
    return redirect(url_for("admin.handoffs"))


@blueprint.route("/deliveries")
def deliveries() -> str:
    confirming = request.args.get("confirm") == "retry-all"
    return render_template("admin/deliveries.html", d=reads.deliveries(_services(), g.brand, confirming=confirming),
                           confirming=confirming)


@blueprint.route("/deliveries/failed/retry", methods=["POST"])
def retry_delivery() -> Response:
    """One permanently failed delivery, queued again: through the route chooser, with the member's window,
    budget and opt-out, as the admin API's retry."""
    refused = actions.retry_delivery(_services(), g.grant, g.brand, request.form.get("key", "")[:400])
    flash(_t("refused", reason=refused) if refused else _t("delivery_retried"))
    return redirect(url_for("admin.deliveries") + "#failed")


@blueprint.route("/deliveries/parked/retry", methods=["POST"])
def retry_parked() -> Response:
    """One parked delivery, queued now (as the admin API's retry): it parks again, with its reason, if its route
    is still closed; otherwise it would go out by itself at the member's next message."""
    refused = actions.retry_parked(_services(), g.grant, g.brand, request.form.get("key", "")[:400])
    flash(_t("refused", reason=refused) if refused else _t("delivery_retried"))
    return redirect(url_for("admin.deliveries") + "#parked")


@blueprint.route("/deliveries/failed/retry-all", methods=["POST"])
def retry_all_deliveries() -> Response:
    if request.form.get("confirmed") != "yes":  # the confirmation page sends it; a bare POST does nothing
        return redirect(url_for("admin.deliveries", confirm="retry-all") + "#failed")
    flash(_t("deliveries_retried_n", n=actions.retry_all_deliveries(_services(), g.grant, g.brand)))
    return redirect(url_for("admin.deliveries") + "#failed")


@blueprint.route("/jobs/<job_id>/retry", methods=["POST"])
def retry_job(job_id: str) -> Response:
    refused = actions.retry_job(_services(), g.grant, g.brand, job_id[:200])
    flash(_t("not_found") if refused else _t("retried"))
    return redirect(_safe_next(request.form.get("next")))


@blueprint.route("/queues")
def queues() -> str:
    return render_template("admin/queues.html", q=reads.queues(_services(), g.grant.brand),
                           confirming=request.args.get("confirm") == "requeue-all")


@blueprint.route("/queues/requeue-all", methods=["POST"])
def requeue_all() -> Response:
    if request.form.get("confirmed") != "yes":  # the confirmation page sends it; a bare POST does nothing
        return redirect(url_for("admin.queues", confirm="requeue-all"))
    flash(_t("requeued_n", n=actions.requeue_all_jobs(_services(), g.grant, g.brand)))
    return redirect(url_for("admin.queues"))


@blueprint.route("/campaigns")
def campaigns() -> str:
    """Every campaign with its progress; pause, resume and cancel for write tokens."""
    return render_template("admin/campaigns.html", rows=reads.campaigns(_services(), g.brand))


FORM_FIELDS = ("id", "name", "segment", "send", "text_zh", "text_en", "product", "job", "link", "title_zh",
               "title_en", "schedule")


@blueprint.route("/campaigns/new", methods=["GET", "POST"])
def new_campaign() -> Response | str:
    """GET: the form for a draft campaign (write tokens only). POST: store the draft (audited, as the admin API's
    create) and go to its launch page, which shows the dry run before anything is sent; a refusal shows the form
    again with what was typed and why."""
    if not g.grant.can_write:
        abort(403, "this token is read-only")
    choices = reads.campaign_choices(_services(), g.brand, g.locale)
    values: dict[str, Any] = {name: request.form.get(name, "")[:4000] for name in FORM_FIELDS}
    values["routes"] = [r for r in request.form.getlist("routes") if r in choices["routes"]]
    values["send"] = values["send"] or "text"
    error = ""
    if request.method == "POST":
        draft = _draft_of(values)
        error = actions.create_campaign(_services(), g.grant, g.brand, draft)
        if not error:
            flash(_t("campaign_created", id=draft.id))
            return redirect(url_for("admin.launch_campaign", campaign_id=draft.id))
    return render_template("admin/campaign_new.html", v=values, choices=choices, error=error)


def _draft_of(values: dict[str, Any]) -> Draft:
    """The form's fields as a Draft: only the chosen kind's content is kept (a text typed, then "product" picked,
    sends the product), so exactly one thing is sent."""
    chosen = {"text": ("text_zh", "text_en"), "product": ("product",), "job": ("job",),
              "link": ("link", "title_zh", "title_en")}.get(values["send"], ())
    given = {name: values[name] for name in ("text_zh", "text_en", "product", "job", "link", "title_zh", "title_en")
             if name in chosen}
    return Draft(id=values["id"].strip(), segment=values["segment"], name=values["name"],
                 routes=tuple(values["routes"]), schedule=values["schedule"] or "now", **given)


@blueprint.route("/campaigns/<campaign_id>/launch", methods=["GET", "POST"])
def launch_campaign(campaign_id: str) -> Response | str:
    """GET: the confirmation, with the dry run's numbers (reading every member of the segment, hence write
    tokens only, as only they may launch). POST with `confirmed=yes` (the confirmation's form): launch; a bare
    POST only leads to the confirmation. Rules with a fixed last part win over `<verb>` below."""
    campaign_id = campaign_id[:200]
    if not g.grant.can_write:
        abort(403, "this token is read-only")
    if request.method == "POST" and request.form.get("confirmed") == "yes":
        refused = actions.launch_campaign(_services(), g.grant, g.brand, campaign_id)
        flash(_t("refused", reason=refused) if refused else _t("campaign_launched"))
        return redirect(url_for("admin.campaigns"))
    if request.method == "POST":
        return redirect(url_for("admin.launch_campaign", campaign_id=campaign_id))
    try:
        preview = reads.launch_preview(_services(), g.brand, campaign_id)
    except ManagerError as exc:
        flash(_t("refused", reason=str(exc)))
        return redirect(url_for("admin.campaigns"))
    return render_template("admin/campaign_launch.html", c=preview)


@blueprint.route("/campaigns/<campaign_id>/<verb>", methods=["POST"])
def campaign_action(campaign_id: str, verb: str) -> Response:
    if verb not in actions.CAMPAIGN_ACTIONS:
        abort(400, "unknown campaign action")
    refused = actions.campaign_action(_services(), g.grant, g.brand, campaign_id[:200], verb)
    flash(_t("refused", reason=refused) if refused else _t(CAMPAIGN_DONE[verb]))
    return redirect(url_for("admin.campaigns"))


@blueprint.errorhandler(400)
@blueprint.errorhandler(403)
def _refused(error: Any) -> tuple[str, int]:
    return render_template("admin/error.html", code=error.code, message=error.description), error.code
