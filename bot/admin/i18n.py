"""The dashboard's words in Chinese and English. A missing word is a bug: tests/scenarios/test_admin_pages.py
checks that both languages have every key the templates use."""

from __future__ import annotations

from werkzeug.datastructures import LanguageAccept

LOCALES = ("zh", "en")
DEFAULT_LOCALE = "zh"  # Siyu's managers mostly read Chinese; a browser asking for English gets English

MESSAGES: dict[str, tuple[str, str]] = {  # key -> (zh, en)
    "siyu": ("私域 Siyu", "Siyu"),
    "dashboard": ("管理后台", "Dashboard"),
    "overview": ("总览", "Overview"),
    "sequences": ("培育序列", "Sequences"),
    "members": ("成员", "Members"),
    "unanswered": ("未回答的问题", "Unanswered"),
    "handoffs": ("转人工", "Handoffs"),
    "deliveries": ("发送失败", "Delivery failures"),
    "queues": ("队列状态", "Queue health"),
    "campaigns": ("群发活动", "Campaigns"),
    "sign_in": ("登录", "Sign in"),
    "sign_out": ("退出", "Sign out"),
    "token": ("访问令牌", "Access token"),
    "token_help": ("用 siyu admin token create --role read 或 --role write 创建。",
                   "Create one with siyu admin token create --role read or --role write."),
    "bad_token": ("令牌无效或已撤销。", "That token is not valid (unknown or revoked)."),
    "signed_out": ("已退出。", "Signed out."),
    "read_only": ("只读令牌：可以查看，不能操作。", "Read-only token: you can look, not act."),
    "brand": ("品牌", "Brand"),
    "show": ("查看", "Show"),
    "members_total": ("成员总数", "Members"),
    "new_today": ("今日新增", "New today"),
    "new_week": ("近 7 天新增", "New in 7 days"),
    "by_channel": ("按渠道", "by channel"),
    "active_enrolments": ("进行中的序列", "Active enrolments"),
    "sent_today": ("今日已发送", "Sent today"),
    "failed_today": ("今日失败", "Failed today"),
    "parked_today": ("今日暂存", "Parked today"),
    "open_handoffs": ("待处理转人工", "Open handoffs"),
    "unanswered_count": ("未回答问题", "Unanswered questions"),
    "utc_day": ("按 UTC 日期统计", "UTC days"),
    "none": ("暂无", "None"),
    "enrolled": ("已加入", "enrolled"),
    "completed": ("已完成", "completed"),
    "reached": ("已送达", "sent"),
    "clicked": ("点击", "clicked"),
    "paused": ("已暂停", "paused"),
    "active": ("进行中", "active"),
    "waiting": ("等待中", "waiting"),
    "step": ("步骤", "Step"),
    "now_at": ("当前在此", "Now here"),
    "parked": ("暂存", "Parked"),
    "failed": ("失败", "Failed"),
    "funnel_of": ("转化漏斗", "Funnel"),
    "no_sequences": ("还没有序列（config/sequences.yaml）。", "No sequences yet (config/sequences.yaml)."),
    "search": ("搜索", "Search"),
    "member_search_help": ("输入成员 ID，或 tag:标签名", "A member id, or tag:<name>"),
    "newest_members": ("最新成员", "Newest members"),
    "results": ("结果", "Results"),
    "member": ("成员", "Member"),
    "channel": ("渠道", "Channel"),
    "nickname": ("昵称", "Nickname"),
    "first_seen": ("首次出现", "First seen"),
    "tags": ("标签", "Tags"),
    "opted_out": ("已退订", "Opted out"),
    "profile": ("资料", "Profile"),
    "timeline": ("时间线", "Timeline"),
    "time": ("时间", "Time"),
    "what": ("事件", "What"),
    "details": ("详情", "Details"),
    "no_member": ("没有这个成员。", "No such member."),
    "question": ("问题", "Question"),
    "times_asked": ("次数", "Asked"),
    "add_to_faq": ("加入 FAQ", "Add to the FAQ"),
    "faq_help": ("复制到 config/faq.yaml 的 entries: 下，写好答案，然后 siyu config validate && siyu config apply。",
                 "Paste under entries: in config/faq.yaml, write the answer, then siyu config validate && "
                 "siyu config apply."),
    "reason": ("原因", "Reason"),
    "text": ("内容", "Text"),
    "age": ("已等待", "Age"),
    "told": ("已通知", "Told"),
    "close": ("关闭", "Close"),
    "closed": ("已关闭。", "Closed."),
    "not_found": ("找不到（可能已处理）。", "Not found (perhaps done already)."),
    "route": ("发送方式", "Route"),
    "errcode": ("错误码", "errcode"),
    "failed_ledger": ("永久失败（微信拒绝：原因消除后再重试，如成员重新关注）",
                      "Permanent failures (WeChat refused: retry once the cause is gone, e.g. the member followed "
                      "again)"),
    "retry_all_failed": ("全部重试", "Retry all"),
    "confirm_retry_failed": ("确定重新发送这 {n} 条失败的消息？它们会再次经过发送方式的选择（窗口、额度、退订）。",
                             "Retry all {n} failed deliveries? Each goes through the route chooser again (window, "
                             "budget, opt-out)."),
    "confirm_retry": ("确定", "Yes, retry them"),
    "delivery_retried": ("已重新排队发送。", "Queued to send again."),
    "deliveries_retried_n": ("已重新排队 {n} 条发送。", "{n} deliveries queued to send again."),
    "not_retryable": ("不可重试（已重试、超过 30 天或未保留）",
                      "Not retryable (retried, older than 30 days, or not kept)"),
    "parked_ledger": ("暂存的发送（等待成员下次互动）", "Parked deliveries (waiting for the member's next message)"),
    "failed_jobs": ("重试用尽的发送任务", "Delivery jobs that ran out of retries"),
    "failed_jobs_all": ("失败的任务", "Failed jobs"),
    "retry": ("重试", "Retry"),
    "retried": ("已重新排队。", "Requeued."),
    "queue": ("队列", "Queue"),
    "depth": ("排队数", "Depth"),
    "oldest": ("最早任务已等", "Oldest job waiting"),
    "running": ("运行中", "Running"),
    "scheduled": ("计划中", "Scheduled"),
    "workers": ("工作进程", "Workers"),
    "state": ("状态", "State"),
    "current_job": ("当前任务", "Current job"),
    "heartbeat": ("心跳", "Last heartbeat"),
    "no_workers": ("没有工作进程在运行：消息不会发出。", "No worker is running: nothing will be sent."),
    "job": ("任务", "Job"),
    "error": ("错误", "Error"),
    "requeue_all": ("全部重新排队", "Requeue all"),
    "confirm_requeue": ("确定把这 {n} 个失败任务全部重新排队？", "Requeue all {n} failed jobs?"),
    "confirm": ("确定", "Yes, requeue them"),
    "cancel": ("取消", "Cancel"),
    "requeued_n": ("已重新排队 {n} 个任务。", "{n} jobs requeued."),
    "seconds": ("秒", "s"),
    "campaigns_soon": ("还没有群发活动（config/campaigns.yaml 或 siyu campaigns create）。",
                       "No campaigns yet (config/campaigns.yaml, or siyu campaigns create)."),
    "campaign": ("活动", "Campaign"),
    "segment": ("人群", "Segment"),
    "progress": ("进度", "Progress"),
    "sent_by_route": ("已发送（按途径）", "Sent, by route"),
    "skipped_by_reason": ("跳过（按原因）", "Skipped, by reason"),
    "waiting_n": ("{n} 人等待本地时间", "{n} waiting for their local time"),
    "status_draft": ("草稿", "draft"),
    "status_running": ("发送中", "running"),
    "status_paused": ("已暂停", "paused"),
    "status_cancelled": ("已取消", "cancelled"),
    "status_done": ("已完成", "done"),
    "pause": ("暂停", "Pause"),
    "resume": ("继续", "Resume"),
    "cancel_campaign": ("取消活动", "Cancel campaign"),
    "campaign_paused": ("活动已暂停：新的发送在下一批停止。", "Campaign paused: new sends stop at the next batch."),
    "campaign_resumed": ("活动已继续：已收到的人不会再收到。", "Campaign resumed: nobody gets it twice."),
    "campaign_cancelled": ("活动已取消。", "Campaign cancelled."),
    "refused": ("未执行：{reason}", "Not done: {reason}"),
    "language": ("English", "中文"),
}


def pick_locale(accept: LanguageAccept, chosen: str | None = None) -> str:
    """The language the manager chose, else the browser's first of ours, else Chinese."""
    if chosen in LOCALES:
        return chosen
    for tag, _quality in accept:  # best first; zh-TW and zh-Hant-HK read our Chinese before any English
        primary = tag.lower().replace("_", "-").split("-")[0]
        if primary in LOCALES:
            return primary
    return DEFAULT_LOCALE


def translate(locale: str, key: str, **values: object) -> str:
    zh, en = MESSAGES[key]
    text = zh if locale == "zh" else en
    return text.format(**values) if values else text
