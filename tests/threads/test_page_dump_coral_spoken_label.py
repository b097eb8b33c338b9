"""Coral in Italian as w3m prints it (#15, set 41): over each comment's visible name and time the
screen readers' header repeats them ("Commento di nonnoFranco 1 giorno fa", "Risposta di Chiara
Basile 1 giorno fa"); that line is no header of its own, so the name under it over its time is,
and the reply's "In risposta a nonnoFranco" nests it. The Italian relative time ("1 giorno fa",
"3 ore fa") is found by the flat reader's cheap pass by its last four characters. Dumps written
for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """Commenti

8 commenti
Accedi e partecipa alla conversazione

Ordina per [Più recenti   ]
Commento di nonnoFranco 1 giorno fa
nonnoFranco
1 giorno fa

Io ho 78 anni e il filobus lo aspetto dal 2009, speriamo di fare in tempo.

Rispetto11RispondiCondividi
Segnala
Risposta di Chiara Basile 1 giorno fa
Chiara Basile
1 giorno fa
In risposta a nonnoFranco

Franco, si possono comprare anche dal tabaccaio e alle emettitrici automatiche.

Rispetto5RispondiCondividi
Segnala
Commento di Marta Rosini 3 ore fa
Marta Rosini
3 ore fa

Il problema della strada parco non è il filobus, è il percorso pedonale.

Rispetto22RispondiCondividi
Segnala
"""
)


def test_the_screen_readers_header_over_the_visible_one() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name, c.body.split("\n")[0][:20]) for path, c in walk(comments)] == [
        ((0,), "nonnoFranco", "Io ho 78 anni e il f"),
        ((0, 0), "Chiara Basile", "Franco, si possono c"),
        ((1,), "Marta Rosini", "Il problema della st"),
    ]
