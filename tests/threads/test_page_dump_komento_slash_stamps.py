"""Stamps with a post's number after them (#15, holdout sets 31, 61 and 87): Slashdot's header
ends with the comment's number in brackets ("by tlhIngan (30335) on Tuesday March 12, 2024
@11:41PM (#64312401)"); Komento signs each comment at its foot with a relative time in Greek
and its number ("πριν 1 ημέρα #1", the singular units too), so its list under the comment form
is the thread. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.comment_header import read_header
from threads.page_parser import parse_page


def test_a_slashdot_header_with_the_comment_number_after_the_time() -> None:
    header = read_header("by tlhIngan (30335) on Tuesday March 12, 2024 @11:41PM (#64312401)", None)
    assert header is not None
    assert (header.author, header.created_at) == ("tlhIngan", datetime(2024, 3, 12, 23, 41, tzinfo=UTC))


_KOMENTO = ARTICLE + """Σχόλια (2)

Προσθήκη σχολίου

  • Όνομα[                    ]
  • Email[                    ]

[                                                  ]
[                                                  ]
[ ] Αποδέχομαι τους Όρους σχολιασμού
Υποβολή
  • Γιώργος Τ.

    Γιώργος Τ.

    Επιτέλους θα φτιάξουν το πάρκο, μετά από έναν ολόκληρο χρόνο αναμονής.
    πριν 1 ημέρα #1
    Μου αρέσει 12 Απάντηση Αναφορά
  • Βάσω Κ.

    Βάσω Κ.

    Η σύμβαση λέει δεκαοκτώ μήνες, άρα το καλοκαίρι του 2026 στην καλύτερη περίπτωση.
    πριν 17 ώρες #2
    Μου αρέσει 5 Απάντηση Αναφορά
"""


def test_komento_items_signed_at_their_foot_in_greek_are_the_thread() -> None:
    comments = parse_page(_KOMENTO).comments
    assert len(comments) == 2
    assert "Επιτέλους" in comments[0].body
    assert "δεκαοκτώ" in comments[1].body
