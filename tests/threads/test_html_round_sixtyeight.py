"""What the sixty-eighth blind round (sets 304-307, 247/247 parents blind) showed the HTML reader:
zones stated as "Horario de Chile continental", "All comment times are Mountain Time", Swahili
"Saa zote kwenye maoni ni saa za Afrika Mashariki (EAT, UTC+3)" and Lithuanian "Laikas
svetainėje nurodomas Lietuvos laiku (EET, vasarą EEST)"; Tamil "பெயர் குறிப்பிடாதவர்" (name not
given) naming nobody."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.zone_statements import stated_zone


@pytest.mark.parametrize(
    ("footer", "language", "winter", "summer"),
    [
        ("Horario de Chile continental. Los comentarios son de exclusiva responsabilidad de sus autores.", "es", -4, -3),
        ("All comment times are Mountain Time.", "en", -7, -6),
        ("Saa zote kwenye maoni ni saa za Afrika Mashariki (EAT, UTC+3).", "sw", 3, 3),
        ("Laikas svetainėje nurodomas Lietuvos laiku (EET, vasarą EEST).", "lt", 2, 3),
    ],
)
def test_zone_statements(footer: str, language: str, winter: int, summer: int) -> None:
    """(Chile's summer is January: its "winter" offset here is July's.)"""
    zone = stated_zone(f"<footer><p>{footer}</p></footer>", language=language)
    assert zone is not None
    january, july = datetime(2025, 1, 15, 12, 0, tzinfo=zone).utcoffset(), datetime(2025, 7, 15, 12, 0, tzinfo=zone).utcoffset()
    assert {january, july} == {timedelta(hours=winter), timedelta(hours=summer)}


def test_horario_de_names_no_zone_where_no_place_follows() -> None:
    assert stated_zone("<p>Horario de atención: de 9 a 18 h.</p>", language="es") is None


def test_a_tamil_name_for_nobody() -> None:
    assert clean_name("பெயர் குறிப்பிடாதவர்") is None


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The sixty-eighth round (reader at e2e29ea): 247/247 parents blind (100%); set 306's Hebrew
        # talkbacks under archive.today, their titles taken for their authors (seven), mended since.
        ("html_holdout304", (64, 64, 64, 64, 64, 0)),
        ("html_holdout305", (61, 61, 61, 61, 61, 0)),
        ("html_holdout306", (58, 58, 58, 58, 58, 0)),
        ("html_holdout307", (64, 64, 64, 64, 64, 0)),
    ],
)
def test_the_sets_of_the_sixty_eighth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures


def test_a_title_linking_to_its_own_talkback_is_not_its_author() -> None:
    """archive.today's talkbacks: the bold title line links to the talkback itself ("1. <a
    href=…#talkback-1>סוף סוף</a>"), the name under it; the title is no author."""
    from threads.html_reader import parse_html

    def item(number: int, title: str, name: str, text: str) -> str:
        return (f'<div id="talkback-{number}" style="border-bottom:1px solid #e1e1e1;padding:10px 0">'
                f'<div style="font-size:15px"><span style="color:#b01c2e;font-weight:bold">{number}.</span> '
                f'<a href="https://archive.ph/Hq2Zt#talkback-{number}" style="color:#111;font-weight:bold">{title}</a></div>'
                f'<div><span style="font-weight:bold">{name}</span> <span style="color:#888">(26.10.24 | 21:14)</span></div>'
                f'<div>{text}</div></div>')
    comments = ('<div><div>תגובות</div>' + item(1, "סוף סוף", "אבי", "החניון הזה היה מסוכן בלילה, אין תאורה בכלל.")
                + item(2, "ואיפה נחנה בינתיים?", "רונית", "אני נוסעת כל יום לתל אביב ואין שום חלופה סבירה.")
                + item(3, "לאבי", "גלעד", "יש תאורה חדשה מאז הקיץ, תבדוק לפני שאתה כותב.") + "</div>")
    page = (f"<!doctype html><html><body><article><h1>החניון נסגר</h1><p>{'עיריית קריית גת סוגרת את החניון לשיפוץ. ' * 25}</p>"
            f"</article>{comments}</body></html>")
    assert [c.author_name for c in parse_html(page).comments] == ["אבי", "רונית", "גלעד"]
