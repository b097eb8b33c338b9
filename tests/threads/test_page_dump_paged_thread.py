"""A German paper's thread printed as a nested list by w3m (#15, set 43): under the heading, the
rules and a sort box ("Sortieren: [Älteste zuerst]") stand over "Kommentar schreiben", a button to
the form with a comment's header right under it and no field after it, so it does not end the
section; "2 weitere Antworten anzeigen" under a reply is a button, not text of the comment above;
and "Seite 1 von 3" ends this page's comments, so the page links and the site's boxes under it
("• 2 • 3 • Nächste Seite »", "Mehr aus Brake") are no replies. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_furniture import is_furniture_line
from threads.page_parser import parse_page

_PAGE = (
    ARTICLE
    + """Kommentare (23)

Wir freuen uns über Ihre Meinung. Bitte beachten Sie unsere Netiquette.
Kommentare werden von der Redaktion geprüft.

Sortieren: [Älteste zuerst]
Kommentar schreiben

 1. [avat] Hinnerk Oltmanns 30.03.2024, 19:48 Uhr

    Wieder einmal trifft es die Pendler, jeden Tag um sechs Uhr zwanzig.

    👍 31 Antworten Melden
     1. [avat] Marlene K. Antwort auf Hinnerk Oltmanns 30.03.2024, 20:31 Uhr

        Über den Tunnel sind es bei Ihnen 40 Minuten? Ärgerlich trotzdem.

        👍 4 Antworten Melden
 2. [avat] Bernd_aus_Elsfleth 31.03.2024, 10:02 Uhr

    Ich fahre seit 30 Jahren mit dieser Fähre, so lange war sie nie weg.

    👍 27 Antworten Melden
     1. [avat] Marlene K. Antwort auf Bernd_aus_Elsfleth 31.03.2024, 11:36 Uhr

        Dann wissen Sie ja auch, dass die Rampe schon 1987 gebaut wurde.

        👍 9 Antworten Melden
    2 weitere Antworten anzeigen

Seite 1 von 3

  • 1
  • 2
  • 3
  • Nächste Seite »

Mehr aus Brake

  • [hafen-brake-300x169] Hafen Niedersachsen Ports meldet Rekordumschlag in
    Brake
"""
)


def test_a_paged_thread_under_a_sort_box() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name, c.body.split("\n")[0][:24]) for path, c in walk(comments)] == [
        ((0,), "Hinnerk Oltmanns", "Wieder einmal trifft es "),
        ((0, 0), "Marlene K.", "Über den Tunnel sind es "),
        ((1,), "Bernd_aus_Elsfleth", "Ich fahre seit 30 Jahren"),
        ((1, 0), "Marlene K.", "Dann wissen Sie ja auch,"),
    ]


def test_a_count_of_hidden_replies_is_a_button() -> None:
    assert is_furniture_line("2 weitere Antworten anzeigen")
    assert is_furniture_line("12 weitere Antworten")
    assert not is_furniture_line("2 weitere Leute haben geantwortet")
