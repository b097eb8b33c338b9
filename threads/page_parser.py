"""Parser for scraped article pages: plain text in, a ParsedArticle with its reply tree out.

The page format (``../shared/samples/README.md``) is a headline, the article body as one paragraph
per line, and then, indented, the reader comments: numbered top-level items with replies nested
deeper. This module only finds where the article ends and the comment section begins; the two
halves are cleaned by ``page_article`` and ``page_comments``.

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
import re
import stat
from typing import Final

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
    HEADING_INDENT,
    HEADING_INITIALS,
    NOT_HEADING_STARTS,
    SIDEBAR_INITIALS,
    is_bulleted_count,
    is_heading,
    is_sidebar_heading,
    is_thread_end,
    last_heading,
    past_notice_and_form,
    section_end,
    title_in_item,
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
from threads.page_flat_headers import find_flat_section, header_at
from threads.page_flat_signed import signed_below
from threads.page_flat_targets import names_parents
from threads.page_form import past_form, under_form_heading
from threads.page_forum_thread import read_forum_thread
from threads.page_furniture import (
    is_comment_stamp,
    strip_bullets,
)
from threads.page_headed_list import headed_list
from threads.page_language import text_language
from threads.page_lines import (
    has_marker,
    is_bullet_glyph,
    is_bulleted,
    is_day_first_date,
    is_one_line_list,
    is_text_line,
    item_is_header,
    item_opens,
    past_toolbars,
)
from threads.page_links import without_link_references
from threads.page_names import without_parent_names
from threads.page_numbered_posts import read_numbered_posts
from threads.page_others import lists_others
from threads.page_reply_lines import nest_by_reply_lines
from threads.page_signed_items import items_signed
from threads.page_story_day import story_day
from threads.page_talk import read_talk_page
from threads.page_teasers import without_teaser_subjects
from threads.text import PageDecodeError, decode_page_bytes, repair_text
from threads.zone_statements import FOOTER_CHARS, stated_zone

__all__ = ["NotAnArticleError", "PageDecodeError", "find_comment_section", "parse_file", "parse_page"]

# Unindented lines allowed after and between the comments: the comment form, pagination and
# notices of comment systems.
_TRAILER: Final = re.compile(
    r"""(?ix)^(?:
        leave\s+a\s+(?:reply|comment) | your\s+email\s+address | required\s+fields | save\s+my\s+name
      | post\s+comment | cancel\s+reply | load\s+more | show\s+more | view\s+more | reply\b
      | comments?\s+(?:are|is)\s+closed | (?:you\s+must\s+be\s+)?log(?:ged)?\s*in\b
      | this\s+site\s+uses\s+akismet | notify\s+me\s+of | \d+\s+(?:comments?|thoughts|responses|replies)\b
      | (?:please\s+)?enable\s+javascript  # a comment system's noscript notice (Disqus)
      | ©|copyright\b|\(c\)\s*\d{4}  # the site's footer under the sidebars
    )"""
)
# An indented line's leading blanks, then a list number if it opens with one (``is_numbered_item``).
_INDENTED_LEAD: Final = re.compile(r"([ \t]+)(?:(\d{1,6}[.)]|\(\d{1,6}\))(?=\s|$))?")
_AFTER_BULLET: Final = frozenset({" ", "\t", ""})
_MIN_BEFORE_LIST: Final = 3
# How deep a comments heading may be indented: a layout table's column indents the whole story
# and its comments ("Reader Comments (8)" at column 23, w3m on a 2000s page of tables).
_DEEP_HEADING_INDENT: Final = 40
_DISCOVERY_LINES: Final = 40


def find_comment_section(lines: list[str]) -> int | None:
    """Index of the first line of the trailing comment section, or None if the page has none.

    A rendered page (w3m, lynx) heads its comments with a line such as "6 thoughts on …": the
    section starts at the first list item after the last such heading. Without one, the section
    is the last stretch of indented lines that starts with a numbered item and is followed by
    nothing but short unindented furniture (the comment form, "Load more"); an indented list inside
    the article is followed by more article text, so it is not mistaken for comments.
    """
    return _locate(lines)[0]


def _locate(lines: list[str]) -> tuple[int | None, int | None]:
    """The first line of the comment section (None: none, or flat) and the comments heading.

    One pass from the end finds both the trailing stretch of list items and, usually, the heading
    above them; only a page where the stretch holds no items is searched whole for a heading
    (flat comments under it, ``page_flat``).
    """
    numbered: list[int] = []  # marker lines of the trailing stretch, last first
    heading: int | None = None
    tab = False  # the heading is a comment count as a list item ("• 7 Comments")
    stale: int | None = None  # such a count under a sidebar heading, kept if none is found above
    # "Powered by Disqus": between it and the thread, Disqus lists other stories of the site ("Also
    # on …"), whose titles lynx prints as unindented lines; they do not end the scan.
    thread_end = -1
    low, high = 0, len(lines)
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if not line or line.isspace():
            continue
        if not line[0].isspace():
            if (
                heading is None
                and line[0] in HEADING_INITIALS
                and line[:2] not in NOT_HEADING_STARTS
                and is_heading(lines, index)
            ):
                heading = index
                continue
            if len(line) < 60 and line[0] in SIDEBAR_INITIALS and is_sidebar_heading(line):
                # What was found below is a "Recent comments" box, not this page's comments; a count
                # in it is a story's ("Also on …": "+ 67 comments").
                numbered.clear()
                high = index
                thread_end = -1
                if tab:
                    stale, heading, tab = heading, None, False
                continue
            if is_text_line(line) and _TRAILER.match(line) is None and not under_form_heading(lines, index):
                if 0 <= thread_end - index < _DISCOVERY_LINES:
                    continue  # a story's title in Disqus's "Also on …" box
                if numbered and title_in_item(lines, index):
                    continue  # a post's title inside its list item, which elinks prints at no indent
                low = index
                break
            continue
        # Indented: one pattern gives the indent and any number marker (stripping a long comment
        # line would copy it, and this runs on every line of the section).
        lead = _INDENTED_LEAD.match(line)
        if lead is None:
            continue  # whitespace other than spaces and tabs
        if lead.lastindex == 2:
            if not _wrapped_year(lines, index, lead) and not is_day_first_date(line):
                numbered.append(index)  # "  3." (an item, even one that reads "3. Comments")
            continue
        if len(line) > 160:
            continue
        column = lead.end()
        initial = line[column]
        if (
            heading is None
            and column <= _DEEP_HEADING_INDENT
            and initial in HEADING_INITIALS
            and line[column : column + 2] not in NOT_HEADING_STARTS
            and "\t" not in line[:column]
            and is_heading(lines, index)
        ):
            heading = index  # elinks indents headings too
        elif len(line) < 60 and line[column + 1 : column + 2] in _AFTER_BULLET and is_bullet_glyph(initial):
            if line[column + 2 : column + 3] in "Pp" and is_thread_end(line[column + 2 :].rstrip()):
                numbered.clear()  # "  * Powered by Disqus": what is below is not the thread
                high = thread_end = index
            elif is_sidebar_heading(line):
                numbered.clear()  # "  • Recent Comments"
                high = index
                thread_end = -1
                if tab:
                    stale, heading, tab = heading, None, False
            elif heading is None and is_bulleted_count(line, column + 2):
                heading, tab = index, True  # the comment system's own tab, "• 7 Comments" (Disqus)
        elif column <= HEADING_INDENT and initial in SIDEBAR_INITIALS and len(line) < 60 and (
            "\t" not in line[:column] and is_sidebar_heading(line)
        ):
            numbered.clear()  # "  Most read": elinks and links indent headings too
            high = index
            thread_end = -1
            if tab:
                stale, heading, tab = heading, None, False
    if heading is None:
        heading = stale
    if heading is None and low > 0 and is_one_line_list(lines, numbered):
        # The scan stopped at a sidebar's text over a list of one-liners (a forum's rules): the
        # comments are under a heading further up, if one has a list under it.
        heading = last_heading(lines, low)
    if heading is None and not numbered:
        heading = last_heading(lines)  # above a flat section, past the scan's stop
    above = heading
    while above is not None:
        first = _past_heading_form(lines, above)
        headed = _after_heading(lines, above)
        if first > above + 1 and (headed is None or headed < first):
            # The form under the heading ended the section, or the list is the form's (login buttons
            # "• D"): the list past it, opened by a comment's header, not a list in a comment's text.
            headed = past_toolbars(lines, _after_heading(lines, first - 1))
            if headed is not None and not item_is_header(lines, headed) and not items_signed(lines, headed, len(lines)):
                headed = None  # no header opens it, nor is each item signed at its foot
        if headed is not None and lists_others(lines, headed):
            if find_flat_section(lines, first, headed):
                return None, above  # flat comments over a box of other stories (LiveJournal's "other posts")
            above = last_heading(lines, above)  # a "Join the conversation" box of other stories' comments
            continue
        if headed is not None and _toolbar_over_flat(lines, first, headed):
            return None, above  # a comment system's tabs ("• Login", "• Sort by Best") over flat comments
        if headed is not None:
            if headed - first < _MIN_BEFORE_LIST or not _flat_before_list(lines, first, headed):
                return headed, above
            return None, above  # flat comments, one of them with a list in its text (wpDiscuz)
        if find_flat_section(lines, first, section_end(lines, first)):
            return None, above  # a heading over flat comments
        # Nothing under it: the comment form's own heading ("Join the conversation" over the
        # text box), so the comments are under a heading above it.
        above = last_heading(lines, above)
    # The earliest item that can open a comment (not "• Reply"); checked only until one is found.
    for index in reversed(numbered):
        if item_opens(lines, index):
            return index, heading
    # A bulleted stretch counts when a time of day, "ago" or "Reply" among it shows it is comments
    # (a date alone is as likely a list of related stories).
    bulleted = [i for i in range(low, high) if lines[i][:1].isspace() and is_bulleted(lines[i])]
    if bulleted and any(len(lines[i]) < 90 and is_comment_stamp(strip_bullets(lines[i])) for i in range(low, high)):
        return next((i for i in bulleted if item_opens(lines, i)), None), heading
    if heading is None and not find_flat_section(lines, 0, len(lines)):
        return headed_list(lines), None  # a list of headers above a long notice (``page_headed_list``)
    return None, heading


def _past_heading_form(lines: list[str], heading: int) -> int:
    """The first line past the comment form under the heading at ``lines[heading]``, also past a
    notice over the form (a paper's rules over its fields, comments flat or listed under it)."""
    first = past_form(lines, heading + 1)
    past = past_notice_and_form(lines, first) if first == heading + 1 else None
    return first if past is None else past


def _wrapped_year(lines: list[str], index: int, lead: re.Match[str]) -> bool:
    """Whether the list number at ``lines[index]`` is a year the renderer wrapped to the start of a
    line ("the boiler is from" over "1958. I don't like it"): four digits under a line of text at
    the same indent, not a list item."""
    number = lead.group(2)
    if len(number) != 5 or index == 0:  # "1958."
        return False
    above = lines[index - 1]
    return bool(above.strip()) and len(above) - len(above.lstrip()) == lead.end(1)


def _flat_before_list(lines: list[str], first: int, item: int) -> bool:
    """Whether flat comment headers come between the comments heading and the first list item
    (two, or one with more after the list), and that item is no header itself: the list is inside
    a flat comment's text (wpDiscuz prints its comments as blocks), not the comment list."""
    before = find_flat_section(lines, first, item, least=1)
    if not before or header_at(lines, item, len(lines)) is not None:
        return False
    # One header over the list: flat all the same when more follow the list (the first comment's
    # text holds a bulleted list: a newspaper's "cmnt" divs in every renderer).
    return len(before) >= 2 or len(find_flat_section(lines, first, section_end(lines, item))) >= 2


def _toolbar_over_flat(lines: list[str], first: int, item: int) -> bool:
    """Whether the list at ``lines[item]``, no header itself, is a comment system's toolbar over
    comments printed as blocks (Disqus in elinks): flat headers follow it, and no list item after
    the first of them can open a comment (only buttons, "• Reply", "• 12")."""
    flat = find_flat_section(lines, first, section_end(lines, first))
    if not flat or flat[0] <= item or item_is_header(lines, item):
        return False
    return _after_heading(lines, flat[0]) is None


def _after_heading(lines: list[str], heading: int) -> int | None:
    """The first list item that can open a comment after the comments heading, before the section ends."""
    for item in range(heading + 1, section_end(lines, heading + 1)):
        text = lines[item]
        if text[:1].isspace() and has_marker(text) and item_opens(lines, item):
            return item
    return None


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
    start, heading = _locate(lines)
    if start is not None:
        comments = parse_comment_section(lines, start, section_end(lines, start))
        article_end = start
    else:
        article_end, comments = _flat_comments(lines, heading)
    without_parent_names(comments)
    return article_end, nest_by_reply_lines(comments)  # "membalas Rina Marlina" left over a text


def _flat_comments(lines: list[str], heading: int | None) -> tuple[int, list[ParsedComment]]:
    """Where the article ends and the comments of a dump that prints them flat (``page_flat``)."""
    after = 0 if heading is None else _past_heading_form(lines, heading)
    headers = find_flat_section(lines, after, section_end(lines, after) if heading is not None else len(lines))
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
