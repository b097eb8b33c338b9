"""What the eighty-third blind round (sets 364-367, 239/239 parents blind) showed the HTML reader:
zones stated in words it did not know ("All times AEST (Queensland time)", a place in its own
bracket after the zone; "Comment times are NZ time"; Italian "Tutti gli orari indicati sul sito si
riferiscono all'ora italiana"); Tamil's "அநாமதேயம்" (anonymity) for nobody; a talkback's number
alone over its text. A Cambodian page's times in Khmer digits under archive.today (set 366) and
LiveRe's names inside an iframe's srcdoc (set 366) were read in the next round's session (see
test_html_round_eightyfour)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk


@pytest.mark.parametrize(
    ("note", "language", "offsets"),
    [
        ("All times AEST (Queensland time).", "en", (10, 10)),
        ("Comment times are NZ time.", "en", (13, 12)),
        ("Tutti gli orari indicati sul sito si riferiscono all'ora italiana.", "it", (1, 2)),
    ],
)
def test_zones_stated_in_words(note: str, language: str, offsets: tuple[float, float]) -> None:
    assert stated_offsets(note, language) == offsets


def test_tamil_anonymity_names_nobody() -> None:
    assert clean_name("அநாமதேயம்") is None and clean_name("கார்த்திக் ராஜா") == "கார்த்திக் ராஜா"


def test_a_talkbacks_number_alone_over_its_text() -> None:
    def talkback(ident: int, number: int, title: str, name: str, text: str) -> str:
        return (f'<li class="talkback" id="tb-{ident}"><div class="tb-num">{number}.</div><div class="tb-title">{title}</div>'
                f'<div class="tb-author">{name}</div><div class="tb-date">12.05.24 10:{number}5</div><div class="tb-text">{text}</div></li>')

    items = (talkback(81, 1, "סוף סוף", "דני", "חיכינו לטיילת הזאת הרבה שנים, טוב שמתחילים.")
             + talkback(82, 2, "חניה", "מיכל", "אין מספיק חניה ליד החוף בסופי שבוע."))
    page = (f'<html lang="he" dir="rtl"><body><h1>טיילת חדשה בקריית ים</h1><p>{"העירייה תתחיל לבנות את הטיילת בחודש הבא. " * 10}</p>'
            f'<ul class="talkbacks">{items}</ul></body></html>')
    bodies = [c.body for _, c in walk(parse_html(page).comments)]
    assert [body.split("\n\n")[-1] for body in bodies] == ["חיכינו לטיילת הזאת הרבה שנים, טוב שמתחילים.", "אין מספיק חניה ליד החוף בסופי שבוע."]
    assert not any(line in {"1.", "2."} for body in bodies for line in body.split("\n\n"))


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-third round (reader at 12f5783): 239/239 parents blind (100%); blind figures in brackets.
        ("html_holdout364", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 45, 0)
        ("html_holdout365", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 60, 60, 0)
        ("html_holdout366", (62, 62, 62, 62, 62, 0)),  # (62, 62, 62, 55, 55, 0)
        ("html_holdout367", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 51, 0)
    ],
)
def test_the_sets_of_the_eighty_third_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
