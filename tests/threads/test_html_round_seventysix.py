"""What the seventy-sixth blind round (sets 336-339, 237/239 parents blind) showed the HTML reader:
a note naming a zone pair with its place in the bracket, another sentence after it ("All times are
Australian Eastern Time (AEST/AEDT, Melbourne). © 2026 …"); Hindi's "दोपहर ११:१०" (the afternoon's
word, from ten) read by CLDR's hours for the part of the day.
Left: set 336's Ghost comments under archive.today (four authors, a parent; mended before round 77)
and set 338's Cackle under archive.today (a Kazakh guest's header line in the text, a removed comment;
both mended before round 77)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.calendars import hindi_hour
from threads.zone_statements import stated_zone


def test_a_zone_pair_with_its_place_and_a_sentence_after_it() -> None:
    zone = stated_zone("<footer><p>All times are Australian Eastern Time (AEST/AEDT, Melbourne). &copy; 2026 Wodonga Watch "
                       "&bull; Published on Dhudhuroa and Waywurru Country.</p></footer>")
    assert zone is not None
    assert datetime(2026, 1, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=11)
    assert datetime(2026, 7, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=10)


def test_hindi_parts_of_the_day() -> None:
    assert hindi_hour(11, "दोपहर") == 11 and hindi_hour(2, "दोपहर") == 14
    assert hindi_hour(11, "रात") == 23 and hindi_hour(1, "रात") == 1 and hindi_hour(5, "सुबह") == 5


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventy-sixth round (reader at ec00e71): 237/239 parents blind (99.2%); blind figures in brackets.
        ("html_holdout336", (64, 64, 64, 64, 64, 0)),  # (64, 64, 63, 60, 51, 0)
        ("html_holdout337", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 58, 0)
        ("html_holdout338", (58, 58, 58, 58, 58, 0)),  # (58, 57, 57, 57, 56, 0)
        ("html_holdout339", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 59, 0)
    ],
)
def test_the_sets_of_the_seventy_sixth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
