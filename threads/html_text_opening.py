"""Where a comment's own text opens, on pages whose classes do not say (archive.today writes every
class out as style; Ghost and other utility-class markups): the first paragraph or block long enough
to be text, the element around it, and the lines from it on, so the header above it (name, badge,
time) is not read as the commenter's words."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_dom import in_other_comment, is_quote, is_quoted_line, node_lines
from threads.html_header_fields import MAX_DATE_LINE, bold_by_style
from threads.html_time_search import time_in_text
from threads.page_furniture import is_furniture_line
from threads.text import count_words


def opening_block(node: LexborNode, comment_ids: set[int] | None = None) -> LexborNode | None:
    """The first paragraph, or block of text, long enough to be the comment's text: where its header
    ends, on a page whose classes say nothing (archive.today strips every class). With
    ``comment_ids``, not a reply's nested inside (a short text over a reply's longer one)."""
    return _opening(node, comment_ids, blocks=True)


def lines_from(lines: list[str], text: list[str]) -> list[str]:
    """``lines`` from where the lines of the text's own box begin, the short lines above it (a
    header) left out; all of ``lines`` where the box's first line is not found or a line above
    it is long enough to be text. A quotation above it (in curly quotation marks: the words of the
    comment answered, a blockquote between the header and the text) is kept, the header's short
    lines around it left out."""
    start = text[0][:_OPENING_CHARS] if text else ""
    at = next((index for index, line in enumerate(lines) if start and line.startswith(start)), 0)
    above = lines[:at]
    if all(len(line) <= _MAX_HEADER_LINE for line in above):
        return lines[at:]
    if all(len(line) <= _MAX_HEADER_LINE or is_quoted_line(line) for line in above):
        return [line for line in above if is_quoted_line(line)] + lines[at:]
    return lines


def without_header_lines(lines: list[str], opening: LexborNode | None) -> list[str]:
    """A comment's lines from its ``opening_block`` on, where a time was read before it and no
    class names the text: the short lines above it are the header (a guest's "Гость", a staff
    badge "редакция"), not the commenter's words."""
    return lines_from(lines, node_lines(opening) if opening is not None else [])  # (read as the comment's lines were: ">>1" its own line)


_OPENING_CHARS: Final = 40
_MAX_HEADER_LINE: Final = 60


def text_around_opening(node: LexborNode, comment_ids: set[int]) -> LexborNode | None:
    """Where nothing names a comment's text (archive.today writes every class out as style): the
    element around its first long paragraph, where that element holds all of the comment's long
    paragraphs and none of its replies, so the header line above it ("Marcel T. ↪ Sourdough Sal •
    3 days ago", Disqus) is not taken for text. None where the paragraph sits in the comment's
    own element, a quote, or apart from the others."""
    opening = _opening(node, comment_ids)
    around = opening.parent if opening is not None else None
    if around is None or around.mem_id == node.mem_id or around.tag == "blockquote":
        return None
    for element in around.traverse():
        if element.mem_id in comment_ids:
            return None
    inside = {element.mem_id for element in around.css("p")}
    for paragraph in node.css("p"):
        if paragraph.mem_id not in inside and len((paragraph.text() or "").split()) >= _MIN_TEXT_WORDS and (
            not in_other_comment(paragraph, node, comment_ids)
        ):
            return None
    return around


def _opening(node: LexborNode, replies: set[int] | None = None, blocks: bool = False) -> LexborNode | None:
    """The first paragraph long enough to be the comment's text; with ``replies`` (the comments'
    element ids), not one of a reply nested inside. With ``blocks``, where no paragraph is, the
    first block holding such a run of text itself (Bitrix's "div" of text, archive.today's copy)."""
    found = next(
        (
            p for p in node.css("p")
            if count_words(p.text() or "") >= _MIN_TEXT_WORDS and (replies is None or not in_other_comment(p, node, replies))
        ),
        None,
    )
    if found is None:
        # a short comment ("Finally. I work Sundays at the hospital."): the first paragraph of a
        # few words that holds no time, where none is long
        found = next(
            (
                p for p in node.css("p")
                if count_words(text := p.text() or "") >= MIN_SHORT_TEXT_WORDS and time_in_text(text) is None
                and (replies is None or not in_other_comment(p, node, replies))
            ),
            None,
        )
    if found is not None or not blocks:
        return found
    for least in (_MIN_TEXT_WORDS, MIN_SHORT_TEXT_WORDS):  # (then, where no block is long, a short comment's)
        found = next(
            (
                div for div in node.css("div, span, em, dd")
                if count_words(text := div.text(deep=False) or "") >= least
                and IN_BRACKETS.match(text.strip()) is None  # (not a place in brackets by the name: "[广东省珠海市网友]")
                and not (len(text.strip()) <= MAX_DATE_LINE and count_words(text) < _SENTENCES_WORDS and time_in_text(text) is not None)
                # (not the header's line: "4. 名前：－　投稿日：2025/11/11(火) 08:30 JST"; a text of
                # sentences may name a day and an hour, "until 10pm from November 1")
                and (replies is None or not in_other_comment(div, node, replies))
                and not (least < _MIN_TEXT_WORDS and is_furniture_line(text.strip()))  # (nor a count or a time ago: "0 points", "11 days ago")
                and not is_quote(div)  # (nor the box of words it quotes, archive.today's bar down its left)
                and not (div.tag == "span" and bold_by_style(div))  # (nor a name in bold, eight characters of Japanese: "静岡市歴史文化課")
            ),
            None,
        )
        if found is not None:
            return found
    return None


# A text wholly in brackets: a place beside a name ("[广东省珠海市网友]"), no comment's text.
IN_BRACKETS: Final = re.compile(r"^[\[(（【][^\])）】]*[\])）】]$")
_MIN_TEXT_WORDS: Final = 8  # a paragraph this long is the comment's text, not its header
MIN_SHORT_TEXT_WORDS: Final = 3  # ... and, where none is, one this long with no time in it
_SENTENCES_WORDS: Final = 16  # a block this long is text even with a date in it, never a header's line
