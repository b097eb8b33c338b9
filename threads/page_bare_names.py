"""Names alone over the text: comment lists that print each commenter's name on a line of its own,
a blank line, then the text, with no time to make the line a header (Disqus 2's markup saved by
the Wayback Machine, whose times were drawn by its script: "• Rogério Almeida" / "" / "Quatro
meses com a ponte fechada…").

One such line could as well be a comment's first words or its subject, so the whole section must
show the pattern: every comment opens so, with more than one name and none over most comments
(a button's label), and the names show themselves as names (one writes twice, or a comment names
another's writer in its text).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from threads.comment_names import clean_name
from threads.model import ParsedComment, walk

_MIN_COMMENTS: Final = 3
_MAX_NAME_WORDS: Final = 4
_MAX_NAME_CHARS: Final = 40
_SENTENCE_ENDS: Final = frozenset(".!?:;,…。！？")


def names_over_text(roots: list[ParsedComment]) -> list[ParsedComment]:
    """``roots`` with each comment's lone first line taken as its author, where the section shows
    the pattern (module docstring); otherwise as they were."""
    comments = [comment for _, comment in walk(roots)]
    if len(comments) < _MIN_COMMENTS or any(c.author_name is not None or c.created_at is not None for c in comments):
        return roots
    split: list[tuple[str, str]] = []
    for comment in comments:
        first, blank, rest = comment.body.partition("\n\n")
        if not blank or not rest.strip() or not _reads_as_name(first):
            return roots
        split.append((first.strip(), rest.strip()))
    names = [name for name, _ in split]
    counts = Counter(name.casefold() for name in names)
    if len(counts) < 2 or max(counts.values()) * 2 > len(names):
        return roots  # one line over most of them: a button's label ("Thread"), not a name
    repeated = len(counts) < len(names)
    named_in_text = any(
        any(re.search(rf"(?<!\w){re.escape(name.split()[0])}(?!\w)", text, re.IGNORECASE) for name in names if name != own)
        for own, text in split
    )
    if not (repeated or named_in_text):
        return roots
    for comment, (name, text) in zip(comments, split, strict=True):
        comment.author_name = clean_name(name)
        comment.body = text
    return roots


def _reads_as_name(line: str) -> bool:
    """A short line that reads as a name: a few words, no digit, no sentence's end."""
    text = line.strip()
    if not text or len(text) > _MAX_NAME_CHARS or "\n" in text or len(text.split()) > _MAX_NAME_WORDS:
        return False
    initial = len(text.split()[-1]) == 2 and text[-1] == "."  # "Patrícia M."
    if (text[-1] in _SENTENCE_ENDS and not initial) or any(c.isdigit() for c in text.rstrip("0123456789_")):
        return False  # ("Fabio_SJC", "jsilva82" keep their handles' digits at the end)
    return clean_name(text) is not None
