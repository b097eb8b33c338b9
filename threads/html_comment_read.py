"""One comment's own text, author, time and permalink id, from its element and what the page's one
scan (``html_scan``) found in it: where classes name them, those; where nothing does (archive.today
writes every class out as style), the header before the text, the name over the time, the time
after the text. Furniture (buttons, votes, avatars, "says") is left out of the text.

Split from ``html_comments`` (finding the comments and building the tree) as one idea.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_header import NAME_THEN_TIME
from threads.comment_names import ORDINAL, SAYS, clean_name
from threads.comment_words import FURNITURE_CAMEL, FURNITURE_TOKEN
from threads.header_names import without_date_preposition
from threads.html_class_ranks import names_of
from threads.html_dom import HEADING_TAGS, definition_of, next_element, node_lines, previous_element
from threads.html_field_times import epoch_of, posted_time, printed_in_byline, stamped_time, time_of
from threads.html_fields import (
    author_id,
    author_name,
    is_title_class,
    links_to,
    marked_name,
    permalink,
    submitted,
    text_by_length,
    text_by_number,
    title_only,
)
from threads.html_footer_fields import name_and_time_after_text, name_opening_text, time_in_name_line
from threads.html_header_fields import (
    bold_nobody,
    header_before_text,
    name_after_time,
    name_and_time_before,
    name_over_time,
    number_label,
    plain_name_before,
)
from threads.html_own_lines import own_lines, removed_label
from threads.html_reply_to import (
    is_reply_to_line,
    reply_line_name,
)
from threads.html_scan import PROFILE_RANK, Own
from threads.html_text_opening import lines_from, opening_block, text_around_opening, without_header_lines
from threads.html_time import parse_time
from threads.html_time_search import time_in_text
from threads.model import ParsedComment
from threads.name_glue import is_short_day
from threads.page_words import SAYS_WORDS, alternation
from threads.removed_placeholders import is_removed_placeholder

# A ping's text: "Pingback: <a>title</a>", as WordPress's Arabic prints it too ("تنبيه:", a notice).
_PING_TEXT: Final = re.compile(
    r"(?i)^(?:(?:تنبيه\s*:?\s*)?(?:pingback|trackback)|تنبيه"  # (and "تنبيه Pingback:")
    # WordPress's "Pingback:"/"Trackback:" in Bengali, Hindi, Japanese, Korean, Chinese, Russian
    r"|পিংব্যাক|ট্র্যাকব্যাক|पिंगबैक|ट्रैकबैक|ピンバック|トラックバック|핑백|트랙백|引用通告|Уведомление)\s*[:：]"
)


def _is_furniture(element: LexborNode) -> bool:
    value = names_of(element.attributes)
    if value and _furniture_class(value):
        return True
    # (a comment's own title heading its text, "h4.posting-title", or a link to the comment
    # itself named for its title, an Israeli talkback's "a.tb-title", is not its text:
    # ``title_only`` reads it where the comment has nothing else)
    tag = element.tag
    return tag in ("header", "footer") or bool(value) and (
        tag in HEADING_TAGS or tag in _TITLE_BLOCKS or tag == "a" and "#" in (element.attributes.get("href") or "")
    ) and is_title_class(value or "")  # (the link to the comment, in the page's address or not: "https://…/park#tb_7781203")


# Blocks a comment's subject line may be, named for a title ("div.prisp-nadpis", a Czech paper's).
_TITLE_BLOCKS: Final = frozenset({"div", "span", "p", "strong", "b"})


@functools.lru_cache(maxsize=4096)
def _furniture_class(value: str) -> bool:
    """Whether a class attribute marks comment furniture; read once per class value, as themes
    repeat the same few on every comment. A BEM modifier names a variant of the block beside it,
    not a part ("status__content--with-action" is the text, which has actions)."""
    tokens = value.split()
    if len(tokens) > 1 and any(_CONTENT_TOKEN.search(t) for t in tokens):
        return False  # the text's own box, a furniture word beside its name as a modifier (Commentics' "cmtx_content_area reply")
    return any((FURNITURE_TOKEN.match(t) or FURNITURE_CAMEL.search(t)) and "--" not in t for t in tokens)


_CONTENT_TOKEN: Final = re.compile(r"(?i)(?:^|[-_])content(?:[-_]area)?$")


_REPLY_LINE_CHARS: Final = 100
_REPLY_LINE_AT: Final = 4  # how far down a comment's lines its reply line may stand (under a name, a time, a badge)
_SHORT_DAY_CHARS: Final = 12
_LABEL_CHARS: Final = 40  # a comment's number under a word for it, over its text


# "says:" closing a header line, run into the badge before it ("Staffsays:", archive.today's copy).
_SAYS_END: Final = re.compile(rf"(?i)(?:{alternation(SAYS_WORDS)})\s*:$")


# A header line's rest: its number, a "wrote" word, its date and clock; a few words besides.
_STAMP_IN_LINE: Final = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\D{0,8}\d{1,2}[:.]\d{2}")
_HEADER_REST_CHARS: Final = 60
_HEADER_REST_WORDS: Final = 3


def _badge_after(rest: str, name: str) -> bool:
    """What follows the commenter's name on a line over the text is a badge: a few words, no
    sentence ("Herald staff", "редакция"), or one glued on at a capital ("Gulu Post TeamStaff")."""
    glued = rest[:1].isupper() and name[-1:].islower()
    return (rest[:1] == " " or glued) and len(rest) <= _BADGE_CHARS and len(rest.split()) <= _BADGE_WORDS and not any(
        c in _SENTENCE_MARKS for c in rest
    )


def _badge_beside(name_element: LexborNode, name: str, first: str, node: LexborNode) -> bool:
    """Whether the first line of a comment is what follows its name in the name's own line: a
    badge ("<span><a>MVL Community Team</a></span> <span>Mod</span>"), left as a line of its own
    where the name's element is skipped as read."""
    box = name_element.parent
    while box is not None and " ".join((box.text(deep=True) or "").split()) == name:
        box = box.parent  # (the name's wrappers: a bold span around its link)
    line = " ".join((box.text(deep=True) or "").split()) if box is not None else ""
    if not line.startswith(name):
        return False
    if len(line) <= len(name) + _BADGE_CHARS + 1 and line[len(name):].strip() == first and _badge_after(" " + _SAYS_END.sub("", first), name):
        return True
    # (the badge, then the time read from the line, and separators around it: "Redazione STAFF ·
    # <span title=…>2 giorni fa</span> · #", its first line "STAFF · · #"; "<a>거제신문 편집국</a><span
    # class=badge_official>공식</span><span class=txt_date>…</span>", its first line "공식")
    badge = " ".join(first.translate(_SEPARATORS).split())
    if box is None or box.mem_id == node.mem_id or badge[:1] == "@":
        return False  # (the comment's own box: its words, "@Ada" naming whom it answers)
    return bool(badge) and " ".join(line[len(name):].translate(_SEPARATORS).split()).startswith(badge) and (
        _badge_after(" " + badge, name)
    )


