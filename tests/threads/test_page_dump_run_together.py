"""The text parser on dump habits of the fourth blind set's kinds (#15): names, badges, letter
avatars and times that the renderer ran together where the page put no space between its inline
elements, role badges after the name, an anonymous comment with only a relative time, a site
footer and a comment system's noscript notice under the thread, and a "Your say (N)" heading.

Each dump here is written for the test, in the shape w3m, lynx, elinks or links print.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from threads.model import ParsedComment, walk
from threads.name_glue import without_glued_badge, without_initials
from threads.page_parser import parse_page

STORY = (
    "Ferry fares rise\n\n"
    "The operator will raise fares by six per cent in April, the second rise in a year, it said on Monday.\n\n"
)


def _rows(comments: list[ParsedComment]) -> list[tuple[str | None, datetime | None, str, str | None]]:
    """(author, time, first words, first words of the parent) per comment, in page order."""
    parents: dict[int, ParsedComment] = {}
    for _path, comment in walk(comments):
        for reply in comment.replies:
            parents[id(reply)] = comment
    rows = []
    for _path, comment in walk(comments):
        parent = parents.get(id(comment))
        rows.append((comment.author_name, comment.created_at, comment.body[:12], None if parent is None else parent.body[:12]))
    return rows


def test_flat_headers_with_name_badge_and_time_run_together() -> None:
    """Thrive-like blocks: "Petra LindFebruary 12, …", a badge run in ("Dan OkaforStaff…"), a
    relative time ("Ruth Ann Berg1 week ago"); one-word handles keep their capitals."""
    text = STORY + (
        "3 Comments\n\n"
        "Petra LindFebruary 12, 2024 at 9:22 am\n\nSix per cent is too much for islanders.\n\n4 Reply Share\n"
        "Dan OkaforStaffFebruary 12, 2024 at 11:05 am\n\nFuel went up by more than that.\n\n2 Reply Share\n"
        "Ruth Ann Berg1 week ago\n\nThe winter timetable is the real problem.\n\n0 Reply Share\n"
        "HarbourWatchFebruary 13, 2024 at 8:00 am\n\nAgreed with all of the above.\n\n0 Reply Share\n"
    )
    assert _rows(parse_page(text).comments) == [
        ("Petra Lind", datetime(2024, 2, 12, 9, 22, tzinfo=UTC), "Six per cent", None),
        ("Dan Okafor", datetime(2024, 2, 12, 11, 5, tzinfo=UTC), "Fuel went up", None),
        ("Ruth Ann Berg", None, "The winter t", None),
        ("HarbourWatch", datetime(2024, 2, 13, 8, 0, tzinfo=UTC), "Agreed with ", None),
    ]


def test_letter_avatar_and_a_dot_with_no_spaces_before_a_zoned_time() -> None:
    """A letter avatar before the name ("PPetra Lind"), the name run into the time, a two-word
    badge ("Local business"), "·" between name and time without spaces, a zone (AEDT, IST);
    "AAnonymous" names nobody."""
    text = STORY + (
        "Your say (3)\n\nComments close 48 hours after publication.\n\n[                    ] Post\n"
        "PPetra Lind12 March 2024 10:14am AEDT\n\nSix per cent is too much.\n\nLike 6ReplyReport\n"
        "DDan OkaforLocal business12 March 2024 10:31am AEDT\n\nFuel went up by more.\n\nLike 2ReplyReport\n"
        "AAnonymous12 March 2024 11:20am AEDT\n\nThe winter timetable.\n\nLike 0ReplyReport\n"
        "Meera Iyer·Mar 18, 2024 07:45 PM IST\n\nAgreed with all of it.\n\nLike 1ReplyReport\n"
    )
    assert _rows(parse_page(text).comments) == [
        ("Petra Lind", datetime(2024, 3, 11, 23, 14, tzinfo=UTC), "Six per cent", None),
        ("Dan Okafor", datetime(2024, 3, 11, 23, 31, tzinfo=UTC), "Fuel went up", None),
        (None, datetime(2024, 3, 12, 0, 20, tzinfo=UTC), "The winter t", None),
        ("Meera Iyer", datetime(2024, 3, 18, 14, 15, tzinfo=UTC), "Agreed with ", None),
    ]


def test_listed_name_over_the_name_with_a_badge_run_in() -> None:
    """Divi-like list items: the name's link over "NameBadge on <date>" (the avatar's repeat of
    the name, with the badge run into it); the reply keeps its nesting."""
    text = STORY + (
        "2 Comments\n\n"
        " 1. Petra Lind\n    Petra Lind on March 4, 2024 at 9:12 am\n\n    Six per cent is too much.\n\n    Reply\n"
        "      □ Dan Okafor\n        Dan OkaforTrader on March 4, 2024 at 10:05 am\n\n"
        "        Fuel went up by more.\n\n        Reply\n"
    )
    assert _rows(parse_page(text).comments) == [
        ("Petra Lind", datetime(2024, 3, 4, 9, 12, tzinfo=UTC), "Six per cent", None),
        ("Dan Okafor", datetime(2024, 3, 4, 10, 5, tzinfo=UTC), "Fuel went up", "Six per cent"),
    ]


@pytest.mark.parametrize("badge", ["Author", "Board member", "Publisher", "Official"])
def test_role_badge_after_the_name(badge: str) -> None:
    text = STORY + (
        "2 thoughts on “Ferry fares rise”\n\n"
        " 1. Petra Lind says:\n    May 14, 2024 at 9:12 am\n\n    Six per cent is too much.\n\n    Reply\n"
        f"     1. Dan Okafor {badge} says:\n        May 14, 2024 at 11:30 am\n\n        Fuel went up.\n\n        Reply\n"
    )
    assert [c.author_name for _path, c in walk(parse_page(text).comments)] == ["Petra Lind", "Dan Okafor"]


def test_anonymous_with_a_relative_time_and_a_reply_to_it_by_subject() -> None:
    """Drupal: "Anonymous" over "3 hours ago" is a comment (nobody named, no datetime), and "In
    reply to <subject> by Anonymous" puts a reply under it."""
    text = STORY + (
        "Comments\n\n"
        "Petra Lind\n\nTue, 03/12/2024 - 18:05\n\nPermalink\n\nFares\n\nSix per cent is too much.\n\n  • Reply\n\n"
        "Anonymous\n\n3 hours ago\n\nPermalink\n\nWinter\n\nThe winter timetable is worse.\n\n  • Reply\n\n"
        "Dan Okafor\n\nTue, 03/12/2024 - 21:48\n\nPermalink\n\nIn reply to Winter by Anonymous\n\n"
        "Re: Winter\n\nIt always was.\n\n  • Reply\n\n"
    )
    assert _rows(parse_page(text).comments) == [
        ("Petra Lind", datetime(2024, 3, 12, 18, 5, tzinfo=UTC), "Six per cent", None),
        (None, None, "The winter t", None),
        ("Dan Okafor", datetime(2024, 3, 12, 21, 48, tzinfo=UTC), "It always wa", "The winter t"),
    ]


