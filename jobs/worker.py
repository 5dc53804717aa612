"""Worker setup: RQ workers drain `welcome`, `high`, then `default`, then `bulk`, with RQ's own scheduler; beside
them, on threads of the same process, the welcome lane takes only `welcome`."""

from __future__ import annotations

import contextlib
import inspect
import itertools
import logging
import os
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import redis
from rq import Queue, SimpleWorker, Worker, worker_registration
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.queue import DequeueTimeout
from rq.timeouts import TimerDeathPenalty
from rq.worker import BaseWorker, WorkerStatus

from bot.outbound import Queue as QueueName
from bot.settings import DeliveryTuning

# `welcome` first: a worker that is free takes a welcome before anything else. The lane (WelcomeLane) takes it
# even while every worker is busy with other jobs.
QUEUE_ORDER = (QueueName.WELCOME, QueueName.HIGH, QueueName.DEFAULT, QueueName.BULK)
LANE_POLL_S = 2  # an idle lane thread looks for a stop request this often (one Redis heartbeat each time)
LANE_STOP_GRACE_S = 10.0  # how long a stopping `siyu worker` waits for welcomes in progress on its lane
STUCK_EXIT_CODE = 70  # a job ran past its timeout + 60 s and could not be interrupted: the process ends

log = logging.getLogger(__name__)


def queues(redis_client: redis.Redis, queue_class: type[Queue] | None = None) -> list[Queue]:
    return [(queue_class or HandedOverQueue)(str(name), connection=redis_client) for name in QUEUE_ORDER]


BLOCK_S = 0.25  # an idle worker blocks on the first queue this long between looks at every queue (a queued
# reply waits at most this long for an idle worker; four cheap LMOVEs a look)
STRANDED_AFTER_S = 15  # a job handed over this long ago and still not started has lost its worker


class HandedOverQueue(Queue):
    """Dequeues by moving the job id into the queue's intermediate list (RQ's own key), never by popping it.

    RQ pops with BLPOP when a worker listens on several queues, as ours does: a worker that loses Redis
    between the pop and marking the job started (Redis killed after it ran the pop, the reply lost) leaves
    a job that is in no queue and no registry, and it is never run (issue 16: a welcome lost to a Redis
    SIGKILL). Moved instead, the job id sits in `rq:queue:<name>:intermediate` until the worker marks it
    started, in the same transaction as it leaves that list (DeliveryWorker.prepare_job_execution); one
    left there is put back by requeue_stranded. The queues are read in priority order each time; only the
    first (`welcome`) can be blocked on (BLMOVE takes one list), so an idle worker sees `high`, `default`
    and `bulk` work within BLOCK_S.
    """

    @classmethod
    def dequeue_any(cls, queues: Any, timeout: int | None, connection: redis.Redis, job_class: Any = None,
                    serializer: Any = None, death_penalty_class: Any = None) -> tuple[Job, Queue] | None:
        ordered = list(queues)
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            for queue in ordered:
                found = cls._handed_over(queue, connection.lmove(queue.key, queue.intermediate_queue_key))
                if found is not None:
                    return found
            if deadline is None:
                return None
            left = deadline - time.monotonic()
            if left <= 0:
                raise DequeueTimeout(timeout, [q.key for q in ordered])
            first = ordered[0]
            found = cls._handed_over(first, connection.blmove(first.key, first.intermediate_queue_key,
                                                              min(BLOCK_S, left)))
            if found is not None:
                return found

    @staticmethod
    def _handed_over(queue: Queue, job_id: bytes | None) -> tuple[Job, Queue] | None:
        if job_id is None:
            return None
        try:
            job = queue.job_class.fetch(job_id.decode(), connection=queue.connection, serializer=queue.serializer)
            return job, queue
        except NoSuchJobError:  # expired or deleted meanwhile: nothing to run
            queue.connection.lrem(queue.intermediate_queue_key, 1, job_id)
            return None


