"""Times as pages print them: ISO ``datetime`` attributes, "March 3, 2021 at 5:12 pm",
"Monday, January 4, 2021 3:05 PM", "03/04/2021 17:12", or "3 hours ago".

A relative time ("3 hours ago") is relative to when the page was saved, which the page does not
say, so it gives None rather than a guess. Times without an offset are taken as UTC: the page
does not say which zone it printed, and storage is UTC.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

from dateutil import parser as dateparser

_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_AT: Final = re.compile(r"(?i)\s+(?:at|@|um|à|a las|alle)\s+")
_EPOCH: Final = re.compile(r"^\d{10}(?:\d{3})?$")
_MAX_CHARS: Final = 80


def parse_time(value: str | None) -> datetime | None:
    """A timezone-aware datetime from a page's time text or attribute, or None."""
    if not value:
        return None
    text = " ".join(value.split())
    if not text or len(text) > _MAX_CHARS:
        return None
    if _EPOCH.match(text):
        seconds = int(text) / (1000 if len(text) == 13 else 1)
        try:
            return datetime.fromtimestamp(seconds, UTC)
        except (OverflowError, OSError, ValueError):
            return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        parsed = None
    if parsed is None:
        if _YEAR.search(text) is None:
            return None
        text = _AT.sub(" ", text)
        try:
            parsed = dateparser.parse(text, fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
    if parsed is None or not 1990 <= parsed.year <= 2100:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
