"""A comment's name and time from what comes before its text, where no class names them (Ghost
and other utility-class markups): the first heading or bold run of a few words, and the first
element whose attributes or whose one run of text hold a time; a byline "Submitted by X on DATE".
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_header import FAN_BADGE
from threads.comment_names import clean_name
from threads.comment_words import PROFILE_DATE_WORDS, alternation
from threads.html_depth import REPLY_GLYPHS
from threads.html_dom import (
    HEADING_TAGS,
    first_element,
    is_inside,
    next_element,
    previous_element,
)
from threads.html_field_times import attribute_time, local_midnight, with_clock_beside
from threads.html_fields import is_badge, is_title, links_to, marked_name, submitted
from threads.html_reply_to import is_reply_to_line
from threads.html_time import parse_time
from threads.html_time_search import time_in_text
from threads.page_furniture import is_furniture_line
from threads.removed_placeholders import is_removed_placeholder

NAME_ELEMENTS: Final = frozenset({"h2", "h3", "h4", "h5", "h6", "strong", "b"})
_HEADINGS: Final = "h1, h2, h3, h4, h5, h6"  # (a subject before a byline that opens with the name)
_MAX_HEADER_NAME: Final = 60
_MAX_INITIALS: Final = 3
MAX_HEADER_NAME_WORDS: Final = 5
MIN_DATE_LINE: Final = 8
MAX_DATE_LINE: Final = 160


def name_and_time_before(
    node: LexborNode, content: LexborNode, comment_ids: set[int]
) -> tuple[str | None, datetime | None]:
    """Name and time from what comes before the comment's text, where no class names them (Ghost
    and other utility-class markups: ``h4`` "Helen Marsh", ``span title="2 Mar 2024 07:41"``):
    the first heading or bold run of a few words, and the first element whose attributes or
    whose one run of text hold a time."""
    author: str | None = None
    created: datetime | None = None
    stop = content.mem_id
    # A date inside a line of the header ("Posted by <b>Ron</b> on 3/13/2010 at 9:47 PM CST"),
    # read only where no element holds a time of its own.
    line_time: datetime | None = None
    byline: tuple[str, str] | None = None
    byline_node: LexborNode | None = None  # the element the byline is read from
    nobody = False
    plain: str | None = None  # the first short run of words alone in its element, before the time
    linked: str | None = None  # the last link before the time whose words read as a name
    for element in node.traverse():
        key = element.mem_id
        if key == stop or (key in comment_ids and key != node.mem_id):
            break
        if created is None and plain is None and author is None and not nobody:
            plain = _plain_name(element)
            # (a name for nobody alone in its element before the time, "neprihlásený čitateľ":
            # no bold line after it is the name, a subject ("Turisti") as like as not)
            nobody = plain is None and _nobody_alone(element)
        if created is None and element.tag == "a" and not links_to(element, node.attributes.get("id")):
            linked = _linked_plain_name(element) or linked
        if created is None:
            created = None if is_badge(element) else attribute_time(element.attributes)
            only = element.first_child
            if created is None and only is not None and only.next is None and only.is_text_node and not _profile_date(element):
                created = parse_time(only.text_content)  # a date printed in an unnamed span
                if created is not None and local_midnight(created) and ":" not in (only.text_content or ""):
                    created = with_clock_beside(created, element)
            elif byline is None and only is not None and only.next is not None and not is_inside(content, element):
                # (not an element around the text: its line holds the text, and the replies' dates)
                line = " ".join((element.text(deep=True, separator=" ") or "").split())
                if MIN_DATE_LINE <= len(line) <= MAX_DATE_LINE and any(c.isdigit() for c in line) and (
                    PROFILE_DATE.search(line) is None
                ):
                    if line_time is None:
                        # the first line that holds a time: not a rank card's counts above it
                        # ("Hero Member Posts: 3841 Karma: +61/-3", Simple Machines)
                        line_time = time_in_text(line)
                    byline = submitted(line, element.css_first(_HEADINGS) is None)
                    byline_node = element
        elif author is None and byline is None and (only := element.first_child) is not None and only.is_text_node and (
            only.next is not None and not is_inside(content, element)
        ):
            # the time came from a stamp (Drupal's hidden epoch): the byline still names the commenter
            line = " ".join((element.text(deep=True, separator=" ") or "").split())
            byline = submitted(line, element.css_first(_HEADINGS) is None) if len(line) <= MAX_DATE_LINE else None
            byline_node = element
        if author is None and not nobody and (element.tag in NAME_ELEMENTS or bold_by_style(element)) and not is_title(element) and (
            not _in_reply_line(element) and not links_to(element, node.attributes.get("id"))
        ):
            text = " ".join((element.text(deep=True) or "").split())
            text = _linked_name(element, text)
            if text[-1:] == ":" and " " not in text and (after := element.next) is not None and after.is_text_node:
                # a label in bold, the name after it in its line: "<b>Signatur:</b> Maj-Britt" (2007)
                text = " ".join((after.text_content or "").split())
            if 0 < len(text) <= _MAX_HEADER_NAME and parse_time(text) is None and (
                not is_furniture_line(text)  # a bold "Quote" button before the name (DataLife Engine)
            ) and not (len(text) <= _MAX_INITIALS and text.isalpha() and text.isupper()) and (  # (an avatar's initials, "HW")
                not number_label(text, node) and _NUMBERED_TITLE.match(text) is None and _FAN_LABEL.match(text) is None  # ("Top fan" over the name)
                and _POST_NUMBER.match(text) is None  # (a board's "No.4" in bold before the name)
            ):
                # (its words counted without "(not verified)": "Nguyễn Văn Phúc (chưa xác minh)"; a
                # badge's word kept where the name is the element's one run of text, the badge
                # beside it: "<b>Saar-Echo Redaktion</b> <span>Redaktion</span>")
                only_text = (first := element.first_child) is not None and first.next is None and first.is_text_node
                author = clean_name(text, badges=not only_text)
                if author is not None and len(author.split()) > MAX_HEADER_NAME_WORDS:
                    author = None
                elif author is None and len(text.split()) <= MAX_HEADER_NAME_WORDS and names_nobody(text):
                    nobody = True  # "Khách (chưa xác minh)": no heading below it is the name
        if author is not None and created is not None:
            break
    if byline is not None:
        # "by X on DATE" names the commenter (or, "by Anonymous Coward", nobody): a heading
        # above it is the comment's subject ("Re:Same old story (Score:3)"), not its author.
        name = marked_name(byline_node, byline[0]) if byline_node is not None else byline[0]
        return clean_name(name), created or time_in_text(byline[1])
    if author is None and not nobody and plain is not None and (created is not None or line_time is not None):
        # no heading or bold run: the name alone in its element, over or before the time
        # ("<div>Hannah Okafor</div> … <div title=…>2 weeks ago</div>", classes stripped; or
        # opening the time's line, "<span>דוד</span>, <span>לוד</span> <span>(28.10.23)</span>")
        author = plain
    if author is None and not nobody and plain is None and created is not None and linked is not None:
        # nor a name alone in an element: the name linked to its profile, the last link before
        # the time, past the buttons ("<a>引用</a> <a>舉報</a> <a>府城吃貨</a> <span title=…>")
        author = linked
    return author, created or line_time


def _in_reply_line(element: LexborNode) -> bool:
    """A bold name in the line that says whom the comment answers ("In reply to <span
    style=font-weight:700>PanoramaPete</span>", Coral under archive.today, over the commenter's
    own bold name): the one answered, not the commenter."""
    line = element.parent
    if line is None:
        return False
    text = " ".join((line.text(deep=True) or "").split())
    return len(text) <= MAX_DATE_LINE and is_reply_to_line(text)


def plain_name_before(node: LexborNode, opening: LexborNode | None, comment_ids: set[int]) -> tuple[bool, str | None]:
    """Whether a run of words alone in its element stands before a comment's text as its name,
    and that name (None for a name for nobody, "珠海网友", a Zhuhai netizen: not the next name, a
    quoted floor's), where the time comes after the text (archive.today's Changyan-like floors:
    "<span style=color:#2e6bb8>香洲老街坊</span><span>[广东省珠海市网友]</span>" over the text,
    the time under it). (False, None) where the text's block is not known or no name is found."""
    if opening is None:
        return False, None
    stop = opening.mem_id
    for element in node.traverse():
        if element.mem_id == stop or (element.mem_id in comment_ids and element.mem_id != node.mem_id):
            break
        if (name := _plain_name(element)) is not None:
            return True, name
        only = element.first_child
        if only is not None and only.next is None and only.is_text_node and names_nobody(" ".join((only.text_content or "").split())):
            return True, None
    return False, None


