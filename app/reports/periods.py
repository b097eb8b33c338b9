"""Report periods: half-open UTC ranges [start, end), and the previous period of the same length.

Periods are aligned to calendar boundaries in UTC (a week starts on Monday), so the report for
"last week" is the same range whoever asks and whenever, which is what makes snapshots keyable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

PERIOD_KINDS = ("day", "week", "month", "custom")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + (day.month - 1) + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class Period:
    kind: str
    start: datetime
    end: datetime  # exclusive

    def __post_init__(self) -> None:
        if self.kind not in PERIOD_KINDS:
            raise ValueError(f"period kind must be one of {PERIOD_KINDS}, got {self.kind!r}")
        if self.end <= self.start:
            raise ValueError("a period must end after it starts")

    @property
    def length(self) -> timedelta:
        return self.end - self.start

    def previous(self) -> Period:
        """The period just before, of the same length (a calendar month for months, so Feb follows Jan)."""
        if self.kind == "month":
            start = _midnight(_add_months(self.start.date(), -1))
            return Period("month", start, self.start)
        return Period(self.kind, self.start - self.length, self.start)

    def next(self) -> Period:
        if self.kind == "month":
            return Period("month", self.end, _midnight(_add_months(self.end.date(), 1)))
        return Period(self.kind, self.end, self.end + self.length)

    def days(self) -> list[date]:
        """Every UTC day the period touches, for the daily series (a day may be partial in custom ranges)."""
        out: list[date] = []
        day = self.start.date()
        while _midnight(day) < self.end:
            out.append(day)
            day += timedelta(days=1)
        return out

    @property
    def label(self) -> str:
        last = (self.end - timedelta(microseconds=1)).date()
        if self.kind == "day":
            return self.start.date().isoformat()
        if self.kind == "month":
            return self.start.strftime("%B %Y")
        return f"{self.start.date().isoformat()} – {last.isoformat()}"


def period_containing(kind: str, moment: datetime) -> Period:
    """The calendar day/week/month that contains `moment` (UTC)."""
    moment = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    day = moment.date()
    if kind == "day":
        start = day
        return Period("day", _midnight(start), _midnight(start + timedelta(days=1)))
    if kind == "week":
        start = day - timedelta(days=day.weekday())
        return Period("week", _midnight(start), _midnight(start + timedelta(days=7)))
    if kind == "month":
        start = day.replace(day=1)
        return Period("month", _midnight(start), _midnight(_add_months(start, 1)))
    raise ValueError(f"no calendar period of kind {kind!r}")


def last_complete(kind: str, now: datetime) -> Period:
    """The latest period of this kind that has fully ended by `now`: what a scheduled run reports on."""
    return period_containing(kind, now).previous()


def resolve_period(kind: str, *, start: date | None = None, end: date | None = None,
                   now: datetime | None = None) -> Period:
    """Turn CLI/UI input into a period.

    `--end DATE` names the last day included (as people say "the week ending Sunday"); with only a
    kind, the latest complete period is used. Both dates given make a custom range, inclusive.
    """
    now = now or datetime.now(UTC)
    if start is not None and end is not None:
        return Period("custom", _midnight(start), _midnight(end + timedelta(days=1)))
    if kind == "custom":
        raise ValueError("a custom period needs both --start and --end")
    if start is not None:
        return period_containing(kind, _midnight(start))
    if end is not None:
        return period_containing(kind, _midnight(end))
    return last_complete(kind, now)
