"""What each comment's own elements say: its author, time, text and permalink elements, the
"in reply to" link or name, the commenter's handle.

A comment's fields sit somewhere in its own subtree (its replies' subtrees excluded), under class
names each theme chooses: one scan per page collects the best-ranked author, time and content
element of every comment (``scan_all``); ``html_comments`` reads the fields out of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_class_ranks import NO_RANKS, UNRANKED, class_ranks, names_of
from threads.html_dom import is_inside, is_quote
from threads.html_fediverse import PROFILE_HANDLE
from threads.html_field_times import EDITED, attribute_time
from threads.html_fields import rdf_author
from threads.html_reply_to import is_reply_to_link, link_target, name_replied_to, names_reply_to, reply_line
from threads.html_thread import Candidate
from threads.html_time import parse_time


# A link to the commenter's profile page: the name, where no class names one (IntenseDebate;
# Lobsters' "/~ansible_anna", scanned for its tilde; YouTube's channel "/@KVRNNews4").
def _mention_opening_text(link: LexborNode) -> bool:
    """Whether a profile link is an "@name" opening a sentence, the text running on after it
    ("<p><a href=/profile/88412>@सुनीता सिंह</a> सही कह रही हैं …</p>", or in a div under
    archive.today): whom the comment answers, not its author, where no class says which element
    holds the text."""
    after = link.next
    return (
        (link.text(deep=True) or "").lstrip().startswith("@")
        and after is not None and after.tag == "-text" and len(_WORD.findall(after.text_content or "")) >= 2
    )


_WORD: Final = re.compile(r"[^\W\d_]{2,}")  # (words running on: not " · 2h" after a handle in a header)


_PROFILE_HREF: Final = re.compile(
    r"(?i)/(?:people|users?|u|profiles?|members?|author|perfil|profil|profilo)/[^/?#]+/?$|/[~@][^/?#]+/?(?:\?[^#]*)?$"
    r"|//disqus\.com/by/[^/?#]+/?$"  # (Disqus's profile, where archive.today left no class to name it)
    r"|/user/view\.php\?id=\d+(?:&[^#]*)?$"
)  # (Medium's "https://medium.com/@marcos.tavares.ita?source=post_page---…"; Moodle's "/user/view.php?id=97&course=7")
# YouTube's link to one comment, on its time: "/watch?v=qT7mZx3LkPw&lc=UgzQ3k8m….9xK2Lm…".
_LINKED_COMMENT: Final = re.compile(r"[?&](?:lc|fb_comment_id)=([\w.-]{8,120})$")  # (and Facebook's plugin's link to one)
# A social post's own address, on its time: X's "/gwenparry/status/1905692711384920211", Bluesky's
# "/profile/x.bsky.social/post/3l6ktbw5pzw2k".
_POST_ADDRESS: Final = re.compile(r"/(?:status|post)/([a-z0-9]{10,20})$")
_CREATED: Final = re.compile(r"(?i)\bdateCreated\b|\bdc:created\b")
_FRAGMENT: Final = re.compile(r"#((?:comment|post|c|reply|msg)-?[\w-]{1,60})$")
PROFILE_RANK: Final = 4  # below every class-named author element
LINK_TIME_RANK: Final = 4  # a time a link holds (its dated tooltip, or a permalink's text): below every named one


@dataclass
class Own:
    """What one comment's own subtree (replies excluded) holds."""

    author: LexborNode | None = None
    author_rank: int = UNRANKED
    author_id: str | None = None
    time: LexborNode | None = None
    time_rank: int = UNRANKED
    shown: LexborNode | None = None  # the time printed by a class-named element, beside a hidden stamp
    shown_rank: int = UNRANKED
    content: LexborNode | None = None
    content_rank: int = UNRANKED
    permalink: str | None = None
    permalink_timed: bool = False  # whether the permalink's link carries the time (its tooltip)
    permalink_element: LexborNode | None = None  # the link the permalink was read from
    reply_to: str | None = None  # where an "in reply to" link points
    reply_name: str | None = None  # whom an "in reply to" tab without a link names (Discourse)
    reply_line: LexborNode | None = None  # the line the "in reply to" link stands in: not text
    handle: str | None = None  # the commenter's handle ("mkowalczyk" for Marta Kowalczyk)
    stamp: LexborNode | None = None  # a permalink carrying the instant (html_fields.stamped_time)
    floor: LexborNode | None = None  # the quoted floor box ``reply_name`` was read from (Changyan)


