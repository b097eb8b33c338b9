"""The text parser on dumps in the shapes other renderers produce (#15), written for these tests:
replies marked □ ☆ ○, numbered replies at deeper indents beside numbered lists inside a comment,
dates and buttons rendered as • bullets, flat pages where only a missing "Reply" link shows a
reply, and a "Recent Comments" box repeating the comment markup. The share of right parent links
over all dumps is printed and held to 98%."""

from __future__ import annotations

from pathlib import Path

import pytest

from threads.model import walk
from threads.page_parser import parse_file

DATA = Path(__file__).parent / "data" / "text"

# dump -> [(start of the comment, start of its parent or None)], in page order.
EXPECTED: dict[str, list[tuple[str, str | None]]] = {
    "ferry_glyphs.txt": [
        ("Four sailings is a death sentence", None),
        ("They did publish them, Petra.", "Four sailings is a death sentence"),
        ("A handful of us who happen", "They did publish them, Petra."),
        ("The shops were dying", "Four sailings is a death sentence"),
        ("Will the season tickets", None),
        ("Yes, pro rata", "Will the season tickets"),
        ("Only for annual tickets", "Will the season tickets"),
        ("Good. Empty boats", None),
    ],
    "buses_numbered.txt": [
        ("About time.", None),
        ("Every forty minutes", "About time."),
        ("A start is more than", "Every forty minutes"),
        ("Route 27 goes past", "About time."),
        ("Who is paying for it?", None),
        ("The regional transport fund", "Who is paying for it?"),
        ("My list of problems", None),
    ],
    "library_flat.txt": [
        ("Yes. Mondays nobody goes", None),
        ("Which is exactly who", "Yes. Mondays nobody goes"),
        ("Sunday opening worked", "Yes. Mondays nobody goes"),
        ("Pay the staff properly", None),
        ("Money for the car park", "Pay the staff properly"),
        ("Then close Wednesday", None),
    ],
}


def links(name: str) -> list[tuple[str, str | None]]:
    starts = [e[0] for e in EXPECTED[name]]

    def key(body: str) -> str:
        return next((s for s in starts if body.startswith(s)), body[:30])

    found: list[tuple[str, str | None]] = []
    by_path: dict[tuple[int, ...], str] = {}
    for path, comment in walk(parse_file(DATA / name).comments):
        by_path[path] = key(comment.body)
        found.append((by_path[path], by_path.get(path[:-1])))
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_dump_gives_its_tree(name: str) -> None:
    assert links(name) == EXPECTED[name]


def test_parent_link_accuracy_over_the_dumps(capsys: pytest.CaptureFixture[str]) -> None:
    right = total = 0
    for name, expected in EXPECTED.items():
        got = dict(links(name))
        total += len(expected) + len(set(got) - {e[0] for e in expected})
        right += sum(1 for cid, parent in expected if cid in got and got[cid] == parent)
    with capsys.disabled():
        print(f"\ntext-dump parent links right: {right}/{total} = {right / total:.1%} (goal 98%)")
    assert right / total >= 0.98


def test_metadata_bullets_and_buttons_are_not_replies_or_text() -> None:
    page = parse_file(DATA / "ferry_glyphs.txt")
    bodies = [c.body for _p, c in walk(page.comments)]
    assert not any(line.startswith(("May 9, 2022", "Like", "Reply")) for b in bodies for line in b.split("\n"))
    # the numbered list inside a reply stays in it
    assert "1. 11:30 crossing: 9 passengers\n2. 13:30 crossing: 13 passengers" in bodies[1]


def test_a_sidebar_repeating_comment_markup_is_not_comments() -> None:
    bodies = [c.body for _p, c in walk(parse_file(DATA / "ferry_glyphs.txt").comments)]
    assert not any("Ola Berg" in b or "Kim Ash" in b for b in bodies)


