"""Property tests: no input crashes the parser, and truncated pages still parse sensibly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import missing_shared
from threads.model import ParsedArticle, walk
from threads.page_parser import parse_page
from threads.text import PageDecodeError, decode_page_bytes, repair_text

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "articles"
TOP_LEVEL = re.compile(r"  \d+\. ")

# Lines in the shape of the page format, so the generator reaches the comment-tree code often.
page_line = st.one_of(
    st.just(""),
    st.text(max_size=40),
    st.builds(
        lambda indent, marker, text: indent + marker + text,
        st.sampled_from(["", " ", "  ", "    ", "      ", "\t", "\t\t", " \t", "        "]),
        st.sampled_from(["", "1. ", "12. ", "2) ", "(3) ", "• ", "□ ", "☆ ", "○ ", "- ", "* ", "–", "1.", "•"]),
        st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=30),
    ),
    st.sampled_from(["Leave a Reply", "Your email address will not be published.", "More to Read",
                     "Sign up for Essential Reading", "Read Also: x", "Jane Roe", "Jane Roe is a writer.",
                     "About the author: Jane Roe is a writer.", "Photo (AP, May 3, 2020)", "â€œquoteâ€",
                     "a,†b", "&amp;", "  end:", "\u00a0\u2028x\r"]),
    # What w3m and lynx print around comments (headings, headers, dates, buttons, forms).
    st.sampled_from(["6 thoughts on “Ferry”", "Comments", "Recent Comments", "  • Recent Comments",
                     "Related stories", " 1. [ava]Petra says:", "    May 9, 2022 at 8:12 am", "Petra says:",
                     "Heidi 5 June 2022 09:12", "bluebench3 months ago", "In reply to bluebench", "Reply",
                     "  • reply", "LikeLiked by 3 people", "[          ] [Post]", "   " + "_" * 30, "10. [x]Dan says:",
                     "     * Avatar", "Respect 12ReplyShareReport", "Sat, 14/09/2019 - 12:31", "Permalink",
                     "Hedda P. (not verified)", "[...] an excerpt [...]", "Pingback: Round-up"]),
)
pages_from_lines = st.lists(page_line, max_size=60).map(lambda lines: "\n".join(lines))
line_ends = st.sampled_from(["\n", "\r\n", "\r"])


def check_invariants(text: str, page: ParsedArticle) -> None:
    assert isinstance(page, ParsedArticle)
    line_count = len(repair_text(text).split("\n"))
    # Each comment starts on its own line, below the comment it answers. (Page order and tree order
    # can differ: a flat dump's "In reply to X" puts a late comment under an early one.)
    starts: dict[tuple[int, ...], int] = {}
    for path, comment in walk(page.comments):
        assert comment.line is not None and 0 < comment.line <= line_count
        assert comment.line not in starts.values()
        if path[:-1]:
            assert comment.line > starts[path[:-1]]
        starts[path] = comment.line
        assert "\r" not in comment.body and comment.body == comment.body.strip()
    for part in (page.title, page.body):
        assert "\r" not in part and part == part.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_parses(text: str) -> None:
    check_invariants(text, parse_page(text))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages_from_lines, line_ends)
@example(" 0. A\n\n A", "\n")  # an item whose first line repeats as its second: no line break left at its start
def test_page_shaped_text_parses(text: str, end: str) -> None:
    text = text.replace("\n", end)
    page = parse_page(text)
    check_invariants(text, page)
    # Every comment starts at a list marker, or (printed flat) at a header line carrying a time,
    # "ago" or "says:" or sitting over one.
    lines = re.split(r"\r\n|\r|\n", text)
    markers = sum(1 for line in lines if re.match(r"\s+(\d|\(|[^\w\s])", line))
    stamped = sum(1 for line in lines if re.search(r"\d|ago|says:|wrote:", line, re.IGNORECASE))
    assert sum(1 for _ in walk(page.comments)) <= markers + 2 * stamped


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_a_named_error(data: bytes) -> None:
    try:
        text = decode_page_bytes(data, "fuzz.txt")
    except PageDecodeError as exc:
        assert str(exc).startswith("fuzz.txt: ")
    else:
        check_invariants(text, parse_page(text))


@pytest.fixture(scope="module")
def sample_texts() -> dict[str, str]:
    if not SAMPLES.is_dir():
        missing_shared(f"sample pages not found at {SAMPLES} (a checkout of ../shared next to the repo)")
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))}


@settings(max_examples=150, deadline=None)
@given(key=st.sampled_from(["000", "001", "002", "003", "004"]), fraction=st.floats(0, 1))
def test_truncated_samples_parse(sample_texts: dict[str, str], key: str, fraction: float) -> None:
    text = sample_texts[key]
    cut = text[: int(len(text) * fraction)]
    page = parse_page(cut)
    check_invariants(cut, page)
    # The title is chosen among the first four non-blank lines (breadcrumbs, then the headline).
    head = [line for line in cut.split("\n")[:-1] if line.strip()]
    if len(head) >= 4:
        assert page.title == parse_page(text).title


@settings(max_examples=100, deadline=None)
@given(key=st.sampled_from(["000", "002"]), fraction=st.floats(0, 1))
def test_truncating_at_a_line_keeps_every_top_level_comment_seen(
    sample_texts: dict[str, str], key: str, fraction: float
) -> None:
    lines = sample_texts[key].split("\n")
    kept = lines[: int(len(lines) * fraction)]
    page = parse_page("\n".join(kept))
    assert len(page.comments) == sum(1 for line in kept if TOP_LEVEL.match(line))
    full = parse_page(sample_texts[key])
    for truncated, complete in zip(page.comments, full.comments, strict=False):
        assert truncated.line == complete.line
        assert complete.body.startswith(truncated.body.split("\n")[0])
