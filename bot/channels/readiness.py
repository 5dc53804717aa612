"""What each brand's configuration leaves the routes unable to send, said once at start (create_app,
worker start), naming the setting, so no delivery is refused in silence later (issue 10).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from bot.content.model import Content
from bot.settings import Brand, Settings

log = logging.getLogger("siyu.config")
_SAID: set[str] = set()  # each line once per process (tests and the demo build many apps)


def gaps(brand: Brand) -> list[str]:
    """Missing pieces: what cannot be sent, and the setting that would allow it."""
    p, out = brand.env_prefix, []
    if brand.oa is not None and brand.oa.capabilities and brand.oa.secret is None:
        out.append(f"no {p}OA_SECRET: the Official Account answers only in the passive reply; a second message, "
                   "a Mini Program card, an image and every proactive message cannot be sent")
    wecom = brand.wecom
    if wecom is not None:
        if wecom.customer_contact_secret is None:
            out.append(f"no {p}WECOM_CONTACT_SECRET and no {p}WECOM_SECRET: WeCom welcomes cannot be sent")
        if wecom.secret is None:
            out.append(f"no {p}WECOM_SECRET: WeCom app messages and WeChat customer service (kf) messages cannot "
                       "be sent beyond the passive reply")
        elif not wecom.agent_id:
            out.append(f"no {p}WECOM_AGENT_ID: WeCom app messages cannot be sent beyond the passive reply")
    return out


def content_gaps(brand: Brand, content: Content) -> list[str]:
    """What the brand's content asks of its settings that they lack: a group's robot key."""
    return [f"config/groups.yaml group {group.id!r} names robot_key_env {group.robot_key_env}, which is not set: "
            "its welcomes and tutorial drops cannot be posted"
            for group in content.groups if group.robot_key_env and group.robot_key_env not in brand.robots]


def notes(brand: Brand) -> list[str]:
    """Facts about the configuration that change what is sent, though nothing is missing."""
    p, out = brand.env_prefix, []
    if brand.oa is not None and not brand.oa.capabilities:
        out.append(f"the Official Account is an {brand.oa.described} ({p}OA_ACCOUNT, {p}OA_VERIFIED): every "
                   "answer goes in the passive reply (menus as text, cards as links); what cannot is parked")
    wecom = brand.wecom
    if wecom is not None and wecom.contact_secret is None and wecom.secret is not None:
        out.append(f"no {p}WECOM_CONTACT_SECRET: WeCom welcomes use the app secret, so the app must be in the "
                   "客户联系 可调用应用 list (WeCom admin console)")
    return out


def log_gaps(settings: Settings, contents: Mapping[str, Content] | None = None) -> None:
    """Log every brand's gaps (WARNING) and notes (INFO), each once per process; with the brands'
    loaded content, what it asks of the settings too."""
    for name, brand in settings.brands.items():
        content = (contents or {}).get(name)
        missing = gaps(brand) + (content_gaps(brand, content) if content is not None else [])
        for level, lines in ((logging.WARNING, missing), (logging.INFO, notes(brand))):
            for line in lines:
                said = f"{name}:{line}"
                if said not in _SAID:
                    _SAID.add(said)
                    log.log(level, "brand %s: %s", name, line)
