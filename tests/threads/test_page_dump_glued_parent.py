"""Kinja's discussion printed flat (#15, set 51): a reply's header runs the name of the comment it
answers into the author's own with no blank ("HarfordRdRegularCobblestone Kate", "Pigtown
Petenotmyfirstcamera"), also where the name read off the line stops at the seam and takes the
rest for a badge ("Cobblestone KateHarfordRdRegular"). A name an earlier comment was written
under, ending the header, names the comment answered; a name that merely ends like a short
earlier one ("Kate") does not. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import ParsedComment, walk
from threads.page_flat_span import glued_parent
from threads.page_parser import parse_page


def _comment(name: str, stamp: str, text: str) -> str:
    return f"[avat]\n{name}\n{stamp}\n\n{text}\n\n14 Reply Share Flag\n"


_PAGE = (
    ARTICLE
    + "Discussion\n\n"
    + _comment("Cobblestone Kate", "3/09/19 9:14pm", "Nine thousand tickets in a week on a road where nobody speeds.")
    + _comment("HarfordRdRegularCobblestone Kate", "3/09/19 11:52pm", "It drops to 25 because there are two schools.")
    + _comment("Cobblestone KateHarfordRdRegular", "3/10/19 9:05am", "Fair, but the sign says 25 when flashing.")
    + _comment("notmyfirstcamera", "3/10/19 1:47am", "Reminder that the city had to void thousands in 2012.")
    + _comment("Pigtown Petenotmyfirstcamera", "3/10/19 3:12am", "The 2012 mess was the old vendor's cameras.")
)


def test_the_name_answered_glued_to_the_authors() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Cobblestone Kate"),
        ((0, 0), "HarfordRdRegular"),
        ((0, 0, 0), "Cobblestone Kate"),
        ((1,), "notmyfirstcamera"),
        ((1, 0), "Pigtown Pete"),
    ]


def test_a_short_earlier_name_is_no_glued_parent() -> None:
    earlier = [ParsedComment(body="x", author_name="Kate")]
    assert glued_parent("MaryKate", "MaryKate", earlier) is None
    assert glued_parent("Cobblestone Kate", "Cobblestone Kate", [ParsedComment(body="x", author_name="Cobblestone Kate")]) is None
