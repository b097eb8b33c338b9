"""One comment's name, author id and permalink id, from the elements ``html_comments`` found for
them, and a byline's name and date (its time from ``html_field_times``; where no class names them,
``html_header_fields`` reads what comes before its text).
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_names import clean_name
from threads.comment_words import SUBMITTED_AFTER_WORDS, SUBMITTED_BY_WORDS, SUBMITTED_ON_WORDS, alternation
from threads.html_class_ranks import UNRANKED, class_ranks
from threads.html_dom import (
    class_tokens,
    first_element,
    in_other_comment,
    is_inside,
    is_quote,
    next_element,
    node_lines,
    previous_element,
)
from threads.html_time import parse_time
from threads.html_time_search import time_in_text
from threads.page_furniture import is_furniture_line
from threads.removed_placeholders import is_removed_placeholder

# Inside a name element, a button is the name (Coral v4's username button), not an action.
_NAME_TAGS: Final = frozenset({"button"})
_DIGIT: Final = re.compile(r"\d")
_WRAPPER_ID: Final = re.compile(r"^(?:wc-comm-(\d+)_\d+|comment-item-(\d+))$")
_ID_PREFIX: Final = re.compile(r"^(?:li-|div-)(?=comment-)")


# Attributes a comment element carries its own id in, besides ``id``: the permalink where the
# element has no id, and what a parent attribute or a forum's reference names (html_reply_to).
DATA_ID_ATTRS: Final = ("data-comment-id", "data-id", "data-post-id", "data-pid", "data-mid", "data-cid", "data-message-id")  # (Sina's, ...)
# A byline holding name and time: Drupal's "Submitted by X on DATE", Typepad's "Posted by: X | DATE",
# Slash's "by X (2281) on Tuesday March 06, 2012 @09:14AM" (the number is the user's).
_SUBMITTED: Final = re.compile(
    r"(?i)^(?:(?:(?:submitted|posted)\s+)?by:?|" + alternation(SUBMITTED_BY_WORDS).replace(" ", r"\s+") + r")\s+"
    r"(?!" + alternation(SUBMITTED_ON_WORDS) + r"\s)(.+?)"  # (no name at all: "Posted by  on 3/10/2024", a removed comment)
    r"(?:\s+\(\s*\d+\s*\))?(?:\s+" + alternation(SUBMITTED_ON_WORDS) + r"\s+|\s*\|\s*)(.+)$"
)
_SUBMITTED_AFTER: Final = tuple(
    re.compile(r"(?i)^" + re.escape(prefix) + r"\s*(\S.*?)\s+" + r"\s+".join(map(re.escape, words.split())) + r"\s*[:—–-]?\s+(\S.*)$")
    for prefix, words in SUBMITTED_AFTER_WORDS
)


def submitted(line: str, name_first: bool = True) -> tuple[str, str] | None:
    """A byline's name and the date after it: "Submitted by X on DATE" as Drupal and its
    translations print it, the name first in some ("በX የተለጠፈ — DATE"); ``name_first`` false
    where the line may open with other words (a header's subject heading before the byline)."""
    match = _SUBMITTED.match(line) or next(
        (m for form in _SUBMITTED_AFTER if name_first and (m := form.match(line))), None
    )
    return (match.group(1), match.group(2)) if match is not None else None


def marked_name(byline: LexborNode, name: str) -> str:
    """The name in a byline where the page set it apart in bold or as a link, without what follows
    it before the date: "Scritto da <b>Marta</b> <span>(Arcella)</span> il 26 marzo 2007" names Marta
    of the Arcella quarter."""
    for marked in byline.css("b, strong, a"):
        text = " ".join((marked.text(deep=True) or "").split())
        if text and name != text and name.startswith(text):
            return text
    return name


_FOOTER_CHARS: Final = 100


def text_by_length(node: LexborNode, comment_ids: set[int]) -> LexborNode | None:
    """The element holding a comment's text where nothing in it is named at all (Google Groups'
    obfuscated classes): the child holding most of the comment's words, after a header (never
    the first child), not holding a reply."""
    total = len((node.text(deep=True) or "").strip())
    best: LexborNode | None = None
    best_length = 0
    child = node.child
    first = True
    while child is not None:
        if not child.is_text_node:
            length = len((child.text(deep=True) or "").strip())
            if not first and length > best_length and not any(inner.mem_id in comment_ids for inner in child.traverse()) and (
                not is_quote(child)  # (nor the box of the words it quotes, longer than its own: archive.today's bar down its left)
            ) and not (length <= _FOOTER_CHARS and time_in_text(child.text(deep=True) or "") is not None):
                # (nor a short line holding a time, the name, a badge and the time under a short text)
                best, best_length = child, length
            first = first and length == 0
        child = child.next
    return best if best is not None and best_length * 2 > total else None


def text_by_number(
    node: LexborNode, own: tuple[LexborNode | None, ...], comment_ids: set[int], permalink: str | None = None
) -> LexborNode | None:
    """The element holding a comment's text where no class names it, found by its id: the
    comment's number under another prefix ("comm-id-5123" inside "comment-id-5123", DataLife
    Engine; "msg_48815" under the anchor "msg48815" over an id-less post, Simple Machines). Not
    a heading (the post's subject, "subject_48815"), not one holding the name or time found
    (WordPress's "div-comment-12" wraps all), nor the box of its replies ("sub_50723117")."""
    ident = node.attributes.get("id") or permalink or ""
    number = _ID_NUMBER.search(ident) or _BARE_NUMBER.match(ident)  # (a post's bare number: "128734702")
    if number is None:
        return None
    best: LexborNode | None = None
    best_length = 0
    for element in node.css(f"[id$='{number.group(1)}']"):
        other = element.attributes.get("id") or ""
        if (
            element.mem_id != node.mem_id and element.mem_id not in comment_ids and element.tag not in _NOT_TEXT_TAGS
            and _ID_NUMBER.search(other) is not None and not any(
                part is not None and (part.mem_id == element.mem_id or is_inside(part, element) or is_inside(element, part))
                for part in own  # (nor one inside them: MyBB's edit note in the date)
            )
            and not any(inner.mem_id in comment_ids for inner in element.traverse())  # not the replies' box
        ):
            # the one holding most text: not an empty mark (MyBB's "edited_by_88127") nor a guest's
            # name box before the text (vBulletin 3's "postmenu_48227" before "post_message_48227")
            length = len((element.text(deep=True) or "").strip())
            if length > best_length and not _buttons_only(element):
                best, best_length = element, length
    return best


def _buttons_only(element: LexborNode) -> bool:
    """Whether every line of an element is a button or a count ("Reply", "Like", "Liked by 4
    people"): the box of a comment's actions carrying its number ("div#comment-5521" around
    WordPress's reply link, "p#comment-like-412"), not its text, where no class says which."""
    lines = node_lines(element, glue=" ")
    return bool(lines) and all(is_furniture_line(line) for line in lines)


_NOT_TEXT_TAGS: Final = frozenset({"a", "h1", "h2", "h3", "h4", "h5", "h6"})
# An id's number, after a letter or separator: "comment-id-5123" → "5123".
_ID_NUMBER: Final = re.compile(r"\D(\d{2,})$")
_MESSAGE_ID: Final = re.compile(r"(?:message-)?sp_[\w-]+_c_\w+$")
# A block's first element that is its header ("email-header"), carrying the block's id.
_HEADER_ID: Final = re.compile(r"(?i)^[\w-]*header\b")
_BARE_NUMBER: Final = re.compile(r"^(\d{3,})$")
_COMMENT_NO: Final = re.compile(r"\bcommentNo:'(\d+)'")


def title_only(node: LexborNode, comment_ids: set[int]) -> str | None:
    """The title of a comment that has nothing else to say: Israeli talkbacks are often a headline
    with no text, and a moderator must still see it. Not a reply's title, nested in it."""
    for element in node.css(_TITLE_SELECTOR):
        if not is_title_class(element.attributes.get("class") or "") or in_other_comment(
            element, node, comment_ids
        ):
            continue
        text = " ".join((element.text(deep=True) or "").split())
        return text if 0 < len(text) <= _MAX_TITLE_CHARS else None
    return None


_TITLE_SELECTOR: Final = "[class*='title' i], [class*='subj' i], [class*='nadpis' i], [class*='titulek' i]"
# (and "msgTitle"; Czech and Slovak "nadpis", "titulek": a heading, a title)
_TITLE_TOKEN: Final = re.compile(r"(?:(?i:^|[-_])(?i:title|subject|subj|nadpis|titulek)|[a-z](?:Title|Subject))$")


def is_title_class(value: str) -> bool:
    """A class naming a comment's own title or subject ("posting-title", "msgTitle")."""
    return any(_TITLE_TOKEN.search(token) for token in value.split())
_MAX_TITLE_CHARS: Final = 200


def is_title(element: LexborNode) -> bool:
    """A comment's own title (Drupal's subject line, a link to the comment itself), not its author."""
    value = element.attributes.get("class") or ""
    if not value and element.parent is not None:
        value = element.parent.attributes.get("class") or ""  # "<div class=msgsubj><b>Re: Budget</b>"
    return "title" in value or "subj" in value or element.css_first("a.permalink, a[rel~='bookmark']") is not None


# A header line long enough to hold a date and short enough to be a header, not the text.
# A badge beside the name, by the last word of its class: "comment__role-badge", "user-flair".
# Lobsters' "hat" (a title its holder was granted, the grant's date in its tooltip).
_BADGE_CLASS: Final = re.compile(r"(?i)(?:^|[-_])(?:badges?|flair|role|user-?tag|hat)$|[a-z]Badge$|^badges?[-_]")  # (and "badge-official")


def links_to(element: LexborNode, ident: str | None) -> bool:
    """Whether an element is, or opens with, a link to the comment ``ident`` names: its title, not
    its text or its author (Drupal's "<h3><a href=/comment/1204#comment-1204>" subject, an Israeli
    talkback's "1. <a href=…#talkback-1>סוף סוף</a>" over the name, under archive.today)."""
    link = element if element.tag == "a" else element.css_first("a[href]")
    return bool(ident) and link is not None and (link.attributes.get("href") or "").endswith(f"#{ident}")


def author_id(node: LexborNode, found: str | None) -> str | None:
    for name in ("data-comment-user-id", "data-user-id", "data-author-id"):
        value = node.attributes.get(name)
        if value and value != "0":
            return value
    return found


def _not_name(element: LexborNode) -> bool:
    """Inside a name element, what is not the name: an avatar, "says", a badge or role in an
    element of its own ("comment__role-badge": "Library board")."""
    if element.tag in ("img", "svg"):
        return True
    return any(t == "says" or _NOT_NAME_PART.search(t) is not None for t in class_tokens(element)) or is_badge(element) or (
        # the time, by a class in any language ("<span class=fecha>el 27/03/2009 a las 19:02</span>"),
        # where it reads as one ("qa-c-item-who-data" holds the name: "data" is also Italian's date)
        (value := element.attributes.get("class")) is not None and class_ranks(value)[1] < UNRANKED
        and parse_time(element.text(deep=True)) is not None
    )


# Inside a name box, the comment's date and reply link (OceanWP's "comment-author" holds the name,
# then "comment-meta" with the date and "Reply").
_NOT_NAME_PART: Final = re.compile(r"(?i)(?:^|[-_])(?:meta|metadata|commentmetadata|date|reply-link|permalink)$")


def is_badge(element: LexborNode) -> bool:
    """A badge beside the name, whose tooltip's date is when it was granted, not the comment's time."""
    return any(_BADGE_CLASS.search(t) is not None for t in class_tokens(element))


def author_name(element: LexborNode) -> str | None:
    """The commenter's name: the element's first line; but where the name is an element of its
    own followed by more (a badge "Top 10 commenter", "Verified: Councillor", a handle "theskey"
    after "Tom Heskey"), only that first element: a link, bold text, or a full name before a
    one-word handle (Discourse, Talkyard)."""
    only = element.first_child
    if only is not None and only.next is None and only.is_text_node:
        # One run of text is the name as the page holds it: a badge would be an element of its own;
        # or a removed comment's label where its name was (Substack's "Comment deleted")
        text = " ".join((only.text_content or "").split())
        return None if is_removed_placeholder(text) else clean_name(text, badges=False)
    if element.attributes.get("itemprop") == "author" and (named := element.css_first("[itemprop='name']")) is not None and (
        name := " ".join((named.text(deep=True) or "").split())
    ):
        # schema.org's Person names itself: Discourse's "<span itemprop=name>kbarrett</span> (Keith Barrett)"
        return clean_name(name)
    link = first_element(element)
    if link is not None and link.tag == "a" and next_element(link) is None and (
        (text := " ".join((link.text(deep=True) or "").split())) == " ".join((element.text(deep=True) or "").split())
    ):
        # the name, a link alone in its element, as the page holds it: a badge would be beside it
        # ("<span class=fn><a>Gazette Editor</a></span><span>Staff</span>", WordPress)
        return None if is_removed_placeholder(text) else clean_name(text, badges=False)
    lines = node_lines(element, _not_name, _NAME_TAGS, glue=" ")
    if not lines:
        return None
    label = first_element(element)
    if label is not None and label.tag in ("b", "strong", "label", "span") and (
        (word := " ".join((label.text(deep=True) or "").split())).endswith(":") and " " not in word and lines[0].startswith(word)
    ):
        # a label before the name, in bold: a 2007 Swedish paper's "<b>Signatur:</b> Maj-Britt"
        return clean_name(rest) if (rest := lines[0][len(word):].strip()) else None
    if " " in lines[0] and sum(1 for _ in zip(range(2), element.iter(), strict=False)) == 2:
        # two words or more in two elements or more: perhaps a name and something after it
        children = [
            (child.tag, text)
            for child in element.iter()
            if child.tag not in ("img", "svg", "-text", "-comment")
            and (text := " ".join((child.text(deep=True) or "").split()))
        ]
        if len(children) >= 2:
            (tag, first), (_tag, second) = children[0], children[1]
            if (tag in ("a", "b", "strong") or (" " in first and " " not in second)) and parse_time(second) is None:
                return clean_name(first)  # (a time after the name is read from the whole line)
    return clean_name(lines[0])


def permalink(node: LexborNode, found: str | None) -> str | None:
    ident = node.attributes.get("id")
    if ident and (wrapper := _WRAPPER_ID.match(ident)) is not None:
        # wpDiscuz 5's "wc-comm-30516_30511" (own id, parent's) and JComments' "comment-item-1532"
        # wrap the "comment-30516" that links point at.
        wanted = f"comment-{wrapper[1] or wrapper[2]}"
        if node.css_first(f"[id='{wanted}']") is not None:
            return wanted
    if ident and (found is None or _DIGIT.search(ident) is not None):
        # (an id without a number names no one comment: YouTube gives every comment id="comment",
        # and its link to the comment names it)
        return _ID_PREFIX.sub("", ident)[:255]
    first = first_element(node)  # a message board's cell opening with its anchor
    if node.tag == "li" and first is not None and first.tag in ("article", "div", "section"):
        inner = first.attributes.get("id")  # a bare list item around the comment's block
        if inner and (_ID_NUMBER.search(inner) is not None or _MESSAGE_ID.match(inner) is not None):
            return inner[:255]  # (or OpenWeb's "message-sp_kkH3r2Zq_news-…_c_2yA8Lm4vRr", a hash at its end)
        block = first if inner else first_element(first)  # (in a wrapper of its own: OpenWeb's "message-stack")
        named = block.attributes.get("id") if block is not None else None
        if block is not None and named and any(
            (value := block.attributes.get(name)) and (value == named or value.rsplit("_", 1)[-1] == named.rsplit("_", 1)[-1])
            for name in DATA_ID_ATTRS
        ):
            # an id the block repeats as its message's id ("sp_Hk3v…_c_2uNk…", OpenWeb's), or the
            # end of it ("sp_c_2fQs5Hn0" beside "sp_Q7sTl2nZ_…_c_2fQs5Hn0")
            return named[:255]
    if not ident and node.attributes.get("role") == "article" and first is not None and first.tag == "div" and (
        (block_id := first.attributes.get("id") or "").startswith("comment-") and _DIGIT.search(block_id) is not None
    ):
        return block_id[:255]  # Coral's article around "div#comment-<its id>" (a headless browser's snapshot)
    if found is None and first is not None and _HEADER_ID.match(first.attributes.get("class") or ""):
        inner = first.attributes.get("id")  # HyperKitty's message hash, on the message's header
        if inner and _DIGIT.search(inner) is not None:
            return inner[:255]
    if node.tag == "tr" and first is not None and first.tag == "td":
        first = first_element(first)  # a row's first cell opening with the anchor ("<td class=nr><a name=kommentar-30112>")
    if first is not None and first.tag == "a" and not first.attributes.get("href") and not first.text().strip():
        anchor = first.attributes.get("id") or first.attributes.get("name")
        if anchor:
            return anchor[:255]
    sibling = previous_element(node)
    if sibling is not None and sibling.tag == "a":
        anchor = sibling.attributes.get("id") or sibling.attributes.get("name")
        if anchor:
            return anchor[:255]
    for name in DATA_ID_ATTRS:
        value = node.attributes.get(name)
        if value:
            return f"comment-{value}"[:255]
    test_id = node.attributes.get("data-testid")
    if found is None and test_id and test_id.startswith("comment-") and _DIGIT.search(test_id) is not None:
        return test_id[:255]  # Coral's item around a comment, or around its tombstone: "comment-<its id>"
    if (info := node.attributes.get("data-info")) and (number := _COMMENT_NO.search(info)) is not None:
        return f"comment-{number[1]}"  # Naver's data-info="commentNo:'7312846192038133761',…"
    if node.tag == "tr":
        # phpBB 2: the post's number is an empty anchor by the poster's name, in the row's first cell
        for mark in node.css("a[name]"):
            name = mark.attributes.get("name") or ""
            if name.isdigit() and not mark.text().strip():
                return name
    return found or _anchor_over_box(node) or _wrapper_id(node)


def _wrapper_id(node: LexborNode) -> str | None:
    """The id of a wrapper around this comment alone, a few levels up: Coral's tombstone for a
    deleted comment ("div#comment-0c9d…" around the indent around it) has no link of its own."""
    wrapper = node.parent
    for _ in range(_WRAPPER_LEVELS):
        if wrapper is None:
            return None
        ident = wrapper.attributes.get("id")
        if ident:
            inner = [found for found in wrapper.css("[id^='comment']") if found.mem_id != wrapper.mem_id]
            if ident.startswith("comment") and _DIGIT.search(ident) and not inner:
                return ident[:255]
            return None
        wrapper = wrapper.parent
    return None


_WRAPPER_LEVELS: Final = 3


def _anchor_over_box(node: LexborNode) -> str | None:
    """The numbered empty anchor just before the box that holds only the comment's element
    (Simple Machines: ``<a id="msg48815"></a><a id="new"></a>`` over ``div.windowbg2``, whose
    one block is the post's ``div.post_wrapper`` between two decorative spans)."""
    box = node.parent
    if box is None or box.attributes.get("id") or any(
        child.mem_id != node.mem_id and child.tag in ("div", "article", "section", "li") for child in box.iter()
    ):
        return None
    sibling = previous_element(box)
    while sibling is not None and sibling.tag == "a" and not sibling.attributes.get("href") and not sibling.text().strip():
        anchor = sibling.attributes.get("id") or sibling.attributes.get("name") or ""
        if _ID_NUMBER.search(anchor) is not None:
            return anchor[:255]
        sibling = previous_element(sibling)
    return None


_RDF_AUTHOR: Final = re.compile(r"(?:^|\s)(?:schema:)?author(?:\s|$)")


def rdf_author(attrs: dict[str, str | None]) -> bool:
    """An RDFa author: Drupal's rel/property "schema:author", or a Person's name."""
    value = attrs.get("rel") or attrs.get("property")
    if not value:
        return False
    if "author" in value and _RDF_AUTHOR.search(value) is not None:
        return True
    # A person's name in RDFa ("Submitted by <span typeof="schema:Person" property="schema:name">"):
    # a comment's own schema:name is its subject, so only a Person's counts.
    return value in ("schema:name", "foaf:name") and "Person" in (attrs.get("typeof") or "")
