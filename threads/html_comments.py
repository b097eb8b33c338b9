"""Each comment's own text, author, time and permalink id, out of the comment elements that
``html_thread`` found and linked.

A comment's fields sit somewhere in its own subtree (its replies' subtrees excluded), under class
names each theme chooses: one scan per page collects the best-ranked author, time and content
element of every comment (_scan_all), and furniture (buttons, votes, avatars, "says") is left out
of the text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_header import NAME_THEN_TIME, SAYS, clean_name
from threads.comment_words import (
    AUTHOR_PRIORITY,
    AUTHOR_WORDS,
    COMMENT_ABBREVIATIONS,
    COMMENT_STEMS,
    CONTENT_PRIORITY,
    FURNITURE_CAMEL,
    FURNITURE_TOKEN,
    POST_WORDS,
    TEXT_WORDS,
    TIME_PRIORITY,
    TIME_WORDS,
    alternation,
)
from threads.html_dom import definition_of, is_inside, node_lines
from threads.html_fields import (
    SUBMITTED,
    author_id,
    author_name,
    header_fields,
    permalink,
    posted_time,
    rdf_author,
    time_of,
)
from threads.html_find import find_candidates
from threads.html_reply_to import (
    MENTION_LINE,
    PARENT_ATTRS_SELECTOR,
    REFERENCE_SELECTOR,
    is_reply_to_link,
    link_target,
    mention_target,
    names_reply_to,
    parent_by_attribute,
    parent_by_reference,
    reply_target,
)
from threads.html_talk_page import SELECTOR as TALK_PAGE_COMMENT
from threads.html_talk_page import talk_page_comments
from threads.html_thread import Candidate, link
from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.page_furniture import is_furniture_line

_PING_TEXT: Final = re.compile(r"(?i)^(?:pingback|trackback)\s*:")

# The last word of a class naming a comment's author or time ("comment-who", "spcv_username",
# "fyre-comment-date", "spcv_timestamp").
# Other languages' words too ("kommentar__autor", "reaction__pseudo", "kommentar__zeit").
# A BEM modifier ("kt-label--author", Komento's badge) names a kind of something else, not a part.
_AUTHOR_SUFFIX: Final = re.compile(
    r"(?:(?i:^|(?<!-)[-_]|__)(?i:" + alternation(AUTHOR_WORDS) + r")|[a-z](?:Name|Author|UserName))$"
)
_TIME_SUFFIX: Final = re.compile(
    r"(?:(?i:^|[-_])(?i:" + alternation(TIME_WORDS) + r")|(?i:timestamp)|[a-z](?:Time|Date))$"
)
# A link to the commenter's profile page: the name, where no class names one (IntenseDebate).
_PROFILE_HREF: Final = re.compile(r"(?i)/(?:people|users?|u|profiles?|members?|author)/[^/?#]+/?$")
# ... or its text ("wpd-comment-text", "spcv_message-text", "ast-comment-content").
_CONTENT_SUFFIX: Final = re.compile(
    r"(?i)(?:^|[-_])(?:" + alternation((*COMMENT_STEMS, *COMMENT_ABBREVIATIONS, *POST_WORDS)) + r"\w{0,4}[-_]*" + alternation(TEXT_WORDS) + r"|message[-_]*(?:text|body))$"
)
_FRAGMENT: Final = re.compile(r"#((?:comment|post|c|reply)-?[\w-]{1,60})$")
# A line of separators only: the dot between a name and its date, left once both are read.
_SEPARATOR: Final = re.compile(r"^[\s·•|/\-–—:,.]+$")
_PROFILE_RANK: Final = 4  # below every class-named author element
_UNRANKED: Final = 99  # worse than every rank the tables give


def extract_comments(tree: LexborHTMLParser) -> list[ParsedComment]:
    """The page's comment forest, in page order."""
    if tree.css_first(TALK_PAGE_COMMENT) is not None:
        return talk_page_comments(tree)  # a wiki talk page: no element holds one comment
    nodes = find_candidates(tree)
    if not nodes:
        return []
    candidates = link(nodes)
    scope = nodes[0].parent or tree.root  # the thread's list: a flat list's comments are its children
    if scope is not None and scope.css_first(PARENT_ATTRS_SELECTOR) is not None:  # one pass in C; most have none
        for index, named in parent_by_attribute(_nodes_of(candidates)).items():
            candidates[index].parent = named  # flat lists that name the parent in an attribute
    if tree.css_first(REFERENCE_SELECTOR) is not None:
        for index, named in parent_by_reference(_nodes_of(candidates)).items():
            candidates[index].parent = named  # forums that name the post answered inside the post
    return _build(tree, candidates)


