"""An Austrian paper's forum under a story (#15, set 49): "Forum 8 Postings" heads the comments (a
word, the count, then the unit: COUNT_LEAD_HEADING_WORDS and "postings" as data), and w3m prints
them as a nested list. A cookie notice under the footer stops the scan from the page's end before
the list, and a newsletter's box over the forum stops the search for flat headers, so only the
heading finds the comments. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_bounds import is_heading
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """Pinzgau-Newsletter

[                    ] Anmelden

Forum 8 Postings

Die Kommentare von Userinnen und Usern geben nicht notwendigerweise die Meinung
der Redaktion wieder.

Sortieren nach: Neueste Älteste Bestbewertete

Um zu posten, melden Sie sich bitte an oder registrieren Sie sich.

 1. [ava]
    Krimmler_Wasserfall 412 Postings, 9 Follower
    28. März 2025, 18:42

    Zuerst wird um Millionen elektrifiziert, dann fährt am Abend nichts mehr.

    Antworten Teilen Melden
     1. [ava]
        nebelhorn77 1.208 Postings, 31 Follower
        28. März 2025, 19:15

        Elektrifiziert ist da gar nichts, die Bahn fährt mit alten Triebwagen.

        Antworten Teilen Melden
 2. [ava]
    SaalfeldnerIn 57 Postings, 2 Follower
    29. März 2025, 09:31

    Was heißt das für die Schüler, die bis halb sechs Unterricht haben?

    Antworten Teilen Melden

Alle 8 Postings werden angezeigt.

Meistgelesen

 1. Unfall auf der Gerlosstraße: Zwei Verletzte

Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte
zu personalisieren, Werbung anzuzeigen und die Nutzung unserer Website zu
analysieren.
"""
)


def test_a_forum_heading_with_its_count_before_the_unit() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.created_at.hour if c.created_at else None) for path, c in walk(comments)] == [
        ((0,), 18),
        ((0, 0), 19),
        ((1,), 9),
    ]


def test_the_lead_word_alone_is_no_heading() -> None:
    assert is_heading(["Forum 12 Postings"], 0)
    assert not is_heading(["Forum"], 0)
    assert not is_heading(["Forum der Leser"], 0)
