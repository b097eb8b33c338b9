"""Stored report snapshots, the admin-editable report schedule, and the record of each scheduled run."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.extensions import db
from app.models.base import UTCDateTime, utcnow

# Reports over every source are keyed by this instead of NULL, so the unique key also holds for them
# (NULLs never collide in a UNIQUE constraint).
ALL_SOURCES = "all"


class Report(db.Model):  # type: ignore[name-defined,misc]
    """A report is a snapshot: built once per (period, source) and kept, so old periods never drift."""

    __tablename__ = "reports"
    __table_args__ = (
        UniqueConstraint("period_kind", "period_start", "period_end", "source_key"),
        Index("ix_reports_created", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period_kind: Mapped[str] = mapped_column(String(16))
    period_start: Mapped[datetime] = mapped_column(UTCDateTime())
    period_end: Mapped[datetime] = mapped_column(UTCDateTime())
    source_key: Mapped[str] = mapped_column(String(64), default=ALL_SOURCES)
    title: Mapped[str] = mapped_column(String(255))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    html: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReportSchedule(db.Model):  # type: ignore[name-defined,misc]
    """One entry of the declarative list of scheduled reports; admins edit it in the UI."""

    __tablename__ = "report_schedules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    period_kind: Mapped[str] = mapped_column(String(16))
    # Source slugs; empty means one report over all sources.
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    formats: Mapped[list[str]] = mapped_column(JSON, default=list)
    recipients: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ReportRun(db.Model):  # type: ignore[name-defined,misc]
    """One run of a schedule for one period. Unique per period, so a period runs exactly once even when
    cron, the in-process scheduler and Celery beat race each other."""

    __tablename__ = "report_runs"
    __table_args__ = (UniqueConstraint("schedule_id", "period_start", "period_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    schedule_id: Mapped[int] = mapped_column(ForeignKey("report_schedules.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[datetime] = mapped_column(UTCDateTime())
    period_end: Mapped[datetime] = mapped_column(UTCDateTime())
    # ok, failed; "caught_up" marks a run made late for a period whose due time was missed.
    status: Mapped[str] = mapped_column(String(16), default="running")
    caught_up: Mapped[bool] = mapped_column(Boolean, default=False)
    report_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    delivered_to: Mapped[list[str]] = mapped_column(JSON, default=list)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
