"""Which elements of a saved page are its comments, and which comment each one answers.

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
Drupal's ``div.indented`` points at the comment just before it; a flat list falls back to depth
classes or left margins. Comments in sidebars, menus and footers ("Recent comments" boxes reuse
the markup) are not comments of this page, and neither are pingbacks and trackbacks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.html_dom import class_tokens, is_outside_region

# Every known comment element, matched in C. Generic pages are handled by _generic_candidates.
_CANDIDATES: Final = ", ".join([
    "li.comment", "article.comment", "div.comment", "section.comment",
    "li.pingback", "li.trackback", ".commentlist > li", ".comment-list > li",
    "li[id^='li-comment-']", "li[id^='comment-']",
    "#disqus_thread li.post", "ul#post-list li.post", ".coral-comment",
    ".comment-item", ".comment-entry", ".single-comment", ".comment-single",
])
_CONTAINERS: Final = ", ".join([
    "#comments", ".comments", "#comment-section", ".comment-section", ".comments-area",
    "#responses", ".responses", "#discussion", ".discussion", ".comments-list", ".comment-thread",
    "#disqus_thread", "#coral_thread", ".coral-stream", "[id^='comments']", "[class*='comments']",
])
# Elements between a comment and a reply inside it that make the reply a reply (not a wrapper).
_REPLY_BOX_TOKENS: Final = frozenset({
    "children", "replies", "indented", "reply-list", "comment-replies", "sub-comments", "subcomments",
    "coral-reply-list", "thread-replies", "comment-children", "comments-children", "responses",
})
_DEPTH_TOKEN: Final = re.compile(
    r"(?i)^(?:[a-z]+-)?(?:depth|level|indent|thread-depth|comment-depth|comment-level)-(\d{1,3})$"
)
_MARGIN: Final = re.compile(r"(?i)(?:margin|padding)-left\s*:\s*(\d{1,4}(?:\.\d+)?)\s*(px|em|rem)?")
_BLOCK_TOKEN: Final = re.compile(r"(?i)comment|reply|response|post|entry|item|message|note|cmt")
_PING_TOKEN: Final = re.compile(r"(?i)pingback|trackback")
CONTENT_PRIORITY: Final = {
    "comment-content": 0, "comment__content": 0, "post-message": 0, "coral-comment-content": 0,
    "field-name-comment-body": 0, "field--name-comment-body": 0, "comment-text": 0, "comment-message": 0,
    "comment-body-text": 0, "commenttext": 0, "message": 1, "text": 2, "content": 2,
}
# Inside a comment, never its text: who and when, buttons, votes, avatars, nested reply boxes.
FURNITURE_TOKEN: Final = re.compile(
    r"""(?ix)^(?:.*[-_])?(?:
        reply|reply-?link|replybutton|meta|metadata|commentmetadata|actions?|actionbar|footer|author
      | author-name|avatar|vcard|byline|likes?|likebox|like-?button|rating|votes?|voting|share|sharing
      | sharedaddy|says|edit-?link|permalink|timestamp|time|time-ago|date|submitted|links|menu|toolbar
      | buttons?|username|user-?name|in-?reply-?to|inreplyto|awaiting-?moderation|moderation|flag
      | report|badges?|usertag|user-?tag|commenttag|header|fn|signature|user-?info|name|when|who|nick
    )$"""
)

@dataclass
class Candidate:
    node: LexborNode
    parent: int | None = None
    depth: float | None = None
    dropped: bool = False  # sidebar, pingback, or inside one
    nested: bool = False  # inside another candidate (scanned with it)


def find_candidates(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's comment elements in page order: the known markups, else the generic guess."""
    nodes = _unique(tree.css(_CANDIDATES))
    return nodes if nodes else _generic_candidates(tree)


def _unique(nodes: list[LexborNode]) -> list[LexborNode]:
    """lexbor answers a selector list once per matching selector; keep each element once, in order."""
    seen: set[int] = set()
    out: list[LexborNode] = []
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append(node)
    return out


def _generic_candidates(tree: LexborHTMLParser) -> list[LexborNode]:
    """Comments of an unknown system: the most repeated comment-like element in a comments box.

    List items count when they hold a paragraph or a name or time (a list inside a comment's text
    holds only inline text); other blocks count when their class repeats on blocks holding text.
    """
    best: list[LexborNode] = []
    for container in tree.css(_CONTAINERS):
        if any(is_outside_region(n) for n in _ancestors(container, include_self=True)):
            continue
        items = [li for li in container.css("li") if li.css_first("p, div, blockquote, cite, time") is not None]
        counts: dict[str, int] = {}
        for block in container.css("div, article, section"):
            if block.css_first("p") is None:
                continue
            for token in class_tokens(block):
                if _BLOCK_TOKEN.search(token) and token not in CONTENT_PRIORITY and not FURNITURE_TOKEN.match(token):
                    counts[token] = counts.get(token, 0) + 1
        blocks: list[LexborNode] = []
        if counts:
            token, count = max(counts.items(), key=lambda kv: kv[1])
            if count >= 2:
                blocks = [b for b in container.css("div, article, section") if token in class_tokens(b)]
        found = _unique(items if len(items) >= len(blocks) else blocks)
        if len(found) > len(best):
            best = found
    return best


