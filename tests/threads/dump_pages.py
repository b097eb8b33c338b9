"""What the hand-written dump tests share: an article to put comments under, and a flat view of
the tree they give."""

from __future__ import annotations

from datetime import datetime

from threads.model import ParsedComment, walk

# Enough story before the comments for the parser to take it as the article.
ARTICLE = (
    "Headline of the story\n\n"
    "The article's first paragraph runs on for well over eight words, as articles do.\n\n"
    "A second paragraph also runs on for more than eight words before the comments.\n\n"
)


def flat(comments: list[ParsedComment]) -> list[tuple[tuple[int, ...], str | None, datetime | None, str]]:
    """Each comment's place in the tree, author, time and first line, in page order."""
    return [(path, c.author_name, c.created_at, c.body.split("\n")[0]) for path, c in walk(comments)]
