"""Small DOM helpers the HTML reader shares: class tokens, quotes, and paragraph text out of a
subtree (the regions that are never content: ``html_regions``).

selectolax (lexbor) does the parsing and the CSS matching in C; only the few nodes a page's
comments and article are made of are walked in Python, which keeps the reader within a small
factor of the bare parser (``bench/parse.py``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_words import QUOTE_WORDS
from threads.page_words import REPLY_TO_WORDS, SAYS_WORDS, alternation
from threads.text import needs_repair, repair_text

# Tags whose start and end break a line of text.
BLOCK_TAGS: Final = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "h1", "h2", "h3", "h4",
    "h5", "h6", "article", "section", "header", "footer", "table", "tr", "td", "th", "figure",
    "figcaption", "main", "aside", "nav", "form", "fieldset", "address", "hr", "br", "details",
    "summary",
})
# Tags that never hold what a reader wrote or an article says.
NEVER_TEXT_TAGS: Final = frozenset({
    "script", "style", "noscript", "template", "form", "button", "input", "textarea", "select",
    "option", "svg", "img", "iframe", "nav", "time", "label", "object", "embed", "video", "audio",
    "canvas", "map",
})


def class_tokens(node: LexborNode) -> list[str]:
    value = node.attributes.get("class")
    return value.split() if value else []


def pings(tokens: list[str]) -> bool:
    """Whether class tokens mark a pingback or trackback (or the old Disqus's tweets about the
    story, "dsq-reaction"): marked like a comment, not one."""
    return any(PING_TOKEN.search(token) for token in tokens)


PING_TOKEN: Final = re.compile(r"(?i)pingback|trackback|^dsq-reaction$|^dsq-reference$")  # (its list "ul#dsq-references")


def has_token(node: LexborNode, tokens: frozenset[str]) -> bool:
    value = node.attributes.get("class")
    return bool(value) and not tokens.isdisjoint(value.split())  # type: ignore[union-attr]


def in_other_comment(element: LexborNode, comment: LexborNode, comment_ids: set[int]) -> bool:
    """Whether another comment (one of ``comment_ids``) stands between ``element`` and the
    ``comment`` holding it: the element belongs to a reply nested inside."""
    parent = element.parent
    while parent is not None and parent.mem_id != comment.mem_id:
        if parent.mem_id in comment_ids:
            return True
        parent = parent.parent
    return False


def is_inside(node: LexborNode, ancestor: LexborNode) -> bool:
    """Whether ``ancestor`` encloses ``node``."""
    target = ancestor.mem_id
    parent = node.parent
    while parent is not None:
        if parent.mem_id == target:
            return True
        parent = parent.parent
    return False


def node_lines(
    node: LexborNode,
    skip: Callable[[LexborNode], bool] | None = None,
    keep: frozenset[str] = frozenset(),
    quotes: bool = False,
    glue: str = "",
) -> list[str]:
    """The text of a subtree as lines, one per paragraph, whitespace collapsed and mojibake repaired.

    Block elements break lines, inline ones do not. ``skip`` drops whole subtrees (nested
    replies, furniture); elements in NEVER_TEXT_TAGS are dropped unless ``keep`` names their tag
    (a name element's button holds the name: Coral). ``glue`` goes between inline runs (a name
    and the badge after it, "Martin Kells<span>Post author</span>"). With ``quotes``, each paragraph of a
    ``<blockquote>`` comes in quotation marks: a comment quoting another to answer it keeps the
    quote, and the judgement reads it as someone else's words, not the commenter's. An explicit
    stack, so a deeply nested page cannot exhaust recursion.
    """
    lines: list[str] = []
    current: list[str] = []
    # None ends a block; an int ends a blockquote whose lines start at that index.
    stack: list[LexborNode | int | None] = [node]
    while stack:
        item = stack.pop()
        if item is None:
            _flush(current, lines, glue)
            continue
        if isinstance(item, int):
            _flush(current, lines, glue)
            lines[item:] = [_quoted(line) for line in lines[item:]]
            continue
        if item.is_text_node:
            text = item.text_content
            if text:
                current.append(text)
            continue
        tag = item.tag
        if tag is None or tag.startswith("-"):
            continue
        if (
            tag in NEVER_TEXT_TAGS
            and item is not node
            and tag not in keep
            and not (tag == "form" and _shows_text(item))
        ):
            continue  # the root is read whatever it is: Coral names its commenter in a <button>
        if item is not node and skip is not None and skip(item):
            continue
        if quotes and tag == "pre":
            _flush(current, lines, glue)
            lines.extend(mail_paragraphs(item.text(deep=True) or ""))
            continue
        if quotes and item is not node and (
            tag == "blockquote" or (tag in ("div", "aside", "table") and is_quote(item))
            or (tag == "span" and is_quote(item) and (item.css_first("br") is not None or _line_break_after(item) or _shown_as_block(item)))  # JComments' quote box
        ):
            _flush(current, lines, glue)
            stack.append(len(lines))
            stack.extend(reversed(list(item.iter(include_text=True))))
            continue
        block = tag in BLOCK_TAGS
        if block:
            _flush(current, lines, glue)
        only = item.first_child
        if only is not None and only.next is None and only.is_text_node:
            # One run of text (a paragraph, a name, a date), the commonest element of all: read
            # it here rather than stacking its child and a line break.
            text = only.text_content
            if text:
                current.append(text)
            if block:
                _flush(current, lines, glue)
            continue
        if block:
            stack.append(None)
        stack.extend(reversed(list(item.iter(include_text=True))))
    _flush(current, lines, glue)
    # Most pages need no repair at all: one scan over the joined lines instead of one per line.
    if needs_repair("\n".join(lines)):
        # Repair can leave nothing of a line (a lone control character): no empty paragraphs.
        repaired = (" ".join(repair_text(line).split()) for line in lines)
        return [line for line in repaired if line]
    return lines


def _shown_as_block(item: LexborNode) -> bool:
    """Whether an inline element's own style shows it as a block (archive.today's copy of a
    quote box written as spans: "<span style='display:block;border-left:…'>")."""
    return "display:block" in (item.attributes.get("style") or "").replace(" ", "")


def _line_break_after(item: LexborNode) -> bool:
    """Whether a ``<br>`` comes right after an inline element, past blanks: JComments' quote box,
    a span ending its line, the commenter's own words under it."""
    after = item.next
    while after is not None and after.is_text_node and not (after.text_content or "").strip():
        after = after.next
    return after is not None and after.tag == "br"


