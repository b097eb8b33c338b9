"""A Kunena forum thread under a story (Joomla; #15, set 71): each post's header is its time, its
number and its poster on one line ("hace 1 semana, 4 días #5524 por Manoli_Rguez", "2 days ago
#88 by Tom"), over the poster's card as list items; a reply quotes the post it answers ("X
escribió:"). The forum reader anchors the posts at those lines. Dumps written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_SPANISH = ARTICLE + """Citar

  • Manoli_Rguez
  • Miembro junior
  • Mensajes: 38

hace 1 semana, 4 días #5524 por Manoli_Rguez
Cerrar la piscina en pleno noviembre, con los cursillos de los niños a medias.
Responder Citar

  • Paco Valcárcel
  • Miembro platino
  • Mensajes: 1277

hace 1 semana, 4 días #5527 por Paco Valcárcel

    Manoli_Rguez escribió:
    Cerrar la piscina en pleno noviembre

El dinero lo devuelven, lo dijo el concejal esta mañana en la radio.
Responder Citar

  • Maribel
  • Visitante

hace 1 semana, 3 días #5530 por Maribel
Llevo años diciendo que esa piscina pierde agua por la junta.
Responder Citar
"""

_ENGLISH = ARTICLE + """  • tom_h
  • Junior Member

2 days ago #88 by tom_h
The pool has leaked since the inspection two years ago, everyone knew it.
Reply Quote

  • Council
  • Official account

1 day ago #91 by Council

    tom_h wrote:
    The pool has leaked since the inspection

The inspection two years ago covered the wiring, not the pool itself.
Reply Quote
"""


def test_kunena_posts_in_spanish() -> None:
    rows = flat(parse_page(_SPANISH).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "Manoli_Rguez"),
        ((0, 0), "Paco Valcárcel"),
        ((1,), "Maribel"),
    ]


def test_kunena_posts_in_english() -> None:
    rows = flat(parse_page(_ENGLISH).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "tom_h"), ((0, 0), "Council")]
