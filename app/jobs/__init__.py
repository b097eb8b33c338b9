"""Background jobs. `celery -A app.jobs worker` (and `celery -A app.jobs beat`) run the same job
functions that the in-process worker runs on a single machine; see docs/scale-out.md."""

from __future__ import annotations

import os

from celery import Celery

from app.jobs.schedule import JOBS


def make_celery() -> Celery:
    broker = os.environ.get("THREADWATCH_CELERY_BROKER_URL") or "redis://127.0.0.1:6379/0"
    celery_app = Celery("threadwatch", broker=broker, include=["app.jobs.tasks"])
    celery_app.conf.update(
        task_acks_late=True,  # a worker killed mid-task leaves the message for another worker
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_ignore_result=True,
        broker_connection_retry_on_startup=True,
        timezone="UTC",
        beat_schedule={
            job.name: {"task": "threadwatch.run_job", "schedule": job.celery_schedule(), "args": [job.name]}
            for job in JOBS
        },
    )
    return celery_app


celery = make_celery()
