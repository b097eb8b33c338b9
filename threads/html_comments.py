"""Reader comments out of a saved HTML page: each comment's text, author, time, permalink id and
parent.

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
from datetime import datetime
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_header import NAME_THEN_TIME, SAYS, clean_name
from threads.html_dom import class_tokens, is_outside_region, node_lines
from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.page_furniture import is_furniture_line

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
_PING_TEXT: Final = re.compile(r"(?i)^(?:pingback|trackback)\s*:")

_AUTHOR_PRIORITY: Final = {
    "fn": 0, "coral-comment-username": 0, "comment__author": 1, "comment-author-name": 1,
    "author-name": 1, "username": 1, "comment-username": 1, "commenter-name": 1, "commenter": 2,
    "comment-author": 2, "author": 2, "user-name": 2, "nickname": 2, "post-author": 2,
}
_TIME_PRIORITY: Final = {
    "coral-comment-timestamp": 1, "comment-date": 1, "comment-time": 1, "comment__time": 1,
    "comment-timestamp": 1, "time-ago": 1, "timestamp": 2, "date": 2, "posted": 2, "published": 2,
    "comment-metadata": 3, "commentmetadata": 3, "comment-meta": 3, "post-meta": 3, "submitted": 3,
    "meta": 4,
}
_CONTENT_PRIORITY: Final = {
    "comment-content": 0, "comment__content": 0, "post-message": 0, "coral-comment-content": 0,
    "field-name-comment-body": 0, "field--name-comment-body": 0, "comment-text": 0, "comment-message": 0,
    "comment-body-text": 0, "commenttext": 0, "message": 1, "text": 2, "content": 2,
}
# Inside a comment, never its text: who and when, buttons, votes, avatars, nested reply boxes.
_FURNITURE_TOKEN: Final = re.compile(
    r"""(?ix)^(?:.*[-_])?(?:
        reply|reply-?link|replybutton|meta|metadata|commentmetadata|actions?|actionbar|footer|author
      | author-name|avatar|vcard|byline|likes?|likebox|like-?button|rating|votes?|voting|share|sharing
      | sharedaddy|says|edit-?link|permalink|timestamp|time|time-ago|date|submitted|links|menu|toolbar
      | buttons?|username|user-?name|in-?reply-?to|inreplyto|awaiting-?moderation|moderation|flag
      | report|badges?|usertag|user-?tag|commenttag|header|fn|signature|user-?info|name|when|who|nick
    )$"""
)
_AUTHOR_SUFFIX: Final = re.compile(r"(?i)(?:^|[-_])(?:name|author|user|who|nick)$")
_TIME_SUFFIX: Final = re.compile(r"(?i)(?:^|[-_])(?:when|date|time|posted)$")
_SUBMITTED: Final = re.compile(r"(?i)^(?:submitted|posted)\s+by\s+(.+?)\s+on\s+(.+)$")
_ID_PREFIX: Final = re.compile(r"^(?:li-|div-)(?=comment-)")
_FRAGMENT: Final = re.compile(r"#((?:comment|post|c|reply)-?[\w-]{1,60})$")
_UNRANKED: Final = 99  # worse than every rank the tables give


@dataclass
class _Candidate:
    node: LexborNode
    parent: int | None = None
    depth: float | None = None
    dropped: bool = False  # sidebar, pingback, or inside one
    nested: bool = False  # inside another candidate (scanned with it)


def extract_comments(tree: LexborHTMLParser) -> list[ParsedComment]:
    """The page's comment forest, in page order."""
    nodes = _unique(tree.css(_CANDIDATES))
    if not nodes:
        nodes = _generic_candidates(tree)
    if not nodes:
        return []
    candidates = _link(nodes)
    return _build(candidates)


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
                if _BLOCK_TOKEN.search(token) and token not in _CONTENT_PRIORITY and not _FURNITURE_TOKEN.match(token):
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


def _link(nodes: list[LexborNode]) -> list[_Candidate]:
    """Each candidate's parent, whether it is dropped, and wrappers folded into their comment."""
    index_of: dict[int, int] = {}
    hops: dict[int, _Hop] = {}
    result: list[_Candidate] = []
    for node in nodes:
        tokens = class_tokens(node)
        candidate = _Candidate(node=node, dropped=any(_PING_TOKEN.search(t) for t in tokens))
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


def _parents_from_depth(candidates: list[_Candidate]) -> None:
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


@dataclass
class _Own:
    """What one comment's own subtree (replies excluded) holds."""

    author: LexborNode | None = None
    author_rank: int = _UNRANKED
    author_id: str | None = None
    time: LexborNode | None = None
    time_rank: int = _UNRANKED
    content: LexborNode | None = None
    content_rank: int = _UNRANKED
    permalink: str | None = None


