"""What the sixtieth blind round (sets 272-275) and the misses left from earlier rounds showed the
HTML reader: an Israeli talkback's day "(28.03.24)" and its clock in two elements (set 270); a
time printed in the name's line under the text, and a Swedish "Alla tider är svensk tid" (set
267). Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from threads.html_reader import parse_html
from threads.zone_statements import stated_zone


def _page(language: str, story: str, comments: str, footer: str = "") -> str:
    return (f"<!doctype html><html lang='{language}'><body><article><h1>{story}</h1><p>{(story + '. ') * 30}</p></article>"
            f"{comments}<footer><p>{footer}</p></footer></body></html>")


def test_a_two_digit_day_and_its_clock_apart() -> None:
    """"(28.03.24)" alone is no time (a two-digit year is read only with a clock); the clock
    beside it in the same line makes it one, in the zone the footer states (Israel's, whose
    summer time began between the two talkbacks)."""
    def talkback(number: int, name: str, day: str, clock: str, text: str) -> str:
        return (f'<li class="tb" id="tb-{number}"><div class="tb-head"><h4 class="tb-title">כותרת</h4></div>'
                f'<div class="tb-meta"><span class="tb-author">{name}</span>, <span class="tb-city">אשקלון</span>'
                f' <span class="tb-date">({day})</span> <span class="tb-time">{clock}</span></div>'
                f'<div class="tb-text">{text}</div><div class="tb-actions"><a href="#tb-{number}" class="tb-reply">הגב</a></div></li>')
    comments = ('<div class="talkbacks"><h3>תגובות</h3><ol class="tb-list">' + talkback(501, "אבי כהן", "28.03.24", "21:14", "המצוק הזה מתמוטט כבר חמש שנים.")
                + talkback(502, "מירב", "29.03.24", "09:30", "השאלה למה מתחילים דווקא באפריל.") + "</ol></div>")
    page = _page("he", "סגירת החוף הצפוני", comments, "כל השעות באתר מוצגות לפי שעון ישראל.")
    assert [(c.external_id, c.created_at) for c in parse_html(page).comments] == [
        ("tb-501", datetime(2024, 3, 28, 19, 14, tzinfo=UTC)),
        ("tb-502", datetime(2024, 3, 29, 6, 30, tzinfo=UTC)),
    ]


def test_a_time_in_the_name_line_under_the_text() -> None:
    """"Skrivet av: <span class=signatur>Fyrisån</span> | 2008-10-25 20:14 | Anmäl" under the
    text: the line's time is the comment's, in the Swedish time the page states (summer time
    until 26 October 2008)."""
    def item(number: int, name: str, when: str, text: str) -> str:
        return (f'<div class="kommentar" id="kommentar-{number}"><p class="kommentar-nr"><a href="#kommentar-{number}">#1</a></p>'
                f'<p class="kommentar-text">{text}</p><p class="kommentar-info">Skrivet av: <span class="signatur">{name}</span>'
                f' | {when} | <a href="anmal.html?kommentar={number}" class="anmal">Anmäl</a></p></div>')
    comments = ('<div id="kommentarer"><h3>Läsarnas kommentarer (2)</h3>'
                + item(20911, "Fyrisån", "2008-10-25 20:14", "Äntligen! Gatan är livsfarlig för cyklister.")
                + item(20914, "Luthagsbo", "2008-10-27 08:02", "Bussarna flyttas till Kungsgatan enligt förslaget.") + "</div>")
    page = _page("sv", "Gågatan byggs om", comments, "Alla tider är svensk tid.")
    assert [(c.external_id, c.author_name, c.created_at) for c in parse_html(page).comments] == [
        ("kommentar-20911", "Fyrisån", datetime(2008, 10, 25, 18, 14, tzinfo=UTC)),
        ("kommentar-20914", "Luthagsbo", datetime(2008, 10, 27, 7, 2, tzinfo=UTC)),
    ]


def test_a_name_ending_in_an_initial_over_a_removed_comment() -> None:
    """Classes in Swahili name nothing the reader knows; the name alone in its element over the
    time is the commenter's, though it ends in a point ("Juma K."), and a removed comment keeps it."""
    def item(number: int, name: str, when: str, text: str) -> str:
        return (f'<div class="oni" id="maoni-{number}"><div class="oni-kichwa"><span class="jina">{name}</span>'
                f' <span class="muda">{when}</span> <a class="kiungo" href="#maoni-{number}">#</a></div>'
                f'<div class="oni-maandishi"><p>{text}</p></div></div>')
    comments = ('<section class="maoni"><h3>Maoni (3)</h3>'
                + item(771, "Baraka Mushi", "12 Machi 2024, 08:40", "Wiki mbili ni nyingi sana kwa hospitali ya mkoa.")
                + item(786, "Juma K.", "13 Machi 2024, 07:10", "<em>Maoni haya yameondolewa na msimamizi.</em>")
                + item(790, "Neema Lyimo", "13 Machi 2024, 09:55", "Asante mzee, angalau sasa tunaelewa mambo.") + "</section>")
    page = _page("sw", "Maji yamekatika Moshi", comments)
    assert [(c.external_id, c.author_name) for c in parse_html(page).comments] == [
        ("maoni-771", "Baraka Mushi"), ("maoni-786", "Juma K."), ("maoni-790", "Neema Lyimo"),
    ]


def test_a_kazakh_statement_naming_almaty() -> None:
    """"Сайттағы барлық уақыт Алматы уақытымен көрсетілген" (all the site's times are Almaty's):
    the city in Cyrillic letters, and Almaty's zone, which moved from UTC+6 to UTC+5 on 1 March 2024."""
    zone = stated_zone("<footer><p>Сайттағы барлық уақыт Алматы уақытымен көрсетілген.</p></footer>", language="kk")
    assert zone is not None
    assert datetime(2024, 2, 29, 21, 12, tzinfo=zone).utcoffset() == timedelta(hours=6)
    assert datetime(2024, 3, 2, 21, 12, tzinfo=zone).utcoffset() == timedelta(hours=5)
