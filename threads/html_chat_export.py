"""A story's discussion exported from a chat app as HTML: Telegram Desktop ("Export chat
history") and Element (Matrix, "Export chat").

Newsrooms in Ukraine, Russia, Iran and much of the Middle East publish to Telegram channels, and
readers comment in the channel's linked chat; local papers post stories to Matrix rooms too;
researchers keep those exports. The message blocks are found by ``html_find``. The export names no
article: the story is the post at the head of the chat, by the channel itself or opening with a
headline, and the others comment on it. A message continuing the one above (Telegram's "joined",
Element's "continuation": same sender, within minutes) prints no name of its own.
"""

from __future__ import annotations

from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.html_dom import first_element
from threads.model import ParsedComment, walk

_MESSAGES: Final = "div.history > div.message.default, div.mx_Export_EventWrapper"
_SENDER: Final = "div.from_name, .mx_DisambiguatedProfile_displayName"
_TEXT: Final = "div.text, .mx_EventTile_body"
_CONTINUED: Final = "div.message.joined, .mx_EventTile_continuation"
_HEADLINE_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "strong", "b"})
# The chat's name in the page's header: "Одеса Сьогодні · Чат" for a channel's discussion group.
_HEADER: Final = "div.page_header .text"
_NAME_PART_SEPARATORS: Final = (" · ", " - ", " — ")
_MAX_TITLE_CHARS: Final = 200


def is_chat_export(tree: LexborHTMLParser) -> bool:
    return tree.css_first(_MESSAGES) is not None


def with_joined_names(tree: LexborHTMLParser, comments: list[ParsedComment]) -> None:
    """Give each "joined" message, which prints no sender, the sender of the message above."""
    sender: str | None = None
    joined: dict[str, str] = {}
    for message in tree.css(_MESSAGES):
        name = message.css_first(_SENDER)
        ident = message.attributes.get("id")
        if name is not None:
            sender = " ".join(name.text(deep=True).split()) or None
        elif ident and sender is not None and (message.css_matches(_CONTINUED) or message.css_first(_CONTINUED)):
            joined[ident] = sender
    if not joined:
        return
    for _, comment in walk(comments):
        if comment.author_name is None and comment.external_id in joined:
            comment.author_name = joined[comment.external_id]


def channel_post(tree: LexborHTMLParser, comments: list[ParsedComment]) -> ParsedComment | None:
    """The post opening the export when it is the story the others comment on (its replies are
    then top-level comments): the channel's own, as the chat's header names its sender, or one
    opening with a headline."""
    first = tree.css_first(_MESSAGES)
    if not comments or first is None or first.attributes.get("id") != comments[0].external_id:
        return None
    if _opens_with_headline(first):
        return comments[0]
    header = tree.css_first(_HEADER)
    if header is None or not comments[0].author_name:
        return None
    chat = " ".join(header.text(deep=True).split())
    for separator in _NAME_PART_SEPARATORS:
        chat = chat.partition(separator)[0]
    return comments[0] if chat.casefold() == comments[0].author_name.casefold() else None


def _opens_with_headline(message: LexborNode) -> bool:
    """A message whose text starts with a heading or a bold line: a story posted to the chat."""
    text = message.css_first(_TEXT)
    opening = first_element(text) if text is not None else None
    if text is None or opening is None or opening.tag not in _HEADLINE_TAGS:
        return False
    headline = (opening.text(deep=True) or "").strip()
    return bool(headline) and (text.text(deep=True) or "").lstrip().startswith(headline)


def story_title(post: ParsedComment) -> tuple[str, str]:
    """A post's headline (its first line, as channels post a bold headline) and the rest."""
    first, _, rest = post.body.partition("\n")
    if len(first) > _MAX_TITLE_CHARS or not rest.strip():
        return first[:_MAX_TITLE_CHARS].rsplit(" ", 1)[0], post.body
    return first.strip(), rest.strip()