def requeue_stranded(queue: Queue, *, older_than_s: float = STRANDED_AFTER_S) -> list[str]:
    """Put back on `queue` the jobs handed over to a worker that never started them (its Redis went away,
    or it died, in between). A job seen there for the first time is only noted (RQ's own first-seen key):
    a live worker starts what it took within milliseconds. Returns the job ids put back."""
    intermediate = queue.intermediate_queue
    started = set(queue.started_job_registry.get_job_ids())
    moved = []
    for job_id in intermediate.get_job_ids():
        if job_id in started:
            continue
        first_seen = intermediate.get_first_seen(job_id)
        if first_seen is None:
            intermediate.set_first_seen(job_id)
            continue
        if (datetime.now(UTC) - first_seen).total_seconds() < older_than_s:
            continue
        with queue.connection.pipeline() as pipe:  # MULTI: in one list or the other, never neither
            pipe.lrem(intermediate.key, 1, job_id)
            pipe.rpush(queue.key, job_id)
            pipe.delete(intermediate.get_first_seen_key(job_id))
            pipe.execute()
        log.warning("job %s was taken from %s by a worker that never started it: put back on the queue",
                    job_id, queue.name)
        moved.append(job_id)
    return moved


RQ_HEARTBEAT_GRACE_S = 60  # what RQ adds to a running job's heartbeat interval (BaseWorker.get_heartbeat_ttl)


class _HeartbeatGrace:
    """A running job's heartbeat TTL with the grace set by SIYU_WORKER_HEARTBEAT_GRACE_S (mixed into the worker
    classes): min(job timeout, monitoring interval) + grace, where RQ always adds 60 s.

    The grace is how long a job's worker may be silent before RQ takes the job for abandoned and runs it again, so
    it bounds how soon a killed worker's job is recovered, and it must outlast the longest Redis pause or CPU stall
    a live worker should ride out without its job being run a second time beside it. RQ's 60 s stays the default.
    """

    heartbeat_grace_s: int = RQ_HEARTBEAT_GRACE_S

    def get_heartbeat_ttl(self, job: Job) -> int:
        # the forking Worker's rule for both classes (SimpleWorker's own is the job timeout + 60 s)
        rq_ttl = BaseWorker.get_heartbeat_ttl(self, job)  # type: ignore[arg-type]
        return rq_ttl - RQ_HEARTBEAT_GRACE_S + self.heartbeat_grace_s


class _HandOver:
    """What both worker classes need to dequeue with HandedOverQueue (mixed into them)."""

    queues: list[Queue]
    connection: redis.Redis

    def prepare_job_execution(self, job: Job, remove_from_intermediate_queue: bool = False) -> None:
        # always: every job came through the intermediate list (RQ only assumes so with one queue)
        super().prepare_job_execution(job, remove_from_intermediate_queue=True)  # type: ignore[misc]

    def run_maintenance_tasks(self) -> None:
        for queue in self.queues:
            requeue_stranded(queue)
        super().run_maintenance_tasks()  # type: ignore[misc]


class _PromptUnsubscribe:
    """RQ's unsubscribe with the pubsub thread's stop bounded (mixed into both worker classes).

    RQ runs the worker's pubsub thread with sleep_time=60, and on teardown unsubscribes, then calls
    `pubsub_thread.stop()` and `join(timeout=1)`. Since redis-py 8.2 `stop()` itself joins the thread, with no
    bound, and a thread that has read the UNSUBSCRIBE reply waits up to its sleep_time for a subscription that
    never comes: every worker's end (SIGTERM under a supervisor, a burst run) could take a minute. So the thread's
    running flag (redis-py's `_running` Event, the one stop() clears, in every version since 3) is cleared before
    the UNSUBSCRIBE: the thread, blocked reading the socket, wakes on the reply and ends. The join stays bounded
    as RQ meant it (1 s): the thread is a daemon that closes its own pubsub when it wakes.
    """

    pubsub: Any
    pubsub_thread: Any
    pubsub_channel_name: str
    name: str
    log: logging.Logger

    def unsubscribe(self) -> None:
        if not self.pubsub_thread:
            return
        self.log.info("Worker %s: unsubscribing from channel %s", self.name, self.pubsub_channel_name)
        running = getattr(self.pubsub_thread, "_running", None)
        if running is not None:
            running.clear()
        self.pubsub.unsubscribe()
        stop = self.pubsub_thread.stop
        if "timeout" in inspect.signature(stop).parameters:  # redis-py >= 8.2: stop() joins
            stop(timeout=1)
        else:
            stop()
            self.pubsub_thread.join(timeout=1)
        self.pubsub.close()


