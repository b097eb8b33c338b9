"""Where a text dump's comment section begins: after a comments heading ("6 thoughts on …",
"Leserkommentare (8)"), at the first indented or numbered list of comments, or at the comment
form; and where the article ends, which is the same place.

Split from ``page_parser`` (putting the article and the comment tree together) as one idea.
"""

from __future__ import annotations

import re
from typing import Final

from threads.page_bare_names import named_run, names_open_items
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
)
from threads.page_flat_headers import find_flat_section, header_at
from threads.page_form import past_form, under_form_heading
from threads.page_furniture import (
    is_comment_stamp,
    strip_bullets,
)
from threads.page_headed_list import headed_list
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
from threads.page_others import lists_others, lists_reactions
from threads.page_signed_items import items_signed

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
    return locate_comments(lines)[0]


def locate_comments(lines: list[str]) -> tuple[int | None, int | None]:
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
            if len(line) < 40 and is_thread_end(line.rstrip()):
                numbered.clear()  # "blog comments powered by Disqus" at no indent: what is below is not the thread
                high = thread_end = index
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
        first = past_heading_form(lines, above)
        headed = _after_heading(lines, above)
        if first > above + 1 and (headed is None or headed < first):
            # The form under the heading ended the section, or the list is the form's (login buttons
            # "• D"): the list past it, opened by a comment's header, not a list in a comment's text.
            headed = past_toolbars(lines, _after_heading(lines, first - 1))
            if headed is not None and not item_is_header(lines, headed) and not items_signed(lines, headed, len(lines)):
                headed = None  # no header opens it, nor is each item signed at its foot
        if headed is not None and lists_reactions(lines, headed):
            above = last_heading(lines, above)  # Disqus 2's tweets and trackbacks under "Reactions"
            continue
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
    # (or Disqus's own last line under it, "blog comments powered by Disqus": its thread is the
    # run of items right above it, after the last unindented line, "Tags: …" under a "Read also" list)
    if bulleted and 0 <= thread_end == high:
        run = next((i for i in range(high - 1, low - 1, -1) if lines[i][:1].strip()), low - 1)
        return next((i for i in bulleted if i > run and item_opens(lines, i)), None), heading
    if bulleted and any(len(lines[i]) < 90 and is_comment_stamp(strip_bullets(lines[i])) for i in range(low, high)):
        return next((i for i in bulleted if item_opens(lines, i)), None), heading
    if names_open_items(lines, bulleted):
        return bulleted[0], heading  # (or each item opens with a name over its text: Disqus 2 kept by the Wayback Machine)
    if heading is None and (named := named_run(lines)) is not None:
        return named, None  # items opening with their commenters' names, above a footer
    if heading is None and not find_flat_section(lines, 0, len(lines)):
        return headed_list(lines), None  # a list of headers above a long notice (``page_headed_list``)
    return None, heading


def past_heading_form(lines: list[str], heading: int) -> int:
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

# A heading inside a list item is short (a forum post's subject).
_MAX_TITLE_CHARS: Final = 80


def title_in_item(lines: list[str], index: int) -> bool:
    """Whether the unindented ``lines[index]`` is a short title between two indented lines, both
    within a blank line of it (elinks prints a heading inside a list item at no indent: a forum
    post's subject over its indented text)."""
    if len(lines[index]) > _MAX_TITLE_CHARS or lines[index].rstrip()[-1:] in ".!?:":
        return False
    above = next((k for k in range(index - 1, max(index - 3, -1), -1) if lines[k].strip()), None)
    below = next((k for k in range(index + 1, min(index + 3, len(lines))) if lines[k].strip()), None)
    return above is not None and below is not None and lines[above][:1] == " " and lines[below][:1] == " "
