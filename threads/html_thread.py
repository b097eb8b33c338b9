"""Which comment each comment element of a saved page answers (``html_find`` finds them).

The common markups all say the same things in different words:

- WordPress: ``ol.commentlist`` / ``ol.comment-list`` of ``li.comment`` (classes ``depth-N``),
  replies nested in ``ul.children`` or ``ol.children``; pingbacks and trackbacks as
  ``li.pingback`` / ``li.trackback``.
- Drupal: ``div.comment`` / ``article.comment``, replies in the ``div.indented`` that follows the
  comment they answer (a sibling, not a child).
- Disqus and Coral embeds saved with the page: ``li.post`` under ``#disqus_thread`` with replies
  in ``ul.children``; ``.coral-comment`` nested or marked ``coral-indent-N``.
- Anything else: the repeated block or list item inside a ``#comments``-like container, nested.

A reply's parent is the nearest comment that encloses it (through a list or replies container);
Drupal's ``div.indented`` points at the comment just before it; a flat list falls back to a
parent named in an attribute (``data-parent-id``), else depth classes or left margins ("in reply
to" links and "@Name" lines are read later, by ``html_comments``). Comments in sidebars, menus and footers ("Recent comments" boxes reuse
the markup) are not comments of this page, and neither are pingbacks and trackbacks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_words import CONTENT_WORD, REPLIES_WORDS, alternation
from threads.html_depth import MARGIN, depth_of, own_indent, style_indent
from threads.html_dom import (
    HEADING_TAGS,
    class_tokens,
    first_element,
    is_inside,
    pings,
)
from threads.html_dom import NEVER_TEXT_TAGS as _NEVER_TEXT
from threads.html_find_generic import COMMENT_ID
from threads.html_regions import is_outside_region

# A replies container, by the last word of a class: "children", "replies", "comment-replies",
# "isso-follow-up", "comment-list-items", "remark42__thread", "comments-list". Between a comment
# and a comment inside it, it makes the inner one a reply; after a comment, it holds its replies.
# ... or in camel case ("msgReplies", an Israeli forum's).
# (Coral's "ReplyList-root": a CSS module's name, then "-root")
_REPLY_BOX: Final = re.compile(r"(?:(?i:^|[-_])(?i:" + alternation(REPLIES_WORDS) + ")|[a-z](?:Replies|Children))(?:-root|[-_](?i:group|list|wrap(?:per)?|container))?$")  # (Commentics' "cmtx_replies_group")
# "depth-2", "comment-level-3", "wpd_comment_level-2", "comment_level_1", "coral-indent-2".

@dataclass
class Candidate:
    node: LexborNode
    parent: int | None = None
    depth: float | None = None
    dropped: bool = False  # sidebar, pingback, or inside one
    nested: bool = False  # inside another candidate (scanned with it)
    follows: int | None = None  # the comment its replies box comes after, which it answers


@functools.lru_cache(maxsize=4096)
def _names_text(value: str) -> bool:
    """A class attribute with a token naming a comment's text ("ast-comment-content")."""
    return any(CONTENT_WORD.search(token) for token in value.split())


def link(nodes: list[LexborNode]) -> list[Candidate]:
    """Each candidate's parent, whether it is dropped, and wrappers folded into their comment."""
    index_of: dict[int, int] = {}
    hops: dict[int, _Hop] = {}
    result: list[Candidate] = []
    for node in nodes:
        tokens = class_tokens(node)
        candidate = Candidate(node=node, dropped=pings(tokens))
        candidate.depth = depth_of(node, tokens)
        by_own_style = candidate.depth is not None and candidate.depth == own_indent(node)
        # The nearest ancestor stating a depth: a class ("depth-2", absolute) or margins, which
        # add up over nested wrappers (each indented from the one around it).
        nearest: str | None = None
        class_depth: float | None = None
        indents = 0.0
        outer: float | None = None  # the depth of the comment it is nested in, its margins counted from there
        wrapped_in: int | None = None
        crossed_box = False
        parent: LexborNode | None = node.parent
        while parent is not None:
            key = parent.mem_id
            hop = hops.get(key)
            if hop is None:
                hop = hops[key] = _hop(parent, index_of, result)
            if hop.top:
                break
            found = index_of.get(key)
            if found is not None:
                candidate.nested = True
                if candidate.parent is None and not crossed_box and _same_comment(result[found], candidate):
                    # A comment element inside another with nothing of the outer's own before it:
                    # one comment wrapped twice (li.comment > div.comment). Its inside belongs to
                    # the outer. After the outer's own text (wpDiscuz, Isso, Livefyre nest replies
                    # straight in their parent), it is a reply.
                    wrapped_in = found
                elif candidate.parent is None:
                    candidate.parent = found
                candidate.dropped = candidate.dropped or result[found].dropped
                outer = result[found].depth
                break
            crossed_box = crossed_box or hop.box
            if hop.depth is not None and nearest is None:
                nearest, class_depth = "class", hop.depth
            if hop.indent is not None:
                indents += hop.indent
                nearest = nearest or "margin"
            if hop.follows is not None and candidate.parent is None:
                candidate.parent = candidate.follows = hop.follows
            if hop.outside:
                candidate.dropped = True
                break
            parent = parent.parent
        if candidate.depth is None:
            candidate.depth = class_depth if nearest == "class" else (outer or 0.0) + indents if nearest == "margin" else None
        elif by_own_style and (indents or outer):
            candidate.depth += (outer or 0.0) + indents
        if wrapped_in is not None:
            index_of[node.mem_id] = wrapped_in
            continue
        index_of[node.mem_id] = len(result)
        result.append(candidate)
    _parents_from_depth(result)
    return result