# One selector, one walk in C: lexbor tests every selector of a list on every element, and
# seventeen class-substring selectors cost about twice the page's parse. Elements whose class
# says nothing (_class_ranks) are then passed over in Python, by a cached lookup per class value.
_SCAN_SELECTOR: Final = (
    ":is([class], time, [itemprop], [data-username], [data-user-id], [data-author-id], a[href*='#'])"
)
_SCAN_OTHER_ATTRS: Final = frozenset({"itemprop", "data-username", "data-user-id", "data-author-id"})
_NO_RANKS: Final = (_UNRANKED, _UNRANKED, _UNRANKED)


@functools.lru_cache(maxsize=4096)
def _class_ranks(value: str) -> tuple[int, int, int]:
    """The best author, time and content rank a class attribute gives its element.

    Themes repeat the same few class values on every comment, so each is read once. A suffix
    ("comment-who", "post-when") ranks 3, below every named class.
    """
    author = time = content = _UNRANKED
    for token in value.split():
        author = min(author, _AUTHOR_PRIORITY.get(token, _UNRANKED))
        time = min(time, _TIME_PRIORITY.get(token, _UNRANKED))
        content = min(content, _CONTENT_PRIORITY.get(token, _UNRANKED))
        if _AUTHOR_SUFFIX.search(token):
            author = min(author, 3)
        if _TIME_SUFFIX.search(token):
            time = min(time, 3)
    return author, time, content


def _scan_all(candidates: list[_Candidate], comment_ids: set[int]) -> dict[int, _Own]:
    """Each comment's own author, time, content and permalink elements (replies excluded).

    One CSS query per outermost comment instead of a Python walk over every element: each hit
    belongs to its nearest enclosing comment, and is applied in page order, as a walk would. The
    owner of every element passed on the way up is remembered, so siblings climb one step.
    """
    owns: dict[int, _Own] = {}
    owner_of: dict[int, int] = {key: key for key in comment_ids}
    for candidate in candidates:
        if candidate.nested or candidate.dropped:
            continue
        for element in candidate.node.css(_SCAN_SELECTOR):
            key = element.mem_id
            if key in comment_ids:
                continue
            attrs = element.attributes
            tag = element.tag
            value = attrs.get("class")
            ranks = _class_ranks(value) if value else _NO_RANKS
            if ranks == _NO_RANKS and tag not in ("time", "a") and _SCAN_OTHER_ATTRS.isdisjoint(attrs):
                continue
            owner_key = _owner(element, owner_of)
            if owner_key is None:
                continue
            own = owns.get(owner_key)
            if own is None:
                own = owns[owner_key] = _Own()
            _apply(own, element, tag, attrs, ranks)
    return owns


def _owner(element: LexborNode, owner_of: dict[int, int]) -> int | None:
    """The mem_id of the nearest comment enclosing ``element``, remembered for the elements passed."""
    passed: list[int] = []
    node = element.parent
    found: int | None = None
    while node is not None:
        key = node.mem_id
        found = owner_of.get(key)
        if found is not None:
            break
        passed.append(key)
        node = node.parent
    if found is not None:
        for key in passed:
            owner_of[key] = found
    return found


def _apply(
    own: _Own, element: LexborNode, tag: str | None, attrs: dict[str, str | None], ranks: tuple[int, int, int],
) -> None:
    """What one element of a comment says about it; earlier and better-ranked elements win."""
    author, time, content = ranks
    if author < own.author_rank:
        own.author, own.author_rank = element, author
    if time < own.time_rank:
        own.time, own.time_rank = element, time
    if content < own.content_rank:
        own.content, own.content_rank = element, content
    if tag == "time" and own.time_rank > 0:
        own.time, own.time_rank = element, 0
    itemprop = attrs.get("itemprop")
    if itemprop == "author" and own.author_rank > 1:
        own.author, own.author_rank = element, 1
    elif itemprop in ("text", "commentText") and own.content_rank > 0:
        own.content, own.content_rank = element, 0
    for name in ("data-username", "data-user-id", "data-author-id"):
        value = attrs.get(name)
        if value and own.author_id is None and value != "0":
            own.author_id = value
    if tag == "a" and own.permalink is None:
        match = _FRAGMENT.search(attrs.get("href") or "")
        if match is not None:
            own.permalink = match.group(1)


def _is_furniture(element: LexborNode) -> bool:
    value = element.attributes.get("class")
    if value and _furniture_class(value):
        return True
    return element.tag in ("header", "footer")


@functools.lru_cache(maxsize=4096)
def _furniture_class(value: str) -> bool:
    """Whether a class attribute marks comment furniture; read once per class value, as themes
    repeat the same few on every comment."""
    return any(_FURNITURE_TOKEN.match(t) for t in value.split())