def test_noscript_notice_and_site_footer_under_a_bulleted_thread() -> None:
    """Disqus in w3m: replies are list items among the buttons, the thread is followed by
    "Please enable JavaScript …", a story list and the site's footer; none of that ends the
    search for the thread."""
    text = STORY + (
        "  • 2 Comments\n  • Log in\n\n"
        "  • Avatar\n    Petra Lind • a day ago\n\n    Six per cent is too much for islanders.\n\n"
        "      □ 3\n      □ Reply\n      □ Avatar\n        Dan Okafor • a day ago\n\n"
        "        Fuel went up by more than that.\n\n          ☆ 1\n          ☆ Reply\n\n"
        "Load more comments\nPlease enable JavaScript to view the comments powered by Disqus.\n\n"
        "Most read\n\n 1. Island school to close in June\n 2. New harbour master starts work\n\n"
        "© 2024 The Island Courier. All rights reserved. Terms · Privacy · Contact us\n"
    )
    assert [(a, words, parent) for a, _when, words, parent in _rows(parse_page(text).comments)] == [
        ("Petra Lind", "Six per cent", None),
        ("Dan Okafor", "Fuel went up", "Six per cent"),
    ]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("JJo Pitt", "Jo Pitt"), ("JPJo Pitt", "Jo Pitt"), ("UKLiberal", "UKLiberal"), ("DJ Shadow", "DJ Shadow"),
     ("McDonald", "McDonald")],
)
def test_letter_avatar_initials(raw: str, name: str) -> None:
    assert without_initials(raw) == name


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Carol WestergaardPublisher", "Carol Westergaard"), ("Frank MazzoniLocal business", "Frank Mazzoni"),
     ("Mercury ModeratorModerator", "Mercury Moderator"), ("Ann McDonald", "Ann McDonald"),
     ("Ian MacLeod", "Ian MacLeod"), ("RoversTilIDie", "RoversTilIDie"), ("Ann DeVries", "Ann DeVries"),
     # Surname particles joined to a capitalised part are the name's own seam.
     ("Anna FitzGerald", "Anna FitzGerald"), ("Jan VanderBerg", "Jan VanderBerg"),
     ("Gianni DellaRocca", "Gianni DellaRocca"), ("Ruth VanDyke", "Ruth VanDyke"),
     ("Ellen TregearTrader", "Ellen Tregear")],
)
def test_glued_badge(raw: str, name: str) -> None:
    assert without_glued_badge(raw) == name


