"""Who a reply answers in a Mastodon thread saved from the web app.

The web app lists a post's replies flat under it (``div.status[data-id]``, found by ``html_find``),
and a reply says whom it answers only by its mentions. Mastodon writes them itself: a reply to a
post mentions that post's author first, then everyone that post mentioned. So the post answered
is the latest earlier one by the first account mentioned whose own mentions the reply repeats; a
reply mentioning only the story's author, and no such comment of theirs, answers the story.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

_MENTION: Final = "a.mention[href]"
_STORY_AUTHOR: Final = "a.detailed-status__display-name[href]"
# A Fediverse profile address, "https://elbmarsch.social/@kurier", "/@birte@norddeich.social": the
# account's handle, which replies mention (``html_scan`` reads each commenter's by it too).
PROFILE_HANDLE: Final = re.compile(r"/@([\w.]+)(?:@[\w.-]+)?/?$")


def is_thread_post(node: LexborNode) -> bool:
    return node.tag == "div" and node.attributes.get("data-id") is not None and "status" in (
        node.attributes.get("class") or ""
    ).split()


def story_handle(tree: LexborHTMLParser) -> str | None:
    """The handle of the post the thread hangs from (the web app's "detailed status")."""
    link = tree.css_first(_STORY_AUTHOR)
    return _handle(link.attributes.get("href")) if link is not None else None


def mentioned(node: LexborNode) -> list[str]:
    """The handles a post mentions, in order."""
    found = (_handle(link.attributes.get("href")) for link in node.css(_MENTION))
    return [handle for handle in found if handle]


def answered(
    index: int, author: str | None, mentions: list[list[str]], handles: list[str | None], story: str | None,
) -> tuple[bool, int | None]:
    """(decided, the earlier post answered or None for the story) for post ``index``, from the
    mentions of it and of the posts before it; not decided where it mentions no one."""
    own = mentions[index]
    if not own:
        return False, None
    first = own[0]
    repeated = set(own) | ({author.casefold()} if author else set())
    for earlier in range(index - 1, -1, -1):
        if (handles[earlier] or "").casefold() == first and set(mentions[earlier]) - {first} <= repeated:
            return True, earlier
    return (True, None) if first == story else (False, None)


def _handle(href: str | None) -> str | None:
    match = PROFILE_HANDLE.search(href or "")
    return match.group(1).casefold() if match is not None else None