class DeliveryWorker(_HeartbeatGrace, _PromptUnsubscribe, _HandOver, SimpleWorker):
    """What `siyu worker` runs: each job in this process, on a long-lived interpreter (no fork per job).

    RQ's forking Worker forks a work horse per job: measured ~40 ms of CPU per job on the 2-core VM, plus
    fresh Redis and HTTP connections in every horse (bench/README.md), so a delivery job paid more for its
    fork than for sending 50 messages. Here the job runs in the worker and keeps its connections and
    token from one job to the next. What changes, and what does not:

    - A job whose worker dies (SIGKILL, OOM, a crash in C code) is recovered exactly as with the forking
      Worker: this class heartbeats from a thread every job_monitoring_interval with the forking Worker's
      TTL (min(job timeout, monitoring interval) + the grace, 60 s as RQ's), so RQ finds the abandoned job as
      soon; the ledger hands the re-run the dead execution's claims (bot/store/ledger.py ClaimHolder).
    - A job that crashes the interpreter now takes the worker down with it, instead of only its horse:
      the process manager (Procfile, systemd) starts it again, and the job is recovered as above. Delivery
      jobs run our own code on plain data; none is known to crash the interpreter.
    - Job timeouts still come from RQ's SIGALRM death penalty, raised in this (the main) thread; the job's
      send threads then stop taking new deliveries (jobs/pacing.py) and end their current call (bounded by
      the HTTP timeout). A job still running 60 s past its timeout (stuck where the signal cannot reach) is
      what the forking Worker kills its horse for: here the heartbeat thread ends the process
      (STUCK_EXIT_CODE) and the job is recovered as after any crash.
    - State a job leaves in the process (module globals, caches) is seen by the next job. Jobs keep
      only what is meant to be shared, in one place (jobs/context.py): services, connections, the token copy (30 s).
    - RQ's stop-job command cannot kill a job that runs in the worker itself (there is no horse).
    """

    def execute_job(self, job: Job, queue: Queue) -> None:
        self.prepare_execution(job)
        self._beat = _Heartbeat(self, job)
        self._beat.start()
        try:
            self.perform_job(job, queue)
        finally:
            self._beat.stop()
        self.set_state(WorkerStatus.IDLE)

    def handle_execution_ended(self, job: Job, queue: Queue, heartbeat_ttl: int) -> None:
        beat = getattr(self, "_beat", None)
        if beat is not None:
            beat.stop()  # before RQ cleans the execution up: a late beat must not put it back
        super().handle_execution_ended(job, queue, heartbeat_ttl)


class ForkingDeliveryWorker(_HeartbeatGrace, _PromptUnsubscribe, _HandOver, Worker):
    """RQ's forking Worker (a work horse per job), dequeuing as DeliveryWorker does."""


