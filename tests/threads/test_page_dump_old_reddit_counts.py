"""Old Reddit's thread as w3m prints it (#15, sets 2 and 51): flat, each header counting the
comment's replies at all depths ("(3 children)", "(1 child)", perhaps wrapped onto the next line),
a reply's buttons holding a "parent" link, replies the page left out counted ("load more comments
(2 replies)"). The counts give the tree; a comment without a "parent" link starts a thread even
where a count still owes replies (Reddit counts replies it never shows). "all 9 comments" under
"loading..." is the section's heading: a line in lower case under a finished line is no word
wrapped off it. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_bounds import is_heading
from threads.page_parser import parse_page

_BUTTONS = "  • permalink\n  • embed\n  • save\n{parent}  • report\n  • reply\n"


def _comment(header: str, text: str, *, reply: bool) -> str:
    return f"{header}\n\n{text}\n\n" + _BUTTONS.format(parent="  • parent\n" if reply else "") + "\n"


_PAGE = (
    ARTICLE
    + "loading...\nall 9 comments\nsorted by:\nbest\n\n"
    + _comment(
        "[–]AutoModerator[M] 1 point2 points 1 day ago stickied comment (0\nchildren)",
        "Thanks for posting! This link is from a site that may be paywalled.",
        reply=False,
    )
    + _comment(
        "[–]lakeviewmom_3 87 points88 points 1 day ago (6 children)",
        "Whitcomb is the only elementary school you can walk to from the north end.",
        reply=False,
    )
    + _comment(
        "[–]FerryStreetGuy 40 points41 points 1 day ago (3 children)",
        "Enrollment there is down to 212 in a building made for 500.",
        reply=True,
    )
    + _comment(
        "[–]lakeviewmom_3 36 points37 points 1 day ago (0 children)",
        "And whose fault is that? The district drew the boundary line.",
        reply=True,
    )
    + "load more comments (2 replies)\n\n"
    + _comment(
        "[–]whitcomb_alum_88 18 points19 points 1 day ago (0 children)",
        "Six of the teachers got layoff notices with the vote.",
        reply=True,
    )
    + _comment(
        "[–]harbor_light_22[S] 63 points64 points 1 day ago * (0 children)",
        "Summary since it's paywalled: the board voted five to two on Thursday.",
        reply=False,
    )
)


def test_the_counts_of_children_give_the_tree() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "AutoModerator"),
        ((1,), "lakeviewmom_3"),
        ((1, 0), "FerryStreetGuy"),
        ((1, 0, 0), "lakeviewmom_3"),
        ((1, 1), "whitcomb_alum_88"),
        ((2,), "harbor_light_22"),
    ]


def test_a_lower_case_heading_under_a_finished_line() -> None:
    assert is_heading(["loading...", "all 9 comments"], 1)
    assert not is_heading(["[Post", "comment"], 1)
