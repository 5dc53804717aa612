"""Groups for managers, read only: what the drop tick did (drops status), what each acquisition channel
brought (channels report) and who leads the community (leaders). The same functions as `siyu drops status`,
`siyu channels report` and `siyu leaders`, over the web process's Services; nothing here writes (the hourly
`siyu cron` tags leaders)."""

from __future__ import annotations

from typing import Any

from bot.community.activity import BRAND_SCOPE
from bot.community.attribution import ChannelStats, channel_report, report_sources
from bot.community.drops import DropStore, status_rows
from bot.community.leaders import LeaderBoard
from bot.community.schedule import schedule_of
from bot.manager.sequences import content_of
from bot.services import Services


def drops_status(svc: Services, brand: str) -> list[dict[str, Any]]:
    """Every scheduled lesson of every group: queued (with its route), skipped (how late), claimed, due, upcoming."""
    content = content_of(svc, brand)
    store = DropStore(svc.redis)
    anchors = store.anchors(brand, content.groups)
    calendar = {g.id: schedule_of(content, g, anchors) for g in content.groups if g.drops is not None}
    states = {group_id: store.states(brand, group_id) for group_id in calendar}
    return status_rows(calendar, states, svc.clock.now())


def channels_report(svc: Services, brand: str) -> list[dict[str, Any]]:
    content = content_of(svc, brand)
    return channel_report(ChannelStats(svc.redis), svc.links, brand, report_sources(content),
                          int(svc.clock.now().timestamp()))


def leaders(svc: Services, brand: str, *, group: str = "", limit: int = 20) -> dict[str, Any]:
    """The top members over the rolling window with their score's breakdown; `group` a groups.yaml id or a
    WeCom chat id (default: the whole brand)."""
    content = content_of(svc, brand)
    scope = BRAND_SCOPE
    if group:
        found = content.group(group) or content.group_for_chat(group)
        scope = found.chat_id if found is not None else group
    board = LeaderBoard(svc.redis, svc.members, svc.clock, svc.events)
    rules = content.community.leaders
    rows = board.scores(brand, content, scope=scope, limit=limit)
    return {"scope": group or "brand", "window_days": rules.window_days, "threshold": rules.threshold,
            "tag": rules.tag, "leaders": [{**row.as_json(), "leader": row.total >= rules.threshold} for row in rows]}
