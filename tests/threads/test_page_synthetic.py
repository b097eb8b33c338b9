"""The parser on pages written for these tests: other scrapers' glyphs, numbered replies, tabs,
CRLF, body lists against replies, and reply chains far deeper than Python's recursion limit."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from threads.model import ParsedComment, count_comments, walk
from threads.page_parser import parse_file, parse_page
from threads.page_section import find_comment_section
from threads.text import PageDecodeError

ARTICLE = """Council votes to rebuild the old river bridge

Bridge at dusk (City Archive, March 3, 2019)

The city council voted on Tuesday to rebuild the old river bridge before winter.

Engineers said the work would take eleven weeks and close one lane at a time.

Read Also: Parking rules change downtown next month

Dana Whitfield

Dana Whitfield is the city hall reporter of the Riverside Ledger.

"""


def shape(comments: list[ParsedComment]) -> list[tuple[str, list[object]]]:
    """(body, shape of replies) for every comment, built with a stack."""
    result: list[tuple[str, list[object]]] = []
    stack: list[tuple[list[ParsedComment], list[tuple[str, list[object]]]]] = [(comments, result)]
    while stack:
        nodes, out = stack.pop()
        for node in nodes:
            children: list[object] = []
            out.append((node.body, children))
            stack.append((node.replies, children))  # type: ignore[arg-type]
    return result


def test_article_cleanup_on_a_synthetic_page() -> None:
    page = parse_page(ARTICLE + "  1. Finally some good news.\n")
    assert page.title == "Council votes to rebuild the old river bridge"
    assert page.byline == "Dana Whitfield"
    assert page.body == (
        "The city council voted on Tuesday to rebuild the old river bridge before winter.\n\n"
        "Engineers said the work would take eleven weeks and close one lane at a time."
    )
    assert shape(page.comments) == [("Finally some good news.", [])]


def test_numbered_replies_at_deeper_indents_without_any_bullets() -> None:
    page = parse_page(ARTICLE + (
        "  1. First top-level comment.\n"
        "    1. A numbered reply to the first.\n"
        "      1. A reply to that reply.\n"
        "    2. Another reply to the first.\n"
        "  2. Second top-level comment.\n"
        "    1. Its only reply.\n"
    ))
    assert shape(page.comments) == [
        ("First top-level comment.", [
            ("A numbered reply to the first.", [("A reply to that reply.", [])]),
            ("Another reply to the first.", []),
        ]),
        ("Second top-level comment.", [("Its only reply.", [])]),
    ]


def test_depth_comes_from_indentation_whatever_the_glyph() -> None:
    page = parse_page(ARTICLE + (
        "  1. Top one\n"
        "    □ reply a\n"
        "      ☆ reply to a\n"
        "        ○ deeper still\n"
        "    - reply b\n"
        "    * reply c\n"
        "      ➤ reply to c\n"
        "  2. Top two\n"
        "      ▪ reply d, indented further than usual\n"
        "    ◦ reply e\n"
    ))
    assert shape(page.comments) == [
        ("Top one", [
            ("reply a", [("reply to a", [("deeper still", [])])]),
            ("reply b", []),
            ("reply c", [("reply to c", [])]),
        ]),
        ("Top two", [("reply d, indented further than usual", []), ("reply e", [])]),
    ]


def test_text_that_only_looks_like_a_marker_stays_text() -> None:
    page = parse_page(ARTICLE + (
        "  1. Numbers in prose are not markers:\n"
        "    1.5 million people crossed it last year.\n"
        "    -5 degrees froze the deck.\n"
        "    > quoting the article here\n"
        "    “A quotation opens this line.”\n"
    ))
    assert shape(page.comments) == [(
        "Numbers in prose are not markers:\n1.5 million people crossed it last year.\n"
        "-5 degrees froze the deck.\n> quoting the article here\n“A quotation opens this line.”",
        [],
    )]


def test_tabs_and_crlf() -> None:
    text = (ARTICLE + (
        "\t1. Tab-indented top comment\n"
        "\t\t• reply one\n"
        "\t\t  with a continuation line\n"
        "\n"
        "\t\t  and a second paragraph\n"
        "\t\t\t• reply to reply one\n"
        "  \t\t• reply two (spaces then tabs land on the same column as two tabs)\n"
        "\t2. Second\tcomment  with   inner\ttabs\n"
    )).replace("\n", "\r\n")
    page = parse_page(text)
    assert "\r" not in page.body
    assert shape(page.comments) == [
        ("Tab-indented top comment", [
            ("reply one\nwith a continuation line\n\nand a second paragraph", [("reply to reply one", [])]),
            ("reply two (spaces then tabs land on the same column as two tabs)", []),
        ]),
        ("Second comment with inner tabs", []),
    ]
    assert page.comments[0].line == ARTICLE.count("\n") + 1
    old_mac = parse_page(text.replace("\r\n", "\r"))
    assert shape(old_mac.comments) == shape(page.comments)


def test_list_inside_a_comment_when_its_text_resumes_after_the_list() -> None:
    page = parse_page(ARTICLE + (
        "  1. Three things the council forgot\n"
        "    1. the cycle lane\n"
        "    2. the footpath lights\n"
        "    3. the ferry timetable\n"
        "    Otherwise a fine plan.\n"
        "    • A real reply after the body.\n"
    ))
    assert shape(page.comments) == [(
        "Three things the council forgot\n1. the cycle lane\n2. the footpath lights\n3. the ferry timetable\n"
        "Otherwise a fine plan.",
        [("A real reply after the body.", [])],
    )]


def test_list_inside_a_comment_after_a_colon() -> None:
    page = parse_page(ARTICLE + (
        "  1. My questions:\n"
        "    • who pays\n"
        "    • who decides\n"
        "  2. Next comment\n"
        "    • a reply, since nothing ends with a colon here\n"
        "    • another reply\n"
        "      Its own questions:\n"
        "      - first\n"
        "      - second\n"
    ))
    assert shape(page.comments) == [
        ("My questions:\n• who pays\n• who decides", []),
        ("Next comment", [
            ("a reply, since nothing ends with a colon here", []),
            ("another reply\nIts own questions:\n- first\n- second", []),
        ]),
    ]


def test_marker_alone_on_its_line_and_blank_lines_inside_comments() -> None:
    page = parse_page(ARTICLE + (
        "  1.\n"
        "    The text of the first comment starts on the next line.\n"
        "\n"
        "\n"
        "    •\n"
        "      A reply whose text also starts on the next line.\n"
        "  2. Second\n"
        "\n"
        "    Second paragraph of the second comment.\n"
    ))
    assert shape(page.comments) == [
        ("The text of the first comment starts on the next line.",
         [("A reply whose text also starts on the next line.", [])]),
        ("Second\n\nSecond paragraph of the second comment.", []),
    ]


def test_furniture_after_and_inside_the_comment_section() -> None:
    page = parse_page(ARTICLE + (
        "  1. One\n"
        "Load more comments\n"
        "  2. Two\n"
        "\n"
        "Leave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n"
    ))
    assert shape(page.comments) == [("One", []), ("Two", [])]
    assert "Leave a Reply" not in page.body


def test_indented_list_inside_the_article_is_not_a_comment_section() -> None:
    text = (
        "Five rules for the new bridge\n\n"
        "The council published five rules for the new bridge on Tuesday.\n\n"
        "  1. No lorries over twelve tonnes.\n"
        "  2. Cyclists keep to the east lane.\n\n"
        "Officials said more rules would follow after the consultation ends in the spring.\n"
    )
    lines = text.split("\n")
    assert find_comment_section(lines) is None
    page = parse_page(text)
    assert page.comments == []
    assert "1. No lorries over twelve tonnes." in page.body


def test_page_of_comments_only_and_empty_page() -> None:
    page = parse_page("  1. Just a comment\n    • and a reply\n")
    assert page.title == "" and page.body == ""
    assert shape(page.comments) == [("Just a comment", [("and a reply", [])])]
    empty = parse_page("")
    assert (empty.title, empty.body, empty.comments, empty.byline) == ("", "", [], None)


def test_reply_chain_deeper_than_the_recursion_limit() -> None:
    depth = 5000
    assert depth > sys.getrecursionlimit()
    lines = [ARTICLE.rstrip("\n"), "", "  1. root of a very long quarrel"]
    lines += [" " * (2 + level) + ("• " if level % 2 else "3. ") + f"reply {level}" for level in range(1, depth + 1)]
    lines.append("  2. a second top-level comment after the chain")
    page = parse_page("\n".join(lines))
    assert len(page.comments) == 2
    assert count_comments(page.comments) == depth + 2
    deepest = max(walk(page.comments), key=lambda item: len(item[0]))
    assert len(deepest[0]) == depth + 1
    assert deepest[1].body == f"reply {depth}"
    node = page.comments[0]
    for level in range(1, depth + 1):
        assert len(node.replies) == 1
        node = node.replies[0]
        assert node.body == f"reply {level}"
    assert node.replies == []


def test_wide_page_with_many_siblings_is_linear_enough() -> None:
    siblings = 20000
    lines = [ARTICLE.rstrip("\n"), "", "  1. a popular comment"]
    lines += [f"    • agreement number {i}" for i in range(siblings)]
    page = parse_page("\n".join(lines))
    assert len(page.comments[0].replies) == siblings
    assert page.comments[0].replies[-1].body == f"agreement number {siblings - 1}"


def test_parse_file_decodes_and_names_binary_files(tmp_path: Path) -> None:
    good = tmp_path / "page.txt"
    good.write_bytes("\ufeffHeadline\r\n\r\nBody with “quotes”.\r\n".encode())
    page = parse_file(good)
    assert (page.title, page.body) == ("Headline", "Body with “quotes”.")

    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Headline\n\nA caf\u00e9 said \u201cno\u201d to the plan.\n".encode("cp1252"))
    assert parse_file(legacy).body == "A café said “no” to the plan."

    for name, data in (
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + bytes(range(256)) * 4),
        ("archive.gz", b"\x1f\x8b\x08\x00" + bytes(range(1, 32)) * 40),
        ("noise.bin", bytes((i * 167 + 13) % 256 for i in range(4096))),
        ("high.bin", bytes(range(128, 256)) * 30),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(PageDecodeError) as caught:
            parse_file(path)
        assert str(path) in str(caught.value)
        assert caught.value.source == str(path)

    empty = tmp_path / "empty.txt"
    empty.write_bytes(b" \n\n")
    with pytest.raises(PageDecodeError, match="empty"):
        parse_file(empty)


def test_article_lines_that_only_resemble_furniture_stay() -> None:
    page = parse_page(
        "Mayor faces questions over the bridge\n\n"
        "The council met for four hours on Monday night.\n\n"
        "Nadia Okafor\n\n"
        "Nadia Okafor, the mayor, said on Monday that the bridge would reopen in May.\n\n"
        "See more than 300 residents at the hearing, the clerk told reporters.\n\n"
        "Read more about the plan in the council minutes, she added.\n\n"
        "Read more: Council approves the bridge budget\n\n"
        "Engineers will report again in June.\n"
    )
    assert page.byline is None
    assert page.body.split("\n\n") == [
        "The council met for four hours on Monday night.",
        "Nadia Okafor",
        "Nadia Okafor, the mayor, said on Monday that the bridge would reopen in May.",
        "See more than 300 residents at the hearing, the clerk told reporters.",
        "Read more about the plan in the council minutes, she added.",
        "Engineers will report again in June.",
    ]


def test_comment_system_notices_after_the_comments() -> None:
    page = parse_page(ARTICLE + (
        "2 thoughts on “Council votes to rebuild the old river bridge”\n"
        "  1. One\n"
        "    • reply\n"
        "  2. Two\n"
        "Comments are closed for this article thirty days after it was published.\n"
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n"
    ))
    assert shape(page.comments) == [("One", [("reply", [])]), ("Two", [])]
    assert "thoughts on" not in page.body and "Akismet" not in page.body
