"""Whom a comment answers by name: "@Sanne Bakker" alone over its text or running into it, "Réponse
à Younes: …", a reply tab's or a quote's name. The answer is the latest earlier comment by that
name (its author's name, first name or handle), within the thread the markup nests it in; a name
for nobody ("Anónimo", "湖北省宜昌市网友") names the latest comment by nobody named.

Split from ``html_reply_to`` (links and boxes naming the parent) as one idea: names.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from threads.comment_names import clean_name, is_anonymous
from threads.html_reply_to import in_thread
from threads.model import ParsedComment
from threads.page_words import REPLY_TO_WORDS
from threads.removed_placeholders import shows_placeholder

# A first paragraph that only names whom the comment answers: "@Sanne Bakker".
MENTION_LINE: Final = re.compile(r"^@(\S.{0,58})$")


@functools.lru_cache(maxsize=256)
def _names_nobody(name: str) -> bool:
    """Whether a name, as a page prints it, names nobody (``clean_name``: "Anonymous", "Gość")."""
    return clean_name(name) is None


def written_by(name: str, comment: ParsedComment, handle: str | None) -> bool:
    """Whether ``name`` is the comment's author's name, first name (VK's "Ольга" for Ольга
    Семенюк) or handle ("mkowalczyk" for Marta Kowalczyk)."""
    wanted = name.casefold()
    author = (comment.author_name or "").casefold()
    if not author and not handle and _names_nobody(name):
        # "湖北省宜昌市网友", "Anónimo": a guest's label, which the comment answered shows as
        # nobody (not a removed comment's placeholder, which no one answers by name)
        return not shows_placeholder(comment.body)
    return author == wanted or (handle or "").casefold() == wanted or (" " in author and author.split(" ", 1)[0] == wanted)


def mention_target(
    name: str,
    index: int,
    nested_in: int | None,
    nested: bool,
    built: list[ParsedComment | None],
    parent_of: list[int | None],
    handles: list[str | None] | None = None,
) -> int | None:
    """The latest earlier comment by ``name`` (its name or handle), for a comment opening with
    "@name" on a line of its own or a "reply to" tab naming it; within the thread the markup nests
    it in, as for "in reply to" links. Else None."""
    for earlier in range(index - 1, -1, -1):
        comment = built[earlier]
        if comment is None or not written_by(name, comment, handles[earlier] if handles is not None else None):
            continue
        return earlier if not nested or in_thread(earlier, nested_in, parent_of) else None
    return None


# A text opening by saying whom it answers: "Réponse à Abdelilah: la hausse …" (a flat WordPress list).
_REPLY_TO_OPENING: Final = re.compile(
    r"(?i)^(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in REPLY_TO_WORDS) + r")\s+@?(?P<name>[^\s:,][^:\n]{0,40}?)\s*:\s"
)


def replied_in_words(body: str) -> str | None:
    """The name a comment's text opens by answering ("Réponse à Younes: …"), else None."""
    match = _REPLY_TO_OPENING.match(body) if body[:1].isalpha() else None
    return match["name"] if match is not None else None


_NAME_THEN_COLON: Final = re.compile(r"^@([^\W\d_][^:\n@]{1,40}?):\s")
_FIRST_NAME: Final = re.compile(r"^@([^\W\d_a-z][^\W\d_]{1,30})(?=[\s,:;.!?])")  # (capitalised: a name, not a word)


def inline_mention(
    body: str, earlier: list[ParsedComment | None], handles: list[str | None], *, nobody: bool = False
) -> str | None:
    """The earlier commenter a text opens by naming ("@Dave R.: Forty visitors ..." on TypePad),
    where the name runs on into the text: the longest earlier name or handle that the text starts
    with, followed by no letter or digit; or quoted, as Vanilla writes a name with spaces
    (``@"Bainbridge Bob" the section …``). With ``nobody``, also the word for nobody named
    ("@anonimo: …"), where an earlier comment is by nobody named: a flat list's reply to a guest
    (in a threaded one, the markup's nesting says better which guest)."""
    if not body.startswith("@"):
        return None
    opening = body[1:62].casefold()
    quoted = opening.startswith('"')
    if quoted:
        opening = opening[1:]
    best: str | None = None
    for comment, handle in zip(earlier, handles, strict=False):
        for name in (comment.author_name if comment is not None else None, handle):
            if not name or (best is not None and len(name) <= len(best)):
                continue
            folded = name.casefold()
            after = opening[len(folded):len(folded) + 1]
            if opening.startswith(folded) and (after == '"' if quoted else not after.isalnum()):
                best = name
    if best is None and not quoted and (named := _NAME_THEN_COLON.match(body)) is not None:
        # "@Jón Ingi: Samkvæmt …": the first names of an earlier commenter ("Jón Ingi Sigurðsson"),
        # a colon after them
        start = named[1].casefold() + " "
        best = next(
            (c.author_name for c in reversed(earlier) if c is not None and c.author_name and c.author_name.casefold().startswith(start)),
            None,
        )
    if best is None and not quoted and (first := _FIRST_NAME.match(body)) is not None:
        # "@Pieter agreed, my brother …": the first name alone of one earlier commenter ("Pieter V"),
        # where no other earlier name opens with it
        start = first[1].casefold() + " "
        names = {c.author_name for c in earlier if c is not None and c.author_name and c.author_name.casefold().startswith(start)}
        best = names.pop() if len(names) == 1 else None
    if best is None and nobody and not quoted and any(comment is not None and comment.author_name is None for comment in earlier):
        # "@anonimo: la manutenzione …": the word for nobody, where an earlier comment is by nobody named
        word = body[1:40].split(maxsplit=1)[0].rstrip(",:;.!?") if body[1:2].strip() else ""
        best = word if word and is_anonymous(word) else None
    return best
