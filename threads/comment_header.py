"""Who wrote a comment and when, as comment systems print it above the text.

Both readers meet the same header lines: WordPress's "Petra Lindqvist says:" over "May 9, 2022 at
8:12 am", a name and a time on one line ("Maeve 2023-03-02 21:14"), Drupal's "Hedda P. (not
verified)" over "Sat, 14/09/2019 - 12:31". The HTML reader finds them in elements; a text dump
(w3m, lynx) prints them as the first lines of the comment's list item. One set of rules for both,
so a page and its text dump name the same authors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from threads.comment_words import ANONYMOUS_WORDS
from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.name_glue import without_glued_badge, without_initials
from threads.page_furniture import (
    CLOCK_PATTERN,
    COMMENT_STAMP,
    CONNECTOR_PATTERN,
    DATE_PATTERN,
    is_date_line,
    is_furniture_line,
    strip_bullets,
)
from threads.page_words import (
    BADGE_WORDS,
    DATE_PREPOSITIONS,
    PICTURE_WORDS,
    RELATIVE_PATTERN,
    SAYS_WORDS,
    alternation,
)

# "Maeve 2023-03-02 21:14", "Heidi, 5 June 2022 09:12": a name and a time as one header line; also
# run together where the page put no space between them ("Linda HaugenFebruary 12, 2024 at 9:22
# am", "Anjali Deshpande·Mar 18, 2024 07:45 PM IST": ``name_glue``).
NAME_THEN_TIME: Final = re.compile(
    rf"^(?P<name>[^\d\s].{{0,58}}?)(?:\s*[,·|–—-]\s*|\s+|(?-i:(?<=[a-zß-ÿ])(?=[A-Z\d])))(?P<time>{DATE_PATTERN}(?:\s*{CONNECTOR_PATTERN}?\s*{CLOCK_PATTERN})?)$",
    re.IGNORECASE,
)
_ANONYMOUS: Final = frozenset({
    "anonymous", "anon", "guest", "unknown", "anonymous coward", "deleted", "[deleted]", "a reader",
    "reader", "visitor", "anonymous user", "guest user", *ANONYMOUS_WORDS,
})
_UNVERIFIED: Final = re.compile(r"(?i)\s*\((?:not verified|unverified|guest|anonymous)\)\s*$")
SAYS: Final = re.compile(rf"(?i)(?:\s+{alternation(SAYS_WORDS)})?\s*:?\s*$")
_BY: Final = re.compile(r"(?i)^(?:by|posted by|submitted by|von|par)\s+")
_MAX_NAME: Final = 120
HEADER_MAX_CHARS: Final = 100
# Every time stamp has a digit or one of these words; most lines are ruled out by this alone.
_DATEISH: Final = re.compile(r"(?i)\d|ago\b|now\b|yesterday|today")
# A comment system's badge printed after the name ("westend_resident Subscriber", "Mele Fifita
# Verified: Councillor").
_BADGE: Final = re.compile(
    r"(?i)(?<=\S)\s+(?:subscriber|staff|moderator|verified|featured|expert|journalist|admin|editor|mod|(?:post\s+)?author|publisher|official|reporter|columnist|contributor|(?:board|staff|team)\s+member|verified:\s+\w+(?:\s+\w+)?|top\s+\d{1,4}\s+commenter|"
    + alternation(BADGE_WORDS)
    + ")$"
)
# A text dump's header line: an avatar's alt text in brackets (w3m prints ``[ava]``), a name, "says:".
SAYS_HEADER: Final = re.compile(
    rf"(?i)^(?:\[[^\]]{{0,40}}\]\s*)?(?P<name>[^\s\[].{{0,60}}?)\s+{alternation(SAYS_WORDS)}\s*:\s*$"
)
# "Halvard S. •3 years ago", "bluebench3 months ago" (w3m runs a name into the next element's text),
# Divi's "Mary Lanyon on 15 mins ago".
_NAME_THEN_AGO: Final = re.compile(
    r"(?i)^(?:\[[^\]]{0,40}\]\s*)?(?P<name>[^\s\[].{0,60}?)(?:\s+on)?\s*[•·|–—-]?\s*(?<![\d])(?:\d{1,3}|an?|a\s+few)\s+"
    r"(?:second|sec|minute|min|hour|hr|day|week|month|year)s?\s+ago$"
)
# Drupal's header link after the time ("Jim on Wednesday, 11 February, 2015 - 21:04 Permalink").
_PERMALINK_TAIL: Final = re.compile(r"(?i)\s+(?:permalink|#\d{1,6})$")
# Drupal's user picture before the name, by its alt text ("fietsfan's picture fietsfan").
_PICTURE_PREFIX: Final = re.compile(r"^\S.{0,40}?'s\s+picture\s+(?=\S)")
# A picture named for the commenter before the name, which follows again: "Profilbild von Jürgen
# W. Jürgen W. 30. März 2024 um 21:47 Uhr", "Avatar di Giulia Ferri Giulia Ferri …".
_PICTURE_OF: Final = re.compile(rf"(?i)^{alternation(PICTURE_WORDS)}\s+(?P<name>\S.{{0,40}}?)\s+(?=(?P=name)(?:\W|$|(?-i:[A-ZÀ-Þ])))")
_PICTURE_FIRST_WORDS: Final = frozenset(word.split()[0] for word in PICTURE_WORDS)
# A name, then a relative time in another language: "Mehmet Aydın vor 3 Stunden", "Giulia 3 ore fa".
_NAME_THEN_RELATIVE: Final = re.compile(
    rf"(?i)^(?:\[[^\]]{{0,40}}\]\s*)?(?P<name>[^\s\[].{{0,60}}?)\s*[•·|–—-]?\s+{RELATIVE_PATTERN}$"
)
_RELATIVE_CUES: Final = ("vor ", " y a ", "hace ", "há ", " fa", "geleden")
# The word before a date that is not the name's: "Claire D. le 26/10/2024", "Jim on 5 May 2021".
_DATE_PREPOSITION: Final = re.compile(rf"(?i)\s+{alternation(DATE_PREPOSITIONS)}$")
# A badge printed before the name ("Editor's pick GreenhillMum").
_LEADING_BADGE: Final = re.compile(
    r"(?i)^(?:editor'?s\s+pick|editors'\s+pick|staff\s+pick|featured(?:\s+comment)?|top\s+comment|pinned)\s+(?=\S)"
)
# Disqus's "in reply to" arrow and the name answered after it ("Marit ➦ Kjetil Hovde").
_REPLY_ARROW: Final = re.compile(r"\s*[➦↪↩⤷⮡➥]\s*.*$")
# Section furniture a dump prints as list items before the comments (Disqus's "9 Comments",
# "Best", "Newest" tabs, its community's name): few words, no sentence, no header.
_LABEL_MAX_WORDS: Final = 3
# Longer than this, an item is text (checked first: stripping a long body would copy it).
_STUB_MAX_CHARS: Final = 80
# "SnowyOwl in reply to GreyHeron" on a header line: the author, then the author answered.
_IN_REPLY_TO_TAIL: Final = re.compile(r"(?i)\s+in\s+reply\s+to\s+@?(?=\S)")
# After a time of day, a comment's vote score that a dump runs onto the line ("7:05 PM +7").
_TRAILING_SCORE: Final = re.compile(r"(?i)(?<=[\dmM.])\s+[+\-−]?\d{1,6}$")
# Before a name: an avatar's alt text ("[no_avatar]") and the comment's number ("#12").
_NAME_PREFIX: Final = re.compile(r"^(?:\[[^\]]{0,40}\]\s*)?(?:#\d{1,6}\s+)?(?=\S)")
_ALT_PREFIX: Final = re.compile(r"^\[[^\]]{0,40}\]\s*(?=\S)")
# Old Reddit's and Hacker News's header: a collapse toggle ("[–]"), the name with a flair ("[S]",
# "[M]"), the score ("46 points", printed three times by old Reddit: "46 points47 points48 points"),
# a relative time, then an edit mark, "stickied comment", links ("| parent | next [–]") and the
# size of the subtree ("(3 children)", cut to "(3" where the renderer wrapped the line).
_TOGGLE: Final = re.compile(r"^\[[–+\-]\]\s*")
_FLAIR: Final = re.compile(r"(?<=\S)\[[A-Z]{1,2}\](?=\s|$)")
_SCORE_RUN: Final = re.compile(r"(?i)\s+(?:[+\-−]?\d[\d,]{0,8}\s+points?(?![a-z])\s*)+")
_AGO_TAIL: Final = re.compile(
    r"""(?ix)(?<=\sago)(?:\s*\*)?(?:\s+stickied(?:\s+comment)?)?
        (?:\s*\|\s*(?:parent|next|prev|root|context|edit|delete|flag|favorite)\b)*(?:\s*\[[–+\-]\])?
        (?:\s+\(\d{1,6}(?:\s+child(?:ren)?\))?)?\s*$"""
)
# An avatar's alt text in brackets, alone on a line: "[5f1e]", "[avatar]".
_ALT_MAX_CHARS: Final = 42
# A name on its own line: short, a few words, not a sentence.
_NAME_MAX_CHARS: Final = 60
_NAME_MAX_WORDS: Final = 6
_PINGBACK: Final = re.compile(r"(?i)^(?:pingback|trackback)\s*:")
# A pingback's first line starts "Pingback:" or "Trackback:".
_PINGBACK_INITIALS: Final = frozenset("PpTt")
# WordPress shows a pingback as the linking post's excerpt between ellipses in brackets.
_EXCERPT_ENDS: Final = ("...]", "\u2026]")
_EXCERPT: Final = re.compile(r"^\[(?:\.\.\.|…)\].*\[(?:\.\.\.|…)\]$", re.DOTALL)


def clean_name(text: str, badges: bool = True) -> str | None:
    """A commenter's name without "says:", "by", "(not verified)", an avatar's alt text in brackets
    or a comment number before it ("[no_avatar] #1 Seán", JComments); None for "Anonymous" and the
    like. ``badges=False`` keeps a badge word that is part of the name itself: where an element of
    its own holds the name, a badge would be an element of its own too ("Mercury Moderator")."""
    if text[:1] in "[#":
        text = _NAME_PREFIX.sub("", text, count=1)
    name = _BY.sub("", _UNVERIFIED.sub("", SAYS.sub("", _REPLY_ARROW.sub("", text)))).strip(" \t:-–—·|")
    if badges:
        name = _LEADING_BADGE.sub("", _BADGE.sub("", name))
    if not name or name.casefold() in _ANONYMOUS or len(name) > _MAX_NAME:
        return None
    return name


@dataclass(frozen=True, slots=True)
class Header:
    """What a comment's header line (and the date under it) said about it."""

    author: str | None
    created_at: datetime | None
    # The author this comment answers, where the header line names one ("SnowyOwl in reply to
    # GreyHeron", the Guardian's d-comment).
    reply_to: str | None = None
    # A relative time ("3 weeks ago") was read: a header even without a name or a datetime.
    relative: bool = False