def _build(candidates: list[_Candidate]) -> list[ParsedComment]:
    comment_ids = {c.node.mem_id for c in candidates}
    owns = _scan_all(candidates, comment_ids)
    built: list[ParsedComment | None] = []
    seen_ids: set[str] = set()
    roots: list[ParsedComment] = []
    for candidate in candidates:
        parent = built[candidate.parent] if candidate.parent is not None else None
        if candidate.dropped or (candidate.parent is not None and parent is None):
            built.append(None)
            continue
        comment = _read(candidate.node, comment_ids, owns.get(candidate.node.mem_id) or _Own())
        if comment is None or (comment.external_id is not None and comment.external_id in seen_ids):
            built.append(None)
            continue
        if comment.external_id is not None:
            seen_ids.add(comment.external_id)
        built.append(comment)
        (parent.replies if parent is not None else roots).append(comment)
    return roots


def _read(node: LexborNode, comment_ids: set[int], own: _Own) -> ParsedComment | None:
    """One comment's fields, or None for a pingback that only its text gives away."""

    def skip(element: LexborNode) -> bool:
        return element.mem_id in comment_ids or _is_furniture(element)

    author = _author_name(own.author) if own.author is not None else None
    created = _time_of(own.time) if own.time is not None else None
    if own.time is not None and (author is None or created is None):
        submitted = _SUBMITTED.match(" ".join((own.time.text(deep=True, separator=" ") or "").split()))
        if submitted is not None:
            author = author or clean_name(submitted.group(1))
            created = created or parse_time(submitted.group(2))
    if author is not None and created is None:
        combined = NAME_THEN_TIME.match(author)
        if combined is not None and parse_time(combined.group("time")) is not None:
            author = clean_name(combined.group("name"))
            created = parse_time(combined.group("time"))
    root = own.content if own.content is not None else node
    lines = [line for line in node_lines(root, skip) if not is_furniture_line(line)]
    # startswith first: the sub is what it costs on a long first paragraph, and can only
    # leave ``author`` when the line starts with it.
    if author and lines and lines[0].startswith(author) and SAYS.sub("", lines[0]) == author:
        lines = lines[1:]
    elif author is None and created is None and len(lines) > 1:
        header = NAME_THEN_TIME.match(lines[0])
        if header is not None and parse_time(header.group("time")) is not None:
            author = clean_name(header.group("name"))
            created = parse_time(header.group("time"))
            lines = lines[1:]
    if lines and _PING_TEXT.match(lines[0]):
        return None
    return ParsedComment(
        body="\n\n".join(lines),
        external_id=_permalink(node, own),
        author_name=author,
        author_external_id=_author_id(node, own) if author else None,
        created_at=created,
    )


def _author_id(node: LexborNode, own: _Own) -> str | None:
    for name in ("data-comment-user-id", "data-user-id", "data-author-id"):
        value = node.attributes.get(name)
        if value and value != "0":
            return value
    return own.author_id


def _author_name(element: LexborNode) -> str | None:
    lines = node_lines(element, lambda e: e.tag in ("img", "svg") or "says" in class_tokens(e))
    return clean_name(lines[0]) if lines else None


def _time_of(element: LexborNode) -> datetime | None:
    attrs = element.attributes
    for name in ("datetime", "data-time", "data-timestamp", "title", "content"):
        found = parse_time(attrs.get(name))
        if found is not None:
            return found
    for inner in element.css("time, [datetime], [title], [content]"):
        for name in ("datetime", "title", "content"):
            found = parse_time(inner.attributes.get(name))
            if found is not None:
                return found
    text = " ".join((element.text(deep=True, separator=" ") or "").split())
    found = parse_time(text)
    if found is None and len(text) > 30:
        # "Jane Roe on March 3, 2021 at 5:12 pm said:": try the tail after " on ".
        tail = re.split(r"(?i)\bon\s+", text, maxsplit=1)
        found = parse_time(tail[-1]) if len(tail) == 2 else None
    return found


def _permalink(node: LexborNode, own: _Own) -> str | None:
    ident = node.attributes.get("id")
    if ident:
        return _ID_PREFIX.sub("", ident)[:255]
    sibling = node.prev
    while sibling is not None and not sibling.is_element_node:
        sibling = sibling.prev
    if sibling is not None and sibling.tag == "a":
        anchor = sibling.attributes.get("id") or sibling.attributes.get("name")
        if anchor:
            return anchor[:255]
    for name in ("data-comment-id", "data-id", "data-post-id"):
        value = node.attributes.get(name)
        if value:
            return f"comment-{value}"[:255]
    return own.permalink