def _nodes_of(candidates: list[Candidate]) -> list[LexborNode]:
    return [candidate.node for candidate in candidates]


@dataclass
class _Own:
    """What one comment's own subtree (replies excluded) holds."""

    author: LexborNode | None = None
    author_rank: int = _UNRANKED
    author_id: str | None = None
    time: LexborNode | None = None
    time_rank: int = _UNRANKED
    shown: LexborNode | None = None  # the time printed by a class-named element, beside a hidden stamp
    shown_rank: int = _UNRANKED
    content: LexborNode | None = None
    content_rank: int = _UNRANKED
    permalink: str | None = None
    reply_to: str | None = None  # where an "in reply to" link points
    reply_name: str | None = None  # whom an "in reply to" tab without a link names (Discourse)
    handle: str | None = None  # the commenter's handle ("mkowalczyk" for Marta Kowalczyk)


# One selector, one walk in C: lexbor tests every selector of a list on every element, and
# seventeen class-substring selectors cost about twice the page's parse. Elements whose class
# says nothing (_class_ranks) are then passed over in Python, by a cached lookup per class value.
_SCAN_SELECTOR: Final = (
    ":is([class], time, cite, [itemprop], [data-username], [data-user-id], [data-author-id], [data-user-card],"
    " a[href*='#'],"
    " [data-comment-timestamp], [data-testid], [rel*='author'], [property*='author'], [typeof*='Person'])"
)
_SCAN_OTHER_ATTRS: Final = frozenset(
    {"itemprop", "data-username", "data-user-id", "data-author-id", "data-user-card", "data-comment-timestamp", "rel",
     "property"}
)
_NO_RANKS: Final = (_UNRANKED, _UNRANKED, _UNRANKED)


@functools.lru_cache(maxsize=4096)
def _class_ranks(value: str) -> tuple[int, int, int]:
    """The best author, time and content rank a class attribute gives its element.

    Themes repeat the same few class values on every comment, so each is read once. A suffix
    ("comment-who", "post-when") ranks 3, below every named class.
    """
    author = time = content = _UNRANKED
    for token in value.split():
        author = min(author, AUTHOR_PRIORITY.get(token, _UNRANKED))
        time = min(time, TIME_PRIORITY.get(token, _UNRANKED))
        content = min(content, CONTENT_PRIORITY.get(token, _UNRANKED))
        if _AUTHOR_SUFFIX.search(token):
            author = min(author, 3)
        if _CONTENT_SUFFIX.search(token):
            content = min(content, 3)
        if _TIME_SUFFIX.search(token):
            time = min(time, 3)
    return author, time, content


