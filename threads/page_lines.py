"""Each line of a comment section as a renderer printed it: its indent, its list marker (a
number or a bullet glyph) and its text after the marker.

Scrapers disagree on glyphs (``•``, ``□``, ``-``, numbers...), and renderers add their own habits:
item numbers right-aligned (" 9." over "10.", so "10." may start its line), buttons and dates
printed as list items ("• Reply", "• 3 likes"), and an item that opens with its avatar's alt text
("* Avatar") over the comment's lines. ``page_comments`` builds the reply tree from what this
module reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Final

from threads.comment_header import SAYS_HEADER, read_header
from threads.date_lines import date_line
from threads.page_furniture import MIN_ARTICLE_LINE_WORDS, is_date_line, is_furniture_line, strip_bullets
from threads.text import indent_width, starts_lower

NUMBERED: Final = "#"

# Lines at most this long may be a renderer's button, counter or date ("Reply", "3 likes").
_FURNITURE_MAX: Final = 48
# An avatar's alt text alone after a list marker ("[3c2b1a]").
_ALT_MAX: Final = 42
# A number marker from here up is an item only in sequence (or first in the section).
_LONE_NUMBER_MAX: Final = 100
_NUMBER_MARKER: Final = re.compile(r"(?:\d{1,6}[.)]|\(\d{1,6}\))(?=\s|$)")
_INDENTED_NUMBER: Final = re.compile(r"\s+(?:\d{1,6}[.)]|\(\d{1,6}\))(?=\s|$)")
# A list marker, number or glyph, and the blanks after it.
_MARKER: Final = re.compile(r"^(?:\d{1,6}[.)]|\(\d{1,6}\)|\S)\s+")
# An indented line's bullet glyph (or any one character) standing alone before the text.
_BULLET_ITEM: Final = re.compile(r"[ \t]+(\S)(?:[ \t]|$)")
# Characters scrapers use as bullets that Unicode does not file under symbols or dashes.
# lynx marks nested lists ``*``, ``+``, ``o``, ``#``, ``@``.
_EXTRA_BULLETS: Final = frozenset("•‣⁃◦∙·*+※⁌⁍o#@")
# Symbols that open quoted or compared text rather than list items.
_NOT_BULLETS: Final = frozenset("<>=|^`¬~")
# A toolbar's items over a thread: short, one line each, a few groups at most (``past_toolbars``).
_TOOLBAR_ITEM_CHARS: Final = 16
_MAX_TOOLBARS: Final = 3
# A word of a row of links: letters (an apostrophe or hyphen inside), no digits or punctuation.
_LINK_ROW_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
_BULLET_CATEGORIES: Final = frozenset({"So", "Sm", "Pd"})
# Emoji are no renderer's bullets: a line opening with one is a comment's votes ("👍 9👎 1") or text.
_FIRST_EMOJI: Final = "\U0001f000"
_glyph_cache: dict[str, bool] = {}


def is_bullet_glyph(ch: str) -> bool:
    known = _glyph_cache.get(ch)
    if known is None:
        known = ch in _EXTRA_BULLETS or (
            ch not in _NOT_BULLETS and ch < _FIRST_EMOJI and unicodedata.category(ch) in _BULLET_CATEGORIES
        )
        _glyph_cache[ch] = known
    return known


def _is_furniture(content: str) -> bool:
    """A renderer's button, counter or date line; buttons are capitalised ("Reply", not "reply")."""
    text = strip_bullets(content)
    if not text:
        # Glyphs only: an empty counter or menu entry ("o" under Disqus's share menu), or one run
        # together with a separator ("* * •", links); unless its text starts on the next line,
        # deeper (``opens_item``).
        return True
    if text[:1] == "(" and text.startswith("(BUTTON) "):
        text = text[9:]  # lynx's label for a button: "(BUTTON) Load 3 more replies"
    marker = _NUMBER_MARKER.match(text)
    if marker is not None:
        text = text[marker.end() :].lstrip()  # " 1. Graham Pike Avatar": the number is the item's
    return bool(text) and not (text[:1].islower() and starts_lower(text)) and is_furniture_line(text)