# One selector, one walk in C: lexbor tests every selector of a list on every element, and
# seventeen class-substring selectors cost about twice the page's parse. Elements whose class
# says nothing (class_ranks) are then passed over in Python, by a cached lookup per class value.
_SCAN_SELECTOR: Final = (
    ":is([class], time, cite, [itemprop], [data-username], [data-user-id], [data-author-id], [data-user-card],"
    " a[href*='#'], a[href*='/~'], a[href*='/@'], a[href*='lc='], a[href*='pid='], a[href*='view.php?id='], a[href*='/user/'], a[href*='/users/'], a[href*='/u/'], a[href*='/people/'], a[href*='/profil'], a[href*='/perfil/'], a[href*='disqus.com/by/'],"
    " [data-comment-timestamp], [data-testid], [rel*='author'], [property*='author'], [typeof*='Person'],"
    " [property*='created' i], [itemprop='dateCreated'])"
)
_SCAN_OTHER_ATTRS: Final = frozenset(
    {"itemprop", "data-username", "data-user-id", "data-author-id", "data-user-card", "data-comment-timestamp", "rel",
     "property"}
)


def scan_all(candidates: list[Candidate], comment_ids: set[int]) -> dict[int, Own]:
    """Each comment's own author, time, content and permalink elements (replies excluded).

    One CSS query per outermost comment instead of a Python walk over every element: each hit
    belongs to its nearest enclosing comment, and is applied in page order, as a walk would. The
    owner of every element passed on the way up is remembered, so siblings climb one step.
    """
    owns: dict[int, Own] = {}
    owner_of: dict[int, int] = {key: key for key in comment_ids}
    # What an "in reply to" box holds names the parent comment, not this one: its author's name
    # (Drupal's hidden "In reply to <title> by <name>"), its permalink.
    in_reply_box: set[int] = set()
    # What a quote box holds is the quoted comment's: its author's name and time ("<div
    # class=cita><div class=cita_autor>Cita de Puri (#1):</div>…"), not this comment's; its links
    # are still read (the one to the comment quoted).
    in_quote: set[int] = set()
    for candidate in candidates:
        if candidate.nested or candidate.dropped:
            continue
        for element in candidate.node.css(_SCAN_SELECTOR):
            key = element.mem_id
            if key in comment_ids or key in in_reply_box:
                continue
            attrs = element.attributes
            tag = element.tag
            value = names_of(attrs)
            if key in in_quote and tag != "a":
                continue
            if value is not None and tag in _QUOTE_BOX_TAGS and is_quote(element):
                in_quote.update(inner.mem_id for inner in element.traverse() if inner.mem_id != key)
            ranks = class_ranks(value) if value else NO_RANKS
            if ranks == NO_RANKS and tag == "div" and value == "comments" and _text_block(element):
                ranks = _TEXT_NAMED_AS_LIST  # an Iranian news CMS's text in "div.comments" (elsewhere a list)
            # A box named for the parent, around a link to the parent's own address (Discourse's
            # div.in-reply-to): the link has no class or fragment of its own to be scanned by.
            # (not a comment's own block: WordPress marks one that has replies "parent", and
            # OceanWP writes it on the article inside the comment's item)
            # An element carrying the parent's id is such a box too: Telegram's quote of the message answered.
            reply_box = "data-reply-to" in attrs or (
                tag not in ("a", "article", "li") and value is not None and names_reply_to(value)
            )
            # Changyan's stacked floors (盖楼): the comments answered quoted in boxes over the
            # reply's text, the oldest first; the last box is the comment answered.
            floors = tag == "div" and value is not None and ("wrap-floor" in value or "wrap-build" in value or "build-floor" in value)  # (and its "-gw" skins')
            # Netease's (跟帖) stacks them one inside another, each naming the comment it quotes:
            # "div.floor[data-pid=tie-9051390]", the outermost the comment answered
            quoted = attrs.get("data-pid") if tag == "div" and value is not None and "floor" in value else None
            floors = floors or quoted is not None
            reply_box = reply_box or floors
            if (
                ranks == NO_RANKS and not reply_box and tag not in ("time", "a", "cite")
                and _SCAN_OTHER_ATTRS.isdisjoint(attrs)
            ):
                continue
            owner_key = _owner(element, owner_of)
            if owner_key is None:
                continue
            own = owns.get(owner_key)
            if own is None:
                own = owns[owner_key] = Own()
            had_parent = own.reply_to
            _apply(own, element, tag, attrs, ranks)
            if tag == "a" and had_parent is None and own.reply_to is not None and (line := reply_line(element)) is not None:
                in_reply_box.update(inner.mem_id for inner in line.traverse() if inner.mem_id != key)
                own.reply_line = line
            if reply_box:
                # (but the commenter's own name leading the box: Komento's "<a>Luis</a> ▸ <a>Yusmary</a>")
                lead = leading_profile_link(element)
                kept = {inner.mem_id for inner in lead.traverse()} if lead is not None else set()
                if lead is not None and own.reply_to is None:
                    own.reply_to = _answered_after(element, lead)
                in_reply_box.update(inner.mem_id for inner in element.traverse() if inner.mem_id != key and inner.mem_id not in kept)
            if quoted and own.reply_to is None and own.reply_name is None:
                own.reply_to = f"#{quoted}"
            if floors and own.reply_to is None and (
                own.reply_name is None or own.floor is not None and not is_inside(element, own.floor)
            ) and (names := element.css("[class*='floor-name'], [class*='floor'] [class*='user-name']")):
                # (the last box of those side by side: each quotes one comment of the chain, the
                # comment answered last)
                own.reply_name = " ".join((names[-1].text(deep=True) or "").split()) or None
                own.floor = element
            if tag == "a" and own.reply_to is None and own.reply_name is None and value is not None and "reply" in value:
                # "<a class=nickname-reply href=/user/1017755>@Trần Thu Hà</a>" before the text: a
                # link to a profile, named for the reply, naming whom the comment answers
                own.reply_name = _at_name(element)
            elif tag == "a" and value is None and own.reply_to is None and own.reply_name is None and own.author is not None and (
                _PROFILE_HREF.search(attrs.get("href") or "") is not None
            ) and (at := _at_name(element)) is not None:
                # the same with its class gone ("<a href=/user/2210934>@Phạm Thu Hà</a>" opening the
                # text, VnExpress's under archive.today), after the commenter's own name
                own.reply_name = at
            elif tag == "a" and value == "mem_link" and own.reply_to is None and own.reply_name is None:
                # VK's mention of the member answered, by first name: "<a class=mem_link>Ольга</a>, …"
                own.reply_name = " ".join((element.text(deep=True) or "").split()) or None
            if reply_box and own.reply_to is None:
                link = element.css_first("a[href]")
                if link is None or (link.attributes.get("href") or "").startswith("javascript:"):
                    # "In reply to <span>Renata Alvarez</span>" naming, not linking (Coral's flattened replies)
                    # (or linking nowhere: Changyan's "回复 <a href=javascript:void(0)>@name</a>：")
                    own.reply_name = own.reply_name or name_replied_to(element)
                elif (href := link.attributes.get("href")) and is_reply_to_link(link, link.attributes):
                    own.reply_to = href
    return owns


