"""Every Redis key Siyu uses, built in one place: type, owner and TTL are stated per key.

All keys live under one prefix per brand, `siyu:{brand}:`, so one Redis can serve several brands.
Nothing else in the code base writes a key name by hand.
"""

from __future__ import annotations

ROOT = "siyu"


def brand_prefix(brand: str) -> str:
    return f"{ROOT}:{brand}:"


def dedupe(brand: str, callback_key: str) -> str:
    """STRING, owner webhook. A callback's dedupe claim, then its stored passive reply (JSON).

    TTL: `callbacks.PENDING_TTL_S` while the first delivery is processed, `callbacks.DONE_TTL_S` after.
    """
    return f"{ROOT}:{brand}:dedupe:{callback_key}"


def signed_once(brand: str, channel: str, timestamp: str, nonce: str) -> str:
    """STRING, owner webhook. The body digest a plaintext callback's (timestamp, nonce) was first seen with:
    the signature does not cover the body, so the same triple with another body is a forgery. TTL: twice
    the timestamp tolerance (or 10 min when the check is off)."""
    return f"{ROOT}:{brand}:signed:{channel}:{timestamp}:{nonce}"


def member(brand: str, member_id: str) -> str:
    """HASH, owner store.members. The member's profile, channel ids and timestamps. No TTL."""
    return f"{ROOT}:{brand}:m:{member_id}"


def member_tags(brand: str, member_id: str) -> str:
    """SET, owner store.members. Tags of one member. No TTL."""
    return f"{ROOT}:{brand}:mt:{member_id}"


def tag_members(brand: str, tag: str) -> str:
    """SET, owner store.members. Members carrying `tag` (segments are set algebra). No TTL."""
    return f"{ROOT}:{brand}:tag:{tag}"


def unionid_link(brand: str, unionid: str) -> str:
    """SET, owner store.members. Member ids (one per channel identity) sharing a WeChat unionid."""
    return f"{ROOT}:{brand}:union:{unionid}"


def members_index(brand: str) -> str:
    """ZSET, owner store.members. Every member id scored by first-seen epoch seconds (dashboard)."""
    return f"{ROOT}:{brand}:members"


def events(brand: str) -> str:
    """STREAM, owner store.events. Joins, messages, sends, clicks, opt-outs; capped by MAXLEN."""
    return f"{ROOT}:{brand}:events"


def counter(brand: str, name: str, day: str) -> str:
    """HASH, owner store.events. Dashboard counters for one UTC day (YYYY-MM-DD). TTL 400 days."""
    return f"{ROOT}:{brand}:count:{name}:{day}"


def content_version(brand: str) -> str:
    """STRING, owner content. The published content version number in force. No TTL."""
    return f"{ROOT}:{brand}:content:version"


def content_blob(brand: str, version: int) -> str:
    """STRING, owner content. One published content version (JSON). Kept: the last few versions."""
    return f"{ROOT}:{brand}:content:v{version}"


def content_channel(brand: str) -> str:
    """PUBSUB channel, owner content. `apply` announces a new version here."""
    return f"{ROOT}:{brand}:content:changed"


def unanswered(brand: str) -> str:
    """ZSET, owner store.unanswered. Questions without an answer, scored by how often asked."""
    return f"{ROOT}:{brand}:qa:unanswered"


def unanswered_samples(brand: str) -> str:
    """HASH, owner store.unanswered. Unanswered-question key -> the latest wording asked (for display)."""
    return f"{ROOT}:{brand}:qa:unanswered:text"


def ledger(brand: str, idempotency_key: str) -> str:
    """STRING, owner store.ledger. Outcome of one outbound message by idempotency key. TTL 30 days."""
    return f"{ROOT}:{brand}:ledger:{idempotency_key}"


def failed_ledger(brand: str) -> str:
    """STREAM, owner store.ledger. Permanently failed sends with WeChat's errcode and errmsg; capped."""
    return f"{ROOT}:{brand}:failed"


def parked_ledger(brand: str) -> str:
    """STREAM, owner store.ledger. Deliveries no route allowed (parked), with the reasons; capped."""
    return f"{ROOT}:{brand}:parkedlog"


def budget(brand: str, member_id: str) -> str:
    """HASH, owner store.budget. What each route still allows this member now. TTL 48 h."""
    return f"{ROOT}:{brand}:budget:{member_id}"


def group_recent(brand: str, chat_id: str, answer_hash: str) -> str:
    """STRING, owner webhook.group_guard. The same question (handler, words, answer; per member unless the
    answer is the same for everyone) already answered in this group recently. TTL minutes."""
    return f"{ROOT}:{brand}:grp:{chat_id}:{answer_hash}"


