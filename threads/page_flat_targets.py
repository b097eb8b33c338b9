"""Whom a flat comment answers, as the lines opening it say (``page_flat``): Drupal's and Coral's
"In reply to <author>" or "In reply to <subject> by <author>" (where each comment's first line is
its subject), wpDiscuz's "Reply to  <name>" in any language, "@Name" alone, Discourse's arrow or
avatar dot before a handle."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_names import clean_name
from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.page_flat_span import IN_REPLY_TO, NOBODY, REPLY_TO_INITIALS, wrapped_reply_to

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
# wpDiscuz prints "Reply to  <name>" under a reply's date; only there is it not a button.
_REPLY_TO_HEAD: Final = re.compile(r"(?i)^reply\s+to\s+@?(?P<target>\S.{0,160}?)\s*$")
# Drupal's subjects run to 64 characters: a longer target is no subject.
_MAX_SUBJECT_CHARS: Final = 64
_NUMBER_AFTER: Final = re.compile(r"\s*(?:\(#\d{1,6}\)|#\d{1,6})$")
# A label of a word or three, then a comment's number and its author ("Vastus kommentaarile 1. saarlane").
_LABEL_THEN_NUMBERED: Final = re.compile(
    r"^[^\W\d][^\s\d]{0,20}(?: [^\s\d]{1,20}){0,2} (?P<number>\d{1,4})\. (?P<target>[^\s\d].{0,60}?)\s*$"
)
# A label of a word or three, a wide gap where an icon was (or elinks' link number), then a name:
# wpDiscuz's "Reply to  <name>" under a reply's date, in whatever language the site speaks.
_LABEL_THEN_NAME: Final = re.compile(
    r"^[^\W\d][^\s\d]{0,20}(?: [^\s\d]{1,20}){0,2}[ \xa0]{2,}(?:\[\d{1,4}\])?(?P<target>[^\s\d\[].{0,60}?)\s*$"
)


def reply_target(target: str) -> tuple[str | None, str | None]:
    """(author, subject) from "In reply to <author>" or Drupal's "In reply to <subject> by <author>";
    the answered comment's number after the name is not part of it ("Előzmény: kertesz62 (#1)")."""
    if target[-1:] in ")0123456789":
        target = _NUMBER_AFTER.sub("", target) or target
    if target[-1:] == ")" and (opened := target.rfind(" (")) > 0 and parse_time(target[opened + 2 : -1]) is not None:
        target = target[:opened]  # the answered comment's time after its author ("Petr Kubeš (29. 3. 2025 21:12 SEČ)")
    subject, by, author = target.rpartition(" by ")
    if by:
        # "In reply to Dark bus stops by Anonymous": a comment by nobody named, found by subject.
        return clean_name(author) or NOBODY, subject.strip() or None
    name = clean_name(target)
    if (name is None and len(target) < _MAX_SUBJECT_CHARS) or (target[:1] == "[" and target[-1:] == "]"):
        return NOBODY, None  # "In response to: Anonymous", "… to: [removed]": a comment by nobody named
    return name or target, None


def split_subjects(comments: list[ParsedComment]) -> list[str | None]:
    """Each comment's subject line, taken off its text (Drupal's subjects run to 64 characters)."""
    subjects: list[str | None] = []
    for comment in comments:
        first, _sep, rest = comment.body.partition("\n")
        if rest.strip() and len(first) <= _MAX_SUBJECT_CHARS:
            comment.body = rest.lstrip("\n")
            subjects.append(first)
        else:
            subjects.append(None)
    return subjects


def numbered_target(line: str, earlier: Sequence[ParsedComment]) -> re.Match[str] | None:
    """A line before a flat comment's text naming the comment it answers by its number and
    author after a label in any language ("Vastus kommentaarile 3. Mardi Tiit"): the earlier
    comment of that number has that author (or nobody's, for a word for nobody)."""
    match = _LABEL_THEN_NUMBERED.match(line)
    if match is None:
        return None
    number = int(match.group("number"))
    if not 0 < number <= len(earlier):
        return None
    author = earlier[number - 1].author_name
    named = clean_name(match.group("target"))
    return match if (author or "").casefold() == (named or "").casefold() else None


def labelled_target(line: str, earlier: Sequence[ParsedComment]) -> re.Match[str] | None:
    """A line before a flat comment's text that names whom it answers by a label in any language
    ("Ҷавоб ба  Фарҳод Исмоилов", "Reply to  Kendra"): the name after the gap is an earlier
    commenter's, or a word for nobody ("Беном"). Known phrases are read before (``page_words``);
    this is for the languages no list holds."""
    match = _LABEL_THEN_NAME.match(line)
    if match is None:
        return None
    target = match.group("target").casefold()
    if not any(c.isalpha() for c in target):
        return None  # a button's icon after its word ("Share  ↗"), no one's name
    if clean_name(match.group("target")) is None or any(
        comment.author_name is not None and comment.author_name.casefold() == target for comment in earlier
    ):
        return match
    return None


# How far into a line an "In reply to" label may run before the subject it names, and what may
# follow the subject: a "by" word and the author (Drupal's usernames run to 60 characters).
_MAX_LABEL_CHARS: Final = 40
_MAX_BY_AND_NAME_CHARS: Final = 72
_PARENTHESIS_AFTER: Final = re.compile(r"\s*\([^()]{1,30}\)$")  # "(not verified)" in any language
_ELLIPSES: Final = ("…", "...")
_MIN_OPENING_WORDS: Final = 3