_QUOTE_BOX_TAGS: Final = frozenset({"div", "blockquote", "table", "section", "aside"})


def _at_name(link: LexborNode) -> str | None:
    """The name an "@Name" link gives, else None (a "Reply" button)."""
    text = " ".join((link.text(deep=True) or "").split())
    return text[1:].strip() or None if text.startswith("@") and len(text) <= _MAX_AT_NAME else None


_MAX_AT_NAME: Final = 60


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


_TEXT_NAMED_AS_LIST: Final = (UNRANKED, UNRANKED, 3)
_BLOCK_TAGS: Final = frozenset({"div", "li", "article", "section", "ul", "ol", "table"})


def _text_block(element: LexborNode) -> bool:
    """A block holding text only, no blocks of its own (not a list of replies named "comments")."""
    return not any(inner.tag in _BLOCK_TAGS and inner.mem_id != element.mem_id for inner in element.traverse())


def leading_profile_link(box: LexborNode) -> LexborNode | None:
    """The link to a profile that a reply box's text opens with: the commenter's own name, before
    the one answered (Komento's "<a href=/perfil/luis>Luis</a> ▸ <a href=#comment-3412>Yusmary</a>"),
    not a name after the box's words ("in reply to <a href=/user/x>x</a>")."""
    link = box.css_first("a[href]")
    if link is None:
        return None
    href = link.attributes.get("href") or ""
    name = " ".join((link.text(deep=True) or "").split())
    if not name or "#" in href or _PROFILE_HREF.search(href) is None:
        return None
    return link if " ".join((box.text(deep=True) or "").split()).startswith(name) else None