@dataclass(frozen=True, slots=True)
class _Hop:
    """What one ancestor means to the comments below it; the page's comments share ancestors, so
    each is read once per page."""

    top: bool  # the page root, html or body: the walk up ends here
    box: bool  # a list or replies container: a comment below it is a reply, not a wrapper
    follows: int | None  # a replies container after a comment: the comment it answers
    outside: bool  # a sidebar, menu or footer
    depth: float | None = None  # a wrapper's depth class: its comment's depth in a flat list
    indent: float | None = None  # a wrapper's own left margin: nested wrappers' margins add up


_TOP: Final = _Hop(top=True, box=False, follows=None, outside=False)


_DEPTH_CLASS: Final = re.compile(r"(?i)depth|indent-\d")


def _hop(node: LexborNode, index_of: dict[int, int], earlier: list[Candidate]) -> _Hop:
    """What ``node`` means to the comments below it. Computed when the first comment inside it is
    linked, so every comment before it is already known (``index_of``, ``earlier``)."""
    tag = node.tag
    if tag in (None, "html", "body", "-document"):
        return _TOP
    attrs = node.attributes
    value = attrs.get("class")
    # A definition list's dd holds the text and the replies of the dt before it.
    box = tag in ("ul", "ol", "dl", "dd") or (value is not None and _is_box_class(value)) or _named_reply_list(attrs)
    # (a wrapper's own left margin too: HyperKitty indents each reply's box by its level)
    style = attrs.get("style")
    # (a wrapper's class stating the depth: "comment-depth-2", Coral's "coral-indent-1" around a
    # comment and the wrappers of its replies)
    classed = value is not None and _DEPTH_CLASS.search(value) is not None
    depth = depth_of(node, value.split() if value is not None else []) if (
        classed or style and "-left" in style and MARGIN.search(style)
    ) else None
    indent: float | None = None
    if depth is not None and not classed and depth == style_indent(style):
        depth, indent = None, depth  # (a margin, relative to the wrapper's own: Bitrix's "new_comment_cont_N" boxes)
    follows: int | None = None
    if box and depth is None and indent is None:
        # (a "thread" box that states its depth is one comment's wrapper in a flat list: Dreamwidth's
        # "comment-thread comment-depth-1" around each comment, not the replies of the one before)
        follows = _comment_followed(node, index_of, earlier)
    elif tag == "div" and value is None and depth is None and indent is None:
        # a block with no class right after a comment (past its anchor) holding comments: that
        # comment's replies, as Drupal's "div.indented" is once archive.today drops its class
        follows = _comment_right_before(node, index_of)
        box = follows is not None
    outside = is_outside_region(node) or (box and _under_ping_heading(node))
    return _Hop(top=False, box=box, follows=follows, outside=outside, depth=depth, indent=indent)


# A heading over a list of the pages that linked to the story, where a saving tool stripped the
# classes that say so (archive.today: Genesis's "Trackbacks" list, its items "li#comment-N").
_PING_HEADING: Final = re.compile(r"(?i)^(?:trackbacks?|pingbacks?)(?:\s*(?:/|&|and)\s*(?:trackbacks?|pingbacks?))?(?:\s*\(\d+\))?$")


