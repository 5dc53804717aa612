"""Every Redis key Siyu uses, built in one place: type, owner and TTL are stated per key.

All keys live under one prefix per brand, `siyu:{brand}:`, so one Redis can serve several brands.
Nothing else in the code base writes a key name by hand.
"""

from __future__ import annotations

ROOT = "siyu"


def brand_prefix(brand: str) -> str:
    return f"{ROOT}:{brand}:"


def dedupe(brand: str, callback_key: str) -> str:
    """STRING, owner webhook. A callback's dedupe claim (a token naming the delivery holding it), then its
    stored passive reply (JSON), written in the same transaction as the callback's effects.

    TTL: `callbacks.PENDING_TTL_MS` while a delivery processes it, `callbacks.DONE_TTL_S` after.
    """
    return f"{ROOT}:{brand}:dedupe:{callback_key}"


def signed_once(brand: str, channel: str, timestamp: str, nonce: str) -> str:
    """STRING, owner webhook. The body digest a plaintext callback's (timestamp, nonce) was first seen with:
    the signature does not cover the body, so the same triple with another body is a forgery. TTL: twice
    the timestamp tolerance (or 10 min when the check is off)."""
    return f"{ROOT}:{brand}:signed:{channel}:{timestamp}:{nonce}"


def replica_mark(brand: str) -> str:
    """STRING, owner webhook (bot/store/replication.py). Written just before WAIT on the same connection, so
    that WAIT covers every earlier write of the callback, whichever pooled connection made them. TTL 60 s."""
    return f"{ROOT}:{brand}:replica-mark"


# Members (bot/store/members.py, DESIGN §4): a dense member number per member, and every per-member value in
# hashes bucketed by that number, so each hash stays a listpack under Redis's default limits (at most
# `hash-max-listpack-entries` 128 entries, each field and value at most `hash-max-listpack-value` 64 bytes).
# The Lua scripts in bot/store/member_scripts.py build the same names from `brand_prefix` and the suffixes
# below (tests/unit/test_member_store.py checks they agree). Numbers are never reused. No TTL on any of them.
MEMBER_SEQ = "mseq"
MEMBER_NUMBERS = "mid"
MEMBER_IDS = "mnum"
MEMBER_FIELD = "mf"
MEMBER_FIELD_NAMES = "mfields"
MEMBER_TAGS = "mtags"
MEMBER_VALUE_CODES = "mvcode"
MEMBER_CODE_VALUES = "mvalue"
TAG_IDS = "tagid"
TAG_NAMES = "tagname"
TAG_BITMAP = "tagbits"
UNIONID_LINKS = "union"
# Segment indexes (bot/segments/), written by the same scripts: one bitmap per value of a few-valued field,
# one per UTC day of activity, and the first member number of each UTC day (numbers grow with first sight).
ATTR_BITMAP = "attrbits"
ACTIVE_DAY = "actbits"
JOIN_DAYS = "joindays"
ACTIVE_TTL_S = 100 * 86400  # longer than the widest `active:<Nd` a segment may ask (90 days)


def member_seq(brand: str) -> str:
    """STRING counter, owner store.members. The last member number given (INCR on first sight); numbers are
    dense, so it is also the member count. No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_SEQ}"


def member_numbers(brand: str, bucket: int) -> str:
    """HASH, owner store.members. Member id -> member number, for the ids whose hash falls in `bucket`
    (`member_codec.id_slot`: 65,536 buckets, so each stays a listpack up to ~5 million members). No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_NUMBERS}:{bucket}"


def member_ids(brand: str, bucket: int) -> str:
    """HASH, owner store.members. Member number % 128 -> member id (packed), for numbers // 128 == `bucket`.
    No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_IDS}:{bucket}"


def member_field(brand: str, name: str, bucket: int, chunk: int = 0) -> str:
    """HASH, owner store.members. One profile field (`bot.member` F_* or a handler's own) of the members
    numbered bucket*128 .. bucket*128+127: member number % 128 -> value. A value over 64 bytes continues in
    chunks 1, 2, ... of the same field (each chunk but the last starts with byte 0xFF). No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_FIELD}:{name}:{bucket}" if chunk == 0 else \
        f"{ROOT}:{brand}:{MEMBER_FIELD}:{name}#{chunk}:{bucket}"


