"""Boxes after flat comments that a dump must not take for the comments (#15, blind set 20): a
Dutch "Meest besproken" list of stories and a "Uitgelichte reactie" box (words as data in
page_words), the form heading "Reageer", a story's count that lynx wraps off its title onto a line
of its own under a numbered item ("8 reacties", no comments heading), and a letter avatar's "?"
before a guest's name. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_COMMENTS = """Reacties 3

   Reageren kan enkel met je volledige naam.
   MB Marleen Bosmans Abonnee 5 uur geleden

   De nieuwe rotonde aan de Steenweg is nog altijd niet verlicht na zonsondergang.
   (BUTTON) 👍 4 (BUTTON) Antwoorden (BUTTON) Melden
   ? Anoniem 4 uur geleden

   Ik rij er elke avond langs en zie inderdaad amper de fietsers die oversteken.
   (BUTTON) 👍 2 (BUTTON) Antwoorden (BUTTON) Melden
   WD Wim Dierckx 3 uur geleden

   Volgens de gemeente komen de palen pas na de zomer, dat is veel te laat.
   (BUTTON) 👍 7 (BUTTON) Antwoorden (BUTTON) Melden

Reageer

   ____________________________________________________________
   (BUTTON) Plaats reactie

Uitgelichte reactie

   Wim Dierckx 3 uur geleden

   Volgens de gemeente komen de palen pas na de zomer.

Meest besproken

    1. Gemeenteraad keurt nieuw parkeerplan voor het centrum van de stad goed
       12 reacties
    2. Zwembad blijft nog een maand dicht voor herstellingen 31 reacties
"""


def test_boxes_after_flat_comments_are_not_comments() -> None:
    rows = flat(parse_page(ARTICLE + _COMMENTS).comments)
    assert [(path, author, text) for path, author, _when, text in rows] == [
        ((0,), "Marleen Bosmans", "De nieuwe rotonde aan de Steenweg is nog altijd niet verlicht na zonsondergang."),
        ((1,), None, "Ik rij er elke avond langs en zie inderdaad amper de fietsers die oversteken."),
        ((2,), "Wim Dierckx", "Volgens de gemeente komen de palen pas na de zomer, dat is veel te laat."),
    ]
