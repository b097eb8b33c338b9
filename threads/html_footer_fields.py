"""A comment's name and time from what comes after its text, where no class names them: the
time in a footer under the text (an element holding only a time, or a tooltip dating a relative
time), the name in that footer's line or in the name's own line there, and a name in bold opening
the text's first line. Split from ``html_header_fields``, which reads what comes before the text.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_names import clean_name
from threads.html_dom import in_other_comment, is_inside, previous_element
from threads.html_field_times import attribute_time
from threads.html_header_fields import (
    MAX_DATE_LINE,
    MAX_HEADER_NAME_WORDS,
    MAX_PLAIN_NAME,
    MIN_DATE_LINE,
    NAME_ELEMENTS,
    PROFILE_DATE,
    bold_by_style,
    lone_text,
    names_nobody,
)
from threads.html_text_opening import MIN_SHORT_TEXT_WORDS
from threads.html_time import parse_time
from threads.html_time_search import time_in_text
from threads.page_furniture import is_furniture_line
from threads.text import count_words


def name_opening_text(opening: LexborNode | None) -> str | None:
    """A name in bold opening the comment's first paragraph, its words after it on the same line
    ("<p><span style=font-weight:700><a href=…/users/feed/57842107><b>Minh Tuấn</b></a></span>
    Đường Thùy Vân cuối tuần kẹt cứng…</p>", VnExpress under archive.today): a few words, no
    sentence, and more text after it."""
    if opening is None or opening.tag != "p":
        return None
    first = opening.first_child
    while first is not None and first.is_text_node and not (first.text_content or "").strip():
        first = first.next
    if first is None or first.is_text_node or not (first.tag in ("b", "strong") or bold_by_style(first) or first.css_first("b, strong") is not None):
        return None
    after = first.next
    if after is None or not after.is_text_node or count_words(after.text_content or "") < MIN_SHORT_TEXT_WORDS:
        return None
    text = " ".join((first.text(deep=True) or "").split())
    if not 0 < len(text) <= MAX_PLAIN_NAME or len(text.split()) > MAX_HEADER_NAME_WORDS or text[-1:] in ".!?:;," or (
        parse_time(text) is not None or is_furniture_line(text)
    ):
        return None
    return text


def name_and_time_after_text(node: LexborNode, comment_ids: set[int]) -> tuple[str | None, datetime | None]:
    """The time after the text (``_time_after_text``), and the name printed before it in its
    line, where no name comes before the text: "<b>ลุงเขียว ดอนสัก</b> · <span>12 มิ.ย. 67 เวลา
    08:45 น.</span>" under the text, a Thai board's footer copied by archive.today. The name is
    the line's first element of a few words, bold or alone, before the time; None for a name for
    nobody."""
    found = _time_after_text(node, comment_ids)
    if found is None:
        return None, None
    element, created = found
    line = element.parent
    if line is None or line.mem_id == node.mem_id or len(" ".join((line.text(deep=True) or "").split())) > MAX_DATE_LINE:
        return None, created
    before = previous_element(element)
    while before is not None and (earlier := previous_element(before)) is not None and earlier.tag != "img":
        before = earlier  # the line's first element (after the avatar)
    if before is None or before.mem_id == element.mem_id:
        return None, created
    text = " ".join((before.text(deep=True) or "").split())
    if not (bold_by_style(before) or before.tag in NAME_ELEMENTS or before.tag == "a" or _coloured_span(before) or names_nobody(text)) or (
        not 0 < len(text) <= MAX_PLAIN_NAME or len(text.split()) > MAX_HEADER_NAME_WORDS
    ) or parse_time(text) is not None or is_furniture_line(text) or text[:1].isdigit():
        return None, created  # (a "Reply" link, "Thích 86", "28 Thích", a like's count, before the time)
    return clean_name(text), created


def _coloured_span(element: LexborNode) -> bool:
    """A span coloured by its own style, its text its one run: a name's link colour as
    archive.today copies it without the class ("<span style=color:rgb(0,102,51)>ชาวสวนท่าใหม่</span>"
    first in a Thai board's footer, before the time)."""
    style = (element.attributes.get("style") or "").replace(" ", "").lower()
    return element.tag == "span" and (style.startswith("color:") or ";color:" in style) and lone_text(element) is not None


def _time_after_text(node: LexborNode, comment_ids: set[int]) -> tuple[LexborNode, datetime] | None:
    """Where no time comes before a comment's text and nothing names one: an element holding only
    a time with its clock, after the text (a Vietnamese paper's "Thích 86 · Trả lời · 07:42
    18/04/2025" under it, archive.today's copy), or a tooltip dating a short run of text there;
    not a reply's, nested inside. The time and the element it was read from."""
    for element in node.traverse():
        only = element.first_child
        if element.mem_id in comment_ids and element.mem_id != node.mem_id:
            continue
        if (element.tag in _TOOLTIP_TAGS or _dated_tooltip(element)) and (stamp := attribute_time(element.attributes)) is not None and (
            not in_other_comment(element, node, comment_ids)
        ):
            return element, stamp  # a relative time's dated tooltip ("<abbr title='Tuesday, 12 March 2024 at 11:00'>2y</abbr>")
        if only is None or only.next is not None or not only.is_text_node:
            continue
        text = only.text_content or ""
        if len(text) <= MAX_DATE_LINE and any(c.isdigit() for c in text) and ":" in text and (
            (found := parse_time(text)) is not None and not in_other_comment(element, node, comment_ids)
        ):
            return element, found
    return None


_TOOLTIP_TAGS: Final = frozenset({"abbr", "time"})


def _dated_tooltip(element: LexborNode) -> bool:
    """Any element whose tooltip may date the comment: a title over a short run of text of its
    own, a relative time ("<div title='10 Marzo 2025 18:40'> 2 giorni fa</div>", wpDiscuz under
    archive.today; "<span title='04/11/2024 08:12 (GMT+7)'>7h trước</span>"), no button or link."""
    title = element.attributes.get("title")
    only = element.first_child
    return bool(title) and any(c.isdigit() for c in title or "") and element.tag not in ("a", "button", "img") and (
        only is not None and only.next is None and only.is_text_node and 0 < len((only.text_content or "").strip()) <= _RELATIVE_CHARS
    )


_RELATIVE_CHARS: Final = 30


def time_in_name_line(name: LexborNode, node: LexborNode, content: LexborNode | None) -> datetime | None:
    """The time printed in the line that holds the commenter's name, where no element holds it
    and the line comes after the text, so no header is read before it (a 2008 Swedish paper's
    "<p class=kommentar-info>Skrivet av: <span class=signatur>Fyrisån</span> | 2008-10-25 20:14
    | Anmäl</p>" under the text). Not a line around the text, or the comment's own element."""
    line_box = name.parent
    if line_box is None or line_box.mem_id == node.mem_id or content is not None and is_inside(content, line_box):
        return None
    line = " ".join((line_box.text(deep=True, separator=" ") or "").split())
    if not MIN_DATE_LINE <= len(line) <= MAX_DATE_LINE or PROFILE_DATE.search(line) is not None:
        return None
    return time_in_text(line)
