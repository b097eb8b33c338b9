"""Report periods: half-open UTC ranges [start, end), and the previous period of the same length.

Periods are aligned to calendar boundaries in UTC (a week starts on Monday), so the report for
"last week" is the same range whoever asks and whenever, which is what makes snapshots keyable.
A period that has not ended yet ("this week") is cut at the moment it is asked for: a report never
covers time that has not happened, and its comparison period is the same stretch of the one before.
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


def _calendar_end(kind: str, start: datetime) -> datetime | None:
    """Where the calendar day/week/month starting at `start` ends; None for custom ranges."""
    if kind == "day":
        return start + timedelta(days=1)
    if kind == "week":
        return start + timedelta(days=7)
    if kind == "month":
        return _midnight(_add_months(start.date(), 1))
    return None


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

    @property
    def partial(self) -> bool:
        """A calendar period cut short because it had not ended when asked for ("this week so far")."""
        full = _calendar_end(self.kind, self.start)
        return full is not None and self.end < full

    def previous(self) -> Period:
        """The period just before, of the same length (a calendar month for months, so Feb follows Jan).

        For a partial period, the same stretch of the calendar period before: Monday to Saturday noon
        compares with the previous Monday to Saturday noon, not with a week's worth of other days.
        """
        if self.kind == "month":
            start = _midnight(_add_months(self.start.date(), -1))
            return Period("month", start, min(start + self.length, self.start))
        full = _calendar_end(self.kind, self.start)
        if full is not None:
            start = self.start - (full - self.start)
            return Period(self.kind, start, start + self.length)
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
        if self.partial:
            return f"{self.start.date().isoformat()} – {self.end:%Y-%m-%d %H:%M} UTC"
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

    `--end DATE` names a day in the period (as people say "the week ending Sunday"); with only a
    kind, the latest complete period is used. Both dates given make a custom range, inclusive.
    A period that reaches past `now` (the current week, a range ending today) ends at `now`.
    """
    now = now or datetime.now(UTC)
    if start is not None and end is not None:
        period = Period("custom", _midnight(start), _midnight(end + timedelta(days=1)))
    elif kind == "custom":
        raise ValueError("a custom period needs both --start and --end")
    elif start is not None:
        period = period_containing(kind, _midnight(start))
    elif end is not None:
        period = period_containing(kind, _midnight(end))
    else:
        return last_complete(kind, now)
    return up_to(period, now)


def up_to(period: Period, now: datetime) -> Period:
    """`period`, ended at `now` if it has not ended yet; a period that starts after `now` is refused."""
    if period.end <= now:
        return period
    if period.start >= now:
        raise ValueError(f"the period {period.label} has not started yet (it is {now:%Y-%m-%d %H:%M} UTC)")
    return Period(period.kind, period.start, now)
