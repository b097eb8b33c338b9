"""The text parser on dump habits of comment systems beyond WordPress (#15 blind holdout): story
lists headed "Most read" or "Trending" after the comments, OpenWeb's "Conversation" heading,
avatar labels and comment numbers before names, headers with a bullet, a two-digit year or a
dotted clock, "in reply to" on the header line, and lists inside flat comments (wpDiscuz).

Each dump here is written for the test, in the shape w3m, lynx, elinks or links print.
"""

from __future__ import annotations

import pytest

from threads.comment_header import header_time
from threads.comment_names import clean_name
from threads.date_lines import date_line
from threads.model import ParsedComment, walk
from threads.page_parser import parse_page

STORY = (
    "Ferry fares rise\n\n"
    "The operator will raise fares by six per cent in April, the second rise in a year, it said on Monday.\n\n"
)


def _tree(text: str) -> list[tuple[str | None, str, str | None]]:
    """(author, last words, last words of the parent) per comment, in page order."""
    found: list[tuple[str | None, str, str | None]] = []
    stack: list[tuple[ParsedComment | None, ParsedComment]] = [(None, c) for c in reversed(parse_page(text).comments)]
    while stack:
        parent, comment = stack.pop()
        found.append((comment.author_name, comment.body[-10:], None if parent is None else parent.body[-10:]))
        stack.extend((comment, reply) for reply in reversed(comment.replies))
    return found


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