def test_reply_after_a_numbered_list_in_its_parent() -> None:
    """A reply marked between the parent's list markers and their text (w3m's "□" at column 6
    under " 1." items whose text starts at column 8) is a reply, not more of the list; "Name on
    15 mins ago" names the author."""
    text = STORY + (
        "2 Comments\n\n"
        " 1. Petra Lind\n    Petra Lind on March 4, 2024 at 9:12 am\n\n    A few gripes:\n\n"
        "     1. No bike racks\n     2. The toilets are closed\n    Reply\n"
        "      □ Dan Okafor\n        Dan Okafor on 15 mins ago\n\n        The toilets opened today.\n\n        Reply\n"
    )
    rows = _rows(parse_page(text).comments)
    assert [(a, words, parent) for a, _when, words, parent in rows] == [
        ("Petra Lind", "A few gripes", None),
        ("Dan Okafor", "The toilets ", "A few gripes"),
    ]
    assert "No bike racks" in parse_page(text).comments[0].body


def test_just_now_under_a_flat_name_and_an_initial_run_into_a_badge() -> None:
    """Coral: "Hank Dorsey" over "Just now" is a header; "Paul R.Subscriber" is Paul R."""
    text = STORY + (
        "Comments 2\n\n"
        "Paul R.Subscriber\nApr 2, 2024\n\nSix per cent is too much.\n\nRespect6 Reply Share Report\n"
        "Hank Dorsey\nJust now\n\nFuel went up by more.\n\nRespect2 Reply Share Report\n"
    )
    assert [(a, words) for a, _when, words, _parent in _rows(parse_page(text).comments)] == [
        ("Paul R.", "Six per cent"),
        ("Hank Dorsey", "Fuel went up"),
    ]


def test_reaction_counts_and_log_in_over_a_disqus_thread_are_no_comments() -> None:
    """lynx: "* Log in", the reactions bar ("* 41Upvote", "* 7Funny") and the sort tabs over
    the thread are the comment system's, not comments."""
    text = STORY + (
        "     * 2 Comments\n     * Log in\n\n   What do you think?\n"
        "     * 41Upvote\n     * 7Funny\n\n   (BUTTON) Best (BUTTON) Newest\n"
        "     * Avatar\n       Petra Lind • a day ago\n       Six per cent is too much for islanders.\n"
        "          (BUTTON) 3 (BUTTON)\n          (BUTTON) Reply\n"
        "          + Avatar\n            Dan Okafor • a day ago\n            Fuel went up by more than that.\n"
        "               (BUTTON) Reply\n"
    )
    assert [(a, words, parent) for a, _when, words, parent in _rows(parse_page(text).comments)] == [
        ("Petra Lind", "Six per cent", None),
        ("Dan Okafor", "Fuel went up", "Six per cent"),
    ]
