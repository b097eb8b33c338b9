"""Which elements of a saved page are its comments: the known markups, else a guess.

The known markups (WordPress ``li.comment``, Drupal ``div.comment``, Disqus ``li.post``, Coral's
``.coral-comment`` ...) are matched in C by one selector list. Anything else: the most repeated
block or list item inside a container named for comments (``html_find_generic``), then blocks
carrying a ``data-comment-id``, then elements whose id names a comment and a number, then the
blocks after empty anchors, then blocks known by their parts' names (``html_find_parts``), then
blocks known only by what they share: ids of one family, one inline style (``html_find_families``).
``html_thread`` then links what is found into a tree.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_words import (
    COMMENT_ABBREVIATIONS,
    COMMENT_STEMS,
    POST_WORDS,
)
from threads.html_dom import (
    ancestors,
    class_tokens,
    first_element,
    is_inside,
    next_element,
    pings,
)
from threads.html_find_families import (
    candidates_by_id_family,
    candidates_by_object_id,
    candidates_by_style_family,
    holds_a_comment,
    parents_one_family,
)
from threads.html_find_generic import COMMENT_ID, TEXT_INSIDE, generic_candidates, unique
from threads.html_find_parts import candidates_by_parts
from threads.html_find_removed import with_removed_beside
from threads.html_regions import is_outside_region

# Every known comment element, matched in C. Generic pages are handled by _generic_candidates.
_CANDIDATES: Final = ", ".join([
    "li.comment", "article.comment", "div.comment", "section.comment",
    "li.pingback", "li.trackback",
    # (WordPress's lists by their exact names: in a page without a doctype lexbor matches class
    # selectors in any case, and a React list's "ul.commentList" holds only a thread's first comments)
    "[class~='commentlist'] > li", "[class~='comment-list'] > li",
    "li[id^='li-comment-']", "li[id^='comment-']",
    "#disqus_thread li.post", "ul#post-list li.post", ".coral-comment", ".coral-comment-deleted", ".coral-deletedTombstone", ".coral-deletedTombstoneContainer", ".coral-comment-tombstone",
    "[class*='coral-'][class*='Tombstone'][id]",  # (every other tombstone of Coral's with its comment's id: a rejected comment's "coral-rejectedTombstone")
    "li.postcontainer",  # vBulletin 4's posts under an article
    "article.message--post",  # XenForo 2's posts
    "ol#messageList > li.message",  # ... and XenForo 1's
    "li.kmt-item",  # Komento (Joomla): a flat list naming each comment's parent
    "div.post.bg1", "div.post.bg2",  # phpBB's posts (prosilver): flat, a quote's arrow links the post it answers
    "li.b-post",  # vBulletin 5
    "div.post_wrapper",  # Simple Machines Forum 2
    "#posts > div.post[id^='post_']",  # MyBB
    "#posts table.tborder[id^='post']",  # vBulletin 3: a table per post
    "#postlist > div[id^='post_'] > table[id^='pid']",  # Discuz! (7 and X): a table per post, "pid" and its number
    "div[id^='comment-item-']",  # JComments (Joomla): the replies' list after each item
    "div[id^='commento-comment-card-']",  # Commento: each card by its id, its classes gone (archive.today)
    "li[component='post'][data-pid]",  # NodeBB
    "div.PostStream-item[data-type='comment']",  # Flarum (other item types are notices: "stickied")
    "article[id^='post_'][data-post-id]",  # Discourse's own topic page
    "div.crawler-post[id^='post_']",  # ... and its print and crawler view
    "article.nested-post__article",  # ... in its nested view, the replies in the box after each post
    "div.wc-comment",  # wpDiscuz 5 and older: its replies nest inside it, its id inside that
    "shreddit-comment",  # Reddit's own page: a custom element per comment, replies nested in it
    ".comment-item", ".comment-entry", ".single-comment", ".comment-single",
    ".reply-item",  # a reply beside ".comment-item", named apart (Korean papers' own systems)
    "li.cmt-item",  # ... beside a "cmt-item" (Chinese and Korean papers' own systems)
    # YouTube (Polymer): a thread holds its first comment and the box of its replies
    "ytd-comment-thread-renderer", "ytd-comment-replies-renderer :is(ytd-comment-view-model, ytd-comment-renderer)",
    "div.status[data-id]",  # Mastodon's web view of a thread: the replies under the focused post
    "li.u_cbox_comment",  # Naver's comment box ("cbox"), under most Korean news
    "div.message[id^='kmsg-']",  # Kunena (Joomla's forum)
    "li:has(> div.bbp-reply-header)",  # bbPress: an item holding a reply's header, its body, its replies
    "div.qa-q-view", "div.qa-a-list-item", "div.qa-c-list-item",  # Question2Answer: question, answers, comments
    "div#question.question", "div.answer[id^='answer-']",  # Stack Exchange (its comments are "li.comment")
    "div.thread > div.post[data-id]",  # 5ch and textboards like it: numbered posts, ">>12" naming the post answered
    "[comment-type='itemWrap']", "[comment-type='replyItem']",  # Sina's and Chinese portals' comment lists
    "div[data-testid='responseItem']",  # Medium's responses (utility classes only; replies nest inside)
    "div.forum-post[id^='post-']",  # Drupal's Advanced Forum: the topic's first post too, outside "#forum-comments"
    "ul.forum div.forum-message[id^='forum']",  # SPIP's forum under an article: replies in the list after each message
    "div.contribution[id]",  # Czech papers' discussions (iDNES and its like): a flat list, the level in a class
    "div.history > div.message.default",  # Telegram Desktop's export of a channel's comments
    "div.tgme_widget_message[data-post-id]",  # Telegram's discussion widget: a flat list, a quote naming the parent
    "section[data-message-id]",  # Google Groups' thread view: obfuscated classes, the message's id only
    "article[data-testid='tweet'][tabindex='0']",  # X's web app: a conversation's replies (the focused post, tabindex -1, is the story)
    # Bluesky's web app: a thread's posts (the anchor post, the only one linking to its likes, is the story)
    "div[data-testid^='postThreadItem-by-']:not(:has(a[href$='/liked-by']))",
    "div._3-8y[direction='left']",  # Facebook's comments plugin, where its classes no longer say "UFIComment"
    "div.email:has(> div.email-header[id])",  # HyperKitty (Mailman 3's archive): replies flat, indented by margins
    "div.mx_Export_EventWrapper:has(> li.mx_EventTile:not(.mx_EventTile_info))",  # Element's (Matrix), not "X joined"
    # a definition list of comments: the dt is the comment's head, its text in the dd after it
    "dl > dt[id*='comment' i]", "dl#comments-block > dt.comment-author",  # ... and classic Blogger's
])
# Blocks carrying their comment's id, whatever their classes say and in whatever language: a
# fallback, as buttons inside a comment carry the id too (the Guardian's recommend box).
_DATA_ID: Final = (
    "article[data-comment-id], li[data-comment-id], div[data-comment-id], section[data-comment-id],"
    " div[data-message-id], li[data-message-id]"  # (HyperComments' "div.hc__message[data-message-id]")
)
# ... but not its parts or its form: "comment-body-12", "comment-form-3", "commentreply_12".
_REPLY_NUMBER: Final = re.compile(r"(?i)reply[-_]?(?=\d{5,}$)")
_ID_NOT_COMMENT: Final = re.compile(r"(?i)body|text|content|message|form|reply|respond|meta|author|date|vote")
_BY_ID_SELECTOR: Final = ", ".join(
    [*(f"[id*='{stem}' i]" for stem in (*COMMENT_STEMS, *COMMENT_ABBREVIATIONS)), "[id^='c' i]", "[id^='p' i]", "[id^='k' i]", "[id*='reply' i]", "[id^='res' i]"]
)
def find_candidates(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's comment elements in page order: the known markups, else the generic guess; not
    a social thread's focused post, which the page is about (Substack's "note-focused" over its
    replies): that is the story."""
    found = with_removed_beside(tree, _find_candidates(tree))
    if tree.css_first("[data-testid$='-focused']") is None:
        return found
    return [node for node in found if not (node.attributes.get("data-testid") or "").endswith("-focused")]