def lone_text(element: LexborNode) -> str | None:
    """An element's one run of text, its blanks folded; None where it holds more, or is a link,
    a button, an option or a label."""
    return None if element.tag in ("a", "button", "option", "label") else _one_run(element)


def _one_run(element: LexborNode) -> str | None:
    """An element's text where it is one run (no child element), its blanks folded; else None."""
    only = element.first_child
    if only is None or only.next is not None or not only.is_text_node:
        return None
    return " ".join((only.text_content or "").split())


def _plain_name(element: LexborNode) -> str | None:
    """An element's one run of text, where it reads as a name: a few words, no digit, no time,
    no button or label ("Reply", "Guest"), not a link."""
    text = lone_text(element)
    return None if text is None else _name_like(text)


def _linked_plain_name(element: LexborNode) -> str | None:
    """A link's one run of text, where it reads as a name (``_name_like``): a header's name linked
    to the profile, among its buttons ("引用", "舉報": Discuz!'s portal comments)."""
    if element.tag != "a" or (text := _one_run(element)) is None:
        return None
    if "#" in (element.attributes.get("href") or "") or (element.parent is not None and element.parent.tag in HEADING_TAGS):
        return None  # a permalink's words, a subject in its heading ("<h4><a href=…#cmt19622>cyclists</a></h4>")
    return _name_like(text)