def is_quote(node: LexborNode) -> bool:
    """A ``<blockquote>``, or a block whose class names a quote (forums' "bbcode_quote",
    "bbCodeBlock--quote"): another comment's words, quoted to answer them; or a table headed by
    the word alone, its class gone ("<th>Цитата</th>", Bitrix's quote saved by archive.today)."""
    if node.tag == "blockquote":
        return True
    value = node.attributes.get("class")
    if value:
        return _quote_class(value)
    if node.tag in ("div", "span"):
        # archive.today's copy of a quote box, its class written out as style: a bar down its
        # left over the words (its right on a right-to-left page), headed by whose they are
        # ("<div>Sandrine L. a écrit :</div>« … »") or by the word for a quote ("ציטוט: …"); a
        # span made a block so (JComments' "span.quote")
        style = node.attributes.get("style")
        return style is not None and ("border-left" in style or "border-right" in style) and (
            node.tag == "div" or _shown_as_block(node)
        ) and _headed_by_saying(node)
    if node.tag != "table":
        return False
    head = node.css_first("th")
    return head is not None and " ".join((head.text(deep=True) or "").split()).rstrip(":").casefold() in _QUOTE_HEADS


_QUOTE_HEADS: Final = frozenset(word.casefold() for word in QUOTE_WORDS)


def _headed_by_saying(node: LexborNode) -> bool:
    """Whether a block's first element is a short line ending "… wrote:" in any language."""
    head = node.first_child
    while head is not None and head.is_text_node and not (head.text_content or "").strip():
        head = head.next
    if head is None:
        return False
    if head.is_text_node:
        # the header and the words quoted in one run of text ("Marie-Jo a écrit : Ce carrefour …"),
        # or the word for a quote before them ("ציטוט: לפי העירייה …")
        opening = " ".join((head.text_content or "")[:_QUOTE_HEAD_CHARS * 2].split())
        word, colon, _rest = opening[:_QUOTE_WORD_CHARS].partition(":")
        return SAID_OPENING.match(opening) is not None or bool(colon) and word.strip().casefold() in _QUOTE_HEADS
    text = " ".join((head.text(deep=True) or "").split())
    if head.tag in _INLINE_HEADS and (after := head.next) is not None and after.is_text_node:
        # the name a link, "wrote:" the text after it in the same line ("<a>Ospite</a> ha scritto:<br>…")
        text = " ".join(f"{text} {after.text_content or ''}".split())
    # "… wrote:", or the words for "in reply to" over the words answered ("Antwort auf #1 von Gerd_K:")
    return 0 < len(text) <= _QUOTE_HEAD_CHARS and (_SAID.search(text) is not None or _ANSWERING.match(text) is not None)


_QUOTE_HEAD_CHARS: Final = 100
_QUOTE_WORD_CHARS: Final = 20
_INLINE_HEADS: Final = frozenset({"a", "b", "strong", "span", "cite"})
_ANSWERING: Final = re.compile(rf"(?i)^(?:{alternation(REPLY_TO_WORDS)})\s.{{1,60}}:$")
_SAID: Final = re.compile(rf"(?i)\S\s+{alternation(SAYS_WORDS)}\s*:$")
# A name and "… wrote:" opening a quote's own text, the words quoted after them.
SAID_OPENING: Final = re.compile(rf"(?i)^(?P<by>[^\s:,][^:]{{0,58}}?)\s+{alternation(SAYS_WORDS)}\s*:\s*\S")