def _find_candidates(tree: LexborHTMLParser) -> list[LexborNode]:
    nodes = [node for node in unique(tree.css(_CANDIDATES)) if not _named_item_without_number(node) and not _form_box(node)]
    if nodes and all(any(is_outside_region(n) for n in ancestors(node, include_self=True)) for node in nodes):
        nodes = []  # only a sidebar's "latest comments" reuse a known markup ("div.comment-item"): the thread is elsewhere
    if nodes and all(pings(class_tokens(node)) for node in nodes):
        nodes = []  # WordPress's ping class on a system's own list ("li.tilbakelenke.pingback" among "li.kommentar")
    if nodes and tree.css_first("div.crawler-post") is not None and tree.css_first("article[data-post-id]") is not None:
        # Discourse's topic page also holds its crawler view of the same posts: one copy is enough
        nodes = [node for node in nodes if not (node.tag == "div" and "crawler-post" in (node.attributes.get("class") or ""))]
    if nodes:
        return _rows_of(tree, _with_nested_alike(tree, _id_holders_of(_without_parts(nodes), _HOLDER_LEVELS)))
    generic = [node for node in generic_candidates(tree) if not _form_box(node)]
    if generic:
        found = _id_holders_of(generic)
        # A system naming its comments with a word that also names a comments box ("posting", an
        # Austrian paper's) makes each thread a box of its own: the search kept one thread. Every
        # comment's id finds them all.
        by_id = _candidates_by_id(tree)
        kept = {n.mem_id for n in found}
        if len(by_id) > len(found) and kept <= {n.mem_id for n in by_id} and not any(
            is_inside(node, other) or is_inside(other, node) for other in by_id if other.mem_id not in kept for node in found
        ):
            # (more comments beside them, not a box around them, BLOX's "tncms-comments-…", nor
            # a part inside one, Invision's "comment-5561207_wrap")
            return by_id
        return found
    return (
        _candidates_by_data_id(tree) or _candidates_by_id(tree) or _candidates_by_anchor(tree)
        or candidates_by_parts(tree) or candidates_by_object_id(tree) or candidates_by_id_family(tree)
        or candidates_by_style_family(tree)
    )