class _Heartbeat:
    """Beats for the job in progress every job_monitoring_interval, as the forking Worker's monitor does."""

    def __init__(self, worker: DeliveryWorker, job: Job) -> None:
        self.worker = worker
        self.job = job
        self.started = time.monotonic()
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=f"heartbeat-{job.id}", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        with self._lock:  # waits for a beat in progress
            self._stopped.set()

    def _run(self) -> None:
        interval = self.worker.job_monitoring_interval
        while not self._stopped.wait(interval):
            working_s = time.monotonic() - self.started
            timeout = self.job.timeout or self.worker.queue_class.DEFAULT_TIMEOUT  # as perform_job reads it
            if timeout != -1 and working_s > timeout + 60:
                log.critical("job %s still running %.0f s after its %s s timeout: ending the worker so RQ "
                             "recovers it", self.job.id, working_s - timeout, timeout)
                os._exit(STUCK_EXIT_CODE)
            with self._lock:
                if self._stopped.is_set():
                    return
                try:
                    self.worker.set_current_job_working_time(working_s)
                    self.worker.maintain_heartbeats(self.job)
                except redis.RedisError as exc:  # Redis away for a moment: the next beat tries again
                    log.warning("heartbeat for job %s failed: %s", self.job.id, exc)


class LaneWorker(DeliveryWorker):
    """A DeliveryWorker on a thread of `siyu worker` (the welcome lane), beside the main one.

    Signals reach only the main thread, so this one installs no handlers: it stops when WelcomeLane.stop()
    asks, seen between jobs and at least every LANE_POLL_S while idle. A job's timeout is raised by a timer
    thread (RQ's TimerDeathPenalty), as SIGALRM can interrupt only the main thread.
    """

    death_penalty_class = TimerDeathPenalty

    def _install_signal_handlers(self) -> None:
        """The main thread's worker has the signals; WelcomeLane.stop() relays them."""

    def dequeue_job_and_maintain_ttl(self, timeout: int | None,
                                     max_idle_time: int | None = None) -> tuple[Job, Queue] | None:
        """RQ's dequeue in LANE_POLL_S waits, so a stop request is seen while idle; None when stopped."""
        while not self._stop_requested:
            result = super().dequeue_job_and_maintain_ttl(LANE_POLL_S, max_idle_time=LANE_POLL_S)
            if result is not None:
                return result
        return None


class WelcomeLane:
    """Threads of `siyu worker` that take only welcome jobs (issue 16, item 4).

    On `high`, behind replies whose WeChat calls were timing out (5 s each, then retried), welcomes were first
    tried 44 s after their callback and 75 of 100 codes had expired (a WelcomeCode lives ~20 s). A lane thread
    runs no other job, and each welcome job carries one welcome (bot/queueing.py), so a welcome waits only
    for another welcome, and a slow one holds only its own thread. Each is a full RQ worker (registered,
    heartbeating, its job recovered like any other when the process dies); the jobs share the process's
    JobServices (jobs/context.py), whose gateway and stores are safe across threads.
    """

    def __init__(self, redis_client: redis.Redis, *, threads: int, name: str | None,
                 tuning: DeliveryTuning) -> None:
        self.redis = redis_client
        self.tuning = tuning
        self.names = [f"{name}.welcome{i}" if name else None for i in range(threads)]
        self.workers: list[LaneWorker] = []
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self._stopping = False

    def start(self) -> WelcomeLane:
        for index, name in enumerate(self.names):
            thread = threading.Thread(target=self._run, args=(name,), name=f"welcome-lane-{index}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _new_worker(self, name: str | None) -> LaneWorker:
        tuning = self.tuning
        # handed over, never popped: a welcome taken just before Redis died is requeued, not lost (HandedOverQueue)
        worker = LaneWorker([HandedOverQueue(str(QueueName.WELCOME), connection=self.redis)], connection=self.redis,
                            name=name, queue_class=HandedOverQueue, maintenance_interval=tuning.worker_maintenance_s,
                            job_monitoring_interval=tuning.worker_job_monitoring_s, worker_ttl=tuning.worker_ttl_s)
        worker.heartbeat_grace_s = tuning.worker_heartbeat_grace_s
        clear_dead_namesake(worker)
        with self._lock:
            self.workers.append(worker)
            worker._stop_requested = self._stopping
        return worker

    def _run(self, name: str | None) -> None:
        try:
            ride_out_redis_outages(lambda: self._new_worker(name), lambda: wait_for_redis(self.redis), burst=False,
                                   with_scheduler=False)
        except Exception:  # the main worker goes on; welcomes still reach it through `welcome` (QUEUE_ORDER)
            log.exception("welcome lane %s stopped", name or "")

    def stop(self, grace_s: float = LANE_STOP_GRACE_S) -> None:
        """Ask every lane thread to stop and wait up to `grace_s` for the welcomes in progress. A thread still
        sending then ends with the process: its job is recovered as a dead worker's is."""
        with self._lock:
            self._stopping = True
            for worker in self.workers:
                worker._stop_requested = True
        deadline = time.monotonic() + grace_s
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))


