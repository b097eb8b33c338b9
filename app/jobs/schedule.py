"""Every periodic job, declared once (Redash style) and run by either the in-process scheduler or
Celery beat. A job's `target` is "module:function" taking the Flask app; both runners call it.

To add a job, append one PeriodicJob here. Give either `every` (a timedelta) or `crontab`
("minute hour day-of-month month day-of-week", evaluated in UTC).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from importlib import import_module
from typing import Any

from flask import Flask


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    target: str
    every: timedelta | None = None
    crontab: str | None = None

    def __post_init__(self) -> None:
        if (self.every is None) == (self.crontab is None):
            raise ValueError(f"job {self.name!r}: give exactly one of every= or crontab=")

    def celery_schedule(self) -> Any:
        from celery.schedules import crontab, schedule

        if self.every is not None:
            return schedule(self.every)
        minute, hour, day_of_month, month, day_of_week = (self.crontab or "").split()
        return crontab(minute=minute, hour=hour, day_of_month=day_of_month, month_of_year=month,
                       day_of_week=day_of_week)

    def run(self, app: Flask) -> object:
        module, _, func = self.target.partition(":")
        return getattr(import_module(module), func)(app)


JOBS: list[PeriodicJob] = [
    PeriodicJob(name="score-pending", target="app.jobs.pipeline:score_pending", every=timedelta(seconds=5)),
    PeriodicJob(name="callbacks-send-due", target="app.jobs.pipeline:send_callbacks", every=timedelta(seconds=15)),
    # periodic jobs: add one PeriodicJob per feature below this marker
    PeriodicJob(name="dsa-statements-and-mail", target="app.dsa.jobs:run_job", every=timedelta(minutes=1)),
    PeriodicJob(name="reports-run-due", target="app.reports.schedule:run_due_job",
                every=timedelta(minutes=15)),
    PeriodicJob(name="webhook-rejections-prune", target="app.webhooks.rejections:prune_job",
                crontab="17 3 * * *"),
    PeriodicJob(name="perspective-analyses-prune", target="app.services.perspective:prune_job",
                crontab="29 3 * * *"),
]


def job_named(name: str) -> PeriodicJob:
    for job in JOBS:
        if job.name == name:
            return job
    raise KeyError(f"no periodic job named {name!r}")
