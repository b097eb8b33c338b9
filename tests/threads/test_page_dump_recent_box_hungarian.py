"""Two causes of pages read with no comments at all (#15, blind set 53), dumps written for this test.

- WordPress's box of the site's latest comments after the thread prints "<name> em <story>" in
  Portuguese ("on" in English): under its own "Comentários" heading it is no thread, so the
  heading of the real thread above it ("3 comentários sobre “…”") is taken.
- A Hungarian portal prints each comment's header as a name, a year-first date closed by a full
  stop ("2024.05.13. 09:31") and the post's number ("#1"), under "Hozzászólások (3)", with
  "Válasz erre: #1 Kovács Imre" naming the comment answered.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_RECENT_BOX = ARTICLE + """3 comentários sobre “A ponte nova fica pronta em junho, diz a prefeitura de
Caicó”

 1. [4b7e0a]
    Rita Soares
    21 de março de 2024 às 19:44
    | Responder

    A obra já atrasou duas vezes e ninguém explica por que a ponte parou.

      □ [9f3c1e]
        Paulo Lima
        22 de março de 2024 às 07:12
        | Responder

        Rita, faltou o aço no ano passado, saiu no jornal da cidade.

 2. [7a6b5c]
    Marta Fernandes
    24 de março de 2024 às 11:02
    | Responder

    Alguém sabe se a rua do mercado vai ficar fechada durante a obra?

Deixe um comentário Cancelar resposta

Comentário[                                             ]

Comentários

  • Paulo Lima em A ponte nova fica pronta em junho, diz a prefeitura
  • Marta Fernandes em A ponte nova fica pronta em junho, diz a prefeitura
  • Josué em Feira livre de Caicó ganha cobertura nova
"""


def test_latest_comments_box_in_portuguese_is_no_thread() -> None:
    rows = flat(parse_page(_RECENT_BOX).comments)
    assert [(path, author, when, text[:20]) for path, author, when, text in rows] == [
        ((0,), "Rita Soares", datetime(2024, 3, 21, 19, 44, tzinfo=UTC), "A obra já atrasou du"),
        ((0, 0), "Paulo Lima", datetime(2024, 3, 22, 7, 12, tzinfo=UTC), "Rita, faltou o aço n"),
        ((1,), "Marta Fernandes", datetime(2024, 3, 24, 11, 2, tzinfo=UTC), "Alguém sabe se a rua"),
    ]


_HUNGARIAN = ARTICLE + """Hozzászólások (3)

A hozzászólások tartalmáért a szerkesztőség nem vállal
felelősséget.

Kovács Imre                                  2024.05.13. 09:31  #1

Két hónap teljes lezárás nyár közepén, amikor a legnagyobb a
forgalom a Tisza-parton.
Válasz | Jelentem

tiszaugi_horgász                             2024.05.13. 13:45  #2

A komp Tiszakécskénél sűrűbben fog járni? Szép nyár lesz.
Válasz | Jelentem

Szabó Erzsébet                               2024.05.13. 19:07  #3

Válasz erre: #1 Kovács Imre
A cikk szerint a munka ősszel nem lehetséges, az eső miatt.
Válasz | Jelentem

Szóljon hozzá!

Név:          [                              ]
"""


def test_hungarian_year_first_headers_and_reply_line() -> None:
    rows = flat(parse_page(_HUNGARIAN).comments)
    assert [(path, author, when, text[:20]) for path, author, when, text in rows] == [
        ((0,), "Kovács Imre", datetime(2024, 5, 13, 9, 31, tzinfo=UTC), "Két hónap teljes lez"),
        ((0, 0), "Szabó Erzsébet", datetime(2024, 5, 13, 19, 7, tzinfo=UTC), "A cikk szerint a mun"),
        ((1,), "tiszaugi_horgász", datetime(2024, 5, 13, 13, 45, tzinfo=UTC), "A komp Tiszakécskéné"),
    ]
