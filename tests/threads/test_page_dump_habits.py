"""The text parser on dump habits of comment systems beyond WordPress (#15 blind holdout): story
lists headed "Most read" or "Trending" after the comments, OpenWeb's "Conversation" heading,
avatar labels and comment numbers before names, headers with a bullet, a two-digit year or a
dotted clock, "in reply to" on the header line, and lists inside flat comments (wpDiscuz).

Each dump here is written for the test, in the shape w3m, lynx, elinks or links print.
"""

from __future__ import annotations

import pytest

from threads.model import walk
from threads.page_parser import parse_page

STORY = (
    "Ferry fares rise\n\n"
    "The operator will raise fares by six per cent in April, the second rise in a year, it said on Monday.\n\n"
)


def _tree(text: str) -> list[tuple[str | None, str, str | None]]:
    """(author, first words, first words of the parent) per comment, in page order."""
    return [
        (c.author_name, c.body[:20], None if p is None else p.body[:20])
        for p, c in walk(parse_page(text).comments)
    ]


@pytest.mark.parametrize(
    "heading",
    ["Most read", "Most Read", "Most viewed", "Most popular", "Most shared", "Trending", "Trending now",
     "Most read this week", "Most read from The Valley Ledger", "  Most read", "  • Most viewed", "   * Trending"],
)
def test_a_story_list_after_the_comments_ends_them(heading: str) -> None:
    """A numbered or bulleted story list under "Most read" (also indented, also as a list item)
    repeats the comment markup; it is not more comments."""
    comments = (
        "2 Comments\n\n"
        " 1. Petra says:\n    May 9, 2022 at 8:12 am\n\n    Six per cent is too much for islanders.\n\n"
        " 2. Dan says:\n    May 9, 2022 at 8:40 am\n\n    Fuel went up by more than that.\n\n"
    )
    sidebar = f"{heading}\n\n 1. Island school to close in June\n 2. New harbour master starts work\n"
    page = parse_page(STORY + comments + sidebar)
    assert [(c.author_name, c.body) for c in page.comments] == [
        ("Petra", "Six per cent is too much for islanders."),
        ("Dan", "Fuel went up by more than that."),
    ]


def test_most_read_in_a_sentence_is_text() -> None:
    """Only a bare heading ends the section; a comment line that starts the same way is text."""
    text = (
        STORY + "2 Comments\n\n"
        " 1. Petra says:\n    May 9, 2022 at 8:12 am\n\n    Six per cent is too much.\n"
        "    Most read the notice in the paper.\n\n"
        " 2. Dan says:\n    May 9, 2022 at 8:40 am\n\n    Fuel went up by more than that.\n"
    )
    page = parse_page(text)
    assert [c.author_name for c in page.comments] == ["Petra", "Dan"]
    assert page.comments[0].body.endswith("Most read the notice in the paper.")
