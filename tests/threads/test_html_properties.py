"""Property tests: random tag soup, truncated saved pages and random bytes never crash the HTML
reader; it either gives an article or refuses the page with a named error."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from threads.html_reader import NotAnArticleError, parse_html
from threads.model import ParsedArticle, walk
from threads.page_parser import parse_file, parse_page
from threads.text import PageDecodeError

DATA = Path(__file__).parent / "data" / "html"
# Our saved pages and the blind holdout sets' (other markups, languages and layouts).
PAGES = {
    f"{p.parent.name}/{p.name}": p.read_bytes()
    for p in sorted([*DATA.glob("*.html"), *DATA.parent.glob("html_holdout*/*.html")])
}

_tag = st.sampled_from([
    "li", "ol", "ul", "div", "article", "p", "span", "a", "time", "aside", "section", "b", "dl", "dt", "dd", "table",
    "tr", "td", "blockquote", "h4", "strong", "img", "template",
])
_attrs = st.sampled_from([
    "", ' class="comment"', ' class="comment depth-2"', ' class="children"', ' class="indented"',
    ' class="comment-list"', ' class="pingback"', ' id="comment-1"', ' id="li-comment-2"', ' class="fn"',
    ' class="comment-content"', ' datetime="2021-03-04T05:06:07Z"', ' style="margin-left:40px"',
    ' class="coral-comment coral-indent-3"', ' id="disqus_thread"', ' class="post"', ' class="widget"',
    ' title="Monday, January 4, 2021 3:05 PM"', ' data-username="x"', ' class="time-ago"',
    ' data-testid="comment-container"', ' data-parent-id="1"', ' data-comment-id="1"', ' rel="schema:author"',
    ' width="40"', ' class="kommentar"', ' data-comment-timestamp="1700000000"', ' id="c12"', ' class="gsc-reply"',
    ' class="widget Blog"', ' class="layout--with-sidebar"', ' shadowrootmode="open"',
])
_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=20)
_piece = st.one_of(
    st.builds(lambda t, a: f"<{t}{a}>", _tag, _attrs),
    st.builds(lambda t: f"</{t}>", _tag),
    _text,
    st.sampled_from(["Reply", "Like", "Liked by 2 people", "March 3, 2021 at 5:12 pm", "<!--", "-->",
                     "<br>", "&amp;", "&#x0;", "â€œ", "<script>", "</script>", "<input type=password>"]),
)
soup = st.lists(_piece, max_size=80).map(lambda parts: "<!DOCTYPE html><html><body>" + "".join(parts))


def check(page: ParsedArticle) -> None:
    assert isinstance(page, ParsedArticle)
    for _path, comment in walk(page.comments):
        assert isinstance(comment.body, str) and comment.body == comment.body.strip()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(soup)
def test_random_tag_soup_never_crashes(html: str) -> None:
    check(parse_page(html))
    try:
        check(parse_html(html))
    except NotAnArticleError as exc:
        assert "not an article" in str(exc)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(PAGES)), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_saved_pages_parse(name: str, fraction: float) -> None:
    data = PAGES[name]
    cut = data[: int(len(data) * fraction)]
    check(parse_page(cut.decode("utf-8", errors="replace")))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(PAGES)), st.integers(min_value=0, max_value=4000), st.binary(max_size=64))
def test_corrupted_files_give_an_article_or_a_named_error(tmp_path_factory: object, name: str, at: int,
                                                          junk: bytes) -> None:
    data = PAGES[name]
    at = min(at, len(data))
    path = Path(str(tmp_path_factory.mktemp("html"))) / "page.html"  # type: ignore[attr-defined]
    path.write_bytes(data[:at] + junk + data[at + len(junk):])
    try:
        check(parse_file(path))
    except PageDecodeError as exc:
        assert str(exc).startswith(str(path))
