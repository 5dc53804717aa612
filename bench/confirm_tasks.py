"""Confirm tasks: how fast the wecom_task route creates them and a tracking pass follows them.

`.venv/bin/python bench/confirm_tasks.py [--tasks 1000]`. In one process: a throwaway redis-server, the fake
WeChat API over loopback HTTP on a manual clock, the job services as a worker builds them, with the local
rate buckets lifted (the platform's 10,000 calls a minute per API would otherwise be the whole measurement).
It times, per task: creating it (deliver_batch, batches of 100), a pass that reminds every one
(get_groupmsg_task + remind_groupmsg_send), and a pass that records every one sent after the staff confirmed
(get_groupmsg_task + get_groupmsg_send_result + ledger + event + task log); and, as the floor, the same number
of bare get_groupmsg_task calls through the gateway. Prints tasks/s and the ratio of each pass to the floor.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: make `bot`, `tests` and `bench` importable
    sys.path.insert(0, str(ROOT))

from bot.clock import ManualClock  # noqa: E402
from bot.gateway import wecom_app  # noqa: E402
from bot.inbound import Channel, Kind  # noqa: E402
from bot.outbound import Delivery, DeliveryContext, Queue, Text  # noqa: E402
from bot.sandbox.fake_wechat import FakeWeChatServer  # noqa: E402
from bot.store.members import MemberStore  # noqa: E402
from jobs import context, deliver, tasks  # noqa: E402
from tests.support.factories import WECOM_CORP_ID, make_inbound, make_settings  # noqa: E402
from tests.support.jobs import install_jobs  # noqa: E402
from tests.support.redis_server import RedisServer  # noqa: E402

STAFF = "zhangsan"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=1000)
    args = parser.parse_args()
    binary = RedisServer.find_binary()
    if binary is None:
        print("redis-server not found on PATH", file=sys.stderr)
        return 2
    clock = ManualClock(datetime(2026, 11, 23, 8, 0, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as workdir:
        server = RedisServer(Path(workdir), binary).start()
        try:
            with FakeWeChatServer(clock=clock, max_records=args.tasks * 8 + 100) as fake:
                return run(args.tasks, server, fake, clock)
        finally:
            server.stop()


def run(count: int, server: RedisServer, fake: FakeWeChatServer, clock: ManualClock) -> int:
    settings = make_settings(SIYU_WECOM_API_ORIGIN=fake.origin, SIYU_OA_API_ORIGIN=fake.origin,
                             SIYU_WECOM_SECRET="appsecret", SIYU_WECOM_CONTACT_SECRET="contactsecret",
                             SIYU_RATE_LIMITS="wecom:*=1000000/s")
    client = server.client()
    svc = install_jobs(settings, client, clock)  # type: ignore[arg-type]  # any redis client will do
    members = MemberStore(client, clock)
    batch = []
    for i in range(count):
        external = f"wmBench{i:06d}"
        member = members.touch(make_inbound("", channel=Channel.WECOM, account=WECOM_CORP_ID, kind=Kind.CONTACT_ADDED,
                                            user_id=external, staff_id=STAFF, msg_id=""))
        assert member is not None
        fake.add_contact(STAFF, external)
        batch.append(Delivery(brand="default", channel="wecom", account=WECOM_CORP_ID, member_id=member.id,
                              user_id=external, message=Text(text=f"step {i}"), key=f"bench:task:{i}",
                              purpose="sequence", queue=Queue.DEFAULT, routes=("wecom_task",),
                              context=DeliveryContext(task_remind_s=3600, task_expire_s=7200)).to_data())
    rows = []
    started = time.perf_counter()
    for at in range(0, count, 100):
        assert deliver.deliver_batch(batch[at:at + 100]) == {"task": len(batch[at:at + 100])}
    rows.append(("create (add_msg_template, ledger, task store)", time.perf_counter() - started))

    clock.advance(3600)
    started = time.perf_counter()
    assert tasks.track("default", limit=count) == {"reminded": count}
    rows.append(("tracking pass: remind (2 calls)", time.perf_counter() - started))

    for msgid in list(fake.state.group_msgs):
        fake.state.confirm_group_msg(msgid)
    clock.advance(600)
    started = time.perf_counter()
    assert tasks.track("default", limit=count) == {"sent": count}
    rows.append(("tracking pass: record sent (2 calls)", time.perf_counter() - started))

    app = wecom_app(settings, "default", contact=True)
    msgids = list(fake.state.group_msgs)
    started = time.perf_counter()
    for msgid in msgids:
        svc.routes.call(app, "externalcontact/get_groupmsg_task", {"msgid": msgid}, idempotent=True)
    floor = time.perf_counter() - started
    rows.append(("floor: one bare get_groupmsg_task per task", floor))
    context.install(None)

    print(f"confirm tasks, {count} tasks; Python {platform.python_version()}, {platform.machine()}")
    print(f"{'what':<48} {'tasks/s':>9} {'ms/task':>8} {'÷ floor':>8}")
    for label, seconds in rows:
        print(f"{label:<48} {count / seconds:>9,.0f} {seconds * 1000 / count:>8.2f} {seconds / floor:>8.2f}")
    print("WeCom allows 10,000 calls a minute per API (doc 90454): a pass looks at <= ~166 tasks/s there.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