def _name_like(text: str) -> str | None:
    """``text`` as a name, where it reads as one: a few words, no digit but a handle's, no time,
    no sentence's end, no button or label; else None."""
    if not 2 <= len(text) <= MAX_PLAIN_NAME or len(text.split()) > _MAX_PLAIN_NAME_WORDS or (
        any(c.isdigit() for c in text) and _HANDLE.match(text) is None
    ):
        return None
    if text[-1] in ".!?:;," and _INITIAL_LAST.search(text) is None or text[0] in "[(（<" or is_furniture_line(text) or (
        parse_time(text) is not None
    ):  # (a sentence's end, not a surname's initial: "Juma K.")
        return None  # (a label in brackets: "[Comment removed]", LiveJournal's "(Анонимно)")
    if is_removed_placeholder(text):
        return None  # a removed talkback's title where its name was ("תגובה הוסרה")
    return clean_name(text)


MAX_PLAIN_NAME: Final = 40
# A digit only in a handle's number at its end ("烧烤爱好者88", "kea_1987"): one word, led by
# at least two letters.
_HANDLE: Final = re.compile(r"^[^\W\d_]{2,}[^\W\d]*\d{1,6}$")
# A name ending in an initial: "Juma K.", "Marta G." (a first name, then one letter and its point).
_INITIAL_LAST: Final = re.compile(r"\S\s(?:[^\W\d_]|[JS]n?r)\.$")  # ("Dave R.", "Abubakar Tambuwal Jr.")
_MAX_PLAIN_NAME_WORDS: Final = 4


# A forum profile's date ("Joined: Mon Jan 01, 2018 12:00 pm"), alone or in the line of a
# profile box around it: never the post's time.
PROFILE_DATE: Final = re.compile(r"(?i)(?:^|\s)(?:" + alternation(PROFILE_DATE_WORDS) + r")\b")


def _nobody_alone(element: LexborNode) -> bool:
    """Whether an element's one run of text is a name for nobody ("neprihlásený čitateľ")."""
    text = lone_text(element)
    return text is not None and len(text) <= MAX_PLAIN_NAME and not any(c.isdigit() for c in text) and names_nobody(text) and not is_furniture_line(text)


def names_nobody(text: str) -> bool:
    """Whether a header's bold words are a name for nobody ("Anonymous", "Khách (chưa xác minh)"),
    not some other words ``clean_name`` refuses (a line of symbols)."""
    return any(c.isalpha() for c in text) and clean_name(text) is None


def _linked_name(element: LexborNode, text: str) -> str:
    """The name a bold line opens with as a link or a span, a badge in an element after it
    ("<a>Jenna Kittelson</a> <span>Herald staff</span>", "<span>Kate Murphy</span><span>Staff</span>":
    archive.today's copies of staff replies): that element's text; else the whole line."""
    link = first_element(element)
    if link is not None and " ".join((link.text(deep=True) or "").split()) in REPLY_GLYPHS and (after := next_element(link)) is not None:
        text = text.removeprefix(" ".join((link.text(deep=True) or "").split())).strip()
        link = after  # a reply's mark before the name ("<span>ㄴ</span><a>청주토박이</a>", a Korean paper's)
    opening = element.first_child
    if link is not None and opening is not None and opening.is_text_node and link.tag == "span" and next_element(link) is None and (
        (name := " ".join((opening.text_content or "").split()))
        and len(badge := " ".join((link.text(deep=True) or "").split())) <= _MAX_BADGE and len(badge.split()) <= _MAX_BADGE_WORDS
    ):
        return name  # the name as text, then its badge ("Lisa Werbicki<span style=…>Staff</span>", archive.today)
    if link is None or link.tag not in ("a", "span") or next_element(link) is None:
        return text
    name = " ".join((link.text(deep=True) or "").split())
    return name if name and text.startswith(name) and len(name) < len(text) else text