def subject_target(line: str, earlier: Sequence[ParsedComment]) -> tuple[str, str | None] | None:
    """(author, subject) that a line before a flat comment's text names in a language no list
    holds: Drupal's "In reply to <subject> by <author>" is, in every translation, a label, an
    earlier comment's subject (its title line, or its opening words cut with "…" where the site
    shows no titles) and that comment's author, with a "by" word that may be glued to the name
    (Amharic "ምላሽ ለጥሩ ጅምር በታደሰ በቀለ"). Both the subject and the author must be found, so a
    line that merely starts like an earlier comment is not read as a reply."""
    if len(line) > _MAX_LABEL_CHARS + _MAX_SUBJECT_CHARS + _MAX_BY_AND_NAME_CHARS:
        return None
    folded = _PARENTHESIS_AFTER.sub("", line).casefold()
    for comment in reversed(earlier):
        first, _sep, rest = comment.body.partition("\n")
        title = first.strip() if rest.strip() and len(first) <= _MAX_SUBJECT_CHARS else None
        subject, end = _subject_in(folded, title, comment.body)
        if end < 0:
            continue
        after = folded[end:].strip()
        author = comment.author_name
        if author is None:
            # by nobody named: a word for nobody after the "by" word ("… per Anònim")
            if 0 < len(after) <= _MAX_BY_AND_NAME_CHARS // 2 and clean_name(after.partition(" ")[2] or after) is None:
                return NOBODY, subject
            continue
        name = _PARENTHESIS_AFTER.sub("", author).casefold()  # "Anonymous (not verified)" as the header gave it
        if after.endswith(name) and len(name) < len(after) <= len(name) + _MAX_LABEL_CHARS // 2:
            return author, subject
    return None


def _subject_in(folded: str, title: str | None, body: str) -> tuple[str | None, int]:
    """Where in ``folded`` an earlier comment's subject ends (-1: nowhere after a label): its
    title (returned, to find it by), or its opening words cut with an ellipsis."""
    if title is not None and (at := folded.find(title.casefold(), 1)) > 0 and at <= _MAX_LABEL_CHARS:
        return title, at + len(title)
    for ellipsis in _ELLIPSES:
        cut = folded.find(ellipsis)
        if cut <= 0:
            continue
        words = " ".join(body.split()).casefold()
        opening = " ".join(words.split()[:_MIN_OPENING_WORDS])
        at = folded.find(opening, 1)
        if 0 < at <= _MAX_LABEL_CHARS and words.startswith(" ".join(folded[at:cut].split())):
            return None, cut + len(ellipsis)
    return None, -1


def naming_line(
    lines: Sequence[str], position: int, stop: int, line: str, bare: str, earlier: Sequence[ParsedComment], *, opening: bool
) -> tuple[re.Match[str] | None, int]:
    """The name a line of a flat comment gives for the comment it answers (its ``target``), and the
    line the comment's reading goes on from where this one takes more than itself (a button, "Reply
    to This", is passed over; a name the renderer wrapped takes the next line too), or -1. Most
    forms are looked for only where the comment's text has not begun (``opening``): later, "@Sanne"
    alone on a line is a word to her inside the text."""
    match = IN_REPLY_TO.match(bare) if bare[:1] in REPLY_TO_INITIALS else None
    if match is not None and match.group("target")[:5].casefold() in ("this", "this "):
        return None, position + 1  # a button, "Reply to This" (Slashdot's row under each comment)
    until = -1
    if match is not None and (wrapped := wrapped_reply_to(lines, position, stop, bare)) is not None:
        match, until = wrapped, position + 2  # the line under it is the rest of the name
    if match is not None or not opening:
        return match, until
    if bare[:1] in "Rr":
        match = _REPLY_TO_HEAD.match(bare)  # wpDiscuz's "Reply to  Martha Kiel" under the date
    if match is None and earlier and ("  " in line or "\xa0" in line):
        match = labelled_target(line.strip(), earlier)  # the same, in any language
    if match is None and earlier and ". " in bare:
        match = numbered_target(bare, earlier)  # "Vastus kommentaarile 1. saarlane"
    if match is None and bare[:1] == "@" and bare.count(" ") < _AT_NAME_MAX_WORDS:
        match = _AT_NAME.match(bare)  # "@Sanne Bakker" alone over the reply's text
    if match is None and bare[:1] in _REPLY_ARROWS:
        match = _ARROW_TO.match(bare)  # "↩ ● mgrayson" under the date (Discourse)
    if match is None and bare[:1] == "●":
        match = _DOT_TO.match(bare)  # "●mkowalczyk" over the date (Discourse, no arrow)
    return match, until


def names_answered(text: str) -> bool:
    """Whether a line between a flat comment's name and its time names the comment answered:
    wpDiscuz's "Reply to  <name>", "In reply to …", Discourse's "●handle"."""
    return (text[0] in "Rr" and _REPLY_TO_HEAD.match(text) is not None) or (
        text[0] in REPLY_TO_INITIALS and IN_REPLY_TO.match(text) is not None) or (
        text[0] == "●" and _DOT_TO.match(text) is not None)


def names_parents(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the section says whom a comment answers ("In reply to …", "@Name") anywhere."""
    for line in lines[start:end]:
        bare = line.strip()
        if bare[:1] in REPLY_TO_INITIALS and IN_REPLY_TO.match(bare):
            return True
        if bare[:1] == "@" and bare.count(" ") < _AT_NAME_MAX_WORDS and _AT_NAME.match(bare):
            return True
        if bare[:1] in _REPLY_ARROWS and _ARROW_TO.match(bare):
            return True
    return False
