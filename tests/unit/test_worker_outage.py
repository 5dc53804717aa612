"""siyu worker rides out a Redis outage in the middle of a job instead of exiting (issue 16, item 10), also when RQ's
own loop caught the error and quit."""

from __future__ import annotations

import signal
from typing import Any

import fakeredis
import redis
from rq import Queue

from jobs.worker import UNASKED_QUIT_PAUSE_S, DeliveryWorker, ride_out_redis_outages, wait_for_redis


class FlakyWorker:
    """Stands in for an RQ worker whose job meets a vanished Redis on its first run."""

    runs = 0
    deaths = 0

    def __init__(self) -> None:
        self.name = "w1"

    def work(self, *, burst: bool, with_scheduler: bool, logging_level: str) -> bool:
        FlakyWorker.runs += 1
        if FlakyWorker.runs == 1:
            raise redis.ConnectionError("Connection refused")
        return True

    def register_death(self) -> None:
        FlakyWorker.deaths += 1


def test_a_redis_outage_mid_job_waits_and_works_on() -> None:
    FlakyWorker.runs = FlakyWorker.deaths = 0
    waits: list[str] = []
    assert ride_out_redis_outages(FlakyWorker, lambda: waits.append("waited"), burst=True) is True
    assert FlakyWorker.runs == 2 and waits == ["waited"] and FlakyWorker.deaths == 1


def test_waiting_for_redis_backs_off_until_it_answers() -> None:
    class ComingBack:
        pings = 0

        def ping(self) -> bool:
            ComingBack.pings += 1
            if ComingBack.pings < 4:
                raise redis.ConnectionError("down")
            return True

    slept: list[float] = []
    wait_for_redis(ComingBack(), sleep=slept.append)  # type: ignore[arg-type]
    assert slept == [0.5, 1, 2] and ComingBack.pings == 4


def test_redis_unreachable_at_start_is_waited_out_not_a_traceback() -> None:
    attempts: list[int] = []

    def new_worker() -> FlakyWorker:
        attempts.append(1)
        if len(attempts) == 1:
            raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
        FlakyWorker.runs = 1  # its first run is over: this one works
        return FlakyWorker()

    waits: list[str] = []
    assert ride_out_redis_outages(new_worker, lambda: waits.append("waited"), burst=True) is True
    assert len(attempts) == 2 and waits == ["waited"]


class MaintenanceMeetsAFailover(DeliveryWorker):
    """RQ's own loop, whose first maintenance meets Redis mid-failover (as a worker's clean_registries did in CI):
    RQ logs it and quits. The next worker stops on request once it has looked for work."""

    instances = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        MaintenanceMeetsAFailover.instances += 1
        self.first = MaintenanceMeetsAFailover.instances == 1

    def run_maintenance_tasks(self) -> None:
        if self.first:
            raise redis.ConnectionError("No master found for 'siyu'")
        super().run_maintenance_tasks()

    def check_for_suspension(self, burst: bool) -> None:
        if not self.first:
            self._stop_requested = True  # as WelcomeLane.stop() asks


def test_rq_quitting_on_an_error_it_caught_mid_work_is_not_the_end_of_a_long_lived_worker() -> None:
    connection = fakeredis.FakeRedis()
    MaintenanceMeetsAFailover.instances = 0
    pauses: list[float] = []
    waits: list[str] = []

    def new_worker() -> MaintenanceMeetsAFailover:
        return MaintenanceMeetsAFailover([Queue("welcome", connection=connection)], connection=connection)

    ride_out_redis_outages(new_worker, lambda: waits.append("waited"), burst=False, with_scheduler=False,
                           pause=pauses.append)
    assert MaintenanceMeetsAFailover.instances == 2 and waits == ["waited"] and pauses == [UNASKED_QUIT_PAUSE_S]


def test_a_worker_asked_to_stop_by_a_signal_while_idle_is_not_restarted() -> None:
    connection = fakeredis.FakeRedis()
    started: list[DeliveryWorker] = []

    class StoppedBySigterm(DeliveryWorker):
        def check_for_suspension(self, burst: bool) -> None:
            self.request_stop(signal.SIGTERM, None)  # idle: RQ raises StopRequested, _stop_requested unset

    def new_worker() -> DeliveryWorker:
        started.append(StoppedBySigterm([Queue("welcome", connection=connection)], connection=connection))
        return started[-1]

    previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        ride_out_redis_outages(new_worker, lambda: None, burst=False, with_scheduler=False, pause=lambda s: None)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    assert len(started) == 1