_MAX_BADGE: Final = 25
_MAX_BADGE_WORDS: Final = 3


def bold_by_style(element: LexborNode) -> bool:
    """An element drawn bold by its own style, as archive.today writes every class out as style
    ("<div style=font-weight:600>Rupjyoti Kalita</div>", wpDiscuz's name)."""
    style = element.attributes.get("style") or ""
    return "font-weight" in style and _BOLD_STYLE.search(style) is not None


_BOLD_STYLE: Final = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)\b")


def _profile_date(element: LexborNode) -> bool:
    """A profile card's date in a definition list: ``<dt>註冊時間</dt><dd>2010-2-14</dd>``
    (Discuz!), the term naming the member's joining."""
    term = previous_element(element) if element.tag == "dd" else None
    return term is not None and term.tag == "dt" and PROFILE_DATE.search(term.text(deep=True) or "") is not None


def header_before_text(
    node: LexborNode, comment_ids: set[int], opening: LexborNode | None
) -> tuple[str | None, datetime | None]:
    """Where nothing is named for a comment's text or time: the name and the time before its
    ``opening_block``, read as where only the text is named; the time with its clock only (a day
    alone, Medium's "Mar 3", is too little to go on). The bold name in the header archive.today
    left classless, beside the avatar and over the time (Kadence; a guest's unlinked name, Disqus)."""
    if opening is None:
        return None, None
    name, found = name_and_time_before(node, opening, comment_ids)
    return name, found if found is not None and (found.hour or found.minute) else None


def number_label(text: str, node: LexborNode) -> bool:
    """Whether a bold header is the comment's number under a word for it, not a name: the number
    its own id ends with ("ความคิดเห็นที่ 1-1", comment 1-1, over ``id=comment-1-1``: a Thai
    board's headers, the name under the text; "Kommentar #12")."""
    found = _LABEL_NUMBER.search(text)
    own = node.attributes.get("id") or ""
    return found is not None and own.endswith(found.group(1)) and not own[: -len(found.group(1))][-1:].isdigit()


# A talkback's number and title in bold over its name ("<b><span>1.</span> כל שנה אותו סיפור</b>"):
# no name opens with its comment's number.
_FAN_LABEL: Final = re.compile(rf"(?i)(?:{FAN_BADGE})$")
_NUMBERED_TITLE: Final = re.compile(r"^\d{1,4}[.)]\s+\S")
# A post's number alone: "No.4", "No. 12", "Nr. 3", "№ 7", "#15".
_POST_NUMBER: Final = re.compile(r"(?i)^(?:no\.?|nr\.?|№|#)\s*\d{1,6}$")
# A word or more, then a number of one or more parts ("3", "1-1", "#12") at the end.
_LABEL_NUMBER: Final = re.compile(r"\S\s+#?(\d{1,6}(?:[-.]\d{1,4})*)$")


def name_over_time(line: str, node: LexborNode, time: LexborNode) -> bool:
    """Whether ``line``, a few words without a digit, is printed before the comment's time (a
    name on its own line over the permalink printing the time, where no class names either)."""
    if len(line) > _MAX_HEADER_NAME or len(line.split()) > MAX_HEADER_NAME_WORDS or any(c.isdigit() for c in line):
        return False
    text = node.text(deep=True)
    at = text.find(line)
    return 0 <= at < text.find((time.text(deep=True) or "").strip() or "\0")


def name_after_time(time: LexborNode) -> str | None:
    """A name printed as bare text right after the time, past a dash ("<time>29 mars 18:05</time>
    - Lars-Erik Olsson <a>¶</a>", django-comments-xtd): what follows up to the next element, a few
    words without a digit."""
    after = time.next
    if after is None or not after.is_text_node:
        return None
    text = " ".join((after.text_content or "").replace("\xa0", " ").split()).lstrip("-–—·|: ").strip()
    if not text or len(text) > _MAX_HEADER_NAME or len(text.split()) > MAX_HEADER_NAME_WORDS or any(c.isdigit() for c in text):
        return None
    return clean_name(text)


def bold_nobody(line: str, node: LexborNode) -> bool:
    """Whether ``line`` is a name for nobody that the comment prints in bold, alone in its element
    ("<span style=font-weight:bold>Корбари Facebook</span>" over the text)."""
    if len(line) > _MAX_NOBODY_LINE or not names_nobody(line):
        return False
    return any(lone_text(element) == line and (element.tag in ("b", "strong") or bold_by_style(element)) for element in node.css("b, strong, span"))


_MAX_NOBODY_LINE: Final = 40