def member_field_names(brand: str) -> str:
    """SET, owner store.members. Every profile field name ever set in the brand (which `member_field`
    families a read visits). No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_FIELD_NAMES}"


def member_value_codes(brand: str) -> str:
    """HASH, owner store.members. A value of a few-valued field (`member_codec.INTERNED_FIELDS`: channel,
    account, staff contact, locale, time zone, city) -> its small code (1, 2, ...), which `member_field`
    stores in its place. No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_VALUE_CODES}"


def member_code_values(brand: str) -> str:
    """HASH, owner store.members. Code -> value (the inverse of `member_value_codes`). No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_CODE_VALUES}"


def member_tags(brand: str, bucket: int, chunk: int = 0) -> str:
    """HASH, owner store.members. Member number % 128 -> the member's tag ids ("3,12,7"; `tag_names` names
    them), bucketed and chunked like `member_field`. No TTL."""
    return f"{ROOT}:{brand}:{MEMBER_TAGS}:{bucket}" if chunk == 0 else \
        f"{ROOT}:{brand}:{MEMBER_TAGS}#{chunk}:{bucket}"


def tag_ids(brand: str) -> str:
    """HASH, owner store.members. Tag name -> small tag id (1, 2, ...; never reused). No TTL."""
    return f"{ROOT}:{brand}:{TAG_IDS}"


def tag_names(brand: str) -> str:
    """HASH, owner store.members. Tag id -> tag name (the inverse of `tag_ids`). No TTL."""
    return f"{ROOT}:{brand}:{TAG_NAMES}"


def tag_bitmap_key(brand: str, tag: str) -> str:
    """STRING bitmap, owner store.members. Bit n is set when member number n carries `tag`: a segment is a
    BITOP over these, its size a BITCOUNT (1M members = 125 KB per tag). No TTL."""
    return f"{ROOT}:{brand}:{TAG_BITMAP}:{tag}"


def attr_bitmap(brand: str, field: str, value: str) -> str:
    """STRING bitmap, owner store.members (its scripts). Bit n is set when member number n has `value`
    (lower-cased) in field `field` (the F_* name of city, locale or channel): `city:toronto` in a segment.
    No TTL."""
    return f"{ROOT}:{brand}:{ATTR_BITMAP}:{field}:{value.lower()}"


def activity_day(brand: str, day: int) -> str:
    """STRING bitmap, owner store.members (its scripts). Bit n is set when member number n interacted on UTC
    day `day` (epoch s // 86400): `active:<30d` is the OR of 30 of them. TTL ACTIVE_TTL_S."""
    return f"{ROOT}:{brand}:{ACTIVE_DAY}:{day}"


def join_days(brand: str) -> str:
    """HASH, owner store.members (its scripts). UTC day (epoch s // 86400) -> the first member number given
    that day; numbers grow with first sight, so `joined:>DATE` is a range of numbers. No TTL."""
    return f"{ROOT}:{brand}:{JOIN_DAYS}"


def segment_result(brand: str, name: str) -> str:
    """STRING bitmap, owner segments. A segment materialised for a campaign's fan-out (`name`: `camp:<id>`),
    frozen at launch so a resume sends to the same members. TTL segments.MATERIALISED_TTL_S (30 days), cut to
    store.campaigns.WORKING_TTL_S when the campaign ends."""
    return f"{ROOT}:{brand}:seg:{name}"


def segment_scratch_prefix(brand: str) -> str:
    """STRING bitmaps, owner segments. Intermediate results of one evaluation (`<prefix><token>:<i>`),
    deleted by the script that made them; TTL 60 s in case it died between."""
    return f"{ROOT}:{brand}:segtmp:"


def unionid_links(brand: str, bucket: int) -> str:
    """HASH, owner store.members. WeChat unionid -> member numbers sharing it ("12,4077": one per channel
    identity), for the unionids whose hash falls in `bucket` (65,536 buckets). No TTL."""
    return f"{ROOT}:{brand}:{UNIONID_LINKS}:{bucket}"


def events(brand: str) -> str:
    """STREAM, owner store.events. Joins, messages, clicks, opt-outs, tasks handed to staff; capped by MAXLEN.
    Sends, permanent failures and parks are recorded once, by the ledger (sends, failed_ledger, parked_ledger)."""
    return f"{ROOT}:{brand}:events"


def sends(brand: str) -> str:
    """STREAM, owner store.ledger. One entry per message WeChat took (member, route, purpose, message type; no
    content): a member's timeline on the dashboard. Capped by MAXLEN like the event stream, and apart from it, so
    a campaign's sends do not push the members' own history out."""
    return f"{ROOT}:{brand}:sends"


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


def ledger_parts(brand: str, idempotency_key: str) -> str:
    """SET, owner store.ledger. The parts (0 = the message, 1.. its attachments) of a multi-part delivery
    already sent, so that a re-run after a slow-down or a failure mid-delivery sends only the rest.
    TTL 8 days (a parked delivery waits up to 7)."""
    return f"{ROOT}:{brand}:parts:{idempotency_key}"


def template_send(brand: str, msg_id: str) -> str:
    """STRING, owner store.ledger. JSON {key, member} of a template message WeChat took (its msgid), so that the
    TEMPLATESENDJOBFINISH event reporting it undelivered ("failed:user block") settles that delivery as failed.
    TTL 3 days (the event follows the send within seconds to minutes)."""
    return f"{ROOT}:{brand}:tplsent:{msg_id}"


def failed_ledger(brand: str) -> str:
    """STREAM, owner store.ledger. Permanently failed sends with WeChat's errcode and errmsg; capped."""
    return f"{ROOT}:{brand}:failed"


def parked_ledger(brand: str) -> str:
    """STREAM, owner store.ledger. Deliveries no route allowed (parked), with the reasons; capped."""
    return f"{ROOT}:{brand}:parkedlog"


def budget(brand: str, member_id: str) -> str:
    """HASH, owner store.budget. What each route still allows this member now. TTL 48 h."""
    return f"{budget_prefix(brand)}{member_id}"


def budget_prefix(brand: str) -> str:
    """`budget` without the member id (the sequence tick's read script builds the keys from it)."""
    return f"{ROOT}:{brand}:budget:"


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


def failed_delivery(brand: str, idempotency_key: str) -> str:
    """STRING (JSON Delivery data), owner store.ledger. A permanently failed delivery, kept so a manager can
    retry it (admin API, `siyu deliveries retry`); deleted when retried. TTL: ledger.OUTCOME_TTL_S."""
    return f"{ROOT}:{brand}:faileddel:{idempotency_key}"


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
    (YYYYMMDD in the member's zone), shared by sequences and campaigns. TTL 2 days (from the tick's first count of
    the day, from each count of a campaign's): the day is over before then."""
    return f"{daily_cap_prefix(brand)}{member_id}:{local_day}"


def daily_cap_prefix(brand: str) -> str:
    """`daily_cap` without `<member id>:<local day>` (the sequence tick's read script builds the keys from it)."""
    return f"{ROOT}:{brand}:cap:"


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
    No TTL (per campaign, not per member); a campaign's (`camp:<id>`) is deleted when it is archived."""
    return f"{ROOT}:{brand}:clicks:{campaign}"


def clickers(brand: str, campaign: str) -> str:
    """HYPERLOGLOG, owner store.links. The members who clicked one campaign's links (unique clicks, ~12 KB at
    most). No TTL; a campaign's is deleted when it is archived."""
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


# Manager surfaces (bot/store/tokens.py, bot/store/audit.py, bot/manager/). Admin tokens may span brands, so
# they live under `siyu:@admin:`: `@` is not allowed in a brand name, so no brand's keys can collide.
ADMIN_ROOT = f"{ROOT}:@admin"


def admin_tokens() -> str:
    """HASH, owner store.tokens. Token id -> JSON (sha256 of the secret, role, brand, label, created). No TTL:
    a token lives until revoked."""
    return f"{ADMIN_ROOT}:tokens"


def admin_token_digests() -> str:
    """HASH, owner store.tokens. sha256 hex of a token's secret -> token id (the lookup a request makes).
    No TTL."""
    return f"{ADMIN_ROOT}:tokendigest"


def admin_audit() -> str:
    """STREAM, owner store.audit. Every write through the admin API or `siyu admin`: who (token id), when,
    what, brand, outcome. Capped (approximately) at audit.AUDIT_MAXLEN entries."""
    return f"{ADMIN_ROOT}:audit"


def sequences_paused(brand: str) -> str:
    """SET, owner manager.sequences (read by sequences.engine). Sequence ids a manager paused through the admin
    API or CLI, on top of sequences.yaml's `paused: true`. No TTL."""
    return f"{ROOT}:{brand}:seqpaused"


# Community (bot/community/): the activity log behind leader scores, referral codes and edges, tone stats.
ACTIVITY_TTL_S = 92 * 86400  # the longest window a brand may configure (90 days) plus two days of margin


def activity_bucket_prefix(brand: str, day: str, scope: str) -> str:
    """HASH per bucket (this prefix + member number // `activity.SLOTS`, 64), owner community.activity. One day's
    counters in one scope ("*" = the brand, else a group's chat id): field `<number % SLOTS><activity letter>`
    -> occurrences that day (raw: caps apply when scoring). TTL ACTIVITY_TTL_S."""
    return f"{ROOT}:{brand}:act:{day}:{scope}:"


def activity_buckets(brand: str, day: str, scope: str) -> str:
    """SET of bucket numbers (an intset), owner community.activity: which buckets of that day and scope hold
    counters, so scoring reads them without SCAN. TTL ACTIVITY_TTL_S."""
    return f"{ROOT}:{brand}:actb:{day}:{scope}"


def activity_scopes(brand: str, day: str) -> str:
    """SET of scopes (group chat ids and "*") with activity that day, owner community.activity. TTL
    ACTIVITY_TTL_S."""
    return f"{ROOT}:{brand}:acts:{day}"


def referral_code(brand: str, code: str) -> str:
    """STRING, owner community.referrals. A referral code -> the member id it belongs to (written once, NX, the
    first time the member asks). No TTL: a code shared months ago still credits its owner."""
    return f"{ROOT}:{brand}:rfcode:{code}"


def referral_edges(brand: str, bucket: int) -> str:
    """HASH, owner community.referrals. New member id (its `member_codec.id_slot` field, in that bucket) ->
    "<referrer id>|<channel>|<epoch s>": who brought them, written once (HSETNX: the first code wins). No TTL."""
    return f"{ROOT}:{brand}:rfedge:{bucket}"


def referral_pending(brand: str) -> str:
    """ZSET, owner community.referrals. New member ids brought by a code, scored by when they count as having
    stayed (arrival + `referral.stay`); the settle job pops the due ones. No TTL (emptied as they settle)."""
    return f"{ROOT}:{brand}:rfpending"


def referral_counts(brand: str) -> str:
    """HASH, owner community.referrals. `<referrer id>:b` (people brought) and `<referrer id>:s` (who stayed)
    -> count; `<referrer id>:r` = 1 once the reward went out. No TTL."""
    return f"{ROOT}:{brand}:rfcount"


def tone_stats(brand: str, item: str) -> str:
    """HASH, owner community.tones. Per content item ("faq:<id>"): `<arm>|<metric>` -> count (shown, replied,
    clicked, converted), arms as bot.content.variants names them. No TTL (a handful of fields per item)."""
    return f"{ROOT}:{brand}:tone:{item}"


def tone_items(brand: str) -> str:
    """SET, owner community.tones. The content items with tone stats (for `siyu tones`). No TTL."""
    return f"{ROOT}:{brand}:tones"


# Groups and channels (bot/community/, docs/groups.md).


def drops(brand: str, group: str) -> str:
    """HASH, owner community.drops. One group's drops: `anchor` (epoch s the tick first saw a schedule without a
    start), then per lesson number its state: `claimed:<s>`, `queued:<s>:<route>` or `skipped:<s>:<late s>`.
    HSETNX on the lesson's field is the claim, so a lesson is handed over once per group. No TTL."""
    return f"{ROOT}:{brand}:drops:{group}"


def group_joins(brand: str, user_id: str) -> str:
    """HASH, owner community.drops. A WeCom customer's groups (groups.yaml id -> epoch s of their first join),
    for the lessons they missed, and `cu:<group>:<lesson>` -> epoch s for each one handed over as a catch-up.
    No TTL (a few fields per member)."""
    return f"{ROOT}:{brand}:gjoin:{user_id}"


def channel_codes(brand: str) -> str:
    """HASH, owner community.channels. Channel id -> JSON of the code created for it (kind, config_id,
    qr_code, state), so `siyu channels sync` creates each once. No TTL."""
    return f"{ROOT}:{brand}:chcodes"


def channel_arrivals(brand: str, channel: str, kind: str) -> str:
    """ZSET, owner community.attribution. Who a channel brought (`kind` contact or group), scored by the epoch s
    of their arrival (first arrival kept). No TTL: the report counts it."""
    return f"{ROOT}:{brand}:charr:{channel}:{kind}"


def channel_departures(brand: str, channel: str, kind: str) -> str:
    """HASH, owner community.attribution. Arrivals who left since (deleted the contact, quit the group) -> epoch
    s, for "still a member after 7 / 30 days". No TTL."""
    return f"{ROOT}:{brand}:chleft:{channel}:{kind}"


def member_channel(brand: str, kind: str, user_id: str) -> str:
    """STRING, owner community.attribution. The channel that brought `user_id` (`kind` contact or group), so a
    departure is counted against it. No TTL."""
    return f"{ROOT}:{brand}:chof:{kind}:{user_id}"


# -- the dashboard (bot/admin/) ------------------------------------------------------------------------------

def admin_session_secret() -> str:
    """STRING, owner admin.session. A random key that signs dashboard session cookies when
    SIYU_ADMIN_SESSION_SECRET is not set, shared by every web process on this Redis. No TTL."""
    return f"{ROOT}:admin:session-secret"


# Campaigns (bot/store/campaigns.py). While a campaign runs, no TTL. When it ends (done or cancelled) its
# working keys (the materialised audience and the handled bitmap, 125 KB each at a million members, ranges,
# waiting members) expire in store.campaigns.WORKING_TTL_S; the keys its report reads live (stats, tasks, the
# campaign's clicks and clickers) are deleted at `report_until_s` (stopped + ~188 days) by the snapshot job,
# right after its last daily snapshot (campaign_snapshots), which the report reads from then on.


def campaigns_index(brand: str) -> str:
    """ZSET, owner store.campaigns. Campaign ids scored by creation time (epoch s). No TTL."""
    return f"{ROOT}:{brand}:camps"


def campaign(brand: str, campaign_id: str) -> str:
    """HASH, owner store.campaigns. One campaign: spec (JSON of content.campaigns.Campaign), source (config or
    cli), status (draft, running, paused, cancelled, done), created_s, launched_s, stopped_s, targeted,
    size (member count at launch). No TTL."""
    return f"{ROOT}:{brand}:camp:{campaign_id}"


def campaign_stats(brand: str, campaign_id: str) -> str:
    """HASH, owner store.campaigns (and the delivery job, for outcomes by route). `handed`, `skipped:<reason>`,
    `sent:<route>`, `failed:<route>`, `parked`, `maybe`, `task:<route>`, `mass:<outcome>`. No TTL; deleted when
    the campaign is archived (above)."""
    return f"{ROOT}:{brand}:campstat:{campaign_id}"


def campaign_handled(brand: str, campaign_id: str) -> str:
    """STRING bitmap, owner store.campaigns. Bit n set once member number n was decided (handed, skipped or
    queued for a mass task): a resume or a re-run passes over them. TTL once the campaign ends (above)."""
    return f"{ROOT}:{brand}:camphandled:{campaign_id}"


def campaign_ranges(brand: str, campaign_id: str) -> str:
    """SET, owner store.campaigns. Start numbers of the fan-out ranges not finished yet (resume re-queues
    them). No TTL while it runs; empty when done; expires once the campaign ends (above)."""
    return f"{ROOT}:{brand}:campranges:{campaign_id}"


def campaign_later(brand: str, campaign_id: str) -> str:
    """ZSET, owner store.campaigns. Member numbers whose send waits for a later moment (a local time in their
    zone, a slot of a spread window), scored by that moment (epoch s). No TTL while it runs; empty when done;
    expires once the campaign ends (above)."""
    return f"{ROOT}:{brand}:camplater:{campaign_id}"


def campaign_mass_queue(brand: str, campaign_id: str) -> str:
    """LIST, owner store.campaigns. `<staff>|<locale>|<external_userid>` of the WeCom customers the fan-out
    gave to a mass task, drained when the tasks are created. No TTL."""
    return f"{ROOT}:{brand}:campmassq:{campaign_id}"


def campaign_oa_queue(brand: str, campaign_id: str) -> str:
    """LIST, owner store.campaigns. `<locale>|<openid>|<member id>` of the Official Account followers the fan-out
    gave to the campaign's mass send by tag (bot/campaigns/oa_mass.py), dropped once sent. TTL once the
    campaign ends (above)."""
    return f"{ROOT}:{brand}:campoaq:{campaign_id}"


def oa_mass_receipts(brand: str, month: str) -> str:
    """HASH, owner campaigns.oa_mass. Member id -> mass sends by tag the follower was sent in the Beijing month
    (YYYYMM): a service account's follower receives 4 a month and WeChat does not say who had them. TTL 40 days."""
    return f"{ROOT}:{brand}:oamass:month:{month}"


def oa_mass_day(brand: str, day: str) -> str:
    """STRING, owner campaigns.oa_mass. The campaign that used a subscription account's one mass send of the
    Beijing day (YYYYMMDD). TTL 2 days."""
    return f"{ROOT}:{brand}:oamass:day:{day}"


def campaign_reached(brand: str, campaign_id: str) -> str:
    """SET, owner store.campaigns. External userids WeCom reported reached by the campaign's mass tasks, so each
    goes into the sends stream once. TTL as a campaign's live report keys (REPORT_LIVE_S)."""
    return f"{ROOT}:{brand}:campreached:{campaign_id}"


def oa_mass_result(brand: str, msg_id: str) -> str:
    """STRING, owner store.campaigns (written by the webhook's effects). JSON of what WeChat's MASSSENDJOBFINISH
    said of the Official Account mass send `msg_id`: status, total, filtered, sent, errors. The campaign report
    joins it to its task by msg_id. TTL as long as a campaign's live report keys (REPORT_LIVE_S)."""
    return f"{ROOT}:{brand}:oamass:result:{msg_id}"


def campaign_tasks(brand: str, campaign_id: str) -> str:
    """HASH, owner store.campaigns. add_msg_template msgid (or `?<random>` while its answer is lost, or
    `oa:<locale>` for an Official Account mass send by tag) -> JSON of the campaign's mass task (staff, chat
    type, targets, reminders, status, per-target results). No TTL; deleted when the campaign is archived."""
    return f"{ROOT}:{brand}:camptasks:{campaign_id}"


def campaign_snapshots(brand: str, campaign_id: str) -> str:
    """HASH, owner store.campaigns. UTC day (YYYY-MM-DD) -> JSON of the campaign's report that day, written by
    the snapshot job (jobs/campaigns.py snapshot_reports) from launch until it is archived: at most ~190
    entries per campaign. No TTL: the report outlives its live keys (and WeCom's 180-day statistics)."""
    return f"{ROOT}:{brand}:campsnap:{campaign_id}"


def campaign_due_kick(brand: str, campaign_id: str, minute: int) -> str:
    """STRING, owner jobs.campaigns. Set when a job for the campaign's members due at `minute` is queued, so
    a thousand fan-out chunks deferring members to one local time queue one job. TTL until that minute + 1 h."""
    return f"{ROOT}:{brand}:campkick:{campaign_id}:{minute}"
