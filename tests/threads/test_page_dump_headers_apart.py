"""The text parser on dumps where a comment's header stands apart from its list marker or carries
its "Reply" link (#15, blind sets 5 and 6): lynx printing a list number alone over "Name says:",
w3m an avatar's alt text after the number with "Name says:" under it, "Reply" after the time on
the header's line ("2 June 2024 at 2:21 pm Reply", "Name March 4, 2024 at 3:12 pm - Reply"), and
a "Latest from the comments" box after the comment form.

Each dump here is written for the test, in the shape lynx, w3m or links print.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from threads.date_lines import date_line
from threads.model import ParsedComment
from threads.page_furniture import is_date_line
from threads.page_parser import parse_page

STORY = (
    "Depot roof grant\n\n"
    "The state grant pays for the roof first, then the gutters, and the rest waits for matching funds.\n\n"
)


def _tree(text: str) -> list[tuple[str | None, datetime | None, str, str | None]]:
    """(author, time, first words, first words of the parent) per comment, in page order."""
    found: list[tuple[str | None, datetime | None, str, str | None]] = []
    stack: list[tuple[ParsedComment | None, ParsedComment]] = [(None, c) for c in reversed(parse_page(text).comments)]
    while stack:
        parent, comment = stack.pop()
        found.append((comment.author_name, comment.created_at, comment.body[:12], None if parent is None else parent.body[:12]))
        stack.extend((comment, reply) for reply in reversed(comment.replies))
    return found


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=UTC)


def test_lynx_numbers_alone_over_says_headers() -> None:
    """lynx prints each item's number on a line of its own and the header a column left of it; a
    reply's header is shallower than its own number, and must not fall to the comment above."""
    dump = STORY + (
        "3 replies on “Depot roof grant”\n\n"
        "    1.\n"
        "   Lorraine Beckwith says:\n"
        "       March 9, 2024 at 6:42 pm\n"
        "       My grandfather worked the ticket window here for thirty years.\n"
        "       Reply\n"
        "         1.\n"
        "        Tom Varga says:\n"
        "            March 10, 2024 at 8:05 am\n"
        "            Lorraine, we would love to scan his photographs.\n"
        "            Reply\n"
        "    2.\n"
        "   Dwayne K. says:\n"
        "       March 9, 2024 at 10:51 pm\n"
        "       Who is paying for the new roof?\n"
        "       Reply\n\n"
        "Leave a Reply\n"
    )
    assert _tree(dump) == [
        ("Lorraine Beckwith", _at(9, 18, 42), "My grandfath", None),
        ("Tom Varga", _at(10, 8, 5), "Lorraine, we", "My grandfath"),
        ("Dwayne K.", _at(9, 22, 51), "Who is payin", None),
    ]


def test_a_number_alone_over_a_text_line_keeps_the_text() -> None:
    """A number alone over a plain line (no header) gives the item that line as its text."""
    dump = STORY + (
        "2 Comments\n\n"
        "    1.\n"
        "   The roof should have come first years ago.\n"
        "         1.\n"
        "        It did not have the money years ago.\n"
        "    2.\n"
        "   Good to see the tarp going.\n\n"
        "Leave a Reply\n"
    )
    assert [(author, words, parent) for author, _, words, parent in _tree(dump)] == [
        (None, "The roof sho", None),
        (None, "It did not h", "The roof sho"),
        (None, "Good to see ", None),
    ]


