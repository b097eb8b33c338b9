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

import functools
import re
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_words import COMMENT_STEMS, DEPTH_WORDS, FURNITURE_WORDS, REPLIES_WORDS, alternation
from threads.html_dom import NEVER_TEXT_TAGS as _NEVER_TEXT
from threads.html_dom import class_tokens, is_inside, is_outside_region
from threads.html_reply_to import parent_by_attribute

# Every known comment element, matched in C. Generic pages are handled by _generic_candidates.
_CANDIDATES: Final = ", ".join([
    "li.comment", "article.comment", "div.comment", "section.comment",
    "li.pingback", "li.trackback", ".commentlist > li", ".comment-list > li",
    "li[id^='li-comment-']", "li[id^='comment-']",
    "#disqus_thread li.post", "ul#post-list li.post", ".coral-comment",
    ".comment-item", ".comment-entry", ".single-comment", ".comment-single",
])
# Blocks carrying their comment's id, whatever their classes say and in whatever language: a
# fallback, as buttons inside a comment carry the id too (the Guardian's recommend box).
_DATA_ID: Final = "article[data-comment-id], li[data-comment-id], div[data-comment-id], section[data-comment-id]"
# Where an unknown system's comments may be: anything named for comments, a thread, a discussion
# or a conversation (Isso's #isso-thread, Livefyre's .fyre-comment-stream). Only the outermost
# of nested matches is searched.
_CONTAINERS: Final = ", ".join([
    *(f"[{name}*='{stem}' i]" for stem in COMMENT_STEMS for name in ("id", "class")), "[id$='thread' i]",
    "[class*='discussion' i]",
    "[id*='discussion' i]", "[class*='conversation' i]", "[id*='conversation' i]", "#responses", ".responses",
])
# A comment block of an unknown system holds a paragraph or an element named for a comment's text
# (any case: Facebook's plugin writes "UFICommentContent").
_TEXT_INSIDE: Final = "p, [class*='body' i], [class*='text' i], [class*='content' i], [class*='message' i]"
# A class naming a comment's text, not the comment: "commento-body", "UFICommentContent".
_CONTENT_WORD: Final = re.compile(r"(?i)(?:body|text|contents?|message|msg)$")
# Comment elements an unknown system marks by id only: "IDComment-803311742", "comment_12", "c-4411".
# ("kommentar-88121": the word in another language, COMMENT_STEMS).
_COMMENT_ID: Final = re.compile(r"(?i)(?:cmt|" + "|".join(COMMENT_STEMS) + r")\w{0,4}[-_]?\w{0,12}\d|^c[-_]?\d{2,}$")
# ... but not its parts or its form: "comment-body-12", "comment-form-3", "commentreply_12".
_ID_NOT_COMMENT: Final = re.compile(r"(?i)body|text|content|message|form|reply|respond|meta|author|date|vote")
_BY_ID: Final = "#id"
_BY_ID_SELECTOR: Final = ", ".join([*(f"[id*='{stem}' i]" for stem in COMMENT_STEMS), "[id^='c' i]"])
# A comment found by its id alone holds at least this many words (its name, date and text).
_MIN_WORDS_BY_ID: Final = 4  # the count key for blocks found by their id
# A replies container, by the last word of a class: "children", "replies", "comment-replies",
# "isso-follow-up", "comment-list-items", "remark42__thread", "comments-list". Between a comment
# and a comment inside it, it makes the inner one a reply; after a comment, it holds its replies.
_REPLY_BOX: Final = re.compile(r"(?i)(?:^|[-_])" + alternation(REPLIES_WORDS) + "$")
# "depth-2", "comment-level-3", "wpd_comment_level-2", "comment_level_1", "coral-indent-2".
_DEPTH_TOKEN: Final = re.compile(r"(?i)^(?:[a-z0-9]+[-_]+)*" + alternation(DEPTH_WORDS) + r"[-_](\d{1,3})$")
_MARGIN: Final = re.compile(r"(?i)(?:margin|padding)-left\s*:\s*(\d{1,4}(?:\.\d+)?)\s*(px|em|rem)?")
_COMMENT_STEM: Final = re.compile("(?i)" + alternation(COMMENT_STEMS))
_BLOCK_TOKEN: Final = re.compile(r"(?i)reply|response|post|entry|item|message|note|cmt|" + "|".join(COMMENT_STEMS))
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
      | subtitle|user-?title|flair|tagline|""" + "|".join(FURNITURE_WORDS) + r"""
    )$"""
)
# The same in camel case, as React and Facebook's plugin write them ("UFICommentActorSubtitle").
FURNITURE_CAMEL: Final = re.compile(r"[a-z](?:Subtitle|Badge|Actions|Meta|Header|Footer|Avatar|Timestamp|Name)$")

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
    if nodes:
        return nodes
    generic = _generic_candidates(tree)
    if generic:
        return generic
    return _candidates_by_data_id(tree) or _candidates_by_id(tree)


def _candidates_by_data_id(tree: LexborHTMLParser) -> list[LexborNode]:
    """Blocks carrying a comment id and holding text, outside sidebars ("article.reaction
    data-comment-id=…" on a French site whose class names the reader does not know)."""
    found = [
        node
        for node in tree.css(_DATA_ID)
        if node.css_first(_TEXT_INSIDE) is not None
        and not any(is_outside_region(n) for n in _ancestors(node, include_self=True))
    ]
    return found if len(found) >= 2 else []


def _candidates_by_id(tree: LexborHTMLParser) -> list[LexborNode]:
    """Elements whose id names a comment and a number ("IDComment-803311742", "comment_12") and
    that hold text, outside sidebars: systems whose class names say nothing (IntenseDebate's
    "idc-c") still give each comment a linkable id."""
    found: list[LexborNode] = []
    for node in _unique(tree.css(_BY_ID_SELECTOR)):
        ident = node.attributes.get("id") or ""
        if (
            _COMMENT_ID.search(ident) is not None
            and _ID_NOT_COMMENT.search(ident) is None
            and node.tag in ("div", "article", "section", "li")
            and len((node.text(deep=True) or "").split()) >= _MIN_WORDS_BY_ID
            and not any(is_outside_region(n) for n in _ancestors(node, include_self=True))
        ):
            found.append(node)
    return found if len(found) >= 2 else []


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
    for container in _outermost(tree.css(_CONTAINERS)):
        if any(is_outside_region(n) for n in _ancestors(container, include_self=True)):
            continue
        items = [li for li in container.css("li") if li.css_first("p, div, blockquote, cite, time") is not None]
        counts: dict[str, int] = {}  # in page order: of equal counts, the outermost token wins
        for block in container.css("div, article, section"):
            if block.css_first(_TEXT_INSIDE) is None:
                continue
            for token in _block_keys(block):
                if _is_block_token(token):
                    counts[token] = counts.get(token, 0) + 1
            ident = block.attributes.get("id")
            if ident and _COMMENT_ID.search(ident):
                counts[_BY_ID] = counts.get(_BY_ID, 0) + 1
        blocks: list[LexborNode] = []
        if counts:
            # A repeated key naming a comment beats a more repeated one that does not: utility
            # classes ("items-center") repeat more than Ghost's data-testid="comment-component".
            token, count = max(counts.items(), key=lambda kv: (kv[1] >= 2 and _names_comment(kv[0]), kv[1]))
            if count >= 2:
                blocks = [b for b in container.css("div, article, section") if _has_key(b, token)]
        found = _unique(items if len(items) >= len(blocks) else blocks)
        if len(found) > len(best):
            best = found
    return best


@functools.lru_cache(maxsize=4096)
def _is_block_token(token: str) -> bool:
    """A class that may name a comment block: comment-like, not its text, not its furniture."""
    return (
        _BLOCK_TOKEN.search(token) is not None
        and token not in CONTENT_PRIORITY
        and _CONTENT_WORD.search(token) is None
        and FURNITURE_TOKEN.match(token) is None
    )


@functools.lru_cache(maxsize=4096)
def _names_text(value: str) -> bool:
    """A class attribute with a token naming a comment's text ("ast-comment-content")."""
    return any(_CONTENT_WORD.search(token) for token in value.split())


def _has_key(block: LexborNode, key: str) -> bool:
    if key == _BY_ID:
        ident = block.attributes.get("id")
        return bool(ident) and _COMMENT_ID.search(ident) is not None  # type: ignore[arg-type]
    return key in _block_keys(block)


def _block_keys(block: LexborNode) -> list[str]:
    """A block's class tokens and its test id: React apps styled by utility classes ("flex
    w-full") name their parts only in ``data-testid`` (Ghost's "comment-component")."""
    tokens = class_tokens(block)
    test_id = block.attributes.get("data-testid")
    return [*tokens, test_id] if test_id else tokens


@functools.lru_cache(maxsize=4096)
def _names_comment(token: str) -> bool:
    return _COMMENT_STEM.search(token) is not None


def _outermost(nodes: list[LexborNode]) -> list[LexborNode]:
    """The matches not inside another match, in page order (html and body never count: a theme's
    body class may name comments). Each ancestor is looked at once, whatever the nesting."""
    matched = {node.mem_id for node in nodes if node.tag not in ("html", "body")}
    inside: dict[int, bool] = {}  # element -> whether a match encloses it
    out: list[LexborNode] = []
    for node in nodes:
        if node.mem_id not in matched:
            continue
        passed: list[int] = []
        parent = node.parent
        enclosed = False
        while parent is not None:
            key = parent.mem_id
            known = inside.get(key)
            if known is not None:
                enclosed = known or key in matched
                break
            if key in matched:
                enclosed = True
                break
            passed.append(key)
            parent = parent.parent
        for key in passed:
            inside[key] = enclosed
        if not enclosed:
            out.append(node)
    return out


def _ancestors(node: LexborNode, include_self: bool = False) -> list[LexborNode]:
    """The element's ancestors below body: a layout class on body ("right-sidebar") says nothing
    about where the comments are."""
    out: list[LexborNode] = [node] if include_self else []
    parent = node.parent
    while parent is not None and parent.tag not in (None, "html", "body", "-document"):
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
        candidate.depth = _depth(node, tokens)
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
                break
            crossed_box = crossed_box or hop.box
            if hop.follows is not None and candidate.parent is None:
                candidate.parent = hop.follows
            if hop.outside:
                candidate.dropped = True
                break
            parent = parent.parent
        if wrapped_in is not None:
            index_of[node.mem_id] = wrapped_in
            continue
        index_of[node.mem_id] = len(result)
        result.append(candidate)
    _parents_from_depth(result)
    for index, named in parent_by_attribute([c.node for c in result]).items():
        result[index].parent = named  # flat lists that name the parent in an attribute
    return result


@dataclass(frozen=True, slots=True)
class _Hop:
    """What one ancestor means to the comments below it; the page's comments share ancestors, so
    each is read once per page."""

    top: bool  # the page root, html or body: the walk up ends here
    box: bool  # a list or replies container: a comment below it is a reply, not a wrapper
    follows: int | None  # a replies container after a comment: the comment it answers
    outside: bool  # a sidebar, menu or footer


_TOP: Final = _Hop(top=True, box=False, follows=None, outside=False)


def _hop(node: LexborNode, index_of: dict[int, int], earlier: list[Candidate]) -> _Hop:
    """What ``node`` means to the comments below it. Computed when the first comment inside it is
    linked, so every comment before it is already known (``index_of``, ``earlier``)."""
    tag = node.tag
    if tag in (None, "html", "body", "-document"):
        return _TOP
    value = node.attributes.get("class")
    box = tag in ("ul", "ol") or (value is not None and _is_box_class(value))
    follows: int | None = None
    if box:
        follows = _comment_followed(node, index_of, earlier)
    return _Hop(top=False, box=box, follows=follows, outside=is_outside_region(node))


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
    kind = (box.tag, box.attributes.get("class"))
    sibling = box.prev
    while sibling is not None:
        if sibling.is_element_node and sibling.tag != "a" and (sibling.tag, sibling.attributes.get("class")) != kind:
            break
        sibling = sibling.prev
    if sibling is None:
        return None
    found = index_of.get(sibling.mem_id)
    if found is not None or not earlier:
        return found
    # An item holding the comment: the outermost comment of those just before the box, if inside it.
    index = len(earlier) - 1
    if not is_inside(earlier[index].node, sibling):
        return None
    while (up := earlier[index].parent) is not None and is_inside(earlier[up].node, sibling):
        index = up
    return index


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
