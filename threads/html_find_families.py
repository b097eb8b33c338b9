"""Comments known only by what their blocks share, where no class names them and no id names a
comment: ids of one family ("vf-<uuid>", a database's 24-hex object ids) or, with no id either,
one inline style (archive.today writes each class out as style). ``html_find`` tries these after
every other guess; the test of a block holding a comment is here, shared with its other fallbacks.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.html_dom import ancestors
from threads.html_regions import is_outside_region
from threads.html_time import parse_time
from threads.removed_placeholders import is_removed_placeholder
from threads.text import count_words

# A comment found by its id alone holds at least this many words (its name, date and text).
_MIN_WORDS_BY_ID: Final = 4  # the count key for blocks found by their id


def holds_a_comment(block: LexborNode, tags: tuple[str, ...]) -> bool:
    """A block of one of ``tags`` with a comment's words in it (a name, a date, some text), or a
    removed comment's placeholder alone ("삭제된 댓글입니다."), outside sidebars."""
    if block.tag not in tags:
        return False
    text = " ".join((block.text(deep=True, separator=" ") or "").split())
    return (count_words(text) >= _MIN_WORDS_BY_ID or is_removed_placeholder(text)) and not any(
        is_outside_region(n) for n in ancestors(block, include_self=True)
    )


def candidates_by_object_id(tree: LexborHTMLParser) -> list[LexborNode]:
    """Blocks whose id is a database object's, 24 hexadecimal digits, holding a comment's words,
    outside sidebars: Ghost's comments ("div#68d79b0e2f1c4a0001a3b511") where archive.today
    stripped every class. Tried last: such ids say nothing of what the block is."""
    found = [
        node for node in tree.css("div[id], li[id], article[id]")
        if _OBJECT_ID.match(node.attributes.get("id") or "") and holds_a_comment(node, ("div", "li", "article"))
    ]
    return found if len(found) >= 2 else []


_OBJECT_ID: Final = re.compile(r"^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{24}$")


def candidates_by_id_family(tree: LexborHTMLParser) -> list[LexborNode]:
    """Blocks whose ids are one family: the same short prefix before a number, a hash or a UUID
    ("vf-c1f3a7e2-5d0b-…", Viafoura; "c_2f6b8c1e-…", Coral Talk 4), each holding a comment's
    words, outside sidebars; the largest family, of three blocks at least. Tried after every
    other guess: where archive.today has stripped every class, an id generated per comment is
    all that is left to know a comment by, whatever the system calls it."""
    families: dict[str, list[LexborNode]] = {}
    for node in tree.css("div[id], li[id], article[id], section[id]"):
        shape = _ID_FAMILY.match(node.attributes.get("id") or "")
        if shape is not None and holds_a_comment(node, ("div", "li", "article", "section")):
            families.setdefault(shape.group("prefix").casefold(), []).append(node)
    best = max(families.values(), key=len, default=[])
    return best if len(best) >= _MIN_FAMILY else []


def candidates_by_style_family(tree: LexborHTMLParser) -> list[LexborNode]:
    """Blocks alike in tag and inline style, each holding a comment's words and a time or a link
    to one comment, outside sidebars: the largest such family, of three blocks at least. Tried
    last of all: archive.today writes each class out as its style, so where a system gives its
    comments no id either (the Facebook comments plugin), the style is what they share; a story's
    paragraphs share one too, but hold no time."""
    families: dict[tuple[str | None, str], list[LexborNode]] = {}
    for node in tree.css("div[style], li[style], article[style]"):
        style = node.attributes.get("style") or ""
        if holds_a_comment(node, ("div", "li", "article")) and _dated(node):
            families.setdefault((node.tag, style), []).append(node)
    best = max(families.values(), key=len, default=[])
    if len(best) < _MIN_FAMILY:
        return []
    return _numbered_parents(best) or best


def _numbered_parents(nodes: list[LexborNode]) -> list[LexborNode] | None:
    """The blocks' parents, where each carries a numbered id of one prefix ("div#isso-46" around
    its avatar and the styled block of its words, under archive.today): each parent is its
    comment, which links and the thread's nesting name."""
    parents = _parents_of_one_prefix(nodes, _NUMBERED_ID)
    return parents if parents is not None and len({parent.mem_id for parent in parents}) == len(parents) else None


_NUMBERED_ID: Final = re.compile(r"^(?P<prefix>[A-Za-z][A-Za-z-]{0,20}[-_])\d{1,12}$")


def _dated(node: LexborNode) -> bool:
    """Whether a block holds a time element, a dated tooltip or a link to one comment."""
    for inner in node.css("time, [datetime], [title], a[href]"):
        href = inner.attributes.get("href") or ""
        if inner.tag == "time" or "datetime" in inner.attributes or _ONE_COMMENT_LINK.search(href):
            return True
        if (title := inner.attributes.get("title")) and any(c.isdigit() for c in title) and parse_time(title) is not None:
            return True
    return False


# A link to one comment: Facebook's "?fb_comment_id=", YouTube's "&lc=", "#comment-12".
_ONE_COMMENT_LINK: Final = re.compile(r"[?&](?:fb_comment_id|lc|comment_?id|commentid|cid)=[\w.-]{4,}|#(?:comment|c)[-_]?\d{2,}$")


def parents_one_family(nodes: list[LexborNode]) -> bool:
    """Whether every one of ``nodes``' parents carries a generated id of one family ("mc-c-88120341"
    around each of Cackle's "mc-comment-wrapper" blocks): each block's parent is its comment,
    which the thread's nesting names."""
    return _parents_of_one_prefix(nodes, _ID_FAMILY) is not None


def _parents_of_one_prefix(nodes: list[LexborNode], pattern: re.Pattern[str]) -> list[LexborNode] | None:
    """``nodes``' parents, where each carries an id ``pattern`` matches and all share the prefix its
    group "prefix" gives; else None."""
    parents: list[LexborNode] = []
    prefixes = set()
    for node in nodes:
        parent = node.parent
        shape = pattern.match(parent.attributes.get("id") or "") if parent is not None else None
        if parent is None or shape is None:
            return None
        parents.append(parent)
        prefixes.add(shape.group("prefix"))
    return parents if len(prefixes) == 1 else None


# A generated id: a prefix of a few words (or none), then a number, a hash or a UUID
# ("commento-comment-card-0b84…", "lb-post-2818", OpenWeb's "c_2oK8fJ1mQz"); a word of the
# prefix may be a site's key ("message-sp_8ZcrPk3J_c_2fQ9mA7xWk", OpenWeb's message under its spot).
_ID_FAMILY: Final = re.compile(
    r"^(?P<prefix>(?:(?:[A-Za-z]{1,12}|(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,12})[-_:]){0,4}|[A-Za-z]{1,12})(?:\d{3,}|(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{8,40}"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    # (or a short hash in both cases and digits, after a prefix: OpenWeb's "c_2oK8fJ1mQz")
    r"|(?<=[-_:])(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Z])(?=[A-Za-z0-9]*[a-z])[A-Za-z0-9]{8,16})$"
)
_MIN_FAMILY: Final = 3
