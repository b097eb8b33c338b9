"""The scraped-page parser on the five sample pages: article cleanup and the full comment trees."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import missing_shared
from threads.model import ParsedArticle, ParsedComment, count_comments, walk
from threads.page_parser import parse_file

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "articles"


@pytest.fixture(scope="module")
def pages() -> dict[str, ParsedArticle]:
    if not SAMPLES.is_dir():
        missing_shared(f"sample pages not found at {SAMPLES} (a checkout of ../shared next to the repo)")
    return {path.name[:3]: parse_file(path) for path in sorted(SAMPLES.glob("*.txt"))}


def flat(text: str) -> str:
    return " ".join(text.split())


def shape(comments: list[ParsedComment], words: int = 4) -> list[tuple[str, list[object]]]:
    """(first words, shape of replies) for every comment, without recursion."""
    result: list[tuple[str, list[object]]] = []
    stack: list[tuple[list[ParsedComment], list[tuple[str, list[object]]]]] = [(comments, result)]
    while stack:
        nodes, out = stack.pop()
        for node in nodes:
            children: list[object] = []
            out.append((" ".join(node.body.split()[:words]), children))
            stack.append((node.replies, children))  # type: ignore[arg-type]
    return result


# ---------------------------------------------------------------- 000: 2 top-level, 3 replies


def test_000_full_comment_tree(pages: dict[str, ParsedArticle]) -> None:
    assert shape(pages["000"].comments) == [
        ("Why aren’t we, the", [
            ("Dashnaks are fighters and", []),
            ("Ishkhan Sagatelyan was the", []),
            ("You are right. This", []),
        ]),
        ("This is why i", []),
    ]


def test_000_comment_bodies(pages: dict[str, ParsedArticle]) -> None:
    first, second = pages["000"].comments
    assert first.line == 60 and second.line == 70
    assert first.body.startswith("Why aren’t we, the dashnags, going to fight?")
    assert first.body.endswith("without action?")
    # The reply's indented paragraph after a blank line is part of that reply, not a new comment.
    ishkhan = first.replies[1]
    assert ishkhan.body == (
        "Ishkhan Sagatelyan was the best ARF had to offer? His views were rejected nor did he seem "
        "like a leader of the people.\n\nIf there is one thing about Armenians we sure don’t like losers."
    )
    assert [r.line for r in first.replies] == [62, 64, 68]
    assert second.body.endswith("his handlers and posse.")


def test_000_article(pages: dict[str, ParsedArticle]) -> None:
    page = pages["000"]
    assert page.title == "Armenia to withdraw soldiers from Artsakh"
    assert page.byline == "Lillian Avedian"
    assert page.body.startswith("Armenia plans to withdraw units of its armed forces currently deployed in Artsakh")
    assert page.body.endswith("the demands and preconditions of Aliyev and the Turkish authorities,” Manukyan wrote")
    assert len(page.body.split("\n\n")) == 24
    for junk in ("Artsakh Defense Army unit (", "Lillian Avedian", "assistant editor", "Leave a Reply",
                 "Your email address", "dashnags", "Dashnaks"):
        assert junk not in page.body


# --------------------------------------------------------------- 002: 19 top-level, 18 replies

EXPECTED_002: list[tuple[str, list[object]]] = [
    ("“During his first in-person", [("By the way the", [])]),
    ("West wont support us", [("Garo Hampirian, first learn", []), ("The West has zero", [])]),
    ("Nikol and his Western", []),
    ("My fellow Armenians, please", [("One more idea: DIASPORA", []), ("JOE!!!", [])]),
    ("The PM’s lengthy press", []),
    ("For the past 30", [("What is all this", [])]),
    ("It must be a", [("We Armenians even didnt", [])]),
    ("Zeituntsi Vache Achikyan, agree", [("I have heard that", [])]),
    ("The security of Armenia,", []),
    ("Artsakh was Armenia’s responsibility.", [("Arktash and N-K was", []), ("Western and Turkish shills", [])]),
    ("This clown needs to", []),
    ("there is nothing wrong", [
        ("dinosaurian, It amazes me", []),
        ("“This gave no choice", []),
        ("Pretty much everyone in", []),
    ]),
    ("Justifying Russia selling arms", [("I would counter argue", [])]),
    ("Western and Turkish shills", [
        ("İt could be better", []),
        ("@Harry Aghavian / Concerned", []),
        ("To be a superpower", []),
    ]),
    ("Ararat added one more", []),
    ("if any political leader", []),
    ("Hey everyone. on Jan", []),
    ("Armenia won’t survive a", [("@Gurgen and get the", [])]),
    ("Independence from Russia? I", []),
]


def test_002_full_comment_tree(pages: dict[str, ParsedArticle]) -> None:
    comments = pages["002"].comments
    assert len(comments) == 19
    assert count_comments(comments) == 19 + 18
    assert shape(comments) == EXPECTED_002


def test_002_replies_under_12_in_order(pages: dict[str, ParsedArticle]) -> None:
    replies = pages["002"].comments[11].replies
    assert [flat(r.body)[:28] for r in replies] == [
        "dinosaurian, It amazes me ho",
        "“This gave no choice to Aliy",
        "Pretty much everyone in “Gle",
    ]
    # "dinosaurian," sits on the marker line and the reply goes on on the next line.
    assert replies[0].body.startswith("dinosaurian,\nIt amazes me how out of touch")
    assert replies[0].body.count("\n\n") == 3
    assert [r.line for r in replies] == [147, 156, 158]


def test_002_lists_inside_comments_4_and_11_are_body(pages: dict[str, ParsedArticle]) -> None:
    four = pages["002"].comments[3]
    assert "into The Abyss:\n\n1. REMOVE Pashinyan immediately" in four.body
    assert "\n4. Pour billions of money" in four.body
    assert "Martial Law in Armenia.\n\nIf the above emergency measures" in four.body
    assert four.body.endswith("PLEASE PLEASE rise up and take action NOW!")
    assert [flat(r.body) for r in four.replies][1] == "JOE!!!"

    eleven = pages["002"].comments[10]
    assert eleven.replies == []
    assert "could not do what this idiot Pashinyan did.\n1. Removed all competent army commanders" in eleven.body
    assert "\n4. Now he keeps doing even unthinkable" in eleven.body
    assert "\n\nConclusion – Pashinyan becoming a president" in eleven.body
    assert "extinction." not in eleven.body.split("\n\n")[0]
    assert eleven.body.endswith("If a nation reelects a capitulated president then that nation is destined for extinction.")


def test_002_bodies_keep_paragraphs_and_lines(pages: dict[str, ParsedArticle]) -> None:
    comments = pages["002"].comments
    nineteen = comments[18]
    assert nineteen.body.count("\n\n") == 1
    assert nineteen.body.split("\n\n")[1].startswith("Besides, the former leaders")
    garo = comments[1].replies[0]
    assert garo.body.count("\n") == 2 and "\n\n" not in garo.body
    for _, comment in walk(comments):
        assert comment.body and comment.body == comment.body.strip()
        assert "•" not in comment.body and "\n\n\n" not in comment.body
        assert not any(line != line.strip() for line in comment.body.split("\n"))


def test_002_article(pages: dict[str, ParsedArticle]) -> None:
    page = pages["002"]
    assert page.title == "Pashinyan says Russian military presence “threatens Armenia’s security”"
    assert page.byline == "Lillian Avedian"
    assert page.body.startswith("Armenian Prime Minister Nikol Pashinyan questioned Russia’s military presence")
    for caption in ("hosts his first in-person press briefing in over two years (RA Prime Minister",
                    "hosts a press conference (Azerbaijan President, January 10)"):
        assert caption not in page.body
    assert "Lillian Avedian" not in page.body and "Review of Books" not in page.body
    assert "Sorosites" not in page.body
    assert page.body.endswith("“No coercion or threat can deter us from our decision to continue the struggle.”")


# ----------------------------------------------------------------- pages without comments


def test_pages_without_comment_section_have_no_comments(pages: dict[str, ParsedArticle]) -> None:
    assert [len(pages[key].comments) for key in ("001", "003", "004")] == [0, 0, 0]


def test_001_article_drops_bio_and_form(pages: dict[str, ParsedArticle]) -> None:
    page = pages["001"]
    assert page.title == ("Azerbaijan Warns Against Illegal Deployment Of Armenian Armed Personnel To "
                          "Karabakh – OpEd")
    assert page.byline == "Dr. Vasif Huseynov"
    assert page.body.startswith("The trilateral statement signed by the leaders of Armenia, Azerbaijan and Russia")
    assert page.body.endswith("comply with the provisions of the trilateral statement.")
    for junk in ("About the author", "Huseynov", "AIR Center", "Leave a Reply", "Required fields", "email"):
        assert junk not in page.body


def test_003_aggregator_crumbs_repeats_and_trailers(pages: dict[str, ParsedArticle]) -> None:
    page = pages["003"]
    assert page.title == "Azerbaijan and Armenia Agree on Cease-fire"
    assert page.byline is None
    for junk in ("Home Updates", "Source: Web", "Read Also", "Agree on Cease-fire"):
        assert junk not in page.body
    paragraphs = page.body.split("\n\n")
    assert len(paragraphs) == len(set(paragraphs))
    assert "Outbreak of Fighting" in paragraphs  # a section heading of the story itself stays
    assert paragraphs[-1].endswith("on Friday.")


def test_004_mojibake_repaired_and_newsletter_dropped(pages: dict[str, ParsedArticle]) -> None:
    page = pages["004"]
    assert page.title == "Armenia and Azerbaijan reach cease-fire after 155 soldiers are killed"
    body = page.body
    assert "â" not in body and "€" not in body and "\u2020" not in body
    assert "“Our allies are Russia and the CSTO,” Pashinyan said" in body
    assert "political and diplomatic options,” Pashinyan said" in body
    assert "calling the allegations an “information attack.”" in body
    assert "“it costs human lives and it must be solved peacefully.”" in body
    assert "cease all assistance” to Azerbaijan." in body
    assert body.count("“") == body.count("”")
    for junk in ("More to Read", "Sign up for", "inbox", "promotional content"):
        assert junk not in body
    assert body.startswith("YEREVAN, Armenia — Armenia and Azerbaijan negotiated a cease-fire")
    assert body.endswith("contributed to this report.")
    # One paragraph per source line, even though this page has no blank lines.
    assert len(body.split("\n\n")) == 29


def test_every_sample_body_is_clean_text(pages: dict[str, ParsedArticle]) -> None:
    assert len(pages) == 5
    for key, page in pages.items():
        assert page.title and page.body, key
        assert "\r" not in page.body and "\u00a0" not in page.body and "\n\n\n" not in page.body, key
        assert page.body == page.body.strip(), key
        for paragraph in page.body.split("\n\n"):
            assert paragraph and "\n" not in paragraph and paragraph == paragraph.strip(), key
            assert "  " not in paragraph, key


def test_heading_start_guard_keeps_every_heading() -> None:
    """The two-character guard before the comments-heading pattern rules out no heading: every
    heading shape and every word of ``COMMENTS_HEADING_WORDS`` (as written and capitalised) that
    the pattern matches passes it, and article lines it rules out are ones the pattern rejects."""
    from threads.page_bounds import _COMMENTS_HEADING, NOT_HEADING_STARTS, is_heading
    from threads.page_words import COMMENTS_HEADING_WORDS

    headings = [
        "6 thoughts on “Armenia”", "All 12 comments", "Readers' comments", "Comments (8)", "Conversation 12",
        "Discussion", "Reactions", "Responses", "Join the discussion", "What readers say", "Have your say (7)",
        "Your say (3)", "12 Comments", "I vostri commenti (4)", "Kommentare (8)",
    ]
    for word in COMMENTS_HEADING_WORDS:
        headings += [word, word.capitalize(), word.upper(), f"{word.capitalize()} (8)"]
    matched = [h for h in headings if _COMMENTS_HEADING.match(h)]
    assert len(matched) >= len(COMMENTS_HEADING_WORDS) * 3
    for heading in matched:
        assert heading[:2] not in NOT_HEADING_STARTS, heading
        assert is_heading([heading], 0), heading
    ruled_out = ["It has become increasingly difficult", "Dr. Vasif Huseynov", "Azerbaijan and Armenia"]
    for line in ruled_out:
        assert line[:2] in NOT_HEADING_STARTS and _COMMENTS_HEADING.match(line) is None