def _is_marked_header(content: str) -> bool:
    """A list item that opens with its author ("1. Petra says:"): a comment, not a button."""
    marker = _NUMBER_MARKER.match(content)
    if marker is None and len(content) > 1 and content[1].isspace() and is_bullet_glyph(content[0]):
        return SAYS_HEADER.match(content[2:].lstrip()) is not None
    return marker is not None and SAYS_HEADER.match(content[marker.end():].lstrip()) is not None


def is_numbered_item(line: str) -> bool:
    """Whether an indented line starts with a number marker (``  1.``, ``\t2)``)."""
    return _INDENTED_NUMBER.match(line) is not None and not is_day_first_date(line)


def is_day_first_date(line: str) -> bool:
    """Whether a line opening with a list number is a date that opens with its day and a full
    stop ("3. März 2024 um 10:05", as German, Czech, Nordic and other sites write dates), a stamp
    the renderer indented, not a list item."""
    text = line.strip()
    return (text[1:2] == "." or (text[2:3] == "." and text[1:2].isdigit())) and is_date_line(text)


def classify_lines(lines: Sequence[str], start: int, end: int) -> tuple[list[int], list[str | None], list[str]]:
    """Indent column, marker class and text after the marker for each line of ``lines[start:end]``.

    The class is ``NUMBERED`` for ``1.``, ``2)`` or ``(3)``, the glyph itself for a bullet, and
    None for plain text. A marker needs whitespace or the end of the line after it, so ``1.5m``,
    ``-5`` and ``**bold**`` stay text. Blank and unindented lines get column -1: inside a comment
    section an unindented line is page furniture ("Reply", "Load more"), skipped like a blank one.
    """
    count = end - start
    indents = [-1] * count
    kinds: list[str | None] = [None] * count
    texts = [""] * count
    number_marker = _NUMBER_MARKER.match
    numbers: dict[int, int] = {}  # column -> last item number there
    taken = -1  # the last line read as the text of the number alone above it
    for i in range(count):
        if i <= taken:
            continue
        raw = lines[start + i]
        content = raw.lstrip()
        if not content:
            continue
        offset = len(raw) - len(content)
        furniture = len(content) <= _FURNITURE_MAX and _is_furniture(content)
        if furniture:
            if _is_marked_header(content):
                furniture = False  # "1. Petra says:" opens a comment
            elif not opens_item(lines, start + i, end, offset):
                # "• Reply", "March 3, 2021 at 5:12 pm", "• 3 likes": the renderer's, not a reply.
                continue
            # else "* Avatar" over the comment's lines: an item, without the alt text
        first = content[0]
        if not offset and not (first.isdigit() and content[1:2].isdigit()):
            continue  # unindented: furniture, unless a right-aligned "10." (below)
        column = indent_width(raw)[0] if "\t" in raw[:offset] else offset
        if first.isdigit() or first == "(":
            match = number_marker(content)
            if match is not None:
                marker = match.group()
                # "1." to "9." are always items; a longer number is one when it continues a
                # list, right-aligned (w3m and lynx print " 9." over "10.") or not.
                if len(marker) == 2:
                    numbers[column] = int(marker[0])
                else:
                    placed = _number_column(marker, column, numbers, indented=offset > 0)
                    if placed is None:
                        match = None
                    else:
                        column = placed
            if match is not None:
                indents[i] = column
                kinds[i] = NUMBERED
                content = content[match.end() :]
                texts[i] = "" if furniture else content
                if i + 1 < count and (not content or content[-1] == "]"):
                    below = _text_under_marker(content.strip(), lines[start + i + 1], column)
                    if below is not None:
                        texts[i], taken = _name_again(lines, start + i + 1, end, below)
                        taken -= start
                continue
        if not offset:
            continue
        indents[i] = column
        if (len(content) == 1 or content[1].isspace()) and is_bullet_glyph(first):
            kinds[i] = first
            content = content[1:]
            texts[i] = "" if furniture else content
            if i + 1 < count and content[-1:] in ("", "]"):
                below = _text_under_marker(content.strip(), lines[start + i + 1], column)
                if below is not None:
                    texts[i], taken = _name_again(lines, start + i + 1, end, below)
                    taken -= start
            continue
        texts[i] = content
    return indents, kinds, texts