def _under_ping_heading(box: LexborNode) -> bool:
    """Whether a list (or the block around it) comes right after a "Trackbacks" heading."""
    for node in (box, box.parent):
        if node is None:
            return False
        before = node.prev
        while before is not None and not before.is_element_node:
            before = before.prev
        if before is not None and before.tag in HEADING_TAGS:
            return _PING_HEADING.match(" ".join((before.text(deep=True) or "").split())) is not None
    return False


def _named_reply_list(attrs: dict[str, str | None]) -> bool:
    """A replies container named by its id or test id rather than its class (Coral's
    "div#coral-comments-replyList-log--<id>[data-testid=commentReplyList-<id>]", classed only
    for its layout)."""
    return "eplylist" in ((attrs.get("data-testid") or "") + (attrs.get("id") or "")).lower()


@functools.lru_cache(maxsize=4096)
def _is_box_class(value: str) -> bool:
    """Read once per class value: themes repeat a few on every comment."""
    return any(_REPLY_BOX.search(token) for token in value.split())


def _same_comment(outer: Candidate, inner: Candidate) -> bool:
    """Whether a comment element inside another (no replies box between) is the same comment
    wrapped twice: the outer holds no text of its own before the branch leading to the inner one,
    and the two do not sit at different depths ("depth-1" around "depth-2")."""
    if outer.depth is not None and inner.depth is not None and outer.depth != inner.depth:
        return False
    value = inner.node.attributes.get("class")
    if value and _names_text(value):
        return True  # Astra's section.ast-comment-content.comment: the comment's text, not a reply
    # Every level between the two: Facebook's plugin puts the comment's text and its reply list
    # in one unnamed div.
    stop = outer.node.mem_id
    level: LexborNode | None = inner.node
    while level is not None and level.mem_id != stop:
        sibling = level.prev
        while sibling is not None:
            if sibling.is_text_node:
                if (sibling.text_content or "").strip():
                    return False
            elif sibling.is_element_node and sibling.tag not in _NEVER_TEXT and (sibling.text(deep=True) or "").strip():
                return False
            sibling = sibling.prev
        level = level.parent
    return True


def _comment_followed(box: LexborNode, index_of: dict[int, int], earlier: list[Candidate]) -> int | None:
    """The comment a replies container answers when it comes right after it (Drupal's
    ``div.indented``, Remark42's and Substack's thread boxes, JComments' ``comments-list``): the element before the box, past
    anchors and earlier boxes like it, is that comment or the item holding it. None when it is
    anything else (a heading, a form, the story)."""
    sibling = _element_before(box)
    holder = box
    for _ in range(2):
        # (a box first in wrappers that come right after a comment: Substack's replies inside its
        # "comment-list-collapser" beside the comment; only a comment itself counts there)
        wrapper = holder.parent
        if sibling is not None or wrapper is None or wrapper.tag != "div" or wrapper.mem_id in index_of:
            break
        holder = wrapper
        before = _element_before(holder)
        if before is not None and before.mem_id in index_of:
            return index_of[before.mem_id]
    cell = box.parent
    if sibling is None and cell is not None and cell.tag == "td" and (row := cell.parent) is not None and row.tag == "tr":
        sibling = _element_before(row)  # a table of replies in the row after the comment's row (2000s layouts)
    if sibling is None:
        return None
    found = index_of.get(sibling.mem_id)
    if found is not None or not earlier:
        return found
    # An item holding the comment: the outermost comment of those just before the box, if inside it;
    # not a section of other comments under their own heading (a Japanese portal's experts' comments
    # before the readers' list).
    index = len(earlier) - 1
    if not is_inside(earlier[index].node, sibling) or _headed_group(sibling):
        return None
    while (up := earlier[index].parent) is not None and is_inside(earlier[up].node, sibling):
        index = up
    return index


def _headed_group(node: LexborNode) -> bool:
    """A block opening with a heading: a group of comments under their own title."""
    first = first_element(node)
    return first is not None and first.tag in HEADING_TAGS


def _comment_right_before(block: LexborNode, index_of: dict[int, int]) -> int | None:
    """The comment that is the element right before ``block``, past empty anchors; else None."""
    sibling = block.prev
    while sibling is not None and (
        not sibling.is_element_node or (sibling.tag == "a" and not (sibling.text(deep=True) or "").strip())
    ):
        if sibling.is_text_node and (sibling.text_content or "").strip():
            return None
        sibling = sibling.prev
    return index_of.get(sibling.mem_id) if sibling is not None else None


