"""Text repair for scraped pages: decoding, mojibake, line endings and whitespace.

Scrapers hand us whatever bytes the site served, sometimes decoded twice (UTF-8 read as
Windows-1252, so quotes turn into ``â€œ``), with CRLF or bare CR line ends, tabs, non-breaking
spaces and invisible characters. Everything downstream (structure detection, hashing, near-duplicate
signatures) wants one clean form, so it is produced here once.

The page parser has a throughput budget (``bench/parse.py``), and ftfy is thorough but slow, so ftfy
only sees the lines that cheap substring checks flag as possibly mis-decoded.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import ftfy

TAB_SIZE: Final = 8

# Bytes that plain text may contain below 0x20: tab, LF, VT, FF, CR, and ESC (terminal colour codes
# in pasted logs). Anything else down there is a sign of binary data.
_TEXT_CONTROL_BYTES: Final = bytes([0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B])
_NON_TEXT_BYTES: Final = bytes(b for b in range(0x20) if b not in _TEXT_CONTROL_BYTES) + b"\x7f"
_ALL_OTHER_BYTES: Final = bytes(b for b in range(256) if bytes([b]) not in _NON_TEXT_BYTES)
# A page is binary when more than this share of its first block is control bytes.
_MAX_CONTROL_SHARE: Final = 0.01
_SNIFF_BYTES: Final = 65536
# A non-UTF-8 page is accepted as Windows-1252 only if it still reads as mostly ASCII prose.
_MIN_ASCII_SHARE_LEGACY: Final = 0.85


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
    ascii_share = len(sniff.translate(None, bytes(range(128, 256)))) / max(len(sniff), 1)
    if ascii_share < _MIN_ASCII_SHARE_LEGACY:
        raise PageDecodeError(
            source,
            f"is not UTF-8 text (invalid byte at offset {utf8_error.start}) and does not read as Windows-1252 prose",
        )
    return data.decode("cp1252", errors="replace")


# Lead characters of UTF-8 text that was decoded as Windows-1252 or Latin-1 (â€œ, Ã©, Â ...), and
# HTML entities. A page with none of these needs no ftfy pass.
_MOJIBAKE_HINTS: Final = ("â€", "Ã", "Â", "â„", "Ð", "Ñ", "Ø", "Ù", "Å", "Ä", "Î", "Ï", "ï»", "&")
_C1_OR_INVISIBLE: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200c\u200e\u200f\u2028\u2029\u2060\ufeff]")
_LINE_SEPARATORS: Final = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_INVISIBLE: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b\u200c\u200e\u200f\u2060\ufeff]")
# ftfy repairs ``â€œ`` but cannot guess a byte that was lost: ``â€`` at the end of a run is a right
# double quote whose third byte (0x9D, undefined in Windows-1252) was dropped. When the dropped
# byte took the following space with it the remains decode as a dagger glued between words.
_LOST_RIGHT_QUOTE: Final = re.compile("â€(?![\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u2122])")
_DAGGER_FOR_QUOTE: Final = re.compile(r"(?<=[\w.,!?;:)])\u2020(?=[^\W\d_])")
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

    Line count is preserved apart from CR/CRLF and Unicode line separators becoming LF, so line
    numbers reported by the parser match what an editor shows.
    """
    text = normalise_newlines(text)
    if any(hint in text for hint in _MOJIBAKE_HINTS):
        text = _fix_mojibake_lines(text)
    if _C1_OR_INVISIBLE.search(text) is not None:
        text = _LINE_SEPARATORS.sub("\n", text)
        text = _INVISIBLE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _fix_mojibake_lines(text: str) -> str:
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if any(hint in line for hint in _MOJIBAKE_HINTS):
            fixed = ftfy.fix_text(line, _FTFY_CONFIG)
            if "â€" in fixed:
                fixed = _LOST_RIGHT_QUOTE.sub("\u201d", fixed)
            lines[i] = fixed
    text = "\n".join(lines)
    # Only where opening quotes outnumber closing ones is a glued dagger a lost closing quote.
    if "\u2020" in text and text.count("\u201c") > text.count("\u201d"):
        text = _DAGGER_FOR_QUOTE.sub("\u201d ", text)
    return text


def normalise_space(line: str) -> str:
    """Collapse every run of whitespace (tabs, no-break and other Unicode spaces) to one space."""
    return " ".join(line.split())


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
