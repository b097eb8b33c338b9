"""Comments of a system no selector knows: the most repeated comment-like block in a box named for
comments, a thread, a discussion or a conversation (in any language ``comment_words`` knows).

``html_find`` asks this only where none of the known markups matched; its other fallbacks (blocks
carrying a comment's id, empty anchors) share the id pattern and the text test kept here.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_words import (
    COMMENT_ABBREVIATIONS,
    COMMENT_STEMS,
    CONTENT_PRIORITY,
    CONTENT_WORD,
    DISCUSSION_STEMS,
    FURNITURE_TOKEN,
    POST_WORDS,
    REPLIES_WORDS,
    TEXT_WORDS,
    alternation,
)
from threads.html_dom import ancestors, class_tokens
from threads.html_regions import is_outside_region

# Where an unknown system's comments may be: anything named for comments, a thread, a discussion
# or a conversation (Isso's #isso-thread, Livefyre's .fyre-comment-stream), or "have your say". Only the outermost
# of nested matches is searched.
_CONTAINERS: Final = ", ".join([
    "[id*='comment' i]", "[class*='comment' i]", "[id*='cmnt' i]", "[class*='cmnt' i]", "[id$='thread' i]",
    "[class*='discussion' i]", "[id*='discussion' i]", "[class*='conversation' i]", "[id*='conversation' i]",
    "#responses", ".responses",
    # "Have your say", the BBC's and Antipodean papers' name for their comments
    "[id*='have-your-say' i]", "[class*='have-your-say' i]", "[id*='haveyoursay' i]", "[class*='haveyoursay' i]",
])
# ... and in other languages (comment_words), searched only where the English names find nothing:
# each selector is tried on every element of the page.
_OTHER_CONTAINERS: Final = ", ".join(
    f"[{name}*='{stem}' i]"
    for stem in (*COMMENT_STEMS, *DISCUSSION_STEMS)
    if stem not in ("comment", "cmnt")
    for name in ("id", "class")
)
# A comment block of an unknown system holds a paragraph or an element named for a comment's text
# (any case: Facebook's plugin writes "UFICommentContent"), in any language TEXT_WORDS knows (a
# Polish portal's "komentarz-tresc"); a word holding another listed word adds nothing.
# (a word of three letters after a separator only: "isi" is in "visible", "txt" in "txt-muted" is not)
TEXT_INSIDE: Final = ", ".join(
    ["p"]
    + [
        f"[class*='{lead}{word}' i]"
        for word in TEXT_WORDS
        if not any(other != word and other in word for other in TEXT_WORDS)
        for lead in (("-", "_") if len(word) <= 3 else ("",))
    ]
)
# Comment elements an unknown system marks by id only: "IDComment-803311742", "comment_12", "c-4411",
# "comment-id-5123" (DataLife Engine), a post's "p118841".
# ("kommentar-88121": the word in another language, COMMENT_STEMS).
COMMENT_ID: Final = re.compile(
    r"(?i)(?:" + "|".join((*COMMENT_ABBREVIATIONS, *COMMENT_STEMS)) + r")\w{0,4}[-_]?(?:id[-_])?\w{0,12}\d|^c[-_]?\d{2,}$"
    r"|^com[-_]?\d{2,}$"  # a Romanian paper's "com-88120"
    r"|(?:^|[-_])reply[-_]?\d{5,}$"  # LiveRe's "lv-reply-29831402" (a reply to the story, its comments)
    r"|^p[-_]?\d{4,}$"  # a post's: phpBB's "p118841", and forums like it
    r"|^k[-_]?\d{4,}$"  # "k1188201": a komentarz, Kommentar, kommentti
    r"|^post-\d{8,}$"  # Disqus's "post-6432011875" where archive.today left no container's id
    r"|^res[-_]?\d{1,6}$"  # a Japanese board's response ("res12", レス)
)
_BY_ID: Final = "#id"
_NUMBERED_ID: Final = re.compile(r"\d{3,}$")
_COMMENT_STEM: Final = re.compile("(?i)" + alternation(COMMENT_STEMS))
_BLOCK_TOKEN: Final = re.compile(
    r"(?i)reply|response|post|entry|item|message|note|" + "|".join((*COMMENT_ABBREVIATIONS, *COMMENT_STEMS, *POST_WORDS))
)


def unique(nodes: list[LexborNode]) -> list[LexborNode]:
    """lexbor answers a selector list once per matching selector; keep each element once, in order."""
    seen: set[int] = set()
    out: list[LexborNode] = []
    for node in nodes:
        if node.mem_id not in seen:
            seen.add(node.mem_id)
            out.append(node)
    return out




def generic_candidates(tree: LexborHTMLParser) -> list[LexborNode]:
    """Comments of an unknown system: the most repeated comment-like element in a comments box.

    List items count when they hold a paragraph or a name or time (a list inside a comment's text
    holds only inline text); other blocks count when their class repeats on blocks holding text.
    """
    best = _generic_in(tree, _CONTAINERS)
    return best or _generic_in(tree, _OTHER_CONTAINERS)


# The blocks a comments box's comments may be: a list item only where it carries an id (a bare
# item wrapping a named block is not the comment; one carrying the comment's id is).
_BLOCKS: Final = "div, article, section, li[id], dl[id], td[id]"  # (a Japanese board's "dl.res#res3": its dt the header, dd the text; a 2008 Finnish paper's "td.kommentti#kommentti-55012", a table row per comment)


# A reaction's tally: its icon, its word and a count ("Lucu 0", Disqus's reactions in Indonesian).
_TALLY: Final = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)? \d{1,6}$")


def _is_tally(item: LexborNode) -> bool:
    """A list item that is an icon, a word and a count: a reaction's tally, no comment."""
    if item.css_first("img") is None:
        return False
    return _TALLY.match(" ".join((item.text(deep=True, separator=" ") or "").split())) is not None


