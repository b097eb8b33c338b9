"""Drupal's flat comments in another language (#15, set 38's Italian page): the stamp opens with
the weekday in the site's language ("Dom, 14/04/2024 - 10:12"), which the name line above must
not take for the commenter; a reply names its parent as "In risposta a <subject> di <author>"
(Italian for "In reply to <subject> by <author>"), the author's part a name that wrote above, the
anonymous one's "Anonimo (non verificato)"; "Commenti recenti" and "I più commentati" under the
form are boxes of other stories. The author's part is the words after the last "by" word that
name a commenter above: "Antwort auf Radweg von Ursula von Berg" is Ursula von Berg's.
Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ITALIAN = ARTICLE + """Commenti

3
Profile picture for user Carla Rinaldi

Carla Rinaldi

Dom, 14/04/2024 - 10:12

Finalmente

Finalmente una pista ciclabile che collega la stazione al centro storico.

  • Accedi o registrati per inviare commenti

Anonimo (non verificato)

Dom, 14/04/2024 - 11:47

In risposta a Finalmente di Carla Rinaldi

Chi paga?

Chi paga la manutenzione quando le radici degli alberi rompono l'asfalto?

  • Accedi o registrati per inviare commenti

Bruno Testa

Lun, 15/04/2024 - 08:02

In risposta a Chi paga? di Anonimo (non verificato)

Il Comune

La manutenzione è nel bilancio del Comune, come per tutte le altre strade.

  • Accedi o registrati per inviare commenti

Aggiungi un commento

Il tuo nome[                              ]
[Salva] [Anteprima]
Commenti recenti

  • Il Comune
    3 ore 12 min fa

I più commentati

 1. Mortara, il punto nascita resta chiuso (22)
 2. Garlasco, la nuova rotonda sulla SP 596 (5)
"""

_GERMAN = ARTICLE + """Kommentare

Ursula von Berg

Di., 16.04.2024 - 10:12

Radweg

Der Radweg endet mitten auf der Kreuzung, das ist gefährlich für alle.

Antworten

Jonas Keller

Di., 16.04.2024 - 11:47

Antwort auf Radweg von Ursula von Berg

Ampel

Die Stadt will die Ampel im Sommer umbauen, steht im Protokoll.

Antworten

Kommentar schreiben
"""


def test_a_weekday_in_the_sites_language_and_a_reply_by_subject_and_author() -> None:
    assert flat(parse_page(_ITALIAN).comments) == [
        ((0,), "Carla Rinaldi", datetime(2024, 4, 14, 10, 12, tzinfo=UTC),
         "Finalmente una pista ciclabile che collega la stazione al centro storico."),
        ((0, 0), None, datetime(2024, 4, 14, 11, 47, tzinfo=UTC),
         "Chi paga la manutenzione quando le radici degli alberi rompono l'asfalto?"),
        ((0, 0, 0), "Bruno Testa", datetime(2024, 4, 15, 8, 2, tzinfo=UTC),
         "La manutenzione è nel bilancio del Comune, come per tutte le altre strade."),
    ]


def test_the_author_after_the_by_word_is_a_name_that_wrote_above() -> None:
    assert [row[:2] + row[3:] for row in flat(parse_page(_GERMAN).comments)] == [
        ((0,), "Ursula von Berg", "Der Radweg endet mitten auf der Kreuzung, das ist gefährlich für alle."),
        ((0, 0), "Jonas Keller", "Die Stadt will die Ampel im Sommer umbauen, steht im Protokoll."),
    ]
