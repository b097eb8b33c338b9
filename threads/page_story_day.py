"""The story's day in a text dump, so that comment stamps printed without a year can be read.

Portals print a comment's time as "26 жовтня о 18:47", "4 mars à 18h42" or "March 4 at 3:12 pm":
the year is the story's. The HTML reader takes it from the article's published time; a text dump
has none marked, but prints the story's date (or the day's, in the masthead) with its year near
the top: the first such date among the page's first lines is the year's source
(``page_dates``'s ``story``). A date there without a year (a sidebar's "4 жовтня") is no source:
only a span holding a year is read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final

from threads.html_time_search import time_in_text

# How far down the page the story's date is looked for (the masthead, the headline, the byline).
_TOP_LINES: Final = 40
_MAX_LINE_CHARS: Final = 160
# A four-digit year (the cheap test before a line is searched).
_YEAR: Final = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def story_day(lines: Sequence[str]) -> date | None:
    """The day of the first date with a year in the page's first lines, or None."""
    for line in lines[:_TOP_LINES]:
        if len(line) > _MAX_LINE_CHARS or _YEAR.search(line) is None:
            continue
        found = time_in_text(line.strip())
        if found is not None:
            return found.date()
    return None
