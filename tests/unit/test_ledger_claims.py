"""Delivery ledger claims: held by (RQ job, execution); a later execution of the same job takes
over a dead one's claim at once; anyone else waits."""

from __future__ import annotations

import fakeredis

from bot.clock import ManualClock
from bot.store.ledger import SENDING, ClaimHolder, DeliveryLedger, is_claim


def test_a_later_execution_of_the_same_job_takes_over(fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    ledger = DeliveryLedger(fake_redis, clock)
    dead = ClaimHolder("deliver-abc", "run1")
    assert ledger.claim("b", "k", holder=dead) is None
    assert ledger.claim("b", "k", holder=ClaimHolder("deliver-abc", "run2")) is None  # RQ's re-run
    assert ledger.state("b", "k") == f"{SENDING}:deliver-abc:run2"


def test_other_jobs_and_the_same_execution_do_not_take_over(fake_redis: fakeredis.FakeRedis,
                                                            clock: ManualClock) -> None:
    ledger = DeliveryLedger(fake_redis, clock)
    holder = ClaimHolder("deliver-abc", "run1")
    assert ledger.claim("b", "k", holder=holder) is None
    assert is_claim(ledger.claim("b", "k", holder=ClaimHolder("deliver-other", "x")))
    assert is_claim(ledger.claim("b", "k", holder=holder))
    assert is_claim(ledger.claim("b", "k"))  # no holder (not under RQ): never takes over


def test_a_settled_outcome_is_never_taken_over(fake_redis: fakeredis.FakeRedis, clock: ManualClock) -> None:
    ledger = DeliveryLedger(fake_redis, clock)
    assert ledger.claim("b", "k", holder=ClaimHolder("j", "1")) is None
    ledger.settle("b", "k", "sent")
    assert ledger.claim("b", "k", holder=ClaimHolder("j", "2")) == "sent"


def test_rq_rerun_of_a_killed_job_sends_what_the_dead_run_claimed(fake_redis: fakeredis.FakeRedis,
                                                                  clock: ManualClock) -> None:
    """Simulates the crash: the first execution claimed the key and died; RQ runs the job again."""
    from rq import Queue, SimpleWorker

    from bot.outbound import Delivery, Text
    from bot.queueing import batch_job_id
    from bot.settings import DeliveryTuning
    from jobs import context, deliver

    sent: list[str] = []

    class Route:
        name = "test"

    delivery = Delivery(brand="default", channel="oa", account="wx", member_id="", user_id="o1",
                        message=Text(text="hi"), key="reply:crash:1", purpose="reply")
    job_id = batch_job_id([delivery])
    ledger = DeliveryLedger(fake_redis, clock)
    ledger.claim("default", delivery.key, holder=ClaimHolder(job_id, "dead-run"))

    class Svc:
        pass

    svc = Svc()
    svc.ledger = ledger
    svc.tuning = DeliveryTuning()
    svc.routes = None  # an OA reply: no WeCom app calls to take rate tokens for ahead
    original = deliver.deliver_claimed

    def fake_deliver_claimed(services, item, previous, *, final=False):  # what deliver_batch's batch claim answered
        if previous is not None:
            return "busy", None
        sent.append(item.key)
        ledger.settle(item.brand, item.key, "sent")
        return "sent", None

    context.install(svc)  # type: ignore[arg-type]
    deliver.deliver_claimed = fake_deliver_claimed
    try:
        queue = Queue("high", connection=fake_redis)
        queue.enqueue_call(func=deliver.deliver_batch, args=([delivery.to_data()],), job_id=job_id)
        SimpleWorker([queue], connection=fake_redis).work(burst=True)
    finally:
        deliver.deliver_claimed = original
        context.install(None)
    assert sent == ["reply:crash:1"]