def _generic_in(tree: LexborHTMLParser, containers: str) -> list[LexborNode]:
    best: list[LexborNode] = []
    for container in _boxes_of_alike(outermost(tree.css(containers))):
        if any(is_outside_region(n) for n in ancestors(container, include_self=True)):
            continue
        items = [li for li in container.css("li") if li.css_first("p, div, blockquote, cite, time") is not None and not _is_tally(li)]
        counts: dict[str, int] = {}  # in page order: of equal counts, the outermost token wins
        with_ids: dict[str, int] = {}  # of those, blocks carrying a comment's id
        holding_text: set[str] = set()  # every key of a block holding text, furniture-like or not
        for block in container.css(_BLOCKS):
            if block.css_first(TEXT_INSIDE) is None and not (block.tag == "dl" and block.css_first("dd") is not None):
                continue  # (a definition list's text is its dd: "dl.res#res3 > dd", a Japanese board's, unnamed)
            ident = block.attributes.get("id")
            has_id = bool(ident) and COMMENT_ID.search(ident) is not None  # type: ignore[arg-type]
            # A block with an id of its own ending in a number ("rc-20451") may be a comment
            # whatever its class is called ("rc": reader comment).
            numbered = has_id or (bool(ident) and _NUMBERED_ID.search(ident) is not None)  # type: ignore[arg-type]
            keys = _block_keys(block)
            holding_text.update(keys)
            for token in keys:
                if _is_block_token(token) or (numbered and _may_name_block(token)):
                    counts[token] = counts.get(token, 0) + 1
                    with_ids[token] = with_ids.get(token, 0) + has_id
            if has_id:
                counts[_BY_ID] = counts.get(_BY_ID, 0) + 1
        blocks: list[LexborNode] = []
        if counts:
            # A repeated key naming a comment beats a more repeated one that does not: utility
            # classes ("items-center") repeat more than Ghost's data-testid="comment-component";
            # of those, the one whose blocks carry the comments' ids (giscus's "gsc-comment", not
            # the "gsc-comment-box" inside it and around the new-comment form).
            # (a key counts with its replies' partner: Commentics' "cmtx_comment_box" and
            # "cmtx_reply_box" are as many as the "cmtx_comment_area" inside each)
            counts = {
                key: count + sum(counts.get(partner, 0) for partner in _reply_keys(key) if partner != key)
                for key, count in counts.items()
            }
            token, count = max(
                counts.items(),
                key=lambda kv: (kv[1] >= 2 and _names_comment(kv[0]), with_ids.get(kv[0], 0), kv[1]),
            )
            if count >= 2:
                # Its replies may be named apart: giscus's "gsc-comment" and "gsc-reply".
                chosen = {token, *(partner for partner in _reply_keys(token) if partner in holding_text)}
                if "--" in token:
                    # a BEM modifier names a kind of the block: its siblings name the others
                    # (Kinja's "reply--starter" opening each thread, "reply--child" under it)
                    name = token.partition("--")[0] + "--"
                    chosen.update(key for key in holding_text if key.startswith(name))
                blocks = [b for b in container.css(_BLOCKS) if any(_has_key(b, k) for k in chosen)]
        # Blocks named for comments beat bare list items: a React list wraps each comment block
        # in an unnamed <li>, and only the block carries the comment's id. So do blocks whose
        # names say nothing ("article.sc-kAzzGY", styled components) where each carries a
        # comment's id and no item does.
        named = bool(blocks) and (
            _names_comment(token)
            or (with_ids.get(token, 0) == len(blocks) and not any(li.attributes.get("id") for li in items))
        )
        found = unique(blocks if named or len(blocks) > len(items) else items)
        if len(found) > len(best):
            best = found
    return best


