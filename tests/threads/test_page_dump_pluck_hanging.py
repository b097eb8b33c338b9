"""A 2009 Pluck thread from the Wayback Machine as w3m prints it (#15, set 46): each comment opens
with "<name> wrote:" and its text hangs indented under it, the time and buttons after the text
("3/7/2009 6:42:10 PM | Recommend (11) | Report Abuse"). Such a line is a header where text hangs
under it; elsewhere "X wrote:" introduces a quote and stays text. A comment opening with an
earlier commenter's name answers them. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """Reader comments (3)

Sort by: Oldest first | Newest first
[no-use] RiverRat1962 wrote:
         Four point two million for a stage that will be used maybe twenty
         nights a year, and my street has not been paved since the nineties.
         3/7/2009 6:42:10 PM  |  Recommend (11)  |  Report Abuse
[41aa0c] hoosierhoops wrote:
         I'll be the contrarian here. I go to shows in Indy and Chicago all
         summer and spend my money there.
         3/7/2009 8:15:33 PM  |  Recommend (7)  |  Report Abuse
[no-use] Deb_in_Waynedale wrote:
         RiverRat, the money is coming out of the downtown TIF and a state
         grant, it says so right in the article.
         3/8/2009 1:05:47 AM  |  Recommend (9)  |  Report Abuse
Page 1 of 1

Post a comment
"""
)


def test_names_with_their_text_hanging_under_them() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "RiverRat1962"),
        ((0, 0), "Deb_in_Waynedale"),
        ((1,), "hoosierhoops"),
    ]


def test_a_quote_introduction_in_flat_text_stays_text() -> None:
    page = ARTICLE + (
        "Comments (2)\n\nPetra Lind\nMarch 3, 2024 at 9:12 pm\n\nThe ferry was late again this morning.\n\n"
        "Dan Ross\nMarch 3, 2024 at 9:40 pm\n\nPetra Lind wrote:\nThe ferry was late again.\n"
        "It was on time for me, the 8:10 left at 8:10.\n"
    )
    assert [c.author_name for _, c in walk(parse_page(page).comments)] == ["Petra Lind", "Dan Ross"]