def preload(redis_client: redis.Redis | None = None) -> None:
    """Import the job code and build the process's JobServices (jobs/context.py) once, before the first job.

    Otherwise the first job imports wechatpy, requests and the channels and reads the settings
    (~0.4 s); with `fork=True` every horse would, which put welcomes seconds behind at 10 callbacks a
    second. Safe to fork after: redis-py reconnects in a child (it checks the pid), the gateway's HTTP
    connections are dropped in a child (bot/gateway/http.py), and none is open yet anyway. Given the worker's
    `redis_client`, the services are built on it (unless some were installed).
    """
    from bot.channels.readiness import log_gaps
    from jobs import context, deliver, kf  # noqa: F401 (imported before the first job)

    services = context.services() if redis_client is None else context.services_on(redis_client)
    log_gaps(services.routes.settings)


def run_worker(redis_client: redis.Redis, *, burst: bool = False, name: str | None = None,
               in_process: bool = False, fork: bool = False, tuning: DeliveryTuning | None = None) -> bool:
    """Work until stopped (or until the queues are empty with `burst`).

    Jobs run in this process (DeliveryWorker's docstring has the trade-offs); `fork=True` uses RQ's
    forking Worker instead (a horse per job). `in_process` is the embedded demo and tests: their services
    are installed (jobs.context.install) on an in-process fakeredis, so nothing is preloaded. `tuning`
    (Settings.delivery) sets how soon a job whose worker died is noticed and re-run (DeliveryTuning's
    docstring has the arithmetic).
    """
    tuning = tuning or DeliveryTuning()
    if not in_process:
        preload(redis_client)  # before the lane threads start: they share what it builds, on this client
    worker_class = ForkingDeliveryWorker if fork and not in_process else DeliveryWorker
    # the embedded demo's fakeredis has no outage to survive, and its blocking BLMOVE does not wake for a stop
    queue_class = Queue if in_process else HandedOverQueue

    def new_worker() -> BaseWorker:
        worker = worker_class(queues(redis_client, queue_class), connection=redis_client, name=name,
                              queue_class=queue_class,
                              maintenance_interval=tuning.worker_maintenance_s,
                              job_monitoring_interval=tuning.worker_job_monitoring_s, worker_ttl=tuning.worker_ttl_s)
        worker.heartbeat_grace_s = tuning.worker_heartbeat_grace_s
        clear_dead_namesake(worker)
        return worker

    # The lane runs beside a long-lived worker; a burst run (tests, one-off drains) and the embedded demo have
    # none: their worker takes `welcome` first anyway.
    lanes = tuning.welcome_lanes if not burst and not in_process else 0
    lane = WelcomeLane(redis_client, threads=lanes, name=name, tuning=tuning).start() if lanes else None
    try:
        # The embedded demo's scheduled jobs are moved by its cron thread (jobs/cron.run_cron_thread): RQ's
        # scheduler process would be a fork holding a copy of the in-process fakeredis. A burst run schedules
        # in-process anyway (RQ forks no scheduler for it).
        with_scheduler = burst or not in_process
        return ride_out_redis_outages(new_worker, lambda: wait_for_redis(redis_client), burst=burst,
                                      with_scheduler=with_scheduler)
    finally:
        if lane is not None:
            lane.stop()