def _named_item_without_number(node: LexborNode) -> bool:
    """A list item matched only by an id that names no comment's number ("li#comment-editor",
    a form's item, where archive.today left no class to tell it from WordPress's "li#comment-12";
    Disqus's tab "li#comment-count.nav-tab", its classes naming no comment)."""
    ident = node.attributes.get("id") or ""
    return (
        node.tag == "li" and ident.startswith(("comment-", "li-comment-")) and not any(c.isdigit() for c in ident)
        and "comment" not in (node.attributes.get("class") or "").lower()
    )


def _form_box(node: LexborNode) -> bool:
    """A comment form's box its class names as a reply's ("div#dsq-reply.dsq-reply", the old
    Disqus's "Tilføj ny kommentar" over its textarea, taken with "dsq-comment" as its replies'
    name): it holds a textarea, its id no number."""
    ident = node.attributes.get("id") or ""
    return bool(ident) and not any(c.isdigit() for c in ident) and node.css_first("textarea") is not None


def _without_parts(nodes: list[LexborNode]) -> list[LexborNode]:
    """Blocks the selectors match inside the element that carries a comment's id, not in a list of
    its replies: parts of that comment (OceanWP puts WordPress's "comment" classes on an article
    inside "li#comment-5512", and "comment-entry" on the box of its text)."""
    keys = {node.mem_id for node in nodes}
    parts: set[int] = set()
    for node in nodes:
        if node.attributes.get("id"):
            continue
        for above in ancestors(node):
            if above.tag in ("ol", "ul") or any(word in (above.attributes.get("class") or "") for word in ("repl", "child")):
                break
            if above.mem_id in keys and _names_a_comment(above.attributes.get("id")):
                parts.add(node.mem_id)
                break
    return [node for node in nodes if node.mem_id not in parts] if parts else nodes


def _with_nested_alike(tree: LexborHTMLParser, nodes: list[LexborNode]) -> list[LexborNode]:
    """Replies nested inside the list items a comment list's selector matched ("ul.comment-list >
    li.cmt-item" holding "ul.reply-list > li.cmt-item.reply", a Korean paper's own system): the
    items of the same class inside them are comments too."""
    classes = {
        first for node in nodes if node.tag == "li" and (value := node.attributes.get("class")) and (first := value.split()[0])
        and _CLASS_NAME.match(first)
    }
    if not classes:
        return nodes
    known = {node.mem_id for node in nodes}
    under: dict[int, list[LexborNode]] = {}  # the nearest matched item around each inner one
    for li in tree.css(", ".join(f"li.{name}" for name in sorted(classes))):
        if li.mem_id not in known and (owner := next((a for a in ancestors(li) if a.mem_id in known), None)) is not None:
            under.setdefault(owner.mem_id, []).append(li)
    if not under:
        return nodes
    return [found for node in nodes for found in (node, *under.get(node.mem_id, ()))]


_CLASS_NAME: Final = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")  # (one a selector can name as it is: lexbor refuses "li.a²")


