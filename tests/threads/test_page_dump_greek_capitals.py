"""A Greek paper's comments under "8 ΣΧΟΛΙΑ" (#15, set 49): Greek in capitals drops its accents, so
the heading word is listed without them too ("σχολια"); the header's clock follows "Στις" ("28
Μαρτίου 2025 Στις 16:10"), as Indonesian's follows "pukul" ("14 Mei 2024 pukul 10:42"): both
among the clock connectors. A newsletter box over the heading and a cookie notice under the
footer leave only the heading to find the list. Dumps written for this test (w3m)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.comment_header import read_header
from threads.model import walk
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """[                    ] [Εγγραφή]

8 ΣΧΟΛΙΑ

 1. [3b8e1f] Γιώργος Παπαδημητρίου 28 Μαρτίου 2025 Στις 16:10

    Επιτέλους λεωφορείο και το Σάββατο απόγευμα, μέχρι τώρα έμενα σπίτι.

    Απάντηση
     1. [d27a6c] Κατερίνα Λάμπρου 28 Μαρτίου 2025 Στις 18:42

        Γιώργο, το Σάββατο απόγευμα έχει μόνο δύο δρομολόγια.

        Απάντηση
 2. [myster] Θανάσης Κ. 31 Μαρτίου 2025 Στις 08:25

    Θα ήθελα να ξέρω αν ισχύει το μειωμένο εισιτήριο για φοιτητές.

    Απάντηση

ΑΦΗΣΤΕ ΜΙΑ ΑΠΑΝΤΗΣΗ Ακύρωση απάντησης

[                                             ]

Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία περιήγησής σας και να
αναλύσουμε την επισκεψιμότητα του ιστότοπου.
"""
)


def test_a_heading_in_capitals_and_the_greek_clock_word() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name, c.created_at) for path, c in walk(comments)] == [
        ((0,), "Γιώργος Παπαδημητρίου", datetime(2025, 3, 28, 16, 10, tzinfo=UTC)),
        ((0, 0), "Κατερίνα Λάμπρου", datetime(2025, 3, 28, 18, 42, tzinfo=UTC)),
        ((1,), "Θανάσης Κ.", datetime(2025, 3, 31, 8, 25, tzinfo=UTC)),
    ]


def test_the_indonesian_clock_word() -> None:
    header = read_header("Asep Saepudin 14 Mei 2024 pukul 10:42", None)
    assert header is not None
    assert (header.author, header.created_at) == ("Asep Saepudin", datetime(2024, 5, 14, 10, 42, tzinfo=UTC))
