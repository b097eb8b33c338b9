"""A "most commented" box after the comments whose heading opens with the language's article ("Las
más comentadas", "Los más leídos") (#15, set 32): it ends the comment section, so its numbered
list of stories is not taken for the comments (the scan from the end stops at the long notice
under the heading, and the last numbered list it saw was the box's). Dump written for this test (w3m glues the box's
heading to the form's last row)."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Comentarios (3)

Los comentarios publicados son de exclusiva responsabilidad de sus autores.

  • [ava] Martín Zárate 12/03/2025 22:41
    Mil ciento noventa pesos por un colectivo que pasa cada cuarenta minutos.
    Responder 👍 41 👎 3 Denunciar
      □ [ava] Lucía Benítez 13/03/2025 07:15
        Martín, en Córdoba ya está más de mil trescientos.
        Responder 👍 7 👎 12 Denunciar
  • [ava] Nahuel Ibáñez 13/03/2025 09:02
    Lo peor no es el precio, es que la tarjeta sigue sin andar.
    Responder 👍 23 👎 0 Denunciar

Dejá tu comentario

[                    ] [                    ] Publicar
{box}

 1. El Concejo aprueba la emergencia en seguridad (84)
 2. Sube el boleto de colectivo: costará $1.190 (9)
 3. Clásico: confirmaron día y horario (61)

© 2025 Crónica de Rosario. Editorial del Litoral S.A. Todos los derechos reservados.
"""


def test_box_heading_with_article_ends_the_comments() -> None:
    for box in ("Las más comentadas", "Los más leídos"):
        rows = flat(parse_page(_PAGE.replace("{box}", box)).comments)
        assert [(path, author, text[:12]) for path, author, _when, text in rows] == [
            ((0,), "Martín Zárate", "Mil ciento n"),
            ((0, 0), "Lucía Benítez", "Martín, en C"),
            ((1,), "Nahuel Ibáñez", "Lo peor no e"),
        ], box