REDIS_WAIT_S = (0.5, 1, 2, 5, 10)  # between pings while Redis is away; the last repeats


def ride_out_redis_outages(new_worker: Callable[[], BaseWorker], wait: Callable[[], None], *,
                           burst: bool, with_scheduler: bool = True,
                           pause: Callable[[float], None] = time.sleep) -> bool:
    """Work; when Redis goes away mid-job (RQ's own loop only survives it between jobs), wait for it and
    start a fresh worker instead of exiting, which under a supervisor running web and worker together
    stopped the web too (issue 16, item 10). The interrupted job is re-run by RQ's abandoned-job
    handling, and the delivery ledger keeps what it already sent from being sent twice."""
    while True:
        worker: BaseWorker | None = None
        try:
            worker = new_worker()  # reads Redis too: unreachable at start is waited out the same way
            worked = worker.work(burst=burst, with_scheduler=with_scheduler, logging_level="WARNING")
        except redis.ConnectionError as exc:
            log.error("worker: Redis (SIYU_REDIS_URL) is unreachable (%s); waiting for it, then working on", exc)
            wait()
            if worker is not None:
                with contextlib.suppress(redis.RedisError):
                    worker.register_death()  # this process's own stale registration: free the name
            continue
        if burst or asked_to_stop(worker):
            return worked
        # RQ's loop catches whatever a job's bookkeeping, its maintenance or a heartbeat raises (Redis gone
        # while it marked a job finished, say) and quits, having logged it: the process then ended with 0 in the
        # middle of a Redis failover, its queues unworked. Nobody asked this one to stop: it works on.
        log.error("worker %s: RQ's loop quit on an error it logged above, unasked; waiting for Redis, then working "
                  "on", worker.name)
        pause(UNASKED_QUIT_PAUSE_S)  # an error that recurs at once is retried at this pace, not in a hot loop
        wait()


UNASKED_QUIT_PAUSE_S = 1.0


def asked_to_stop(worker: BaseWorker) -> bool:
    """Whether the worker ended because it was told to: a signal (RQ's request_stop notes when, busy or idle)
    or a stop request set on it (WelcomeLane.stop)."""
    return bool(getattr(worker, "_stop_requested", False) or getattr(worker, "_shutdown_requested_date", None))


def wait_for_redis(redis_client: redis.Redis, *, sleep: Callable[[float], None] = time.sleep) -> None:
    """Ping until Redis answers, backing off (REDIS_WAIT_S)."""
    for attempt in itertools.count():
        try:
            redis_client.ping()
            return
        except redis.RedisError:
            sleep(REDIS_WAIT_S[min(attempt, len(REDIS_WAIT_S) - 1)])


def clear_dead_namesake(worker: BaseWorker) -> bool:
    """Forget a registration of this worker's name left by a process of this host that is gone.

    A worker killed (or whose Redis vanished) never registers its death, and RQ refuses a new worker of
    the same name until the old registration expires (worker_ttl + 60 s): a supervisor restarting
    `siyu worker --name X` failed each time meanwhile (issue 16, item 10). Only a registration from this
    host whose pid is not running is cleared; a live namesake, or one on another host, is left to RQ.
    """
    connection = worker.connection
    fields = connection.hmget(worker.key, ["hostname", "pid", "death"])
    hostname, pid, death = (value.decode() if isinstance(value, bytes) else value for value in fields)
    if hostname is None or death is not None or hostname != worker.hostname or not (pid or "").isdigit():
        return False
    if int(pid) == os.getpid() or _running(int(pid)):
        return False
    log.warning("worker %s: clearing the registration left by pid %s, which is not running", worker.name, pid)
    with connection.pipeline() as pipe:
        worker_registration.unregister(worker, pipe)  # RQ's own: the workers sets, per queue too
        pipe.delete(worker.key)
        pipe.execute()
    return True


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True
