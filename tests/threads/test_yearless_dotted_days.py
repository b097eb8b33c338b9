"""A day and month with dots and the year left off, as Finnish and German papers print a recent
comment's time ("30.3. klo 12.14", "30.03. um 12:14"), read in the story's year, also run into the
name before it where a React app prints no blank ("Tunturin tyttö30.3. klo 12.14", with the letter
avatar's initial before it) (#15, round 30's Finnish page)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from threads.comment_header import read_header
from threads.html_time import parse_time
from threads.page_dates import page_dates


def test_dotted_days_in_the_story_year() -> None:
    with page_dates(story=date(2024, 3, 29)):
        assert parse_time("30.3. klo 12.14") == datetime(2024, 3, 30, 12, 14, tzinfo=UTC)
        assert parse_time("30.03. um 12:14 Uhr") == datetime(2024, 3, 30, 12, 14, tzinfo=UTC)
        assert parse_time("3/11 19:42") == datetime(2024, 3, 11, 19, 42, tzinfo=UTC)
    assert parse_time("30.3. klo 12.14") is None  # no story: no year to read it in


def test_a_name_run_into_its_dotted_day() -> None:
    with page_dates(story=date(2024, 3, 29)):
        for line, name in (
            ("TTunturin tyttö30.3. klo 12.14", "Tunturin tyttö"),
            ("Insinööri R.30.3. klo 23.26", "Insinööri R."),
            ("Sallan poromies 31.3. klo 9.32", "Sallan poromies"),
        ):
            header = read_header(line, None)
            assert header is not None and header.author == name, line
        assert read_header("Kokous on 30.3. ja 31.3. sovittu", None) is None
