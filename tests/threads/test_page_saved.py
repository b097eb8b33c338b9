"""The day a saved page was saved, from its saving tool's stamp, and the comments dated relative to
it ("wczoraj, 23:15"). Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from threads.html_reader import parse_html
from threads.month_names import days_before
from threads.page_saved import saved_day


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ('<html><head><meta name="savepage-date" content="Sat Nov 16 2024 10:41:07 GMT+0100 (czas środkowoeuropejski)">', date(2024, 11, 16)),
        ("<!--\n Page saved with SingleFile \n url: https://example.test/ \n saved date: Fri Mar 29 2024 14:02:11 GMT+0300 (שעון ישראל)\n-->", date(2024, 3, 29)),
        ("<html><!-- Mirrored from example.test/news/1.html by HTTrack Website Copier/3.x [XR&CO'2014], Thu, 07 Mar 2024 10:12:44 GMT -->",
         date(2024, 3, 7)),
        ('<a href="/web/20230325104512/https://example.test/">home</a>', date(2023, 3, 25)),
        ('<a href="/web/20230325104512im_/https://example.test/logo.png">', date(2023, 3, 25)),
        ("<html><body><p>No stamp: saved by wget, or served live.</p></body></html>", None),
        ('<a href="/web/20231345104512/https://example.test/">a 13th month</a>', None),
    ],
)
def test_the_saving_tools_stamp(page: str, day: date | None) -> None:
    assert saved_day(page) == day


def test_relative_day_words_from_cldr() -> None:
    assert [days_before(word) for word in ("wczoraj", "dzisiaj", "dünən", "bu gün", "yesterday", "вчера", "przedwczoraj")] == [1, 0, 1, 0, 1, 1, 2]
    assert days_before("jutro") is None  # (tomorrow: no comment is dated so)
    assert days_before("remont") is None


def _page(stamp: str, when: str) -> str:
    def item(number: int, name: str, printed: str, text: str) -> str:
        return (f'<div class="kom" id="kom-{number}"><div class="kom-naglowek"><span class="kom-autor">{name}</span>'
                f' <span class="kom-data">{printed}</span></div><div class="kom-tresc"><p>{text}</p></div></div>')
    comments = ('<div class="komentarze"><h3>Komentarze (3)</h3>'
                + item(5520, "Marek", "15.11.2024, 22:40", "Znowu opóźnienie, nic nowego w tym mieście.")
                + item(5523, "Ewa_K", when, "Ile dopłacimy wykonawcy za przestój na budowie?")
                + item(5527, "Tomasz", "dzisiaj, 07:02", "Schody zamknięte do wiosny, trzeba chodzić naokoło.") + "</div>")
    story = "<h1>Remont tarasów opóźniony</h1><p>" + "Wykonawca trafił na nieznane wcześniej kazamaty pod tarasami. " * 20 + "</p>"
    return f"<!doctype html><html lang='pl'><head>{stamp}</head><body><article>{story}</article>{comments}</body></html>"


def test_yesterday_and_today_before_the_day_the_page_was_saved() -> None:
    stamp = '<meta name="savepage-date" content="Sat Nov 16 2024 10:41:07 GMT+0100 (czas środkowoeuropejski standardowy)">'
    assert [c.created_at for c in parse_html(_page(stamp, "wczoraj, 23:15")).comments] == [
        datetime(2024, 11, 15, 22, 40, tzinfo=UTC), datetime(2024, 11, 15, 23, 15, tzinfo=UTC), datetime(2024, 11, 16, 7, 2, tzinfo=UTC),
    ]


def test_no_stamp_no_day() -> None:
    """Without the saving tool's stamp "today" is not known: no time, rather than a guessed one."""
    assert [c.created_at for c in parse_html(_page("", "wczoraj, 23:15")).comments] == [
        datetime(2024, 11, 15, 22, 40, tzinfo=UTC), None, None,
    ]
