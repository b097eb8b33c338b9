"""Decoding and repair of scraped text."""

from __future__ import annotations

import re
import unicodedata

import ftfy.bad_codecs  # noqa: F401  (registers "sloppy-windows-1252")
import pytest

from threads.text import (
    NFC_CANDIDATES,
    PageDecodeError,
    decode_page_bytes,
    indent_width,
    normalise_space,
    repair_text,
    tidy_line,
)


def test_mis_decoded_utf8_is_repaired_with_curly_quotes_kept() -> None:
    # UTF-8 read as Windows-1252 (bytes it leaves undefined kept as C1 controls, as browsers do).
    broken = "“We agree,” she said – it’s done. Café".encode().decode("sloppy-windows-1252")
    assert broken.startswith("â€œWe agree,â€\x9d")
    assert repair_text(broken) == "“We agree,” she said – it’s done. Café"


def test_right_quote_that_lost_its_last_byte() -> None:
    # 0x9D is undefined in Windows-1252, so the third byte of ” is dropped and "â€" is left.
    assert repair_text("an “information attack.â€\nNext line") == "an “information attack.”\nNext line"
    # When the lost byte took the space with it the remains read as a dagger glued to the next word.
    assert repair_text("“Our allies,†Pashinyan said. “Fine.â€") == "“Our allies,” Pashinyan said. “Fine.”"


def test_dagger_is_left_alone_on_pages_without_mojibake() -> None:
    text = "Smith† died in 1901. The † marks members who died in office, see Jones†Brown."
    assert repair_text(text) == text


def test_line_endings_spaces_and_controls() -> None:
    text = "a\r\nb\rc\u2028d\u000be\x00f\u200bg\ufeffh\u00a0i\u2003j\u3000k"
    assert repair_text(text) == "a\nb\nc\nd\nefgh i j k"
    assert repair_text("plain ascii\nstays\n") == "plain ascii\nstays\n"


def test_controls_after_mojibake_on_the_same_line_are_removed() -> None:
    assert repair_text("a â€œb\x00c\u2003d&amp;\x01\ne\x02") == "a “bc d&\ne"
    # An unknown entity looks like mojibake to the scan but ftfy leaves the line as it is.
    assert repair_text("x &nosuch; \x00y\u2003z") == "x &nosuch; y z"


def test_html_entities_are_unescaped() -> None:
    assert repair_text("Tom &amp; Jerry &#8220;quoted&#8221;") == "Tom & Jerry “quoted”"
    assert repair_text("Turkey & Azerbaijan") == "Turkey & Azerbaijan"


def test_text_is_nfc() -> None:
    decomposed = "Cafe\u0301 in Yerevan, \u1100\u1161 and \u212b"
    repaired = repair_text(decomposed)
    assert repaired == unicodedata.normalize("NFC", decomposed)
    assert "Café" in repaired


def test_nfc_candidates_cover_every_character_nfc_can_touch() -> None:
    candidates = re.compile(f"[{NFC_CANDIDATES}]")
    missing = []
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000 or code in (0x2000, 0x2001):  # surrogates; odd spaces become " " first
            continue
        ch = chr(code)
        touched = unicodedata.combining(ch) != 0 or not unicodedata.is_normalized("NFC", ch)
        decomposition = unicodedata.decomposition(ch)
        if touched and candidates.match(ch) is None:
            missing.append(code)
        if decomposition and not decomposition.startswith("<"):
            for part in decomposition.split()[1:]:
                if candidates.match(chr(int(part, 16))) is None:
                    missing.append(int(part, 16))
    assert missing == []


def test_whitespace_helpers() -> None:
    assert normalise_space(" a\t b\u00a0\u2003c  ") == "a b c"
    assert tidy_line("  a  b\tc ") == "a b c"
    assert tidy_line("\tplain text ") == "plain text"
    assert indent_width("    x") == (4, 4)
    assert indent_width("\tx") == (8, 1)
    assert indent_width("  \t x") == (9, 4)
    assert indent_width("   ") == (-1, 3)


def test_decode_accepts_text_encodings() -> None:
    assert decode_page_bytes("\ufeffTitle “q”".encode(), "a.txt") == "Title “q”"
    assert decode_page_bytes("Title “q”".encode("utf-16"), "a.txt") == "Title “q”"
    legacy = "Headline\n\nThe caf\u00e9 owner said \u201cnot this year\u201d \u2013 and meant it.\n"
    assert decode_page_bytes(legacy.encode("cp1252"), "a.txt") == legacy
    assert decode_page_bytes(b"", "a.txt") == ""
    # A UTF-8 page cut in the middle of its last character keeps its UTF-8 reading.
    cut = "Title\n\n“Quoted” text, then a cut ”".encode()[:-1]
    assert decode_page_bytes(cut, "a.txt") == "Title\n\n“Quoted” text, then a cut \ufffd"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(40)), "NUL"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(1, 30)) * 10, "control bytes"),
        (bytes(range(128, 256)) * 8, "not UTF-8"),
        (b"\xff\xfe\x00\xd8", "UTF-16"),
        (b"Plain text header\n" * 4000 + bytes(range(1, 256)) * 200, "not UTF-8"),
    ],
)
def test_decode_refuses_binary_and_names_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(PageDecodeError) as caught:
        decode_page_bytes(data, "/scrapes/page-17.bin")
    message = str(caught.value)
    assert message.startswith("/scrapes/page-17.bin: ")
    assert reason in message