def _rows_of(tree: LexborHTMLParser, nodes: list[LexborNode]) -> list[LexborNode]:
    """Comments laid out as table rows ("tr.athing#40123456", Hacker News and forums like it):
    the element named "comment" holds only the text, while the name, time and indent sit in
    other cells of the row. Such a comment is its row, where the row carries an id and holds no
    other comment."""
    if tree.css_first("tr[id]") is None:
        return nodes
    rows: dict[int, LexborNode] = {}
    counts: dict[int, int] = {}
    for node in nodes:
        if node.attributes.get("id"):
            continue
        row = next((n for n in ancestors(node) if n.tag == "tr" and n.attributes.get("id")), None)
        if row is not None:
            rows[node.mem_id] = row
            counts[row.mem_id] = counts.get(row.mem_id, 0) + 1
    if not rows:
        return nodes
    return unique([
        row if (row := rows.get(node.mem_id)) is not None and counts[row.mem_id] == 1 else node for node in nodes
    ])


def _id_holders_of(nodes: list[LexborNode], levels: int = 1) -> list[LexborNode]:
    """Comment blocks carrying no id, each inside an element of its own that carries the
    comment's id: the comment is that element, which links and the thread's nesting name.
    ``levels`` 1: found by their class in an unknown system, the block the element's first child
    ("li#cmt-230930 > div.commento__box"). More: matched by the known selectors, the element a
    level or three up (django-comments-xtd's "div.media#c40213 > div.media-body > div.comment",
    its replies beside the block in the media body). Unchanged where any block has an id, one
    lacks such an element, or two share one."""
    if any(node.attributes.get("id") for node in nodes):
        return nodes
    family = levels == 1 and parents_one_family(nodes)
    holders: list[LexborNode] = []
    for node in nodes:
        holder = node.parent
        if levels == 1 and (holder is None or (first := first_element(holder)) is None or first.mem_id != node.mem_id):
            return nodes
        for _ in range(levels - 1):
            if holder is None or _names_a_comment(holder.attributes.get("id")):
                break
            holder = holder.parent
        if holder is None or not (_names_a_comment(holder.attributes.get("id")) or family):
            return nodes
        holders.append(holder)
    return holders if len({holder.mem_id for holder in holders}) == len(holders) else nodes


_HOLDER_LEVELS: Final = 3  # how far up the known selectors' blocks may sit from their comment's id


def _candidates_by_data_id(tree: LexborHTMLParser) -> list[LexborNode]:
    """Blocks carrying a comment id and holding text, outside sidebars ("article.reaction
    data-comment-id=…" on a French site whose class names the reader does not know)."""
    found = [
        node
        for node in tree.css(_DATA_ID)
        if node.css_first(TEXT_INSIDE) is not None
        and not any(is_outside_region(n) for n in ancestors(node, include_self=True))
    ]
    return found if len(found) >= 2 else []


def _candidates_by_id(tree: LexborHTMLParser) -> list[LexborNode]:
    """Elements whose id names a comment and a number ("IDComment-803311742", "comment_12") and
    that hold text, outside sidebars: systems whose class names say nothing (IntenseDebate's
    "idc-c") still give each comment a linkable id."""
    found: list[LexborNode] = []
    for node in unique(tree.css(_BY_ID_SELECTOR)):
        if _names_a_comment(node.attributes.get("id")) and holds_a_comment(node, ("div", "article", "section", "li", "tr", "table", "dt")):
            found.append(node)
    return found if len(found) >= 2 else []


