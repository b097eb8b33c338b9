"""Comment sections that a text dump prints flat: no list markers, no indentation.

Renderers that ignore CSS (w3m, lynx) print comment systems built from blocks rather than lists
(Drupal's ``div.indented``, Coral, themes that indent replies with margins) as one flat run: a
header (a name over a date, "Heidi 5 June 2022 09:12", "bluebench 3 months ago"), the text,
buttons, and the next header. This module splits such a run at its headers (found by
``page_flat_headers``).

Who answers whom survives only where the page printed it in words: Coral's "In reply to
westend_resident" names the parent's author; otherwise a missing "Reply" link marks a reply at
the thread's deepest level (``page_comments``). Everything else is read as top-level, since a
guess at nesting would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_header import Header, read_header
from threads.comment_names import clean_name
from threads.date_lines import date_line
from threads.model import ParsedComment
from threads.name_glue import is_short_day
from threads.page_child_counts import nest_by_indent
from threads.page_comments import shows_missing_links
from threads.page_flat_cues import named_by_cues
from threads.page_flat_headers import (
    LABEL_LINES,
    QUOTE_BY,
    between_name_and_time,
    dated_reply_line,
    header_at,
)
from threads.page_flat_span import NOBODY as _NOBODY
from threads.page_flat_span import (
    WRAP_ENDS,
    after_bio,
    bar_rest,
    glued_parent,
    guest_badge,
    head_above,
    is_flat_furniture,
    nest_by_name,
    only_furniture,
    paragraph_end,
    split_subject_by,
    without_image_cell,
)
from threads.page_flat_targets import (
    naming_line,
    reply_target,
    split_subjects,
    subject_target,
)
from threads.page_furniture import is_form_field, strip_bullets
from threads.page_quotes import flat_quote_end, quote_header_name, quote_of, quoted
from threads.removed_placeholders import is_removed_placeholder, opens_with_placeholder
from threads.text import tidy_line

# The end of an old-Reddit header wrapped onto the next line ("comment (0 children)", "child)").
_WRAPPED_TAIL: Final = re.compile(r"(?i)^(?:(?:stickied\s+)?comment\s+)?(?:\(\d{1,6}\s+)?child(?:ren)?\)$")
# A line this long may open with a removed comment's placeholder and go on with a notice.
_MAX_PLACEHOLDER_LINE: Final = 40


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
    above = head_above(lines, headers[0], headers[0] - LABEL_LINES - 2)[1] if headers else None
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
                        by = QUOTE_BY.match(said or line.strip())
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
            match, until = naming_line(lines, position, stop, line, bare, comments, opening=not body)
            if until > position:
                quote_until = until  # a button, or a name the renderer wrapped onto the next line
                if match is None:
                    continue
            if match is not None:
                if header is None or not header.reply_to or header.reply_to not in bare:
                    # not the header's own line; its subject and author found above, where the
                    # page's "by" word is one no list holds ("En resposta a Ja era hora per Montse")
                    replying_to = (comments and subject_target(bare, comments)) or reply_target(match.group("target"))
                continue
            if not body and comments and replying_to == (None, None) and (found := subject_target(bare, comments)):
                replying_to = found  # "In reply to <subject> by <author>" in any language (Drupal)
                continue
            if not body and header is not None and header.reply_to and bare.endswith(header.reply_to) and dated_reply_line(bare):
                continue  # the date and whom it answers, read with the header (``header_at``)
            if not body and bare[-1:] == ")" and _WRAPPED_TAIL.match(bare):
                continue  # the end of old Reddit's header that the renderer wrapped: "children)"
            if not body and bare and (
                date_line(bare) is not None or bare[0] == "·" or between_name_and_time(bare, "") or is_short_day(bare)
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
