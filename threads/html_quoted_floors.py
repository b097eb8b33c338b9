"""Which comment a reply answers where it shows the comments it answers as boxes above its own
text and nothing names them: Changyan's "floors" (盖楼) and the like, a flat list where each reply
repeats the chain it answers, oldest first, and the last box is the comment answered. Saved by
archive.today, the boxes have no class and no link, only their words ("1 冰城老李：冰雪大世界…",
"引用 Burwood张姐 的评论：…").

A box is known by its words: it holds the text another comment ends with. Each comment's own text
is the last run of text it prints (quotes come before it; the time and the buttons after it are no
text), so a reply answers the comment whose own text is the last such box above its own.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_dom import in_other_comment
from threads.html_text_opening import IN_BRACKETS
from threads.page_furniture import is_furniture_line


def quoted_floors(nodes: list[LexborNode], comment_ids: set[int]) -> dict[int, int]:
    """For each comment (by its index in ``nodes``) that repeats others' texts above its own, the
    index of the comment whose text it repeats last: the one it answers. Empty unless at least
    ``_MIN_FLOORS`` comments do, so a page that happens to repeat one sentence is left alone."""
    texts = [_texts(node, comment_ids) for node in nodes]
    owner: dict[str, int] = {}
    for index, found in enumerate(texts):
        if found:
            # (a text two comments end with belongs to neither)
            owner[found[-1]] = -1 if found[-1] in owner else index
    parents: dict[int, int] = {}
    for index, found in enumerate(texts):
        answered = [owner[text] for text in found[:-1] if owner.get(text, -1) not in (-1, index)]
        if answered:
            parents[index] = answered[-1]
    return parents if len(parents) >= _MIN_FLOORS else {}


_MIN_FLOORS: Final = 2


def own_text_lines(body: str, quoted: str, own: str | None) -> str:
    """A reply's text without the boxes it repeats: its paragraphs after the last one holding the
    text it answers (``quoted``, the answered comment's own text); where none are left (the text
    was read from the boxes alone), its own last run of text, ``own``."""
    paragraphs = body.split("\n\n")
    last = max((k for k, paragraph in enumerate(paragraphs) if paragraph.endswith(quoted)), default=None)
    if last is None:
        return body
    if last == len(paragraphs) - 1:
        return own if own and own != quoted else body
    return "\n\n".join(paragraphs[last + 1 :])


def last_text(node: LexborNode, comment_ids: set[int]) -> str | None:
    """A comment's own text as ``quoted_floors`` knows it: the last run of text it prints."""
    found = _texts(node, comment_ids)
    return found[-1] if found else None


def _texts(node: LexborNode, comment_ids: set[int]) -> list[str]:
    """The runs of text a comment prints that could be a comment's text, in the page's order (a
    quote's own words may follow the quote nested in it): long enough, with a letter, not a label
    before a colon, not a place in brackets, not buttons, not in a reply nested inside."""
    found: list[str] = []
    for piece in node.traverse(include_text=True):
        if not piece.is_text_node:
            continue
        own = " ".join((piece.text_content or "").split())
        if len(own) < _MIN_TEXT_CHARS or own[-1] in ":：" or IN_BRACKETS.match(own) is not None:
            continue
        if not any(c.isalpha() for c in own) or in_other_comment(piece, node, comment_ids):
            continue  # (a time is no text: "2024-06-17 20:10")
        if is_furniture_line(own):
            continue  # (nor the buttons after it: "回复 顶[56]", reply and vote up with its count)
        found.append(own)
    return found


_MIN_TEXT_CHARS: Final = 6
