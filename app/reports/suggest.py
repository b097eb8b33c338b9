"""The build command the Reports page offers: one that covers the newest comments, said in words.

Without `--end`, `flask reports build` reports on the last complete week, which is empty on a fresh
install (the samples were ingested today) and after a quiet week; so the page names the week that
holds the newest comment instead, and says what that command builds and how much it covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Comment
from app.reports.periods import Period, last_complete, resolve_period
from app.reports.scope import Clock, Scope

COMMAND = ".venv/bin/flask reports build --period week"


@dataclass(frozen=True, slots=True)
class BuildSuggestion:
    command: str
    period: Period
    comments: int  # comments posted in the period, as the report counts them


def suggest_build(session: Session, now: datetime) -> BuildSuggestion | None:
    """The command for the week holding the newest comment; None when there are no comments at all."""
    scope = Scope(session=session, source_id=None, clock=Clock())
    posted = scope.posted  # the report's own "posted": scraped comments count from ingestion
    newest = session.scalar(select(func.max(posted)).where(posted <= now))
    if newest is None:
        return None
    if isinstance(newest, str):  # SQLite hands back coalesce() of timestamps as text
        newest = datetime.fromisoformat(newest)
    day = newest.date()
    last = last_complete("week", now)
    if last.start.date() <= day < last.end.date():
        command, period = COMMAND, last
    else:
        command, period = f"{COMMAND} --end {day.isoformat()}", resolve_period("week", end=day, now=now)
    count = scope.one(scope.comments_in(select(func.count(Comment.id)).select_from(Comment), period))[0]
    return BuildSuggestion(command=command, period=period, comments=int(count))
