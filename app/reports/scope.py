"""What every report query shares: the period/source filter, a portable day bucket, and the clock that
splits each section's time into SQL aggregation and Python work."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, literal_column
from sqlalchemy.orm import Session

from app.models import Article, Comment
from app.reports.periods import Period


@dataclass
class SectionTime:
    total: float = 0.0
    sql: float = 0.0

    @property
    def python(self) -> float:
        return max(self.total - self.sql, 0.0)


@dataclass
class Clock:
    sections: dict[str, SectionTime] = field(default_factory=dict)
    _current: str | None = None

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        self._current = name
        entry = self.sections.setdefault(name, SectionTime())
        began = time.perf_counter()
        try:
            yield
        finally:
            entry.total += time.perf_counter() - began
            self._current = None

    @contextmanager
    def sql(self) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            if self._current is not None:
                self.sections[self._current].sql += time.perf_counter() - began


@dataclass
class Scope:
    session: Session
    source_id: int | None
    clock: Clock

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name

    @property
    def posted(self) -> ColumnElement[datetime]:
        """When a comment was posted; scraped pages carry no timestamps, so then when it was ingested."""
        return func.coalesce(Comment.created_at, Comment.ingested_at)

    def comments_in(self, stmt: Any, period: Period) -> Any:
        """Restrict a statement over `Comment` to the period (by posting time) and the source."""
        stmt = stmt.where(self.posted >= period.start, self.posted < period.end)
        if self.source_id is not None:
            stmt = stmt.join(Article, Article.id == Comment.article_id).where(Article.source_id == self.source_id)
        return stmt

    def day(self, column: Any) -> ColumnElement[str]:
        """The UTC calendar day of a timestamp as 'YYYY-MM-DD', the same string on both backends.

        SQLite stores UTC text ('YYYY-MM-DD HH:MM:SS...'); PostgreSQL stores timestamptz, converted
        to UTC first so the bucket does not depend on the server's time zone.
        """
        if self.dialect == "postgresql":
            return func.to_char(func.timezone(literal_column("'UTC'"), column), "YYYY-MM-DD")
        return func.substr(column, 1, 10)

    def root_key(self) -> ColumnElement[str]:
        """The path segment of a comment's top-level ancestor: comments sharing it form one thread."""
        from app.models.threads import PATH_SEP, PATH_WIDTH

        return func.substr(Comment.path, 1, PATH_WIDTH + len(PATH_SEP))

    def all(self, stmt: Any) -> Sequence[Any]:
        with self.clock.sql():
            return self.session.execute(stmt).all()

    def one(self, stmt: Any) -> Any:
        with self.clock.sql():
            return self.session.execute(stmt).one()


def ratio(part: int | float, whole: int | float) -> float | None:
    return None if not whole else part / whole


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between the closest ranks (numpy's default), None for no values.

    p50 of [1, 2, 3, 10] is 2.5; p95 of the same is 3 + 0.85 * 7 = 8.95.
    """
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def hours(delta_seconds: float) -> float:
    return delta_seconds / 3600.0


def as_utc(value: datetime | str | None) -> datetime | None:
    """Aggregates (min/max) of timestamps come back as text on SQLite; normalise them."""
    from datetime import UTC

    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
