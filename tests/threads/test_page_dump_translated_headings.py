"""Comment headings in the wording of WordPress's translations and of a comment system's count
(#15, sets 77 and 78): Greek "8 σκέψεις σχετικά με το “…”" over "Name είπε:", Indonesian "8 Komentar
pada “…”", and "Conversation 8 comments". w3m prints an unindented notice or cookie banner under
the thread, which stops the backwards scan before it reaches the list, so the reader needs the
heading to find the comments at all. Dumps written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page
from threads.page_section import find_comment_section

_GREEK = ARTICLE + """3 σκέψεις σχετικά με το “Νέα ρύθμιση για τη στάθμευση στο κέντρο της
πόλης”

 1. [avatar-] Μαρία Παπαδάκη είπε:
    2 Σεπτεμβρίου 2024 στις 8:04 μμ

    Καιρός ήταν να το αποφασίσουν, αλλά πού θα παρκάρουν οι κάτοικοι;

    Απάντηση
     1. [avatar-] Στέλιος Κ. είπε:
        2 Σεπτεμβρίου 2024 στις 9:37 μμ

        Υπάρχουν δημοτικοί χώροι στάθμευσης λίγα λεπτά πιο πέρα.

        Απάντηση
 2. [avatar-] Γιάννης Μαρκάκης είπε:
    3 Σεπτεμβρίου 2024 στις 10:26 πμ

    Θα δοθούν κάρτες στάθμευσης στους μόνιμους κατοίκους της περιοχής;

    Απάντηση

Αφήστε μια απάντηση Ακύρωση απάντησης

Η ηλ. διεύθυνση σας δεν δημοσιεύεται. Τα υποχρεωτικά πεδία σημειώνονται με *

Ο ιστότοπος χρησιμοποιεί cookies για τη βελτίωση της εμπειρίας σας και για στατιστικά.
"""

_INDONESIAN = ARTICLE + """3 Komentar pada “Banjir Rob Genangi Permukiman, Warga Minta Normalisasi
Drainase”

Komentar Anda adalah tanggung jawab pribadi. Komentar yang mengandung fitnah akan dihapus.

 1. [7b1e0]
    Rahmat Hidayat 14 Maret 2024 pukul 19.22

    Sudah tiga tahun berturut-turut begini, tiap pasang purnama kami kebanjiran.

    Balas
     1. [c4d2a]
        Dewi Lestari 14 Maret 2024 pukul 20.05

        Betul Pak Rahmat, di gang kami juga sama setiap kali hujan deras.

        Balas
 2. [2a8c4]
    Yusuf Maulana 15 Maret 2024 pukul 10.02

    Jangan cuma salahkan pemerintah, parit di belakang pasar penuh sampah.

    Balas
 3. Pingback: Rekap Banjir Pekan Ini: Samarinda dan Balikpapan – Kaltim Sepekan

Tinggalkan Balasan Batalkan balasan

Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai dengan bintang *

Komentar * [                                             ]

[ ] Simpan nama, email, dan situs web saya pada peramban ini untuk komentar
saya berikutnya.

[Kirim Komentar]

Terpopuler

 1. Jalan Poros Longsor Lagi, Antrean Truk Capai 3 Kilometer
 2. Harga Cabai Rawit di Pasar Tembus Rp120 Ribu per Kilogram

Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan
melanjutkan, Anda menyetujui Kebijakan Privasi kami.
"""

_CONVERSATION = ARTICLE + """Conversation 3 comments

Sort by[Oldest    ]

Log in to comment

  • Trev from Lakes 6 Apr 2024, 8:41pm

    About time. Anyone who has tried to cross the Esplanade with kids knows it.

    23ReplyReport
      □ Kylie Marsh 6 Apr 2024, 10:03pm

        Easy to say when it is not going past your back fence, Trev.

        11ReplyReport
  • Bairnsdale Bob 7 Apr 2024, 8:15am

    Thirty eight million for four kilometres while the highway is all potholes.

    17ReplyReport

We use cookies to personalise content and ads and to analyse our traffic. By
continuing you agree to our privacy policy.
"""


def test_greek_wordpress_heading_and_said() -> None:
    rows = flat(parse_page(_GREEK).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Μαρία Παπαδάκη"),
        ((0, 0), "Στέλιος Κ."),
        ((1,), "Γιάννης Μαρκάκης"),
    ]
    assert rows[1][3].startswith("Υπάρχουν δημοτικοί")


def test_indonesian_wordpress_heading() -> None:
    lines = _INDONESIAN.split("\n")
    start = find_comment_section(lines)
    assert start is not None and lines[start] == " 1. [7b1e0]"  # under the heading, not read flat
    rows = flat(parse_page(_INDONESIAN).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Rahmat Hidayat"),
        ((0, 0), "Dewi Lestari"),
        ((1,), "Yusuf Maulana"),
    ]


def test_conversation_heading_with_its_unit() -> None:
    rows = flat(parse_page(_CONVERSATION).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Trev from Lakes"),
        ((0, 0), "Kylie Marsh"),
        ((1,), "Bairnsdale Bob"),
    ]