def test_numbered_list_inside_a_comment_is_not_replies() -> None:
    last = parse_file(DATA / "buses_numbered.txt").comments[2]
    assert last.replies == []
    assert last.body.endswith("1. drivers skipped stops\n2. no timetable at the stops\nI hope both are fixed this time.")
    assert "Readers' comments" not in parse_file(DATA / "buses_numbered.txt").body


def test_comment_system_buttons_as_bullets_are_neither_replies_nor_text() -> None:
    """Buttons and labels of comment systems that renderers print as list items under a comment."""
    from threads.page_parser import parse_page

    buttons = [
        "Flag as inappropriate", "Mark as spam", "Edit comment", "Show 3 more replies", "View 2 replies",
        "Reply to Petra", "Share on Facebook", "Like (3)", "Upvote 4", "Recommend", "5 recommendations",
        "Editor's pick", "Featured comment", "(edited)", "Log in to reply", "▲ 12 ▼", "Load more comments",
    ]
    lines = ["Ferry timetable cut", "", "The board cut the timetable to four sailings a day from June.", "",
             "2 Comments", "", " 1. Petra says:", "    May 9, 2022 at 8:12 am", "",
             "    Four sailings is a death sentence for the island shops.", ""]
    lines += [f"      • {button}" for button in buttons]
    lines += ["", "     1. Dan says:", "        May 9, 2022 at 8:40 am", "", "        They did publish the numbers.", ""]
    page = parse_page("\n".join(lines))
    assert [(c.author_name, c.body, [(r.author_name, r.body) for r in c.replies]) for c in page.comments] == [
        ("Petra", "Four sailings is a death sentence for the island shops.", [("Dan", "They did publish the numbers.")]),
    ]


def test_related_stories_over_dates_are_not_flat_comments() -> None:
    """A headline over its date looks like a name over a comment's date; without a comments
    heading, flat comments need a time of day (or "ago") and text under the header."""
    from threads.page_parser import parse_page

    story = "The council approved the new ferry contract on Tuesday after a two-hour debate in the chamber."
    related = "\n\n".join(
        f"{title}\n{date}\n{summary}"
        for title, date, summary in (
            ("Bridge tolls to rise", "May 3, 2022", "The toll will go up by a pound for cars."),
            ("Island school to close", "April 28, 2022", "Pupils will move to the mainland school."),
            ("New harbour master", "April 2, 2022", "She starts in June."),
        )
    )
    page = parse_page(f"Ferry contract approved\n\n{story}\n\nRelated stories\n\n{related}\n")
    assert page.comments == []
    # The same shape with times of day is a flat comment section (three named commenters).
    timed = related.replace(", 2022", ", 2022 at 9:14 am")
    flat = parse_page(f"Ferry contract approved\n\n{story}\n\n{timed}\n")
    assert [(c.author_name, c.body) for c in flat.comments] == [
        ("Bridge tolls to rise", "The toll will go up by a pound for cars."),
        ("Island school to close", "Pupils will move to the mainland school."),
        ("New harbour master", "She starts in June."),
    ]


@pytest.mark.parametrize("heading", ["Related stories", "More from the Courier", "You may also like", "Read next", ""])
def test_bulleted_story_list_with_dates_is_not_comments(heading: str) -> None:
    """A dump's "related stories" list (bullets, a date under each) is not a comment section: a
    bulleted stretch needs a time of day, "ago" or "Reply" to be comments."""
    from threads.page_parser import parse_page

    story = "The council approved the new ferry contract on Tuesday after a two-hour debate in the chamber."
    items = "  • Bridge tolls to rise\n    May 3, 2022\n  • Island school to close\n    April 28, 2022\n"
    assert parse_page(f"Ferry contract approved\n\n{story}\n\n{heading}\n\n{items}").comments == []
    timed = items.replace(", 2022", ", 2022 at 9:14 am")
    assert len(parse_page(f"Ferry contract approved\n\n{story}\n\n{timed}").comments) == 2
