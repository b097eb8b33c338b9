"""Which comment a reply answers by what its words say, where the markup says nothing or only
its thread: a flat list running newest first by the names its replies answer, an opening
"@name" or ">>2914095", "Réponse à <name>:", a quote's header naming its author, and a flat
forum's post opening with an earlier poster's name.

Split from ``html_comments`` (which builds the tree) as one idea: words naming a parent.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_fields import author_name
from threads.html_mentions import (
    MENTION_LINE,
    inline_mention,
    mention_target,
    replied_in_words,
    written_by,
)
from threads.html_quotes import quoted_author, quotes_nobody_named
from threads.html_scan import Own
from threads.html_thread import Candidate
from threads.model import ParsedComment
from threads.page_flat_cues import parent_named_among, quoted_comment


def names_answered_below(owns: list[Own | None]) -> bool:
    """Whether a flat list runs newest first by the names its replies answer: most are names of
    comments further down and of none above (Changyan's quoted floors, listed newest first)."""
    names = [author_name(own.author) if own is not None and own.author is not None else None for own in owns]
    forward = backward = 0
    for index, own in enumerate(owns):
        wanted = own.reply_name.casefold() if own is not None and own.reply_name else None
        if wanted is None:
            continue
        above = any(name is not None and name.casefold() == wanted for name in names[:index])
        below = any(name is not None and name.casefold() == wanted for name in names[index + 1 :])
        forward += below and not above
        backward += above
    return forward >= _NEWEST_FIRST_NAMES and forward > backward


_NEWEST_FIRST_NAMES: Final = 2


def named_by_words(
    built: list[ParsedComment | None], parent_of: list[int | None], roots: list[ParsedComment]
) -> list[ParsedComment]:
    """A flat forum's posts that quotes or links placed leave the others to their words: a post
    opening with an earlier poster's name answers that poster's latest post ("Dave, you're
    forgetting …" answers Dave_from_Lowgate, vBulletin 4), as in a flat list with no links. An
    "@name" opening was read already (``named_in_words``; Mastodon's "@kurier" is the story's)."""
    moved: set[int] = set()
    for index, comment in enumerate(built):
        if comment is None or parent_of[index] is not None or comment.body.startswith("@"):
            continue
        target = parent_named_among(built, index)
        if target is not None:
            parent_of[index] = target
            built[target].replies.append(comment)  # type: ignore[union-attr]
            moved.add(id(comment))
    return [root for root in roots if id(root) not in moved] if moved else roots


def named_in_words(
    candidate: Candidate,
    own: Own,
    comment: ParsedComment,
    index: int,
    parent_index: int | None,
    quoting: set[int] | None,
    built: list[ParsedComment | None],
    parent_of: list[int | None],
    handles: list[str | None],
    mention_links: bool = False,
    markup_nests: bool = False,
) -> int | None:
    """The comment a reply names in its words, where the markup names none or only its thread:
    a first line "@Sanne Bakker" (taken out of the text), "@Dave R.: ..." running on into the
    text (kept: TypePad), or its quote's header ("Цитата: Петрович"). ``quoting``: the comments'
    element ids, None where the page quotes nothing; ``mention_links``: whether the page links a
    mention by its class ("a.ks-mention"), asked once a page; ``markup_nests``: whether the page's
    markup places any reply."""
    body = comment.body
    if body.startswith((">>", "＞＞")) and (anchor := _POST_ANCHOR.match(body)) is not None:
        # A textboard's or imageboard's ">>2914095" (5ch, 4chan): the post of that number, taken
        # out of the text; where a link already named it, the link's.
        comment.body = body[anchor.end():].lstrip()
        if own.reply_to is not None:
            return parent_index
        target = _linked_earlier(candidate.node, anchor[1], built, index)
        if target is None:
            target = _numbered(built, anchor[1], index)
        return target if target is not None else parent_index
    if body.startswith("@") and not (parent_index is not None and _isso(candidate.node)):
        inline = inline_mention(body, built, handles, nobody=parent_index is None)
        if inline is not None and body[1 + len(inline):].partition("\n\n")[0].strip(" :,.-–"):
            target = mention_target(inline, index, parent_index, candidate.nested, built, parent_of, handles)
            return target if target is not None else parent_index
        mention = MENTION_LINE.match(body.partition("\n\n")[0])
        if mention is not None:
            target = mention_target(mention.group(1), index, parent_index, candidate.nested, built, parent_of)
            if target is not None or parent_index is not None:
                # The line only said whom it answers: the comment it names, or (an "@Anonymous"
                # no name can be matched to) the one the markup nests it under.
                comment.body = body.partition("\n\n")[2]
                return target if target is not None else parent_index
    if mention_links and parent_index is not None and (linked := _mention_link(candidate.node)) and body.startswith(linked) and (
        not written_by_name(linked, parent_index, built, handles)
    ):
        # a name linked as a mention opening the text, without "@" (a Facebook-like plugin's
        # "<a class=ks-mention>Rina Oktaviani</a> nggak semua …"): that commenter, in the thread
        target = mention_target(linked, index, parent_index, candidate.nested, built, parent_of, handles)
        return target if target is not None else parent_index
    if parent_index is None and not candidate.nested and own.reply_to is None and own.reply_name is None and (
        (at := _mention_after_words(body)) > 0
    ) and (inline := inline_mention(body[at:], built[:index], handles[:index])) is not None and " " in inline:
        # "Hai ragione @Marco da Bussana, ogni domenica …": an earlier commenter's full name, a
        # few words into a flat list's comment (a one-level system's reply known by no markup;
        # not a handle of one word, "Felicitaciones @cronicadelvalle!", a bot's greeting)
        target = mention_target(inline, index, parent_index, candidate.nested, built, parent_of, handles)
        if target is not None:
            return target
    if parent_index is None and own.reply_to is None and not markup_nests and (replied := replied_in_words(body)) is not None:
        # "Réponse à Abdelilah: …" in a flat list (where the system nests replies, one posted at
        # the top opens a thread of its own, whoever it addresses: Disqus's "Svar till Johan: …")
        target = mention_target(replied, index, parent_index, candidate.nested, built, parent_of, handles)
        if target is not None:
            return target
    if own.reply_to is None and own.reply_name is None and quoting is not None:
        named = quoted_author(candidate.node, quoting)
        if named is not None and not written_by_name(named, parent_index, built, handles):
            # the quote names someone else than the comment the markup nests it under: the
            # one answered, within the thread (a reply to a reply kept one level deep)
            target = mention_target(named, index, parent_index, candidate.nested, built, parent_of, handles)
            return target if target is not None else parent_index
        if named is None and quotes_nobody_named(candidate.node, quoting):
            # a guest's words quoted ("~gość napisał(a):"), under a thread's first comment: the
            # earlier reply beside it holding those words (a portal nesting one level deep); in a
            # flat list, the earlier comment holding them ("Svečias rašė:", JComments)
            siblings = {k for k, parent in enumerate(parent_of) if parent == parent_index}
            target = quoted_comment(comment.body, built[:index], siblings)
            return target if target is not None else parent_index
    return parent_index


def _isso(node: LexborNode) -> bool:
    """An Isso comment ("div.isso-comment#isso-41"; archive.today keeps the id): Isso's server
    files a reply to a reply under the thread's first comment, so the "@Aisha Kolo" opening it is
    words, and the comment it nests under is the one the system recorded as answered."""
    return (node.attributes.get("id") or "").startswith("isso-") or "isso-comment" in (node.attributes.get("class") or "")


def _mention_after_words(body: str) -> int:
    """Where "@" opens a name within a text's first few words ("Hai ragione @Marco …"), else -1."""
    at = body.find(" @", 0, _MENTION_WITHIN)
    return at + 1 if at > 0 and len(body[:at].split()) <= _WORDS_BEFORE_MENTION and "\n" not in body[:at] else -1


_MENTION_WITHIN: Final = 40
_WORDS_BEFORE_MENTION: Final = 3


def _linked_earlier(node: LexborNode, number: str, built: list[ParsedComment | None], index: int) -> int | None:
    """The earlier comment a ">>1" link leads to on the page ("<a href=#c-1041>>>1</a>"): a board's
    printed post number, which is not its id."""
    for link in node.css("a[href*='#']"):
        if " ".join((link.text(deep=True) or "").split()).replace("＞", ">") != f">>{number}":
            continue
        wanted = (link.attributes.get("href") or "").rpartition("#")[2]  # (archive.today's "https://archive.ph/Kp7wQ#c20418")
        for earlier in range(index - 1, -1, -1):
            if (comment := built[earlier]) is not None and comment.external_id == wanted:
                return earlier
        return None
    return None


def _mention_link(node: LexborNode) -> str | None:
    """The words of the first link a comment's markup names a mention ("a.ks-mention"), or None."""
    link = node.css_first("a[class*='mention' i]")
    return " ".join((link.text(deep=True) or "").split()).lstrip("@") or None if link is not None else None


def _numbered(built: list[ParsedComment | None], number: str, index: int) -> int | None:
    """The latest earlier comment whose id is ``number`` or ends in it ("p2914095")."""
    for earlier in range(index - 1, -1, -1):
        ident = (comment := built[earlier]) is not None and comment.external_id or ""
        if ident == number or (ident.endswith(number) and not ident[-len(number) - 1].isdigit()):
            return earlier
    return None


# ">>2914095" opening a post, on a line of its own or before the text.
_POST_ANCHOR: Final = re.compile(r"(?:>>|＞＞)(\d{1,12})(?!\d)[ \t]*(?:\n+|$)?")  # (or in full-width signs, a Japanese board's "＞＞2")


def written_by_name(name: str, index: int | None, built: list[ParsedComment | None], handles: list[str | None]) -> bool:
    """Whether comment ``index`` was written by ``name`` (its name or its handle)."""
    comment = built[index] if index is not None else None
    return comment is not None and index is not None and written_by(name, comment, handles[index])
