"""What the eighty-second blind round (sets 360-363, 243/243 parents blind) showed the HTML reader:
a talkback's number and title in bold over its name ("1. כל שנה אותו סיפור" over "יוסי, קריית
ביאליק (28.03.24, 22:10)", archive.today) read as the name; a Polish note without "all"
("Godziny podano według czasu polskiego"). Left: set 363's Drupal stamps that its tester says
were made up earlier than the comments, a moderated comment's time, and a guest's "(no
verificado)" line in a comment's text."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.html_reader import parse_html
from threads.model import walk


def test_a_talkbacks_number_and_title_in_bold_are_not_its_name() -> None:
    def talkback(ident: int, number: int, title: str, name: str, when: str, text: str) -> str:
        return (f'<div id="tb-{ident}" style="border-bottom:1px solid rgb(221,221,221);padding:10px 0">'
                f'<div style="font-weight:bold;font-size:16px"><span>{number}.</span> {title}</div>'
                f'<div style="font-size:13px"><span style="font-weight:bold">{name}</span>, <span>חיפה</span> '
                f'<span>({when})</span></div><div style="margin-top:6px">{text}</div></div>')

    thread = (talkback(501, 1, "סוף סוף", "דני", "12.05.24, 09:15", "חיכינו לגשר הזה עשר שנים, טוב שמתחילים סוף סוף לבנות.")
              + talkback(502, 2, "ומה עם החניה", "מיכל כהן", "12.05.24, 10:40", "אין מספיק חניה ליד התחנה החדשה וכולם יחנו על המדרכה.")
              + talkback(503, 3, "שאלה", "אורח", "12.05.24, 11:05", "מישהו יודע כמה זמן תימשך העבודה על הגשר החדש?"))
    page = (f'<html lang="he" dir="rtl"><body><h1>גשר חדש בכניסה לעיר</h1><p>{"העירייה תתחיל לבנות את הגשר בחודש הבא. " * 10}</p>'
            f'<div><div style="font-weight:bold">טוקבקים (3)</div>{thread}</div></body></html>')
    assert [c.author_name for _, c in walk(parse_html(page).comments)] == ["דני", "מיכל כהן", None]  # (a guest: nobody named)


def test_a_polish_note_of_the_hours() -> None:
    assert stated_offsets("Redakcja nie ponosi odpowiedzialności za treść komentarzy. Godziny podano według czasu polskiego.", "pl") == (1, 2)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-second round (reader at 0d33e69): 243/243 parents blind (100%); blind figures in brackets.
        ("html_holdout360", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout361", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 61, 0)
        ("html_holdout362", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 53, 59, 0)
        ("html_holdout363", (59, 59, 59, 59, 56, 0)),  # (59, 59, 59, 59, 49, 0); a word more right in round 102 (a bold nobody line)
    ],
)
def test_the_sets_of_the_eighty_second_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
