"""Indonesian comment words as data (#15, blind set 26): the heading ("Komentar (4)"), buttons
("Suka (12) Balas Laporkan"), badges ("Pelanggan", "Redaksi"), relative stamps ("2 jam lalu",
"15 menit yang lalu") and boxes after the thread ("Terpopuler", "Komentar Terbaru"); and a day of
the week before a header's date in any language ("Kamis, 7 Mar 2024 10:20 WIB", "Donnerstag, 7.
März 2024"), which is no part of the name. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.comment_header import read_header
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Komentar (4)

[ava]
Sari Wulandari Kamis, 7 Mar 2024 10:20 WIB

Jembatan penyeberangan di depan sekolah itu sudah lama rusak dan belum juga diperbaiki.

Suka (12) Balas Laporkan
[ava]
Yoga Pratama Pelanggan Kamis, 7 Mar 2024 11:05 WIB

Anak-anak sekarang menyeberang lewat jalan raya karena tangganya licin kalau hujan.

Suka (4) Balas Laporkan
[ava]
Anonim Kamis, 7 Mar 2024 12:40 WIB

Sudah dilaporkan ke kelurahan dua kali tapi jawabannya selalu menunggu anggaran.

Suka (7) Balas Laporkan
[ava]
Fajar Nugroho 2 jam lalu

Semoga setelah berita ini ada tindakan dari dinas pekerjaan umum.

Suka (1) Balas Laporkan
Muat komentar lainnya

Terpopuler

 1. Harga cabai naik menjelang Ramadan
 2. Banjir rob genangi jalan pesisir

Komentar Terbaru

  • Rudi di Harga cabai naik menjelang Ramadan

    Di pasar dekat rumah sudah dua kali lipat…

    15 menit yang lalu
"""


def test_indonesian_words_and_a_weekday_before_the_date() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, author, when, text[:24]) for path, author, when, text in rows] == [
        ((0,), "Sari Wulandari", datetime(2024, 3, 7, 3, 20, tzinfo=UTC), "Jembatan penyeberangan d"),
        ((1,), "Yoga Pratama", datetime(2024, 3, 7, 4, 5, tzinfo=UTC), "Anak-anak sekarang menye"),
        ((2,), None, datetime(2024, 3, 7, 5, 40, tzinfo=UTC), "Sudah dilaporkan ke kelu"),
        ((3,), "Fajar Nugroho", None, "Semoga setelah berita in"),
    ]


def test_a_weekday_in_another_language_before_the_date_is_not_the_name() -> None:
    german = read_header("Heike Brandt Donnerstag, 7. März 2024 um 21:47 Uhr", None)
    assert german is not None
    assert (german.author, german.created_at) == ("Heike Brandt", datetime(2024, 3, 7, 21, 47, tzinfo=UTC))
    # Without the comma a weekday's word is a name's ("Domingo").
    surname = read_header("Plácido Domingo 5 Mar 2024 08:15", None)
    assert surname is not None and surname.author == "Plácido Domingo"
