"""Comment sections that a text dump prints flat: no list markers, no indentation.

Renderers that ignore CSS (w3m, lynx) print comment systems built from blocks rather than lists
(Drupal's ``div.indented``, Coral, themes that indent replies with margins) as one flat run: a
header (a name over a date, "Heidi 5 June 2022 09:12", "bluebench 3 months ago"), the text,
buttons, and the next header. This module splits such a run at its headers.

Who answers whom survives only where the page printed it in words: Coral's "In reply to
westend_resident" names the parent's author; otherwise a missing "Reply" link marks a reply at
the thread's deepest level (``page_comments``). Everything else is read as top-level, since a
guess at nesting would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_header import (
    HEADER_MAX_CHARS,
    Header,
    date_line,
    is_label_line,
    read_header,
)
from threads.comment_names import clean_name
from threads.model import ParsedComment
from threads.name_glue import is_short_day, split_reply_tail
from threads.page_child_counts import nest_by_indent
from threads.page_comments import shows_missing_links
from threads.page_flat_cues import named_by_cues
from threads.page_flat_span import IN_REPLY_TO as _IN_REPLY_TO
from threads.page_flat_span import NOBODY as _NOBODY
from threads.page_flat_span import REPLY_TO_INITIALS as _REPLY_TO_INITIALS
from threads.page_flat_span import (
    WRAP_ENDS,
    after_bio,
    avatar_over,
    bar_rest,
    glued_parent,
    guest_badge,
    hangs,
    head_above,
    is_flat_furniture,
    nest_by_name,
    only_furniture,
    paragraph_end,
    split_subject_by,
    spoken_label,
    without_image_cell,
    wrapped_header,
    wrapped_reply_to,
)
from threads.page_flat_stamps import COMPACT_AGO as _COMPACT_AGO
from threads.page_flat_stamps import may_end_stamp
from threads.page_flat_targets import (
    labelled_target,
    numbered_target,
    reply_target,
    split_subjects,
    subject_target,
)
from threads.page_furniture import (
    COMMENT_STAMP,
    MIN_ARTICLE_LINE_WORDS,
    is_form_field,
    is_furniture_line,
    is_removed_placeholder,
    is_sort_box,
    opens_with_placeholder,
    strip_bullets,
)
from threads.page_quotes import flat_quote_end, quote_header_name, quote_of, quoted
from threads.page_words import SAYS_WORDS, alternation
from threads.text import tidy_line

# A reply's first line naming whom it answers, alone: "@Sanne Bakker".
_AT_NAME: Final = re.compile(r"^@(?P<target>[^\s@][^@]{0,38}?)\s*$")
_AT_NAME_MAX_WORDS: Final = 4
# A reply arrow before the name of the comment answered, under the reply's date (Discourse: "↩ ●
# mgrayson", its avatar a dot in w3m and "[IMG]" in elinks and links).
_ARROW_TO: Final = re.compile(r"^[↩↪⤷](?:\s*(?:[●•]|\[[^\]]{0,20}\]))*\s*(?P<target>[^\s@●•\[].{0,38}?)\s*$")
_REPLY_ARROWS: Final = frozenset("↩↪⤷")
# The answered post's author as its avatar and handle alone, between the name and the day (Discourse
# in w3m when no arrow prints: "Glen Osterhoutgosterhout" over "●mkowalczyk" over "Mar 8").
# Over the reply's text, the title of a quote of the post answered: its author's avatar and name and a
# colon ("● lferreyra:", over the quoted words).
_DOT_TO: Final = re.compile(r"^●\s?(?P<target>[^\s●•\[:]{2,40}|[^\s●•\[:][^●•\[:]{1,40}(?=:$)):?$")
# A quote's first line naming whom it quotes ("Ilkka Vähäsarja kirjoitti:", "Misafir yazdı: …",
# "Jan wrote:"): a reply printed flat that quotes its parent names it so.
_QUOTE_BY: Final = re.compile(rf"(?i)^(?P<target>[^\s“\"].{{0,60}}?)\s+{alternation(SAYS_WORDS)}\s*:(?:\s|$)")
# ... or the quote's own header (``page_quotes.quote_header_name``: "Quote (Guest):", "Citação de Anônimo:").
# wpDiscuz prints "Reply to  <name>" under a reply's date; only there is it not a button.
_REPLY_TO_HEAD: Final = re.compile(r"(?i)^reply\s+to\s+@?(?P<target>\S.{0,160}?)\s*$")
# The end of an old-Reddit header wrapped onto the next line ("comment (0 children)", "child)").
_WRAPPED_TAIL: Final = re.compile(r"(?i)^(?:(?:stickied\s+)?comment\s+)?(?:\(\d{1,6}\s+)?child(?:ren)?\)$")
# A comment's score on a line of its own between its name and its time ("12 points", "1 point").
# Lines between a name and its time that a header may hold (a badge, "Reply to …").
_LABEL_LINES: Final = 2
_MAX_COUNT_DIGITS: Final = 3
_SCORE_LINE: Final = re.compile(r"(?i)^[+\-−]?\d[\d,]{0,8}\s+(?:points?|votes?|likes?)$")
# A section needs this many headers; one name over a date is more likely the article's byline.
_MIN_HEADERS: Final = 2
_FORM_GAP: Final = 16  # how far under a form's line the thread under it begins
_TOOLBAR_CHARS: Final = 30  # a toolbar's line between the form and the thread ("Most voted")
# A line this long may open with a removed comment's placeholder and go on with a notice.
_MAX_PLACEHOLDER_LINE: Final = 40
_MASKED_ADDRESS: Final = re.compile(r"\s+(?:IP:?\s*)?\d{1,3}\.\d{1,3}(?:\.(?:\d{1,3}|[*xX]{1,3})){2}$")
_COMMENT_NUMBER: Final = re.compile(r"\d{1,4}\.\s+(?=[^\W\d])")  # a flat list's number before the name
# The key of comments whose author is nobody named ("Anonymous", "Guest"): a Drupal reply names
# them by subject ("In reply to Dark bus stops by Anonymous").


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
            if below is None and follow < index + 3 and under[:1].isdigit() and _dated_reply_line(under):
                # the date, then whom the comment answers ("14/08/2024 às 12h40 em resposta a Raimundo Sousa")
                head, target = split_reply_tail(under)
                header = read_header(text, date_line(head.strip()))
                if header is not None and target is not None:
                    return Header(header.author, header.created_at, target.strip(), header.relative)
            if below is None and follow < index + 3 and _SCORE_LINE.match(under):
                continue  # Commento's "12 points" (and a badge) between the name and the time
            if below is None and follow < index + 3 and under[0] in _REPLY_TO_INITIALS and _IN_REPLY_TO.match(under):
                joined = read_header(f"{text} {under}", None)  # "derek_w" over "replied to M maggie.o2 days ago" (NodeBB)
                if joined is not None and joined.reply_to and (joined.created_at or joined.relative):
                    return joined
            if below is None and follow < index + 5 and (_between_name_and_time(under, text) or guest_badge(lines, follow)):
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
        return header if below is not None or header.author and _QUOTE_BY.match(text) and hangs(lines, index, end) else None
    return header


def _between_name_and_time(text: str, name: str) -> bool:
    """A line that wpDiscuz prints between a comment's name and its time: a badge alone
    ("Member", "Guest"), "Reply to  <name>", or the name again; Substack the commenter's own
    newsletter ("Writes Harbor Notes")."""
    if not text or len(text) > HEADER_MAX_CHARS:
        return False
    return text == name or is_label_line(text) or text.startswith("Writes ") or (
        len(text) <= _MAX_COUNT_DIGITS and text.isdigit()) or (  # a count by the name (Discourse's edits)
        text[0] in "Rr" and _REPLY_TO_HEAD.match(text) is not None) or (
        text[0] in _REPLY_TO_INITIALS and _IN_REPLY_TO.match(text) is not None) or (
        text[0] == "●" and _DOT_TO.match(text) is not None)


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
        if may_end_stamp(line) or (line[:1].isdigit() and _dated_reply_line(line)):
            stamps.append(index)
    found: set[int] = set()
    for stamp in stamps:
        above = stamp - 1
        while above >= after and not lines[above].strip():
            above -= 1
        if above > after and lines[above][-1:] in "st" and _SCORE_LINE.match(lines[above].strip()):
            above -= 1  # the name over a score over the time (Commento)
        climbed = 0
        while above > after and climbed < _LABEL_LINES and (
            _between_name_and_time(lines[above].strip(), "") or guest_badge(lines, above)
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


def _dated_reply_line(line: str) -> bool:
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


def parse_flat_comments(lines: Sequence[str], headers: list[int], end: int) -> list[ParsedComment]:
    """One comment per header, in page order; replies only where the page named the parent.

    A header with no text under it is not a comment (a list of headlines over dates). Drupal
    prints each comment's subject over its text and names a parent by subject and author ("In
    reply to Finally by Jonas W."); where it does, every comment's first line is its subject, kept
    apart to find parents and left out of the text, as the HTML reader leaves it out.
    """
    comments: list[ParsedComment] = []
    parents: list[tuple[str | None, str | None]] = []  # (author, subject) of the comment answered
    indents: list[int] = []
    placeholders: list[int] = []  # where removed comments' placeholders are in ``comments``
    above = head_above(lines, headers[0], headers[0] - _LABEL_LINES - 2)[1] if headers else None
    for number, index in enumerate(headers):
        stop, next_above = head_above(lines, headers[number + 1], index) if number + 1 < len(headers) else (end, None)
        header = header_at(lines, index, end)
        body: list[str] = []
        replying_to: tuple[str | None, str | None] = (None, None)
        if above is not None:
            replying_to = reply_target(above)  # "In reply to …" over the name (Coral)
        above = next_above
        if header is not None and header.reply_to:
            replying_to = reply_target(header.reply_to)  # "SnowyOwl in reply to GreyHeron", "Гость → Гость"
        elif header is not None and (glued := glued_parent(header.author, lines[index].strip(), comments)) is not None:
            header, replying_to = Header(glued[0], header.created_at, None, header.relative), (glued[1], None)
        gap = False
        after = index + 1
        if header is not None and (
            (lines[index].rstrip()[-1:] in WRAP_ENDS and read_header(lines[index].strip(), None) is None)
            or ("|" in lines[index] and bar_rest(lines, index, end))
        ):
            after += 1  # the rest of a wrapped header (``wrapped_header``)
        own = len(lines[index]) - len(lines[index].lstrip())
        quote_until = removed = removed_end = -1
        said = ""  # "Siiri P. kirjoitti:" over the quote, a line of its own (furniture otherwise)
        for position in range(after, stop):
            if position < quote_until:
                continue
            line = lines[position]
            if line[:1] == " " and line[own : own + 1] == " ":
                quote_until = flat_quote_end(lines, position, stop, own) or -1
                if quote_until > 0:  # a quote of another comment, indented (``page_quotes``)
                    if not body and replying_to == (None, None) and (said or ":" in line):
                        by = _QUOTE_BY.match(said or line.strip())
                        quoted_name = by.group("target") if by is not None else quote_header_name(said or line.strip())
                        if quoted_name is not None:
                            replying_to = (clean_name(quoted_name) or _NOBODY, None)
                    body.extend(("\n\n", quoted(lines, position, quote_until)) if body else (quoted(lines, position, quote_until),))
                    gap = True
                    continue
            if not body and replying_to == (None, None) and (quote := quote_of(lines, position, stop)) is not None:
                replying_to, quote_until = (clean_name(quote[0]) or _NOBODY, None), quote[1]  # "Citat: Светлана"
                body.append(quoted(lines, position + 1, quote[1]))
                continue
            if line[:1] == " " and line.lstrip()[:1] in "_[":
                line = without_image_cell(lines, position, stop)
            text = tidy_line(line)
            bare = strip_bullets(text)
            if ("[" in line or "___" in line) and is_form_field(line):
                break
            match = _IN_REPLY_TO.match(bare) if bare[:1] in _REPLY_TO_INITIALS else None
            if match is not None and match.group("target")[:5].casefold() in ("this", "this "):
                continue  # a button, "Reply to This" (Slashdot's row under each comment)
            if match is not None and (wrapped := wrapped_reply_to(lines, position, stop, bare)) is not None:
                match, quote_until = wrapped, position + 2  # the line under it is the rest of the name
            if match is None and not body and bare[:1] in "Rr":
                match = _REPLY_TO_HEAD.match(bare)  # wpDiscuz's "Reply to  Martha Kiel" under the date
            if match is None and not body and comments and ("  " in line or "\xa0" in line):
                match = labelled_target(line.strip(), comments)  # the same, in any language
            if match is None and not body and comments and ". " in bare:
                match = numbered_target(bare, comments)  # "Vastus kommentaarile 1. saarlane"
            if match is None and not body and bare[:1] == "@" and bare.count(" ") < _AT_NAME_MAX_WORDS:
                match = _AT_NAME.match(bare)  # "@Sanne Bakker" alone over the reply's text
            if match is None and not body and bare[:1] in _REPLY_ARROWS:
                match = _ARROW_TO.match(bare)  # "↩ ● mgrayson" under the date (Discourse)
            if match is None and not body and bare[:1] == "●":
                match = _DOT_TO.match(bare)  # "●mkowalczyk" over the date (Discourse, no arrow)
            if match is not None:
                if header is None or not header.reply_to or header.reply_to not in bare:
                    # not the header's own line; its subject and author found above, where the
                    # page's "by" word is one no list holds ("En resposta a Ja era hora per Montse")
                    replying_to = (comments and subject_target(bare, comments)) or reply_target(match.group("target"))
                continue
            if not body and comments and replying_to == (None, None) and (found := subject_target(bare, comments)):
                replying_to = found  # "In reply to <subject> by <author>" in any language (Drupal)
                continue
            if not body and header is not None and header.reply_to and bare.endswith(header.reply_to) and _dated_reply_line(bare):
                continue  # the date and whom it answers, read with the header (``header_at``)
            if not body and bare[-1:] == ")" and _WRAPPED_TAIL.match(bare):
                continue  # the end of old Reddit's header that the renderer wrapped: "children)"
            if not body and bare and (
                date_line(bare) is not None or bare[0] == "·" or _between_name_and_time(bare, "") or is_short_day(bare)
                or guest_badge(lines, position)
                or ("·" in bare and after_bio(bare) is not None)
            ):
                continue  # the header's date (also with a score after it: "9/12/24, 7:05 PM +7"), badge, "·Apr 2"
            if body and is_removed_placeholder(bare) and only_furniture(lines, position + 1, stop):
                removed = removed_end = position  # a removed comment after this one: no header, its own node
                break
            if body and len(bare) >= _MAX_PLACEHOLDER_LINE and opens_with_placeholder(bare):
                removed_end = paragraph_end(lines, position, stop)  # with a notice after it
                if only_furniture(lines, removed_end + 1, stop):
                    removed = position
                    break
            if not body and bare[:1] == "[" and is_removed_placeholder(bare):
                body.append(text)  # a removed comment under a header of its own ("[deleted]", Hacker News)
                continue
            if not bare or is_flat_furniture(bare):
                if not body and bare[-1:] == ":":
                    said = bare
                gap = gap or bool(body)
                continue
            if body:
                body.append("\n\n" if gap else "\n")
            body.append(text)
            gap = False
        if header is not None and header.author and not body and is_removed_placeholder(header.author):
            # a removed comment's label where its name was ("Comment deleted·Mar 9", Substack): kept
            # for the reply under it, by nobody, with the label as its text
            comments.append(ParsedComment(body=header.author, created_at=header.created_at, line=index + 1))
            parents.append(replying_to)
            placeholders.append(len(comments) - 1)
            indents.append(own)
            continue
        if not body:
            continue
        comment = ParsedComment(
            body="".join(body).strip(),
            author_name=header.author if header else None,
            created_at=header.created_at if header else None,
            line=index + 1,
        )
        comments.append(comment)
        parents.append(replying_to)
        indents.append(own)
        if removed >= 0:
            placeholder = " ".join(tidy_line(without_image_cell(lines, k, stop)) for k in range(removed, removed_end + 1))
            comments.append(ParsedComment(body=placeholder, line=removed + 1))
            parents.append((None, None))
            placeholders.append(len(comments) - 1)
            indents.append(len(lines[removed]) - len(lines[removed].lstrip()))
    split_subject_by(comments, parents)
    named_by_cues(comments, parents)  # the rest, by what they say, where the page named some parents
    subjects: list[str | None] = [None] * len(comments)
    if any(subject for _name, subject in parents):
        subjects = split_subjects(comments)
    if not any(name for name, _subject in parents) and len(set(indents)) > 1:
        return nest_by_indent(comments, indents)
    if placeholders and not shows_missing_links(comments, lines, headers[0], end):
        # Kept for the replies under it: the next comment, naming no one, answers it; unless the
        # page indents its replies and that comment is no deeper (elinks prints the indents).
        indented = len(set(indents)) > 1
        for k in placeholders:
            if k + 1 < len(comments) and parents[k + 1] == (None, None) and not (indented and indents[k + 1] <= indents[k]):
                parents[k + 1] = (_NOBODY, None)
    return nest_by_name(comments, parents, subjects)


def names_parents(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the section says whom a comment answers ("In reply to …", "@Name") anywhere."""
    for line in lines[start:end]:
        bare = line.strip()
        if bare[:1] in _REPLY_TO_INITIALS and _IN_REPLY_TO.match(bare):
            return True
        if bare[:1] == "@" and bare.count(" ") < _AT_NAME_MAX_WORDS and _AT_NAME.match(bare):
            return True
        if bare[:1] in _REPLY_ARROWS and _ARROW_TO.match(bare):
            return True
    return False
