"""Greek comments in flat blocks (#15, set 65's Soledad page): the header's clock ends in "πμ" or
"μμ" (a.m., p.m.), which the cheap pass over the page did not take for a stamp's end, so no
comment was found; and a reply opens with the name in the vocative ("Γιώργο," answering Γιώργος),
which drops the final sigma. A German reply addresses "Herr Haas" (set 59's Isso page). Dumps
written for these tests."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_GREEK = ARTICLE + """3 Σχόλια

Γιώργος Κ. 15 Μαρτίου 2024 - 10:05 πμ

Ο νέος ποδηλατόδρομος θα κόψει μια λωρίδα από την παραλιακή, και η κίνηση είναι ήδη μεγάλη.

Απάντηση
Ελένη Π. 15 Μαρτίου 2024 - 11:32 πμ

Γιώργο, το έργο γίνεται πάνω στο πεζοδρόμιο, όχι στον δρόμο.

Απάντηση
Μαρία 16 Μαρτίου 2024 - 3:40 μμ

Θα υπάρχει και φωτισμός τη νύχτα στην παραλία;

Απάντηση

Αφήστε ένα σχόλιο
"""

_GERMAN = ARTICLE + """3 Kommentare

Jürgen Haas 12. März 2024 um 18:10

Das Gutachten zum alten Becken hat bis heute niemand außerhalb des Rathauses gesehen.

Antworten
Tobias (Redaktion) 12. März 2024 um 19:02

Herr Haas, das Gutachten liegt uns inzwischen vor, wir berichten nächste Woche.

Antworten
Petra K. 13. März 2024 um 08:30

Bleibt das Hallenbad in der Zwischenzeit offen?

Antworten
"""


def test_a_greek_vocative_answers_the_comment_above() -> None:
    rows = flat(parse_page(_GREEK).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Γιώργος Κ."),
        ((0, 0), "Ελένη Π."),
        ((1,), "Μαρία"),
    ]


def test_a_title_before_the_surname_names_the_commenter() -> None:
    rows = flat(parse_page(_GERMAN).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Jürgen Haas"),
        ((0, 0), "Tobias (Redaktion)"),
        ((1,), "Petra K."),
    ]
