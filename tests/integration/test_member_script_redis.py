"""The member's script (bot.member.F_SCRIPT) on a real redis-server: written with the callback's other writes when a
message's script differs from it, read back by the next callback's member touch, never written when unchanged."""

from __future__ import annotations

import pytest
import redis

from bot.app import create_app
from bot.clock import ManualClock
from bot.member import member_id_for
from bot.queueing import RecordingDeliveryQueue
from bot.sandbox.simulator import Simulator, flask_transport
from bot.services import Services, build_services
from bot.store.callbacks import CallbackLedger
from tests.support.factories import OA_APPID, make_settings
from tests.support.redis_server import RedisServer

COSTS_END = {"": "运费在结算页会自动计算，会员日还有额外包邮券。",
             "tw": "運費在結算頁會自動計算，會員日還有額外包郵券。"}


@pytest.fixture
def served(redis_server: RedisServer, real_redis: redis.Redis, clock: ManualClock) -> tuple[Simulator, Services]:
    settings = make_settings(SIYU_REDIS_URL=redis_server.url)
    services = build_services(settings, clock=clock, queue=RecordingDeliveryQueue())
    brand = settings.brands["default"]
    return Simulator(oa=brand.oa, transport=flask_transport(create_app(services=services).test_client()),
                     now=lambda: int(clock.now().timestamp())), services


def test_the_script_is_stored_read_back_and_written_only_when_it_changes(
        served: tuple[Simulator, Services], clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    simulator, services = served
    who = "o_script_redis"
    member_id = member_id_for(f"oa:{OA_APPID}:{who}")
    committed: list[list[str]] = []
    commit = CallbackLedger.commit

    def recording(self: CallbackLedger, brand: str, key: str, reply: object, writes: redis.client.Pipeline) -> object:
        committed.append([str(command[0][0]) for command in writes.command_stack])
        return commit(self, brand, key, reply, writes)  # type: ignore[arg-type]

    monkeypatch.setattr(CallbackLedger, "commit", recording)

    def ask(text: str) -> str:
        clock.advance(5)
        return simulator.oa_message(who, text).text

    assert ask("請問運費多少").endswith(COSTS_END["tw"])
    member = services.members.get("default", member_id)
    assert member is not None and member.script == "tw"
    assert ask("請問運費多少").endswith(COSTS_END["tw"])  # asked again: the same entry's tags, the same script
    assert ask("教程").startswith("露米小課堂")  # common to both scripts: the member touch read "tw" back
    assert ask("运费多少").endswith(COSTS_END[""])
    member = services.members.get("default", member_id)
    assert member is not None and member.script == "" and "sc" not in member.fields
    # the first question writes the member (its tags and the script), the repeat writes no member update at all,
    # the switch back to simplified writes it again (the field deleted)
    assert "EVAL" in committed[0] and "EVAL" not in committed[1] and "EVAL" in committed[3], committed