def _text_under_marker(content: str, line: str, column: int) -> str | None:
    """The item's header from the line under its marker, where the marker's line holds nothing
    else, or only an avatar's alt text: lynx prints a number alone ("    1." over "   Lorraine
    Beckwith says:", a column left of the number), w3m an avatar ("1. [3c2b1a]" over "Fiona
    Galbraith says:"). Without this a reply's header a column left of its marker would read as its
    parent's text, and "Name says:" as furniture. Under a bare marker, any line that is no list
    item of its own from two columns left of the marker on; under an alt text, only "Name says:"
    (which then reads "[3c2b1a] Fiona Galbraith says:"; a name alone under it is read as before)."""
    if content and not is_alt_text(content):
        return None
    text = line.lstrip()
    offset = len(line) - len(text)
    if not text or not column - 2 <= offset <= column + 6 or "\t" in line[:offset]:
        return None
    says = text[-1] == ":" and SAYS_HEADER.match(text) is not None
    if content:
        return f"{content} {text}" if says else None
    if _NUMBER_MARKER.match(text) or ((len(text) == 1 or text[1].isspace()) and is_bullet_glyph(text[0])):
        return None
    return None if not says and len(text) <= _FURNITURE_MAX and _is_furniture(text) else text


def _name_again(lines: Sequence[str], index: int, end: int, text: str) -> tuple[str, int]:
    """The item's header taken from under its bare marker at ``lines[index]``, and the last line it
    spans: lynx prints an avatar's alt text (the name) and then the name again, with a badge after
    it ("Ruth Ellingson" over "Ruth Ellingson Post author"), both a column left of the marker; the
    second line is the header, so the repeated name is not read as the comment's first words."""
    after = index + 1
    if after < end:
        line = lines[after]
        again = line.lstrip()
        if again.startswith(text) and len(line) - len(again) == len(lines[index]) - len(lines[index].lstrip()):
            return again, after
    return text, index


def _number_column(marker: str, column: int, numbers: dict[int, int], *, indented: bool) -> int | None:
    """The column of an item numbered 10 or more, or None if the number is text.

    It continues the list at its column (the samples left-align " 9." and " 10."), or the list
    one or two columns right of it (w3m and lynx right-align " 9." over "10.", so "10." may even
    start its line). Otherwise an indented number below 100 starts a list, and so does any first
    number of the section (the third page of comments starts at 101); a line that a renderer
    wrapped before a year ("2008.") is text.
    """
    value = int(marker.strip("().") or "0")
    if numbers.get(column) == value - 1:
        numbers[column] = value
        return column
    for shift in (1, 2):
        if numbers.get(column + shift) == value - 1:
            numbers[column + shift] = value
            return column + shift
    if indented and (value < _LONE_NUMBER_MAX or not numbers):
        numbers[column] = value
        return column
    return None


def opens_item(lines: Sequence[str], index: int, end: int, offset: int) -> bool:
    """A list marker whose own text is furniture ("* Avatar") but whose item goes on below it,
    deeper and unmarked: a comment that opens with its avatar, not a button. Under a marker alone
    on its line, lynx prints the item's text a column or two left of it ("      +" over "    Deb
    Knowles"): that opens an item too."""
    content = lines[index][offset:]
    if not (_NUMBER_MARKER.match(content) or ((len(content) == 1 or content[1] == " ") and is_bullet_glyph(content[0]))):
        return False
    lone = not content[1:].strip() or (content[0].isdigit() and not _NUMBER_MARKER.sub("", content, count=1).strip())
    for below in range(index + 1, min(end, index + 3)):
        line = lines[below]
        text = line.lstrip()
        if text:
            column = len(line) - len(text)
            # lynx prints a marker alone and its item's text a column or two left of it.
            deeper = column > offset or (lone and offset - 2 <= column < offset)
            return deeper and not _NUMBER_MARKER.match(text) and not (len(text) > 1 and text[1] == " " and is_bullet_glyph(text[0]))
    return False


def is_alt_text(content: str) -> bool:
    """A picture's alt text alone in brackets, as w3m prints an avatar ("[3c2b1a]")."""
    return content[:1] == "[" and len(content) <= _ALT_MAX and "]" not in content[1:-1]


