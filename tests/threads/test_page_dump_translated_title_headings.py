"""WordPress's "N thoughts on “<title>”" heading in Indonesian ("9 tanggapan untuk “…”") and Greek
("9 σκέψεις για το “…”") heads the comment list (#15, sets 41, 42, 50): a long notice under the
sidebars (a cookie banner, a newsletter's blurb) stops the scan from the page's end before the
list, so only the heading, found over the whole page, tells where the comments are. w3m prints the
nested list with its indents; the heading wraps before the title's end. Dumps written for this test."""

from __future__ import annotations

import pytest

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_LIST = """
 1. [3b1f0c2] Asep Saepudin {says}
    14 Mei 2024 10:42

    Tiap pagi lewat pasar baunya sudah sampai ke jalan besar di depan.

    {reply}
     1. [a90e1d7] Dede Rohmat {says}
        14 Mei 2024 11:15

        Betul, di Cibeureum juga sama dan air lindi netes sepanjang jalan.

        {reply}
         1. [3b1f0c2] Asep Saepudin {says}
            14 Mei 2024 13:02

            Semoga truk baru cepat datang sebelum musim hujan tahun ini.

            {reply}
 2. [5cc0e8b] Neng Yuli {says}
    14 Mei 2024 12:20

    Percuma tambah truk kalau pemilahan di rumah tangga tidak jalan.

    {reply}

{form}

Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *

Komentar * [                                             ]

[Kirim Komentar]

Kami menggunakan cookie untuk meningkatkan pengalaman Anda dan untuk keperluan
analitik. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.

Saya Setuju
"""


@pytest.mark.parametrize(
    ("heading", "says", "reply", "form"),
    [
        (
            "9 tanggapan untuk “Sampah Menumpuk di Pasar Caringin, Pemkot Bandung Tambah\nRitase ke TPA”",
            "berkata:",
            "Balas",
            "Tinggalkan Balasan Batalkan balasan",
        ),
        (
            "9 σκέψεις για το “Πάτρα: Κλειστή η παραλιακή από Δευτέρα για τα έργα στον αγωγό\nομβρίων”",
            "λέει:",
            "Απάντηση",
            "Αφήστε μια απάντηση Ακύρωση απάντησης",
        ),
    ],
    ids=["indonesian", "greek"],
)
def test_a_translated_title_heading_heads_the_nested_list(heading: str, says: str, reply: str, form: str) -> None:
    page = ARTICLE + heading + "\n" + _LIST.format(says=says, reply=reply, form=form)
    comments = parse_page(page).comments
    tree = [(path, c.body.split("\n")[-1][:20]) for path, c in walk(comments)]
    assert tree == [
        ((0,), "Tiap pagi lewat pasa"),
        ((0, 0), "Betul, di Cibeureum "),
        ((0, 0, 0), "Semoga truk baru cep"),
        ((1,), "Percuma tambah truk "),
    ]
