"""A reply label and an earlier commenter's name left as a comment's first line by the readers
that found no parent (#15): Komento's "membalas <name>" (Indonesian), Coral's "In reply to" after
its icon's ligature "reply". Dumps written for this test; and the lines that must stay text."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import ParsedComment, walk
from threads.page_parser import parse_page
from threads.page_reply_lines import nest_by_reply_lines

_KOMENTO = ARTICLE + """Komentar (4)

  • Budi Santoso

    Budi Santoso

    3 Juni 2024 | 08:10 WIB
    Jembatan gantung di Cikalong sudah miring sejak banjir bulan lalu. Anak-anak
    tetap menyeberang setiap pagi.
    Suka 9 Balas Laporkan
  • Sri Wahyuni

    Sri Wahyuni

    3 Juni 2024 | 09:25 WIB
    membalas Budi Santoso
    Benar, Pak Budi. Kemarin saya lihat tali pengamannya juga sudah putus satu.
    Suka 4 Balas Laporkan
  • Tamu

    3 Juni 2024 | 10:02 WIB
    Kenapa tidak ditutup sementara saja sampai diperbaiki?
    Suka 2 Balas Laporkan
  • Agus Salim

    Agus Salim

    3 Juni 2024 | 11:47 WIB
    membalas Tamu
    Kalau ditutup, anak-anak harus memutar lima kilometer lewat jalan desa.
    Suka 6 Balas Laporkan
"""


def _tree(roots: list[ParsedComment]) -> list[tuple[tuple[int, ...], str | None, str]]:
    return [(path, c.author_name, " ".join(c.body.split()[:3])) for path, c in walk(roots)]


def test_komento_reply_lines_nest_and_leave_the_text() -> None:
    assert _tree(parse_page(_KOMENTO).comments) == [
        ((0,), "Budi Santoso", "Jembatan gantung di"),
        ((0, 0), "Sri Wahyuni", "Benar, Pak Budi."),
        ((1,), None, "Kenapa tidak ditutup"),
        ((1, 0), "Agus Salim", "Kalau ditutup, anak-anak"),
    ]


def _flat(*comments: tuple[str | None, str]) -> list[ParsedComment]:
    return [ParsedComment(body=body, author_name=name, line=k + 1) for k, (name, body) in enumerate(comments)]


def test_an_icon_ligature_before_the_label() -> None:
    roots = _flat(
        ("Clint Hargrove", "The clean-air centre closes at seven.\nWho is that for?"),
        ("Yolanda Pierce", "reply In reply to Clint Hargrove\n\nThe library is open until nine."),
    )
    assert _tree(nest_by_reply_lines(roots)) == [
        ((0,), "Clint Hargrove", "The clean-air centre"),
        ((0, 0), "Yolanda Pierce", "The library is"),
    ]


def test_a_sentence_or_a_stranger_is_left_as_text() -> None:
    roots = _flat(
        ("Maria Lopez", "The bridge has been closed for a month.\nNobody says why."),
        ("Ken Ito", "Reply to Maria Lopez, who is right about the bridge\nand more."),
        ("Ana Ruiz", "In reply to Pedro Gil\nHe was not here."),
        ("Lee Park", "In reply to Maria Lopez"),  # nothing under the line: it is the text
    )
    assert _tree(nest_by_reply_lines(roots)) == [
        ((0,), "Maria Lopez", "The bridge has"),
        ((1,), "Ken Ito", "Reply to Maria"),
        ((2,), "Ana Ruiz", "In reply to"),
        ((3,), "Lee Park", "In reply to"),
    ]


def test_two_names_apart_by_an_icons_gap() -> None:
    """Komento 4's header "<name> ▸ <name answered>", the caret printed as blanks."""
    roots = _flat(
        ("Yusmary Quintero", "Six days without water in La Milagrosa.\nNot five."),
        ("Luis Alberto Rondón    Yusmary Quintero", "Pozo Hondo is the same.\nNobody gives a date."),
        ("Carmen Dávila    Pedro Gil", "Organise by communal council.\nIt worked in Santa Rosa."),
    )
    assert [(path, c.author_name) for path, c in walk(nest_by_reply_lines(roots))] == [
        ((0,), "Yusmary Quintero"),
        ((0, 0), "Luis Alberto Rondón"),
        ((1,), "Carmen Dávila    Pedro Gil"),  # nobody above wrote as Pedro Gil: left as it was
    ]
