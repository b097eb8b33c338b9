"""What the hundred-and-fourth blind round (sets 448-451, 266/269 parents blind) showed the HTML
reader: Isso writes its ``datetime`` attribute with JavaScript's zero-based month and the weekday
for the day of the month (set 451, 9 times; set 445 had shown it). Left, as the keys' calls: a
top-level Disqus comment opening "Svar till Johan:" (set 449), a top-level comment quoting an
anonymous one (set 449), an Isso reply whose "@name" names another than the comment it is filed
under (set 451). The round's keys took the country's zone where a page states none, and worked
ages ("16 hours ago") out from the saving tool's stamp, against every earlier key's convention
(UTC, and no time); the times below are low for that."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_reader import parse_html
from threads.model import walk


def _isso(created: str, title: str) -> str:
    return (f'<html lang="en"><body><h1>Borehole repairs</h1><p>{"The council repairs three boreholes this week. " * 8}</p>'
            '<section id="isso-thread"><div class="isso-root">'
            f'<div class="isso-comment" id="isso-41"><div class="text-wrapper"><div class="isso-comment-header" role="meta">'
            f'<span class="author">Aisha Kolo</span><span class="spacer">&bull;</span>'
            f'<a class="permalink" href="#isso-41"><time title="{title}" datetime="{created}">Yesterday</time></a></div>'
            '<div class="text"><p>The one by the market has been dry since Easter.</p></div></div></div>'
            '<div class="isso-comment" id="isso-42"><div class="text-wrapper"><div class="isso-comment-header" role="meta">'
            '<span class="author">Musa Bukar</span><span class="spacer">&bull;</span>'
            '<a class="permalink" href="#isso-42"><time title="Tue Jun 18 2024 09:10:00 GMT+0000" datetime="2024-06-18T09:10:00Z">'
            'Today</time></a></div><div class="text"><p>Ours in Gwange was fixed last month, in two days.</p></div></div></div>'
            '</div></section></body></html>')


@pytest.mark.parametrize(
    ("created", "title", "when"),
    [
        # Monday the 12th of June 2023: month 5 from zero, weekday 1
        ("2023-05-01T18:42:10Z", "Mon Jun 12 2023 18:42:10 GMT+0000 (Coordinated Universal Time)", datetime(2023, 6, 12, 18, 42, 10, tzinfo=UTC)),
        # the tooltip in Colombia's evening, the day after in UTC: Friday the 14th
        ("2024-05-05T00:05:12Z", "Thu Jun 13 2024 19:05:12 GMT-0500 (hora estándar de Colombia)", datetime(2024, 6, 14, 0, 5, 12, tzinfo=UTC)),
        # a right attribute stays as it is, whatever the tooltip
        ("2024-06-14T00:05:12Z", "Thu Jun 13 2024 19:05:12 GMT-0500", datetime(2024, 6, 14, 0, 5, 12, tzinfo=UTC)),
        ("2024-06-14T00:05:12Z", "13 June", datetime(2024, 6, 14, 0, 5, 12, tzinfo=UTC)),
    ],
)
def test_isso_zero_based_month_and_weekday(created: str, title: str, when: datetime) -> None:
    [(_, first), (_, second)] = list(walk(parse_html(_isso(created, title)).comments))
    assert (first.created_at, second.created_at) == (when, datetime(2024, 6, 18, 9, 10, tzinfo=UTC))


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The hundred-and-fourth round (reader at 46acc44): 266/269 parents blind (98.9%); blind figures in brackets.
        ("html_holdout448", (65, 65, 65, 65, 30, 0)),  # (65, 65, 65, 65, 30, 0)
        ("html_holdout449", (68, 68, 66, 68, 35, 0)),  # (68, 68, 66, 68, 35, 0)
        ("html_holdout450", (68, 68, 68, 68, 36, 0)),  # (68, 68, 68, 68, 36, 0)
        ("html_holdout451", (68, 68, 67, 68, 53, 0)),  # (68, 68, 67, 68, 44, 0)
    ],
)
def test_the_sets_of_the_hundred_and_fourth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
