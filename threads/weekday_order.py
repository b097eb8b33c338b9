"""A numeric date that reads both ways, settled by the weekday printed before it: Drupal's default
"D, m/d/Y - H:i" keeps the month first on pages whose language writes the day first, its weekday
translated ("Mar, 07/08/2025 - 19:05": martes, Tuesday, so the 8th of July, not the 7th of
August; Armenian "Կիր, 11/05/2023", Sunday the 5th of November).

Split from ``html_time`` as one idea: the weekday as a date's witness. CLDR's weekday names,
through ``month_names``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from threads.month_names import weekday_numbers

_WEEKDAY_NUMERIC: Final = re.compile(r"(?P<weekday>[^\W\d_][^\W\d_.]{0,11})\.?,?\s+(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})\b[\s,-]*")


def settled_by_weekday(text: str) -> str | None:
    """``text`` with its date in ISO order ("2025-07-08 19:05"), where a weekday opens it and fits
    one reading of the numbers, not the other; None where no weekday opens a date in numbers, the
    weekday is no one day's (a word two languages give different days), or both readings or
    neither fit it."""
    found = _WEEKDAY_NUMERIC.match(text)
    if found is None:
        return None
    days = weekday_numbers(found["weekday"].lower())
    a, b, year = int(found["a"]), int(found["b"]), int(found["year"])
    if len(days) != 1 or a > 12 or b > 12 or a == b:
        return None
    fits = []
    for month, day in ((a, b), (b, a)):
        try:
            if date(year, month, day).weekday() in days:
                fits.append((month, day))
        except ValueError:
            continue
    if len(fits) != 1:
        return None
    month, day = fits[0]
    return f"{year:04d}-{month:02d}-{day:02d} {text[found.end():]}".strip()
