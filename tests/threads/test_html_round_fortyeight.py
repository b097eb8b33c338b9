"""What the forty-eighth blind round (sets 224-227, 247/248 parents blind) showed the HTML
reader: times in Italian ("ore 18:22"), Korean ("2024. 6. 14. 오후 3:22:10") and Sorani Kurdish
("٢٠ی ئازاری ٢٠٢٤"); zones stated in Polish, Spanish ("la hora peninsular española"), Arabic
("بتوقيت القاهرة") and English naming a change of zone; a Greek name class, a Czech subject line,
"Usuario eliminado". Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.zone_statements import stated_zone

_STORY = f"<h1>Trees to be felled on Šeříková</h1><p>{'The district will decide in April, the mayor said. ' * 25}</p>"


def _page(comments: str) -> str:
    return f"<!doctype html><html><head><title>Story</title></head><body><article>{_STORY}</article>{comments}</body></html>"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 novembre 2024 ore 18:22", datetime(2024, 11, 3, 18, 22, tzinfo=UTC)),
        ("2024. 6. 14. 오후 3:22:10", datetime(2024, 6, 14, 15, 22, 10, tzinfo=UTC)),
        ("٢٠ی ئازاری ٢٠٢٤ - ١٩:٤٠", datetime(2024, 3, 20, 19, 40, tzinfo=UTC)),
        ("2024. március 30. 14:32", datetime(2024, 3, 30, 14, 32, tzinfo=UTC)),
    ],
)
def test_times_in_more_forms(text: str, expected: datetime) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("footer", "offset_hours"),
    [
        ("Wszystkie godziny w serwisie podawane są według czasu letniego środkowoeuropejskiego (UTC+2).", 2),
        ("Los comentarios se muestran por orden de llegada. Todas las horas corresponden a la hora peninsular española.", 2),
        ("جميع الأوقات المعروضة على الموقع بتوقيت القاهرة", 3),
        ("All times are New Zealand time (NZDT until 7 April, NZST after).", 12),  # (Pacific/Auckland in July)
    ],
)
def test_a_zone_stated_in_a_footer(footer: str, offset_hours: int) -> None:
    zone = stated_zone(f"<footer><p>{footer}</p></footer>")
    assert zone is not None and datetime(2024, 7, 1, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=offset_hours)


def test_a_greek_name_class_and_a_czech_subject_line() -> None:
    """"span.sxolio-onoma" (όνομα, name); "div.prisp-nadpis" (nadpis, a heading) over the text is
    the comment's subject, not its text."""
    def greek(number: int, name: str, text: str) -> str:
        return (f'<li class="sxolio" id="comment-{number}"><div class="sxolio-kefalida"><a class="sxolio-arithmos" href="#comment-{number}">#1</a>'
                f'<span class="sxolio-onoma">{name}</span><span class="sxolio-imerominia">1 Δεκεμβρίου 2024, 10:14</span></div>'
                f'<div class="sxolio-soma"><p>{text}</p></div></li>')

    def czech(number: int, name: str, subject: str, text: str) -> str:
        return (f'<div class="prispevek" id="p{number}"><a name="p{number}"></a><div class="prisp-hlava"><span class="prisp-autor">'
                f'<a href="/uzivatel/{number}">{name}</a></span> <span class="prisp-datum">28.3.2009 22:41</span></div>'
                f'<div class="prisp-nadpis">{subject}</div><div class="prisp-text">{text}</div></div>')

    greek_page = _page('<ol class="sxolia">' + greek(10452, "Νίκος Π.", "Επιτέλους, μετά από 18 χρόνια εργοταξίων.")
                       + greek(10455, "Μαρία Κ.", "Το μετρό άργησε αλλά ήρθε.") + "</ol>")
    czech_page = _page('<div class="diskuse">' + czech(1284467, "Jaroslav Novák", "Zase lípy", "Před pěti lety pokáceli lípy v Klatovské.")
                       + czech(1284472, "Slovaňák", "Bezpečnost", "Loni v létě spadla velká větev na auto.") + "</div>")
    assert [c.author_name for _path, c in walk(parse_html(greek_page).comments)] == ["Νίκος Π.", "Μαρία Κ."]
    assert [c.body for _path, c in walk(parse_html(czech_page).comments)] == [
        "Před pěti lety pokáceli lípy v Klatovské.", "Loni v létě spadla velká větev na auto.",
    ]
    assert clean_name("Usuario eliminado") is None


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The forty-eighth round (reader at e3474c2): 247/248 parents blind (99.6%). Left: a
        # Drupal reply on a thread's second page answering a comment on its first (226).
        ("html_holdout224", (63, 63, 63, 63, 63, 0)),
        ("html_holdout225", (61, 61, 61, 61, 61, 0)),  # (60 times before the name before its badge was read apart)
        ("html_holdout226", (60, 60, 59, 60, 60, 0)),
        ("html_holdout227", (64, 64, 64, 64, 64, 0)),
    ],
)
def test_the_sets_of_the_forty_eighth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures


def test_day_order_by_the_top_days_date_where_the_page_lost_its_language() -> None:
    """An archive.today copy of an Australian page: no lang, no story time marked, the comments'
    tooltips "05/10/2024, 8:14:22 pm" read both ways; the first dated line at the top is when the
    page was saved ("8 Oct 2024"), days after them: the 5th of October, not the 10th of May."""
    def comment(number: int, name: str, when: str, text: str) -> str:
        return (f'<div id="comment-{number}" style="margin:0 0 16px 0"><b style="font-weight:bold">{name}</b> '
                f'<span title="{when}" style="color:#777">3 days ago</span><p>{text}</p></div>')

    page = ('<html><body><div style="font-size:12px">archive.today webpage capture · Saved from history · 8 Oct 2024 02:11:09 UTC</div>'
            f'<article><h1>Council votes on the river bridge</h1><p>{"The vote was close, councillors said on Friday. " * 25}</p></article>'
            '<div style="margin-top:24px">'
            + comment(4101, "Kerry M.", "05/10/2024, 8:14:22 pm", "About time the bridge was fixed properly.")
            + comment(4102, "Dave P.", "06/10/2024, 1:47:05 am", "The detour through Lavington is a nightmare.")
            + comment(4103, "Sue W.", "07/10/2024, 9:20:41 am", "Will the footpath stay open during the works?")
            + "</div></body></html>")
    comments = parse_html(page).comments
    assert [c.created_at for c in comments] == [
        datetime(2024, 10, 5, 20, 14, 22, tzinfo=UTC), datetime(2024, 10, 6, 1, 47, 5, tzinfo=UTC),
        datetime(2024, 10, 7, 9, 20, 41, tzinfo=UTC),
    ]