def test_w3m_avatar_after_the_number_over_a_says_header() -> None:
    """w3m prints the avatar's alt text after the item's number ("1. [3c2b1a]", "□ [8e0a2c]") and
    "Name says:" under it; the date line ends with the "Reply" link."""
    dump = STORY + (
        "7 thoughts on “Depot roof grant”\n\n"
        " 1. [3c2b1a]\n"
        "    Fiona Galbraith says:\n"
        "    2 March 2024 at 2:21 pm Reply\n\n"
        "    Rode past on Sunday and the tarp is still on.\n\n"
        "    LikeLiked by 3 people\n\n"
        "      □ [77f0aa]\n"
        "        Alasdair Reid says:\n"
        "        2 March 2024 at 6:05 pm Reply\n\n"
        "        The roofers start after Easter.\n\n"
        " 2. []\n"
        "    Jen says:\n"
        "    3 March 2024 at 4:40 pm Reply\n\n"
        "    Will the waiting room open in June?\n\n"
        "Leave a Comment\n"
    )
    assert _tree(dump) == [
        ("Fiona Galbraith", _at(2, 14, 21), "Rode past on", None),
        ("Alasdair Reid", _at(2, 18, 5), "The roofers ", "Rode past on"),
        ("Jen", _at(3, 16, 40), "Will the wai", None),
    ]


def test_name_time_and_reply_on_one_header_line() -> None:
    """Avada prints the name, the time and "- Reply" on one line under the avatar."""
    dump = STORY + (
        "3 Comments\n\n"
        " 1. [4a6c8e]\n"
        "    Greg Halloran March 4, 2024 at 3:12 pm - Reply\n\n"
        "    About time the dune fencing was fixed.\n\n"
        "      □ [6c8e0a]\n"
        "        Jen Mcintyre March 4, 2024 at 4:55 pm - Reply\n\n"
        "        Will dogs still be allowed below the works?\n\n"
        " 2. [a0c2e4]\n"
        "    Rosa Delgado March 4, 2024 at 10:03 pm · Reply\n\n"
        "    The fencing crew were very friendly.\n\n"
        "Leave a Comment\n"
    )
    assert _tree(dump) == [
        ("Greg Halloran", _at(4, 15, 12), "About time t", None),
        ("Jen Mcintyre", _at(4, 16, 55), "Will dogs st", "About time t"),
        ("Rosa Delgado", _at(4, 22, 3), "The fencing ", None),
    ]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("2 June 2024 at 2:21 pm Reply", "2 June 2024 at 2:21 pm"),
        ("March 4, 2024 at 3:12 pm - Reply", "March 4, 2024 at 3:12 pm"),
        ("12. März 2024 um 09:15 · Antworten", "12. März 2024 um 09:15"),
        ("3 hours ago | Reply", "3 hours ago"),
    ],
)
def test_a_date_line_with_its_reply_link_is_a_date_line(line: str, stamp: str) -> None:
    assert is_date_line(line)
    assert date_line(line) == stamp


@pytest.mark.parametrize("line", ["Please reply", "I will reply", "2024 was the year we asked them to reply"])
def test_a_sentence_ending_in_reply_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


def test_latest_from_the_comments_after_the_form_is_no_comment_list() -> None:
    """A box of the site's latest comments after the form, in the comment list's own numbered
    shape, ends the section (links prints the theme's widget so)."""
    dump = STORY + (
        "2 thoughts on “Depot roof grant”\n\n"
        "    1. Fiona Galbraith says:\n"
        "       2 March 2024 at 2:21 pm Reply\n\n"
        "       Rode past on Sunday and the tarp is still on.\n\n"
        "    2. Kwame Asante says:\n"
        "       2 March 2024 at 3:02 pm Reply\n\n"
        "       Good to hear the wall section is finished.\n\n"
        "  Leave a Comment\n\n"
        "   Comment\n   ______________________________________________\n\n"
        "Latest from the comments\n\n"
        "    1. Kwame Asante on Depot roof grant2 March 2024\n\n"
        "       Good to hear the wall section is finished.\n\n"
        "    2. Iain Murdoch on Saturday mornings3 February 2024\n\n"
        "       Great write-up as always.\n"
    )
    assert [(author, words) for author, _, words, _ in _tree(dump)] == [
        ("Fiona Galbraith", "Rode past on"),
        ("Kwame Asante", "Good to hear"),
    ]


