"""Drupal's Olivero theme in text dumps (#15, blind sets 69, 70 and 74): the comment form comes
first under the heading, its text box labelled by a bare word in the page's language ("Comentário"
right over the box), which is a label, not the comments heading; a comment's stamp keeps two units
("2 days 1 hour ago", "13 hours 44 min ago"), which is the time, not a name; elinks wraps a long
"In reply to <subject> by <author>" line inside the author's name. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_BOXES = "[                                                            ]\n" * 4

# w3m: the form, labelled in Portuguese, between the heading and the comments.
_FORM_FIRST = ARTICLE + f"""Comentários 3

Deixe um comentário
Seu nome [                              ]
Comentário
{_BOXES}[Salvar] [Pré-visualizar]
Rui Tavares

Qua, 23/10/2024 - 18:32

Mais uma obra

A ponte velha fecha outra vez e ninguém avisou os moradores do bairro.

  • Responder

Inês Moura

Qua, 23/10/2024 - 19:05

Em resposta a Mais uma obra de Rui Tavares

Avisaram sim

O aviso saiu na junta de freguesia na semana passada, Rui.

  • Responder

Paulo Sá

Qui, 24/10/2024 - 08:10

Horários

Alguém sabe se o autocarro muda de horário durante as obras?

  • Responder
"""

# w3m: stamps of two units.
_TWO_UNITS = ARTICLE + """Comments 3

Profile picture for user Aroha Tipene

Aroha Tipene

2 days 1 hour ago

Finally!

Finally the children can bike to school without riding on the highway shoulder.

  • Reply

Grumpy in Manakau (not verified)

1 day 22 hours ago

In reply to Finally! by Aroha Tipene

Who pays?

Lovely for the kids, but who is paying for it? Our rates went up again.

  • Reply

Pete Lockwood (not verified)

13 hours 44 min ago

Horse riders

Will horse riders be allowed on it? The highway bridge is terrifying.

  • Reply
"""

# elinks: the reply line wrapped in the author's name, the rest on the line under it.
_WRAPPED = ARTICLE + """Comments 2

   Marta Colombo

   Fri, 25/10/2024 - 18:32

  Replacement bus from Monday onwards along the lake road

   The province confirms a replacement bus from Monday between the villages.

     • Reply

   Lucia Buzzoni

   Fri, 25/10/2024 - 19:40

   In reply to Replacement bus from Monday onwards along the lake road by Marta
   Colombo

  Stops

   Does the bus stop at the upper village too, or only on the main road?

     • Reply
"""


def test_bare_field_label_is_no_comments_heading() -> None:
    rows = flat(parse_page(_FORM_FIRST).comments)
    assert [(path, author, when, text) for path, author, when, text in rows] == [
        ((0,), "Rui Tavares", datetime(2024, 10, 23, 18, 32, tzinfo=UTC), "A ponte velha fecha outra vez e ninguém avisou os moradores do bairro."),
        ((0, 0), "Inês Moura", datetime(2024, 10, 23, 19, 5, tzinfo=UTC), "O aviso saiu na junta de freguesia na semana passada, Rui."),
        ((1,), "Paulo Sá", datetime(2024, 10, 24, 8, 10, tzinfo=UTC), "Alguém sabe se o autocarro muda de horário durante as obras?"),
    ]


def test_stamp_of_two_units_is_no_name() -> None:
    rows = flat(parse_page(_TWO_UNITS).comments)
    assert [(path, author) for path, author, _when, _text in rows] == [
        ((0,), "Aroha Tipene"),
        ((0, 0), "Grumpy in Manakau"),
        ((1,), "Pete Lockwood"),
    ]


def test_reply_line_wrapped_in_the_name() -> None:
    rows = flat(parse_page(_WRAPPED).comments)
    assert [(path, author, text) for path, author, _when, text in rows] == [
        ((0,), "Marta Colombo", "The province confirms a replacement bus from Monday between the villages."),
        ((0, 0), "Lucia Buzzoni", "Does the bus stop at the upper village too, or only on the main road?"),
    ]