def _is_pingback(body: str, first: str, cut: int) -> bool:
    """A pingback or trackback listed among the comments: "Pingback: …", the linking post's
    excerpt in "[…] … […]", or that excerpt under the post's title (``first``, the line before
    ``cut``). The cheap tests (first character, how the body ends) come before the patterns:
    this runs on every comment of a section."""
    if first[:1] in _PINGBACK_INITIALS and _PINGBACK.match(first) is not None:
        return True
    if not body.rstrip().endswith(_EXCERPT_ENDS):
        return False
    if first[:1] == "[" and _EXCERPT.match(body.strip()) is not None:
        return True
    return cut >= 0 and _EXCERPT.match(body[cut:].strip()) is not None


def may_be_header(first: str) -> bool:
    """A cheap test before ``read_header``: whether ``first`` has the length and the last
    character of any header shape (most first lines are sentences, and fail it)."""
    if not first or len(first) > HEADER_MAX_CHARS:
        return False
    last = first[-1]
    return (
        last in ":oOmMkr"
        or last.isdigit()
        or last.isupper()
        or (len(first) <= _NAME_MAX_CHARS and last not in "!?;,")
    )


def header_time(text: str | None) -> datetime | None:
    """``parse_time`` on a header's time, without the vote score some systems print after the
    clock ("9/12/24, 7:05 PM +7")."""
    if not text:
        return None
    if text[-1].isdigit() and " " in text:
        unscored = _TRAILING_SCORE.sub("", text)
        if unscored != text and COMMENT_STAMP.search(unscored) is not None:
            text = unscored
    return parse_time(text)


