"""Where one comment of a flat run (``page_flat``) begins and ends in a text dump.

Above a flat comment's header a dump may print, before the name: the avatar's alt text (the name
again, "<name>'s avatar") and, over both, the line naming whom the comment answers ("In reply to
harborwatcher": Coral prints it above the replying name in some versions, under the time in
others). Those lines open the comment, not end the one before. Under a name below its avatar,
Ghost prints the commenter's bio run into the stamp ("Plot 14, Ferry Lane·2 Mar 2024"), which
is the header's date line, not a name of its own. At a comment's end, a line that is
a removed comment's placeholder over nothing but buttons is a comment of its own. Once the run is
split, a reply that names whom it answers goes under that author's latest comment (``nest_by_name``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, TypeAlias

from threads.comment_header import NAME_MAX_CHARS, Header, read_header
from threads.comment_names import clean_name
from threads.date_lines import HEADER_MAX_CHARS, date_line
from threads.model import ParsedComment
from threads.name_glue import without_glued_badge
from threads.page_furniture import is_furniture_line, strip_bullets
from threads.page_words import REPLY_TO_WORDS, SPOKEN_HEADER_WORDS, SUBJECT_BY_WORDS, alternation, initials
from threads.removed_placeholders import is_removed_placeholder
from threads.text import tidy_line

# "In reply to Jan", "in reply to ● rokafor" (Discourse: the avatar a dot in w3m, "[IMG]" in elinks).
# Chinese and Japanese are written without blanks, and w3m drops the one between two of their
# characters ("回應又延期作者海濱跑手"): the words in those scripts need none after them.
_CJK: Final = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
IN_REPLY_TO: Final = re.compile(
    rf"(?i)^{alternation(REPLY_TO_WORDS)}(?::?\s+|(?<=[{_CJK}])(?=[{_CJK}]))(?:(?:[●•]|\[[^\]]{{0,20}}\])\s*)*@?"
    r"(?P<target>[^\s●•].{0,160}?)(?<![।۔。])\s*$"  # (not a sentence that opens with the word: Bengali "জবাব চাইতে হবে।")
)
REPLY_TO_INITIALS: Final = initials(REPLY_TO_WORDS)
# How long an "In reply to …" line is where a renderer wraps it (at 80 columns, less its indent),
# and what the wrapped rest may hold: a subject's end, a name (Drupal's subjects run to 64 characters).
_WRAPPED_MIN_CHARS: Final = 56
_MAX_WRAPPED_REST: Final = 64
_MAX_WRAPPED_WORDS: Final = 4
# The key of a comment by nobody named, and of a reply naming such a comment ("In reply to [removed]").
NOBODY: Final = "\x00nobody"
_MIN_GLUED_HANDLE: Final = 4
_MAX_WORDS_BEFORE_NAME: Final = 2
# The comments so far by each author's name (casefolded), in page order, with their subjects.
Written: TypeAlias = dict[str, list[tuple[ParsedComment, str | None]]]
# An image's alt text alone on a line ("[user]"): an avatar.
IMAGE_LABEL: Final = re.compile(r"^\[[^\]]{1,40}\]$")
# Coral and Disqus buttons that w3m runs together: "Respect 12ReplyShareReport".
GLUED_ACTIONS: Final = re.compile(r"(?i)^(?:(?:respect|like|reply|share|report|flag|\d{1,6})\s*[›»]?\s*){2,}$")
# An avatar's alt text over the name: the name again, "<name>'s avatar" (Substack), "<name> avatar".
_AVATAR_SUFFIXES: Final = ("'s avatar", "’s avatar", " avatar")
_AVATAR_LOOKBACK: Final = 2
# An image in a layout table's cell left of the text, which w3m prints as its file name in
# brackets or as "_" (a spacer): "[spacer]     Whatever that person said", "_    Elm Street has".
_IMAGE_CELL: Final = re.compile(r"\s*(?:_|\[[\w.-]{1,12}\])\s+(?=\S)")


def without_image_cell(lines: Sequence[str], position: int, stop: int) -> str:
    """``lines[position]`` without an image cell left of its text, where one is there: the text
    after it lines up with the paragraph's other lines, or is a removed comment's placeholder
    alone ("[spacer] This comment was removed by the site moderator.")."""
    line = lines[position]
    cell = _IMAGE_CELL.match(line)
    if cell is None:
        return line
    column = cell.end()
    for near in (position - 1, position + 1):
        if 0 <= near < stop:
            other = lines[near]
            if other.strip() and len(other) - len(other.lstrip()) == column:
                return " " * column + line[column:]
    return " " * column + line[column:] if is_removed_placeholder(line[column:].strip()) else line


def is_flat_furniture(bare: str) -> bool:
    """A stripped line of a flat comment that is no text: a button, a run of buttons, an avatar."""
    return is_furniture_line(bare) or GLUED_ACTIONS.match(bare) is not None or IMAGE_LABEL.match(bare) is not None


def paragraph_end(lines: Sequence[str], start: int, stop: int) -> int:
    """The last line of the paragraph that ``lines[start]`` opens, before a blank line or ``stop``."""
    end = start
    while end + 1 < stop and lines[end + 1].strip():
        end += 1
    return end


def only_furniture(lines: Sequence[str], start: int, stop: int) -> bool:
    """Whether ``lines[start:stop]`` hold nothing but blanks and buttons."""
    for line in lines[start:stop]:
        bare = strip_bullets(tidy_line(line))
        if bare and not is_flat_furniture(bare):
            return False
    return True


def avatar_above(lines: Sequence[str], header: int, floor: int) -> int:
    """Where the text above the header at ``lines[header]`` ends: before the avatar's alt text
    that repeats the name ("Martha Kiel" over "Martha Kiel", "Ana Lindqvist's avatar"), also with
    a badge line between (wpDiscuz's "Hannah Cole" / "Author" / "Hannah Cole"), or any alt text in
    brackets right over the name (Coral in w3m: "[avatar-def]"), above which an "In reply to …"
    line may name whom the comment answers."""
    name = lines[header].strip()
    above, seen = header - 1, 0
    while above > floor and seen < _AVATAR_LOOKBACK:
        text = lines[above].strip()
        if text:
            if len(text) > HEADER_MAX_CHARS:
                break
            seen += 1
            if name.startswith(text) or (text.endswith(_AVATAR_SUFFIXES) and name.startswith(_unsuffixed(text))):
                return above
            if seen == 1 and IMAGE_LABEL.match(text) is not None and not is_removed_placeholder(text):
                return above  # w3m's "[avatar-def]": an alt text that names no one (not "[deleted]")
        above -= 1
    return header


def _unsuffixed(text: str) -> str:
    """An avatar's alt text without its "'s avatar" or " avatar": the name it was made for."""
    for suffix in _AVATAR_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def head_above(lines: Sequence[str], header: int, floor: int) -> tuple[int, str | None]:
    """The first line of the comment headed at ``lines[header]`` (its avatar, and over it an "In
    reply to …" line) and whom that line names, if there is one."""
    top = avatar_above(lines, header, floor)
    above = top - 1
    while above > floor and not lines[above].strip():
        above -= 1
    if above > floor:
        bare = strip_bullets(tidy_line(lines[above]))
        if bare[:1] in REPLY_TO_INITIALS:
            named = IN_REPLY_TO.match(bare)
            if named is not None:
                return above, named.group("target")
    return top, None


# A header line that the renderer wrapped inside its date ends so ("…, 2015 -", "Wednesday,").
WRAP_ENDS: Final = frozenset("-–,")
_MAX_BAR_REST: Final = 30


def wrapped_header(lines: Sequence[str], index: int, end: int, text: str) -> Header | None:
    """A header the renderer wrapped inside its date ("fietsfan on Wednesday, 11 February, 2015 -"
    over "22:30 Permalink": lynx, elinks on Drupal 7), read as one line; only a dated one counts."""
    if index + 1 >= end:
        return None
    rest = lines[index + 1].strip()
    if not rest or len(text) + len(rest) >= (HEADER_MAX_CHARS + NAME_MAX_CHARS if "|" in rest else HEADER_MAX_CHARS):
        return None
    header = read_header(f"{text} {rest}", None)
    return header if header is not None and header.created_at is not None else None


def bar_rest(lines: Sequence[str], index: int, end: int) -> bool:
    """Whether the next line is the wrapped end of a header whose fields bars split: "AM | Reply",
    "9, 2024 9:14 PM | Reply" under "Hank Morales replied to comment from Deb Kowalczyk | March"
    (Movable Type)."""
    rest = lines[index + 1].strip() if index + 1 < end else ""
    return 0 < len(rest) <= _MAX_BAR_REST and "|" in rest


# Drupal's word between a reply's subject and author ("… di Lucia Bertolotti", "… от Гост"); in
# Chinese or Japanese with no blanks around it ("又延期作者海濱跑手").
_CJK_SUBJECT_BY: Final = tuple(word for word in SUBJECT_BY_WORDS if re.match(f"[{_CJK}]", word))
_SUBJECT_BY: Final = re.compile(
    rf"(?i)\s{alternation(SUBJECT_BY_WORDS)}\s+(?=\S)|(?<=\S)\s*{alternation(_CJK_SUBJECT_BY)}\s*(?=\S)"
)


def split_subject_by(comments: list[ParsedComment], parents: list[tuple[str | None, str | None]]) -> None:
    """Read Drupal's "In reply to <subject> by <author>" in another language ("In risposta a
    Finalmente di Lucia Bertolotti") in ``parents``: where the whole target names no author of an
    earlier comment, the words after its last "by" word that do (or that name nobody, after such
    a comment) are the author and the words before it the subject. A name holding such a word
    ("Ursula von Berg") stays whole where she wrote above; the English "by" is split already."""
    seen: set[str] = set()
    for number, (comment, (name, subject)) in enumerate(zip(comments, parents, strict=True)):
        if name and subject is None and name != NOBODY and name.casefold() not in seen:
            for match in reversed(list(_SUBJECT_BY.finditer(name))):
                written = name[match.end() :].strip()
                author = clean_name(written) or (NOBODY if len(written) <= NAME_MAX_CHARS else None)
                if author is not None and author.casefold() in seen and match.start() > 0:
                    parents[number] = (author, name[: match.start()].strip())
                    break
        seen.add(comment.author_name.casefold() if comment.author_name else NOBODY)


def nest_by_name(
    comments: list[ParsedComment], parents: list[tuple[str | None, str | None]], subjects: list[str | None],
) -> list[ParsedComment]:
    """A comment that says whom it answers goes under that author's latest comment above it (the
    latest with the subject it names, where it names one)."""
    roots: list[ParsedComment] = []
    by_author: Written = {}
    for comment, (name, subject), own_subject in zip(comments, parents, subjects, strict=True):
        parent = latest_by(by_author, name, subject) if name else None
        (parent.replies if parent is not None else roots).append(comment)
        key = comment.author_name.casefold() if comment.author_name else NOBODY
        by_author.setdefault(key, []).append((comment, own_subject))
    return roots


def latest_by(by_author: Written, name: str, subject: str | None) -> ParsedComment | None:
    """The latest comment by ``name`` (with ``subject``, if one of theirs has it); a header may
    add a badge after the name ("westend_resident Subscriber")."""
    key = name.casefold()
    written = by_author.get(key)
    if written is None:
        # A badge after the name ("westend_resident Subscriber"), a picture's alt text before it
        # ("Author Profile Page Hank Morales": Movable Type).
        written = next((c for k, c in reversed(by_author.items()) if k.startswith(key + " ") or k.endswith(" " + key)), None)
    if written is None and " " in key:
        # A word for the comment before the name ("Reakce na příspěvek Petr Kubeš": "post"): the
        # longest earlier name the line ends with, after a word or two.
        ends = [k for k in by_author if key.endswith(" " + k) and key[: -len(k)].count(" ") <= _MAX_WORDS_BEFORE_NAME]
        written = by_author[max(ends, key=len)] if ends else None
    if written is None and " " not in key:
        # A handle between the display name and a title ("Anna Whitcombe awhitcombe Reporter": Discourse).
        written = next((c for k, c in reversed(by_author.items()) if f" {key} " in k), None)
    if written is None and key[1:2] == " " and key[2:3] == key[:1]:
        written = by_author.get(key[2:])  # the letter avatar's initial before the name ("M maggie.o")
    if written is None and len(key) >= _MIN_GLUED_HANDLE and " " not in key:
        # A handle glued to the display name ("Glen Osterhoutgosterhout": Discourse in w3m).
        written = next((c for k, c in reversed(by_author.items()) if k.endswith(key) and " " in k[: -len(key)]), None)
    if written is None and len(key) >= _MIN_GLUED_HANDLE and " " not in key:
        # The handle first, the display name or a title glued after it ("lferreyraLucía Ferreyra",
        # "hectorbustosVecino destacado": Discourse in w3m), the seam a capital after the handle.
        written = next((c for k, c in reversed(by_author.items()) if k.startswith(key) and _capital_after(c, key)), None)
    if not written:
        return None
    if subject is not None:
        for comment, own_subject in reversed(written):
            if own_subject == subject:
                return comment
    return written[-1][0]


def _capital_after(written: list[tuple[ParsedComment, str | None]], handle: str) -> bool:
    """Whether the name these comments were written under goes on past ``handle`` (casefolded)
    with a capital letter (``by_author``'s keys lose their case, so the name itself is asked)."""
    name = written[0][0].author_name or ""
    return name[len(handle) : len(handle) + 1].isupper()


_AVATAR_LABEL_CHARS: Final = 24


def avatar_over(lines: Sequence[str], index: int) -> bool:
    """Whether the line over ``lines[index]`` (blanks between) is an avatar's alt text: "Avatar",
    "[user]" (a name under a picture, where the line under it may be a bio before the stamp)."""
    above = index - 1
    while above > 0 and not lines[above].strip():
        above -= 1
    text = lines[above].strip()
    return 0 < len(text) <= _AVATAR_LABEL_CHARS and ("vatar" in text or IMAGE_LABEL.match(text) is not None)


def after_bio(text: str) -> str | None:
    """The stamp after the last "·" of a line under the name that holds the commenter's bio
    first ("Plot 14, Ferry Lane·2 Mar 2024", "Editor, The Allotment Ledger·1 day ago": Ghost).
    The bio and the stamp are two elements the renderer runs together; a dot between blanks is
    a header's own separator ("GW Gord Whitney Subscriber · Nov. 14, 2024"): no bio line."""
    dot = text.rfind("·")
    return None if text[dot - 1 : dot] == " " else date_line(text[dot + 1 :])


# The screen readers' header over the visible name ("Commento di nonnoFranco 1 giorno fa").
_SPOKEN: Final = re.compile(rf"(?i)^{alternation(SPOKEN_HEADER_WORDS)}\s+(?P<rest>\S.*)$")
_SPOKEN_INITIALS: Final = initials(SPOKEN_HEADER_WORDS)


def spoken_label(lines: Sequence[str], index: int, end: int, text: str) -> bool:
    """Whether ``text`` is the screen readers' header over the visible one, naming the name on the
    next line ("Commento di nonnoFranco 1 giorno fa" over "nonnoFranco")."""
    if text[0] not in _SPOKEN_INITIALS:
        return False
    spoken = _SPOKEN.match(text)
    under = next((line.strip() for line in lines[index + 1 : min(end, index + 3)] if line.strip()), "")
    return spoken is not None and bool(under) and spoken.group("rest").startswith(under + " ")


def hangs(lines: Sequence[str], index: int, end: int) -> bool:
    """Whether the line under ``lines[index]`` has text indented deeper than it."""
    under = lines[index + 1] if index + 1 < end else ""
    return under.strip() != "" and len(under) - len(under.lstrip()) > len(lines[index]) - len(lines[index].lstrip())


# The shortest earlier name read off the end of a glued header: shorter ones end too many names.
_MIN_GLUED_PARENT: Final = 6


def glued_parent(author: str | None, line: str, earlier: list[ParsedComment]) -> tuple[str, str] | None:
    """(author, name answered) where a header runs the name of the comment answered into the
    author's own with no blank (Kinja: "HarfordRdRegularCobblestone Kate", "Pigtown
    Petenotmyfirstcamera"): the name an earlier comment of the thread was written under ends it.
    Read off the header's line itself where the name read from it stops at the seam, taking
    the rest for a badge ("Cobblestone KateHarfordRdRegular")."""
    if not author or not earlier:
        return None
    for text in dict.fromkeys((author, line if line.startswith(author) else author)):
        for comment in reversed(earlier):
            name = comment.author_name
            if name and len(name) >= _MIN_GLUED_PARENT and text.endswith(name) and len(text) > len(name):
                own = text[: -len(name)]
                if not own[-1].isspace() and len(own.strip()) >= _MIN_GLUED_HANDLE:
                    return without_glued_badge(own.strip()) or own.strip(), name  # "Ethan RourkeStaff"
    return None


def wrapped_reply_to(lines: Sequence[str], position: int, stop: int, bare: str) -> re.Match[str] | None:
    """The "In reply to …" line at ``lines[position]`` joined with the next one where the renderer
    wrapped it there ("In risposta a Aggiornamento: bus … di Chiara" over "Locatelli", elinks): a
    long line, a short line under it, and a blank under that."""
    if len(bare) < _WRAPPED_MIN_CHARS or position + 2 >= stop or lines[position + 2].strip():
        return None
    rest = lines[position + 1].strip()
    if not rest or len(rest) > _MAX_WRAPPED_REST or rest.count(" ") >= _MAX_WRAPPED_WORDS:
        return None
    return IN_REPLY_TO.match(f"{bare} {rest}")


# Guest labels that are also a guest's name: wpDiscuz's German "Gast" between the name and the
# time, which German Drupal prints as an anonymous commenter's name over the time.
_GUEST_LABELS: Final = frozenset({"gast"})


def guest_badge(lines: Sequence[str], index: int) -> bool:
    """Whether ``lines[index]`` is wpDiscuz's guest label under the name it prints twice (its
    avatar's alt text, then the name), not a guest's own name."""
    if lines[index].strip().casefold() not in _GUEST_LABELS or index < 2:
        return False
    name = lines[index - 1].strip()
    return bool(name) and name == lines[index - 2].strip()