def _scan_all(candidates: list[Candidate], comment_ids: set[int]) -> dict[int, _Own]:
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
            value = _names_of(attrs)
            ranks = _class_ranks(value) if value else _NO_RANKS
            # A box named for the parent, around a link to the parent's own address (Discourse's
            # div.in-reply-to): the link has no class or fragment of its own to be scanned by.
            reply_box = tag != "a" and value is not None and names_reply_to(value)
            if (
                ranks == _NO_RANKS and not reply_box and tag not in ("time", "a", "cite")
                and _SCAN_OTHER_ATTRS.isdisjoint(attrs)
            ):
                continue
            owner_key = _owner(element, owner_of)
            if owner_key is None:
                continue
            own = owns.get(owner_key)
            if own is None:
                own = owns[owner_key] = _Own()
            _apply(own, element, tag, attrs, ranks)
            if reply_box and own.reply_to is None and (link := element.css_first("a[href]")) is not None:
                href = link.attributes.get("href")
                if href and is_reply_to_link(link, link.attributes):
                    own.reply_to = href
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
    if author < own.author_rank or (
        author == own.author_rank < _UNRANKED and own.author is not None and is_inside(element, own.author)
    ):
        # Better ranked, or as good and inside the one found: a wrapper marking the post's
        # author ("wpd-blog-post_author") around the element holding the name.
        own.author, own.author_rank = element, author
    if time < own.time_rank:
        own.time, own.time_rank = element, time
    if time < own.shown_rank:
        own.shown, own.shown_rank = element, time
    if content < own.content_rank or (
        content == own.content_rank < _UNRANKED and own.content is not None and is_inside(element, own.content)
    ):
        # As good and inside: the more precise (Drupal's body field inside "comment__content",
        # which holds the comment's subject too).
        own.content, own.content_rank = element, content
    if tag == "cite" and own.author_rank > 3:
        own.author, own.author_rank = element, 3  # a bare <cite> holds the name (tagDiv, classic themes)
    if (tag == "time" or "data-comment-timestamp" in attrs) and own.time_rank > 0:
        own.time, own.time_rank = element, 0  # Drupal marks each comment with its epoch in a hidden span
    itemprop = attrs.get("itemprop")
    if own.author_rank > 1 and (itemprop == "author" or rdf_author(attrs)):
        own.author, own.author_rank = element, 1  # microdata, or RDFa as Drupal writes it
    elif itemprop in ("text", "commentText") and own.content_rank > 0:
        own.content, own.content_rank = element, 0
    for name in ("data-username", "data-user-id", "data-author-id"):
        value = attrs.get(name)
        if value and own.author_id is None and value != "0":
            own.author_id = value
    if own.handle is None:
        own.handle = attrs.get("data-user-card") or attrs.get("data-username")  # as "reply to" tabs name them
    if tag == "a":
        href = attrs.get("href") or ""
        if not href and own.reply_name is None and names_reply_to(attrs.get("class") or ""):
            own.reply_name = " ".join(element.text(deep=True).split()) or None  # Discourse's "reply-to-tab"
        if own.reply_to is None and is_reply_to_link(element, attrs):
            own.reply_to = link_target(attrs)
            return
        if own.author_rank > _PROFILE_RANK and _PROFILE_HREF.search(href):
            own.author, own.author_rank = element, _PROFILE_RANK
        if own.permalink is None:
            match = _FRAGMENT.search(href)
            if match is not None:
                own.permalink = match.group(1)


def _names_of(attrs: dict[str, str | None]) -> str | None:
    """An element's class, and its ``data-testid`` where it has one: React apps styled by generated
    classes ("css-1huomsp") name their parts only there ("user-name", "comment-body")."""
    value = attrs.get("class")
    test_id = attrs.get("data-testid")
    if test_id:
        return f"{value} {test_id}" if value else test_id
    return value


def _is_furniture(element: LexborNode) -> bool:
    value = _names_of(element.attributes)
    if value and _furniture_class(value):
        return True
    return element.tag in ("header", "footer")


@functools.lru_cache(maxsize=4096)
def _furniture_class(value: str) -> bool:
    """Whether a class attribute marks comment furniture; read once per class value, as themes
    repeat the same few on every comment."""
    return any(FURNITURE_TOKEN.match(t) or FURNITURE_CAMEL.search(t) for t in value.split())


