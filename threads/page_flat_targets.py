"""Whom a flat comment answers, as Drupal and Coral print it (``page_flat``): "In reply to <author>",
or "In reply to <subject> by <author>", where each comment's first line is its subject."""

from __future__ import annotations

from typing import Final

from threads.comment_names import clean_name
from threads.model import ParsedComment
from threads.page_flat_span import NOBODY

# Drupal's subjects run to 64 characters: a longer target is no subject.
_MAX_SUBJECT_CHARS: Final = 64


def reply_target(target: str) -> tuple[str | None, str | None]:
    """(author, subject) from "In reply to <author>" or Drupal's "In reply to <subject> by <author>"."""
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