@functools.lru_cache(maxsize=4096)
def _quote_class(value: str) -> bool:
    """Whether a class attribute names a quote; each value read once (themes repeat them)."""
    return any(_QUOTE_TOKEN.search(token) for token in value.split())


# ... in other languages too, as classes write them (Hungarian forums' "idezet", German "zitat"),
# and in camel case (XenForo 1's "bbCodeQuote")
_QUOTE_TOKEN: Final = re.compile(
    r"(?:(?i:^|[-_])(?i:quote|zitat|citat|citation|cytat|citace|citazione|citacao|cita|lainaus|alinti|idezet|citaat|sitat|tilvitnun)|[a-z]Quote)$"
)


HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def mail_paragraphs(text: str) -> list[str]:
    """A plain-text post (a Usenet or mailing-list archive's ``<pre>``): paragraphs at blank
    lines; a run of lines opening with ">" is the post answered, one quoted paragraph, with the
    attribution line over it ("Am 26.10.24 um 20:14 schrieb Klaus Behrendt:")."""
    out: list[str] = []
    own: list[str] = []
    quoted: list[str] = []
    rows = [row.strip() for row in text.splitlines()]
    for index, row in enumerate(rows):
        if row.startswith(">") or (
            row.endswith(":") and any(later.startswith(">") for later in rows[index + 1:index + 2])
        ):
            if own:
                out.append(" ".join(own))
                own = []
            quoted.append(row.lstrip("> ").strip())
            continue
        if quoted:
            out.append(_quoted(" ".join(q for q in quoted if q)))
            quoted = []
        if row:
            own.append(row)
        elif own:
            out.append(" ".join(own))
            own = []
    if quoted:
        out.append(_quoted(" ".join(q for q in quoted if q)))
    if own:
        out.append(" ".join(own))
    return [" ".join(paragraph.split()) for paragraph in out if paragraph.strip("\u201c\u201d ")]


def is_quoted_line(line: str) -> bool:
    """Whether a line is a quotation as the readers mark one: in curly quotation marks."""
    return line[:1] == "\u201c" and line[-1:] == "\u201d"


def _quoted(line: str) -> str:
    """A quoted paragraph in curly quotation marks, unless the page already gave it some; the
    page's own pair around the whole paragraph ("«Non è chiuso …»") made curly, as every quoted
    paragraph is marked alike (what a reader's own words are is read past them)."""
    opener = line[:1]
    if opener not in _QUOTE_OPENERS:
        return f"\u201c{line}\u201d"
    closers = _QUOTE_CLOSERS.get(opener, "")
    inner = line[1:-1]
    if len(line) > 2 and line[-1] in closers and opener not in inner and not any(mark in inner for mark in closers):
        return f"\u201c{inner.strip()}\u201d"
    return line


# (a pair of the page's own around the whole paragraph, none inside it; not curly ones, kept)
_QUOTE_CLOSERS: Final = {"\u201e": "\u201c\u201d", "\u00ab": "\u00bb", '"': '"', "\u2018": "\u2019"}
_QUOTE_OPENERS: Final = frozenset("\u201c\u201e\u00ab\"'\u2018")


def _shows_text(form: LexborNode) -> bool:
    """A form with nowhere to type is a wrapper, not a form to fill in: old Reddit keeps each
    comment's text in a ``form.usertext`` holding only hidden fields."""
    return form.css_first("textarea, input:not([type='hidden']), select, button") is None


def _flush(current: list[str], lines: list[str], glue: str = "") -> None:
    if not current:
        return
    text = " ".join(glue.join(current).split())
    current.clear()
    if text:
        lines.append(text)


def first_line(node: LexborNode) -> str:
    """The first line of an element's text (names, dates): C-level text, then tidied."""
    text = node.text(deep=True, separator=" ")
    return repair_text(" ".join(text.split())) if text else ""


def definition_of(term: LexborNode) -> LexborNode | None:
    """The ``dd`` right after a ``dt``: where a definition list of comments keeps each one's text."""
    sibling = next_element(term)
    return sibling if sibling is not None and sibling.tag == "dd" else None


def next_element(node: LexborNode) -> LexborNode | None:
    """The element after ``node`` among its siblings, past text and comments."""
    sibling = node.next
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.next
    return sibling


def previous_element(node: LexborNode) -> LexborNode | None:
    """The element before ``node`` among its siblings, past text and comments."""
    sibling = node.prev
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev
    return sibling


def first_element(node: LexborNode) -> LexborNode | None:
    """``node``'s first child element."""
    child = node.first_child
    return child if child is None or child.is_element_node else next_element(child)


def ancestors(node: LexborNode, include_self: bool = False) -> list[LexborNode]:
    """The element's ancestors below body: a layout class on body ("right-sidebar") says nothing
    about where the comments are."""
    out: list[LexborNode] = [node] if include_self else []
    parent = node.parent
    while parent is not None and parent.tag not in (None, "html", "body", "-document"):
        out.append(parent)
        parent = parent.parent
    return out
