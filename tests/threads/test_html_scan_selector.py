"""The comment reader finds a comment's author, time and text elements with one CSS query and a
cached reading of each class value; every class the priority tables or suffix patterns know must
come through it, or a comment loses its author or time. And the fast path for printed times must
read them exactly as dateutil does."""

from __future__ import annotations

import pytest
from dateutil import parser as dateparser
from selectolax.lexbor import LexborHTMLParser

from threads import comment_words, html_scan
from threads.html_thread import Candidate
from threads.html_time import _common, parse_time

KNOWN = sorted({
    *comment_words.AUTHOR_PRIORITY, *comment_words.TIME_PRIORITY, *comment_words.CONTENT_PRIORITY,
    "comment-who", "Posted", "x_nick", "post-when", "USER",
})


def _scan(inner: str) -> html_scan.Own | None:
    tree = LexborHTMLParser(f'<ol class="commentlist"><li class="comment" id="c">{inner}</li></ol>')
    node = tree.css_first("#c")
    assert node is not None
    owns = html_scan.scan_all([Candidate(node=node)], {node.mem_id})
    return owns.get(node.mem_id)


@pytest.mark.parametrize("token", KNOWN)
def test_scan_finds_every_known_class(token: str) -> None:
    own = _scan(f'<span class="plain">y</span><span class="other {token}">x</span>')
    assert own is not None
    found = {e.attributes.get("class") for e in (own.author, own.time, own.content) if e is not None}
    assert found == {f"other {token}"}


def test_scan_passes_over_classes_that_say_nothing() -> None:
    assert _scan('<span class="plain">y</span><div class="avatar reply">z</div>') is None


@pytest.mark.parametrize("text", [
    "Tuesday, November 3, 2020 2:15 PM", "5 June 2022 09:12", "12 October 2021, 18:02",
    "March 2, 2011 9:14 pm", "Sept 9th, 2023 12:05 a.m.", "1 jan 2024", "Wed, March 3, 2021 12:00 pm",
    "December 31, 1999 11:59:59 PM", "Wed, 02/01/2023 - 08:47", "13/01/2023 9:05 pm", "1/2/2024",
])
def test_common_time_shapes_read_as_dateutil_reads_them(text: str) -> None:
    fast = _common(text)
    assert fast is not None
    assert fast == dateparser.parse(text, fuzzy=True)


@pytest.mark.parametrize("shape", [
    "{a:02d}/{b:02d}/2023 - 08:47", "Wed, {a}/{b}/2023 - 17:15", "Thu, {a:02d}/{b:02d}/2023 - 9:05:33 pm", "{a}/{b}/1999",
])
def test_numeric_dates_read_as_dateutil_reads_them(shape: str) -> None:
    """Month first unless the first number cannot be a month; impossible dates left to dateutil."""
    for a in range(0, 34):
        for b in range(0, 34):
            text = shape.format(a=a, b=b)
            fast = _common(text)
            if fast is not None:
                assert fast == dateparser.parse(text, fuzzy=True), text
            elif 1 <= a <= 12 and 1 <= b <= 28:
                pytest.fail(f"{text} is a plain date and should be read directly")


@pytest.mark.parametrize("text", [
    "February 30, 2021", "March 3, 2021 13:05 pm", "Smarch 3, 2021", "02/01/23", "31/31/2023", "2/30/2023",
])
def test_uncommon_or_impossible_times_are_left_to_dateutil(text: str) -> None:
    assert _common(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # JavaScript's toLocaleString (Remark42): a two-digit year, read only with a time of day.
    ("9/12/24, 7:05 PM", "2024-09-12 19:05"),
    ("02/01/23 08:47", "2023-02-01 08:47"),
    # Dotted dates are day first (JComments, German and Nordic sites); dateutil reads them month first.
    ("12.03.2019 18:46", "2019-03-12 18:46"),
    ("3.4.2020, 8.15", "2020-04-03 08:15"),
    ("5.12.2019 um 14:03 Uhr", "2019-12-05 14:03"),
])
def test_short_years_and_dotted_dates(text: str, expected: str) -> None:
    found = parse_time(text)
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == expected


def test_a_short_year_without_a_time_is_no_date() -> None:
    assert parse_time("9/12/24") is None
    assert parse_time("1/2/3") is None


def test_javascript_gmt_offsets_are_read_as_written() -> None:
    """'GMT+0100' is one hour ahead of UTC (JavaScript's Date.toString, Commento); dateutil alone
    reads it the POSIX way, as one hour behind."""
    found = parse_time("Sun Nov 10 2024 14:05:00 GMT+0100 (Central European Standard Time)")
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == "2024-11-10 13:05"


def test_ist_is_read_as_india_standard_time() -> None:
    """Indian news sites print "PM IST" on every comment; Irish summer time is printed as IST far
    less, and never in March, when this one was posted."""
    found = parse_time("Mar 18, 2024 07:45 PM IST")
    assert found is not None and found.strftime("%Y-%m-%d %H:%M") == "2024-03-18 14:15"