def _split_target(text: str) -> tuple[str, str | None]:
    """A header's name part and the author it answers, where it names one ("SnowyOwl in reply to
    GreyHeron"); the cheap test for " in " comes first."""
    if " in " not in text and " In " not in text:
        return text, None
    parts = _IN_REPLY_TO_TAIL.split(text, maxsplit=1)
    if len(parts) < 2:
        return text, None
    return parts[0], clean_name(parts[1])


def read_header(first: str, date_below: str | None) -> Header | None:
    """The header at the top of a comment in a text dump, or None if its first line is its text.

    ``first`` is the item's first line without its list marker; ``date_below`` the next line of
    the item when that line is only a time (dumps print the date under the name).
    """
    if not first or len(first) > HEADER_MAX_CHARS:
        return None  # a paragraph, not a name and a date
    if " ago" in first and not first.endswith("ago"):
        first = _ago_header(first)  # "[–] harbour_jo 46 points 5 hours ago (3 children)"
    if first[-1] in "kK" and first[-9:].casefold() == "permalink":
        first = _PERMALINK_TAIL.sub("", first)  # Drupal 7 (Zen, Garland): "… - 21:04 Permalink"
        if not first:
            return None
    if first[0] == "(" and first.startswith("(BUTTON) "):
        first = first[9:]  # lynx's label for an avatar drawn as a button (Coral): "(BUTTON) rita"
        if not first:
            return None
    if "picture" in first:
        first = _PICTURE_PREFIX.sub("", first, count=1)
    elif first[: first.find(" ")].lower() in _PICTURE_FIRST_WORDS:
        first = _PICTURE_OF.sub("", first, count=1)
    # Each shape is tried only when the line's last character allows it: most first lines are text.
    last = first[-1]
    says = SAYS_HEADER.match(first) if last == ":" else None
    if says is not None:
        return Header(_text_name(says.group("name")), header_time(date_below))
    relative = _NAME_THEN_AGO.match(first) if last in "oO" else None
    if relative is None and any(cue in first for cue in _RELATIVE_CUES):
        relative = _NAME_THEN_RELATIVE.match(first)
    if relative is not None:
        return Header(_text_name(relative.group("name")), None, relative=True)
    if date_below is None:
        if not (last.isdigit() or last.isupper() or last in "mM." or first.endswith("Uhr")):
            return None
        combined = NAME_THEN_TIME.match(first)
        if combined is not None:
            created = header_time(combined.group("time"))
            if created is not None:
                name = combined.group("name")
                if name[-3:-2] == " ":
                    # Drupal's "Jim (not verified) on Wednesday, 11 February, …", "Claire D. le 26/10/2024"
                    name = _DATE_PREPOSITION.sub("", name)
                return Header(_text_name(name), created)
        return None
    name, target = _split_target(_ALT_PREFIX.sub("", first) if first[0] == "[" else first)
    if (
        name
        and len(name) <= _NAME_MAX_CHARS
        and len(name.split()) <= _NAME_MAX_WORDS
        and name[-1] not in "!?:;,"
        and not is_furniture_line(name)
    ):
        created = header_time(date_below)
        # A time that reads as no datetime is relative ("3 hours ago" under "Anonymous").
        return Header(_text_name(name), created, target, relative=created is None)
    return None