_SEPARATORS: Final = str.maketrans(dict.fromkeys("·•|#", " "))


_BADGE_CHARS: Final = 30
_BADGE_WORDS: Final = 3
_SENTENCE_MARKS: Final = frozenset(".,!?:;")


def read_comment(node: LexborNode, comment_ids: set[int], own: Own) -> ParsedComment | None:
    """One comment's fields, or None for a pingback that only its text gives away."""

    # The name and time elements the scan found by their class are not text either, whatever
    # their class says ("UFICommentActorName" sits inside Facebook's content element).
    named = {
        e.mem_id
        for e, rank in ((own.author, own.author_rank), (own.time, own.time_rank))
        if e is not None and rank <= PROFILE_RANK
    }
    line = own.reply_line
    if line is not None and line.mem_id != node.mem_id and (own.content is None or line.mem_id != own.content.mem_id) and (
        len(line.text(deep=True) or "") <= _REPLY_LINE_CHARS
    ):
        named.add(line.mem_id)  # "回覆 <a>B1 鹽埕老高雄</a>": whom it answers, read already; not a sentence going on

    link = permalink(node, own.permalink)
    if own.content is not None and own.content.tag == "p" and not (own.content.text(deep=True) or "").strip() and (
        (after := next_element(own.content)) is not None and after.tag == "p" and (after.text(deep=True) or "").strip()
    ):
        # named for the text but empty, the text in the paragraph after it: Ghost's "<p
        # class=gh-comment-content><p>…</p></p>", whose inner paragraph the parser closes the outer for
        own.content = after

    def skip(element: LexborNode) -> bool:
        key = element.mem_id
        return key in comment_ids or key in named or _is_furniture(element) or (
            element.tag in HEADING_TAGS and (links_to(element, link) or _subject_over_text(element, node))
        )

    if own.content is None and node.tag == "dl" and (term := node.css_first("dl > dt")) is not None and (
        (definition := definition_of(term)) is not None
    ):
        own.content = definition  # a definition list's comment: its dt the header, its dd the text ("dl.res#res3")
    if own.content is None:
        own.content = text_by_number(node, (own.author, own.time), comment_ids, link)
        if own.content is None and own.author is None and own.time is None:
            own.content = text_by_length(node, comment_ids)
            if own.content is not None and header_before_text(own.content, comment_ids, opening_block(own.content))[1] is not None:
                # the box holding most words holds the header too, a name and a time over the text
                # (Ghost under archive.today, an avatar's initials before the box): read as where
                # nothing is named, the header before the text's first paragraph
                own.content = None
    # Where nothing names the text or the time, the element around its first long paragraph is
    # where the text is read from (archive.today's classless Disqus: not the header line above
    # it); the name and the time are still looked for as where nothing names the text.
    opened = text_around_opening(node, comment_ids) if own.content is None and own.time is None else None
    author = author_name(own.author) if own.author is not None else None
    created = time_of(own.time) if own.time is not None else None
    if own.stamp is not None:
        created = stamped_time(own.stamp) or created
    if created is not None and own.time is not None and own.shown is not own.time and (
        "data-comment-timestamp" in own.time.attributes
    ) and (shown := own.shown or printed_in_byline(node)) is not None:
        created = posted_time(created, shown)  # (the printed time in the byline, where nothing names it)
    elif own.time is not None and (epoch := epoch_of(node)) is not None:
        created = posted_time(epoch, own.time)  # the comment's own element stamped, its time printed
    byline = headed = False
    if own.time is not None and (author is None or created is None):
        byline_fields = submitted(" ".join((own.time.text(deep=True, separator=" ") or "").split()))
        if byline_fields is not None:
            # An anonymous byline ("by Anonymous Coward on ...") names nobody: no other element
            # (the comment's subject heading) is its name.
            byline = True
            author = author or clean_name(marked_name(own.time, byline_fields[0]))
            created = created or parse_time(byline_fields[1])
    if author is not None and created is None:
        combined = NAME_THEN_TIME.match(author)
        if combined is not None and parse_time(combined.group("time")) is not None:
            # ("Posté par <b>X</b> le 29/03/2008 à 23h12": "le", on, is the date's)
            author = clean_name(without_date_preposition(combined.group("name")))
            created = parse_time(combined.group("time"))
    # (and where the element named for a time held none: DataLife Engine's "meta" box holds the
    # buttons, its time an unnamed span by the name)
    if own.content is not None and (own.author is None and author is None or created is None):
        header_author, header_time = name_and_time_before(node, own.content, comment_ids)
        if own.author is None and author is None and not byline:
            author = header_author
        if created is None:
            created = header_time
        if created is None and own.time is None and own.author is None and not byline:
            footer_author, created = name_and_time_after_text(node, comment_ids)  # no time before the text: its footer's
            author = author or footer_author
    opening: LexborNode | None = None
    inline_name: str | None = None  # a name in bold opening the text's own line, taken off it
    footer_name: str | None = None  # a name in the time's line under the text, the line taken off
    if created is None and own.time is None and own.content is None:
        # nothing named for the text or the time (archive.today): the header before the text
        opening = opening_block(node, comment_ids) or opening_block(node)  # (else a reply's: the header is all before it)
        header_author, created = header_before_text(node, comment_ids, opening)
        headed = created is not None
        if created is None:
            footer_author, created = name_and_time_after_text(node, comment_ids)
            if created is not None and header_author is None:
                # a name not in bold over the text, or a name for nobody: the header all the same
                headed, header_author = plain_name_before(node, opening, comment_ids)
                if not headed:
                    # else a name in bold opening the text's line, or the name in the time's line
                    # under the text
                    inline = name_opening_text(opening)
                    header_author = clean_name(inline) if inline is not None else footer_author
                    inline_name = inline
                    footer_name = footer_author if inline is None else None
        if author is None and own.author is None and not byline:
            author = header_author  # a guest's bold name, unlinked (Disqus by archive.today)
        # (a name over the text with the time after it: what stands between them is the header too,
        # "Works at …", "Top Commenter" under the Facebook plugin's names)
        headed = headed or (header_author is not None and created is not None and footer_name is None)
    elif author is None and own.author is None and own.content is None and own.time is not None and not byline:
        author = header_before_text(node, comment_ids, opening_block(node))[0]  # only the time named (archive.today's <time>)
    if author is None and own.author is None and own.time is not None and not byline:
        author = name_after_time(own.time)  # "<time>…</time> - Lars-Erik Olsson" (django-comments-xtd)
    root = own.content if own.content is not None else opened or node
    if node.tag == "dt" and own.content is None:
        # A definition list's comment: the text is the dd after its head, without the replies'
        # nested list; the head names the commenter ("Ray Pollard said..."), and a second dd
        # under the text may hold the time (classic Blogger's "comment-footer").
        root = definition_of(node) or node
        nested = skip
        skip = lambda element: element.tag == "dl" or nested(element)  # noqa: E731
        head = " ".join(node.text(deep=True).split()).rstrip(".…")
        if author is None and not byline and not any(c.isdigit() for c in head):
            author = clean_name(head)
        footer = definition_of(root) if root is not node else None
        if created is None and footer is not None:
            created = stamped_time(footer) or time_of(footer)  # its permalink's stamp, else its printed time
    raw = node_lines(root, skip, quotes=True)
    if own.reply_to is None and own.reply_name is None and own.reply_line is None:
        # a line saying whom the comment answers, where no element is named for it (archive.today:
        # "↳ en respuesta a <b>@Gustavo R.</b>"): the name, for the tree to find (``html_mentions``)
        top = raw[:_REPLY_LINE_AT] if root is node else _lines_before(root, node)  # (the text's box alone: the header's lines)
        own.reply_name = next((name for line in top if (name := reply_line_name(line)) is not None), None)
    lines = own_lines(raw)
    # startswith first: the sub is what it costs on a long first paragraph, and can only
    # leave ``author`` when the line starts with it.
    if author and lines and lines[0].startswith(author) and (
        SAYS.sub("", lines[0]) == author
        or len(lines) > 1 and _badge_after(_SAYS_END.sub("", lines[0][len(author):]), author)  # "Jenna Kittelson Herald staff", "…EditorStaffsays:"
    ):
        lines = lines[1:]
        if len(lines) > 1 and is_reply_to_line(lines[0]):
            lines = lines[1:]  # then whom it answers ("↪In reply to Opiyo Denis", Coral under archive.today)
    elif author and own.author is not None and len(lines) > 1 and _badge_beside(own.author, author, lines[0], node):
        lines = lines[1:]  # a badge in the name's line, the name read from its own element ("Mod", archive.today's Disqus)
        if len(lines) > 1 and is_reply_to_line(lines[0]):
            lines = lines[1:]  # then whom it answers ("in risposta a Marco Giraudo")
    elif author is None and own.author is None and own.time is not None and len(lines) > 1 and name_over_time(
        lines[0], node, own.time
    ):
        # a name on its own line above the time, where no class names it (archive.today's
        # WordPress): the commenter, or nobody ("Anonymous"), and not the comment's words
        author = clean_name(lines[0])
        glyph = not any(map(str.isalnum, lines[0])) or len(lines[0]) == 1  # ("?", an avatar's initial "ن")
        lines = lines[1:]
        author = None if glyph else author
        if glyph and len(lines) > 1 and name_over_time(lines[0], node, own.time):
            # the line was an avatar's glyph or initial ("?", "ن"): the name is the next ("Anonym ·")
            author = clean_name(lines[0].rstrip(" ·•|–-"))
            lines = lines[1:]
    elif author is None and len(lines) > 1 and bold_nobody(lines[0], node):
        lines = lines[1:]  # a name for nobody in bold over the text ("Корбари Facebook", Facebook user): no words of the comment
    elif author is None and created is None and len(lines) > 1:
        header = NAME_THEN_TIME.match(lines[0])
        if header is not None and parse_time(header.group("time")) is not None:
            # (and "Escrito por <b>X</b> el 14/06/2011 a las 09:12": "el", on, is the date's)
            author = clean_name(without_date_preposition(header.group("name")))
            created = parse_time(header.group("time"))
            lines = lines[1:]
    if created is None and own.time is None and (epoch := epoch_of(node)) is not None:
        created = epoch  # only the comment's own element says when (HyperComments' "data-hc-time" beside "acum 2 zile")
    if created is None and own.time is None and own.author is not None:
        created = time_in_name_line(own.author, node, own.content)  # the name's line, under the text
    if inline_name is not None and lines and lines[0].startswith(inline_name + " "):
        lines[0] = lines[0][len(inline_name) + 1 :]  # the name opening the text's line ("Minh Tuấn Đường Thùy Vân…")
    if footer_name is not None and len(lines) > 1 and lines[-1].startswith(footer_name) and time_in_text(lines[-1]) == created:
        lines = lines[:-1]  # the name and time under the text, read from there (a Thai board's footer)
    if len(lines) > 1 and len(lines[0]) <= _LABEL_CHARS and (number_label(lines[0], node) or ORDINAL.match(lines[0])):
        lines = lines[1:]  # the comment's number over its text, where the name is not ("ความคิดเห็นที่ 3", a talkback's "1.")
    if headed and len(lines) > 1:
        lines = without_header_lines(lines, opening)  # the name, badge and time over the text ("Гость", "редакция")
    elif own.content is None and own.time is not None and own.author is None and author is not None and len(lines) > 1 and (
        around := text_around_opening(node, comment_ids)
    ) is not None:
        # the header the name was read from, over the box of the text (Ghost under archive.today:
        # an avatar's initials "HW", then "Hine Walker", the place and the time)
        lines = lines_from(lines, node_lines(around, skip, quotes=True))
    if created is not None and own.time is None and len(lines) > 1 and len(lines[0]) <= _HEADER_REST_CHARS and (
        _STAMP_IN_LINE.search(lines[0]) is not None and len(_STAMP_IN_LINE.sub("", lines[0]).split()) <= _HEADER_REST_WORDS
        and time_in_text(lines[0]) == created
    ):
        lines = lines[1:]  # what is left of the header line once its name was read: "1. skrev 24.03.2007 kl. 21:14"
    if created is not None and own.time is None and len(lines) > 1 and len(lines[0]) <= _SHORT_DAY_CHARS and is_short_day(lines[0]):
        lines = lines[1:]  # the day the time was read from, printed over a short text ("Aug 15" over "Comment deleted")
    if lines and _PING_TEXT.match(lines[0]):
        return None
    if not lines and (title := title_only(node, comment_ids) or removed_label(node, comment_ids)) is not None:
        lines = [title]
    if author is not None and is_removed_placeholder(author):
        author = None  # a removed comment's label where its name was, in bold ("Commento eliminato"), its line read off as a name's
    return ParsedComment(
        body="\n\n".join(lines),
        external_id=link,
        author_name=author,
        author_external_id=author_id(node, own.author_id) if author else None,
        created_at=created,
    )


