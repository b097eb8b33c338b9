"""Whom a flat comment answers, as Drupal and Coral print it (``page_flat``): "In reply to <author>",
or "In reply to <subject> by <author>", where each comment's first line is its subject."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from threads.comment_names import clean_name
from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.page_flat_span import NOBODY

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