def item_is_header(lines: list[str], index: int) -> bool:
    """Whether the list item at ``lines[index]`` opens with a comment's header ("1. Petra says:"
    over its date), read without its marker; under an avatar's alt text alone, the next line is
    the header ("1. [u_51120]" over "Marguerite Tremblay·19h ago", w3m)."""
    first = _MARKER.sub("", lines[index].strip(), count=1)
    after = index + 1
    if after < len(lines) and (is_alt_text(first) or _is_initials(first, lines[after].strip())):
        first, after = lines[after].strip(), after + 1
    if SAYS_HEADER.match(first) is not None:
        return True
    below = lines[after].strip() if after < len(lines) else ""
    header = read_header(first, date_line(below) if below else None)
    return header is not None and (header.created_at is not None or header.relative)


def _is_initials(content: str, below: str) -> bool:
    """An avatar drawn as the commenter's initials over the name ("रा" over "राकेश तिवारी", "A" over
    "Amit Jain"): a letter or two that the line below starts with."""
    return 0 < len(content) <= _INITIALS_MAX < len(below) and below.startswith(content) and not any(ch.isdigit() or ch.isspace() for ch in content)


_INITIALS_MAX: Final = 3


def is_bulleted(line: str) -> bool:
    """An indented list item marked with a bullet glyph ("  • ", "     * ", "   o ")."""
    bullet = _BULLET_ITEM.match(line)
    return bullet is not None and is_bullet_glyph(bullet.group(1))


def item_opens(lines: list[str], index: int) -> bool:
    """Whether the list item at ``lines[index]`` can open a comment (not "• Reply")."""
    line = lines[index]
    return opens_comment(line) or opens_item(lines, index, len(lines), len(line) - len(line.lstrip()))


def opens_comment(line: str) -> bool:
    """A list item that can start a comment: its text is not a button or date ("• reply"), or it
    is an author's header ("1. Petra says:")."""
    rest = _MARKER.sub("", line.lstrip(), count=1)
    if len(rest) <= 1 and not rest.isalnum():
        return False  # an empty counter, a separator ("• •": Disqus's dot between the votes and "Reply")
    return SAYS_HEADER.match(rest) is not None or not is_furniture_line(rest)


def has_marker(line: str) -> bool:
    """An indented line opening with a list number or a bullet glyph."""
    return is_numbered_item(line) or is_bulleted(line)


def past_toolbars(lines: list[str], item: int | None) -> int | None:
    """The first list item at or after ``lines[item]`` past the comment system's toolbars: groups of
    short one-line items ("• 현재 댓글7", "• 작성자 삭제1"; "• 최신순", "• 공감비율순": counts by kind,
    sort orders) each ended by a blank line and followed by another list, the thread."""
    for _ in range(_MAX_TOOLBARS):
        if item is None:
            return None
        below = item
        while below < len(lines) and has_marker(lines[below]) and len(lines[below].strip()) <= _TOOLBAR_ITEM_CHARS:
            below += 1
        if below == item or below >= len(lines) or lines[below].strip():
            return item  # not a group of short items alone (a comment's text is under its item)
        while below < len(lines) and not lines[below].strip():
            below += 1
        if below >= len(lines) or not has_marker(lines[below]):
            return item
        item = below
    return item


def is_text_line(line: str) -> bool:
    """Whether an unindented line is long enough to be the article's text: eight words or more, not
    counting a rendered form field's blanks ("Comment[          ]"), and no row of links."""
    spaced = line.count(" ") + 1
    if spaced < MIN_ARTICLE_LINE_WORDS:
        return False
    if "[" in line and sum(1 for word in line.split() if word.strip("[]_")) < MIN_ARTICLE_LINE_WORDS:
        return False
    return not is_link_row(line)


def is_link_row(line: str) -> bool:
    """A row of a site's links printed as one line ("Moderation Log Hats Tags Filter About Privacy"):
    every word capitalised and nothing that ends or joins a sentence. Such a footer under the
    comments is not the article's text, so the scan from the page's end goes on past it."""
    return all(word[0].isupper() and _LINK_ROW_WORD.fullmatch(word) for word in line.split())


def is_one_line_list(lines: list[str], items: list[int]) -> bool:
    """Whether the numbered ``items`` are each one line of text with nothing under it before the
    next list item or an unindented line: a list of rules or links (a forum's sidebar, "1. Be
    civil."), not comments, which have a body under their header or run over several lines."""
    for index in items:
        below = next((line for line in lines[index + 1 :] if line.strip()), "")
        if below[:1].isspace() and not has_marker(below):
            return False
    return bool(items)
