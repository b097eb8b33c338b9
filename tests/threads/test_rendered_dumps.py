"""The text parser on real renderer output: w3m, lynx, elinks and links dumps of our saved HTML
pages (#15).

The HTML reader's tree of each page is the answer key (its own tests hold it to the markup), and
the dumps are made here by the real programs at two widths, so wrapping, bullets (w3m's • □ ☆ ○,
lynx's * + o, lynx's default link numbers and "References" list), avatar alt text and glued
buttons are what those renderers print, not what we imagine. Pages whose comments are lists keep their nesting in the dump and must come back
exactly; pages that nest with CSS or Drupal's ``div.indented`` come out flat, and there only
the comments, their authors and the parents the page names in words ("In reply to") are held.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from threads.html_reader import NotAnArticleError, decode_html_bytes, parse_html
from threads.model import ParsedComment, walk
from threads.page_parser import parse_page

PAGES = Path(__file__).parent / "data" / "html"
# Lists in the markup, so the dump indents replies under what they answer; or, flat in the dump,
# every reply names what it answers ("In reply to <subject> by <name>", Drupal 10).
NESTED_IN_DUMP = {
    "wp_modern.html", "wp_classic_cp1252.html", "generic_lists.html", "disqus.html", "coral.html",
    "newspaper_cmt.html", "disqus_data_role.html", "wp_block_theme.html", "drupal10_olivero.html",
}
# Pages whose dumps the text parser cannot read yet, and why; strict, so a fix shows up as a failure
# here until the page is taken off this list.
KNOWN_GAPS: dict[str, str] = {}
# lynx twice: with -nolist, and as `lynx -dump` prints by default, every link numbered ("[12]Reply")
# and a list of "References" at the end. elinks numbers links too, and applies the page's CSS
# (lists without markers, replies indented a step); links indents its headings.
RENDERERS = ("w3m", "lynx", "lynx-numbered", "elinks", "links")
WIDTHS = (80, 120)


def _renderer(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is not installed (.ci/run installs it)")
        pytest.skip(f"{name} is not installed")
    return path


def dump(renderer: str, page: Path, width: int) -> str:
    if renderer == "w3m":
        args = [_renderer("w3m"), "-dump", "-cols", str(width), "-T", "text/html", "-O", "UTF-8", str(page)]
    elif renderer == "lynx":
        args = [_renderer("lynx"), "-dump", "-nolist", f"-width={width}", "-display_charset=utf-8", str(page)]
    elif renderer == "lynx-numbered":
        args = [_renderer("lynx"), "-dump", f"-width={width}", "-display_charset=utf-8", str(page)]
    elif renderer == "elinks":
        args = [_renderer("elinks"), "-dump", "-dump-width", str(width), "-dump-charset", "utf-8", str(page)]
    else:
        args = [_renderer("links"), "-dump", "-width", str(width), "-codepage", "utf-8", str(page)]
    return subprocess.run(args, capture_output=True, check=True, timeout=60).stdout.decode("utf-8")


def _key(body: str) -> str:
    return " ".join(re.sub(r"\W+", " ", body.casefold()).split())[:40]


def links(comments: list[ParsedComment]) -> dict[str, tuple[str | None, str | None]]:
    """Each comment's key -> (its parent's key, its author)."""
    keys: dict[tuple[int, ...], str] = {}
    found: dict[str, tuple[str | None, str | None]] = {}
    for path, comment in walk(comments):
        keys[path] = _key(comment.body)
        found[keys[path]] = (keys.get(path[:-1]), comment.author_name)
    return found


def _articles() -> list[Path]:
    pages = []
    for page in sorted(PAGES.glob("*.html")):
        try:
            if parse_html(decode_html_bytes(page.read_bytes(), page.name), page.name).comments:
                pages.append(page)
        except NotAnArticleError:
            continue
    return pages


def _marked(pages: list[Path]) -> list[object]:
    return [
        pytest.param(page, id=page.name, marks=pytest.mark.xfail(reason=KNOWN_GAPS[page.name], strict=True))
        if page.name in KNOWN_GAPS else pytest.param(page, id=page.name)
        for page in pages
    ]


@pytest.mark.parametrize("renderer", RENDERERS)
@pytest.mark.parametrize("page", _marked(_articles()))
def test_dump_gives_the_pages_comments_and_authors(renderer: str, page: Path) -> None:
    article = parse_html(decode_html_bytes(page.read_bytes(), page.name), page.name)
    expected = links(article.comments)
    for width in WIDTHS:
        parsed = parse_page(dump(renderer, page, width))
        # The site's name and menu come first in a dump; the headline is still the title.
        assert parsed.title == article.title
        got = links(parsed.comments)
        assert set(got) == set(expected), f"{renderer} -cols {width}"
        assert {k: v[1] for k, v in got.items()} == {k: v[1] for k, v in expected.items()}
        if page.name in NESTED_IN_DUMP:
            assert {k: v[0] for k, v in got.items()} == {k: v[0] for k, v in expected.items()}


def test_parent_links_over_all_dumps(capsys: pytest.CaptureFixture[str]) -> None:
    """The figure the issue asks for, on real renderer output: printed, and held where the dump
    keeps the nesting."""
    right = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for page in _articles():
        expected = links(parse_html(decode_html_bytes(page.read_bytes(), page.name), page.name).comments)
        nested = page.name in NESTED_IN_DUMP
        for renderer in RENDERERS:
            for width in WIDTHS:
                got = links(parse_page(dump(renderer, page, width)).comments)
                total[nested] += len(expected)
                right[nested] += sum(1 for k, v in expected.items() if k in got and got[k][0] == v[0])
    with capsys.disabled():
        print(
            f"\nw3m, lynx, elinks and links dumps, parent links right: nested markup {right[True]}/{total[True]}, "
            f"flat in the dump {right[False]}/{total[False]}, "
            f"all {sum(right.values())}/{sum(total.values())} = {sum(right.values()) / sum(total.values()):.1%}"
        )
    assert right[True] == total[True]


def _long_page(comments: int) -> str:
    """A page with ``comments`` comments in WordPress markup, written here: two-digit numbers
    (which w3m and lynx right-align), nesting three deep, a comment form and an unheaded
    "recent comments" list after it."""
    items = []
    for number in range(1, comments + 1):
        reply = (
            f'<ol class="children"><li id="comment-{number}r" class="comment depth-2">'
            f'<article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f'<b class="fn">Reader {number}b</b> <span class="says">says:</span></div>'
            f'<div class="comment-metadata"><time datetime="2023-01-02T10:00:00+00:00">January 2, 2023 at 10:00 am'
            f'</time></div></footer><div class="comment-content"><p>Answer number {number} to the point made above, '
            f'with a few more words so that the line wraps at eighty columns in both renderers.</p></div>'
            f'<div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>'
            if number % 3 == 0 else ""
        )
        items.append(
            f'<li id="comment-{number}" class="comment depth-1"><article class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Reader {number}</b> '
            f'<span class="says">says:</span></div><div class="comment-metadata"><time datetime="2023-01-01T09:00:00+00:00">'
            f'January 1, 2023 at 9:00 am</time></div></footer><div class="comment-content"><p>Comment number {number} '
            f'about the ferry timetable, long enough to wrap once at eighty columns in the dump.</p>'
            f'<p>Second paragraph of comment {number}.</p></div><div class="reply"><a class="comment-reply-link" '
            f'href="#respond">Reply</a></div></article>{reply}</li>'
        )
    story = " ".join(["The harbour board met on Friday and agreed the new ferry timetable for the summer."] * 6)
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Ferry timetable</title></head><body>"
        f"<article><h1>Ferry timetable</h1><div class='entry-content'><p>{story}</p></div></article>"
        f"<div id='comments' class='comments-area'><h2>{comments} thoughts on “Ferry timetable”</h2>"
        f"<ol class='comment-list'>{''.join(items)}</ol><div id='respond'><form><textarea name='comment'>"
        "</textarea><input type='submit' value='Post'></form></div></div>"
        "<ul><li>Reader 1 on An older story</li><li>Reader 2 on Another story</li></ul></body></html>"
    )


@pytest.mark.parametrize("renderer", RENDERERS)
def test_long_dump_with_right_aligned_numbers(renderer: str, tmp_path: Path) -> None:
    """w3m prints " 9." over "10." (so "10." starts its line) and lynx right-aligns as well; the
    form's text box ends the comments, so the unheaded list after it is not read as replies."""
    page = tmp_path / "long.html"
    page.write_text(_long_page(45), encoding="utf-8")
    expected = links(parse_html(page.read_text(encoding="utf-8"), page.name).comments)
    assert len(expected) == 60
    for width in WIDTHS:
        assert links(parse_page(dump(renderer, page, width)).comments) == expected
