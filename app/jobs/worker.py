"""The in-process worker: a daemon thread in the web process that runs the periodic jobs from
`schedule.py`, so a single machine needs nothing but the app (no Redis, no Celery).

It starts on the first request rather than in `create_app`, so `flask db upgrade` and other CLI
commands never start it, and tests only get it when they ask for it.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

from flask import Flask

from app.jobs.schedule import JOBS, PeriodicJob

log = logging.getLogger(__name__)
EXTENSION_KEY = "threadwatch_inprocess_worker"


class InProcessWorker(threading.Thread):
    def __init__(self, app: Flask, jobs: list[PeriodicJob] | None = None, *, poll_seconds: float = 1.0) -> None:
        super().__init__(name="threadwatch-worker", daemon=True)
        self.app = app
        self.jobs = list(JOBS if jobs is None else jobs)
        self.poll_seconds = poll_seconds
        self.stopping = threading.Event()
        self.last_run: dict[str, datetime] = {}

    def due(self, job: PeriodicJob, now: datetime) -> bool:
        last = self.last_run.get(job.name)
        if last is None:
            return True
        if job.every is not None:
            return now - last >= job.every
        is_due, _next = job.celery_schedule().is_due(last)
        return bool(is_due)

    def run_due(self) -> None:
        now = datetime.now(UTC)
        for job in self.jobs:
            if self.stopping.is_set() or not self.due(job, now):
                continue
            self.last_run[job.name] = now
            try:
                job.run(self.app)
            except Exception:  # noqa: BLE001 - one failing job must not stop the others
                log.exception("periodic job %s failed", job.name)

    def run(self) -> None:
        log.info("in-process worker started with jobs: %s", ", ".join(j.name for j in self.jobs))
        while not self.stopping.is_set():
            self.run_due()
            self.stopping.wait(self.poll_seconds)

    def stop(self, timeout: float = 10.0) -> None:
        self.stopping.set()
        self.join(timeout)


def install(app: Flask) -> None:
    """Start the worker on the first request when THREADWATCH_INPROCESS_WORKER=1 (not under TESTING
    unless INPROCESS_WORKER_IN_TESTS is set)."""
    if not app.config.get("INPROCESS_WORKER"):
        return
    if app.testing and not app.config.get("INPROCESS_WORKER_IN_TESTS"):
        return
    lock = threading.Lock()

    @app.before_request
    def _start_worker() -> None:
        if EXTENSION_KEY in app.extensions:
            return
        with lock:
            if EXTENSION_KEY not in app.extensions:
                worker = InProcessWorker(app, poll_seconds=float(app.config.get("WORKER_POLL_SECONDS", 2)))
                app.extensions[EXTENSION_KEY] = worker
                worker.start()


