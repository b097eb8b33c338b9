"""What a class attribute says an element of a comment is: its author's name, its time or its
text, ranked (0 best), and the names an element goes by besides its class.

Split from ``html_scan`` (which walks each comment's elements and keeps the best of each) as one
idea: reading class names. Themes repeat the same few class values on every comment, so each
value is read once (cached).
"""

from __future__ import annotations

import functools
import re
from typing import Final

from threads.comment_words import (
    AUTHOR_PRIORITY,
    AUTHOR_WORDS,
    COMMENT_ABBREVIATIONS,
    COMMENT_STEMS,
    CONTENT_PRIORITY,
    POST_WORDS,
    TEXT_WORDS,
    TIME_PRIORITY,
    TIME_WORDS,
    alternation,
)

UNRANKED: Final = 99  # worse than every rank the tables give
NO_RANKS: Final = (UNRANKED, UNRANKED, UNRANKED)

# The last word of a class naming a comment's author or time ("comment-who", "spcv_username",
# "fyre-comment-date", "spcv_timestamp").
# Other languages' words too ("kommentar__autor", "reaction__pseudo", "kommentar__zeit").
# A BEM modifier ("kt-label--author", Komento's badge) names a kind of something else, not a part.
# (the word may be followed by one naming the element as its text: Commentics' "cmtx_name_text",
# "cmtx_date_text")
_AUTHOR_SUFFIX: Final = re.compile(
    r"(?:(?i:^|(?<!-)[-_]|__)(?i:" + alternation(AUTHOR_WORDS) + r")|[a-z](?:Name|Author|UserName)|(?i:[-_]name[-_](?:text|txt|label))"
    r"|^[a-z](?:autor|author|nick|name|user))$"  # (a letter for the comment before the word: "kautor", Kommentar-Autor; "puser", a posting's)
    # (or the word first, Spanish-style: "autor_comentario", the comment's author)
    r"|(?i:^(?:" + alternation(AUTHOR_WORDS) + r")[-_](?:" + alternation(COMMENT_STEMS) + r")\w{0,6}$)"
)
_TIME_SUFFIX: Final = re.compile(
    r"(?:(?i:^|[-_])(?i:" + alternation(TIME_WORDS) + r")|(?i:timestamp)|[a-z](?:Time|Date)|(?i:[-_](?:date|time)[-_](?:text|txt|label)))$"
    r"|(?i:^(?:" + alternation(TIME_WORDS) + r")[-_](?:" + alternation(COMMENT_STEMS) + r")\w{0,6}$)"  # ("fecha_comentario")
)
# ... or its text ("wpd-comment-text", "spcv_message-text", "ast-comment-content", Kinja's
# "reply__content", a Japanese board's "res-body": レス, a response; SPIP's "forum-texte").
_CONTENT_SUFFIX: Final = re.compile(
    r"(?i)(?:^|[-_])(?:" + alternation((*COMMENT_STEMS, *COMMENT_ABBREVIATIONS, *POST_WORDS, "reply", "post", "res", "forum")) + r"\w{0,4}[-_]*" + alternation(TEXT_WORDS) + r"|message[-_]*(?:text|body))$"
    r"|^[a-z](?:text|txt|body)$"  # (a letter for the posting before the word: "ptext", as "puser" names its author)
    r"|^com[-_](?:text|texte|txt|body)$"  # ("com" alone for the comment: a Romanian paper's "com-text" under "com-antet")
    # (or the word first, French-style: "corps-reaction", "texte-commentaire", the reaction's body)
    r"|^(?:" + alternation((*TEXT_WORDS, "corps")) + r")[-_](?:" + alternation(COMMENT_STEMS) + r")\w{0,6}$"
)
# ... or the commenter's role on the blog (wpDiscuz 5's "wc-blog-user wc-blog-subscriber" holding
# "Assinante", beside the name in "wc-comment-author")
_BADGE_CLASS: Final = re.compile(
    r"(?i)(?:^|\s)\S*[-_](?:label|badge)(?:\s|$)"
    r"|(?:^|\s)\S*[-_]blog[-_](?:subscriber|administrator|editor|author|contributor|guest|post_author)(?:\s|$)"
)
# A build's hash after a class name: six letters and digits, one a capital or a digit
# ("-c9sKzs", "-uqA4FV"), which no word of a name is.
_RANKED_TOKENS: Final = frozenset(AUTHOR_PRIORITY) | frozenset(TIME_PRIORITY) | frozenset(CONTENT_PRIORITY)
_BUILD_HASH: Final = re.compile(r"(?<=[A-Za-z])-(?=[a-z]*[A-Z0-9])[A-Za-z0-9]{6}$")


@functools.lru_cache(maxsize=4096)
def class_ranks(value: str) -> tuple[int, int, int]:
    """The best author, time and content rank a class attribute gives its element.

    Themes repeat the same few class values on every comment, so each is read once. A suffix
    ("comment-who", "post-when") ranks 3, below every named class.
    """
    author = time = content = UNRANKED
    for token in value.split():
        if token[-7:-6] == "-":
            token = _BUILD_HASH.sub("", token)  # Substack's "commentAuthor-c9sKzs": the name without its build's hash
        elif token[-3:] == "-gw" and token not in _RANKED_TOKENS:
            token = token[:-3]  # Changyan's skin ends every class in "-gw": "click-time-gw" is its "click-time"
        author = min(author, AUTHOR_PRIORITY.get(token, UNRANKED))
        time = min(time, TIME_PRIORITY.get(token, UNRANKED))
        content = min(content, CONTENT_PRIORITY.get(token, UNRANKED))
        if _AUTHOR_SUFFIX.search(token):
            author = min(author, 3)
        if _CONTENT_SUFFIX.search(token):
            content = min(content, 3)
        if _TIME_SUFFIX.search(token):
            time = min(time, 3)
    if author < UNRANKED and _BADGE_CLASS.search(value) is not None:
        author = UNRANKED  # a badge marking the post's author ("wpd-comment-label wpd-blog-post_author"), not the name
    if author < UNRANKED and "first" in value.split():
        # Discourse prints a user's handle and full name, "first" the one the site shows first
        # ("first username" over "second full-name", or the other way round)
        author = 0
    return author, time, content


def names_of(attrs: dict[str, str | None]) -> str | None:
    """An element's class, and its ``data-testid`` or ``slot`` where it has one: React apps styled
    by generated classes ("css-1huomsp") name their parts only there ("user-name", "comment-body"),
    and web components by the slot each part fills (Reddit's "commentMeta", "commentAvatar")."""
    value = attrs.get("class")
    test_id = attrs.get("data-testid") or attrs.get("slot") or attrs.get("data-role")
    if value and "style-scope" in value and (ident := attrs.get("id")):
        # Polymer's components (YouTube) name their parts by ids scoped to each copy of the
        # component ("author-text", "content-text"), and class them only by the component
        return f"{value} {ident}"
    if test_id:
        return f"{value} {test_id}" if value else test_id
    return value