@pytest.mark.parametrize("heading", ["Conversation", "Conversation 12", "Conversation (12)", "   Conversation"])
def test_conversation_heads_the_comments(heading: str) -> None:
    """OpenWeb and Viafoura head their comments "Conversation": the bulleted items under it are
    the comments (nested by indent), and the story list under "Most Read" is not."""
    text = (
        STORY + f"{heading}\n\n3 Comments 23 Viewing\n\nPost\nSort by Oldest\n\n"
        "  • Avatar\n    TomasR\n\n    The league should have acted in October.\n\n    Reply 312 Share Report\n"
        "      □ Avatar\n        kell_b\n\n        What else are they supposed to do?\n\n        Reply 180 Share Report\n"
        "  • Avatar\n    Coach Dee\n\n    Nine games, three points from safety.\n\n    Reply 73 Share Report\n\n"
        "Show More Comments\n\nMost Read\n\n 1. Trade deadline grades: who won\n 2. Fresno part ways with coach\n"
    )
    assert _tree(text) == [
        (None, "n October.", None),
        (None, "sed to do?", "n October."),
        (None, "om safety.", None),
    ]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("[no_avatar] #1 Seán Breathnach", "Seán Breathnach"), ("#12 Mick Dolan", "Mick Dolan"),
     ("[kcn-logo] Kilbride News", "Kilbride News"), ("[deleted]", None), ("#hashtag", "#hashtag"),
     ("#1", None)],  # a comment's number alone names nobody (a board's "1." where the name would be)
)
def test_clean_name_drops_an_avatar_label_and_a_comment_number(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name


def test_jcomments_headers_give_authors() -> None:
    """JComments prints "[alt] #N Name dd.mm.yyyy hh:mm" on one line over the comment."""
    text = (
        STORY + "Comments\n\n \n[no_avatar] #1 Seán Breathnach 12.03.2019 18:46\n"
        "The bypass was promised to my father in 1989.\n  +14 Reply | Reply with quote | Quote\n \n"
        "[kcn-logo] #2 Kilbride News 13.03.2019 09:05\n"
        "We put that question to the council this morning.\n  +5 Reply | Reply with quote | Quote\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.body[:20]) for c in page.comments] == [
        ("Seán Breathnach", "The bypass was promi"), ("Kilbride News", "We put that question"),
    ]


@pytest.mark.parametrize(
    ("stamp", "when"),
    [("9/12/24, 7:05 PM +7", "2024-09-12 19:05"), ("9/13/24, 8:42 AM 0", "2024-09-13 08:42"),
     ("14 Mar 2024 7.42", "2024-03-14 07:42"), ("May 9, 2022 at 8:12 am", "2022-05-09 08:12")],
)
def test_header_times_with_a_score_a_short_year_or_a_dotted_clock(stamp: str, when: str) -> None:
    assert date_line(stamp) == stamp
    moment = header_time(stamp)
    assert moment is not None and moment.strftime("%Y-%m-%d %H:%M") == when


def test_flat_headers_with_a_bullet_and_a_relative_time_under_a_form() -> None:
    """Isso: the form under the heading (a placeholder line over the fields), then flat headers
    "Name • 3 weeks ago"; an anonymous one is still a header."""
    text = (
        STORY + "3 Comments\n\nType Comment Here (at least 3 chars)\n\nName (optional)[          ]\n\n[Submit]\n\n"
        "Pieter Vos • 3 weeks ago\n\nWill there be a replacement bus for the early starts?\n\n | 5 Reply\n"
        "Anonymous • 3 weeks ago\n\nThe night bus already runs until six.\n\n | 2 Reply\n"
        "Ines K. • 2 weeks ago\n\nPriorities?\n\n | 1 Reply\n"
    )
    assert [(a, b) for a, b, _p in _tree(text)] == [
        ("Pieter Vos", "rly starts?"[-10:]), (None, "until six."), ("Ines K.", "riorities?"),
    ]


def test_flat_headers_with_an_avatar_line_a_scored_date_and_reply_to() -> None:
    """Remark42 and wpDiscuz: the avatar's alt text repeats the name over it, the date has a vote
    score after it, and wpDiscuz names the comment answered ("Reply to  Martha Kiel")."""
    text = (
        STORY + "Comments\n\nYou are logged in as guest. Sign in\nSort by [Oldest]\n[                    ]\n"
        "SendPreview\n"
        "Martha Kiel\nMartha Kiel\n9/12/24, 7:05 PM +7\n\nFinally a safe lane to the ferry.\n\nReply\n"
        "Dev Anand\nAuthor\nDev Anand\n9/12/24, 7:31 PM +3\nReply to  Martha Kiel\n\nSame here, Martha.\n\nReply\n"
        "Ray's avatar\nRay\n9/13/24, 8:42 AM 0\n\nWill the bus still stop at the library?\n\nReply\n"
    )
    page = parse_page(text)
    assert _tree(text) == [
        ("Martha Kiel", "the ferry.", None), ("Dev Anand", "ere, Martha."[-10:], "the ferry."),
        ("Ray", "e library?", None),
    ]
    assert [c.created_at.strftime("%d %H:%M") if c.created_at else None for c in page.comments] == ["12 19:05", "13 08:42"]


def test_in_reply_to_on_a_list_items_header_line_gives_the_parent() -> None:
    """The Guardian lists every reply in a thread at one indent; the header line "SnowyOwl in
    reply to GreyHeron" (under the avatar's repeat of the name) says which comment it answers.
    Where the comment it is indented under is by that author, it stays there."""
    text = (
        STORY + "Comments (4)\n\n"
        "  • GreyHeron\n    GreyHeron\n    14 Mar 2024 7.42\n\n    So the company knew.\n\n    Reply\n"
        "      □ SnowyOwl\n        SnowyOwl in reply to GreyHeron\n        14 Mar 2024 7.58\n\n        Four weeks.\n"
        "      □ GreyHeron\n        GreyHeron in reply to SnowyOwl\n        14 Mar 2024 8.21\n\n        You may be right.\n"
        "      □ Ruth Okafor\n        Ruth Okafor Staff in reply to GreyHeron\n        14 Mar 2024 9.03\n\n"
        "        For context: turnover.\n"
    )
    assert _tree(text) == [
        ("GreyHeron", "ompany knew."[-10:], None), ("SnowyOwl", "our weeks.", "pany knew."),
        ("GreyHeron", " be right."[-10:], "our weeks."), ("Ruth Okafor", " turnover.", "pany knew."),
    ]



def test_a_list_inside_a_flat_comment_is_not_the_comment_list() -> None:
    """wpDiscuz prints comments as blocks: flat headers under the heading, and a bulleted list in
    one comment's text must not be read as the comments."""
    text = (
        STORY + "3 Comments\nOldest\n\n"
        "Gordon Pike\n3 months ago\n\nAnother forty parking spaces gone.\n\n-4\nReply\n"
        "Lisa Ferreira\n3 months ago\n\nGordon, read the report. It says:\n\n"
        "  • a loading bay outside the parade\n  • twelve short-stay spaces kept\n\nThat is more than asked.\n\n11\nReply\n"
        "Ray\n3 months ago\n\nWill the bus still stop outside the library?\n\n0\nReply\n"
    )
    comments = parse_page(text).comments
    assert [c.author_name for c in comments] == ["Gordon Pike", "Lisa Ferreira", "Ray"]
    assert "a loading bay outside the parade" in comments[1].body


@pytest.mark.parametrize("target", ["javascript: void 0;", "javascript:void(0)", "JavaScript: toggle('c2', true);"])
def test_a_script_link_with_blanks_in_the_references_list(target: str) -> None:
    """lynx and elinks print a script link's target as written ("javascript: void 0;", old
    Reddit's collapse links): it is still part of the "References" list, which is dropped with the
    link numbers, not read as numbered comments."""
    text = (
        STORY + "2 Comments\n\n"
        " 1. [1]Petra says:\n    [2]May 9, 2022 at 8:12 am\n\n    Six per cent is too much for islanders.\n\n"
        "    [3]Reply\n"
        " 2. [4]Dan says:\n    [5]May 9, 2022 at 8:40 am\n\n    Fuel went up by more than that.\n\n    [6]Reply\n\n"
        "References\n\n   1. https://example.org/u/petra\n   2. https://example.org/p/1#c1\n"
        f"   3. {target}\n   4. https://example.org/u/dan\n   5. https://example.org/p/1#c2\n   6. {target}\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.body) for c in page.comments] == [
        ("Petra", "Six per cent is too much for islanders."),
        ("Dan", "Fuel went up by more than that."),
    ]


def _reddit_dump(bullet: str, indent: str) -> str:
    """An old-Reddit-like thread as w3m (bullet "•", no indent) or lynx (bullet "*", indent 3)
    print it: heading "all N comments sorted by: best", flat headers with the collapse toggle,
    the triple score, a relative time and the subtree size (wrapped), and a row of lower-case
    links printed as a bulleted list under every comment."""
    buttons = "".join(f"{indent}  {bullet} {word}\n" for word in ("permalink", "save", "parent", "report", "reply"))
    return (
        STORY + f"{indent}all 3 comments sorted by: best\n\n"
        f"{indent}[–] harbour_jo 46 points47 points48 points 5 hours ago (1 child)\n\n"
        f"{indent}Eighteen percent in one go, for the only road we have.\n" + buttons + "\n"
        f"{indent}[–] lfs_ellen[S] Staff 30 points31 points32 points 4 hours ago * (0\n{indent}children)\n\n"
        f"{indent}Reporter here. Medical trips can be refunded.\n" + buttons + "\n"
        f"{indent}[–] ninetails_88 -3 points-2 points-1 points 2 hours ago stickied\n"
        f"{indent}comment (0 children)\n\n"
        f"{indent}Still cheaper than any island ferry on the west coast.\n" + buttons
    )


@pytest.mark.parametrize(("bullet", "indent"), [("•", ""), ("*", "   ")])
def test_old_reddit_headers_and_link_rows(bullet: str, indent: str) -> None:
    """Old Reddit's header gives the name without toggle, score, flair or subtree size; its
    "permalink save parent report reply" row is furniture, not a list of comments. The subtree
    size nests the reply under its parent (``page_child_counts``)."""
    page = parse_page(_reddit_dump(bullet, indent))
    assert [(path, c.author_name, c.body) for path, c in walk(page.comments)] == [
        ((0,), "harbour_jo", "Eighteen percent in one go, for the only road we have."),
        ((0, 0), "lfs_ellen", "Reporter here. Medical trips can be refunded."),
        ((1,), "ninetails_88", "Still cheaper than any island ferry on the west coast."),
    ]


@pytest.mark.parametrize("word", ["permalink", "save", "parent", "context", "embed", "give award"])
def test_reddit_and_hacker_news_links_are_furniture(word: str) -> None:
    from threads.page_furniture import is_furniture_line

    assert is_furniture_line(word)
    assert not is_furniture_line(f"{word} the ferry money for the winter")


@pytest.mark.parametrize(
    ("line", "name"),
    [("okonkwo_a 4 hours ago | next [–]", "okonkwo_a"), ("mfrey 3 hours ago | parent | next [–]", "mfrey"),
     ("[+] tomasz_w 1 point 2 points 3 points 4 hours ago (2 children)", "tomasz_w")],
)
def test_hacker_news_and_reddit_header_tails(line: str, name: str) -> None:
    from threads.comment_header import read_header

    header = read_header(line, None)
    assert header is not None and header.author == name and header.relative


def test_a_score_line_between_name_and_time() -> None:
    """Commento prints the avatar's initial, the name, the score ("12 points") and the time on
    lines of their own (lynx, elinks, links): the score does not hide the header, and a list in a
    comment's text stays in that comment."""
    text = (
        STORY + "Comments\n\n   ______________________________\n   (BUTTON) Add Comment\n   Upvotes Newest Oldest\n"
        "   L\n   Lars Mikkelsen\n   12 points\n   2 hours ago\n\n   Dimming after midnight sounds sensible.\n"
        "   (BUTTON) (BUTTON) (BUTTON)\n"
        "   A\n   Anna Holm\n   6 points\n   an hour ago\n\n   Three things I would like published:\n"
        "     * the reaction time measured for cyclists\n     * how many sensors failed\n\n"
        "   (BUTTON) (BUTTON) (BUTTON)\n"
        "   I\n   Ingrid Bach\n   1 point\n   40 minutes ago\n\n   The failures are in appendix 4.\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.body.split("\n")[0]) for c in page.comments] == [
        ("Lars Mikkelsen", "Dimming after midnight sounds sensible."),
        ("Anna Holm", "Three things I would like published:"),
        ("Ingrid Bach", "The failures are in appendix 4."),
    ]
    assert "how many sensors failed" in page.comments[1].body


def test_have_your_say_with_a_count_heads_the_comments() -> None:
    """A news site's "Have your say (8)" heads its comments (lynx, elinks, links print a site menu
    as a bulleted list above the story, which must not be read as the comments); without a count
    "Have your say" stays the comment form's heading."""
    text = (
        "   Southern Examiner\n     * Dunedin\n     * Otago\n     * Business\n\nFerry fares rise\n\n"
        "   The operator will raise fares by six per cent in April, the second rise in a year.\n\n"
        "Have your say (2)\n\n"
        "   Comments are checked before they appear.\n\n"
        "     * Aroha Tane\n       14 Feb 2024, 9:12am NZDT\n       Separated lanes can't come soon enough.\n"
        "       Respond | Share link | Flag\n"
        "          + Graeme W\n            14 Feb 2024, 10:47am NZDT\n            Painted lanes are better than nothing.\n"
        "            Respond | Share link | Flag\n\n"
        "   Log in to comment\n\nMost read\n\n    1. New hospital build hits another delay\n"
    )
    roots = parse_page(text).comments
    assert [(c.author_name, c.body.split("\n")[0]) for c in roots] == [
        ("Aroha Tane", "Separated lanes can't come soon enough.")
    ]
    assert [(c.author_name, c.body.split("\n")[0]) for c in roots[0].replies] == [
        ("Graeme W", "Painted lanes are better than nothing.")
    ]


def test_disqus_join_the_discussion_with_an_ellipsis() -> None:
    """Disqus heads its thread "Join the discussion…" (lynx, elinks, links, w3m); the site menu
    printed as a bulleted list above the story is not the comments."""
    text = (
        "     * News\n     * Transportation\n     * Opinion\n\nScooter ban\n\n"
        "   The city will ban rental scooters from the waterfront path on summer weekends.\n\n"
        "     * 2 comments\n     * The Portland Post\n     * Login\n\n   Join the discussion…\n"
        "     * Recommend 3\n     * Share\n     * Sort by Best\n\n"
        "     * Avatar\n       Brian K • 2 months ago\n       I use one to get to work every day.\n"
        "       see more\n          14\n          •\n          Reply\n          Share ›\n"
        "     * Avatar\n       tomasz_w • 2 months ago\n       Has the city published the injury numbers?\n"
        "       see more\n          6\n          •\n          Reply\n          Share ›\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.body.split("\n")[0]) for c in page.comments] == [
        ("Brian K", "I use one to get to work every day."),
        ("tomasz_w", "Has the city published the injury numbers?"),
    ]


def test_disqus_badge_between_author_and_the_name_answered() -> None:
    """Disqus prints a reply's header as author, badge, then the name answered ("Sarah Lindqvist
    Mod Brian K • 2 months ago"): the badge goes with the name answered, also one level down."""
    text = (
        STORY + "Join the discussion…\n\n"
        "     * Avatar\n       Brian K • 2 months ago\n       I use one to get to work every day.\n"
        "       Reply\n"
        "          + Avatar\n            Sarah Lindqvist Mod Brian K • 2 months ago\n"
        "            The proposal only covers weekends.\n            Reply\n"
        "               o Avatar\n                 Brian K Sarah Lindqvist • 2 months ago\n"
        "                 Fair, I missed that.\n                 Reply\n"
    )
    brian = parse_page(text).comments[0]
    sarah = brian.replies[0]
    assert (brian.author_name, sarah.author_name, sarah.replies[0].author_name) == ("Brian K", "Sarah Lindqvist", "Brian K")


@pytest.mark.parametrize("wrapped", [False, True])
def test_drupal7_name_on_date_permalink_headers(wrapped: bool) -> None:
    """Drupal 7 themes (Zen, Garland) print "Jim (not verified) on Wednesday, 11 February, 2015 -
    21:04 Permalink" under the comment's subject, the user picture's alt text before the name;
    lynx and elinks wrap a long one inside its date."""
    second = (
        "   fietsfan's picture fietsfan on Wednesday, 11 February, 2015 -\n   22:30 Permalink\n"
        if wrapped
        else "   fietsfan's picture fietsfan on Wednesday, 11 February, 2015 - 22:30 Permalink\n"
    )
    text = (
        STORY + "Comments\n\nSeven thousand is not enough\n\n"
        "   Jim (not verified) on Wednesday, 11 February, 2015 - 21:04 Permalink\n\n"
        "   Seven thousand places will be full on the first day.\n     * reply\n\n"
        "There are more garages planned\n\n" + second + "\n"
        "   This one is only part of the plan.\n     * reply\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.created_at and c.created_at.strftime("%d %H:%M"), c.body.split("\n")[0]) for c in page.comments] == [
        ("Jim", "11 21:04", "Seven thousand places will be full on the first day."),
        ("fietsfan", "11 22:30", "This one is only part of the plan."),
    ]


def test_flat_comments_the_first_with_a_list_and_zoned_stamps() -> None:
    """A newspaper's "cmnt" divs: "Reader comments (3) Guidelines" over flat name / "Jan. 22, 2009
    3:15 p.m. EST" headers, a "Top 10 commenter" badge, and a bulleted list in the first comment's
    text that is no comment list (every renderer). "Robert, do you …" answers Robert
    (``page_flat_cues``)."""
    text = (
        STORY + "   Reader comments (3) Guidelines\n   Zoë Bélanger\n   Jan. 22, 2009 3:15 p.m. EST\n\n"
        "   Three things the city could do tomorrow:\n"
        "     * clear the bus shelters on Sherbrooke first;\n     * fine the contractors.\n\n"
        "   None of that costs $12 million.\n   Reply · Report abuse · Recommend (0)\n"
        "   Robert O’Neill Top 10 commenter\n   Jan. 22, 2009 6:05 p.m. EST\n\n"
        "   The 2008 budget cut the number of trucks.\n   Reply · Report abuse · Recommend (2)\n"
        "   Guylaine T.\n   Jan. 23, 2009 8:20 a.m. EST\n\n"
        "   Robert, do you have a source?\n   Reply · Report abuse · Recommend (7)\n"
        "   Post a comment\n\n   ______________________________\n   Submit\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.created_at and c.created_at.strftime("%d %H:%M"), c.body.split("\n")[0]) for c in page.comments] == [
        ("Zoë Bélanger", "22 20:15", "Three things the city could do tomorrow:"),
        ("Robert O’Neill", "22 23:05", "The 2008 budget cut the number of trucks."),
    ]
    assert [(c.author_name, c.body.split("\n")[0]) for c in page.comments[1].replies] == [("Guylaine T.", "Robert, do you have a source?")]
    assert "fine the contractors." in page.comments[0].body


def test_wordpress_form_above_the_comments_with_a_wrapped_checkbox() -> None:
    """A WordPress theme that prints the comment form between "7 replies on …" and the list; w3m
    wraps the cookie consent checkbox's label, and its last word is no end of the form (nor is the
    "Most commented" box under the sidebar the comments)."""
    text = (
        STORY + "2 replies on “Ferry fares rise”\n\nLeave a comment Cancel reply\n\n"
        "Your email address will not be published. Required fields are marked *\n\n"
        "          [                                             ]\n"
        "Comment * [                                             ]\n\n"
        "Name * [                              ]\n\n"
        "[ ] Save my name, email, and website in this browser for the next time I\ncomment.\n\n"
        "[Post Comment] \n\n"
        " 1. [08409]Lukas Brandstetter says:\n    April 2, 2024 at 10:15 am\n\n"
        "    Good. Trees will do more for the stalls.\n\n    Reply\n"
        "     1. [13969]Claire Dubois says:\n        April 2, 2024 at 11:02 am\n\n"
        "        Thanks Lukas, the flea market stays.\n\n        Reply\n\n"
        "Recent Comments\n\n  • Mihai Popescu on Ferry fares rise\n  • Theresa Lang on U5 opening pushed back\n\n"
        "Most commented this week\n\n 1. Theresa Lang on U5 opening pushed back (23)\n    April 1, 2024 at 7:12 pm\n\n"
        "    Two more years of the 13A being packed to the doors every morning.\n\n"
        "Vienna View, Proudly powered by WordPress. Privacy Policy\n"
    )
    roots = parse_page(text).comments
    assert [(c.author_name, c.body) for c in roots] == [("Lukas Brandstetter", "Good. Trees will do more for the stalls.")]
    assert [(c.author_name, c.body) for c in roots[0].replies] == [("Claire Dubois", "Thanks Lukas, the flea market stays.")]


def test_coral_post_a_comment_button_under_the_heading() -> None:
    """Coral prints "Comments 6", then its form as a "Post a comment" button over "Submit" and the
    tabs, then flat comments (w3m): the button does not end the section before the comments."""
    text = (
        STORY + "Comments 2\nSigned in as guest. Sign out\nPost a comment\nSubmit\n"
        "All Comments 2 Featured Comments 1\nSort by[Oldest        ]\n"
        "Comment from river_north_rita 4 hours ago\nriver_north_rita\n4 hours ago\n\n"
        "The Division Street stop has had a broken elevator since August.\n\n"
        "thumb_up Respect 12 reply Reply Share Report\n"
        "Reply from Dan Okafor 3 hours ago\nDan Okafor Staff\n3 hours ago\n\n"
        "Rita, we asked the transit authority about Division this morning.\n\n"
        "thumb_up Respect 5 reply Reply Share Report\n"
    )
    page = parse_page(text)
    assert [(c.author_name, c.body.split("\n")[0]) for _path, c in walk(page.comments)] == [
        ("river_north_rita", "The Division Street stop has had a broken elevator since August."),
        ("Dan Okafor", "Rita, we asked the transit authority about Division this morning."),
    ]
    # "Rita," names river_north_rita (a handle's words): the reply, printed flat, answers her
    assert [r.author_name for r in page.comments[0].replies] == ["Dan Okafor"]


def test_coral_button_avatar_and_a_few_seconds_ago() -> None:
    """lynx prints Coral's avatar button before the name ("(BUTTON) river_north_rita"), and Coral
    says "a few seconds ago" for the newest comment: neither hides the author."""
    text = (
        STORY + "Comments 2\n\n"
        "   Comment from river_north_rita 4 hours ago\n   (BUTTON) river_north_rita\n   4 hours ago\n\n"
        "   The Division Street stop has had a broken elevator since August.\n\n"
        "   Reply from prairie.girl a few seconds ago\n   prairie.girl\n   a few seconds ago\n\n"
        "   Len, the article says most of it is the arrival screens.\n"
    )
    assert date_line("a few seconds ago") == "a few seconds ago"
    page = parse_page(text)
    assert [(c.author_name, c.body.split("\n")[0]) for c in page.comments] == [
        ("river_north_rita", "The Division Street stop has had a broken elevator since August."),
        ("prairie.girl", "Len, the article says most of it is the arrival screens."),
    ]


def test_astra_avatar_alt_over_the_name_and_post_author_badge() -> None:
    """w3m prints Astra's avatar alt text alone on the item's first line ("[5f1e]") over the name
    and the date; the article's author carries a "Post author" badge (every renderer)."""
    text = (
        STORY + "2 thoughts on “Ferry fares rise”\n\n"
        " 1. [5f1e]\n    Helen Marsh\n    May 6, 2024 at 9:14 am\n\n"
        "    I walk my dog round the reservoir every morning.\n\n    Reply\n"
        "     1. [a90b]\n        Tom Rigby Post author\n        May 6, 2024 at 10:02 am\n\n"
        "        Helen, the ecologist signs off each phase.\n\n        Reply\n"
    )
    helen = parse_page(text).comments[0]
    tom = helen.replies[0]
    assert (helen.author_name, helen.body, tom.author_name, tom.body) == (
        "Helen Marsh", "I walk my dog round the reservoir every morning.", "Tom Rigby", "Helen, the ecologist signs off each phase."
    )
    assert helen.created_at is not None and helen.created_at.hour == 9


def test_disqus_thread_ends_at_powered_by_disqus() -> None:
    """Under its thread Disqus prints "Powered by Disqus" with its other links as list items (links,
    elinks): the site's footer after them is no comment."""
    text = (
        STORY + "   Join the discussion…\n\n"
        "     * Avatar\n       Brian K • 2 months ago\n       I use one to get to work every day.\n"
        "       see more\n          * 6\n          * •\n          * Reply\n          * Share ›\n"
        "     * Avatar\n       Guest • 2 months ago\n       Half of them end up in the river anyway.\n"
        "       see more\n          * 6\n          * •\n          * Reply\n          * Share ›\n"
        "     * Avatar\n       tomasz_w • 2 months ago\n       Has the city published the injury numbers?\n"
        "       see more\n          * 6\n          * •\n          * Reply\n          * Share ›\n"
        "     * Powered by Disqus\n     * Do Not Sell My Data\n     * About\n     * Contact\n\n"
        "   © 2024 The Portland Post. All rights reserved.\n"
    )
    assert [c.author_name for c in parse_page(text).comments] == ["Brian K", None, "tomasz_w"]


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Mele Fifita Verified: Councillor", "Mele Fifita"), ("Ann Lee Verified: City Engineer", "Ann Lee"), ("Verified", "Verified")],
)
def test_verified_role_badge_after_the_name(raw: str, name: str) -> None:
    """A news site's "Verified: Councillor" badge after a commenter's name is not part of it."""
    assert clean_name(raw) == name
