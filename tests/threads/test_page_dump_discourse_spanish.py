"""A Discourse topic in Spanish as w3m prints it, with no heading over the posts (#15, holdout
sets 71 and 87): the day under the name is in the forum's language ("4 nov.", the month's
abbreviation and its full stop), the handle comes first with the display name or a title run
into it ("lferreyraLucía Ferreyra"), a reply names the post answered by its author's handle under
the name ("●lferreyra"), and a reply to the post just above quotes it under that author's name
("● rosario.d:" over the quoted words) instead. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import flat
from threads.name_glue import is_short_day
from threads.page_parser import parse_page

_PAGE = """Comunidad Diario del Norte

Cierran por obras el puente de la calle Mitre durante todo el mes de marzo

[m_48]
mgomez
4 nov.

¿Otra vez el puente? Lo arreglaron hace dos años y ya está igual que antes.

6
Responder
[l_48]
lfernandezLucía Fernández
4 nov.

Yo cruzo todos los días para ir al trabajo y el desvío por la ruta agrega media hora.

1 Respuesta
9
Responder
[j_48]
juancho_84
●mgomez
5 nov.

Hace dos años cambiaron la baranda, no la estructura. No es lo mismo.

3
Responder
[r_48]
rosario.tRosario Torres
5 nov.

● juancho_84:


    Hace dos años cambiaron la baranda, no la estructura.

Igual el municipio tendría que haber avisado antes, no una semana antes.

5
Responder
"""


def test_days_in_other_languages() -> None:
    assert [is_short_day(day) for day in ("4 nov.", "12. Okt.", "3 mai", "4 de nov.", "10 min", "3 días")] == [
        True, True, True, True, False, False,
    ]


def test_a_spanish_discourse_topic_nests_by_handle_and_by_quote() -> None:
    assert [(path, first.split()[0]) for path, _author, _time, first in flat(parse_page(_PAGE).comments)] == [
        ((0,), "¿Otra"),
        ((0, 0), "Hace"),
        ((0, 0, 0), "“Hace"),
        ((1,), "Yo"),
    ]
