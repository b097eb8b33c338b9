"""Printed dates with the month in words, in the languages news sites comment in (CLDR's names)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from threads.html_time import parse_time
from threads.month_names import month_number
from threads.page_dates import page_dates


@pytest.mark.parametrize(
    ("text", "utc"),
    [
        ("5. März 2024 um 14:32 Uhr", "2024-03-05 14:32"),
        ("Dienstag, 5. März 2024, 14:32", "2024-03-05 14:32"),
        ("5. März 2024, 14:32 MEZ", "2024-03-05 13:32"),
        ("12 marzo 2024 alle 14:32", "2024-03-12 14:32"),
        ("12 de março de 2024 às 14h32", "2024-03-12 14:32"),
        ("3 de abril de 2024, 09:15", "2024-04-03 09:15"),
        ("le 14 mars 2024 à 18h05", "2024-03-14 18:05"),
        ("12 maart 2024 om 14:32", "2024-03-12 14:32"),
        ("12 marca 2024 o 14:32", "2024-03-12 14:32"),
        ("18 октября 2024 г. в 14:32", "2024-10-18 14:32"),
        ("12 մարտի 2024 14:32", "2024-03-12 14:32"),
        ("2024. március 5. 14:32", "2024-03-05 14:32"),
        ("2024年3月12日 14:32", "2024-03-12 14:32"),
        ("2024년 3월 12일 14:32", "2024-03-12 14:32"),
        ("12 марта 2024, 22:08 мск", "2024-03-12 19:08"),
        ("12 مارس 2024 - 14:32", "2024-03-12 14:32"),
        ("١٢ مارس ٢٠٢٤ - ١٤:٣٢", "2024-03-12 14:32"),
        # morning and afternoon in words, before or after the clock
        ("الثلاثاء 5 مارس 2024 - 09:15 م", "2024-03-05 21:15"),
        ("2024年3月5日 下午5:05", "2024-03-05 17:05"),
        ("2024年3月5日 上午9:05", "2024-03-05 09:05"),
        ("2024년 3월 5일 오후 2:10", "2024-03-05 14:10"),
        ("2024年3月5日(火) 14:32", "2024-03-05 14:32"),
        ("5 मार्च 2024 को 9:55 अपराह्न", "2024-03-05 21:55"),
        # a Thai date: an abbreviated month with a dot inside, a Buddhist-era year, "เวลา ... น."
        ("5 มี.ค. 2567 เวลา 07:45 น.", "2024-03-05 07:45"),
        ("12 มีนาคม 2567 14:32", "2024-03-12 14:32"),
        # a zone after the time, in brackets or where no shape above takes it
        ("14.03.2024 - 15:20 (TSİ)", "2024-03-14 12:20"),
        ("22:02 13/3/2024 (GMT+7)", "2024-03-13 15:02"),
        # Czech dotted dates with spaces are day first too
        ("11. 3. 2024 19:42", "2024-03-11 19:42"),
    ],
)
def test_month_names_in_other_languages(text: str, utc: str) -> None:
    found = parse_time(text)
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == utc


def test_a_word_naming_two_months_is_not_guessed() -> None:
    """"listopad(a)" is November in Polish and Czech, October in Croatian."""
    assert month_number("listopada") is None
    assert month_number("marca") == 3
    assert parse_time("12 listopada 2024") is None


@pytest.mark.parametrize("text", ["12 listopada 2024", "March 2024", "Sommer 2024, 14:32"])
def test_no_date_is_made_up_from_a_missing_day_or_month(text: str) -> None:
    """dateutil's fuzzy reading fills what it could not read from today's date; such a date is
    refused rather than stored as the comment's time."""
    assert parse_time(text) is None


@pytest.mark.parametrize(
    ("text", "utc"),
    [("Oct. 22, 2024, 8:14 a.m. ET", "2024-10-22 12:14"), ("Jan. 22, 2024, 8:14 a.m. ET", "2024-01-22 13:14")],
)
def test_a_region_zone_follows_summer_time(text: str, utc: str) -> None:
    """"ET" is EDT in October and EST in January: the region's rules decide, not one offset."""
    found = parse_time(text)
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == utc


@pytest.mark.parametrize(
    ("language", "utc"),
    [
        ("pt-PT", "2025-04-12 14:32"),
        ("en_GB", "2025-04-12 14:32"),
        ("sv", "2025-04-12 14:32"),
        ("en-US", "2025-12-04 14:32"),
        ("en", "2025-12-04 14:32"),
        (None, "2025-12-04 14:32"),
    ],
)
def test_a_numeric_date_is_read_as_the_pages_language_writes_it(language: str | None, utc: str) -> None:
    """"12/04/2025" is the 12th of April on a Portuguese, British or Swedish page, and the 4th of
    December in US English and where the page names no language (as dateutil reads it)."""
    with page_dates(language):
        for text in ("12/04/2025 às 14h32", "12/04/2025 14:32"):
            found = parse_time(text)
            assert found is not None and found.strftime("%Y-%m-%d %H:%M") == utc, text
    assert parse_time("13/04/2025 14:32") == datetime(2025, 4, 13, 14, 32, tzinfo=UTC)  # either way


@pytest.mark.parametrize(
    ("text", "utc"),
    [("12.02.24 | 20:41", "2024-02-12 20:41"), ("12.02.24, 20:41", "2024-02-12 20:41"), ("1.4.2024 | 9:05", "2024-04-01 09:05")],
)
def test_dotted_dates_with_a_short_year_or_a_bar_before_the_clock(text: str, utc: str) -> None:
    """Day first, as every dotted date; a two-digit year only where a clock follows."""
    found = parse_time(text)
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == utc
    assert parse_time("12.02.24") is None


@pytest.mark.parametrize("language", ["ko", "hu", "ja", "de", "en-US"])
def test_numbers_with_the_year_first_are_year_month_day_in_every_language(language: str) -> None:
    """"2024.03.05 09:14" (Korea, Hungary) is the 5th of March, though a page in a day-first
    language reads "05.03.2024" day first: nobody writes year, day, month."""
    with page_dates(language=language):
        for text in ("2024.03.05 09:14", "2024/03/05 09:14", "2024.3.5. 09:14"):
            found = parse_time(text)
            assert found is not None and found.strftime("%Y-%m-%d %H:%M") == "2024-03-05 09:14", text


def test_a_date_in_words_followed_by_its_offset() -> None:
    """Lemmy's tooltip (blind set 103): the month in Dutch, the offset after the clock; the
    offset changes across the clock change inside the thread."""
    assert parse_time("vrijdag 29 maart 2024 om 19:12:44 GMT+01:00") == datetime(2024, 3, 29, 18, 12, 44, tzinfo=UTC)
    assert parse_time("zondag 31 maart 2024 om 09:05:00 GMT+02:00") == datetime(2024, 3, 31, 7, 5, tzinfo=UTC)
    assert parse_time("31. März 2024 um 10:00 UTC-4") == datetime(2024, 3, 31, 14, 0, tzinfo=UTC)
