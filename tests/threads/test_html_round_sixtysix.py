"""What the sixty-sixth blind round (sets 296-299, 244/244 parents blind) showed the HTML reader:
a middle dot between the day and the clock in a time's element ("ኤፕሪል 17, 2025 · 14:05"), and
zones stated in Amharic ("ሁሉም ሰዓቶች … (EAT, UTC+3)"), Finnish ("Kaikki ajat ovat Suomen aikaa"),
Spanish ("Todas las horas son hora peninsular española") and Turkish ("Tüm saatler Türkiye
saatidir"). Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.html_reader import parse_html


def test_a_middle_dot_between_the_day_and_the_clock() -> None:
    def item(number: int, name: str, when: str, text: str) -> str:
        return (f'<div class="cmt" id="c-{number}"><div class="cmt-head"><span class="cmt-name">{name}</span> '
                f'<a class="cmt-date" href="#c-{number}">{when}</a></div><div class="cmt-text"><p>{text}</p></div>'
                f'<div class="cmt-foot"><a class="cmt-reply" href="?reply={number}#form">መልስ</a></div></div>')
    comments = ('<div class="comments" id="comments"><h2>አስተያየቶች (2)</h2><div class="comment-list">'
                + item(2291, "ታደሰ መኮንን", "ኤፕሪል 17, 2025 · 14:05", "የፋሲል ግቢ እድሳት በጣም ዘግይቷል ግን ጥሩ ጅምር ነው።")
                + item(2294, "ሰላም", "ኤፕሪል 17, 2025 · 15:20", "እውነት ነው ቱሪስቶች ከመምጣታቸው በፊት መጠናቀቅ አለበት።") + "</div></div>")
    page = (f"<!doctype html><html lang='am'><body><article><h1>የፋሲል ግቢ እድሳት</h1><p>{'የጎንደር ከተማ አስተዳደር እድሳቱን ጀምሯል። ' * 30}</p>"
            f"</article>{comments}<footer><p>ሁሉም ሰዓቶች በምሥራቅ አፍሪካ ሰዓት (EAT, UTC+3) ናቸው።</p></footer></body></html>")
    assert [c.created_at for c in parse_html(page).comments] == [
        datetime(2025, 4, 17, 11, 5, tzinfo=UTC), datetime(2025, 4, 17, 12, 20, tzinfo=UTC),
    ]


@pytest.mark.parametrize(
    ("footer", "language", "winter", "summer"),
    [
        ("ሁሉም ሰዓቶች በምሥራቅ አፍሪካ ሰዓት (EAT, UTC+3) ናቸው።", "am", 3, 3),
        ("Kaikki ajat ovat Suomen aikaa.", "fi", 2, 3),
        ("Todas las horas son hora peninsular española (Madrid).", "es", 1, 2),
        ("Yorumlar editör onayından sonra yayınlanır. Tüm saatler Türkiye saatidir.", "tr", 3, 3),
    ],
)
def test_zone_statements(footer: str, language: str, winter: int, summer: int) -> None:
    assert stated_offsets(footer, language) == (winter, summer)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The sixty-sixth round (reader at 0d0c96d): 244/244 parents blind (100%).
        ("html_holdout296", (60, 60, 60, 60, 60, 0)),
        ("html_holdout297", (62, 62, 62, 62, 62, 0)),
        ("html_holdout298", (60, 60, 60, 60, 60, 0)),
        ("html_holdout299", (62, 62, 62, 62, 62, 0)),
    ],
)
def test_the_sets_of_the_sixty_sixth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