def _subject_over_text(heading: LexborNode, node: LexborNode) -> bool:
    """Whether a heading opening a box of the comment, a paragraph after it, is the comment's
    subject ("<h4>Re: Konečně</h4><p>…</p>", a Czech paper's discussion), not its first line. (Not
    a first post opening with the story's headline in a larger heading: that post is the story,
    its heading the title, in a forum or a chat's export.)"""
    box = heading.parent
    return heading.tag in _SUBJECT_TAGS and box is not None and box.mem_id != node.mem_id and previous_element(heading) is None and (
        (after := next_element(heading)) is not None and after.tag == "p"
    ) and len(heading.text(deep=True) or "") <= _SUBJECT_CHARS


_SUBJECT_CHARS: Final = 120
_SUBJECT_TAGS: Final = frozenset({"h4", "h5", "h6"})


def _lines_before(box: LexborNode, node: LexborNode) -> list[str]:
    """The short lines just before a comment's text box inside the comment (its header's: name,
    time, whom it answers), nearest last: the elements before the box and before each element
    around it, up to the comment's own, a few at each level."""
    found: list[str] = []
    inner: LexborNode | None = box
    while inner is not None and inner.mem_id != node.mem_id and len(found) < _REPLY_LINE_AT:
        before = previous_element(inner)
        taken = 0
        while before is not None and taken < _REPLY_LINE_AT:
            text = " ".join((before.text(deep=True) or "").split())
            if text and len(text) <= _REPLY_LINE_CHARS:
                found.append(text)
            before = previous_element(before)
            taken += 1
        inner = inner.parent
    return found