def _boxes_of_alike(containers: list[LexborNode]) -> list[LexborNode]:
    """``containers``, where two or more of one class, each with a numbered id, stand side by
    side in one parent, that parent in their place: the comments themselves, their classes
    naming them ("div.ks-comment#kf-c-88412" in "div.ks-list", a Facebook-like plugin), each no
    box of its own (two "section#comments" beside each other are boxes)."""
    beside: dict[tuple[int, str], list[LexborNode]] = {}
    for container in containers:
        parent = container.parent
        if parent is not None and (classes := container.attributes.get("class")) and any(
            c.isdigit() for c in container.attributes.get("id") or ""
        ):
            beside.setdefault((parent.mem_id, classes.split()[0]), []).append(container)
    boxed = {node.mem_id: group[0].parent for group in beside.values() if len(group) >= 2 for node in group}
    if not boxed:
        return containers
    kept: list[LexborNode] = []
    seen: set[int] = set()
    for container in containers:
        box = boxed.get(container.mem_id, container)
        if box is not None and box.mem_id not in seen:
            seen.add(box.mem_id)
            kept.append(box)
    return kept


@functools.lru_cache(maxsize=4096)
def _may_name_block(token: str) -> bool:
    """Any class but one naming a comment's text or furniture, or a depth ("rc--depth-2")."""
    return (
        token not in CONTENT_PRIORITY
        and CONTENT_WORD.search(token) is None
        and FURNITURE_TOKEN.match(token) is None
        and not any(c.isdigit() for c in token)
    )


@functools.lru_cache(maxsize=4096)
def _is_block_token(token: str) -> bool:
    """A class that may name a comment block: comment-like, not its text, not its furniture, not
    the box holding its replies ("p-comment__replies", "comment-children")."""
    return (
        _BLOCK_TOKEN.search(token) is not None
        and token not in CONTENT_PRIORITY
        and CONTENT_WORD.search(token) is None
        and FURNITURE_TOKEN.match(token) is None
        and _REPLIES_BOX.search(token) is None
    )


# The replies words that name only a box of replies ("replies", "children", "antworten"), not the
# generic ones a comment block's class may end in too ("thread", "item", "list", "svar").
_REPLIES_BOX: Final = re.compile(
    r"(?i)(?:^|[-_])(?:"
    + alternation(tuple(w for w in REPLIES_WORDS if w not in ("thread", "items", "list", "nested", "svar", "liste", "lista")))
    + ")$"
)


def _has_key(block: LexborNode, key: str) -> bool:
    if key == _BY_ID:
        ident = block.attributes.get("id")
        return bool(ident) and COMMENT_ID.search(ident) is not None  # type: ignore[arg-type]
    return key in _block_keys(block)


def _block_keys(block: LexborNode) -> list[str]:
    """A block's class tokens and its test id: React apps styled by utility classes ("flex
    w-full") name their parts only in ``data-testid`` (Ghost's "comment-component")."""
    tokens = class_tokens(block)
    test_id = block.attributes.get("data-testid")
    return [*tokens, test_id] if test_id else tokens


def _reply_keys(token: str) -> tuple[str, ...]:
    """The names a system gives its replies where it names them apart from its comments: the
    comment word replaced by "reply" ("gsc-comment" → "gsc-reply", "wpd-comment" → "wpd-reply"),
    or a top-level prefix by a nested one ("main-comment" → "sub-comment", a Thai portal's)."""
    swapped = _TOP_PREFIX.sub(lambda top: _NESTED_PREFIX[top.group(1).casefold()] + top.group(2), token, count=1)
    return (_COMMENT_STEM.sub("reply", token, count=1), swapped)


_TOP_PREFIX: Final = re.compile(r"(?i)^(main|parent|top|root)([-_])")
_NESTED_PREFIX: Final = {"main": "sub", "parent": "child", "top": "sub", "root": "child"}


@functools.lru_cache(maxsize=4096)
def _names_comment(token: str) -> bool:
    return _COMMENT_STEM.search(token) is not None


def outermost(nodes: list[LexborNode]) -> list[LexborNode]:
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