def _text_name(raw: str) -> str | None:
    """``clean_name`` on a dump's name, without what the renderer ran into it (``name_glue``)."""
    return without_glued_badge(clean_name(without_initials(raw)))


def _ago_header(first: str) -> str:
    """An old-Reddit or Hacker News header cut to its name and relative time ("harbour_jo 5 hours
    ago"), or ``first`` unchanged when nothing after the time is one of their tails."""
    cut = _AGO_TAIL.sub("", first, count=1)
    if cut == first:
        return first
    if cut[:1] == "[":
        cut = _TOGGLE.sub("", cut, count=1)
    if " point" in cut:
        cut = _SCORE_RUN.sub(" ", cut, count=1).rstrip()
    return _FLAIR.sub("", cut, count=1) if "]" in cut else cut


def date_line(text: str) -> str | None:
    """``text`` if it is only a time stamp (bullets and "Posted on" allowed), else None."""
    stripped = strip_bullets(text)
    if not stripped or len(stripped) > HEADER_MAX_CHARS or _DATEISH.search(stripped) is None:
        return None
    if is_date_line(stripped):
        return stripped
    if stripped[-1].isdigit() and " " in stripped:
        # "9/12/24, 7:05 PM +7": a vote score after the time (Remark42)
        unscored = _TRAILING_SCORE.sub("", stripped)
        if unscored != stripped and is_date_line(unscored) and COMMENT_STAMP.search(unscored) is not None:
            return stripped
    return None


