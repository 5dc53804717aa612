"""Groups for managers, read only: what the drop tick did (drops status), what each acquisition channel
brought (channels report) and who leads the community (leaders). The same functions as `siyu drops status`,
`siyu channels report` and `siyu leaders`, over the web process's Services; nothing here writes (the hourly
`siyu cron` tags leaders)."""

from __future__ import annotations

from typing import Any

from bot.community.attribution import ChannelStats, channel_report, report_sources
from bot.community.drops import DropStore, status_rows
from bot.community.leaders import LeaderBoard, corp_of, leaders_report
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
    tones = {group_id: store.tones(brand, group_id) for group_id in calendar}
    return status_rows(calendar, states, svc.clock.now(), tones)


def channels_report(svc: Services, brand: str) -> list[dict[str, Any]]:
    content = content_of(svc, brand)
    return channel_report(ChannelStats(svc.redis), svc.links, brand, report_sources(content),
                          int(svc.clock.now().timestamp()))


def leaders(svc: Services, brand: str, *, group: str = "", limit: int = 20) -> dict[str, Any]:
    """The top members over the rolling window with their score's breakdown; `group` a groups.yaml id or a
    WeCom chat id (default: the whole brand), scored against the group's threshold and tag (`leader:<id>`)."""
    board = LeaderBoard(svc.redis, svc.members, svc.clock, svc.events, corp_of=corp_of(svc.settings))
    return leaders_report(board, brand, content_of(svc, brand), group=group, limit=limit)
