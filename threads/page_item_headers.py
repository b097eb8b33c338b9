"""Each comment's header read off the first lines of its list item in a text dump.

Renderers print a comment's header as the first line of its list item ("Petra says:", "Maeve
2023-03-02 21:14"), sometimes under an avatar's alt text, with the date on the next line; some
items are no comments at all (pingbacks, a comment system's tabs and labels). ``comment_header``
reads one header; this module walks the reply tree ``page_comments`` built and applies it.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from typing import Final

from threads.comment_header import NAME_MAX_CHARS, Header, may_be_header, read_header
from threads.comment_names import clean_name
from threads.date_lines import HEADER_MAX_CHARS, date_line, reply_then_date
from threads.model import ParsedComment
from threads.page_flat_span import IN_REPLY_TO, NOBODY, REPLY_TO_INITIALS, Written, latest_by
from threads.page_forum_posts import nest_quoted_posts, read_post
from threads.page_furniture import NUMBER_LEAD, strip_bullets
from threads.page_script_dates import is_script_date

# Section furniture a dump prints as list items before the comments (Disqus's "9 Comments",
# "Best", "Newest" tabs, its community's name): few words, no sentence, no header.
_LABEL_MAX_WORDS: Final = 3
# How a sentence ends, in scripts that write no blanks between words too: a Japanese placeholder
# ("このコメントは…削除されました。") is one "word", but a sentence, not a label.
_SENTENCE_ENDS: Final = frozenset(".!?。！？؟।")
# Longer than this, an item is text (checked first: stripping a long body would copy it).
_STUB_MAX_CHARS: Final = 80
# An avatar's alt text in brackets, alone on a line: "[5f1e]", "[avatar]".
_ALT_MAX_CHARS: Final = 42
_PINGBACK: Final = re.compile(r"(?i)^(?:pingback|trackback)\s*:")
# A pingback's first line starts "Pingback:" or "Trackback:".
_PINGBACK_INITIALS: Final = frozenset("PpTt")
# WordPress shows a pingback as the linking post's excerpt between ellipses in brackets.
_EXCERPT_ENDS: Final = ("...]", "\u2026]")
_EXCERPT: Final = re.compile(r"^\[(?:\.\.\.|…)\].*\[(?:\.\.\.|…)\]$", re.DOTALL)
# How far under an item's header an "In reply to …" line may be: the name again, the stamp, it.
_REPLY_LINE_REACH: Final = 4
# A talkback's number alone as its item's first line ("• 1.", "□ 1.1", "1.1.1"): no text of it.
_OUTLINE_NUMBER: Final = re.compile(r"^\d{1,4}(?:\.\d{1,4}){0,5}\.?$")
_OUTLINE_MAX_CHARS: Final = 24
# A talkback's title over its header ("סוף סוף" over "נועה (עפולה) 27.03.24 | 10:14"): a short line.
_SUBJECT_MAX_CHARS: Final = 100


def _is_pingback(body: str, first: str, cut: int) -> bool:
    """A pingback or trackback listed among the comments: "Pingback: …", the linking post's
    excerpt in "[…] … […]", or that excerpt under the post's title (``first``, the line before
    ``cut``). The cheap tests (first character, how the body ends) come before the patterns:
    this runs on every comment of a section."""
    if first[:1] in _PINGBACK_INITIALS and _PINGBACK.match(first) is not None:
        return True
    if not body.rstrip().endswith(_EXCERPT_ENDS):
        return False
    if first[:1] == "[" and _EXCERPT.match(body.strip()) is not None:
        return True
    return cut >= 0 and _EXCERPT.match(body[cut:].strip()) is not None


def read_item_headers(roots: list[ParsedComment], lines: Sequence[str], end: int) -> list[ParsedComment]:
    """Authors and times from each comment's first lines, and pingbacks dropped.

    Renderers print a comment's header as the first line of its list item ("Petra says:",
    "Maeve 2023-03-02 21:14") with the date, if apart, on the next line (which classify_lines
    already left out of the text as furniture). Walked with an explicit stack.
    """
    stack: list[tuple[str | None, list[ParsedComment]]] = [(None, roots)]
    targets: dict[int, str] = {}  # id(comment) -> the author its header says it answers
    posts: dict[int, tuple[str, str | None]] = {}  # id(comment) -> forum poster, poster quoted
    while stack:
        parent_author, siblings = stack.pop()
        keep: list[ParsedComment] = []
        stubs: list[ParsedComment] = []  # short unheaded items: labels, if their siblings are headed
        headed = False
        for comment in siblings:
            body = comment.body
            cut = body.find("\n")
            if (cut if cut >= 0 else len(body)) > _LONG_FIRST_LINE:
                # Most comments open with a sentence: no header, label or avatar line to read.
                # Copying that line costs, so it is taken only where a pingback may start it.
                opening = body[: cut if cut >= 0 else len(body)] if body[:1] in _PINGBACK_OPENERS else ""
                if comment.replies or not _is_pingback(body, opening, cut):
                    keep.append(comment)
                    if comment.replies:
                        stack.append((comment.author_name, comment.replies))
                continue
            first = body if cut < 0 else body[:cut]
            line = comment.line
            if first[:1] == "[" and 0 < cut <= _ALT_MAX_CHARS and first[-1] == "]" and "]" not in first[1:-1]:
                # An avatar's alt text alone on the item's first line, over the header (w3m on
                # Astra: "[5f1e]" over "Helen Marsh" over the date); a blank line under it too.
                comment.body = body = body[cut + 1 :].lstrip("\n")
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                line = _line_of(lines, line, end, first)
            if 0 < cut <= _ALT_MAX_CHARS and _avatar_label(first, body, cut):
                # An avatar over the header: its alt text ("Gillian Fraser's avatar") or the
                # initials a widget draws in its place ("RA" over "Rupert Aldous 5h").
                comment.body = body = body[cut + 1 :].lstrip("\n")
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                line = _line_of(lines, line, end, first)
            if 0 < cut <= _OUTLINE_MAX_CHARS and first[:1].isdigit() and _OUTLINE_NUMBER.match(first):
                # A talkback's number as the item's text (the list's own marker a bullet): "1.1"
                # over its title over its header.
                comment.body = body = body[cut + 1 :].lstrip("\n")
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                line = _line_of(lines, line, end, first)
            if 0 < cut <= NAME_MAX_CHARS and body.startswith(first, cut + 1) and _name_ends(body[cut + 1 + cut : cut + 2 + cut]):
                # An avatar's alt text that repeats the name on the line below ("GreyHeron" over
                # "GreyHeron in reply to SnowyOwl", or a badge run into it: "Ellen TregearTrader on
                # March 4, 2024"): the header is the second line.
                comment.body = body = body[cut + 1 :].lstrip("\n")
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                line = _line_of(lines, line, end, first)
            if 0 < cut <= NAME_MAX_CHARS and body[cut + 1 : cut + 2] in REPLY_TO_INITIALS:
                body = _with_reply_line(body, cut)  # "derek_w" over "replied to M maggie.o2 days ago"
                if body is not comment.body:
                    comment.body = body
                    cut = body.find("\n")
                    first = body if cut < 0 else body[:cut]
            header = None
            skipped: list[str] = []
            post_text = None
            stamp = None
            if may_be_header(first):
                stamp, skipped, answered = _date_below(lines, line, end, first)
                header = read_header(first, stamp)
                if header is not None and answered is not None and header.reply_to is None:
                    header = Header(header.author, header.created_at, answered, header.relative)
            if header is None and 0 < cut <= _SUBJECT_MAX_CHARS and (titled := _header_under_title(body, cut)) is not None:
                header, post_text = titled  # a talkback's title over its name and time: the title stays its text
            if header is None and first[-1:].isdigit() and (post := read_post(body)) is not None:
                header, poster, post_text = post  # a forum's post: date and number, name, card
                posts[id(comment)] = (poster, header.reply_to)
            if header is None:
                if not comment.replies and len(body) <= _STUB_MAX_CHARS:
                    kind = _stub_kind(body)
                    if kind == _EMPTY:
                        continue  # a "•" between buttons, an empty counter
                    if kind == _LABEL:
                        stubs.append(comment)
            else:
                headed = True
                comment.author_name = header.author
                if header.author and parent_author and header.author.endswith(" " + parent_author):
                    # Disqus prints the name of the comment answered after the author's own, and
                    # a badge between them ("Sarah Lindqvist Mod Brian K"): cleaned again.
                    comment.author_name = clean_name(header.author[: -len(parent_author) - 1])
                comment.created_at = header.created_at
                if header.reply_to and (parent_author or "").casefold() != header.reply_to.casefold():
                    targets[id(comment)] = header.reply_to
                comment.body = body = post_text if post_text is not None else "" if cut < 0 else body[cut:].lstrip("\n")
                if skipped:
                    comment.body = body = _without_lines_under_name(body, skipped)
                if stamp is not None and body.startswith(stamp) and is_script_date(stamp):
                    # a script's own stamp under the name, which the furniture patterns do not drop
                    comment.body = body = body[len(stamp) :].lstrip("\n")
                elif stamp is not None and body[:1] == "#" and (number := NUMBER_LEAD.match(body)) is not None and (
                    body.startswith(stamp, number.end())
                ):
                    # the stamp after the comment's number ("#2 29/03/2025 09:02", Komento): the header's, no text
                    comment.body = body = body[number.end() + len(stamp) :].lstrip("\n")
                cut = body.find("\n")
                first = body if cut < 0 else body[:cut]
                answers = None if header.reply_to else _reply_line(lines, line, end, first)
                if answers is not None:
                    # "In reply to Helen Marsh" under the stamp: whom the item answers, where the
                    # list is printed flat (w3m drops the indent of a CSS-nested list).
                    if (parent_author or "").casefold() != answers.casefold():
                        targets[id(comment)] = answers
                    if first[:1] in REPLY_TO_INITIALS and IN_REPLY_TO.match(first):
                        comment.body = body = "" if cut < 0 else body[cut:].lstrip("\n")
                        cut = body.find("\n")
                        first = body if cut < 0 else body[:cut]
            if not comment.replies and _is_pingback(body, first, cut):
                continue  # a pingback, also under the linking post's title where no header was read
            keep.append(comment)
            if comment.replies:
                stack.append((comment.author_name, comment.replies))
        if headed and stubs:
            # A few words that are no sentence among comments that open with their authors: a
            # tab or label of the comment system (Disqus's "Best", "Newest"), not a comment.
            labels = {id(stub) for stub in stubs}
            keep = [comment for comment in keep if id(comment) not in labels]
        siblings[:] = keep
    if targets:
        _move_to_targets(roots, targets, posts)
    if posts:
        nest_quoted_posts(roots, posts)
    return roots


_AVATAR_SUFFIXES: Final = ("'s avatar", "’s avatar", "s' avatar", "'s profile picture", "’s profile picture")


def _header_under_title(body: str, cut: int) -> tuple[Header, str] | None:
    """A header with its date on the line under the item's first line, a title (Israeli papers'
    talkbacks: "סוף סוף" over "נועה (עפולה) 27.03.24 | 10:14"), and the item's text without it,
    the title first; None where the second line reads as no dated header."""
    rest = body[cut + 1 :].lstrip("\n")
    end = rest.find("\n")
    second = rest if end < 0 else rest[:end]
    if not second or len(second) > HEADER_MAX_CHARS or not may_be_header(second):
        return None
    header = read_header(second, None)
    if header is None or header.created_at is None:
        return None
    after = "" if end < 0 else rest[end:].lstrip("\n")
    return header, body[:cut] + ("\n\n" + after if after else "")


def _avatar_label(first: str, body: str, cut: int) -> bool:
    """Whether the item's first line (``body[:cut]``) is its avatar: "Name's avatar", or up to
    three capitals that are the initials of the words on the line below ("RA" over "Rupert
    Aldous"), or in a script without capitals the start of the name below."""
    if first[-1] in "re":
        return first.lower().endswith(_AVATAR_SUFFIXES)
    if len(first) <= 3 and not any(ch.isupper() or ch.islower() or ch.isdigit() or ch.isspace() for ch in first):
        # A script without capitals: the name's first syllable ("रा" over "राकेश तिवारी", Hindi).
        return body.startswith(first, cut + 1) and body[cut + 1 + len(first) : cut + 2 + len(first)] not in ("", "\n")
    if len(first) > 3 or not first.isalpha() or not first.isupper():
        return False
    below = body[cut + 1 : cut + 1 + NAME_MAX_CHARS].removeprefix("(BUTTON) ").split()  # lynx's label
    return len(below) >= len(first) and all(word[:1].upper() == c for word, c in zip(below, first, strict=False))


def _name_ends(after: str) -> bool:
    """Whether the character after a repeated name ends it: a line's end, a space, or a badge's
    capital run into it (``name_glue``)."""
    return after in ("\n", " ", "") or after.isupper()


def _with_reply_line(body: str, cut: int) -> str:
    """``body`` with its first line, a name, joined to the next where that one names the comment
    answered and the time ("derek_w" over "replied to M maggie.o2 days ago", NodeBB): one header
    ("derek_w replied to …"); ``body`` itself where the next line is no such line."""
    after = body.find("\n", cut + 1)
    second = body[cut + 1 :] if after < 0 else body[cut + 1 : after]
    if len(second) > HEADER_MAX_CHARS or IN_REPLY_TO.match(second) is None:
        return body
    return f"{body[:cut]} {second}{'' if after < 0 else body[after:]}"


def _reply_line(lines: Sequence[str], line: int | None, end: int, first: str) -> str | None:
    """The name an "In reply to <name>" line names between the header at (1-based) ``line`` and
    the text, which opens with ``first`` (the line may have been dropped as furniture)."""
    if line is None:
        return None
    for probe in range(line, min(end, line + _REPLY_LINE_REACH)):
        text = strip_bullets(lines[probe].strip())
        named = IN_REPLY_TO.match(text) if text[:1] in REPLY_TO_INITIALS else None
        if named is not None:
            return named.group("target")
        if first and text.startswith(first):
            return None
    return None


def _line_of(lines: Sequence[str], line: int | None, end: int, text: str) -> int | None:
    """The 1-based line at or just below ``line`` that holds ``text``."""
    if line is None:
        return None
    for probe in range(line, min(end, line + 3)):
        if text in lines[probe]:
            return probe + 1
    return line


def _move_to_targets(roots: list[ParsedComment], targets: dict[int, str], posts: Container[int]) -> None:
    """A reply whose header names the author it answers ("in reply to GreyHeron"), where that is
    not the author of the comment it is indented under, goes under that author's latest comment
    above it in the same thread (the Guardian lists every reply in a thread at one indent); a
    top-level item naming one goes under that author's latest comment above it on the page (NodeBB
    lists every post at one level, "replied to M maggie.o" under the poster's name; a forum's post,
    in ``posts``, goes where its quote says: ``nest_quoted_posts``). The name is
    matched as ``page_flat_span.latest_by`` matches it (a badge after it, a letter avatar before)."""
    earlier: Written = {}  # the comments of the threads above, by author
    moved_roots: list[tuple[ParsedComment, ParsedComment]] = []
    for root in roots:
        target = _target_key(targets.get(id(root))) if id(root) not in posts else None
        answered_root = latest_by(earlier, target, None) if target is not None else None
        if answered_root is not None:
            moved_roots.append((root, answered_root))
        seen: Written = {}  # this thread's comments so far, by author
        moves: list[tuple[ParsedComment, ParsedComment, ParsedComment]] = []  # (comment, from, to)
        stack: list[tuple[ParsedComment | None, ParsedComment]] = [(None, root)]
        while stack:
            parent, comment = stack.pop()
            target = _target_key(targets.get(id(comment)))
            if target is not None and parent is not None:
                answered = latest_by(seen, target, None)
                if answered is not None:
                    moves.append((comment, parent, answered))
            key = comment.author_name.casefold() if comment.author_name else NOBODY
            seen.setdefault(key, []).append((comment, None))
            earlier.setdefault(key, []).append((comment, None))
            stack.extend((comment, reply) for reply in reversed(comment.replies))
        for comment, old_parent, new_parent in moves:
            old_parent.replies.remove(comment)
            new_parent.replies.append(comment)
    for root, answered_root in moved_roots:
        roots.remove(root)
        answered_root.replies.append(root)


def _target_key(target: str | None) -> str | None:
    """The name a reply says it answers, or the key of comments by nobody named where that name is
    a guest's ("em resposta a Anónimo": the answered comment's author was read as None)."""
    if target is None or clean_name(target) is not None:
        return target
    return NOBODY


# A first line longer than this is a sentence: no header, label or avatar's alt text.
_LONG_FIRST_LINE: Final = max(HEADER_MAX_CHARS, _STUB_MAX_CHARS, NAME_MAX_CHARS)
_PINGBACK_OPENERS: Final = _PINGBACK_INITIALS | {"["}  # or its excerpt, "[…]"

_EMPTY: Final = 0
_LABEL: Final = 1
_TEXT: Final = 2


def _stub_kind(body: str) -> int:
    """Whether a short item without a header is empty (nothing but punctuation), a label of a
    few words that is no sentence, or text."""
    text = body.strip(" \t\n\u00a0•·|-–—")
    if not text:
        return _EMPTY
    if "\n" not in text and len(text.split()) <= _LABEL_MAX_WORDS and text[-1] not in _SENTENCE_ENDS:
        return _LABEL
    return _TEXT


def _date_below(
    lines: Sequence[str], line: int | None, end: int, first: str = ""
) -> tuple[str | None, list[str], str | None]:
    """The time stamp on the first non-blank line under a comment's first line ``first``
    (``line``, 1-based, is the item's line; its own text may have been only an avatar's alt text,
    with ``first`` on a line below it), and the lines between that repeat the name or give a place
    (``_under_name``), which the header takes off the comment's text; and whom the comment
    answers where the stamp's line names it first ("In reply to Aras Mohammed 18 March 2024,
    22:30", that line taken off the text too)."""
    if line is None:
        return None, [], None
    if first and not lines[line - 1].rstrip().endswith(first):
        # Its end only: an alt text on the marker's line may have been joined to the header under
        # it ("1. [3c2b1a]" over "Fiona Galbraith says:", ``page_lines``).
        tail = first[first.find("] ") + 2 :] if first[0] == "[" and "] " in first else first
        for probe in range(line, min(end, line + 3)):
            if tail in lines[probe]:
                line = probe + 1
                break
    skipped: list[str] = []
    for index in range(line, min(end, line + 5)):
        text = lines[index]
        if text.strip():
            stamp = date_line(text)
            if stamp is not None:
                return stamp, skipped, None
            if (answered := reply_then_date(text.strip())) is not None and text.strip() not in first:  # (not joined to the name's line already)
                return answered[1], [*skipped, text.strip()], answered[0]
            if len(skipped) >= 2 or not _under_name(text.strip(), first):
                return None, [], None
            skipped.append(text.strip())
    return None, [], None


def _under_name(text: str, name: str) -> bool:
    """A line between a comment's name and its time that is neither: the name printed again (an
    avatar's link, a badge run into it: "Ruth AdebayoTimes Pick") or a place under it ("Portland,
    OR", "Atlanta": NYT-like pages). Short, no digit, no sentence; checked only where a time
    follows within two such lines."""
    if len(text) > _PLACE_MAX_CHARS or text[-1] in ".!?:;" or any(c.isdigit() for c in text):
        return False
    return bool(name) and (text.startswith(name) or len(text.split()) <= _PLACE_MAX_WORDS)


_PLACE_MAX_CHARS: Final = 40
_PLACE_MAX_WORDS: Final = 3


def _without_lines_under_name(body: str, skipped: list[str]) -> str:
    """``body`` without the repeated name and place lines the header skipped, where they open it
    (lynx prints some of them at another indent, outside the item)."""
    for text in skipped:
        if body.startswith(text):
            body = body[len(text) :].lstrip("\n")
    return body