def _answered_after(box: LexborNode, lead: LexborNode) -> str | None:
    """The link to the comment answered after the commenter's name in a reply box: its target."""
    for link in box.css("a[href]"):
        href = link_target(link.attributes)
        if link.mem_id != lead.mem_id and "#" in href and not href.endswith("#"):
            return href
    return None


def _leads_reply_box(link: LexborNode) -> bool:
    box = link.parent
    value = box.attributes.get("class") if box is not None else None
    if box is None or not value or not names_reply_to(value):
        return False
    lead = leading_profile_link(box)
    return lead is not None and lead.mem_id == link.mem_id


def _apply(
    own: Own, element: LexborNode, tag: str | None, attrs: dict[str, str | None], ranks: tuple[int, int, int],
) -> None:
    """What one element of a comment says about it; earlier and better-ranked elements win."""
    author, time, content = ranks
    if author < own.author_rank and ("hidden" in attrs or _no_name(element.text(deep=True).strip())):
        # YouTube hides the plain name link where a badge shows the creator's; IntenseDebate's
        # "idc-a" holds only the avatar, its name is in "IDAuthorName" after it; an avatar drawn
        # as the commenter's initials ("<div class=ava_user><span>BĐ</span>", VnExpress)
        author = UNRANKED
    if author < own.author_rank or (
        author == own.author_rank < UNRANKED and own.author is not None and is_inside(element, own.author)
    ):
        # Better ranked, or as good and inside the one found: a wrapper marking the post's
        # author ("wpd-blog-post_author") around the element holding the name.
        own.author, own.author_rank = element, author
    if time < own.time_rank and EDITED.match(element.text(deep=True).lstrip().casefold().removeprefix("last ")) is not None:
        time = UNRANKED  # "edited Mar 10 at 8:15" (Stack Exchange) before "asked Mar 9 at 21:40"
    if time < own.time_rank:
        own.time, own.time_rank = element, time
    if time < own.shown_rank:
        own.shown, own.shown_rank = element, time
    if content < own.content_rank or (
        content == own.content_rank < UNRANKED and own.content is not None
        and (is_inside(element, own.content) or not own.content.text(deep=True).strip())
    ):
        # As good and inside: the more precise (Drupal's body field inside "comment__content",
        # which holds the comment's subject too). As good after an empty one: phpBB 2 opens a
        # post that quotes with an empty "postbody" before the quote, its text in a second.
        own.content, own.content_rank = element, content
    if tag == "cite" and own.author_rank > 3:
        own.author, own.author_rank = element, 3  # a bare <cite> holds the name (tagDiv, classic themes)
    if (tag == "time" or "data-comment-timestamp" in attrs) and own.time_rank > 0:
        own.time, own.time_rank = element, 0  # Drupal marks each comment with its epoch in a hidden span
    if own.time_rank >= 0 and attrs.get("content") and _CREATED.search(attrs.get("property") or attrs.get("itemprop") or ""):
        # Drupal's RDF "schema:dateCreated" (D8+) or "dc:created" (D7): when it was posted, where
        # the epoch above is when it last changed (an edit) and the printed time may be a calendar
        # or zone nothing reads
        own.time, own.time_rank = element, -1
    itemprop = attrs.get("itemprop")
    if own.author_rank > 1 and (itemprop == "author" or rdf_author(attrs)):
        own.author, own.author_rank = element, 1  # microdata, or RDFa as Drupal writes it
    elif itemprop in ("text", "commentText") and own.content_rank > 0:
        own.content, own.content_rank = element, 0
    for name in ("data-username", "data-user-id", "data-author-id"):
        value = attrs.get(name)
        if value and own.author_id is None and value != "0":
            own.author_id = value
    handle = attrs.get("data-user-card") or attrs.get("data-username")
    if handle and handle.startswith("@"):
        # XenForo's mention in the text ("data-username='@Søren Holm'") names whom it answers
        own.reply_name = own.reply_name or handle[1:]
    elif own.handle is None:
        own.handle = handle  # as "reply to" tabs name the commenter
    if tag == "a":
        href = attrs.get("href") or ""
        if not href and own.reply_name is None and names_reply_to(attrs.get("class") or ""):
            own.reply_name = name_replied_to(element)  # Discourse's "reply-to-tab"
        if own.reply_to is None and is_reply_to_link(element, attrs) and not _leads_reply_box(element):
            own.reply_to = link_target(attrs)
            return
        if own.author_rank > PROFILE_RANK and _PROFILE_HREF.search(href) and element.text(deep=True).strip() and (
            own.content is None or not is_inside(element, own.content)
        ) and not _mention_opening_text(element):
            # (not the avatar's link before the name's, nor a name in the text: Lobsters' "[Comment
            # removed by moderator <a href=/~ruthv>ruthv</a>: …]")
            own.author, own.author_rank = element, PROFILE_RANK
        if own.handle is None and (at := PROFILE_HANDLE.search(href)) is not None and "mention" not in (attrs.get("class") or ""):
            own.handle = at.group(1)  # the Fediverse's "/@harmb@mastodon.nl", not a mention in the text
        if own.time_rank > LINK_TIME_RANK and attrs.get("data-tooltip") and attribute_time(attrs) is not None:
            own.time, own.time_rank = element, LINK_TIME_RANK  # Bluesky's "2d" over "15 de outubro de 2024 às 19:05"
        if own.stamp is None and "showComment=" in href:
            own.stamp = element  # Blogger's permalink, carrying the comment's instant
        if own.permalink is not None and not own.permalink_timed and (
            (match := _FRAGMENT.search(href)) is not None and match.group(1) != own.permalink
            and (titled := element.css_first("[title]") if element.attributes.get("title") is None else element) is not None
            and attribute_time(titled.attributes) is not None
        ):
            # a second link within the page carrying the time: the comment's own permalink; the
            # first, a name linking the comment answered (Disqus's "Mihai Costache" after the
            # commenter's name under archive.today, its "parent-link" class gone), which is no text
            if own.reply_line is None:
                own.reply_line = own.permalink_element
            own.permalink, own.permalink_timed, own.permalink_element = match.group(1), True, element
            if own.time_rank > LINK_TIME_RANK:
                own.time, own.time_rank = titled, LINK_TIME_RANK
        if own.permalink is None:
            match = _FRAGMENT.search(href) or _LINKED_COMMENT.search(href) or _POST_ADDRESS.search(href)
            if match is not None:
                own.permalink, own.permalink_element = match.group(1), element
                own.permalink_timed = element.attributes.get("title") is not None and attribute_time(element.attributes) is not None
                if own.time_rank > LINK_TIME_RANK and (text := element.text(deep=True).strip()) and parse_time(text):
                    # the permalink printing the time, where no class names it (WordPress saved by
                    # archive.today, which strips them): "<a href=#comment-311>April 11, 2024 at 9:14 am</a>"
                    own.time, own.time_rank = element, LINK_TIME_RANK
                elif own.time_rank > LINK_TIME_RANK and (titled := element.css_first("[title]")) is not None and (
                    attribute_time(titled.attributes) is not None
                ):
                    # ... or an age with the instant in its tooltip ("<a href=#cmt-48812301><span
                    # title='19:42 22/3/2024 (GMT+7)'>12h trước</span></a>", VnExpress's under archive.today)
                    own.time, own.time_rank = titled, LINK_TIME_RANK


def _no_name(text: str) -> bool:
    """Nothing, or an avatar's initials ("HW", "BĐ"): no name."""
    return not text or (len(text) <= _MAX_INITIALS and all(c.isupper() for c in text))


_MAX_INITIALS: Final = 3
