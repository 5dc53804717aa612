"""siyu worker rides out a Redis outage in the middle of a job instead of exiting (issue 16, item 10)."""

from __future__ import annotations

import redis

from jobs.worker import ride_out_redis_outages, wait_for_redis


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