def handoff(brand: str, handoff_id: str) -> str:
    """HASH, owner store.handoffs. One open handoff to a person: member, channel, reason, opening message,
    who was told. TTL: its timeout plus a day (closing deletes it)."""
    return f"{ROOT}:{brand}:handoff:{handoff_id}"


def handoffs_open(brand: str) -> str:
    """ZSET, owner store.handoffs. Open handoff ids scored by the epoch second they time out; entries past
    it are dropped when read. No TTL."""
    return f"{ROOT}:{brand}:handoffs"


# Keys shared by every brand of one deployment (a token belongs to an app, not a brand).


def access_token(app_id: str) -> str:
    """STRING, owner gateway. An app's access_token; TTL = expires_in minus a safety margin."""
    return f"{ROOT}:token:{app_id}"


def access_token_lock(app_id: str) -> str:
    """STRING, owner gateway. Lock held while one process fetches a token. TTL seconds."""
    return f"{ROOT}:token-lock:{app_id}"


def rate_bucket(app_id: str, api: str) -> str:
    """HASH, owner gateway. Token bucket for one app and API. TTL a few bucket periods."""
    return f"{ROOT}:rate:{app_id}:{api}"


def media_cache(app_id: str, source_hash: str) -> str:
    """STRING, owner gateway. media_id of an uploaded image; TTL just under the 3-day expiry. Or "!<reason>"
    when the image could not be fetched, TTL 5 min (store.media.UNAVAILABLE_TTL_S)."""
    return f"{ROOT}:media:{app_id}:{source_hash}"


def access_token_force(app_id: str) -> str:
    """STRING, owner gateway. Set while a stable_token force_refresh is too recent. TTL 30 s."""
    return f"{ROOT}:token-force:{app_id}"


def access_token_force_count(app_id: str, day: str) -> str:
    """STRING counter, owner gateway. stable_token force_refresh calls on one UTC day. TTL 1 day."""
    return f"{ROOT}:token-force-n:{app_id}:{day}"


def subscribe_grants(brand: str, member_id: str) -> str:
    """HASH, owner store.budget. Subscribe-notice template id -> sends the member accepted (one each).

    TTL 365 days, renewed on each acceptance (the platform publishes no expiry [uncertain]).
    """
    return f"{ROOT}:{brand}:subgrant:{member_id}"


def kf_window(brand: str, open_kfid: str, external_userid: str) -> str:
    """STRING, owner store.budget. When a kf customer last wrote (epoch s): opens 5 sends in 48 h. TTL 48 h."""
    return f"{ROOT}:{brand}:kfwin:{open_kfid}:{external_userid}"


def kf_cursor(brand: str, open_kfid: str) -> str:
    """STRING, owner webhook.kf. The sync_msg cursor of one kf account. No TTL."""
    return f"{ROOT}:{brand}:kfcur:{open_kfid}"


def kf_pull_lock(brand: str, open_kfid: str) -> str:
    """STRING, owner webhook.kf. Held while one process pulls a kf account (one pull in flight). TTL 30 s."""
    return f"{ROOT}:{brand}:kflock:{open_kfid}"


def parked(brand: str, member_id: str) -> str:
    """HASH, owner store.ledger. Deliveries waiting for the member's next interaction, by key. TTL: the
    latest park expiry (each entry also carries its own)."""
    return f"{ROOT}:{brand}:parked:{member_id}"


def response_url_used(brand: str, url_hash: str) -> str:
    """STRING, owner channels.aibot_response. Set when a one-shot response_url was used. TTL 1 h."""
    return f"{ROOT}:{brand}:respurl:{url_hash}"


# Nurture sequences (bot/store/enrolments.py). Enrolment records are bucketed so each bucket hash stays a
# small listpack; the due index is one list per due minute plus a sorted set of those minutes.


def enrolments(brand: str, bucket: str) -> str:
    """HASH, owner store.enrolments. `<member id>:<sequence id>` -> the packed enrolment record, for the
    members whose id hashes to `bucket` (4 hex digits). No TTL: an ended record keeps the entry rule."""
    return f"{ROOT}:{brand}:enr:{bucket}"


def due_minutes(brand: str) -> str:
    """ZSET, owner store.enrolments. Due-minute epoch seconds that have a due list, scored by themselves."""
    return f"{ROOT}:{brand}:due"