def read_item_headers(roots: list[ParsedComment], lines: Sequence[str], end: int) -> list[ParsedComment]:
    """Authors and times from each comment's first lines, and pingbacks dropped.

    Renderers print a comment's header as the first line of its list item ("Petra says:",
    "Maeve 2023-03-02 21:14") with the date, if apart, on the next line (which classify_lines
    already left out of the text as furniture). Walked with an explicit stack.
    """
    stack: list[tuple[str | None, list[ParsedComment]]] = [(None, roots)]
    targets: dict[int, str] = {}  # id(comment) -> the author its header says it answers
    while stack:
        parent_author, siblings = stack.pop()
        keep: list[ParsedComment] = []
        stubs: list[ParsedComment] = []  # short unheaded items: labels, if their siblings are headed
        headed = False
        for comment in siblings:
            body = comment.body
            cut = body.find("\n")
            if (cut if cut >= 0 else len(body)) > _LONG_FIRST_LINE:
                # Most comments open with a sentence: no header, label or avatar line to read.
                # Copying that line costs, so it is taken only where a pingback may start it.
                opening = body[: cut if cut >= 0 else len(body)] if body[:1] in _PINGBACK_OPENERS else ""
                if comment.replies or not _is_pingback(body, opening, cut):
                    keep.append(comment)
                    if comment.replies:
                        stack.append((comment.author_name, comment.replies))
                continue
            first = body if cut < 0 else body[:cut]
            line = comment.line
            if first[:1] == "[" and 0 < cut <= _ALT_MAX_CHARS and first[-1] == "]" and "]" not in first[1:-1]:
                # An avatar's alt text alone on the item's first line, over the header (w3m on
                # Astra: "[5f1e]" over "Helen Marsh" over the date).
                comment.body = body = body[cut + 1 :]
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                line = _line_of(lines, line, end, first)
            if 0 < cut <= _NAME_MAX_CHARS and body.startswith(first, cut + 1) and _name_ends(body[cut + 1 + cut : cut + 2 + cut]):
                # An avatar's alt text that repeats the name on the line below ("GreyHeron" over
                # "GreyHeron in reply to SnowyOwl", or a badge run into it: "Ellen TregearTrader on
                # March 4, 2024"): the header is the second line.
                comment.body = body = body[cut + 1 :]
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                line = _line_of(lines, line, end, first)
            header = read_header(first, _date_below(lines, line, end, first)) if may_be_header(first) else None
            if header is None:
                if not comment.replies and len(body) <= _STUB_MAX_CHARS:
                    kind = _stub_kind(body)
                    if kind == _EMPTY:
                        continue  # a "•" between buttons, an empty counter
                    if kind == _LABEL:
                        stubs.append(comment)
            else:
                headed = True
                comment.author_name = header.author
                if header.author and parent_author and header.author.endswith(" " + parent_author):
                    # Disqus prints the name of the comment answered after the author's own, and
                    # a badge between them ("Sarah Lindqvist Mod Brian K"): cleaned again.
                    comment.author_name = clean_name(header.author[: -len(parent_author) - 1])
                comment.created_at = header.created_at
                if header.reply_to and (parent_author or "").casefold() != header.reply_to.casefold():
                    targets[id(comment)] = header.reply_to
                comment.body = body = "" if cut < 0 else body[cut:].lstrip("\n")
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
            if not comment.replies and _is_pingback(body, first, cut):
                continue  # a pingback, also under the linking post's title where no header was read
            keep.append(comment)
            if comment.replies:
                stack.append((comment.author_name, comment.replies))
        if headed and stubs:
            # A few words that are no sentence among comments that open with their authors: a
            # tab or label of the comment system (Disqus's "Best", "Newest"), not a comment.
            labels = {id(stub) for stub in stubs}
            keep = [comment for comment in keep if id(comment) not in labels]
        siblings[:] = keep
    if targets:
        _move_to_targets(roots, targets)
    return roots


