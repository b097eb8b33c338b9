"""WordPress's "Recent comments" widget in Spanish, "Comentarios recientes", under a wpDiscuz
thread printed as blocks (#15, set 73's Chilean paper in elinks). Not known as a sidebar, it did
not end the comment section, and its bulleted "Matías en <story>" entries were taken for the list
under the heading; that list being other stories' comments, the heading was dropped and the page
read a menu instead. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_ELINKS = ARTICLE + """   3 Comentarios
   Más antiguo
   Francisca Manríquez
   Suscriptor
   Francisca Manríquez
   14 de agosto de 2024 10:12

   Por fin. Llevo años pedaleando por Picarte para llegar al campus Isla Teja.

   17
   Responder
   Don Rolo
   Invitado
   Don Rolo
   Respuesta a  Francisca Manríquez
   14 de agosto de 2024 11:40

   Francisca, ¿y dónde van a estacionar los que vienen de Paillaco al centro?

   -3
   Responder
   Tomás Vergara Soto
   Invitado
   Tomás Vergara Soto
   15 de agosto de 2024 09:05

   Soy comerciante en Picarte con Baquedano hace 18 años y nadie nos consultó.

   4
   Responder

Comentarios recientes

     • Matías en Concejo de Valdivia aprueba ciclovía segregada en
       avenida Picarte
     • Anónimo en Concejo de Valdivia aprueba ciclovía segregada en
       avenida Picarte

Lo más leído

    1. Alerta temprana preventiva por sistema frontal en Los Ríos
    2. Choshuenco se prepara para temporada de nieve
"""


def test_spanish_recent_comments_box_ends_the_thread() -> None:
    rows = flat(parse_page(_ELINKS).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Francisca Manríquez"),
        ((0, 0), "Don Rolo"),
        ((1,), "Tomás Vergara Soto"),
    ]
