"""Text repair for scraped pages: decoding, mojibake, line endings and whitespace.

Scrapers hand us whatever bytes the site served, sometimes decoded twice (UTF-8 read as
Windows-1252, so quotes turn into ``â€œ``), with CRLF or bare CR line ends, tabs, non-breaking
spaces and invisible characters. Everything downstream (structure detection, hashing, near-duplicate
signatures) wants one clean form, so it is produced here once.

The page parser has a throughput budget (``bench/parse.py``) and ftfy is thorough but slow, so one
character-class scan finds the few lines that may be mis-decoded and only those reach ftfy.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from typing import Final

import ftfy

TAB_SIZE: Final = 8

# Bytes that plain text may contain below 0x20: tab, LF, VT, FF, CR, and ESC (terminal colour codes
# in pasted logs). Anything else down there is a sign of binary data.
_TEXT_CONTROL_BYTES: Final = bytes([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B])
_NON_TEXT_BYTES: Final = bytes(b for b in range(0x20) if b not in _TEXT_CONTROL_BYTES) + b"\x7f"
_HIGH_BYTES: Final = bytes(range(128, 256))
# A page is binary when more than this share of its first block is control bytes.
_MAX_CONTROL_SHARE: Final = 0.01
_SNIFF_BYTES: Final = 65536
# A non-UTF-8 page is accepted as Windows-1252 only if it still reads as mostly ASCII prose.
_MIN_ASCII_SHARE_LEGACY: Final = 0.85
_NON_ASCII_DECODED: Final = re.compile("[^\x00-\x7f\ufffd]")


class PageDecodeError(ValueError):
    """A file that is not a text page: binary data, or bytes that are no known text encoding.

    The message always starts with the file name, because the ingest CLI reports it per file and
    moves on to the next one.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def decode_page_bytes(data: bytes, source: str) -> str:
    """Decode a saved page; ``source`` (usually the path) names the file in any error.

    UTF-8 first (with or without BOM), UTF-16 only when a BOM says so, and Windows-1252 as the
    legacy fallback when the bytes still read as mostly ASCII prose. Binary data is refused rather
    than turned into replacement characters, so nobody ingests a JPEG as an article.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise PageDecodeError(source, f"has a UTF-16 byte-order mark but is not UTF-16 text ({exc.reason})") from exc
    sniff = data[:_SNIFF_BYTES]
    if b"\x00" in sniff:
        raise PageDecodeError(source, "looks binary (contains NUL bytes), not a text page")
    controls = len(sniff) - len(sniff.translate(None, _NON_TEXT_BYTES))
    if sniff and controls / len(sniff) > _MAX_CONTROL_SHARE:
        raise PageDecodeError(source, f"looks binary ({controls} control bytes in the first {len(sniff)}), not a text page")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-8 with a few broken bytes (a page cut mid-character) keeps its UTF-8 reading; a page
    # with no valid multi-byte sequence at all is a legacy single-byte one.
    lenient = data.decode("utf-8-sig", errors="replace")
    if len(_NON_ASCII_DECODED.findall(lenient)) >= lenient.count("\ufffd"):
        return lenient
    # Judge the whole file here, not only its first block: text followed by binary data fails too.
    controls = len(data) - len(data.translate(None, _NON_TEXT_BYTES))
    ascii_share = len(data.translate(None, _HIGH_BYTES)) / len(data)
    if controls / len(data) > _MAX_CONTROL_SHARE or ascii_share < _MIN_ASCII_SHARE_LEGACY:
        raise PageDecodeError(
            source,
            f"is not UTF-8 text (invalid byte at offset {utf8_error.start}) and does not read as Windows-1252 prose",
        )
    return data.decode("cp1252", errors="replace")


# Characters that can start a mis-decoded run (``â€œ``, ``Ã©``, ``Â``, ``Ð¿`` ...), an HTML
# entity, an invisible control or an odd space. One character class scans a page fast; only the
# hits get the thorough checks below.
# (Not the zero-width non-joiner: Persian writes it inside words, "سنگ‌فرش‌های", and a word
# without it is another spelling.)
_CONTROLS: Final = "\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u2028\u2029\u2060\ufeff"
_ODD_SPACES: Final = "\u1680\u2000-\u200a\u202f\u205f\u3000"
_MOJIBAKE_LEADS: Final = "\u00c2-\u00c5\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00ef"
# A superset of every character that NFC can change or combine (combining marks, Hangul jamo,
# compatibility ideographs...), coarse on purpose: pages in English with curly quotes skip the
# normalisation check, and tests/threads/test_text.py proves the cover against unicodedata. All
# of the astral planes are one range because a regex class with several astral ranges scans a
# page three times slower.
NFC_CANDIDATES: Final = (
    "\u0300-\u1fff\u20d0-\u20ff\u2126\u212a\u212b\u2329\u232a\u2adc\u2c00-\u30ff\ua000-\uabff"
    "\uf900-\ufaff\ufb1d-\ufb4f\ufe00-\ufe2f\U00010000-\U0010ffff"
)
_SUSPECT: Final = re.compile(f"[{_CONTROLS}{_ODD_SPACES}{_MOJIBAKE_LEADS}&{NFC_CANDIDATES}]")
_SUSPECT_BUT_NFC: Final = re.compile(f"[{_CONTROLS}{_ODD_SPACES}{_MOJIBAKE_LEADS}&]")
_CONTROL: Final = re.compile(f"[{_CONTROLS}]")
_NFC_CANDIDATE: Final = re.compile(f"[{NFC_CANDIDATES}]")
_ODD_SPACE: Final = re.compile(f"[{_ODD_SPACES}]")
_LINE_SEPARATORS: Final = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Windows-1252 renderings of UTF-8 continuation bytes: what follows the lead character in mojibake.
_CONTINUATION: Final = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
_BROKEN_QUOTE_START: Final = "\u00e2\u20ac"  # "â€", the first two of three mis-decoded bytes
# Mojibake ftfy can undo: a lead character followed by continuation renderings (``â€œ``, ``Ã©``),
# and HTML entities. A bare ``â€`` is handled after it, without ftfy.
_MOJIBAKE: Final = re.compile(
    f"\u00e2\u20ac[{_CONTINUATION}]|\u00e2(?!\u20ac)[{_CONTINUATION}]"
    f"|[\u00c2-\u00c5\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00ef][{_CONTINUATION}]"
    "|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
# ftfy repairs ``â€œ`` but cannot guess a byte that was lost: ``â€`` left over after it is a right
# double quote whose third byte (0x9D, undefined in Windows-1252) was dropped. When the dropped
# byte took the following space with it, the remains decode as a dagger glued between words.
_LOST_RIGHT_QUOTE: Final = re.compile(f"\u00e2\u20ac(?![{_CONTINUATION}])")
# Led by the dagger itself, so the regex engine can jump from one dagger to the next; the character
# before it is checked in _quote_for_dagger.
_DAGGER_BEFORE_LETTER: Final = re.compile(r"\u2020(?=[^\W\d_])")
_BEFORE_LOST_QUOTE: Final = re.compile(r"[\w.,!?;:)]")
# Bytes that no suspect can contain: tab, LF and printable ASCII but "&".
_PLAIN_ASCII: Final = bytes([0x09, 0x0A, *range(0x20, 0x26), *range(0x27, 0x7F)])
# More suspects than this are left to the regex scan (``_suspect_positions``).
_MAX_LISTED_SUSPECTS: Final = 64
_PROBE_CHARS: Final = 2048
_FTFY_CONFIG: Final = ftfy.TextFixerConfig(
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    fix_line_breaks=False,
    explain=False,
)


def normalise_newlines(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def repair_text(text: str) -> str:
    """Return ``text`` with LF line ends, mis-decoded runs fixed and invisible controls removed.

    Afterwards the only whitespace left is space, tab and LF (no-break and other Unicode spaces
    become plain spaces) and the text is NFC. Line count is preserved apart from CR/CRLF and
    Unicode line separators becoming LF, so the parser's line numbers match an editor's.
    """
    text = normalise_newlines(text)
    if "\u00a0" in text:
        text = text.replace("\u00a0", " ")
    text, maybe_denormal = _repair_suspects(text)
    if maybe_denormal and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def needs_repair(text: str) -> bool:
    """Whether ``repair_text`` could change ``text``; when not, it returns it as it is.

    One scan, so a caller with many short clean lines (an HTML page's paragraphs) can check them
    joined and skip repairing each.
    """
    return "\r" in text or "\u00a0" in text or _SUSPECT.search(text) is not None


def _repair_suspects(text: str) -> tuple[str, bool]:
    """Repair the lines that hold mojibake, drop controls, and say whether NFC needs checking.

    Only lines with a hit are touched; the rest of the page is copied as it is.
    """
    pieces: list[str] = []
    copied_to = 0
    controls = spaces = maybe_denormal = False
    scan = _SUSPECT
    listed = _suspect_positions(text)

    def next_hit(start: int) -> int | None:
        if listed is None:
            match = scan.search(text, start)
            return None if match is None else match.start()
        for index in range(bisect_left(listed, start), len(listed)):
            if scan is _SUSPECT or scan.match(text, listed[index]) is not None:
                return listed[index]
        return None

    at = next_hit(0)
    while at is not None:
        if _MOJIBAKE.match(text, at) is None and not text.startswith(_BROKEN_QUOTE_START, at):
            if _CONTROL.match(text, at) is not None:
                controls = True
            elif _ODD_SPACE.match(text, at) is not None:
                spaces = True
            elif text[at] != "&" and not "\u00c2" <= text[at] <= "\u00ef":
                # One candidate is enough to run the full check once at the end.
                maybe_denormal = True
                scan = _SUSPECT_BUT_NFC
            at = next_hit(at + 1)
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        if end < 0:
            end = len(text)
        line = text[start:end]
        fixed = repair_line(line)
        if fixed != line:
            pieces.append(text[copied_to:start])
            pieces.append(fixed)
            copied_to = end
        # The scan resumes after this line, so check the whole of it for what the scan looks for.
        controls = controls or _CONTROL.search(fixed) is not None
        spaces = spaces or "\u00a0" in fixed or _ODD_SPACE.search(fixed) is not None
        maybe_denormal = maybe_denormal or _NFC_CANDIDATE.search(fixed) is not None
        at = next_hit(end)
    if pieces:
        pieces.append(text[copied_to:])
        text = "".join(pieces)
        # Only where opening quotes outnumber closing ones is a glued dagger a lost closing quote.
        if "\u2020" in text and text.count("\u201c") > text.count("\u201d"):
            text = _DAGGER_BEFORE_LETTER.sub(_quote_for_dagger, text)
    if controls:
        text = _LINE_SEPARATORS.sub("\n", text)
        text = _CONTROL.sub("", text)
    if spaces:
        text = _ODD_SPACE.sub(" ", text.replace("\u00a0", " "))
    return text, maybe_denormal


def _suspect_positions(text: str) -> list[int] | None:
    """Where ``_SUSPECT`` hits in ``text``, or None when there are too many to list (a page in
    Cyrillic or Greek, where every letter may need NFC).

    The regex scan of a big character class costs about 3 ns a character, and a page of English
    with curly quotes pays it all for nothing. Its UTF-8 with the plain ASCII bytes deleted (about
    1 ns a character, in C) decodes to the page's other characters in order, a few hundred of
    them: the same suspects in the same order, each found in the page with ``str.find``. The
    page's head is tried first: a page whose suspects cannot be listed shows it there, and pays
    for that head only, not for the whole page twice.
    """
    if len(text) > _PROBE_CHARS and _listed_suspects(text[:_PROBE_CHARS]) is None:
        return None
    return _listed_suspects(text)


def _listed_suspects(text: str) -> list[int] | None:
    others = text.encode("utf-8", "surrogatepass").translate(None, _PLAIN_ASCII)
    positions: list[int] = []
    at = -1
    for hit in _SUSPECT.finditer(others.decode("utf-8", "surrogatepass")):
        if len(positions) == _MAX_LISTED_SUSPECTS:
            return None
        at = text.find(hit.group(), at + 1)
        positions.append(at)
    return positions


def _quote_for_dagger(match: re.Match[str]) -> str:
    at = match.start()
    if at > 0 and _BEFORE_LOST_QUOTE.match(match.string, at - 1) is not None:
        return "\u201d "
    return match.group()


def repair_line(line: str) -> str:
    """Undo mis-decoding in one line: ftfy for what it can fix, then lost right quotes."""
    if _MOJIBAKE.search(line) is not None:
        line = ftfy.fix_text(line, _FTFY_CONFIG)
    if _BROKEN_QUOTE_START in line:
        line = _LOST_RIGHT_QUOTE.sub("\u201d", line)
    return line


def normalise_space(line: str) -> str:
    """Collapse every run of whitespace (tabs, no-break and other Unicode spaces) to one space."""
    return " ".join(line.split())


def tidy_line(line: str) -> str:
    """``normalise_space`` for a line of repaired text, whose only blanks are space and tab.

    Most lines need only the ends trimmed, and two substring checks are much cheaper than
    splitting every line into words.
    """
    line = line.strip(" \t")
    if "  " in line or "\t" in line:
        return " ".join(line.split())
    return line


def indent_width(line: str) -> tuple[int, int]:
    """Return (display column of the first non-blank character, its index), tabs expanded to 8.

    Only the leading whitespace is measured, so a 5000-level indent costs no more than its length.
    A blank line gives (-1, len(line)).
    """
    stripped = line.lstrip()
    if not stripped:
        return -1, len(line)
    start = len(line) - len(stripped)
    lead = line[:start]
    if "\t" not in lead:
        return start, start
    column = 0
    for ch in lead:
        column = column + TAB_SIZE - column % TAB_SIZE if ch == "\t" else column + 1
    return column, start


def count_words(text: str) -> int:
    """Words in ``text``; in Chinese and Japanese, written without spaces, each character counts
    as one (a run of them would make a whole story a handful of "words", and the page be refused
    as no article; a comment's block too short to be one)."""
    return len(_WORD.findall(text))


_WORD: Final = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def starts_lower(text: str) -> bool:
    """Whether ``text`` opens with a small letter of a script written with capitals: a word that a
    renderer wrapped off the line above. Georgian's Mkhedruli letters are lower case to Unicode
    (since 11.0 gave them Mtavruli capitals) but are written without capitals, so a Georgian
    heading ("კომენტარები 8") opens with one. (Callers on every line test ``islower()`` first:
    the call costs more than the test, which most lines fail.)"""
    first = text[:1]
    return first.islower() and not "\u10d0" <= first <= "\u10ff"
