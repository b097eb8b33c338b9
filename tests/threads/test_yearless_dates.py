"""Comment dates printed without a year ("3/11(月) 19:42" on Japanese papers, "Jun 3" on Flarum,
"14 Feb, 9:12am"): read in the story's year, or the next where the day would come before the
story; never made up where the page gives no story date, and never read out of a sentence."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.html_time_search import time_in_text
from threads.page_dates import page_dates


def _stamp(text: str, language: str, story: date | None) -> str | None:
    with page_dates(language, None, story):
        found = parse_time(text)
    return found.strftime("%Y-%m-%d %H:%M") if found is not None else None


@pytest.mark.parametrize(
    ("text", "language", "story", "wanted"),
    [
        ("3/11(月) 19:42", "ja", date(2024, 3, 10), "2024-03-11 19:42"),  # month first in Japanese
        ("3月11日 19:42", "ja", date(2024, 3, 10), "2024-03-11 19:42"),
        ("11.03. 19:42", "de", date(2024, 3, 10), "2024-03-11 19:42"),
        ("3/4 10:00", "fr", date(2024, 4, 1), "2024-04-03 10:00"),  # day first in French
        ("Jun 3", "en", date(2024, 6, 1), "2024-06-03 00:00"),
        ("14 Feb, 9:12am", "en-GB", date(2024, 12, 20), "2025-02-14 09:12"),  # after new year
        ("March 4 at 3:12 pm", "en-US", date(2024, 3, 4), "2024-03-04 15:12"),
        ("March 3 at 11:50 pm", "en-US", date(2024, 3, 4), "2024-03-03 23:50"),  # a day's slack for zones
    ],
)
def test_a_date_without_its_year_is_in_the_storys_year(text: str, language: str, story: date, wanted: str) -> None:
    assert _stamp(text, language, story) == wanted
    assert _stamp(text, language, None) is None  # no story date, no guess


@pytest.mark.parametrize("text", ["1.5", "3/4", "5 likes", "Reply 12", "2 hours ago", "Monday at 7:45 AM", "May", "12:30"])
def test_numbers_and_words_that_are_no_date(text: str) -> None:
    assert _stamp(text, "en", date(2024, 3, 10)) is None


def test_a_sentence_naming_a_month_holds_no_date() -> None:
    with page_dates("en", None, date(2024, 10, 20)):
        assert time_in_text("Good on her for trying. Remember the 4 who voted yes in November.") is None


def test_a_japanese_page_gives_its_comments_the_storys_year() -> None:
    comments = "".join(
        f'<li class="c-comment" id="cmt-{n}"><span class="c-comment__name">読者{n}</span>'
        f'<p class="c-comment__date">{when}</p><p class="c-comment__text">路線の廃止は困ります。{n}</p></li>'
        for n, when in ((11, "3/11(月) 19:42"), (12, "1/2(木) 08:05"))
    )
    page = f"""<html lang="ja"><head><meta property="article:published_time" content="2024-03-11T09:00:00+09:00">
    </head><body><article><h1>バス路線廃止へ</h1>{"<p>浜松市は郊外バス3路線を来年3月で廃止する。</p>" * 20}</article>
    <section class="p-comment"><ul class="p-comment__list">{comments}</ul></section></body></html>"""
    first, second = parse_html(page).comments
    assert first.created_at is not None and first.created_at.strftime("%Y-%m-%d %H:%M") == "2024-03-11 19:42"
    assert second.created_at is not None and second.created_at.strftime("%Y-%m-%d %H:%M") == "2025-01-02 08:05"


@pytest.mark.parametrize(
    ("footer", "hours"),
    [("Alle Zeitangaben in WEZ +1. Es ist jetzt 10:12 Uhr.", 1), ("All times are GMT -5. The time now is", -5),
     ("Toutes les heures sont au format UTC+1 heure", 1), ("Tutti gli orari sono UTC+2", 2)],
)
def test_a_forums_statement_of_its_zone_in_other_languages(footer: str, hours: int) -> None:
    from threads.zone_statements import stated_zone

    zone = stated_zone(f"<div>{footer}</div>")
    assert zone is not None and zone.utcoffset(None) is not None
    assert zone.utcoffset(None).total_seconds() == hours * 3600  # type: ignore[union-attr]


def test_a_line_with_a_count_before_its_date_is_read_in_the_year_it_prints() -> None:
    """dateutil's fuzzy reading of "… for 14 months? « on: March 09, 2024, 10:14:37 PM »" from
    the "14" took the "09" for the year and "2024" for the time: a span that prints a full year
    is only read in that year."""
    line = "Mill Street bridge closing for 14 months? « on: March 09, 2024, 10:14:37 PM »"
    assert time_in_text(line) == datetime(2024, 3, 9, 22, 14, 37, tzinfo=UTC)