def _element_before(box: LexborNode) -> LexborNode | None:
    """The element before ``box``, past anchors, earlier boxes like it and empty decorations
    (Substack's "comment-list-collapser", a line to click between a comment and its replies)."""
    kind = (box.tag, box.attributes.get("class"))
    sibling = box.prev
    while sibling is not None:
        if sibling.is_element_node and sibling.tag != "a" and (sibling.tag, sibling.attributes.get("class")) != kind and (
            sibling.tag not in ("div", "span") or _names_comment(sibling.attributes.get("id"))
            or (sibling.text(deep=True) or "").strip()
        ) and not _link_line(sibling):
            break
        sibling = sibling.prev
    return sibling


def _names_comment(ident: str | None) -> bool:
    """An empty block's id that names a comment (its anchor), not a placeholder of the page's
    scripts (DataLife Engine's "dlereplypopup-4024" between a comment and its replies; Bitrix's
    "err_comment_2234" and "form_comment_2234" slots for an error and a reply form)."""
    return bool(ident) and COMMENT_ID.search(ident or "") is not None and _SCRIPT_SLOT.match(ident or "") is None


_SCRIPT_SLOT: Final = re.compile(r"(?i)^(?:err|error|form|new|edit|preview)[-_]")


# The most a line of links between a comment and its replies box prints.
_LINK_LINE_CHARS: Final = 60


def _link_line(element: LexborNode) -> bool:
    """A short line that is only links, between a comment and its replies: HyperKitty's "Afficher
    les réponses par date" over the replies to a thread's first message."""
    if element.tag not in ("p", "div") or element.attributes.get("id"):
        return False
    text = "".join((element.text(deep=True) or "").split())
    links = "".join("".join((link.text(deep=True) or "").split()) for link in element.css("a"))
    return 0 < len(text) <= _LINK_LINE_CHARS and text == links


def _nested_too_deep(candidate: Candidate, parent: Candidate) -> bool:
    """Whether a WordPress comment sits nested in another whose "depth-N" class is as deep or
    deeper than its own ("li.depth-1" inside "li.depth-1 > ul.children": a page whose thread above
    left a list unclosed, which the parser closes only at the list's end): the class, which
    WordPress writes on each comment from its place in the thread, says where it is."""
    own = _wordpress_depth(candidate.node)
    if own is None:
        return False
    above = _wordpress_depth(parent.node)
    return above is not None and above >= own


def _wordpress_depth(node: LexborNode) -> int | None:
    value = node.attributes.get("class") or ""
    found = _WORDPRESS_DEPTH.search(value) if "depth-" in value else None
    return int(found.group(1)) if found is not None else None


_WORDPRESS_DEPTH: Final = re.compile(r"(?:^|\s)depth-(\d{1,2})(?:\s|$)")


def _parents_from_depth(candidates: list[Candidate]) -> None:
    """Flat lists: a comment answers the nearest earlier one that is shallower (depth class or margin).

    Only comments that have no parent from the markup's nesting are placed this way.
    """
    stack: list[tuple[float, int]] = []
    indented = any(candidate.depth is not None for candidate in candidates)
    for index, candidate in enumerate(candidates):
        if candidate.depth is None:
            if indented and candidate.parent is None and not candidate.nested and not candidate.dropped:
                # a comment with no margin among indented ones is at the list's own level: those
                # after it answer it, not the comments before it (Bitrix's blog, its replies in
                # indented boxes after each comment); one with a margin of nothing, "margin-left:0px",
                # is at that level too, answering nobody (a Naver-like list under archive.today)
                stack = [(0.0, index)]
            continue
        if candidate.parent is not None and candidate.follows is None and not _nested_too_deep(candidate, candidates[candidate.parent]):
            stack.append((candidate.depth, index))
            continue
        if candidate.follows is None:
            candidate.parent = None  # (nested where its depth class says it is not: placed by depth below)
        while stack and stack[-1][0] >= candidate.depth:
            stack.pop()
        if candidate.follows is not None:
            # indented within the replies box after a comment: the shallower one before it in the
            # same box, else the comment the box comes after (HyperKitty's level 0)
            if stack and candidates[stack[-1][1]].follows == candidate.follows:
                candidate.parent = stack[-1][1]
        elif stack and not candidates[stack[-1][1]].dropped:
            candidate.parent = stack[-1][1]
        stack.append((candidate.depth, index))
