"""Parents a page names by id across its comment list, where the markup does not nest replies:
an attribute on the comment naming its parent's id ("data-parent-id"), a forum's reference inside
it (NodeBB's "replied to" button, Invision's quote), a flat list's ids numbered within their
comment ("comment1-2" under "comment1"). Each map is candidate index -> parent index, earlier
comments only.

Split from ``html_reply_to`` (a comment's own link or line naming its parent) as one idea.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_fields import DATA_ID_ATTRS

# Attributes of a comment element naming its parent's id, where the markup does not nest replies
# (custom CMS lists, exported threads); "0" or empty means a top-level comment.
_PARENT_ATTRS: Final = (
    "data-parent-id", "data-parent", "data-parent-comment-id", "data-parentid", "data-in-reply-to", "data-reply-to-id",
    "parentid",  # Komento (Joomla) before it moved to data attributes
    "data-pmid",  # Sina's "parent mid", beside the comment's own "data-mid"
    "data-rid",  # the reply's "reply id" (a Chinese portal's, beside its thread's "data-pid")
    "data-replyid", "data-reply-id",  # Changyan's "-gw" skin: the comment answered, beside its own "data-cmtid"
    "data-rodzic",  # a Polish portal's "parent" ("div.kom--odp[data-rodzic=771203]")
)
PARENT_ATTRS_SELECTOR: Final = ", ".join(f"[{name}]" for name in _PARENT_ATTRS)
# Attributes a comment element carries its own id in, which a parent attribute refers to.
_OWN_ID_ATTRS: Final = (*DATA_ID_ATTRS, "id")
# Elements inside a comment naming the comment it answers by that comment's id (or number), as
# forum software writes them: NodeBB's "replied to" button, Invision's quote, Flarum's leading
# mention, Discourse's quote (the post's number in the topic), Telegram's quote of the message
# answered. Attribute names, in that order.
REFERENCE_SELECTOR: Final = (
    "[component='post/parent'][data-topid], blockquote[data-ipsquote-contentcommentid], a.PostMention[data-id],"
    " aside.quote[data-post], a.tgme_widget_message_reply[data-reply-to]"
)
_REFERENCE_ATTRS: Final = ("data-topid", "data-ipsquote-contentcommentid", "data-post", "data-id", "data-reply-to")
TRAILING_NUMBER: Final = re.compile(r"\d+$")


def parent_by_attribute(nodes: list[LexborNode]) -> dict[int, int]:
    """Parents named by an attribute, as candidate index -> parent index, for earlier comments only.

    The value is matched against each comment's own ids (``data-comment-id``, ``id``) and, for
    ids like "c-88203", their trailing number. Empty for the many pages that use no such attribute.
    """
    wanted: dict[int, str] = {}
    for index, node in enumerate(nodes):
        attrs = node.attributes
        for name in _PARENT_ATTRS:
            value = attrs.get(name)
            if value is not None:
                value = value.strip()
                if value and value.lower() not in ("0", "null", "none", "false"):
                    wanted[index] = value
                break
    if not wanted:
        return {}
    return _earlier_named(nodes, wanted)


def parent_by_reference(nodes: list[LexborNode]) -> dict[int, int]:
    """Parents named by a forum's reference inside the comment (``REFERENCE_SELECTOR``; the first
    of the comment's own), as candidate index -> parent index, for earlier comments only."""
    index_of = {node.mem_id: index for index, node in enumerate(nodes)}
    wanted: dict[int, str] = {}
    for index, node in enumerate(nodes):
        for reference in node.css(REFERENCE_SELECTOR):
            if owner_index(reference, index_of) != index:
                continue  # a reply's, nested inside this comment
            attrs = reference.attributes
            value = next((v for name in _REFERENCE_ATTRS if (v := attrs.get(name))), None)
            if value:
                wanted[index] = value.strip()
                break
    return _earlier_named(nodes, wanted) if wanted else {}


def parent_by_id_suffix(nodes: list[LexborNode]) -> dict[int, int]:
    """Parents named by a flat list's ids, as candidate index -> parent index: a comment whose id
    is an earlier comment's and a number after a dash ("comment1-1", "comment1-2" under
    "comment1": replies numbered within their comment, as their headers print them, "1-1")."""
    index_of: dict[str, int] = {}
    found: dict[int, int] = {}
    for index, node in enumerate(nodes):
        ident = node.attributes.get("id")
        if not ident:
            continue
        index_of.setdefault(ident, index)
        match = _NUMBERED_WITHIN.match(ident)
        if match is not None and (parent := index_of.get(match.group(1))) is not None and parent < index:
            found[index] = parent
    return found


_NUMBERED_WITHIN: Final = re.compile(r"^(.*\d)-\d{1,4}$")


def _earlier_named(nodes: list[LexborNode], wanted: dict[int, str]) -> dict[int, int]:
    """``wanted``'s values matched against each comment's own ids and, for ids like "c-88203",
    their trailing number; only earlier comments count."""
    by_id: dict[str, int] = {}
    for index, node in enumerate(nodes):
        attrs = node.attributes
        for name in _OWN_ID_ATTRS:
            value = attrs.get(name)
            if value:
                by_id.setdefault(value, index)
                by_id.setdefault(_last_number(value), index)
    found = {index: by_id.get(value, by_id.get(_last_number(value), -1)) for index, value in wanted.items()}
    return {index: parent for index, parent in found.items() if 0 <= parent < index}


def _last_number(value: str) -> str:
    match = TRAILING_NUMBER.search(value)
    return match.group() if match is not None else value


def owner_index(node: LexborNode, position: dict[int, int]) -> int | None:
    """The comment enclosing ``node`` (or ``node`` itself), by its place among the candidates."""
    current: LexborNode | None = node
    while current is not None:
        found = position.get(current.mem_id)
        if found is not None:
            return found
        current = current.parent
    return None