def _candidates_by_anchor(tree: LexborHTMLParser) -> list[LexborNode]:
    """The block right after each empty anchor named for a comment (``<a name="c20417"></a>``
    then a table), or the cell it opens (``<td><a name="msg5531"></a>``, a message board): how
    comment archives of the 2000s made each comment linkable, with classes ("cmt", "cmtrow",
    "msg") that say nothing on their own."""
    found: list[LexborNode] = []
    # (or by id: Drupal's "<a id="comment-2207"></a>" before each comment, where archive.today has
    # stripped every class)
    for anchor in tree.css("a[name], a[id]:not([href])"):
        name = anchor.attributes.get("name") or anchor.attributes.get("id")
        if not (_names_a_comment(name) or _MESSAGE_ANCHOR.match(name or "")) or anchor.text().strip():
            continue
        cell = anchor.parent
        owner = next((above for above in ancestors(anchor) if above.attributes.get("id") == name), None)
        if owner is not None:
            # inside the block carrying the same name as its id (Bitrix's "table#message48811" around
            # "<a name=message48811>" in its header, its classes stripped by archive.today)
            block: LexborNode | None = owner
        elif cell is not None and cell.tag == "td" and (first := first_element(cell)) is not None and (
            first.mem_id == anchor.mem_id
        ) and not _holds_other_anchors(cell, anchor):
            block = cell  # the anchor opens the comment's own cell (a message board)
        else:
            block = next_element(anchor)
            if _BARE_NUMBER.match(name or "") and (block is None or block.tag not in ("table", "div", "article", "section")):
                # phpBB 2: "<a name="38124">" by the poster's name in the row's first cell, the
                # post in the second: the comment is the row.
                block = next((n for n in ancestors(anchor) if n.tag == "tr"), None)
        if block is not None and block.tag in ("td", "tr") and _BARE_NUMBER.match(name or ""):
            block = _with_body_row(block, name or "")
        elif block is not None and block.tag == "td" and block.mem_id == (cell.mem_id if cell is not None else None):
            block = _with_text_row(block)
            if block.tag == "td" and _NUMBER_CELL.match(block.text(deep=True) or "") and block.parent is not None and (
                block.parent.tag == "tr"
            ):
                block = block.parent  # the anchor's cell holds only the comment's number ("#1"): the row beside it holds the rest
        if block is not None and holds_a_comment(block, ("table", "div", "article", "section", "td", "tr")):
            found.append(block)
    return unique(found) if len(found) >= 2 else []


_NUMBER_CELL: Final = re.compile(r"^\s*#?\d{1,5}[.:)]?\s*$")


def _holds_other_anchors(cell: LexborNode, anchor: LexborNode) -> bool:
    """Whether a cell an anchor opens holds another comment's anchor too: the cell of the whole
    list, each comment a table after its anchor (a 2009 Brazilian paper's "<td><a
    name=coment_48213></a><table class=comentario>…<a name=coment_48219></a><table …>"), not
    the first comment's own cell."""
    for other in cell.css("a[name], a[id]:not([href])"):
        name = other.attributes.get("name") or other.attributes.get("id")
        if other.mem_id != anchor.mem_id and (_names_a_comment(name) or _MESSAGE_ANCHOR.match(name or "")):
            return True
    return False


def _with_text_row(cell: LexborNode) -> LexborNode:
    """A header cell that an anchor opens ("<td class=com_head><a name=c1043></a>#1 Inviato da: …"),
    the text in the next row's one cell (a 2000s paper's comments table): the header's row, with
    that cell moved into it, so that the one element holds the whole comment."""
    row = cell.parent
    following = next_element(row) if row is not None and row.tag == "tr" else None
    cells = [child for child in following.iter() if child.tag in ("td", "th")] if following is not None and following.tag == "tr" else []
    if row is None or len(cells) != 1 or cells[0].css_first("a[name], a[id]") is not None:
        return cell
    row.insert_child(cells[0])  # (lexbor inserts a copy)
    cells[0].decompose()
    return row


def _with_body_row(block: LexborNode, number: str) -> LexborNode:
    """A post printed as two rows, its header (the anchor, the subject, "by" the name, the time)
    over a row whose cell carries the post's number ("td#pb128734702", Nairaland): the header's
    row, with the body's cell moved into it, so that the one element holds the whole post."""
    row = block if block.tag == "tr" else block.parent
    following = next_element(row) if row is not None and row.tag == "tr" else None
    body = following.css_first(f"td[id$='{number}']") if following is not None and following.tag == "tr" else None
    if row is None or body is None:
        return block
    row.insert_child(body)  # (lexbor inserts a copy)
    body.decompose()
    return row


# A message board's anchor: "msg5531", "message-5531", "post_5531"; a bare post number (phpBB 2,
# an Israeli forum's "5581262").
_MESSAGE_ANCHOR: Final = re.compile(r"(?i)^(?:msg|message|post|" + "|".join(POST_WORDS) + r")[-_]?\d{2,}$|^\d{3,}$")  # ("innlegg40211", a 2007 Norwegian paper's)
_BARE_NUMBER: Final = re.compile(r"^\d{3,}$")


def _names_a_comment(ident: str | None) -> bool:
    """An id or anchor name that names a comment and a number, not one of its parts."""
    if not ident or COMMENT_ID.search(ident) is None:
        return False
    # (LiveRe's "lv-reply-29831402" names a comment, "reply" and its number ending it)
    return _ID_NOT_COMMENT.search(_REPLY_NUMBER.sub("", ident) if "eply" in ident else ident) is None