def test_widget_under_a_placeholder_with_avatars_initials_and_short_times() -> None:
    """A widget's box shown only as its placeholder ("Write a comment…") right over the list is no
    form that ends the section; an avatar's alt text ("Name's avatar") or initials ("RA") over
    "Name Badge 5h" are no text, and the short relative time makes the line a header."""
    dump = STORY + (
        "Join the conversation\n\n12 comments\n\n"
        "Please read our commenting policy before posting.\n\n"
        "Sort by Newest Oldest Most liked\n"
        "Write a comment…\n\n"
        "  • Gillian Fraser's avatar\n"
        "    Gillian Fraser Verified 5h\n\n"
        "    We use this train six times a year.\n\n"
        "    48 2 Reply Share Report\n"
        "      □ RA\n"
        "        Rupert Aldous 5h\n\n"
        "        Same here, the sleeper is the point.\n\n"
        "        17 0 Reply Share Report\n"
        "      □ (BUTTON) Load 3 more replies\n"
        "  • CW\n"
        "    Colin W 12m\n\n"
        "    Forty-year-old carriages and no plan.\n\n"
        "Show more comments\n"
    )
    assert [(author, words, parent) for author, _, words, parent in _tree(dump)] == [
        ("Gillian Fraser", "We use this ", None),
        ("Rupert Aldous", "Same here, t", "We use this "),
        ("Colin W", "Forty-year-o", None),
    ]


@pytest.mark.parametrize("first", ["RA", "NOT", "Ok"])
def test_a_short_first_line_that_is_no_avatar_stays_text(first: str) -> None:
    """Capitals that are not the initials of the line below (or no capitals) stay the comment's
    text."""
    dump = STORY + (
        "2 Comments\n\n"
        f"  • {first}\n    Nobody asked the guards about this at all.\n\n"
        "  • Second comment about the trains here.\n\n"
        "Leave a Reply\n"
    )
    assert parse_page(dump).comments[0].body == f"{first}\nNobody asked the guards about this at all."


@pytest.mark.parametrize("rating", ["5 stars", "Rated 4 out of 5", "4.5/5", "★★★★☆"])
def test_a_rating_over_the_comment_is_no_text(rating: str) -> None:
    """Recipe and review sites print the commenter's rating between the header and the text."""
    dump = STORY + (
        "2 Comments\n\n"
        " 1. Dana Whitfield says\n\n    January 18, 2024 at 7:32 am\n\n"
        f"    {rating}\n    Made this for my book club last night.\n\n"
        " 2. Rob M says\n\n    January 18, 2024 at 11:03 am\n\n    Solid recipe, more butter next time.\n\n"
        "Leave a Reply\n"
    )
    assert [(c.author_name, c.body) for c in parse_page(dump).comments] == [
        ("Dana Whitfield", "Made this for my book club last night."),
        ("Rob M", "Solid recipe, more butter next time."),
    ]


def test_a_button_row_run_into_the_next_flat_header_is_no_part_of_the_name() -> None:
    """A dump that prints comments flat runs one comment's buttons into the next one's header."""
    dump = STORY + (
        "Réactions (3)\n\n"
        "CD Claire D. le 26/10/2024 à 18h12\n\n"
        "Il était temps, cela fait dix ans qu’on nous promet une vraie liaison.\n\n"
        "J’aime 14 Répondre Signaler YL Yannick Le Goff le 26/10/2024 à 19h40\n\n"
        "La ligne 5 a pris du retard à cause des fouilles sur l’île de Nantes.\n\n"
        "J’aime 6 Répondre Signaler CD Claire D. le 27/10/2024 à 08h05\n\n"
        "En réponse à Yannick Le Goff\n\n"
        "Justement, les réseaux enterrés sous la rue datent de la même époque.\n\n"
        "J’aime 3 Répondre Signaler\n"
    )
    assert [(author, parent) for author, _, _, parent in _tree(dump)] == [
        ("Claire D.", None), ("Yannick Le Goff", None), ("Claire D.", "La ligne 5 a")
    ]
