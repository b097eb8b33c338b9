"""Parser for scraped article pages: plain text in, a ParsedArticle with its reply tree out.

The page format (``../shared/samples/README.md``) is a headline, the article body as one paragraph
per line, and then, indented, the reader comments: numbered top-level items with replies nested
deeper. ``page_section`` finds where the article ends and the comment section begins; the two
halves are cleaned by ``page_article`` and ``page_comments``, and this module puts them together.

Text dumps of real pages by w3m or lynx head the comments with a line such as "6 thoughts on …"
and end them at the comment form ("Leave a Reply", a drawn text box) or a "Recent comments" box;
where the page built its comments from blocks rather than lists, the dump prints them flat, and
``page_flat`` splits them at their name-and-date headers.

``parse_page`` accepts any string and never raises: scrapers truncate pages and sites change
layout, and a bad page should give a poor parse, not a crashed ingest. ``parse_file`` is stricter
about its input: binary data raises ``PageDecodeError`` naming the file, and an HTML page that is
not an article (a login or app page) raises ``NotAnArticleError``.

Both read HTML pages with ``threads.html_reader`` instead, chosen by what the page holds, not by
its file name.
"""

from __future__ import annotations

import errno
import os
import stat

from threads.html_reader import (
    NotAnArticleError,
    decode_html_bytes,
    looks_like_html,
    looks_like_html_bytes,
    parse_html,
)
from threads.model import ParsedArticle, ParsedComment
from threads.page_article import clean_article
from threads.page_bounds import (
    section_end,
)
from threads.page_child_counts import nest_by_layout
from threads.page_comments import parse_comment_section, replies_by_missing_link
from threads.page_dates import (
    LazyDay,
    day_first,
    page_dates,
    shown_day_first,
    watching_day_order,
)
from threads.page_flat import parse_flat_comments
from threads.page_flat_cues import nest_by_cues
from threads.page_flat_footed import footed_comments
from threads.page_flat_headers import find_flat_section
from threads.page_flat_signed import signed_below
from threads.page_flat_targets import names_parents
from threads.page_forum_thread import read_forum_thread
from threads.page_language import text_language
from threads.page_links import without_link_references
from threads.page_names import without_parent_names
from threads.page_numbered_posts import read_numbered_posts
from threads.page_reply_lines import nest_by_reply_lines
from threads.page_section import locate_comments, past_heading_form
from threads.page_story_day import story_day
from threads.page_talk import read_talk_page
from threads.page_teasers import without_teaser_subjects
from threads.text import PageDecodeError, decode_page_bytes, repair_text
from threads.zone_statements import FOOTER_CHARS, stated_zone

__all__ = ["NotAnArticleError", "PageDecodeError", "parse_file", "parse_page"]

def parse_page(text: str) -> ParsedArticle:
    """Parse one page of text or HTML; never raises, whatever the input."""
    if looks_like_html(text):
        return parse_html(text, refuse=False)
    lines = without_link_references(repair_text(text).split("\n"))
    zone = stated_zone(text[-FOOTER_CHARS:], every_language=False)  # a forum's footer: "All times are GMT -5"
    story = LazyDay(lambda: story_day(lines))  # the year of stamps printed without one ("26 жовтня о 18:47")
    with page_dates(zone=zone, story=story), watching_day_order() as watch:
        article_end, comments = _read_comments(lines)
    article = clean_article(lines[:article_end])
    without_teaser_subjects(comments)
    if watch.unsure:  # "Le 12/02/2024 à 18h47" reads both ways: the page's other dates say which, else its language
        shown = shown_day_first(text)
        language = (
            text_language(article.body or "\n".join(comment.body for comment in comments)) if shown is None
            else "en-GB" if shown else None  # ("21/05/2024" elsewhere on the page: an Irish or a Ugandan paper)
        )
        if language is not None and day_first(language):
            with page_dates(language=language, zone=zone, story=story):
                again, comments = _read_comments(lines)
                without_teaser_subjects(comments)
            if again != article_end:
                article = clean_article(lines[:again])
    return ParsedArticle(title=article.title, body=article.body, comments=comments, byline=article.byline)


def _read_comments(lines: list[str]) -> tuple[int, list[ParsedComment]]:
    """Where the article ends and the comment tree, read in the enclosing ``page_dates``."""
    if (forum := read_forum_thread(lines)) is not None:
        # a forum thread's posts, read by their headers (``page_forum_thread``); a post's header
        # may name whom it answers after an icon's gap (Komento 4's numbered list reads as one)
        return forum[0], nest_by_reply_lines(forum[1])
    if (talk := read_talk_page(lines)) is not None:
        return talk  # a wiki talk page's posts, read by their signatures (``page_talk``)
    if (numbered := read_numbered_posts(lines)) is not None:
        return numbered  # comments labelled "3-1" under "3" (``page_numbered_posts``)
    start, heading = locate_comments(lines)
    if start is not None:
        comments = parse_comment_section(lines, start, section_end(lines, start))
        article_end = start
    else:
        article_end, comments = _flat_comments(lines, heading)
    without_parent_names(comments)
    return article_end, nest_by_reply_lines(comments)  # "membalas Rina Marlina" left over a text


def _flat_comments(lines: list[str], heading: int | None) -> tuple[int, list[ParsedComment]]:
    """Where the article ends and the comments of a dump that prints them flat (``page_flat``)."""
    after = 0 if heading is None else past_heading_form(lines, heading)
    stop = section_end(lines, after) if heading is not None else len(lines)
    headers = find_flat_section(lines, after, stop)
    if heading is not None and (footed := footed_comments(lines, after, stop)) is not None and len(footed) > len(headers):
        # named at the head, dated at the foot (``page_flat_footed``): more comments than the
        # headers found, which are lines of text over a comment's time
        return heading, nest_by_cues(footed)
    if not headers:
        return len(lines), []
    end = section_end(lines, headers[0])
    headers = [h for h in headers if h < end]
    signed = signed_below(lines, headers, after, end) if heading is not None else None
    comments = signed if signed is not None else parse_flat_comments(lines, headers, end)  # signed at the foot
    if len(comments) < 2 and not (comments and comments[0].replies):
        return len(lines), []  # one header: a byline over its date, more likely (two in a thread count)
    if (counted := nest_by_layout(comments, lines)) is not None:
        comments = counted  # the layout's counts of replies or links to parents (``page_child_counts``)
    elif not names_parents(lines, headers[0], end):
        comments = replies_by_missing_link(comments, lines, headers[0], end)
        comments = nest_by_cues(comments)  # no nesting on the page: what the comments say
    return (heading if heading is not None else headers[0]), comments


def parse_file(path: str | os.PathLike[str]) -> ParsedArticle:
    """Read, decode and parse a saved page.

    Raises PageDecodeError (message starts with the path) for binary or undecodable files, empty
    ones, symbolic links and anything but a regular file, and OSError when it cannot be read.
    """
    name = os.fspath(path)
    # A symbolic link (a page directory with `x.txt -> /etc/passwd` in it) is refused, not followed:
    # what is ingested ends up in front of every moderator. O_NONBLOCK: a FIFO must not hang us.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(name, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise PageDecodeError(name, "is a symbolic link; give the file it points to instead") from exc
        raise
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise PageDecodeError(name, "is not a regular file")
        data = handle.read()
    if looks_like_html_bytes(data):
        return parse_html(decode_html_bytes(data, name), name)
    text = decode_page_bytes(data, name)
    if not text.strip():
        raise PageDecodeError(name, "is empty, not a page")
    return parse_page(text)
