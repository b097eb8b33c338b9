"""What the sixty-ninth blind round (sets 308-311, 243/248 parents blind) showed the HTML reader:
zones stated in Czech ("… jsou uvedeny v místním čase (Praha, SEČ/SELČ)"), Portuguese ("… são
horas legais da Madeira (WET/WEST)"), Thai ("…บนเว็บไซต์นี้เป็นเวลาประเทศไทย (GMT+7)") and French
("Toutes les heures sont indiquées en heure de Paris"); Tamil "விருந்தினர்" (guest) naming nobody.
Set 310's Yahoo-like page, whose reply lists the reader did not take for comments (four), and set
311's quote under archive.today headed "Marie-Jo a écrit :" (one) were mended after the round
(test_html_round_seventy)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.comment_names import clean_name


@pytest.mark.parametrize(
    ("footer", "language", "winter", "summer"),
    [
        ("Všechny časy v diskusi jsou uvedeny v místním čase (Praha, SEČ/SELČ).", "cs", 1, 2),
        ("Todas as horas indicadas nos comentários são horas legais da Madeira (WET/WEST).", "pt", 0, 1),
        ("เวลาทั้งหมดที่แสดงบนเว็บไซต์นี้เป็นเวลาประเทศไทย (GMT+7)", "th", 7, 7),
        ("Toutes les heures sont indiquées en heure de Paris.", "fr", 1, 2),
    ],
)
def test_zone_statements(footer: str, language: str, winter: int, summer: int) -> None:
    assert stated_offsets(footer, language) == (winter, summer)


def test_a_tamil_guest_names_nobody() -> None:
    assert clean_name("விருந்தினர்") is None


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The sixty-ninth round (reader at b725891): 243/248 parents blind (98.0%).
        ("html_holdout308", (64, 64, 64, 64, 64, 0)),
        ("html_holdout309", (64, 64, 64, 64, 64, 0)),
        ("html_holdout310", (59, 59, 59, 59, 59, 0)),  # (mended after the round: 59, 55, 55, 54, 55 blind)
        ("html_holdout311", (61, 61, 61, 61, 61, 0)),  # (blind: 60 parents)
    ],
)
def test_the_sets_of_the_sixty_ninth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
