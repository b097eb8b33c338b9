"""How deep a comment sits where its markup does not nest it: a depth class ("depth-2",
"coral-indent-1"), a data attribute, a left margin or padding by style (archive.today writes every
class out as one), Bluesky's indent guides, a table row's spacer cell.

Split from ``html_thread`` (which links comments to their parents) as one idea: depth.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_words import DEPTH_WORDS, alternation
from threads.html_dom import first_element, next_element
from threads.removed_placeholders import is_removed_placeholder

_DEPTH_TOKEN: Final = re.compile(r"(?i)^(?:[a-z0-9]+[-_]+)*" + alternation(DEPTH_WORDS) + r"[-_]?(\d{1,3})$")  # ("lvl-2", "level_3"; "lvl0", an Austrian forum's)
MARGIN: Final = re.compile(r"(?i)(?:margin|padding)-left\s*:\s*(\d{1,4}(?:\.\d+)?)\s*(px|em|rem)?")


def depth_of(node: LexborNode, tokens: list[str]) -> float | None:
    """A comment's or wrapper's depth by its class tokens, a data attribute, Bluesky's guides, its
    own left margin (or its first block's, past an anchor), a table row's spacer; else None."""
    for token in tokens:
        match = _DEPTH_TOKEN.match(token)
        if match is not None:
            return float(match.group(1))
    attrs = node.attributes
    for name in ("data-depth", "data-level", "aria-level"):
        value = attrs.get(name)
        if value and value.isdigit():
            return float(value)
    if (attrs.get("data-testid") or "").startswith("postThreadItem-by-"):
        return float(_indent_guides(node))
    inner = first_element(node)
    if inner is not None and (value := inner.attributes.get("class")):
        # (or its first block's class: Commentics' "div#cmtx_perm_344 > div.cmtx_content_area.reply_indent_1",
        # its replies a flat group after the comment they answer)
        for token in value.split():
            match = _DEPTH_TOKEN.match(token)
            if match is not None:
                return float(match.group(1))
    indent = style_indent(attrs.get("style"))
    if indent is None and node.tag == "div":
        # (or its first block's, past the comment's anchor: Bitrix's blog comments, "div#blg-comment-1941
        # > a[name] + div[style=padding-left:2.5em]", their classes stripped by archive.today)
        inner = first_element(node)
        while inner is not None and inner.tag == "a" and not (inner.text(deep=True) or "").strip():
            inner = next_element(inner)
        # (by its own property only: a first block's shorthand margin is the text's offset beside the
        # avatar, "margin:0px 0px 8px 46px", on every comment alike)
        indent = style_indent(inner.attributes.get("style"), shorthand=False) if inner is not None and inner.tag == "div" else None
        if indent is not None and inner is not None and is_removed_placeholder(" ".join((inner.text(deep=True) or "").split())):
            indent = None  # a removed comment's placeholder, set in line with the others' text past their avatars (Cackle)
    if indent is not None:
        return indent
    if node.tag in ("tr", "table"):
        return _spacer_width(node)
    return 1.0 if _reply_glyph_first(node) else None


# A reply's mark before its header in a flat list: a corner or an arrow drawn as text
# ("<span class=ico_re>└</span>", Korean papers' own systems; "ㄴ", "↳").
REPLY_GLYPHS: Final = frozenset({"└", "┗", "┖", "↳", "↪", "⤷", "➥", "ㄴ", "└─", "└>"})


def _reply_glyph_first(node: LexborNode) -> bool:
    """Whether a comment's first element is a reply's mark alone (a flat list's reply, one level
    under the item before it)."""
    first = first_element(node)
    return first is not None and " ".join((first.text(deep=True) or "").split()) in REPLY_GLYPHS


def own_indent(node: LexborNode) -> float | None:
    """The left margin a comment's own element (or its first block) sets by style."""
    return style_indent(node.attributes.get("style"))


def style_indent(style: str | None, shorthand: bool = True) -> float | None:
    """The left margin or padding a style attribute gives, in pixels (an em as 16), by its own
    property or (with ``shorthand``) the shorthand's left value ("margin:0px 0px 16px 40px",
    archive.today's)."""
    if not style:
        return None
    margin = MARGIN.search(style)
    if margin is not None:
        return _pixels(margin.group(1), margin.group(2))
    found = _SHORTHAND.search(style) if shorthand and "margin" in style else None
    if found is None:
        return None
    values = found.group(1).split()
    left = _LENGTH.fullmatch(values[_LEFT_OF_SHORTHAND[len(values)]]) if len(values) in _LEFT_OF_SHORTHAND else None
    return _pixels(left.group(1), left.group(2)) if left is not None else None


def _pixels(number: str, unit: str | None) -> float:
    return float(number) * (16.0 if (unit or "px").lower() != "px" else 1.0)


# "margin: top right bottom left", and its shorter forms: which value is the left one.
_SHORTHAND: Final = re.compile(r"(?i)(?:^|[;\s])margin\s*:\s*([^;!]+)")
_LENGTH: Final = re.compile(r"(?i)(\d{1,4}(?:\.\d+)?)(px|em|rem)?")
_LEFT_OF_SHORTHAND: Final = {1: 0, 2: 1, 3: 1, 4: 3}


def _indent_guides(node: LexborNode) -> int:
    """Bluesky's threaded view draws a reply's depth as that many empty bordered columns before it."""
    count = 0
    child = node.child
    while child is not None:
        if child.is_element_node:
            if "border-left-width" not in (child.attributes.get("style") or "") or (child.text(deep=True) or "").strip():
                break
            count += 1
        child = child.next
    return count


def _spacer_width(row: LexborNode) -> float | None:
    """A table row's indent: the width of an empty first cell or of the spacer image in it, as
    comment archives of the 2000s and Hacker-News-like tables indent replies. A row whose one
    cell holds a table of its own (Hacker News) is indented by that table's first row."""
    if row.tag == "table":
        row = row.css_first("tr") or row  # a comment that is a table of its own: its first row
    cell = first_element(row)
    if cell is not None and cell.tag == "td" and (inner := first_element(cell)) is not None and inner.tag == "table":
        inner_row = inner.css_first("tr")
        cell = first_element(inner_row) if inner_row is not None else None
    if cell is None or cell.tag != "td" or (cell.text(deep=True) or "").strip():
        return None
    spacer = cell.css_first("img[width]")
    width = (spacer.attributes.get("width") if spacer is not None else None) or cell.attributes.get("width")
    return float(width) if width and width.isdigit() else None
