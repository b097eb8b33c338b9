"""Celery tasks: thin wrappers that run a declared job inside this worker process's Flask app."""

from __future__ import annotations

import logging
import threading

from flask import Flask

from app.jobs import celery
from app.jobs.schedule import job_named

log = logging.getLogger(__name__)
_app: Flask | None = None
_lock = threading.Lock()


def flask_app() -> Flask:
    """One Flask app per worker process, built on first use (not at import: forked children need
    their own database connections)."""
    global _app
    with _lock:
        if _app is None:
            from app import create_app

            _app = create_app()
        return _app


@celery.task(name="threadwatch.run_job")  # type: ignore[untyped-decorator]
def run_job(name: str) -> object:
    return job_named(name).run(flask_app())


@celery.task(name="threadwatch.score_pending")  # type: ignore[untyped-decorator]
def score_pending() -> int:
    from app.jobs.pipeline import score_pending as run

    return run(flask_app())
