"""Where a flat comment begins in a text dump: its header, a name over or before a time.

A flat run (``page_flat``) is split at its headers, so finding them decides how many comments it
has. A header is a short line that reads as a name and a time, or a name over a line that is a
time; between them comment systems print badges, a score, "Reply to <name>" (wpDiscuz), the
name again under its avatar. To stay cheap on long pages, the lines that end the way a time or
"says:" ends are found first and only those, and the line over each, are read closely.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_header import Header, is_label_line, read_header
from threads.date_lines import HEADER_MAX_CHARS, date_line, reply_then_date
from threads.name_glue import is_short_day, split_reply_tail
from threads.page_flat_span import IN_REPLY_TO as _IN_REPLY_TO
from threads.page_flat_span import REPLY_TO_INITIALS as _REPLY_TO_INITIALS
from threads.page_flat_span import (
    WRAP_ENDS,
    after_bio,
    avatar_over,
    bar_rest,
    guest_badge,
    hangs,
    spoken_label,
    wrapped_header,
)
from threads.page_flat_stamps import COMPACT_AGO as _COMPACT_AGO
from threads.page_flat_stamps import may_end_stamp
from threads.page_flat_targets import names_answered
from threads.page_furniture import (
    COMMENT_STAMP,
    MIN_ARTICLE_LINE_WORDS,
    is_form_field,
    is_furniture_line,
    is_sort_box,
    strip_bullets,
)
from threads.page_words import TEXT_SAYS_WORDS, alternation

# A quote's first line naming whom it quotes ("Ilkka Vähäsarja kirjoitti:", "Misafir yazdı: …",
# "Jan wrote:"): a reply printed flat that quotes its parent names it so.
QUOTE_BY: Final = re.compile(rf"(?i)^(?P<target>[^\s“\"].{{0,60}}?)\s+{alternation(TEXT_SAYS_WORDS)}\s*:(?:\s|$)")
# ... or the quote's own header (``page_quotes.quote_header_name``: "Quote (Guest):", "Citação de Anônimo:").
# Lines between a name and its time that a header may hold (a badge, "Reply to …").
LABEL_LINES: Final = 2
_MAX_COUNT_DIGITS: Final = 3
# A comment's score on a line of its own between its name and its time ("12 points", "1 point").
_SCORE_LINE: Final = re.compile(r"(?i)^[+\-−]?\d[\d,]{0,8}\s+(?:points?|votes?|likes?)$")
# A section needs this many headers; one name over a date is more likely the article's byline.
_MIN_HEADERS: Final = 2
_FORM_GAP: Final = 16  # how far under a form's line the thread under it begins
_TOOLBAR_CHARS: Final = 30  # a toolbar's line between the form and the thread ("Most voted")
_MASKED_ADDRESS: Final = re.compile(r"\s+(?:IP:?\s*)?\d{1,3}\.\d{1,3}(?:\.(?:\d{1,3}|[*xX]{1,3})){2}$")
_COMMENT_NUMBER: Final = re.compile(r"\d{1,4}\.\s+(?=[^\W\d])")  # a flat list's number before the name


def header_at(lines: Sequence[str], index: int, end: int, *, timed: bool = False) -> Header | None:
    """The comment header starting at ``lines[index]``, if that line is one.

    ``timed`` asks for what only comments show: a time of day, "… ago" or "says:". Lists of
    related stories also print a short line over a date, but never the hour.
    """
    text = lines[index].strip()
    if text[-1:] in "*xX" and (masked := _MASKED_ADDRESS.search(text)) is not None:
        text = text[: masked.start()]  # a guest's masked address after the time ("… 09:12 IP: 83.27.*.*")
    if not text or len(text) > HEADER_MAX_CHARS or spoken_label(lines, index, end, text):
        return None
    below = None
    for follow in range(index + 1, min(end, index + 6)):
        under = lines[follow].strip()
        if under:
            below = date_line(under)
            if below is None and len(under) < 11 and is_short_day(under):
                below = under  # "mgrayson" over "Mar 9" (Discourse): a day without its year
            if below is None and follow < index + 3 and "·" in under and avatar_over(lines, index):
                below = after_bio(under)  # Ghost: the commenter's bio before the stamp
            if below is None and follow < index + 3 and under[:1].isdigit() and dated_reply_line(under):
                # the date, then whom the comment answers ("14/08/2024 às 12h40 em resposta a Raimundo Sousa")
                head, target = split_reply_tail(under)
                header = read_header(text, date_line(head.strip()))
                if header is not None and target is not None:
                    return Header(header.author, header.created_at, target.strip(), header.relative)
            if below is None and follow < index + 3 and (answered := reply_then_date(under)) is not None:
                # whom the comment answers, then the date ("In reply to Aras Mohammed 18 March 2024, 22:30")
                header = read_header(text, answered[1])
                if header is not None and header.author is not None:
                    return Header(header.author, header.created_at, answered[0], header.relative)
            if below is None and follow < index + 3 and _SCORE_LINE.match(under):
                continue  # Commento's "12 points" (and a badge) between the name and the time
            if below is None and follow < index + 3 and under[0] in _REPLY_TO_INITIALS and _IN_REPLY_TO.match(under):
                joined = read_header(f"{text} {under}", None)  # "derek_w" over "replied to M maggie.o2 days ago" (NodeBB)
                if joined is not None and joined.reply_to and (joined.created_at or joined.relative):
                    return joined
            if below is None and follow < index + 5 and (between_name_and_time(under, text) or guest_badge(lines, follow)):
                continue  # wpDiscuz: "Member", "Reply to  Kendra" (the name again: its avatar)
            if below is None and under[0] == "·":
                header = read_header(text + under, None)  # the stamp broken off at its dot (Substack)
                if header is not None:
                    return header
            break
    header = read_header(text, below)
    if header is None and lines[index][:1].isdigit() and (numbered := _COMMENT_NUMBER.match(text)) is not None:
        # "1. saarlane 22.05.2024 10:15": the comment's number first, printed as text (a list's
        # item, indented, is read as a list)
        header = read_header(text[numbered.end() :], below)
    if header is None and (named := _name_above(lines, index, text)) is not None:
        header = read_header(f"{named} {text[len(named) :]}", below)  # "anna_75" over "anna_7514.03.2024, 09:12"
    if header is None and below is not None and ", " in text:
        # A name over its time, a title with a comma after it ("Anna Whitcombe awhitcombe Reporter,
        # The Millbrook Courier": Discourse): the name is read up to the comma.
        header = read_header(text[: text.index(", ")], below)
    if header is None and text[-1] in WRAP_ENDS:
        header = wrapped_header(lines, index, end, text)
    elif "|" in text and bar_rest(lines, index, end):
        header = wrapped_header(lines, index, end, text) or header
    if header is None or header.author is None and header.created_at is None and not header.relative:
        return None
    if (
        timed
        and COMMENT_STAMP.search(text if below is None else f"{text} {below}") is None
        and (below is None or (_COMPACT_AGO.match(below) is None and not is_short_day(below)))  # "3d", "4 nov." (Discourse)
    ):
        return None
    if is_furniture_line(strip_bullets(text)):
        # "RiverRat1962 wrote:" with the text indented under it (Pluck): a header whose stamp
        # follows the text; elsewhere such a line introduces a quote.
        # With its time under it, it is a header whoever wrote it ("Anonyme dit :" over "26 octobre …").
        return header if below is not None or header.author and QUOTE_BY.match(text) and hangs(lines, index, end) else None
    return header


def between_name_and_time(text: str, name: str) -> bool:
    """A line that wpDiscuz prints between a comment's name and its time: a badge alone
    ("Member", "Guest"), "Reply to  <name>", or the name again; Substack the commenter's own
    newsletter ("Writes Harbor Notes")."""
    if not text or len(text) > HEADER_MAX_CHARS:
        return False
    return text == name or is_label_line(text) or text.startswith("Writes ") or (
        len(text) <= _MAX_COUNT_DIGITS and text.isdigit()) or (  # a count by the name (Discourse's edits)
        names_answered(text))


def find_flat_section(lines: Sequence[str], after: int, end: int, *, least: int = _MIN_HEADERS) -> list[int]:
    """Line indexes of the comment headers in ``lines[after:end]`` (empty if fewer than ``least``).

    Without a comments heading (``after`` 0), headers count only once the article has begun (a
    line of at least eight words), so a byline over the date is not read as a comment, and only
    with a time of day (``header_at``'s ``timed``), so a list of related stories is not. Every
    header is, or sits just over, a short line ending the way a time or "says:" ends; those few
    lines are found first, in one cheap pass, and only they are read closely.
    """
    begun = after > 0
    stamps: list[int] = []
    for index in range(after, end):
        line = lines[index]
        size = len(line)
        if not size:
            continue
        if not begun:
            begun = line.count(" ") + 1 >= MIN_ARTICLE_LINE_WORDS
            continue
        if size > HEADER_MAX_CHARS + 40:
            continue  # a paragraph (most lines of a page are)
        if ("[" in line or "___" in line) and is_form_field(line) and not is_sort_box(line):
            if not after and not stamps:
                continue  # a search or newsletter box over the story: no time above it, so no thread ends here
            if not after and _thread_under(lines, index, end) and _timed_headers(lines, stamps, index) < least:
                continue  # the comment form over the thread (Hacker News's reply box), too few times above it for one
            end = index
            break
        if may_end_stamp(line) or (line[:1].isdigit() and dated_reply_line(line)):
            stamps.append(index)
    found: set[int] = set()
    for stamp in stamps:
        above = stamp - 1
        while above >= after and not lines[above].strip():
            above -= 1
        if above > after and lines[above][-1:] in "st" and _SCORE_LINE.match(lines[above].strip()):
            above -= 1  # the name over a score over the time (Commento)
        climbed = 0
        while above > after and climbed < LABEL_LINES and (
            between_name_and_time(lines[above].strip(), "") or guest_badge(lines, above)
        ):
            above -= 1  # a badge and "Reply to …" between the name and the time (wpDiscuz)
            while above > after and not lines[above].strip():
                above -= 1
            climbed += 1
        for index in (above, stamp):
            if index >= after and index not in found and header_at(lines, index, end, timed=after == 0) is not None:
                found.add(index)
                break
    return sorted(found) if len(found) >= least else []


def dated_reply_line(line: str) -> bool:
    """A date, then whom the comment answers: "14/08/2024 às 12h40 em resposta a Raimundo Sousa"."""
    head, target = split_reply_tail(line.strip())
    return target is not None and date_line(head.strip()) is not None


def _name_above(lines: Sequence[str], index: int, text: str) -> str | None:
    """The name on the line over ``text`` where ``text`` starts with it and runs on with no blank
    (the avatar's alt text over the name run into its time: "anna_75" over "anna_7514.03.2024,
    09:12", where the digits alone cannot say where the name ends)."""
    above = lines[index - 1].strip() if index > 0 else ""
    if not above and index > 1:
        above = lines[index - 2].strip()
    if 1 < len(above) < len(text) and text.startswith(above) and not text[len(above)].isspace():
        return above
    return None


def _timed_headers(lines: Sequence[str], stamps: list[int], form: int) -> int:
    """How many of the lines in ``stamps`` (each before the form at ``lines[form]``) are, or sit
    under, a comment's header with a time: a story's title and its "312 points … 21 hours ago"
    line end the way a time ends, but no thread ends at a form under those alone."""
    count = 0
    for stamp in stamps:
        above = stamp - 1
        while above > 0 and not lines[above].strip():
            above -= 1
        if any(header_at(lines, k, form, timed=True) is not None for k in (above, stamp) if k >= 0):
            count += 1
    return count


def _thread_under(lines: Sequence[str], form: int, end: int) -> bool:
    """Whether a comment's header, with a time, follows the form at ``lines[form]`` within a few
    lines, its other fields and buttons passed over, and the short lines of a toolbar between
    (wpDiscuz's count, sort orders and "Inline comments" in whatever language the site is in)."""
    for index in range(form + 1, min(end, form + _FORM_GAP)):
        text = lines[index].strip()
        if text and text[0] != "[" and not is_form_field(text):
            if header_at(lines, index, end, timed=True) is not None:
                return True
            if len(text) > _TOOLBAR_CHARS:
                return False
    return False
