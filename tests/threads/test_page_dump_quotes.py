"""The text parser on quoted blocks and removed comments in renderers' dumps (#15, holdout 4).

A reply quoting another comment opens with a ``<blockquote>``: w3m, elinks and links print it a
few columns deeper than the comment's text, lynx at a fixed column near the left margin, under a
nested reply's text. The quote stays in its comment, each paragraph in curly quotation marks, and
is never a comment or a nesting level. Each dump here is written for the test, in the shape the
renderer prints.
"""

from __future__ import annotations

from threads.model import ParsedComment, walk
from threads.page_parser import parse_page

STORY = (
    "Harbour market reopens\n\n"
    "The covered market on the quay reopened on Saturday after a two-year rebuild, with forty stalls.\n\n"
)


def _rows(comments: list[ParsedComment]) -> list[tuple[str | None, str, str | None]]:
    """(author, body, first words of the parent) per comment, in page order."""
    parents: dict[int, ParsedComment] = {}
    for _path, comment in walk(comments):
        for reply in comment.replies:
            parents[id(reply)] = comment
    rows = []
    for _path, comment in walk(comments):
        parent = parents.get(id(comment))
        rows.append((comment.author_name, comment.body, None if parent is None else parent.body[:12]))
    return rows


def test_lynx_prints_a_replys_quote_at_the_left_margin() -> None:
    """lynx: the reply's quote at column 5, under the reply's header at column 12; the reply's
    text comes back at column 12. Before, the reply lost its text to its parent (and vanished)."""
    dump = STORY + (
        "3 thoughts on “Harbour market reopens”\n\n"
        "    1. Ruth Nance\n"
        "       Ruth Nance on March 4, 2024 at 9:47 am\n"
        "       Sad that the cobbler has gone. He fixed my boots for years.\n"
        "       Reply\n"
        "          + Harbour Trust\n"
        "            Harbour Trust on March 4, 2024 at 12:30 pm\n"
        "\n"
        "     Sad that the cobbler has gone.\n"
        "            We share that feeling. He tells us he will still do repairs\n"
        "            from home for regulars.\n"
        "            Reply\n"
        "    2. Rob Hocking\n"
        "       Rob Hocking on March 4, 2024 at 11:20 am\n"
        "       Good to see it open at last.\n"
        "       Reply\n"
    )
    assert _rows(parse_page(dump).comments) == [
        ("Ruth Nance", "Sad that the cobbler has gone. He fixed my boots for years.", None),
        (
            "Harbour Trust",
            "“Sad that the cobbler has gone.”\n\nWe share that feeling. He tells us he will still do repairs\n"
            "from home for regulars.",
            "Sad that the",
        ),
        ("Rob Hocking", "Good to see it open at last.", None),
    ]


def test_w3m_indents_a_quote_deeper_than_the_comments_text() -> None:
    """w3m: the quote four columns deeper, two paragraphs; the header's date line is furniture.
    A bulleted list in the parent, set off by its colon, stays a list."""
    dump = STORY + (
        "2 Comments\n\n"
        "  • Avatar\n"
        "    Ashgrove Sport • a day ago\n\n"
        "    Player ratings from tonight:\n\n"
        "      □ Mensah 9\n"
        "      □ Stannard 5, lucky to stay on\n\n"
        "    Full ratings in tomorrow's paper.\n\n"
        "      □ Reply\n"
        "      □ Avatar\n"
        "        Guest • a day ago\n\n\n"
        "            Stannard 5, lucky to stay on\n\n"
        "            Mensah 9\n\n"
        "        Harsh. The penalty was soft and he organised the back three.\n\n"
        "          ☆ Reply\n"
    )
    rows = _rows(parse_page(dump).comments)
    assert [(author, parent) for author, _body, parent in rows] == [("Ashgrove Sport", None), (None, "Player ratin")]
    assert rows[0][1].endswith("Full ratings in tomorrow's paper.")
    assert rows[1][1] == (
        "“Stannard 5, lucky to stay on”\n\n“Mensah 9”\n\nHarsh. The penalty was soft and he organised the back three."
    )


def test_flat_comment_quote_is_indented_and_a_list_or_trailing_block_is_not_a_quote() -> None:
    """Blocks printed flat (w3m on Thrive-like markup): the quote indented under the header, the
    text back at the header's column. A bulleted list, or an indented block the comment's text
    does not come back after, is the comment's own."""
    dump = STORY + (
        "Comments (3)\n\n"
        "Anna Lindqvist February 12, 2024 at 10:10 am\n\n"
        "Who decides what gets covered now? Donors will expect favorable stories.\n\n"
        "0 Reply Share\n"
        "Tom Brekke February 12, 2024 at 1:47 pm\n\n"
        "    Donors will expect favorable stories\n\n"
        "The trust published its gift policy. In short:\n\n"
        "  • no single donor above 15% of the budget\n"
        "  • donors listed publicly\n\n"
        "0 Reply Share\n"
        "Mary Lanyon February 12, 2024 at 2:05 pm\n\n"
        "Good to see the policy published.\n\n"
        "    Sent from my phone\n\n"
        "0 Reply Share\n"
    )
    rows = _rows(parse_page(dump).comments)
    assert [author for author, _body, _parent in rows] == ["Anna Lindqvist", "Tom Brekke", "Mary Lanyon"]
    assert rows[1][1] == (
        "“Donors will expect favorable stories”\n\nThe trust published its gift policy. In short:\n\n"
        "• no single donor above 15% of the budget\n• donors listed publicly"
    )
    assert rows[2][1] == "Good to see the policy published.\n\nSent from my phone"