def _ancestors(node: LexborNode, include_self: bool = False) -> list[LexborNode]:
    out: list[LexborNode] = [node] if include_self else []
    parent = node.parent
    while parent is not None and parent.tag not in (None, "html", "-document"):
        out.append(parent)
        parent = parent.parent
    return out


def link(nodes: list[LexborNode]) -> list[Candidate]:
    """Each candidate's parent, whether it is dropped, and wrappers folded into their comment."""
    index_of: dict[int, int] = {}
    hops: dict[int, _Hop] = {}
    result: list[Candidate] = []
    for node in nodes:
        tokens = class_tokens(node)
        candidate = Candidate(node=node, dropped=any(_PING_TOKEN.search(t) for t in tokens))
        wrapped_in: int | None = None
        crossed_box = False
        parent: LexborNode | None = node.parent
        while parent is not None:
            key = parent.mem_id
            hop = hops.get(key)
            if hop is None:
                hop = hops[key] = _hop(parent)
            if hop.top:
                break
            found = index_of.get(key)
            if found is not None:
                candidate.nested = True
                if not crossed_box and candidate.parent is None:
                    # A comment element inside another with no reply box between: one comment
                    # wrapped twice (li.comment > div.comment). Its inside belongs to the outer.
                    wrapped_in = found
                elif candidate.parent is None:
                    candidate.parent = found
                candidate.dropped = candidate.dropped or result[found].dropped
                break
            crossed_box = crossed_box or hop.box
            if hop.indented and candidate.parent is None:
                candidate.parent = _comment_before(parent, index_of)
            if hop.outside:
                candidate.dropped = True
                break
            parent = parent.parent
        if wrapped_in is not None:
            index_of[node.mem_id] = wrapped_in
            continue
        candidate.depth = _depth(node, tokens)
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
    indented: bool  # Drupal's replies box, which follows the comment it answers
    outside: bool  # a sidebar, menu or footer


def _hop(node: LexborNode) -> _Hop:
    tag = node.tag
    if tag in (None, "html", "body", "-document"):
        return _Hop(top=True, box=False, indented=False, outside=False)
    tokens = class_tokens(node)
    return _Hop(
        top=False,
        box=tag in ("ul", "ol") or not _REPLY_BOX_TOKENS.isdisjoint(tokens),
        indented="indented" in tokens,
        outside=is_outside_region(node),
    )


def _comment_before(box: LexborNode, index_of: dict[int, int]) -> int | None:
    """Drupal: the comment a ``div.indented`` answers is the element just before it."""
    sibling = box.prev
    while sibling is not None:
        if sibling.is_element_node:
            found = index_of.get(sibling.mem_id)
            if found is not None:
                return found
            if sibling.tag != "a":  # the permalink anchor sits between comment and replies
                inner = sibling.css("*")
                for node in reversed(inner):
                    hit = index_of.get(node.mem_id)
                    if hit is not None:
                        return hit
                return None
        sibling = sibling.prev
    return None


def _depth(node: LexborNode, tokens: list[str]) -> float | None:
    for token in tokens:
        match = _DEPTH_TOKEN.match(token)
        if match is not None:
            return float(match.group(1))
    attrs = node.attributes
    for name in ("data-depth", "data-level", "aria-level"):
        value = attrs.get(name)
        if value and value.isdigit():
            return float(value)
    style = attrs.get("style")
    if style:
        margin = _MARGIN.search(style)
        if margin is not None:
            unit = (margin.group(2) or "px").lower()
            return float(margin.group(1)) * (16.0 if unit != "px" else 1.0)
    return None


def _parents_from_depth(candidates: list[Candidate]) -> None:
    """Flat lists: a comment answers the nearest earlier one that is shallower (depth class or margin).

    Only comments that have no parent from the markup's nesting are placed this way.
    """
    stack: list[tuple[float, int]] = []
    for index, candidate in enumerate(candidates):
        if candidate.depth is None:
            continue
        if candidate.parent is not None:
            stack.append((candidate.depth, index))
            continue
        while stack and stack[-1][0] >= candidate.depth:
            stack.pop()
        if stack and not candidates[stack[-1][1]].dropped:
            candidate.parent = stack[-1][1]
        stack.append((candidate.depth, index))