def _name_ends(after: str) -> bool:
    """Whether the character after a repeated name ends it: a line's end, a space, or a badge's
    capital run into it (``name_glue``)."""
    return after in ("\n", " ", "") or after.isupper()


def _line_of(lines: Sequence[str], line: int | None, end: int, text: str) -> int | None:
    """The 1-based line at or just below ``line`` that holds ``text``."""
    if line is None:
        return None
    for probe in range(line, min(end, line + 3)):
        if text in lines[probe]:
            return probe + 1
    return line


def _move_to_targets(roots: list[ParsedComment], targets: dict[int, str]) -> None:
    """A reply whose header names the author it answers ("in reply to GreyHeron"), where that is
    not the author of the comment it is indented under, goes under that author's latest comment
    above it in the same thread (the Guardian lists every reply in a thread at one indent)."""
    for root in roots:
        seen: list[tuple[str, ParsedComment]] = []  # (author, comment) in page order
        moves: list[tuple[ParsedComment, ParsedComment, ParsedComment]] = []  # (comment, from, to)
        stack: list[tuple[ParsedComment | None, ParsedComment]] = [(None, root)]
        while stack:
            parent, comment = stack.pop()
            target = targets.get(id(comment))
            if target is not None and parent is not None:
                key = target.casefold()
                answered = next((c for author, c in reversed(seen) if author == key), None)
                if answered is not None:
                    moves.append((comment, parent, answered))
            if comment.author_name:
                seen.append((comment.author_name.casefold(), comment))
            stack.extend((comment, reply) for reply in reversed(comment.replies))
        for comment, old_parent, new_parent in moves:
            old_parent.replies.remove(comment)
            new_parent.replies.append(comment)


# A first line longer than this is a sentence: no header, label or avatar's alt text.
_LONG_FIRST_LINE: Final = max(HEADER_MAX_CHARS, _STUB_MAX_CHARS, _NAME_MAX_CHARS)
_PINGBACK_OPENERS: Final = _PINGBACK_INITIALS | {"["}  # or its excerpt, "[…]"

_EMPTY: Final = 0
_LABEL: Final = 1
_TEXT: Final = 2


def _stub_kind(body: str) -> int:
    """Whether a short item without a header is empty (nothing but punctuation), a label of a
    few words that is no sentence, or text."""
    text = body.strip(" \t\n\u00a0•·|-–—")
    if not text:
        return _EMPTY
    if "\n" not in text and len(text.split()) <= _LABEL_MAX_WORDS and text[-1] not in ".!?":
        return _LABEL
    return _TEXT


def _date_below(lines: Sequence[str], line: int | None, end: int, first: str = "") -> str | None:
    """The time stamp on the first non-blank line under a comment's first line ``first``
    (``line``, 1-based, is the item's line; its own text may have been only an avatar's alt text,
    with ``first`` on a line below it)."""
    if line is None:
        return None
    if first and not lines[line - 1].rstrip().endswith(first):
        for probe in range(line, min(end, line + 3)):
            if first in lines[probe]:
                line = probe + 1
                break
    for index in range(line, min(end, line + 3)):
        text = lines[index]
        if text.strip():
            return date_line(text)
    return None