def test_removed_comment_with_replies_under_it_is_a_node_in_nested_lists() -> None:
    """A placeholder as a list item's whole text (lynx on Disqus, w3m on WordPress): a comment with
    no author, its replies under it."""
    dump = STORY + (
        "3 Comments\n\n"
        "     * Avatar\n"
        "       Anna Lee • a day ago\n"
        "       The stalls look great.\n"
        "          + This comment has been removed by a moderator.\n"
        "               o Avatar\n"
        "                 Tom Reed • a day ago\n"
        "                 Good call, that was vile.\n"
        "     * Avatar\n"
        "       Mary Kane • 10 hours ago\n"
        "       Parking is still a mess.\n"
    )
    assert _rows(parse_page(dump).comments) == [
        ("Anna Lee", "The stalls look great.", None),
        (None, "This comment has been removed by a moderator.", "The stalls l"),
        ("Tom Reed", "Good call, that was vile.", "This comment"),
        ("Mary Kane", "Parking is still a mess.", None),
    ]


def test_removed_comment_in_a_flat_dump_is_its_own_comment() -> None:
    """Blocks printed flat: the placeholder under the previous comment's buttons is no part of
    that comment's text but a comment of its own; where elinks indents replies, the reply under it
    hangs from it. A WordPress-like "Reply" link missing under it says nothing of its place."""
    flat = STORY + (
        "Comments (3)\n\n"
        "   Anna Lee·Mar 18, 2024 08:15 PM IST\n\n"
        "   The stalls look great, and the roof lets the light in.\n\n"
        "   ▲ 9 ▼ Reply Flag\n"
        "   Comment deleted\n"
        "       Tom Reed·Mar 18, 2024 08:50 PM IST\n\n"
        "       Good call, that was vile.\n\n"
        "       ▲ 14 ▼ Reply Flag\n"
        "   Mary Kane·Mar 18, 2024 10:35 PM IST\n\n"
        "   Parking is still a mess.\n"
    )
    assert _rows(parse_page(flat).comments) == [
        ("Anna Lee", "The stalls look great, and the roof lets the light in.", None),
        (None, "Comment deleted", None),
        ("Tom Reed", "Good call, that was vile.", "Comment dele"),
        ("Mary Kane", "Parking is still a mess.", None),
    ]
    linked = STORY + (
        "3 thoughts on “Harbour market reopens”\n\n"
        "Anna Lee\nMarch 18, 2024 at 8:15 pm\n\nThe stalls look great.\n\nReply\n"
        "[deleted]\n"
        "Mary Kane\nMarch 18, 2024 at 10:35 pm\n\nParking is still a mess.\n\nReply\n"
        "Tom Reed\nMarch 18, 2024 at 10:50 pm\n\nTry the lot behind the church.\n\n"
    )
    assert _rows(parse_page(linked).comments) == [
        ("Anna Lee", "The stalls look great.", None),
        (None, "[deleted]", None),
        ("Mary Kane", "Parking is still a mess.", None),
        ("Tom Reed", "Try the lot behind the church.", "Parking is s"),
    ]


def test_elinks_page_indented_whole_with_a_bulleted_comment_count_over_the_thread() -> None:
    """elinks and links indent the whole page three columns, so the site's menu above the story is
    a bulleted list like the thread's; Disqus's "• 7 Comments" tab heads the thread, and the menu
    and story are no comment."""
    dump = (
        "   Ashgrove Echo\n\n"
        "     • News\n     • Sport\n     • Jobs\n\n"
        "      Rovers snatch a late point\n\n"
        "   Rovers came from two goals down to draw with the league leaders on Friday night at home.\n\n"
        "     • 2 Comments\n"
        "     • Log in\n\n"
        "     • Avatar\n"
        "       Linda_K • 10 hours ago\n\n"
        "       Has anyone got a clip of the goal?\n\n"
        "          • Reply\n\n"
        "          • Avatar\n"
        "            Gaz Holloway • 9 hours ago\n\n"
        "            Club have put it on their channel, Linda.\n\n"
        "   Powered by Disqus\n"
    )
    article = parse_page(dump)
    assert _rows(article.comments) == [
        ("Linda_K", "Has anyone got a clip of the goal?", None),
        ("Gaz Holloway", "Club have put it on their channel, Linda.", "Has anyone g"),
    ]
    assert "Rovers came from two goals down" in article.body
