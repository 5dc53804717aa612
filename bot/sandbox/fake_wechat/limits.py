"""The platform's numbers and identifier shapes the fake enforces, each with its source.

Plain constants: no state, no HTTP. PLATFORM.md is ../shared/PLATFORM.md.
"""

from __future__ import annotations

import re

TOKEN_TTL_S = 7200  # access_token lives 7200 s (OA doc Get_access_token; WeCom doc 91039)
TOKEN_OVERLAP_S = 300  # a new /cgi-bin/token fetch leaves the old one usable 5 more minutes (PLATFORM.md §5)
# stable_token renews 5 min before expiry, so expires_in >= 300 (doc api_getstableaccesstoken)
STABLE_EARLY_REFRESH_S = 300
STABLE_FORCE_GAP_S = 30  # force_refresh within 30 s of the last one does not refresh (same doc)
STABLE_FORCE_PER_DAY = 20  # force_refresh is limited to 20 a day (same doc)
TOKEN_FETCHES_PER_DAY = 2000  # /cgi-bin/token daily quota, "about 2000" (PLATFORM.md §0)
MEDIA_TTL_S = 3 * 86400  # temporary media live 3 days (OA media/upload doc; WeCom doc 90253)
WELCOME_CODE_TTL_S = 20  # send_welcome_msg within 20 s of the event, once (WeCom doc 92137 / 92599)
ROBOT_PER_MINUTE = 20  # group robot: 20 messages a minute per key, then 130101 (PLATFORM.md §3.3)
KF_TOKEN_TTL_S = 600  # the kf_msg_or_event Token is valid 10 minutes (WeCom doc 94670)
# An enter_session event's welcome_code: kf/send_msg_on_event within 20 s, once (WeCom doc 96428). The
# code refused when expired, used or unknown is not published; the fake answers 95007 (docs/platform.md
# §3.2 "kf event replies", [uncertain]).
KF_WELCOME_CODE_TTL_S = 20
KF_BAD_CODE_ERRCODE = 95007
NEWS_MAX_ARTICLES = 8  # WeCom news messages, from an app or the group robot
DUPLICATE_CHECK_DEFAULT_S = 1800  # message/send duplicate_check_interval: default 1800 s (doc 90236)
DUPLICATE_CHECK_MAX_S = 4 * 3600  # "最大不超过4小时" (same doc)
GROUPMSG_REMINDS_PER_DAY = 3  # remind_groupmsg_send: at most 3 reminders in 24 h (hexdocs GroupMsg.remind)

# Identifier shapes. Real OA openids are 28 chars starting with "o"; WeCom external userids start
# with "wm" (WeChat users) or "wo" (WeCom users); kf account ids start with "wk". The fake accepts any
# id of the right shape, so tests can invent them, and refuses the rest with the platform's code.
OPENID_RE = re.compile(r"o[A-Za-z0-9_-]{5,63}\Z")
EXTERNAL_USERID_RE = re.compile(r"w[mo][A-Za-z0-9_-]{4,63}\Z")
OPEN_KFID_RE = re.compile(r"wk[A-Za-z0-9_-]{4,63}\Z")
WECOM_USERID_RE = re.compile(r"[A-Za-z0-9_.@-]{1,64}\Z")
ROBOT_KEY_RE = re.compile(r"[A-Za-z0-9-]{8,64}\Z")