def _build(tree: LexborHTMLParser, candidates: list[Candidate]) -> list[ParsedComment]:
    comment_ids = {c.node.mem_id for c in candidates}
    position = {c.node.mem_id: index for index, c in enumerate(candidates)}
    owns = _scan_all(candidates, comment_ids)
    handles = [own.handle if (own := owns.get(c.node.mem_id)) is not None else None for c in candidates]
    built: list[ParsedComment | None] = []
    parent_of: list[int | None] = []
    seen_ids: dict[str, int] = {}
    # A comment printed twice (a "Picks" tab before "All") is kept at its first place; replies
    # nested under the second copy hang from the first.
    copy_of: dict[int, int] = {}
    roots: list[ParsedComment] = []
    for index, candidate in enumerate(candidates):
        parent_index = candidate.parent
        if parent_index is not None:
            parent_index = copy_of.get(parent_index, parent_index)
        if candidate.dropped or (parent_index is not None and built[parent_index] is None):
            built.append(None)
            parent_of.append(None)
            continue
        own = owns.get(candidate.node.mem_id) or _Own()
        comment = _read(candidate.node, comment_ids, own)
        first = seen_ids.get(comment.external_id) if comment is not None and comment.external_id is not None else None
        if comment is None or first is not None:
            if first is not None:
                copy_of[index] = first
            built.append(None)
            parent_of.append(None)
            continue
        if own.reply_to is not None:
            parent_index = reply_target(
                tree, own.reply_to, position, index, parent_index, built, parent_of, nested=candidate.nested
            )
        if own.reply_to is None and own.reply_name is not None:
            named = mention_target(
                own.reply_name, index, parent_index, candidate.nested, built, parent_of, handles
            )
            parent_index = named if named is not None else parent_index
        mention = MENTION_LINE.match(comment.body.split("\n\n", 1)[0]) if comment.body.startswith("@") else None
        if mention is not None:
            target = mention_target(mention.group(1), index, parent_index, candidate.nested, built, parent_of)
            if target is not None or parent_index is not None:
                # The line only said whom it answers: the comment it names, or (an "@Anonymous"
                # no name can be matched to) the one the markup nests it under.
                parent_index = target if target is not None else parent_index
                comment.body = comment.body.partition("\n\n")[2]
        if comment.external_id is not None:
            seen_ids[comment.external_id] = index
        built.append(comment)
        parent_of.append(parent_index)
        parent = built[parent_index] if parent_index is not None else None
        (parent.replies if parent is not None else roots).append(comment)
    return _without_empty_leaves(roots)


def _without_empty_leaves(roots: list[ParsedComment]) -> list[ParsedComment]:
    """Comment elements with no text, no author and no replies are not comments: a comment
    form's preview box, a deleted comment's empty shell."""
    stack = [roots]
    while stack:
        siblings = stack.pop()
        siblings[:] = [c for c in siblings if c.body or c.author_name or c.replies]
        stack.extend(c.replies for c in siblings if c.replies)
    return roots


def _read(node: LexborNode, comment_ids: set[int], own: _Own) -> ParsedComment | None:
    """One comment's fields, or None for a pingback that only its text gives away."""

    # The name and time elements the scan found by their class are not text either, whatever
    # their class says ("UFICommentActorName" sits inside Facebook's content element).
    named = {
        e.mem_id
        for e, rank in ((own.author, own.author_rank), (own.time, own.time_rank))
        if e is not None and rank <= _PROFILE_RANK
    }

    def skip(element: LexborNode) -> bool:
        key = element.mem_id
        return key in comment_ids or key in named or _is_furniture(element)

    author = author_name(own.author) if own.author is not None else None
    created = time_of(own.time) if own.time is not None else None
    if created is not None and own.shown is not None and own.time is not None and own.shown is not own.time and (
        "data-comment-timestamp" in own.time.attributes
    ):
        created = posted_time(created, own.shown)
    byline = False
    if own.time is not None and (author is None or created is None):
        submitted = SUBMITTED.match(" ".join((own.time.text(deep=True, separator=" ") or "").split()))
        if submitted is not None:
            # An anonymous byline ("by Anonymous Coward on ...") names nobody: no other element
            # (the comment's subject heading) is its name.
            byline = True
            author = author or clean_name(submitted.group(1))
            created = created or parse_time(submitted.group(2))
    if author is not None and created is None:
        combined = NAME_THEN_TIME.match(author)
        if combined is not None and parse_time(combined.group("time")) is not None:
            author = clean_name(combined.group("name"))
            created = parse_time(combined.group("time"))
    if own.content is not None and (own.author is None and author is None or own.time is None and created is None):
        header_author, header_time = header_fields(node, own.content, comment_ids)
        if own.author is None and author is None and not byline:
            author = header_author
        if own.time is None and created is None:
            created = header_time
    root = own.content if own.content is not None else node
    if node.tag == "dt" and own.content is None:
        # A definition list's comment: the text is the dd after its head, without the replies'
        # nested list.
        root = definition_of(node) or node
        nested = skip
        skip = lambda element: element.tag == "dl" or nested(element)  # noqa: E731
    lines = [
        line for line in node_lines(root, skip, quotes=True) if not is_furniture_line(line) and not _SEPARATOR.match(line)
    ]
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
        external_id=permalink(node, own.permalink),
        author_name=author,
        author_external_id=author_id(node, own.author_id) if author else None,
        created_at=created,
    )