def due_list_prefix(brand: str) -> str:
    """Prefix of the LISTs (owner store.enrolments) of enrolment refs due at one minute: `<prefix><minute>`.
    Refs are `<member id>|<sequence id>|<generation>`; a stale generation is dropped when claimed. No TTL:
    a list is emptied and deleted by the claim that takes its last ref."""
    return f"{ROOT}:{brand}:due:m:"


def due_list(brand: str, minute: int | str) -> str:
    return f"{due_list_prefix(brand)}{minute}"


def claims(brand: str) -> str:
    """ZSET, owner store.enrolments. Claim tokens of ticks at work, scored by their lease's end (Redis TIME);
    a lease that ran out (the worker died) puts its refs back as due."""
    return f"{ROOT}:{brand}:claims"


def claim_prefix(brand: str) -> str:
    """Prefix of the LISTs (owner store.enrolments) holding one claim's refs: `<prefix><token>`. Deleted when
    the tick commits, or when its lease is reclaimed."""
    return f"{ROOT}:{brand}:claim:"


def sequence_stats(brand: str, sequence_id: str) -> str:
    """HASH, owner store.enrolments. `<step>|<variant>|<metric>` -> count (gauges `at`, `waiting` go up and
    down with the enrolments). No TTL."""
    return f"{ROOT}:{brand}:seqstat:{sequence_id}"


def tick_kick(brand: str) -> str:
    """STRING, owner queueing. Set while a kicked sequence tick is queued for the brand. TTL 2 s."""
    return f"{ROOT}:{brand}:tick-kick"


def daily_cap(brand: str, member_id: str, local_day: str) -> str:
    """STRING counter, owner store.enrolments. Proactive messages handed out to a member on one local day
    (YYYYMMDD in the member's zone), shared by sequences and campaigns. TTL 2 days."""
    return f"{ROOT}:{brand}:cap:{member_id}:{local_day}"


# Click tracking and conversions (bot/store/links.py). A code must resolve without knowing its brand (the
# public URL /l/<code> carries none), so the code's own key is shared by the deployment; the rest is per brand.


def link(code: str) -> str:
    """HASH, owner store.links. One tracked link: b (brand), u (target URL, with its sy_* parameters),
    m (member id), c (campaign: `seq:<sequence>:<step>`, a campaign id, a QR scene...). TTL 180 days."""
    return f"{ROOT}:l:{code}"


def link_index(brand: str, digest: str) -> str:
    """STRING, owner store.links. (member, target URL) digest -> its code, so the same link to the same member
    reuses one code. TTL 180 days, as the code."""
    return f"{ROOT}:{brand}:lx:{digest}"


def clicks(brand: str, campaign: str) -> str:
    """HASH, owner store.links. Clicks on one campaign's links: `n` (all), `conversions`, `value:<currency>`.
    No TTL (per campaign, not per member)."""
    return f"{ROOT}:{brand}:clicks:{campaign}"


def clickers(brand: str, campaign: str) -> str:
    """HYPERLOGLOG, owner store.links. The members who clicked one campaign's links (unique clicks, ~12 KB at
    most). No TTL."""
    return f"{ROOT}:{brand}:clickers:{campaign}"


def last_click(brand: str, member_id: str) -> str:
    """STRING, owner store.links. `<campaign>` of the member's last click; a conversion is attributed to it.
    TTL: the attribution window (7 days)."""
    return f"{ROOT}:{brand}:lastclick:{member_id}"


def conversion_seen(brand: str, conversion_id: str) -> str:
    """STRING, owner store.links. Set when a conversion id was counted, so a repeat counts nothing. TTL 90 days."""
    return f"{ROOT}:{brand}:conv:{conversion_id}"


def wecom_task(brand: str, msgid: str) -> str:
    """HASH, owner store.tasks. One WeCom confirm task (add_msg_template msgid): the delivery, staff, times,
    fallback, reminders, state. TTL: its deadline plus store.tasks.KEEP_AFTER_S (finishing sets the same)."""
    return f"{ROOT}:{brand}:wtask:{msgid}"


def wecom_tasks_due(brand: str) -> str:
    """ZSET, owner store.tasks. Open confirm tasks' msgids scored by the epoch second of their next check;
    a tracker's claim moves a score forward by its lease. No TTL (finished tasks are removed)."""
    return f"{ROOT}:{brand}:wtasks"


def wecom_task_log(brand: str) -> str:
    """STREAM, owner store.tasks. How each confirm task ended (sent, expired, branched...), with the reason;
    capped like the failed ledger."""
    return f"{ROOT}:{brand}:wtasklog"
