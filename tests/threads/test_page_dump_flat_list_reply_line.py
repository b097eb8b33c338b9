"""A CSS-nested comment list that w3m prints flat, every comment a "•" item at one indent, with
"In reply to <name>" under the stamp (#15, set 35's Afrikaans Komento page, "In antwoord op
…"): the item goes under that author's latest comment above it. Afrikaans words are the word
tables' ("Kommentaar (9)", "Antwoord Hou van 14 Rapporteer", "3 uur gelede"). Dumps written for
this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ENGLISH = ARTICLE + """Comments (4)

Oldest first · Newest first

  • Helen Marsh
    Helen Marsh
    14 March 2024 at 08:15
    The water has been off at the school for two weeks now, which is unacceptable.
    Reply Like 14 Report
  • Owen Price
    Owen Price Subscriber
    14 March 2024 at 09:02
    In reply to Helen Marsh
    Helen, the council says the pipe under the main road must be replaced first.
    Reply Like 6 Report
  • Dan Reyes
    Dan Reyes
    14 March 2024 at 09:40
    My son's class is sent home early every day and I work until five.
    Reply Like 11 Report
  • Helen Marsh
    Helen Marsh
    14 March 2024 at 10:30
    In reply to Owen Price
    Then they should bring a water tank in the meantime, surely.
    Reply Like 3 Report

Leave a comment
"""

_AFRIKAANS = ARTICLE + """Kommentaar (3)

Oudste eerste · Nuutste eerste

  • Johan Nel
    Johan Nel
    14 Maart 2024 om 08:15
    Twee weke sonder water by 'n skool met 900 kinders is onaanvaarbaar.
    Antwoord Hou van 14 Rapporteer
  • Anneke Botha
    Anneke Botha Intekenaar
    3 uur gelede
    In antwoord op Johan Nel
    Johan, die munisipaliteit sê die pyp onder die hoofstraat moet eers vervang word.
    Antwoord Hou van 6 Rapporteer
  • Riaan Fourie
    Riaan Fourie
    2 uur gelede
    Die hele buurt se infrastruktuur val uitmekaar, nie net die skool nie.
    Antwoord Hou van 5 Rapporteer

Lewer kommentaar
"""


def test_an_item_naming_whom_it_answers_goes_under_that_comment() -> None:
    assert [(path, author, first) for path, author, _, first in flat(parse_page(_ENGLISH).comments)] == [
        ((0,), "Helen Marsh", "The water has been off at the school for two weeks now, which is unacceptable."),
        ((0, 0), "Owen Price", "Helen, the council says the pipe under the main road must be replaced first."),
        ((0, 0, 0), "Helen Marsh", "Then they should bring a water tank in the meantime, surely."),
        ((1,), "Dan Reyes", "My son's class is sent home early every day and I work until five."),
    ]


def test_afrikaans_reply_line() -> None:
    assert [(path, author, first) for path, author, _, first in flat(parse_page(_AFRIKAANS).comments)] == [
        ((0,), "Johan Nel", "Twee weke sonder water by 'n skool met 900 kinders is onaanvaarbaar."),
        ((0, 0), "Anneke Botha", "Johan, die munisipaliteit sê die pyp onder die hoofstraat moet eers vervang word."),
        ((1,), "Riaan Fourie", "Die hele buurt se infrastruktuur val uitmekaar, nie net die skool nie."),
    ]
